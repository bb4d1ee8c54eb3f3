package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Quote;
import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds direct quotations in "…", «…» and “…”, and who said them.
 *
 * <p>A quotation is speech when something attributes it: a reporting verb earlier in its sentence
 * ({@code وقال X: إن "…"}), an attribution right after it ({@code "…"، قال X} or {@code "…"، بحسب البيان}),
 * or a colon after a short name, as in headlines ({@code الوزير: "…"}). {@link QuotedTerms} tells quoted
 * terms and titles from speech.
 *
 * <p>The speaker is the phrase after the verb; with none, {@link SentenceSubjects} looks for one elsewhere in
 * the sentence, and failing that (وأضاف: "…") the last speaker carries over, across paragraphs, until another
 * is named. {@link SpeakerHistory} resolves roles, surnames and back-references to whom they name.
 */
final class QuoteExtractor {
  private final SpeakerParser speakers;
  private final SpeakerHistory history;
  private final Introductions introductions;
  private final Mentions mentions;
  private final SentenceSubjects subjects;
  /** The attribution a paragraph ended on with a colon, for a quotation that makes up the next one. */
  private Attribution colonCarry;
  /** A paragraph that is one quotation and names no one, for the next paragraph to attribute (هكذا يصف فلان). */
  private ExtractedFact unattributed;
  /** Whether the paragraph before was an interviewer's question, which a quotation standing alone answers. */
  private boolean askedBefore;

  QuoteExtractor(Gazetteer gazetteer) {
    this.speakers = new SpeakerParser(gazetteer);
    this.mentions = new Mentions(speakers);
    this.history = new SpeakerHistory(mentions);
    this.introductions = new Introductions(speakers, history);
    this.subjects = new SentenceSubjects(speakers, history);
  }

  /** Every quotation in the units, in reading order. The extractor keeps its speaker state across calls. */
  List<ExtractedFact> extract(List<TextUnit> units) {
    List<ExtractedFact> out = new ArrayList<>();
    for (TextUnit unit : units) {
      extract(unit, out);
    }
    history.resolveForward(out);
    return out;
  }

  private void extract(TextUnit unit, List<ExtractedFact> out) {
    Tokens t = unit.tokens();
    if (t.size() > 3 && t.get(0).is("ج") && (t.get(1).is(":") || t.get(1).is("-")) && !QuoteMarks.isMark(t.get(2).norm())) {
      answer(unit, t, out); // ج: أنجزنا نحو 65% من الأعمال: an interview's answer, in the interviewee's words
    }
    if (unattributed != null) {
      Attribution next = nextSentence(t, 0); // "…". ⏎ بهذه الكلمات عبرت فلانة …
      if (next != null) {
        out.add(withAttribution(unattributed, next));
      }
      unattributed = null;
    }
    mentions.read(t); // وقفت فاطمة آدم إسحاق في طابور. تقول فاطمة: the full name may be in the same paragraph
    List<int[]> quotes = QuoteMarks.pairs(t);
    boolean[] quoted = QuoteMarks.inside(t, quotes);
    int[] sentence = sentences(t, quoted);
    Map<Integer, Attribution> bySentence = new HashMap<>();
    Map<Integer, Attribution> firstBySentence = new HashMap<>(); // the sentence's main verb's, for participles
    int q = 0;
    Attribution carried = colonCarry;
    colonCarry = null;
    for (int i = 0; i < t.size(); i++) {
      if (q < quotes.size() && quotes.get(q)[0] == i) {
        int[] pair = quotes.get(q++);
        Attribution a = i == 0 && carried != null ? carried : attribute(t, pair, sentence, bySentence.get(sentence[i]));
        if (i > 0 && (a == null || a.inferred()) && QuoteMarks.words(t, pair) >= ORPHAN_MIN_WORDS
            && !QuotedTerms.isTerm(t, pair)) {
          a = continued(t, i, sentence, bySentence, a);
        }
        if (a == null && i == 0 && askedBefore && standsAlone(t, pair) && !QuotedTerms.isTerm(t, pair)) {
          a = carried(""); // - كيف تحضرت للدور؟ ⏎ «أمضيت ثلاثة أشهر …»: the answer of the one interviewed
        }
        if (a == null && i == 0 && standsAlone(t, pair) && !QuotedTerms.isTerm(t, pair)) {
          unattributed = fact(unit, t, pair, new Attribution(unknown(), "", true));
        }
        if (a != null && !QuotedTerms.isTerm(t, pair)) {
          out.add(fact(unit, t, pair, a));
          if (QuoteMarks.runsOn(t, pair)) {
            colonCarry = a; // the quotation goes on in the next paragraph, which opens with a mark again
          }
        }
        i = pair[1];
        continue;
      }
      if (!quoted[i] && t.get(i).is("(")) {
        introductions.remember(t, i); // سارة أبو عودة (18 عاما)
      }
      if (quoted[i] || !t.get(i).word()) {
        continue;
      }
      Attribution a = clause(t, i, sentence, bySentence.get(sentence[i]), firstBySentence.get(sentence[i]));
      if (a != null) {
        bySentence.put(sentence[i], a);
        firstBySentence.putIfAbsent(sentence[i], a);
      }
    }
    int last = t.size() - 1;
    if (colonCarry == null && last >= 0 && t.get(last).is(":") && bySentence.containsKey(sentence[last])) {
      colonCarry = bySentence.get(sentence[last]); // وقال المدرب: ⏎ "…" as the next paragraph
    }
    askedBefore = last >= 0 && quotes.isEmpty() && (t.get(last).is("؟") || t.get(last).is("?"));
  }

