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
    return out;
  }

  private void extract(TextUnit unit, List<ExtractedFact> out) {
    Tokens t = Tokens.of(unit.text());
    List<int[]> quotes = QuoteMarks.pairs(t);
    boolean[] quoted = QuoteMarks.inside(t, quotes);
    int[] sentence = sentences(t, quoted);
    Map<Integer, Attribution> bySentence = new HashMap<>();
    int q = 0;
    for (int i = 0; i < t.size(); i++) {
      if (q < quotes.size() && quotes.get(q)[0] == i) {
        int[] pair = quotes.get(q++);
        Attribution a = attribute(t, pair, sentence, bySentence.get(sentence[i]));
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
  }

  /** A reporting verb at {@code i}, with its speaker phrase if it has one; null if {@code i} is no verb. */
  private Attribution clause(Tokens t, int i, int[] sentence) {
    String word = Clitics.withoutConjunction(t.get(i).norm());
    String verb = t.original(i, i + 1);
    if (Lexicon.CONTINUING_PARTICIPLES.contains(word)) {
      return current == null ? null : new Attribution(current, verb, true);
    }
    if (!Lexicon.REPORTING_VERBS.contains(word) && !Lexicon.REPORTING_VERBS.contains(t.get(i).norm())) {
      return null;
    }
    int from = i + 1;
    if (Lexicon.LOCATIVE_VERBS.contains(word) && from < t.size() && t.get(from).is("في")) {
      from++; // جاء في البيان: the document says it
    }
    if (from + 1 < t.size() && t.get(from).is("من") && Lexicon.SIDE_MARKERS.contains(t.get(from + 1).norm())) {
      from += 2; // من جهته: names no one new
    }
    int end = SpeakerParser.phraseEnd(t, from, t.size());
    if (end < t.size() && t.get(end).is("عن")) {
      from = end + 1; // نقلت الوكالة عن المتحدث قوله: the speaker follows عن
      end = SpeakerParser.phraseEnd(t, from, t.size());
    }
    if (from == end) {
      return current == null ? new Attribution(unknown(), verb, true) : new Attribution(current, verb, true);
    }
    if (!introducesSpeech(t, end) || sentence[end < t.size() ? end : t.size() - 1] != sentence[i]) {
      return null;
    }
    Speaker named = speakers.parse(t, from, end);
    Attribution a = resolve(named, verb);
    current = a.speaker();
    return a;
  }

  /** How far past a speaker phrase the introducer may stand: وقال الوزير في مؤتمر صحفي إن …. */
  static final int INTRODUCER_REACH = 6;

  /**
   * Whether a speaker phrase ending at {@code end} is followed by what was said: a colon, a quotation, or
   * إن/أن, right away or after a short adverbial (إلى أن, آنذاك أن, في مؤتمر صحفي إن).
   */
  private static boolean introducesSpeech(Tokens t, int end) {
    for (int i = end; i < Math.min(t.size(), end + INTRODUCER_REACH); i++) {
      Tokens.Token tok = t.get(i);
      if (tok.is(":") || QuoteMarks.isMark(tok.norm()) || Lexicon.INTRODUCERS.contains(tok.norm())
          || Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(tok.norm()))) {
        return true;
      }
      if (tok.is(".") || tok.is("،") || tok.is("؟") || Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(tok.norm()))) {
        return false;
      }
    }
    return false;
  }

  private Attribution resolve(Speaker named, String verb) {
    if (named.type() == SpeakerType.PERSON && named.name().isEmpty()) {
      String head = SpeakerParser.roleHead(named.role());
      for (int k = history.size() - 1; k >= 0; k--) {
        Speaker earlier = history.get(k);
        if (!head.isEmpty() && head.equals(SpeakerParser.roleHead(earlier.role()))) {
          return new Attribution(earlier, verb, true);
        }
      }
      return new Attribution(new Speaker(named.role(), named.role(), SpeakerType.PERSON, ""), verb, false);
    }
    if (named.type() == SpeakerType.PERSON) {
      for (int k = history.size() - 1; k >= 0; k--) {
        Speaker earlier = history.get(k);
        if (sameName(earlier, named)) {
          Speaker merged = named.role().isEmpty() ? new Speaker(named.name(), earlier.role(), named.type(),
              named.entityId().isEmpty() ? earlier.entityId() : named.entityId()) : named;
          history.add(merged);
          return new Attribution(merged, verb, false);
        }
      }
      history.add(named);
    }
    return new Attribution(named, verb, false);
  }

  private static boolean sameName(Speaker a, Speaker b) {
    if (!a.entityId().isEmpty() && a.entityId().equals(b.entityId())) {
      return true;
    }
    return MatchText.key(a.name()).equals(MatchText.key(b.name()));
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
    String word = Clitics.withoutConjunction(t.get(i).norm());
    if (Lexicon.ACCORDING_TO.contains(word)) {
      int from = i + 1;
      if (from < t.size() && t.get(from).is("ما")) {
        from++;
        if (from < t.size() && Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()))) {
          from++;
        }
      }
      int end = SpeakerParser.phraseEnd(t, from, t.size());
      return from == end ? null : resolve(speakers.parse(t, from, end), t.original(i, i + 1));
    }
    if (Lexicon.REPORTING_VERBS.contains(word)) {
      int end = SpeakerParser.phraseEnd(t, i + 1, t.size());
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
    return words <= TERM_MAX_WORDS;
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
