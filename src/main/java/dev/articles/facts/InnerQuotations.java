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
      int verbAt = -1;
      for (int k = outer[0] + 1; k < pair[0]; k++) {
        if (!quoted[k] && t.get(k).word() && sentence[k] == sentence[pair[0]]) {
          boolean opensClause = k == outer[0] + 1 || !t.get(k - 1).word() || t.get(k).norm().startsWith("و")
              || AdjacentAttribution.firstPersonVerb(t, k); // يوم تسلمت المصلحة قلت للموظفين: "…"
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
            verbAt = k;
          }
        }
      }
      boolean reported = a != null && (own || !(a.inferred() && (a.speaker().equals(outerSpeaker)
          || a.speaker().equals(current))));
      Speaker addressing = verbAt < 0 || reported && a.speaker().type() != ExtractedFact.SpeakerType.UNKNOWN ? null
          : addressing(t, verbAt); // no one named after the verb, only whom it was said to
      if (addressing != null) {
        out.add(QuoteExtractor.quotation(unit, t, pair, new Attribution(addressing, a.verb(), true)));
      } else if (reported && !a.speaker().name().isEmpty()) {
        out.add(QuoteExtractor.quotation(unit, t, pair, a));
      } else if (a != null || t.get(pair[0] - 1).is(":") || saidTo(t, pair[0])) { // نزل المستوطنون من التلة: "ارحلوا"
        Speaker around = verbAt < 0 ? null : holder(describedAround(t, verbAt, outer[0]));
        out.add(QuoteExtractor.quotation(unit, t, pair, around != null ? new Attribution(around, a.verb(), true)
            : new Attribution(SpeakerHistory.NO_ONE, "", true)));
      } // أن "اتفاق الإمارات" ليس مجرد شعار: a name the speaker used, not someone's words
    }
    history.restore(current);
  }

  /**
   * Where a name after a role ends, when a relative clause follows it and leads to the verb at {@code verbAt}
   * ({@code الأستاذ خليل صبح الذي كان يقول لنا}); -1 when the words after the role are not such a name.
   */
  private static int namedBeforeRelative(Tokens t, int from, int verbAt) {
    for (int r = from + 1; r < verbAt && r <= from + NameWords.MAX_NAME_WORDS; r++) {
      if (t.get(r).is("الذي") || t.get(r).is("التي")) {
        for (int k = from; k < r; k++) {
          if (!t.get(k).word() || NameWords.hasArticle(t, k) && !t.get(k - 1).norm().equals("عبد")) {
            return -1;
          }
        }
        return r;
      }
    }
    return -1;
  }

  /** The most words of a description that says who spoke inside a quotation: أحد المرممين الشباب. */
  private static final int DESCRIPTION_WORDS = 4;

  /**
   * Whoever the words right around the verb at {@code verbAt} describe, when the verb has no name: after it and
   * those it was said to, up to the colon ({@code قال لي والد العروس: "…"}), or before it from where its
   * clause opens ({@code المضيفة صرخت: "…"}, {@code الممرضة في العيادة قالت لي}, {@code أن أحد المرممين صاح});
   * null when neither is a description of a few words.
   */
  private static Speaker describedAround(Tokens t, int verbAt, int open) {
    int k = verbAt + 1;
    if (k < t.size() && TO_SPEAKER.contains(t.get(k).norm())) {
      k++;
    }
    int end = k;
    while (end < t.size() && t.get(end).word() && end - k < DESCRIPTION_WORDS) {
      end++;
    }
    if (end > k && end < t.size() && t.get(end).is(":") && describes(t, k)) {
      String who = t.original(k, end);
      return new Speaker(who, who, ExtractedFact.SpeakerType.PERSON, "");
    }
    if (verbAt - 1 > open && Lexicon.BEING.contains(t.get(verbAt - 1).norm())) {
      verbAt--; // المتهم كان يقول لضحاياه: the one who used to say it, before كان
    }
    int start = verbAt;
    while (start - 1 > open && t.get(start - 1).word() && !t.get(start - 1).is("ان")
        && verbAt - start < DESCRIPTION_WORDS) {
      start--;
    }
    boolean opens = start - 1 <= open || !t.get(start - 1).word() || t.get(start - 1).is("ان");
    if (start < verbAt && opens && describes(t, start)) {
      String who = t.original(start, verbAt);
      return new Speaker(who, who, ExtractedFact.SpeakerType.PERSON, "");
    }
    return verbAt > open + 2 && t.get(verbAt).norm().startsWith("و") ? subjectOfVerbBefore(t, verbAt, open) : null;
  }

  /** The most words back from a verb joined by و that the verb before it and its subject may stand. */
  private static final int JOINED_CLAUSE_WORDS = 12;

  /** Nouns of time, which after a verb are when it happened, not who did it: رجع العام الماضي وقال. */
  private static final java.util.Set<String> TIMES = java.util.Set.of("العام", "الاسبوع", "الشهر", "اليوم",
      "الصباح", "المساء", "الليله", "الربيع", "الصيف", "الخريف", "الشتاء", "الموسم");

  /**
   * The subject of the verb before a verb joined by و, when it follows that verb as a description up to a
   * preposition, a verb or a ل ({@code جاءتني إحدى الأمهات من ريف المدينة تحمل طفلها وقالت}, {@code يأتي طالب
   * ليودعني ويقول}, {@code جاءنا المهندس كريم الساعدي من دائرة الموارد المائية وقال}); null when none does.
   */
  private static Speaker subjectOfVerbBefore(Tokens t, int verbAt, int open) {
    int start = verbAt;
    while (start - 1 > open && t.get(start - 1).word() && verbAt - start < JOINED_CLAUSE_WORDS) {
      start--;
    }
    for (int s = start + 1; s < verbAt; s++) {
      String before = t.get(s - 1).norm();
      if (!describes(t, s) || NameWords.hasArticle(t, s - 1) || describes(t, s - 1) || TIMES.contains(t.get(s).norm())
          || Lexicon.PHRASE_STOPS.contains(before) || Lexicon.PHRASE_STOPS.contains(Clitics.withoutConjunction(before))) {
        continue;
      }
      int end = s + 1;
      while (end < verbAt && end - s < DESCRIPTION_WORDS && !Lexicon.PHRASE_STOPS.contains(t.get(end).norm())
          && !t.get(end).norm().startsWith("ل") && !presentVerb(t, end)) {
        end++;
      }
      String who = t.original(s, end);
      return new Speaker(who, who, ExtractedFact.SpeakerType.PERSON, "");
    }
    return null;
  }

  /** A verb in the present after a description, which says what they were doing: تحمل طفلها. */
  private static boolean presentVerb(Tokens t, int i) {
    String w = t.get(i).norm();
    return w.length() >= 4 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && !Lexicon.RANKS.contains(t.get(i - 1).norm());
  }

  /**
   * The person named before who holds the office a one-word role names ({@code الوزير قال لنا}, after {@code
   * وزير التربية فلان}), or the description as it is.
   */
  private Speaker holder(Speaker described) {
    String word = described == null || Tokens.of(described.role()).size() != 1 ? ""
        : Tokens.of(described.role()).get(0).norm();
    if (!word.startsWith("ال") || !Lexicon.ROLE_HEADS.contains(word.substring(2))) {
      return described;
    }
    Speaker held = history.namedHolder(new Speaker("", described.role(), ExtractedFact.SpeakerType.PERSON, ""));
    return held != null ? held : described; // not whoever was named last, for a role no one held
  }

  /** Whether a word opens a description of someone: a definite noun, an ordinary person, أحد, a relative. */
  private static boolean describes(Tokens t, int i) {
    String w = t.get(i).norm();
    return NameWords.hasArticle(t, i) && !NameWords.isStop(t, i) || Lexicon.UNNAMED_PEOPLE.contains(w)
        || Lexicon.KINSHIP.contains(w)
        || Lexicon.ROLE_HEADS.contains(w) && i + 1 < t.size() && NameWords.hasArticle(t, i + 1); // وزير الموارد
  }

  /** Pronouns of the one spoken to, after a verb of saying: فيقول لي, قال لنا. */
  private static final java.util.Set<String> TO_SPEAKER = java.util.Set.of("لي", "لنا");

  /** The passive of saying, which names no one: في كل مرة يقال لنا "…". */
  private static final java.util.Set<String> PASSIVE_SAYING = java.util.Set.of("يقال", "قيل", "وقيل", "ويقال");

  /** Whether the passive of saying, and whom it was said to, stand right before the quotation at {@code open}. */
  private static boolean saidTo(Tokens t, int open) {
    int k = open - 1;
    if (k >= 0 && TO_SPEAKER.contains(t.get(k).norm())) {
      k--;
    }
    return k >= 0 && PASSIVE_SAYING.contains(t.get(k).norm());
  }

  /** How far back the one who spoke to the speaker may have been mentioned: أذهب إلى الوكيل فيقول لي. */
  private static final int ADDRESSER_REACH = 30;

  /**
   * Who said something to the one quoting, when the verb names no one but its addressee: the person last
   * mentioned before it by a definite role or noun ({@code كل يوم أذهب إلى الوكيل فيقول لي: "…"}) or by such a
   * noun in construct ({@code نبّه صاحب العمارة …، "لكنه قال لي: «…»"}); null when there is none.
   */
  private static Speaker addressing(Tokens t, int verbAt) {
    if (verbAt + 1 >= t.size() || !TO_SPEAKER.contains(t.get(verbAt + 1).norm())) {
      return null;
    }
    String verb = t.get(verbAt).norm();
    String before = verbAt > 0 ? Clitics.withoutConjunction(t.get(verbAt - 1).norm()) : "";
    if (verbAt > 0 && t.get(verbAt - 1).word() && !verb.startsWith("ف") && !verb.startsWith("و")
        && !Lexicon.PHRASE_STOPS.contains(before) && !Lexicon.BEING.contains(before) // كان يقول لي
        && !Lexicon.OPENING_PARTICLES.contains(before) && !before.startsWith("لكن")) { // لكنه قال لي
      return null; // منظمة الصحة العالمية قالت لنا: a subject before the verb, not someone mentioned earlier
    }
    for (int k = verbAt - 1; k >= 0 && k >= verbAt - ADDRESSER_REACH; k--) {
      String w = Clitics.known(t.get(k).norm(), Lexicon.HEADS);
      if (w.startsWith("الي") && w.length() > 4) {
        w = "ال" + w.substring(3); // إلى الوكيل written as one word is rare; keep the noun itself
      }
      boolean definite = w.startsWith("ال") && (Lexicon.ROLE_HEADS.contains(w) || Lexicon.PERSON_NOUNS.contains(w)
          || Lexicon.ROLE_HEADS.contains(w.substring(2)));
      boolean construct = !w.startsWith("ال") && Lexicon.ROLE_HEADS.contains(w) && k + 1 < verbAt
          && NameWords.hasArticle(t, k + 1);
      if (definite || construct) {
        int named = namedBeforeRelative(t, k + (construct ? 2 : 1), verbAt);
        if (named > 0) { // لمعلمي الأستاذ خليل صبح الذي كان يقول لنا: the role, the name, then who he was
          return new Speaker(t.original(k, named), t.original(k, construct ? k + 2 : k + 1),
              ExtractedFact.SpeakerType.PERSON, "");
        }
        String who = t.original(k, construct ? k + 2 : k + 1);
        return new Speaker(who, who, ExtractedFact.SpeakerType.PERSON, ""); // named by the role alone
      }
    }
    return null;
  }
}
