package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Quote;
import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds direct quotations in "…", «…» and “…”, and who said them.
 *
 * <p>A quotation is speech when something attributes it: a reporting verb earlier in its sentence
 * ({@code وقال X: إن "…"}), an attribution right after it ({@code "…"، قال X} or {@code "…"، بحسب البيان}),
 * or a colon after a short name, as in headlines ({@code الوزير: "…"}). A short quoted term after a
 * preposition, or with nothing attributing it, is a term, not speech ({@code وفقًا لـ"مخرجات الحوار"}).
 *
 * <p>The speaker is the phrase after the verb. With no phrase (وأضاف: "…") the last speaker carries over,
 * across paragraphs, until another is named; a role with no name (الناطق باسم الجيش) resolves to the
 * last named person who held that role.
 */
final class QuoteExtractor {
  /** Quotations of at most this many words need a direct introducer (a colon, إن/أن) to count as speech. */
  static final int TERM_MAX_WORDS = 3;
  /** Quotations of at most this many words right after a preposition are terms. */
  static final int PREPOSITION_TERM_MAX_WORDS = 6;

  private final SpeakerParser speakers;
  private final List<Speaker> history = new ArrayList<>();
  private Speaker current;
  /** The attribution a paragraph ended on with a colon, for a quotation that makes up the next one. */
  private Attribution colonCarry;

  QuoteExtractor(Gazetteer gazetteer) {
    this.speakers = new SpeakerParser(gazetteer);
  }

  /** A speaker in force at a point of a sentence, and the verb that named or continued them. */
  private record Attribution(Speaker speaker, String verb, boolean inferred) {}

  /** Every quotation in the units, in reading order. The extractor keeps its speaker state across calls. */
  List<ExtractedFact> extract(List<TextUnit> units) {
    List<ExtractedFact> out = new ArrayList<>();
    for (TextUnit unit : units) {
      extract(unit, out);
    }
    resolveForward(out);
    return out;
  }

  /**
   * A headline quotes a role before the body names who holds it ({@code الوزير: "…"} in the title, then
   * {@code وقال وزير السياحة فلان: "…"}). A quotation left with only a definite role takes the speaker of a
   * later quotation that repeats its words, or else of the first later quotation by someone in that role.
   */
  private void resolveForward(List<ExtractedFact> out) {
    for (int k = 0; k < out.size(); k++) {
      Speaker s = out.get(k).quote().speaker();
      if (s.type() != SpeakerType.PERSON || s.role().isEmpty() || !s.name().equals(s.role())
          || isIndefinite(s.role())) {
        continue;
      }
      String words = key(out.get(k).text());
      String head = roleHead(s.role());
      Speaker found = null;
      for (ExtractedFact later : out.subList(k + 1, out.size())) {
        Speaker l = later.quote().speaker();
        if (l.type() == SpeakerType.PERSON && !l.name().equals(l.role()) && key(later.text()).contains(words)) {
          found = l;
          break;
        }
        if (found == null && l.type() == SpeakerType.PERSON && !l.name().equals(l.role())
            && roleHead(l.role()).equals(head)) {
          found = l; // the first later quotation by someone in that role, unless one repeats the words
        }
      }
      if (found != null) {
        ExtractedFact f = out.get(k);
        out.set(k, new ExtractedFact(f.kind(), f.span(), f.text(),
            new ExtractedFact.Quote(found, f.quote().verb(), true), null, null, null));
      }
    }
  }

  private void extract(TextUnit unit, List<ExtractedFact> out) {
    Tokens t = unit.tokens();
    List<int[]> quotes = QuoteMarks.pairs(t);
    boolean[] quoted = QuoteMarks.inside(t, quotes);
    int[] sentence = sentences(t, quoted);
    Map<Integer, Attribution> bySentence = new HashMap<>();
    int q = 0;
    Attribution carried = colonCarry;
    colonCarry = null;
    for (int i = 0; i < t.size(); i++) {
      if (q < quotes.size() && quotes.get(q)[0] == i) {
        int[] pair = quotes.get(q++);
        Attribution a = i == 0 && carried != null ? carried : attribute(t, pair, sentence, bySentence.get(sentence[i]));
        if (a != null && !isTerm(t, pair, a)) {
          out.add(fact(unit, t, pair, a));
        }
        i = pair[1];
        continue;
      }
      if (quoted[i] || !t.get(i).word()) {
        continue;
      }
      Attribution a = clause(t, i, sentence);
      if (a != null) {
        bySentence.put(sentence[i], a);
      }
    }
    int last = t.size() - 1;
    if (last >= 0 && t.get(last).is(":") && bySentence.containsKey(sentence[last])) {
      colonCarry = bySentence.get(sentence[last]); // وقال المدرب: ⏎ "…" as the next paragraph
    }
  }

