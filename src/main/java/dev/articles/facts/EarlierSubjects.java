package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;
import java.util.List;

/**
 * Who speaks when a reporting verb names no one and nothing stands just before it, found in an earlier verb
 * of the sentence or of the one before: the subject of the sentence's first verb (وتحدثت الخبيرة فلانة عن
 * …، قائلة), of the last sentence (أيد رئيس اللجنة الفكرة. وقال), of a that-clause's verb, or of a
 * pluperfect (وكانت الوكالة قد أعلنت).
 */
final class EarlierSubjects {
  private final SpeakerParser speakers;
  private final SpeakerHistory history;
  private final SentenceSubjects subjects;

  EarlierSubjects(SpeakerParser speakers, SpeakerHistory history, SentenceSubjects subjects) {
    this.speakers = speakers;
    this.history = history;
    this.subjects = subjects;
  }

  /**
   * The subject of the verb that opens a participle's sentence, when it is a role, a rank or an
   * organization: {@code وتحدثت الخبيرة في شؤون المياه الدكتورة منى الزعبي عن المشروع، قائلة:}; or the
   * surname or first name of someone named before: {@code وعاد الزعتري ليناشد المواطنين …، قائلا:}.
   */
  Attribution firstVerbSubject(Tokens t, int i, int[] sentence, String verb) {
    return verbSubject(t, pastOpener(t, SentenceSubjects.sentenceStart(sentence, i), i), i, verb);
  }

  /** The first token after a side or a time set off by a comma at {@code start}: من جهته، ودع فلان …. */
  private static int pastOpener(Tokens t, int start, int limit) {
    int opener = NameWords.nextComma(t, start, limit);
    String first = Clitics.withoutConjunction(t.get(start).norm());
    boolean side = start + 1 < limit && first.equals("من") && Lexicon.SIDE_MARKERS.contains(t.get(start + 1).norm());
    boolean verbAfter = opener + 1 < limit && SpeakerNames.opensClause(t.get(opener + 1).norm());
    return opener < limit && (opener - start <= 3 || verbAfter && opener - start <= LONG_OPENER_TOKENS)
        && (Lexicon.PHRASE_STOPS.contains(first) || side || verbAfter && opener - start <= 3) // وغير بعيد، جلست
        ? opener + 1 : start;
  }

  /** The most tokens of an opening phrase before a verb: في أول حوار صحفي منذ تسلمها منصبها …، تحدثت. */
  private static final int LONG_OPENER_TOKENS = 12;

  /**
   * The subject of the sentence before the one at {@code i}, which a verb with no subject of its own opening
   * this one continues: {@code أيد رئيس اللجنة، المهندس فلان، الفكرة. وقال: "…"}, or {@code أما النائب
   * فلان، فطالب بالتأجيل. "…"}. Null when that sentence names no one so.
   */
  Attribution previousSubject(Tokens t, int i, int[] sentence, String verb) {
    int start = SentenceSubjects.sentenceStart(sentence, i);
    if (start == 0) {
      return null;
    }
    int last = start - 1;
    int previous = SentenceSubjects.sentenceStart(sentence, last);
    Speaker current = history.current();
    List<Tokens.Token> named = current == null ? List.of() : Tokens.of(current.name()).list();
    for (int k = previous; k < last && !named.isEmpty(); k++) {
      if (t.get(k).norm().equals(named.get(named.size() - 1).norm())) {
        return null; // يجلس مرشد سياحي، اسمه فلان، أمام مكتبه. يقول: the one just named goes on
      }
    }
    previous = pastOpener(t, previous, last); // في المقابل، أيد فلان: the side or the time before the verb
    if (Clitics.withoutConjunction(t.get(previous).norm()).equals("اما") || t.get(previous).is("اما")) {
      for (int k = previous + 2; k < last; k++) {
        if (t.get(k).norm().startsWith("ف") && NameWords.isComma(t, k - 1)) {
          return subjects.topic(t, k, sentence, verb);
        }
      }
      return null;
    }
    return verbSubject(t, previous, last, verb);
  }

