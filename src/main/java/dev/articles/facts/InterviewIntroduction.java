package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;

/**
 * Whom an interview's introduction, a paragraph that ends in a colon and quotes no one, puts the questions after
 * it to: the holder of an office whose answers it announces ({@code أبرز الأسئلة … وأجوبة الوزير:}); in an
 * introduction that speaks of an interview or a statement, the person it describes as held with ({@code الحوار
 * التالي مع الروائي الفائز}), the subject of its verb ({@code وفي تصريح لهسبريس، تحدث الإدريسي عن …:}), or else
 * whoever spoke last with a role or rank ({@code تحدثت الدكتورة فلانة إلى «القبس» … ⏎ وفي ما يلي نص الحوار:}).
 */
final class InterviewIntroduction {
  private final SpeakerParser speakers;
  private final SpeakerHistory history;
  private final Mentions mentions;

  InterviewIntroduction(SpeakerParser speakers, SpeakerHistory history, Mentions mentions) {
    this.speakers = speakers;
    this.history = history;
    this.mentions = mentions;
  }

  /**
   * The one the questions after {@code t} are put to, or null when {@code t} introduces no interview. With
   * {@code open} false (an interviewee or a headline speaker is known already) only announced answers count.
   */
  Speaker answerer(Tokens t, boolean open) {
    Speaker answers = answersOf(t);
    if (answers == null) {
      answers = asked(t); // سألنا الطيب عن أيامه الأولى:
    }
    if (answers == null) {
      answers = interviewedHim(t); // … الأستاذ هاني عبد الرؤوف. وحاورته "الشروق" عقب الجلسة:
    }
    if (answers != null || !open || t.list().stream().noneMatch(w -> introduces(w.norm()))) {
      return answers;
    }
    Speaker named = history.current();
    if (named == null || named.type() != SpeakerType.PERSON || named.name().isEmpty() || named.role().isEmpty()
        && !Lexicon.RANKS.contains(Tokens.of(named.name()).list().get(0).norm())) {
      named = history.lastNamed(); // not طلبة يقولون …: the last named with a role or a rank
    }
    Speaker described = withDescribed(t);
    if (described != null) {
      named = described; // أجرت هسبريس الحوار التالي مع الروائي الفائز: the one the article is about
    }
    Speaker speaking = described == null ? speakingIn(t) : null;
    if (speaking != null) {
      named = speaking; // وفي تصريح لهسبريس، تحدث الإدريسي عن مشاركته:, not whoever was quoted before
    }
    return named != null && named.type() == SpeakerType.PERSON ? named : null;
  }

  /** Whether a word names an interview or a statement to the paper: الحوار, مقابلة, الأسئلة, تصريح. */
  private static boolean introduces(String w) {
    String bare = Clitics.withoutConjunction(w);
    return Lexicon.INTERVIEWS.contains(bare) || STATEMENTS.contains(bare);
  }