  /** A reporting verb at {@code i}, with its speaker phrase if it has one; null if {@code i} is no verb. */
  private Attribution clause(Tokens t, int i, int[] sentence) {
    String word = Clitics.withoutConjunction(t.get(i).norm());
    String verb = t.original(i, i + 1);
    if (Lexicon.CONTINUING_PARTICIPLES.contains(word)) {
      Attribution subject = pastSubject(t, i, sentence, verb);
      return subject != null ? subject : current == null ? null : new Attribution(current, verb, true);
    }
    boolean withheld = i > 0 && Lexicon.ANONYMITY.contains(t.get(i - 1).norm()); // عدم ذكر اسمه: no verb
    if (withheld || !Lexicon.REPORTING_VERBS.contains(word) && !Lexicon.REPORTING_VERBS.contains(t.get(i).norm())) {
      remember(t, i);
      return null;
    }
    int from = i + 1;
    if (Lexicon.LOCATIVE_VERBS.contains(word) && from < t.size() && t.get(from).is("في")) {
      from++; // جاء في البيان: the document says it
    }
    if (from + 1 < t.size() && t.get(from).is("من") && Lexicon.SIDE_MARKERS.contains(t.get(from + 1).norm())) {
      from += 2; // من جهته: names no one new
    }
    while (from < t.size() && Lexicon.CONTINUING_PARTICIPLES.contains(t.get(from).norm())) {
      from++; // وتابع قائلا: names no one
    }
    int intro = introducer(t, from, sentence);
    int end = intro >= 0 ? intro : phraseEnd(t, from);
    if (Lexicon.VIA_VERBS.contains(word)) {
      for (int k = from; k < end; k++) {
        if (t.get(k).is("عن")) {
          from = k + 1; // نقلت الوكالة عن المتحدث قوله: the speaker follows عن
          break;
        }
      }
    }
    if (from >= end || !t.get(from).word() || Lexicon.INTRODUCERS.contains(t.get(from).norm())
        || SpeakerParser.isStop(t, from)) {
      if (intro < 0) {
        return null;
      }
      Attribution before = subjectBefore(t, i, sentence, verb);
      if (before != null) {
        return before;
      }
      return new Attribution(current == null ? unknown() : current, verb, true);
    }
    Speaker named = speakers.parse(t, from, end);
    if (intro < 0) {
      remember(named);
      return null;
    }
    Attribution a = resolve(named, verb);
    current = a.speaker();
    return a;
  }

  /**
   * A subject written before its verb and closed by a comma: {@code محمد الحسن، مدير مخيم أدري، قال إن "…"}.
   * Null unless the words from the sentence's start to the comma read as a named person or an organization.
   */
  private Attribution subjectBefore(Tokens t, int verbAt, int[] sentence, String verb) {
    if (verbAt < 3 || !(t.get(verbAt - 1).is("،") || t.get(verbAt - 1).is(","))) {
      return null;
    }
    int start = verbAt - 1;
    while (start > 0 && sentence[start - 1] == sentence[verbAt]) {
      start--;
      if (QuoteMarks.isMark(t.get(start).norm())) {
        return null;
      }
    }
    String first = Clitics.withoutConjunction(t.get(start).norm());
    if (!t.get(start).word() || SpeakerParser.isStop(t, start) || Lexicon.PHRASE_STOPS.contains(first)
        || Lexicon.SIDE_MARKERS.contains(first)) {
      return null;
    }
    Speaker named = speakers.parse(t, start, verbAt - 1);
    boolean person = named != null && named.type() == SpeakerType.PERSON && !named.name().equals(named.role())
        && Tokens.of(named.name()).list().size() >= 2;
    if (!person && (named == null || named.type() != SpeakerType.ORGANIZATION)) {
      return null;
    }
    Attribution a = resolve(named, verb);
    current = a.speaker();
    return a;
  }

  /**
   * The subject of a sentence in the pluperfect, which a participle continues: {@code وكان اتحاد الناشرين
   * قد قدر في تقرير …، مشيرا إلى أن "…"}. Null when the sentence is not of that shape.
   */
  private Attribution pastSubject(Tokens t, int i, int[] sentence, String verb) {
    int start = i;
    while (start > 0 && sentence[start - 1] == sentence[i]) {
      start--;
    }
    while (start < i && !t.get(start).word()) {
      start++;
    }
    String first = Clitics.withoutConjunction(t.get(start).norm());
    if (start >= i || !(first.equals("كان") || first.equals("كانت"))) {
      return null;
    }
    for (int k = start + 2; k < Math.min(i, start + 10); k++) {
      if (t.get(k).is("قد")) {
        Speaker named = speakers.parse(t, start + 1, k);
        if (named == null) {
          return null;
        }
        Attribution a = resolve(named, verb);
        current = a.speaker();
        return a;
      }
    }
    return null;
  }