  /**
   * The subject after the verb at {@code start}, which a later verb or participle before {@code i} goes on
   * from: a role, a rank or an organization with what it names (a name set off by commas too), or the
   * surname of someone named before.
   */
  private Attribution verbSubject(Tokens t, int start, int i, String verb) {
    if (start + 2 >= i || QuoteMarks.isMark(t.get(start).norm())) {
      return null;
    }
    String head = Clitics.known(t.get(start + 1).norm(), Lexicon.HEADS);
    if (Lexicon.SCENE_VERBS.contains(Clitics.withoutConjunction(t.get(start).norm()))
        && Lexicon.UNNAMED_PEOPLE.contains(t.get(start + 1).norm()) && !NameWords.hasArticle(t, start + 2)) {
      int to = NameWords.nextComma(t, start + 1, i);
      Speaker ordinary = UnnamedPeople.inScene(speakers, t, start + 1, to); // جلست امرأة في الثلاثينيات …. وقالت:
      if (ordinary != null && ordinary.type() == SpeakerType.PERSON) {
        return history.speaking(history.resolve(ordinary, verb));
      }
    }
    if ((t.get(start + 1).is("ام") || t.get(start + 1).is("ابو")) && start + 3 <= i && t.get(start + 2).word()
        && !NameWords.isStop(t, start + 2) && !NameWords.hasArticle(t, start + 2)) {
      Speaker kunya = new Speaker(t.original(start + 1, start + 3), "", SpeakerType.PERSON, "");
      return history.speaking(history.resolve(kunya, verb)); // كانت أم عبدالله تحمل ابنها. وقالت: the mother
    }
    if (!Lexicon.ROLE_HEADS.contains(head) && !Lexicon.RANKS.contains(head) && !Lexicon.ORGANIZATIONS.contains(head)) {
      Speaker known = history.byOneName(t.get(start + 1).norm()); // وعاد الزعتري ليناشد …، قائلا:
      return known != null ? history.speaking(new Attribution(known, verb, true)) : null;
    }
    int end = subjects.subjectEnd(t, start, Math.min(i, t.phraseEnd(start + 1)));
    Speaker named = speakers.parse(t, start + 1, end);
    if (!SentenceSubjects.identified(named) && end < i && NameWords.isComma(t, end)) {
      int apposed = NameWords.nextComma(t, end + 1, Math.min(i, end + NameWords.MAX_NAME_WORDS + 3));
      if (apposed < i && NameWords.isComma(t, apposed)) {
        named = speakers.parse(t, start + 1, apposed); // وتدخل وكيل المجلس، المستشار فلان، …، قائلا
      }
    }
    named = named == null ? null : SentenceSubjects.withoutObject(named);
    if (named != null && named.name().isEmpty() && start + 3 < i && NameWords.hasArticle(t, start + 2)
        && t.original(start + 1, start + 3).equals(named.role())) {
      Speaker known = history.byOneName(t.get(start + 2).norm()); // دافع الوزير العنزي عن …، مؤكدا: the rank, a surname
      if (known != null) {
        return history.speaking(new Attribution(known, verb, true));
      }
    }
    if (named != null && !SentenceSubjects.identified(named) && named.type() == SpeakerType.PERSON && named.name().isEmpty()
        && NameWords.hasArticle(t, start + 1) && Lexicon.ROLE_HEADS.contains(head)) {
      Speaker role = new Speaker("", t.original(start + 1, start + 2), SpeakerType.PERSON, "");
      Attribution earlier = history.resolve(role, verb); // ورفض الوزير الخوض في …، واكتفى بالقول: the minister named before
      return earlier != null && earlier.inferred() ? history.speaking(earlier) : null;
    }
    return SentenceSubjects.identified(named) ? history.speaking(history.resolve(named, verb)) : null;
  }

  /** How far before a participle of saying its verb may stand: اعترف خلال التحقيقات قائلا. */
  private static final int SAYING_VERB_REACH = 5;