  /** A reporting verb at {@code i}, with its speaker phrase if it has one; null if {@code i} is no verb. */
  private Attribution clause(Tokens t, int i, int[] sentence, Attribution inSentence, Attribution firstInSentence) {
    String word = Clitics.withoutConjunction(t.get(i).norm());
    String verb = t.original(i, i + 1);
    if (Lexicon.CONTINUING_PARTICIPLES.contains(word)) {
      if (firstInSentence != null && !firstInSentence.inferred()) {
        return firstInSentence; // قال فلان إن …، مؤكدا دعمه «…»: the participle goes on with who the verb named
      }
      Attribution subject = subjects.pastSubject(t, i, sentence, verb);
      if (subject == null) {
        subject = subjects.firstVerbSubject(t, i, sentence, verb); // وتحدثت الخبيرة فلانة عن …، قائلة:
      }
      return subject != null ? subject : carried(verb);
    }
    String described = t.get(i).norm().startsWith("وو") ? t.get(i).norm().substring(1) : t.get(i).norm();
    boolean describedAs = described.startsWith("وصف") && described.length() <= 6 && i + 1 < t.size()
        && t.get(i + 1).norm().startsWith("ب"); // وصفتاه بأنه "…": وصف opens with و, no conjunction
    if (describedAs) {
      word = "قال";
    }
    if (t.get(i).is("وبين") && (i == 0 || !t.get(i - 1).word())) {
      word = "اوضح"; // وبيّن فلان أن: the verb, not بين "between", where a clause opens
    }
    boolean purposive = isPurposive(word); // ويعود ولد سيدي ليؤكد أن
    if (purposive) {
      word = word.substring(1);
    }
    boolean withheld = i > 0 && (Lexicon.ANONYMITY.contains(t.get(i - 1).norm()) // عدم ذكر اسمه: no verb
        || Lexicon.NAME_LINKS.contains(t.get(i - 1).norm()) // ناصر بن طالب: a name
        || Lexicon.DESCRIBING.contains(t.get(i - 1).norm()) // وهو طالب جامعي: a noun
        || insideDescription(t, i)); // وهي محامية تتابع قضايا: the description's own verb
    boolean according = Clitics.in(t.get(i).norm(), Lexicon.ACCORDING_TO)
        && (i == 0 || sentence[i - 1] != sentence[i] || NameWords.isComma(t, i - 1)); // …، بحسب مصدر في
    if (withheld || !according && !Lexicon.REPORTING_VERBS.contains(word)
        && !Lexicon.REPORTING_VERBS.contains(t.get(i).norm())) {
      introductions.remember(t, i);
      return null;
    }
    if (i >= 3 && (t.get(i - 1).is("الذي") || t.get(i - 1).is("التي")) && NameWords.isComma(t, i - 2)) {
      Speaker antecedent = history.byOneName(t.get(i - 3).norm());
      if (antecedent != null) {
        return history.speaking(new Attribution(antecedent, verb, true)); // العدوان، الذي قال في تصريح:
      }
    }
    int from = i + 1;
    if (according && from + 1 < t.size() && t.get(from).is("ما")) {
      from += isVerbWithObject(Clitics.withoutConjunction(t.get(from + 1).norm())) ? 2 : 1; // بحسب ما يوضحه فلان
    }
    boolean locative = Lexicon.LOCATIVE_VERBS.contains(word) && from < t.size() && t.get(from).is("في");
    if (locative) {
      from++; // جاء في البيان: the document says it
    }
    if (from + 2 < t.size() && t.get(from).is("علي") && t.get(from + 1).is("لسان")) {
      from += 2; // وجاء على لسان فلان أن
    }
    if (from + 1 < t.size() && t.get(from).is("من") && Lexicon.SIDE_MARKERS.contains(t.get(from + 1).norm())) {
      from += 2; // من جهته: names no one new
    }
    while (from < t.size() && Lexicon.CONTINUING_PARTICIPLES.contains(t.get(from).norm())) {
      from++; // وتابع قائلا: names no one
    }
    if (from + 1 < t.size() && t.get(from).is("ل") && QuoteMarks.isMark(t.get(from + 1).norm())) {
      from = Introductions.pastOutlet(t, from + 1); // أكد لـ"اليوم السابع" أن: the outlet spoken to
    }
    if (from < t.size() && Lexicon.VERBS_WITH_BI.contains(word) && t.get(from).word()
        && t.get(from).norm().startsWith("ب") && !t.get(from).is("باسم") && !t.get(from).is("بن")) {
      from = phraseEnd(t, from); // فطالب بتأجيل التصويت: what is asked for, no speaker
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
    if (purposive && intro >= 0) {
      from = end; // وعاد المدير ليطمئن السكان بأن: the words after a verb of purpose are its object
    }
    for (int k = from + 1; k < end; k++) {
      if (Lexicon.CONTINUING_PARTICIPLES.contains(t.get(k).norm()) && NameWords.isComma(t, k - 1)) {
        end = k; // وتحذر الرواحية من تناول المسكنات، قائلة: the participle names no one
        Speaker known = intro >= 0 ? history.byOneName(t.get(from).norm()) : null;
        if (known != null) {
          return history.speaking(new Attribution(known, verb, true)); // ودعا فيلدمان الأطراف إلى …، قائلا:
        }
        break;
      }
    }
    if (from < end && NameWords.isOutlet(t.get(from).norm()) && end - from <= 3) {
      from = end; // قال لراديو دبنقا إن: the outlet spoken to, no speaker
    }
    String only = end - from == 1 ? t.get(from).norm() : "";
    boolean manner = (only.startsWith("ب") || only.endsWith("ا")) && history.byOneName(only) == null
        || Lexicon.MANNER.contains(only); // بحسرة, ضاحكا; not بنعلي or أوبلا, surnames of people named before
    if (from >= end || manner || !t.get(from).word() || Lexicon.INTRODUCERS.contains(t.get(from).norm())
        || NameWords.isStop(t, from)) {
      if (intro < 0) {
        return null;
      }
      if (inSentence != null && !purposive) {
        return inSentence; // ويضيف الطبيب أن …، ويتابع: the sentence's speaker goes on
      }
      Attribution before = purposive ? subjects.purposeSubject(t, i, sentence, verb)
          : subjects.pastSubject(t, i, sentence, verb); // وكانت الوكالة قد أعلنت في بيان أن
      if (before == null) {
        before = subjects.issuer(t, i, sentence, verb); // وأصدر الاتحاد بيانا أكد فيه أن
      }
      if (before == null) {
        before = subjects.subjectBefore(t, i, sentence, verb);
      }
      if (before == null && !purposive) {
        before = subjects.openingSubject(t, i, sentence, verb); // المتحدث باسم الشركة فلان أكد أن
      }
      if (before == null && !purposive) {
        before = subjects.firstVerbSubject(t, i, sentence, verb); // ورحبت الجمعية … بالحكم الذي وصفته بأنه
      }
      if (before == null && !purposive && (i == 0 || sentence[i - 1] != sentence[i])) {
        before = subjects.previousSubject(t, i, sentence, verb); // أيد رئيس اللجنة، فلان، الفكرة. وقال:
      }
      if (before != null) {
        return before;
      }
      return carried(verb) != null ? carried(verb) : new Attribution(unknown(), verb, true);
    }
    Speaker named = speakers.parse(t, from, end);
    if (locative && intro >= 0 && end - from == 1 && NameWords.hasArticle(t, from) && named != null
        && named.type() == SpeakerType.PERSON && history.byOneName(t.get(from).norm()) == null) {
      // وجاء في الحكم أن: whatever it is in (a ruling, a verdict), the text says it, not the person last named
      return history.speaking(new Attribution(new Speaker(t.original(from, end), "", SpeakerType.DOCUMENT, ""),
          verb, false));
    }
    if (intro < 0) {
      if (according && named != null && named.type() == SpeakerType.PERSON && named.name().isEmpty()
          && SpeakerHistory.isIndefinite(named.role())) {
        named = new Speaker(named.role(), named.role(), SpeakerType.PERSON, ""); // بحسب مصدر في …, then المصدر
      }
      history.remember(named);
      history.mentioned(named); // ويشكو كريم حمادي، مؤسس شركة، …، ويقول إن
      for (int k = from; k < end; k++) {
        if (Clitics.in(t.get(k).norm(), Lexicon.DOCUMENTS)) {
          history.issued(named); // وبحسب تقرير صادر عن البنك الدولي، …; وأعلنت الشركة في بيان …
          break;
        }
      }
      return null;
    }
    return history.speaking(history.resolve(named, verb));
  }

  /**
   * The speaker of a quotation at {@code i} with no verb of its own in its sentence, or with only an inferred
   * one ({@code a}): whoever the sentence before reported on or named as its subject. {@code يقول النجار فلان
   * إنه خسر ورشته. «بدأت من الصفر …»}; {@code أما النائب فلان، فطالب بالتأجيل. «…»، بحسب ما قال}.
   */
  private Attribution continued(Tokens t, int i, int[] sentence, Map<Integer, Attribution> bySentence,
                                Attribution a) {
    boolean opens = sentence[i - 1] != sentence[i];
    if (a != null) {
      Attribution subject = opens && bySentence.get(sentence[i]) == null
          ? subjects.previousSubject(t, i, sentence, a.verb()) : null;
      return subject != null ? subject : a;
    }
    if (!opens && !NameWords.isComma(t, i - 1)) {
      return null;
    }
    Attribution before = bySentence.get(sentence[i - 1]);
    if (before == null && opens) {
      before = subjects.previousSubject(t, i, sentence, "");
    }
    return before != null ? before : carried("");
  }

  /** Whether token {@code i} follows وهو or وهي in its clause (…، وهي محامية تتابع قضايا موقوفين، إن). */
  private static boolean insideDescription(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4 && t.get(k).word(); k--) {
      if (Lexicon.DESCRIBING.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A reporting verb in the present with the ل of purpose: ليؤكد, لتضيف. */
  private static boolean isPurposive(String w) {
    return w.length() > 3 && w.charAt(0) == 'ل' && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت')
        && Lexicon.REPORTING_VERBS.contains(w.substring(1));
  }

  /** How far past a verb the introducer may stand: وقال الوزير X، خلال زيارة إلى ولاية Y، إن …. */
  static final int INTRODUCER_REACH = 30;

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
      int named = RolePhrase.quotedNameEnd(t, i, t.size());
      if (named == i && QuoteMarks.isMark(tok.norm()) && i > from && t.get(i - 1).word()
          && !Lexicon.INTRODUCERS.contains(t.get(i - 1).norm())) {
        named = shortQuotedName(t, i); // ونقلت وكالة الأنباء السعودية "واس" عن …
      }
      if (named > i && named < t.size() && t.get(named).word() && !Lexicon.INTRODUCERS.contains(t.get(named).norm())) {
        i = named - 1; // وقالت رئيسة جمعية "صرخة المودعين" نادين خوري إن: the name is part of the phrase
        continue;
      }
      if (tok.is(":") || QuoteMarks.isMark(tok.norm()) || Lexicon.INTRODUCERS.contains(tok.norm())
          || Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(tok.norm()))) {
        return i;
      }
      boolean clauseStart = tok.norm().startsWith("و") || tok.norm().startsWith("ف") || !t.get(i - 1).word()
          || t.get(i - 1).is("ثم"); // وأضاف، أكد: a new clause; not لشاحنة نقل, a noun after a noun
      if (tok.is(".") || clauseStart && Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(tok.norm()))
          && !Lexicon.ANONYMITY.contains(t.get(i - 1).norm()) && !Lexicon.NAME_LINKS.contains(t.get(i - 1).norm())) {
        return -1;
      }
    }
    return -1;
  }

  /** After a quoted name of one to three words at {@code mark}, the index past its closing mark; else {@code mark}. */
  private static int shortQuotedName(Tokens t, int mark) {
    int k = mark + 1;
    while (k < t.size() && k - mark <= 4 && t.get(k).word()) {
      k++;
    }
    return k > mark + 1 && k < t.size() && k - mark <= 4 && QuoteMarks.isMark(t.get(k).norm()) ? k + 1 : mark;
  }

  /** The end of a phrase with no introducer after it: the next punctuation mark. */
  static int phraseEnd(Tokens t, int from) {
    int i = from;
    while (i < t.size() && t.get(i).word()) {
      i++;
    }
    return i;
  }

  /** The answer of a question-and-answer interview, as a quotation of the person interviewed. */
  private void answer(TextUnit unit, Tokens t, List<ExtractedFact> out) {
    Speaker interviewed = history.current();
    if (interviewed == null || interviewed.type() != SpeakerType.PERSON || interviewed.name().isEmpty()) {
      return;
    }
    String text = unit.text();
    int start = t.get(2).start();
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    out.add(new ExtractedFact(ExtractedFact.Kind.QUOTE, unit.span(start, end), text.substring(start, end),
        new Quote(interviewed, "", true), null, null, null));
  }

  /** A quotation of at least this many words, with no verb of its own, continues whoever spoke before it. */
  static final int ORPHAN_MIN_WORDS = 5;

  /** Whether a quotation makes up its whole paragraph, but for a closing full stop. */
  private static boolean standsAlone(Tokens t, int[] pair) {
    int after = pair[1] + 1;
    return pair[0] == 0 && (after >= t.size() || after == t.size() - 1 && t.get(after).is("."));
  }

  private static ExtractedFact withAttribution(ExtractedFact f, Attribution a) {
    return new ExtractedFact(f.kind(), f.span(), f.text(), new Quote(a.speaker(), a.verb(), a.inferred()), null, null,
        null);
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
    if (before == 1 && t.get(before).is(":") && t.get(0).is("ج")) {
      Speaker interviewed = history.current(); // ج: «…»: an interview's answer, quoted
      return new Attribution(interviewed != null && interviewed.type() == SpeakerType.PERSON ? interviewed : unknown(),
          "", true);
    }
    if (before >= 0 && t.get(before).is(":")) {
      int start = before;
      while (start > 0 && sentence[start - 1] == sentence[before] && t.get(start - 1).word()) {
        start--;
      }
      if (start < before && before - start <= 8) {
        return history.resolve(speakers.parse(t, start, before), "");
      }
      return carried("") != null ? carried("") : new Attribution(unknown(), "", false);
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
    if (t.get(i).is(".")) {
      return nextSentence(t, i + 1);
    }
    if (i + 1 < t.size() && (Clitics.withoutConjunction(t.get(i).norm()).equals("هذا")
        || t.get(i).is("هكذا")) && t.get(i + 1).is("ما")) {
      i += 2; // "…"، هذا ما أكده المتحدث
    } else if (i + 1 < t.size() && t.get(i).is("هكذا")) {
      i++; // "…"، هكذا علقت الإعلامية
    }
    if (i >= t.size()) {
      return null;
    }
    if (i + 1 < t.size() && (t.get(i).is("كما") && Lexicon.REPORTING_VERBS.contains(t.get(i + 1).norm())
        && (i + 2 >= t.size() || !t.get(i + 2).word())
        || Clitics.in(t.get(i).norm(), Lexicon.ACCORDING_TO) && Lexicon.OWN_WORDS.contains(t.get(i + 1).norm())
        || t.get(i).is("علي") && i + 2 < t.size() && t.get(i + 1).is("حد")
        && Lexicon.OWN_WORDS.contains(t.get(i + 2).norm()))) {
      return carried(t.original(i, i + 1)); // "…"، كما قالت; "…"، بحسب تعبيره; "…"، على حد قوله
    }
    String word = Clitics.known(t.get(i).norm(), Lexicon.ACCORDING_TO); // وفق is no و + فق
    if (!Lexicon.REPORTING_VERBS.contains(word) && word.endsWith("ه")
        && Lexicon.REPORTING_VERBS.contains(word.substring(0, word.length() - 1))) {
      word = word.substring(0, word.length() - 1); // أكده: the verb with its object pronoun
    }
    if (Lexicon.ACCORDING_TO.contains(word)) {
      int from = i + 1;
      if (from < t.size() && t.get(from).is("ما")) {
        from++;
        if (from < t.size() && isVerbWithObject(Clitics.withoutConjunction(t.get(from).norm()))) {
          boolean via = Lexicon.VIA_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()));
          boolean locative = Lexicon.LOCATIVE_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()));
          from++;
          if (locative && from < t.size() && t.get(from).is("في")) {
            from++; // حسب ما جاء في بيان الاتحاد: the document's words
          }
          for (int k = from; via && k < phraseEnd(t, from); k++) {
            if (t.get(k).is("عن")) {
              from = k + 1; // بحسب ما نقلت وكالة رويترز عن مسؤول في الشركة: the speaker follows عن
              break;
            }
          }
        }
      }
      int end = attributionEnd(t, from);
      return from == end ? null : history.resolve(speakers.parse(t, from, end), t.original(i, i + 1));
    }
    if (Lexicon.REPORTING_VERBS.contains(word)) {
      int end = attributionEnd(t, i + 1);
      if (end == i + 1) {
        return carried(t.original(i, i + 1));
      }
      return history.speaking(history.resolve(speakers.parse(t, i + 1, end), t.original(i, i + 1)));
    }
    return null;
  }

  /**
   * A quotation that a sentence of its own then attributes, with any verb: {@code "…". هكذا يلخص الصياد
   * فلان} or {@code "…". بهذه الكلمات وصفت فلانة}. Null when the next sentence opens otherwise.
   */
  private Attribution nextSentence(Tokens t, int i) {
    while (i < t.size() && QuoteMarks.isMark(t.get(i).norm())) {
      int close = i + 1;
      while (close < t.size() && !QuoteMarks.isMark(t.get(close).norm())) {
        close++;
      }
      i = close + 1; // «…». «…». بهذه الجمل يلخص فلان: quotations in a row, attributed after the last
      if (i < t.size() && t.get(i).is(".")) {
        i++;
      }
    }
    int verb;
    if (i + 1 < t.size() && t.get(i).is("هكذا")) {
      verb = i + 1;
    } else if (i + 2 < t.size() && i == 0 && Lexicon.PHRASE_STOPS.contains(t.get(i).norm())
        && t.get(i).norm().startsWith("ب")) {
      verb = i + 1; // "…". ⏎ بمرارة يلخص فلان ما آلت إليه تجارته
    } else if (i + 2 < t.size() && t.get(i).is("بهذه") && Lexicon.WORDINGS.contains(t.get(i + 1).norm())) {
      verb = i + 2;
      while (verb + 1 < t.size() && NameWords.hasArticle(t, verb)) {
        verb++; // بهذه الجمل القصيرة يلخص
      }
    } else {
      return null;
    }
    int end = attributionEnd(t, verb + 1);
    if (end == verb + 1 || !t.get(verb).word()) {
      return null;
    }
    int comma = NameWords.nextComma(t, verb + 1, end);
    Speaker first = comma < end ? speakers.parse(t, verb + 1, comma) : null;
    Speaker named = first != null && first.type() == SpeakerType.PERSON && Tokens.of(first.name()).list().size() >= 2
        ? first : speakers.parse(t, verb + 1, end); // يشرح حسان الزين، صاحب دار نشر، معادلة الأسعار
    return history.speaking(history.resolve(named, t.original(verb, verb + 1)));
  }

  private ExtractedFact fact(TextUnit unit, Tokens t, int[] pair, Attribution a) {
    String text = unit.text();
    int start = t.get(pair[0]).end();
    int end = QuoteMarks.runsOn(t, pair) ? t.get(pair[1] - 1).end() : t.get(pair[1]).start();
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

  /** A reporting verb, bare or with its object pronoun: أكد, أكدته. */
  private static boolean isVerbWithObject(String w) {
    return Lexicon.REPORTING_VERBS.contains(w) || w.endsWith("ه")
        && Lexicon.REPORTING_VERBS.contains(w.substring(0, w.length() - (w.endsWith("ته") ? 2 : 1)))
        || w.endsWith("ته") && Lexicon.REPORTING_VERBS.contains(w.substring(0, w.length() - 1));
  }

  /**
   * The end of an attribution after a quotation: words, commas and quoted names, to the sentence's end
   * ({@code قال مدير عمليات منظمة "سي ووتش" الإنسانية، يوهانس باير، في تصريح}).
   */
  private static int attributionEnd(Tokens t, int from) {
    int i = from;
    while (i < t.size()) {
      int named = RolePhrase.quotedNameEnd(t, i, t.size());
      if (named > i) {
        i = named;
      } else if (t.get(i).word()) {
        i++;
      } else if ((t.get(i).is("،") || t.get(i).is(",")) && i + 1 < t.size() && t.get(i + 1).word()
          && !t.get(i + 1).norm().startsWith("و") && !NameWords.isStop(t, i + 1)
          && !Lexicon.CLAUSE_OPENERS.contains(t.get(i + 1).norm())
          && !Lexicon.CONTINUING_PARTICIPLES.contains(t.get(i + 1).norm())) {
        i++; // …، يوهانس باير: a name set off; not …، بينما رأى …
      } else {
        break;
      }
    }
    while (i > from && (t.get(i - 1).is("،") || t.get(i - 1).is(","))) {
      i--;
    }
    return i;
  }

  /** The last speaker, carried over to a quotation that names no one, or null before anyone has spoken. */
  private Attribution carried(String verb) {
    return history.current() == null ? null : new Attribution(history.current(), verb, true);
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