  /** How far past a verb the introducer may stand: وقال الوزير X، خلال زيارة إلى ولاية Y، إن …. */
  static final int INTRODUCER_REACH = 20;

  /**
   * The index of what introduces the speech after a speaker phrase starting at {@code from}: a colon, a
   * quotation mark, or إن/أن; -1 when the sentence ends or another reporting verb comes first.
   */
  private static int introducer(Tokens t, int from, int[] sentence) {
    for (int i = from; i < Math.min(t.size(), from + INTRODUCER_REACH); i++) {
      Tokens.Token tok = t.get(i);
      if (sentence[i] != sentence[from]) {
        return -1;
      }
      int named = SpeakerParser.quotedNameEnd(t, i, t.size());
      if (named > i && named < t.size() && t.get(named).word() && !Lexicon.INTRODUCERS.contains(t.get(named).norm())) {
        i = named - 1; // وقالت رئيسة جمعية "صرخة المودعين" نادين خوري إن: the name is part of the phrase
        continue;
      }
      if (tok.is(":") || QuoteMarks.isMark(tok.norm()) || Lexicon.INTRODUCERS.contains(tok.norm())
          || Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(tok.norm()))) {
        return i;
      }
      if (tok.is(".") || Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(tok.norm()))
          && !Lexicon.ANONYMITY.contains(t.get(i - 1).norm())) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of a phrase with no introducer after it: the next punctuation mark. */
  private static int phraseEnd(Tokens t, int from) {
    int i = from;
    while (i < t.size() && t.get(i).word()) {
      i++;
    }
    return i;
  }

  /** A role and name outside any reported speech, such as بينهم وزير النقل سعيد المعولي, for later. */
  private void remember(Tokens t, int i) {
    String w = Clitics.known(t.get(i).norm(), Lexicon.HEADS);
    if (Lexicon.ROLE_HEADS.contains(w) || Lexicon.RANKS.contains(w)
        || Lexicon.ORGANIZATIONS.contains(w) && !w.startsWith("ال")) {
      remember(speakers.parse(t, i, phraseEnd(t, i)));
    }
  }

  /**
   * Keeps a person named with a role, or an organization named in full (وتتوقع وزارة الحج والعمرة أن),
   * for a later back-reference: the role alone, or الوزارة.
   */
  private void remember(Speaker s) {
    boolean person = s != null && s.type() == SpeakerType.PERSON && !s.name().isEmpty() && !s.role().isEmpty();
    boolean org = s != null && s.type() == SpeakerType.ORGANIZATION && Tokens.of(s.name()).list().size() >= 2;
    if ((person || org) && history.stream().noneMatch(h -> sameName(h, s))) {
      history.add(s);
    }
  }

  /** Resolves a role, a surname or a generic organization to the speaker it refers back to. */
  private Attribution resolve(Speaker named, String verb) {
    if (named.type() == SpeakerType.PERSON && named.name().isEmpty()) {
      Speaker earlier = isIndefinite(named.role()) ? null : latest(h -> h.type() == SpeakerType.PERSON
          && !h.name().isEmpty() && roleHead(named.role()).equals(roleHead(h.role())));
      if (earlier == null && isGenericReference(named.role())) {
        earlier = current != null && current.type() == SpeakerType.PERSON ? current : null;
      }
      return earlier != null ? new Attribution(earlier, verb, true)
          : new Attribution(new Speaker(named.role(), named.role(), SpeakerType.PERSON, ""), verb, false);
    }
    List<Tokens.Token> words = Tokens.of(named.name()).list();
    if (named.type() == SpeakerType.PERSON && words.size() == 1) {
      String surname = words.get(0).norm();
      Speaker earlier = latest(h -> h.type() == SpeakerType.PERSON && lastWord(h.name()).equals(surname));
      if (earlier != null) {
        return new Attribution(earlier, verb, true);
      }
    }
    if (named.type() == SpeakerType.ORGANIZATION && words.size() == 1) {
      String head = roleHead(named.name());
      Speaker earlier = latest(h -> h.type() == SpeakerType.ORGANIZATION && roleHead(h.name()).equals(head));
      if (earlier != null) {
        return new Attribution(earlier, verb, true);
      }
    }
    Speaker earlier = latest(h -> sameName(h, named));
    if (earlier != null && named.role().isEmpty()) {
      return new Attribution(earlier, verb, false);
    }
    history.removeIf(h -> sameName(h, named));
    history.add(named);
    return new Attribution(named, verb, false);
  }