  /**
   * The subject of a verb that a participle of saying goes on from, when that subject stands before the verb in
   * an إن clause: {@code فإن المتهم الأول، وهو مبرمج (34 عاما)، اعترف خلال التحقيقات قائلا:}. Null when the
   * participle is no قائلا, or no such verb stands just before it.
   */
  Attribution thatClauseSubject(Tokens t, int i, int[] sentence, String verb) {
    if (!Lexicon.SAYING_PARTICIPLES.contains(t.get(i).norm())) {
      return null;
    }
    int v = i - 1;
    while (v > i - SAYING_VERB_REACH && v > 0 && t.get(v).word() && sentence[v] == sentence[i]
        && !Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(v).norm()))) {
      v--;
    }
    if (v <= 0 || !t.get(v).word() || !Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(v).norm()))) {
      return null;
    }
    int intro = v - 1;
    while (intro >= 0 && v - intro <= NameWords.MAX_NAME_WORDS + 8 && sentence[intro] == sentence[i]
        && !Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(t.get(intro).norm()))) {
      intro--;
    }
    if (intro < 0 || sentence[intro] != sentence[i]
        || !Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(t.get(intro).norm()))) {
      return null;
    }
    int end = Math.min(v, NameWords.nextComma(t, intro + 1, v)); // المتهم الأول، وهو مبرمج: the subject, set off
    Speaker named = intro + 1 < end ? speakers.parse(t, intro + 1, end) : null;
    return SentenceSubjects.identified(named) || named != null && !named.role().isEmpty()
        ? history.speaking(history.resolve(named, verb)) : null;
  }

  /** The most words of a place or time fronted before كان, up to its comma: وفي المدرجات، كان …. */
  private static final int FRONTED_WORDS = 6;

  /** Verbs of contenting oneself with saying, whose subject says what بالقول brings: فاكتفى مسؤول … بالقول. */
  private static final java.util.Set<String> CONTENT_WITH = java.util.Set.of("اكتفي", "اكتفت",
      "افتتح", "افتتحت", "استهل", "استهلت", "اختتم", "اختتمت", "ختم", "ختمت"); // وافتتح النائب فلان النقاش بالقول

  /** What a speaker opens or closes with بالقول, the verb's object after its subject: النقاش, الجلسة, كلمته. */
  private static final java.util.Set<String> OPENED = java.util.Arrays.stream(("النقاش الجلسة الجلسات المؤتمر الندوة "
      + "اللقاء الاجتماع الحفل الحوار المناقشة المناقشات كلمته كلمتها حديثه حديثها مداخلته مداخلتها تصريحه تصريحها "
      + "رده ردها").split(" ")).map(dev.articles.text.MatchText::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * The subject of اكتفى earlier in the sentence of {@code بالقول} at {@code i}, up to it: {@code فاكتفى مسؤول في
   * مصلحة خفر السواحل، رفض الكشف عن اسمه، بالقول إن}; null when there is none or it names no one.
   */
  Attribution contentSubject(Tokens t, int i, int[] sentence, String verb) {
    for (int k = i - 2; k >= 0 && sentence[k] == sentence[i]; k--) {
      if (CONTENT_WITH.contains(Clitics.withoutConjunction(t.get(k).norm()))) {
        int end = NameWords.isComma(t, i - 1) ? i - 1 : i;
        end = end - 1 > k + 1 && OPENED.contains(t.get(end - 1).norm()) ? end - 1 : end; // افتتح فلان النقاش بالقول
        Speaker named = k + 1 < end ? speakers.parse(t, k + 1, end) : null;
        boolean someone = named != null && (named.type() == SpeakerType.PERSON || named.type() == SpeakerType.ORGANIZATION)
            && !(named.name().isEmpty() && named.role().isEmpty()); // an unnamed official is someone too
        Attribution a = someone ? history.resolve(named, verb) : null;
        return a != null ? history.speaking(a) : null;
      }
    }
    return null;
  }

  /** How far after كان the present verb that ends its subject may stand: كان والدها عمر بن طالب يلوّح. */
  private static final int PAST_SUBJECT_REACH = 8;

  /**
   * The subject of a sentence in the pluperfect, which a participle continues: {@code وكان اتحاد الناشرين
   * قد قدر في تقرير …، مشيرا إلى أن "…"}; or of كان with a verb in the present, said again and again: {@code
   * كان مدير المشروع يردد دائما: «…»}. Null when the sentence is not of either shape.
   */
  Attribution pastSubject(Tokens t, int i, int[] sentence, String verb) {
    int start = SentenceSubjects.sentenceStart(sentence, i);
    while (start < i && !t.get(start).word()) {
      start++;
    }
    String first = start < i ? Clitics.withoutConjunction(t.get(start).norm()) : "";
    if (start < i && !(first.equals("كان") || first.equals("كانت"))) {
      int comma = NameWords.nextComma(t, start, Math.min(i, start + FRONTED_WORDS));
      boolean fronted = comma + 1 < i && NameWords.isComma(t, comma)
          && (t.get(comma + 1).is("كان") || t.get(comma + 1).is("كانت"));
      start = fronted ? comma + 1 : i; // وفي المدرجات، كان والدها فلان يلوّح: where, then the sentence
    }
    if (start >= i) {
      return null;
    }
    int end = i;
    for (int k = start + 2; k < Math.min(i, start + 10); k++) {
      if (t.get(k).is("قد")) {
        end = k;
        break;
      }
    }
    String v = t.get(i).norm();
    boolean habitual = v.length() > 2 && (v.charAt(0) == 'ي' || v.charAt(0) == 'ت') && i - start <= 10;
    if (end == i && !habitual) {
      for (int u = start + 2; u < i - 1 && NameWords.isComma(t, i - 1); u++) {
        if (Lexicon.UNNAMED_PEOPLE.contains(t.get(u).norm()) // وكانت أولى الشهود موظفة متقاعدة …، قالت
            && !Lexicon.NAME_LINKS.contains(t.get(u - 1).norm())) { // not عمر بن طالب, a name
          Speaker described = speakers.parse(t, u, i - 1); // what the subject was: the one who then spoke
          return described == null ? null : history.speaking(history.resolve(described, verb));
        }
      }
      for (int k = start + 2; k < Math.min(i, start + PAST_SUBJECT_REACH); k++) {
        String w = t.get(k).norm();
        if (t.get(k).word() && (w.startsWith("ي") || w.startsWith("ت")) && w.length() >= 3) {
          Speaker named = speakers.parse(t, start + 1, k); // كان والدها فلان يلوّح بعلم صغير، وقال:
          if (named != null && named.type() == SpeakerType.PERSON && !named.name().isEmpty()
              && !named.name().equals(named.role()) && !named.name().startsWith("ال")) {
            return history.speaking(history.resolve(named, verb)); // not التلميذة هبة, a name left to the rest
          }
        }
      }
      return null;
    }
    Speaker named = speakers.parse(t, start + 1, end); // كان مدير المشروع يردد دائما: what he used to say
    return named == null ? null : history.speaking(history.resolve(named, verb));
  }
}
