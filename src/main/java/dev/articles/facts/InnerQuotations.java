package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.SpeakerHistory.Attribution;
import java.util.List;

/**
 * Quotations inside a quotation: what the one quoted reports someone else saying, in marks of another kind
 * ({@code «كل شهر آتي إلى هنا فيقول لي الموظف: "عد الشهر المقبل"»}). Each is attributed by a reporting verb
 * before it inside the outer quotation, read as {@link ReportingClause} reads one in running text; after a
 * colon with no such verb, to no one; with neither, it is a name or a term the speaker used, and no quote. Never to whoever speaks the outer quotation, who only reports it, and never by carrying
 * the last speaker over: the speaker of the article's next quotation is the same as if the inner one were not
 * there.
 */
final class InnerQuotations {
  private final ReportingClause clauses;
  private final SpeakerHistory history;

  InnerQuotations(ReportingClause clauses, SpeakerHistory history) {
    this.clauses = clauses;
    this.history = history;
  }

  /** Adds the quotations inside {@code outer}, spoken by {@code outerSpeaker}, to {@code out}. */
  void extract(TextUnit unit, Tokens t, int[] outer, Speaker outerSpeaker, List<ExtractedFact> out) {
    List<int[]> inner = QuoteMarks.pairs(t, outer[0] + 1, Math.min(outer[1], t.size()));
    if (inner.isEmpty()) {
      return;
    }
    boolean[] quoted = QuoteMarks.inside(t, inner);
    int[] sentence = QuoteExtractor.sentences(t, quoted, outer[0] + 1, Math.min(outer[1], t.size()));
    Speaker current = history.current();
    history.restore(null); // inside the quotation, "the one just quoted" is not whom a description refers to
    for (int[] pair : inner) {
      if (QuotedTerms.isTerm(t, pair)) {
        continue;
      }
      Attribution a = null;
      boolean own = false;
      for (int k = outer[0] + 1; k < pair[0]; k++) {
        if (!quoted[k] && t.get(k).word() && sentence[k] == sentence[pair[0]]) {
          boolean opensClause = k == outer[0] + 1 || !t.get(k - 1).word() || t.get(k).norm().startsWith("و");
          if (opensClause && AdjacentAttribution.firstPersonSaying(t, k, pair[0])) {
            int verb = Lexicon.FIRST_PERSON_SAYING.contains(Clitics.withoutConjunction(t.get(k).norm())) ? k : k + 1;
            a = new Attribution(outerSpeaker, t.original(verb, verb + 1), true); // وأنا أقول لهم: "…": the speaker's own
            own = true;
            continue;
          }
          Attribution read = clauses.read(t, k, sentence, a, a);
          if (read != null) {
            a = read;
            own = false;
          }
        }
      }
      boolean reported = a != null && (own || !(a.inferred() && (a.speaker().equals(outerSpeaker)
          || a.speaker().equals(current))));
      if (reported) {
        out.add(QuoteExtractor.quotation(unit, t, pair, a));
      } else if (a != null || t.get(pair[0] - 1).is(":")) { // نزل المستوطنون من التلة: "ارحلوا"
        out.add(QuoteExtractor.quotation(unit, t, pair, new Attribution(SpeakerHistory.NO_ONE, "", true)));
      } // أن "اتفاق الإمارات" ليس مجرد شعار: a name the speaker used, not someone's words
    }
    history.restore(current);
  }
}