  /** A role that introduces someone new rather than referring back: مسؤول, مسؤول عسكري, دبلوماسي أوروبي. */
  private static boolean isIndefinite(String role) {
    List<Tokens.Token> words = Tokens.of(role).list();
    if (words.isEmpty() || words.get(0).norm().startsWith("ال")) {
      return false;
    }
    String second = words.size() > 1 ? words.get(1).norm() : "";
    return words.size() == 1 || second.equals("في") || second.equals("من") || second.equals("لدي")
        || words.size() == 2 && !second.startsWith("ال") && (second.endsWith("ي") || second.endsWith("يه"));
  }

  /**
   * A role so generic that it refers to the last person quoted: المسؤول, or المسؤول with adjectives of
   * origin (المسؤول الصومالي، المتحدثة الأممية).
   */
  private static boolean isGenericReference(String role) {
    List<Tokens.Token> words = Tokens.of(role).list();
    if (words.isEmpty() || words.size() > 3 || !Lexicon.GENERIC_REFERENCES.contains(words.get(0).norm())) {
      return false;
    }
    for (Tokens.Token w : words.subList(1, words.size())) {
      String n = w.norm();
      if (!n.startsWith("ال") || !(n.endsWith("ي") || n.endsWith("يه"))) {
        return false;
      }
    }
    return true;
  }

  private Speaker latest(java.util.function.Predicate<Speaker> test) {
    for (int k = history.size() - 1; k >= 0; k--) {
      if (test.test(history.get(k))) {
        return history.get(k);
      }
    }
    return null;
  }

  private String lastWord(String name) {
    return lastWords.computeIfAbsent(name, n -> {
      List<Tokens.Token> words = Tokens.of(n).list();
      return words.isEmpty() ? "" : words.get(words.size() - 1).norm();
    });
  }

  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, String> roleHeads = new HashMap<>();
  private final Map<String, String> lastWords = new HashMap<>();

  private boolean sameName(Speaker a, Speaker b) {
    if (!a.entityId().isEmpty() && a.entityId().equals(b.entityId())) {
      return true;
    }
    return key(a.name()).equals(key(b.name()));
  }

  // History is scanned on every clause; these keep it from re-normalizing the same few names.
  private String key(String name) {
    return keys.computeIfAbsent(name, MatchText::key);
  }

  private String roleHead(String role) {
    return roleHeads.computeIfAbsent(role, SpeakerParser::roleHead);
  }

  /** The attribution of a quotation: its sentence's verb, a verb right after it, or a colon before it. */
  private Attribution attribute(Tokens t, int[] pair, int[] sentence, Attribution inSentence) {
    if (inSentence != null) {
      return inSentence;
    }
    Attribution after = attributionAfter(t, pair[1] + 1, sentence);
    if (after != null) {
      return after;
    }
    int before = pair[0] - 1;
    if (before >= 0 && Lexicon.INTRODUCERS.contains(t.get(before).norm())) {
      before--;
    }
    if (before >= 0 && t.get(before).is(":")) {
      int start = before;
      while (start > 0 && sentence[start - 1] == sentence[before] && t.get(start - 1).word()) {
        start--;
      }
      if (start < before && before - start <= 8) {
        return resolve(speakers.parse(t, start, before), "");
      }
      return new Attribution(current == null ? unknown() : current, "", current != null);
    }
    return null;
  }