  /**
   * The one whose answers an introduction announces by a role ({@code أبرز الأسئلة التي طرحها الصحفيون وأجوبة
   * الوزير:}): the holder of that office named before; null when there is no such introduction or holder.
   */
  private Speaker answersOf(Tokens t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (Lexicon.ANSWERS.contains(Clitics.withoutConjunction(t.get(k).norm())) && t.get(k + 1).word()
          && NameWords.hasArticle(t, k + 1)) {
        Speaker role = speakers.parse(t, k + 1, t.phraseEnd(k + 1));
        if (role != null && role.type() == SpeakerType.PERSON && !role.name().isEmpty()) {
          Attribution a = history.resolve(role, ""); // ردود الحياري على أسئلة الصحفيين: by the name given before
          return a != null && a.speaker().type() == SpeakerType.PERSON && !a.speaker().name().isEmpty() ? a.speaker()
              : null;
        }
        return role == null || role.type() != SpeakerType.PERSON ? null : history.namedHolder(role);
      }
    }
    return null;
  }

  /** Verbs of turning to someone with questions: توجهنا بأسئلتنا إلى فلان. */
  private static final java.util.Set<String> TURNED_TO = java.util.Set.of("توجهنا", "توجهت", "تحدثنا", "تحدثت");

  /** How far into an introduction its verb of asking may stand: وفي حديث قصير أجريناه معها، سألنا فلانة. */
  private static final int ASKED_REACH = 8;

  /**
   * The person an introduction ending in a colon or a full stop says the interviewer asked ({@code سألنا الطيب
   * عن أيامه الأولى بعد العودة:}, {@code وفي حديث قصير، سألنا الدكتورة فلانة عن تفاصيل العمليات.}), as named
   * before; null when it asks no one named.
   */
  private Speaker asked(Tokens t) {
    if (t.size() < 3 || !t.get(t.size() - 1).is(":") && !t.get(t.size() - 1).is(".")) {
      return null;
    }
    for (int k = 0; k + 1 < t.size() && k < ASKED_REACH; k++) {
      int to = Lexicon.ASKING.contains(Clitics.withoutConjunction(t.get(k).norm())) ? k + 1 : -1;
      for (int p = k + 1; p + 1 < Math.min(t.size(), k + 4) && to < 0
          && TURNED_TO.contains(Clitics.withoutConjunction(t.get(k).norm())); p++) {
        to = t.get(p).is("الي") ? p + 1 : -1; // توجهنا بأسئلتنا إلى الدكتور فلان، مدير المشروع:
      }
      if (to > 0 && t.get(to).word()) {
        if (to + 1 < t.size() && NameWords.endsInPronoun(t, to) && Lexicon.RANKS.contains(t.get(to + 1).norm())) {
          to++; // تحدثنا إلى مديرها البروفيسور فلان: whose director, then his rank and name
        }
        int end = t.phraseEnd(to);
        Speaker named = speakers.parse(t, to, end);
        int after = end + 1;
        int nameEnd = named != null && (named.name().isEmpty() || named.name().equals(named.role())) && after < t.size()
            && NameWords.isComma(t, end) && speakers.isNameWord(t, after) ? speakers.nameEnd(t, after, t.size()) : -1;
        int[] apposed = nameEnd - after >= 2 && (nameEnd == t.size() - 1 || NameWords.isComma(t, nameEnd))
            ? new int[] {after, nameEnd} : null;
        if (apposed != null) { // تحدثنا إلى المتحدث باسم البعثة، فلان الفلاني:
          named = new Speaker(t.original(apposed[0], apposed[1]), named.role(), SpeakerType.PERSON, "");
        }
        Attribution a = named == null || named.type() != SpeakerType.PERSON ? null : history.resolve(named, "");
        return a != null && a.speaker().type() == SpeakerType.PERSON && !a.speaker().name().isEmpty() ? a.speaker()
            : null;
      }
    }
    return null;
  }

  /**
   * The person an interviewer's verb with a pronoun for its object refers back to ({@code وحاورته "الشروق" عقب
   * الجلسة:}, {@code التقيناها في مقهى …، وكان هذا الحوار:}): the last named in full with a role, speaking or
   * not; null when no such verb stands in {@code t} or no one is named.
   */
  private Speaker interviewedHim(Tokens t) {
    return metByPronoun(t) ? history.lastNamed() : null;
  }

  /** Whether an interviewer's verb with the one interviewed as its pronoun stands in {@code t}: وحاورته. */
  static boolean metByPronoun(Tokens t) {
    return t.list().stream()
        .anyMatch(w -> Lexicon.INTERVIEWED_PRONOUN.contains(Clitics.withoutConjunction(w.norm())));
  }

  /** Nouns of a statement given to the paper, which may introduce its questions and answers: في تصريح لهسبريس. */
  private static final java.util.Set<String> STATEMENTS = java.util.Set.of("تصريح", "تصريحات");

  /**
   * The person a verb of speaking in an interview's introduction names as its subject ({@code تحدث الإدريسي عن
   * مشاركته:}), as named in full before; null when no such verb names a person.
   */
  Speaker speakingIn(Tokens t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      String w = Clitics.withoutConjunction(t.get(k).norm());
      if (!Lexicon.SCENE_VERBS.contains(w) && !Lexicon.REPORTING_VERBS.contains(w) || !t.get(k + 1).word()) {
        continue;
      }
      if (Lexicon.ASKED_ABOUT.contains(t.get(k + 1).norm())) {
        return null; // وفي هذا الحوار يتحدث عن الودائع ومستقبل القطاع: the one named before, about these things
      }
      Speaker named = speakers.parse(t, k + 1, t.phraseEnd(k + 1));
      if (named == null || named.type() != SpeakerType.PERSON || named.name().isEmpty()) {
        return null;
      }
      Attribution a = history.resolve(named, "");
      return a != null && a.speaker().type() == SpeakerType.PERSON && !a.speaker().name().isEmpty() ? a.speaker()
          : null;
    }
    return null;
  }

  /** The fewest questions, each answered by the paragraph after it, that make an article an interview. */
  private static final int MIN_ANSWERED_QUESTIONS = 2;

  /** The most tokens of a sub-heading, which ends on a word: أسئلة الصحفيين. */
  private static final int HEADING_MAX_TOKENS = 4;

  /** The most tokens of an interviewer's question paragraph. */
  private static final int QUESTION_MAX_TOKENS = 60;

  /**
   * Verbs the dek or lead of an interview gives its guest (الشمري يتحدث عن الخطة الزراعية), and the press
   * conference whose questions and answers follow (أبرز ما جاء في المؤتمر).
   */
  private static final java.util.Set<String> TALKING = java.util.Set.of("يتحدث", "تتحدث", "مؤتمر", "المؤتمر");

  /**
   * Whether the units are an interview or a press conference whose answers stand unmarked, with no ج:: the
   * title, dek, lead, a paragraph ending in a colon or the one before the first question speaks of one ({@code في
   * حوار خاص}, {@code يتحدث عن}, {@code وفي هذا الحوار، يتحدث فلان عن …. ⏎ ما الذي …؟},
   * {@code أبرز ما جاء في المؤتمر:}), and at least {@value #MIN_ANSWERED_QUESTIONS} body paragraphs ask a
   * question that the paragraph after them answers.
   */
  static boolean questionsAndAnswers(java.util.List<TextUnit> units) {
    boolean announced = false;
    boolean askedYet = false;
    int answered = 0;
    for (int k = 0; k < units.size(); k++) {
      Tokens t = units.get(k).tokens();
      boolean introduces = t.size() > 1 && t.get(t.size() - 1).is(":"); // وفيما يلي أبرز ما جاء في المؤتمر:
      boolean heading = t.size() > 0 && t.size() <= HEADING_MAX_TOKENS && t.get(t.size() - 1).word(); // أسئلة الصحفيين
      boolean beforeQuestions = !askedYet && !asks(t) && k + 1 < units.size() && asks(units.get(k + 1).tokens());
      askedYet |= asks(t);
      if (units.get(k).part() != Span.Part.BODY || introduces || heading || beforeQuestions) {
        for (Tokens.Token w : t.list()) {
          announced |= announcesInterview(w.norm());
        }
      } else if (asks(t) && k + 1 < units.size() && units.get(k + 1).part() == Span.Part.BODY
          && !asks(units.get(k + 1).tokens()) && readsAsAnswer(units.get(k + 1).tokens())) {
        answered++;
      }
    }
    return announced && answered >= MIN_ANSWERED_QUESTIONS;
  }

  private static boolean announcesInterview(String w) {
    if (w.length() > 4 && w.endsWith("نا")) {
      w = Clitics.beforePronoun(w.substring(0, w.length() - 2)); // بأسئلتنا: our questions
    }
    for (Clitics.Bare b : Clitics.forms(w)) {
      if (Lexicon.INTERVIEWS.contains(b.form()) || STATEMENTS.contains(b.form()) || TALKING.contains(b.form())
          || Lexicon.INTERVIEWED_PRONOUN.contains(b.form())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a paragraph is a question and nothing more: it ends in a question mark and quotes no one. */
  private static boolean asks(Tokens t) {
    int last = t.size() - 1;
    return last >= 2 && t.size() <= QUESTION_MAX_TOKENS && (t.get(last).is("؟") || t.get(last).is("?"))
        && QuoteMarks.pairs(t).isEmpty();
  }

  /** An answer without its ج: runs to at least this many tokens: a sentence, not a sub-heading. */
  private static final int ANSWER_MIN_TOKENS = 6;

  /**
   * Whether a paragraph after a question, in an interview, is the answer itself: it does not open with a
   * quotation mark (that is a quotation, read as such) and ends as a sentence does, which a sub-heading does not.
   */
  static boolean readsAsAnswer(Tokens t) {
    int last = t.size() - 1;
    while (last > 0 && QuoteMarks.isMark(t.get(last).norm())) {
      last--;
    }
    return t.size() >= ANSWER_MIN_TOKENS && !QuoteMarks.isMark(t.get(0).norm())
        && (t.get(last).is(".") || t.get(last).is("!"));
  }

  /** Whether a name is one definite word for an office or an occupation: الشاعر, الوزير. */
  private static boolean isRoleWord(String name) {
    java.util.List<Tokens.Token> words = Tokens.of(name).list();
    String w = words.size() == 1 ? words.get(0).norm() : "";
    return w.startsWith("ال") && Lexicon.ROLE_HEADS.contains(w.substring(2));
  }

  /**
   * The one an interview is held with, when its introduction describes them by a role and no name ({@code
   * الحوار التالي مع الروائي الفائز}) that the last speaker does not hold: the first person the article names
   * with a description; null when the introduction names someone or no one, or the last speaker holds it.
   */
  private Speaker withDescribed(Tokens t) {
    for (int k = 0; k + 1 < t.size(); k++) {
      if (!t.get(k).is("مع") || !t.get(k + 1).word() || !NameWords.hasArticle(t, k + 1)) {
        continue;
      }
      Speaker role = speakers.parse(t, k + 1, t.phraseEnd(k + 1));
      String described = role == null || role.type() != SpeakerType.PERSON ? ""
          : role.name().isEmpty() || role.name().equals(role.role()) ? role.role() // الروائي الفائز
          : role.role().isEmpty() && isRoleWord(role.name()) ? role.name() : ""; // الشاعر, read as a surname
      if (described.isEmpty()) {
        return null;
      }
      Speaker current = history.current();
      boolean holds = current != null && !current.role().isEmpty()
          && SpeakerParser.roleHead(current.role()).equals(SpeakerParser.roleHead(described));
      return holds ? null : mentions.firstDescribedPerson();
    }
    return null;
  }
}