  /** {@code "…"، قال الوزير} or {@code "…"، بحسب البيان}. */
  private Attribution attributionAfter(Tokens t, int i, int[] sentence) {
    while (i < t.size() && (t.get(i).is("،") || t.get(i).is(","))) {
      i++;
    }
    if (i >= t.size()) {
      return null;
    }
    if (i + 1 < t.size() && (Clitics.withoutConjunction(t.get(i).norm()).equals("هذا")
        || t.get(i).is("هكذا")) && t.get(i + 1).is("ما")) {
      i += 2; // "…"، هذا ما أكده المتحدث
    }
    if (i >= t.size()) {
      return null;
    }
    String word = Clitics.withoutConjunction(t.get(i).norm());
    if (!Lexicon.REPORTING_VERBS.contains(word) && word.endsWith("ه")
        && Lexicon.REPORTING_VERBS.contains(word.substring(0, word.length() - 1))) {
      word = word.substring(0, word.length() - 1); // أكده: the verb with its object pronoun
    }
    if (Lexicon.ACCORDING_TO.contains(word)) {
      int from = i + 1;
      if (from < t.size() && t.get(from).is("ما")) {
        from++;
        if (from < t.size() && Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()))) {
          boolean via = Lexicon.VIA_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()));
          from++;
          for (int k = from; via && k < phraseEnd(t, from); k++) {
            if (t.get(k).is("عن")) {
              from = k + 1; // بحسب ما نقلت وكالة رويترز عن مسؤول في الشركة: the speaker follows عن
              break;
            }
          }
        }
      }
      int end = phraseEnd(t, from);
      return from == end ? null : resolve(speakers.parse(t, from, end), t.original(i, i + 1));
    }
    if (Lexicon.REPORTING_VERBS.contains(word)) {
      int end = phraseEnd(t, i + 1);
      if (end == i + 1) {
        return current == null ? null : new Attribution(current, t.original(i, i + 1), true);
      }
      Attribution a = resolve(speakers.parse(t, i + 1, end), t.original(i, i + 1));
      current = a.speaker();
      return a;
    }
    return null;
  }

  /** Whether a quotation is a quoted term rather than speech. */
  private static boolean isTerm(Tokens t, int[] pair, Attribution a) {
    int words = 0;
    for (int i = pair[0] + 1; i < pair[1]; i++) {
      words += t.get(i).word() ? 1 : 0;
    }
    if (words == 0) {
      return true;
    }
    if (pair[0] == 0) {
      return false;
    }
    Tokens.Token before = t.get(pair[0] - 1);
    boolean introduced = before.is(":") || Lexicon.INTRODUCERS.contains(before.norm())
        || Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(before.norm()))
        || Lexicon.CONTINUING_PARTICIPLES.contains(before.norm());
    if (introduced) {
      return false;
    }
    if (Lexicon.TERM_PREPOSITIONS.contains(before.norm()) && words <= PREPOSITION_TERM_MAX_WORDS) {
      return true;
    }
    if (words <= TITLE_MAX_WORDS && namesSomething(t, pair[0])) {
      return true; // مؤلف كتاب "ودائع في مهب الريح", روايتها الأخيرة "بيت على حافة النهر"
    }
    return words <= TERM_MAX_WORDS;
  }

  /** Quoted titles and names after a naming noun are at most this long. */
  static final int TITLE_MAX_WORDS = 10;

  /**
   * Whether the quotation opening at {@code mark} completes a noun that takes a title or a name: the noun
   * itself, with a possessive (روايتها), and perhaps one adjective after it (روايتها الأخيرة).
   */
  private static boolean namesSomething(Tokens t, int mark) {
    for (int k = mark - 1; k >= Math.max(0, mark - 2); k--) {
      if (!t.get(k).word()) {
        return false;
      }
      String w = Clitics.withoutConjunction(t.get(k).norm());
      if (Lexicon.NAMING_NOUNS.contains(w) || Lexicon.NAMING_NOUNS.contains(withoutPossessive(w))) {
        return true;
      }
      if (!w.startsWith("ال")) {
        return false;
      }
    }
    return false;
  }

  /** روايتها → روايه: a noun without its possessive suffix, its ة restored as normalized ه. */
  private static String withoutPossessive(String w) {
    for (String suffix : new String[] {"تها", "تهم", "ته", "تنا"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        return w.substring(0, w.length() - suffix.length()) + "ه";
      }
    }
    for (String suffix : new String[] {"ها", "هم", "ه", "نا"}) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        return w.substring(0, w.length() - suffix.length());
      }
    }
    return w;
  }

  private ExtractedFact fact(TextUnit unit, Tokens t, int[] pair, Attribution a) {
    int start = t.get(pair[0]).end();
    int end = t.get(pair[1]).start();
    String text = unit.text();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Quote quote = new Quote(a.speaker(), a.verb(), a.inferred());
    return new ExtractedFact(ExtractedFact.Kind.QUOTE, unit.span(start, end), text.substring(start, end), quote,
        null, null, null);
  }

  private static Speaker unknown() {
    return new Speaker("", "", SpeakerType.UNKNOWN, "");
  }

  /** Each token's sentence number; sentences end at . ! ? ؟ outside quotations. */
  private static int[] sentences(Tokens t, boolean[] quoted) {
    int[] s = new int[t.size()];
    int n = 0;
    for (int i = 0; i < t.size(); i++) {
      s[i] = n;
      String tok = t.get(i).norm();
      if (!quoted[i] && (tok.equals(".") || tok.equals("!") || tok.equals("?") || tok.equals("؟"))) {
        n++;
      }
    }
    return s;
  }
}
