package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.text.MatchText;
import java.util.List;

/**
 * People and documents introduced outside reported speech, for the quotations that later refer to them: a
 * role and name (بينهم وزير النقل فلان), someone named (تدعى فلانة, اسمه فلان), described by age (الخمسيني
 * فلان), given a nickname (المعروف بأبي وائل, أو "أم أحمد"), the subject of a verb that opens a sentence
 * (تجلس فلانة أمام خيمتها), someone interviewed (حاورت «البيان» المهندس فلان), and a document with its issuer
 * (بحسب تقرير أصدره المجلس).
 */
final class Introductions {
  private final SpeakerParser speakers;
  private final SpeakerHistory history;

  Introductions(SpeakerParser speakers, SpeakerHistory history) {
    this.speakers = speakers;
    this.history = history;
  }

  /** Whether يعرف or تعرف stands a few words before {@code i}: ويعرف الرجل في البلدة باسم. */
  private static boolean knownAs(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6 && t.get(k).word(); k--) {
      String w = Clitics.withoutConjunction(t.get(k).norm());
      if (w.equals("يعرف") || w.equals("تعرف") || w.equals("يعرفه") || w.equals("يعرفها") || w.equals("يعرفونه")
          || w.equals("يعرفونها")) {
        return true; // ويعرف باسم, الذي يعرفه الصيادون باسم
      }
    }
    return false;
  }

  /** The most words an organization's short name in brackets runs to: (سنيم), (أونروا), (الفاو). */
  private static final int MAX_ACRONYM_WORDS = 2;

  /**
   * An organization's short name in brackets right after its full name ({@code الشركة الوطنية للصناعة
   * والمناجم (سنيم)}): later words of the short name are the organization's.
   */
  private void acronym(Tokens t, int open) {
    int close = open + 1;
    while (close < t.size() && close - open <= MAX_ACRONYM_WORDS && t.get(close).word()
        && Numbers.digits(t.get(close).norm()) == null) {
      close++;
    }
    if (close == open + 1 || close >= t.size() || !t.get(close).is(")")) {
      return;
    }
    for (int k = open - 1; k >= 0 && open - k <= CollectivePhrase.MAX_ORGANIZATION_WORDS && t.get(k).word(); k--) {
      if (!Lexicon.ORGANIZATIONS.contains(Clitics.withoutConjunction(t.get(k).norm()))) {
        continue;
      }
      Speaker org = speakers.parse(t, k, open);
      if (org != null && org.type() == SpeakerType.ORGANIZATION && Tokens.of(org.name()).list().size() == open - k) {
        history.remember(org);
        history.nickname(String.join(" ", t.list().subList(open + 1, close).stream().map(Tokens.Token::norm).toList()),
            org);
      }
      return;
    }
  }

  /** A role and name outside any reported speech, such as بينهم وزير النقل سعيد المعولي, for later. */
  void remember(Tokens t, int i) {
    String w = t.get(i).norm();
    String before = i > 0 ? Clitics.withoutConjunction(t.get(i - 1).norm()) : "";
    boolean named = (w.equals("اسمه") || w.equals("اسمها")) && !Lexicon.ANONYMITY.contains(before)
        && !before.equals("ذكر") && !before.equals("عن") // مرشد سياحي … اسمه حسام الدين عبد العال
        || w.equals("باسم") && (before.equals("يعرف") || before.equals("تعرف") || before.startsWith("المعروف"));
    if (named) {
      history.introduced(speakers.namedAs(t, i, t.phraseEnd(i + 1))); // ويعرف باسم أبو علي الحاج
      return;
    }
    if (w.equals("باسم") && i + 1 < t.size() && (QuoteMarks.isMark(t.get(i + 1).norm())
        || Lexicon.KUNYA.containsKey(t.get(i + 1).norm()) || joinedKunya(t.get(i + 1).norm()) != null)
        && knownAs(t, i)) { // الذي يعرفه ركابه باسم أبو علي, يعرفه تجار السوق باسم بوخلفان
      nickname(t, i); // ويعرف الرجل في البلدة باسم "أبو علي": the man just quoted
      return;
    }
    if (NameWords.isNamedAs(w)) {
      history.introduced(speakers.namedAs(t, i, t.phraseEnd(i + 1))); // لاعبة … تدعى جود الحربي.
      return;
    }
    if (Clitics.in(w, Lexicon.NICKNAMING)) {
      nickname(t, i); // فلان، المعروف بين زملائه بأبي وائل
      return;
    }
    if (apposedKunya(t, i)) {
      return; // إبراهيم الحجي (67 عاما)، أبو محمود،: his kunya, set off after his name
    }
    String bare = Clitics.withoutConjunction(w);
    if ((bare.equals("كان") || bare.equals("كانت"))
        && (opensSentence(t, i) || i > 0 && NameWords.isComma(t, i - 1) && afterOpener(t, i))) {
      pastSubject(t, i); // وكان رئيس النادي فلان قد نزل إلى الملعب
      return;
    }
    if (Lexicon.SCENE_VERBS.contains(w)) {
      bare = w; // وقفت is the verb وقف, not و + قفت
    }
    boolean opens = opensSentence(t, i) || i > 0 && NameWords.isComma(t, i - 1) && bare.equals(w) && afterOpener(t, i)
        || i > 0 && NameWords.isComma(t, i - 1) && !bare.equals(w) && i + 1 < t.size()
        && history.byOneName(t.get(i + 1).norm()) != null; // …، ويتقدم سالم وسط أصدقائه: someone named before
    boolean plural = isBrokenPlural(bare); // تلاميذ, تقارير: nouns
    if (opens && bare.length() > 2 && !plural && (bare.charAt(0) == 'ي' || bare.charAt(0) == 'ت'
        || Lexicon.SCENE_VERBS.contains(bare)) // أمام مدرسة ابتدائية، وقفت أم لثلاثة أطفال في الثلاثينيات
        && !Lexicon.REPORTING_VERBS.contains(bare)) { // وسط غابة زيتون، يشرف فلان على عمال
      Speaker subject = subjectAfter(t, i); // تجلس حواء آدم عبد الله أمام خيمتها
      if (subject != null) {
        boolean unnamed = !subject.name().isEmpty() && subject.name().equals(subject.role()); // أم لثلاثة أطفال
        Speaker who = unnamed ? subject : history.resolve(subject, "").speaker(); // ويعود ولد سيدي: named before
        if (inInterview(t, i) && isNamedPerson(who)) {
          history.interviewed(who); // وفي هذا الحوار، يتحدث الأمين العام …، المهندس فلان، عن
        } else {
          history.introduced(who);
        }
        return;
      }
    }
    boolean qualified = i > 1 && NameWords.hasArticle(t, i - 1) && Lexicon.INTERVIEWS.contains(t.get(i - 2).norm())
        && NameWords.hasArticle(t, i - 2); // هذا الحوار القصير مع فلان
    if (w.equals("مع") && i > 0 && (Lexicon.INTERVIEWS.contains(t.get(i - 1).norm()) || qualified) && i + 2 < t.size()) {
      Speaker interviewed = Lexicon.OUTLETS.contains(t.get(i + 1).norm()) ? null // في مقابلة مع قناة …: the outlet
          : speakers.parse(t, i + 1, withNameSetOff(t, t.phraseEnd(i + 1)));
      for (int r = i + 2; !isNamedPerson(interviewed) && r < Math.min(t.size() - 2, i + 2 * INTERVIEWED_REACH)
          && !t.get(r).is("."); r++) {
        int nameEnd = Lexicon.RANKS.contains(t.get(r).norm()) ? speakers.nameEnd(t, r + 1, t.phraseEnd(r + 1)) : r;
        if (nameEnd - r >= 3 && speakers.allNameWords(t, r + 1, nameEnd)) { // وفي حوار مع الجزيرة نت، يشرح
          interviewed = new Speaker(t.original(r, nameEnd), "", SpeakerType.PERSON, ""); // أستاذ الاقتصاد الدكتور فلان
        }
      }
      if (isNamedPerson(interviewed)) { // أجرت «القبس» هذا الحوار مع المعمارية الدكتورة نورة الرومي
        history.interviewed(interviewed);
      }
      return;
    }
    boolean outletAsks = Clitics.in(w, Lexicon.OUTLET_ASKING) && i + 2 < t.size() && (pastOutlet(t, i + 1) > i + 1
        || Lexicon.OUTLETS.contains(t.get(i + 1).norm()) || Lexicon.MEDIA.contains(t.get(i + 1).norm()));
    if (Clitics.in(w, Lexicon.INTERVIEWING) || outletAsks) { // وسألت الجزيرة نت الشعار عن مستقبل المهنة:
      int k = pastOutlet(t, i + 1); // حاورت «البيان» المهندس فلان
      while (k + 1 < t.size() && (Lexicon.OUTLETS.contains(t.get(k).norm()) || Lexicon.MEDIA.contains(t.get(k).norm())
          || k > i + 1 && t.get(k).is("نت"))) {
        k++; // حاورت هسبريس عبد الإله الطاهري, سألت الجزيرة نت الشعار
      }
      for (int j = k + 1; j <= k + 2 && j < t.size() && t.get(j - 1).word() && !isRoleWord(t.get(j - 1).norm()); j++) {
        if (isRoleWord(t.get(j).norm())) {
          k = j; // والتقت هسبريس مهندسة الأنظمة, حاورت الجزيرة نت رئيس النادي: the outlet, unquoted, then whom
          break;
        }
      }
      if (k == i + 1 && !w.endsWith("نا") && (k < t.size() && isPeople(t.get(k).norm()) || i > 0
          && NameWords.hasArticle(t, i - 1) && !Lexicon.OUTLETS.contains(t.get(i - 1).norm())
          && !Lexicon.MEDIA.contains(t.get(i - 1).norm()))) {
        return; // والتقت مسؤولين محليين, وزير الخارجية التقى نظيره: whom someone met, no one interviewed
      }
      Speaker bySurname = k + 1 < t.size() && NameWords.hasArticle(t, k)
          && (!t.get(k + 1).word() || t.get(k + 1).norm().startsWith("و")) ? history.byOneName(t.get(k).norm()) : null;
      Speaker interviewed = bySurname != null ? bySurname // التقت "العربي الجديد" الخطيب وكان معها هذا الحوار
          : k < t.size() ? speakers.parse(t, k, withNameSetOff(t, pastQuotedName(t, t.phraseEnd(k)))) : null;
      for (int r = k; !isNamedPerson(interviewed) && r < Math.min(t.size() - 1, k + INTERVIEWED_REACH)
          && !t.get(r).is("."); r++) { // الباحثة الرئيسية في الدراسة، أستاذة … في الجامعة الأردنية الدكتورة فلانة
        if (Lexicon.RANKS.contains(t.get(r).norm())) { // والتقى فريق القناة مدير المركز، العقيد فلان الفلاني
          interviewed = new Speaker(t.original(r, speakers.nameEnd(t, r + 1, t.phraseEnd(r + 1))), "",
              SpeakerType.PERSON, "");
        }
      }
      if (interviewed != null && !isNamedPerson(interviewed) && k < t.size()
          && history.byOneName(t.get(k).norm()) != null) {
        interviewed = history.byOneName(t.get(k).norm()); // سألت الجزيرة نت الشعار: the one named before
      }
      if (interviewed != null && interviewed.type() == SpeakerType.PERSON && interviewed.role().isEmpty()
          && isDescription(Tokens.of(interviewed.name()))) {
        interviewed = new Speaker("", interviewed.name(), SpeakerType.PERSON, ""); // التقت "الشروق" الحرفي الفلسطيني
      }
      if (interviewed != null && interviewed.type() == SpeakerType.PERSON && interviewed.name().isEmpty()
          && interviewed.role().startsWith("ال")) {
        SpeakerHistory.Attribution earlier = history.resolve(interviewed, "");
        interviewed = earlier != null && earlier.inferred() ? earlier.speaker() : null; // والتقت "الأهرام" المخرجة
      }
      if (isNamedPerson(interviewed)) {
        history.interviewed(interviewed);
      }
      return;
    }
    if ((w.endsWith("اصدر") || w.endsWith("اصدرت")) && w.length() <= 6 && i + 2 < t.size()) { // أصدر, وأصدرت
      for (int k = i + 2; k < Math.min(t.size(), i + ISSUER_WORDS + 2) && t.get(k).word(); k++) {
        String d = t.get(k).norm();
        if (d.endsWith("ا") && Lexicon.DOCUMENTS.contains(d.substring(0, d.length() - 1))) {
          Speaker issuer = speakers.parse(t, i + 1, k); // بعدما أصدر نادي الشرطة بيانا: for وجاء في البيان
          if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION) {
            history.remember(issuer);
            history.issued(issuer);
          }
          break;
        }
      }
    }
    if (Lexicon.DOCUMENTS.contains(w) && i + 2 < t.size()) {
      Speaker issuer = speakers.parse(t, i, t.phraseEnd(i)); // بحسب تقرير أصدره المجلس الوطني
      if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION) {
        history.remember(issuer);
        history.issued(issuer);
      }
      return;
    }
    if (w.equals("او") && i >= 2 && NameWords.isComma(t, i - 1) && i + 2 < t.size()) {
      nickname(t, i); // سعاد الجبوري، أو "أم أحمد" كما يناديها الجيران
      return;
    }
    if (Lexicon.DESCRIBING.contains(w) && i > 2 && NameWords.isComma(t, i - 1)) {
      int which = i + 2 < t.size() && Lexicon.SAME.contains(t.get(i + 2).norm()) ? i + 3 : i + 2;
      if (which < t.size() && NameWords.hasArticle(t, i + 1) && (t.get(which).is("الذي") || t.get(which).is("التي"))) {
        return; // إلى إبريق أزرق، وهو اللون الذي اشتهر به, في سوق أم درمان، وهو الباب نفسه الذي: a thing, which one
      }
      Speaker described = nameBeforeComma(t, i - 1); // وتبيع حليمة عبدي نور، وهي أرملة أربعينية، الخضار
      if (described != null && !described.equals(history.current())
          && Tokens.of(described.name()).list().size() >= 2) {
        history.introduced(described);
      }
      return;
    }
    if (Lexicon.AGE_ADJECTIVES.contains(t.get(i).norm()) || t.get(i).is("(") && i + 2 < t.size()
        && Numbers.digits(t.get(i + 1).norm()) != null && t.get(i + 2).norm().startsWith("عام")) {
      introducedBefore(t, i); // الخمسيني جاسم محيسن, سارة أبو عودة (18 عاما)
      return;
    }
    if (t.get(i).is("(")) {
      acronym(t, i); // الشركة الوطنية للصناعة والمناجم (سنيم)
      return;
    }
    String head = Clitics.known(w, Lexicon.HEADS);
    if (i > 0 && Lexicon.CARRYING.contains(t.get(i - 1).norm())) {
      return; // في بيان نقلته وكالة الأنباء: the agency carried the words, it did not say them
    }
    if (w.startsWith("لل") && Lexicon.ROLE_HEADS.contains("ال" + w.substring(2))) {
      Speaker of = speakers.parse(t, i, t.phraseEnd(i)); // فيلم «عطش الجنوب» للمخرجة التونسية ليلى الماجري
      if (isNamedPerson(of) && of.role().startsWith("لل")) {
        history.remember(new Speaker(of.name(), "ال" + of.role().substring(2), SpeakerType.PERSON, ""));
      }
      return;
    }
    if (Lexicon.RANKS.contains(head) && NameSpans.namesAPlace(t, i)) {
      return; // مركز الملك عبد الله المالي: the place named after him, not someone who is there
    }
    boolean participle = i + 1 < t.size() && (t.get(i + 1).is("من") || t.get(i + 1).is("الي")); // المقدم من النائب
    if ((Lexicon.ROLE_HEADS.contains(head) || Lexicon.RANKS.contains(head)) && !participle
        || Lexicon.PERSON_NOUNS.contains(w) || Lexicon.ORGANIZATIONS.contains(head) && !head.startsWith("ال")) {
      int end = t.phraseEnd(i);
      for (int k = i + 1; k < end; k++) {
        String joined = t.get(k).norm();
        if (joined.startsWith("و") && Lexicon.REPORTING_VERBS.contains(joined.substring(1))
            || Lexicon.REPORTING_VERBS.contains(joined)) { // والوزير يعلن خطة: the role, then what it announces
          end = k; // يأتي المحافظ ويقول, وزير الخارجية فلان قال، في مؤتمر: the role, then what he says
          break;
        }
        boolean counted = Numbers.digits(joined) != null && !DateExtractor.isYearToken(joined)
            || Numbers.word(joined) != null; // لكل متحدث عشر دقائق: a role counted out
        boolean doing = k + 1 < end && NameWords.isPresentVerb(joined)
            && Lexicon.PHRASE_STOPS.contains(t.get(k + 1).norm()); // الوزير يدافع عن الأرقام: what a role does
        if (counted || doing) {
          if (k == i + 1) {
            return; // the role alone, no one named
          }
          end = k;
          break;
        }
      }
      int[] apposed = Lexicon.ROLE_HEADS.contains(head) && end < t.size() && NameWords.isComma(t, end)
          ? speakers.nameSetOff(t, end, t.size()) : null; // أشرف وزير الصحة، عبد الكريم بوزيد، على …
      Speaker parsed = speakers.parse(t, i, apposed != null ? apposed[1] : end);
      Speaker ranked = Lexicon.RANKS.contains(head) && apposed == null && parsed != null
          && Tokens.of(parsed.name()).size() >= 3 ? rankedAgain(t, i) : null;
      if (ranked != null) {
        history.introduced(ranked); // يطفئ الحاج سيد النار: the one named so before, now in the scene
        return;
      }
      history.remember(parsed);
    }
  }

  /**
   * Someone named before by the rank at {@code rank} and the given name after it, when the next word is not
   * their name's: {@code يطفئ الحاج سيد النار}, after {@code الحاج سيد الزغبي}. Null otherwise.
   */
  private Speaker rankedAgain(Tokens t, int rank) {
    if (rank + 2 >= t.size() || !t.get(rank + 1).word()) {
      return null;
    }
    return history.rankedAgain(t.get(rank).norm(), t.get(rank + 1).norm(), t.get(rank + 2).norm());
  }

  /** Whether words are only a description, each with its article: الحرفي الفلسطيني, not الهادي الزريبي. */
  private static boolean isDescription(Tokens words) {
    return words.size() > 0 && !Lexicon.DEFINITE_GIVEN_NAMES.contains(words.get(0).norm())
        && words.list().stream().allMatch(w -> w.word() && w.norm().startsWith("ال"));
  }

  /** Whether a word has the shape of a plural of four root letters, a noun and no name: تلاميذ, تفاصيل. */
  private static boolean isBrokenPlural(String w) {
    return w.length() == 6 && w.charAt(2) == 'ا' && w.charAt(4) == 'ي';
  }

  /** Whether a word is a participle in the sound masculine plural, people and no name: مسؤولين, ممثلين. */
  private static boolean isPeople(String w) {
    return w.length() >= 6 && w.startsWith("م") && (w.endsWith("ين") || w.endsWith("ون"));
  }

  /** Whether a word opens a role or a rank: مهندسة, المدير, الدكتور. */
  private static boolean isRoleWord(String w) {
    String head = Clitics.known(w, Lexicon.HEADS);
    return NameWords.isRoleHead(head) || Lexicon.RANKS.contains(w)
        || Lexicon.RANKS.contains("ال" + w) || Lexicon.PERSON_NOUNS.contains(w);
  }

  /** The end of a phrase that a short quoted name interrupts: الرئيس التنفيذي لشركة "صوما باي" للتكنولوجيا. */
  private static int pastQuotedName(Tokens t, int end) {
    int close = end + 2 < t.size() && QuoteMarks.isMark(t.get(end).norm())
        ? QuoteMarks.closingAfterWords(t, end, QUOTED_NAME_WORDS) : -1;
    if (close < end + 2) {
      return end;
    }
    return close + 1 < t.size() && t.get(close + 1).word() ? t.phraseEnd(close + 1) : close + 1;
  }

  /** The most words of a company's or a paper's name in quotation marks inside a role. */
  private static final int QUOTED_NAME_WORDS = 4;

  /** The end of a phrase ending at {@code end}, or past the name set off by commas after it: …، مريم الشامسي،. */
  private int withNameSetOff(Tokens t, int end) {
    if (end >= t.size() || !NameWords.isComma(t, end)) {
      return end;
    }
    int next = t.phraseEnd(end + 1);
    int first = end + 1 < t.size() && Lexicon.RANKS.contains(t.get(end + 1).norm()) ? end + 2 : end + 1;
    boolean name = next - first >= 2 && next - first <= NameWords.MAX_NAME_WORDS + 1 // الدكتورة مريم عبد الله النعيمي
        && speakers.allNameWords(t, first, next);
    return name ? next : end;
  }

  /** How far before a description after a comma the person it describes may have been named. */
  private static final int DESCRIPTION_REACH = 14;

  /** Where an unnamed person's description after a scene verb may end (its comma), or -1 if a name follows. */
  private static int unnamedReach(Tokens t, int start) {
    int to = NameWords.nextComma(t, start, Math.min(t.size(), start + UNNAMED_REACH));
    for (int k = start + 1; k < to; k++) {
      if (NameWords.isNamedAs(Clitics.withoutConjunction(t.get(k).norm()))) {
        return -1; // يجلس سائق يبلغ من العمر 28 عاما ويدعى أمين بلقاسمي: named after all
      }
    }
    return to;
  }

  /** How far an unnamed person's description after a scene verb may run: جلست امرأة في الثلاثينيات على …. */
  private static final int UNNAMED_REACH = 12;

  /** The most words of an organization between a verb of issuing and what it issued: أصدر نادي الشرطة بيانا. */
  private static final int ISSUER_WORDS = 6;

  /** How far past an interviewing verb the interviewee's rank may stand, after the interviewer and a role. */
  private static final int INTERVIEWED_REACH = 14;

  private static boolean isNamedPerson(Speaker s) {
    return s != null && s.type() == SpeakerType.PERSON && Tokens.of(s.name()).list().size() >= 2;
  }

  /** The first token at or after {@code k} past an outlet's name, quoted or not: «البيان», "الشرق", صحيفة. */
  static int pastOutlet(Tokens t, int k) {
    while (k < t.size()) {
      if (QuoteMarks.isMark(t.get(k).norm())) {
        int close = QuoteMarks.closingAfterWords(t, k, MAX_OUTLET_WORDS);
        k = close > 0 ? close + 1 : k + 1; // «عدن الغد»
      } else if (NameWords.isOutlet(t.get(k).norm())) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** The most words a quoted outlet's name runs to: «عدن الغد», "موزاييك أف أم". */
  private static final int MAX_OUTLET_WORDS = 4;

  /**
   * A kunya set off by commas right after a name and its age ({@code إبراهيم الحجي (67 عاما)، أبو محمود،}) or
   * right before them ({@code أما أم ياسر، خديجة العمر (60 عاما)، فتقف}): remembered as that person's, so later
   * quotations by the kunya are theirs. Whether there was one.
   */
  private boolean apposedKunya(Tokens t, int i) {
    if (i < 1 || i + 3 >= t.size() || !Lexicon.KUNYA.containsKey(t.get(i).norm()) || !t.get(i + 1).word()
        || !NameWords.isComma(t, i + 2)) {
      return false;
    }
    if (history.calledSo(t, i) != null) {
      return true; // يعمل أبو جمعة، كما يعرفه زملاؤه، 10 ساعات: the one just introduced
    }
    String kunya = SpeakerHistory.kunya(t, i);
    Speaker person = null;
    if (NameWords.isComma(t, i - 1) && i >= 3 && t.get(i - 2).is(")")) {
      person = nameBeforeComma(t, i - 1); // فواز الربضي (58 عاما)، أبو علي،
    } else if (NameWords.isComma(t, i - 1) || !t.get(i - 1).word() || Lexicon.SCENE_VERBS.contains(t.get(i - 1).norm())
        || Lexicon.OPENING_PARTICLES.contains(Clitics.withoutConjunction(t.get(i - 1).norm()))) {
      int first = i + 3 < t.size() && (t.get(i + 3).is("واسمها") || t.get(i + 3).is("واسمه")) ? i + 4 : i + 3;
      int open = first; // تجلس أم فيصل، واسمها نوف بنت عبدالله المطيري (29 عاما)،
      while (open < t.size() && open - first <= NameWords.MAX_NAME_WORDS && t.get(open).word()) {
        open++;
      }
      if (open > first + 1 && open + 1 < t.size() && t.get(open).is("(")) {
        person = speakers.parse(t, first, open); // أما أم ياسر، خديجة العمر (60 عاما)،
      }
    }
    if (person == null && NameWords.isComma(t, i - 1) && i >= 3 && t.get(i - 2).word()) {
      Speaker before = nameBeforeComma(t, i - 1); // هو سليم عبد الله الحنبلي، أبو جمال، الذي يعمل هنا
      int n = before == null ? 0 : Tokens.of(before.name()).size();
      person = n >= 2 && i - 1 - n >= 0 && MatchText.key(t.original(i - 1 - n, i - 1)).equals(MatchText.key(before.name()))
          ? before : null; // written in full right before the kunya, not زوجة عم حسني، أم شريف
    }
    if (person == null || person.type() != SpeakerType.PERSON || Tokens.of(person.name()).size() < 2) {
      return false;
    }
    history.introduced(person);
    history.nickname(kunya, person);
    return true;
  }

  /** A Gulf kunya written as one word, as a later mention writes it (بوعادل, and ببوعادل after ب); null if not. */
  static String joinedKunya(String w) {
    String bare = w.startsWith("ببو") ? w.substring(1) : w;
    return bare.startsWith("بو") && bare.length() >= 5 && !bare.startsWith("بول") ? bare : null;
  }

  /**
   * A nickname given after a name set off by a comma: {@code ينتظر خالد العدوان، وهو سائق يناديه جيرانه أبو
   * حمزة} or {@code الصياد عبده سالم باحميش، المعروف بين زملائه بأبي وائل}. Later quotations by the
   * nickname are the named person's; so is a kunya before كما يناديه (فلان، أبو سالم كما يناديه الطلاب،).
   */
  private void nickname(Tokens t, int i) {
    if (i >= 4 && t.get(i - 1).is("كما") && Lexicon.KUNYA.containsKey(t.get(i - 3).norm()) && t.get(i - 2).word()
        && NameWords.isComma(t, i - 4)) {
      Speaker named = nameBeforeComma(t, i - 4); // محمود سالم الخوالدة، أبو سالم كما يناديه الطلاب،
      if (named != null && named.type() == SpeakerType.PERSON && Tokens.of(named.name()).size() >= 2) {
        history.nickname(SpeakerHistory.kunya(t, i - 3), named);
        return;
      }
    }
    int at = i + 1;
    while (at < Math.min(t.size() - 1, i + 5) && t.get(at).word() && !Lexicon.KUNYA.containsKey(t.get(at).norm())
        && joinedKunya(t.get(at).norm()) == null) {
      at++;
    }
    int from = at;
    int to = at + 2;
    String oneWord = at < t.size() ? joinedKunya(t.get(at).norm()) : null;
    if (oneWord != null) {
      from = at; // الذي يعرفه جيرانه ببوعادل, باسم بوخلفان: a Gulf kunya written as one word
      to = at + 1;
    } else if (at < t.size() && QuoteMarks.isMark(t.get(at).norm())) {
      from = at + 1; // يلقبه رفاقه "بوحديدة", أو "أم أحمد" كما يناديها الجيران
      to = from;
      while (to < Math.min(t.size(), from + 3) && t.get(to).word()) {
        to++;
      }
      if (to == from || to >= t.size() || !QuoteMarks.isMark(t.get(to).norm())) {
        return;
      }
    } else if (at >= t.size() - 1 || !Lexicon.KUNYA.containsKey(t.get(at).norm()) || !t.get(at + 1).word()) {
      return;
    }
    StringBuilder nick = new StringBuilder(oneWord != null ? oneWord
        : Lexicon.KUNYA.getOrDefault(t.get(from).norm(), t.get(from).norm()));
    for (int k = from + 1; k < to; k++) {
      nick.append(' ').append(t.get(k).norm()); // أبو حمزة, بأبي وائل → أبو وائل
    }
    int comma = i - 1;
    while (comma > 0 && t.get(comma).word() && i - comma < 12) {
      comma--;
    }
    Speaker person = comma > 0 && NameWords.isComma(t, comma) ? nameBeforeComma(t, comma) : null;
    int before = comma - 1;
    while (person == null && before > 0 && t.get(before).word() && comma - before < 8) {
      before--;
    }
    if (person == null && comma > 0 && NameWords.isComma(t, comma) && before > 0 && NameWords.isComma(t, before)) {
      person = nameBeforeComma(t, before); // يجلس عبد الرحمن، دكتور في الهندسة، يناديه زملاؤه «الشيخ»: the name
    } // before what he is, set off between commas
    boolean joined = i > 0 && NameWords.isComma(t, i - 1) && t.get(i).norm().startsWith("و"); // …، ويناديه الجميع
    if (person == null && (t.get(i).is("باسم") || opensSentence(t, i) || joined) && history.current() != null
        && history.current().type() == SpeakerType.PERSON && !history.current().name().isEmpty()) {
      person = history.current(); // ويعرف الرجل باسم "أبو علي"; يناديه التجار "أبو حيدر", after the one just named
    }
    if (person != null) {
      history.nickname(nick.toString(), person);
    }
  }

  /** Whether the sentence of token {@code i} opens with a place or time before its verb: وسط غابة زيتون، يشرف. */
  private static boolean afterOpener(Tokens t, int i) {
    int start = i - 1;
    while (start > 0 && !opensSentence(t, start)) {
      start--;
    }
    String first = t.get(start).norm(); // وسط is no و + سط
    if (!Clitics.in(first, Lexicon.PHRASE_STOPS) && !Clitics.in(first, Lexicon.OPENERS)) {
      return false;
    }
    for (int k = start + 1; k < i - 1; k++) {
      String w = t.get(k).norm();
      if (NameWords.isComma(t, k - 1) && w.length() > 2 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت')) {
        return false; // …، تجلس فاطمة أمام خيمتها، تفرز حبات اللوز: the opener's verb came before, this goes on
      }
    }
    return true;
  }

  /**
   * The subject of كان … قد, a person named before what they did: {@code وكان مدير الدائرة الدكتور فلان قد
   * تفقد المستشفى}. A quotation that names no one next is theirs ({@code وقال للصحفيين: "…"}).
   */
  private void pastSubject(Tokens t, int kana) {
    for (int k = kana + 2; k < Math.min(t.size(), kana + 12) && t.get(k).word(); k++) {
      if (t.get(k).is("قد")) {
        Speaker subject = speakers.parse(t, kana + 1, k);
        if (subject != null && subject.type() == SpeakerType.PERSON && !subject.name().isEmpty()) {
          history.introduced(history.resolve(subject, "").speaker());
        }
        return;
      }
    }
    int name = kana + 1;
    if (name + 1 < t.size() && (NameWords.isComma(t, name + 1) || t.get(name + 1).is("لا"))
        && !NameWords.hasArticle(t, name) && speakers.isNameWord(t, name)) {
      Speaker known = history.byOneName(t.get(name).norm()); // وعند الثالثة، كانت سعاد لا تزال تنتظر
      history.introduced(known != null ? known : new Speaker(t.original(name, name + 1), "", SpeakerType.PERSON, ""));
    } // كانت خديجة، وهي أم لثلاثة أطفال، تنتظر أمام المدرسة: someone named by her first name alone
    int end = name < t.size() && t.get(name).word() ? speakers.nameEnd(t, name, t.phraseEnd(name)) : name;
    if (end - name >= 2 && end < t.size() && NameWords.isComma(t, end) && !NameWords.hasArticle(t, name)
        && speakers.isNameWord(t, name) && !NameWords.isKinship(t, name)) { // not كانت زوجة يوسف، أم عامر
      history.introduced(new Speaker(t.original(name, end), "", SpeakerType.PERSON, "")); // كان محمود الغريب،
    } // صاحب مركب صيد، يفرز ما عاد به: named in full, then what he is
  }

  /** Whether token {@code i} opens its sentence, alone or after و. */
  private static boolean opensSentence(Tokens t, int i) {
    return i == 0 || t.get(i - 1).is(".") || t.get(i - 1).is("؟") || t.get(i - 1).is("!");
  }

  /** The most tokens of a role before the name set off after it: رئيس التعاضدية الفلاحية «النور» بمعتمدية الحنشة. */
  private static final int MAX_ROLE_WORDS = 16;

  /** A definite role from {@code start}, then a name set off by commas, as one person; null if not so. */
  private Speaker roleWithNameSetOff(Tokens t, int start) {
    if (start + 1 >= t.size() || !Lexicon.ROLE_HEADS.contains(t.get(start).norm())
        || !NameWords.hasArticle(t, start) && !NameWords.hasArticle(t, start + 1)) {
      return null; // الرئيس التنفيذي للهيئة، or رئيس التعاضدية، before the name
    }
    int first = NameWords.nextComma(t, start, Math.min(t.size(), start + MAX_ROLE_WORDS + 1));
    int second = first < t.size()
        ? NameWords.nextComma(t, first + 1, Math.min(t.size(), first + NameWords.MAX_NAME_WORDS + 2)) : first;
    if (first >= t.size() || second >= t.size() || !NameWords.isComma(t, first) || !NameWords.isComma(t, second)
        || second - first - 1 < 2 || !speakers.allNameWords(t, first + 1 + (ranked(t, first + 1) ? 1 : 0), second)) {
      return null;
    }
    Speaker named = speakers.parse(t, start, second);
    return named != null && named.type() == SpeakerType.PERSON && !named.name().isEmpty()
        && !named.name().equals(named.role()) ? named : null;
  }

  /** How far before a verb the interview it opens may be named: وفي هذا الحوار مع الجزيرة نت، يتحدث. */
  private static final int INTERVIEW_REACH = 7;

  /** Whether an interview is named in the few words before the verb at {@code i}: في هذا الحوار، يتحدث. */
  private static boolean inInterview(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - INTERVIEW_REACH; k--) {
      if (Lexicon.INTERVIEWS.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  private static boolean ranked(Tokens t, int i) {
    return i < t.size() && Lexicon.RANKS.contains(t.get(i).norm()); // …، المهندس عمر الخطيب،
  }

  /**
   * The subject of a present-tense verb that opens a sentence, when it is a name of two to four words that a
   * preposition or a comma ends: {@code تجلس حواء آدم عبد الله أمام خيمتها}. Null otherwise.
   */
  private Speaker subjectAfter(Tokens t, int verb) {
    int start = verb + 1;
    if (start + 1 < t.size() && (t.get(start).is("احد") || t.get(start).is("احدي"))
        && NameWords.hasArticle(t, start + 1)) { // تقطع إحدى المتطوعات البصل: one of them, unnamed
      return new Speaker(t.original(start, start + 2), "", SpeakerType.PERSON, "");
    }
    Speaker roleAndName = roleWithNameSetOff(t, start);
    if (roleAndName != null) {
      return roleAndName; // تحدث الرئيس التنفيذي للهيئة، جاسم عبدالله المناعي، عن خطط الهيئة
    }
    int to = start + 1 < t.size() && Lexicon.UNNAMED_PEOPLE.contains(t.get(start).norm()) && !t.get(start).is("احد")
        && !t.get(start).is("احدي") && t.get(start + 1).word() && !NameWords.hasArticle(t, start + 1)
        ? unnamedReach(t, start) : -1;
    if (to > 0) {
      Speaker described = UnnamedPeople.inScene(speakers, t, start, to);
      if (described != null && described.type() == SpeakerType.PERSON) { // ينتظر سائق أجرة في الخمسينيات الركاب
        String who = described.name().isEmpty() ? described.role() : described.name();
        return new Speaker(who, who, SpeakerType.PERSON, "");
      }
    }
    boolean definiteName = start + 1 < t.size() && Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(start).norm())
        && t.get(start + 1).word() && !NameWords.isStop(t, start + 1); // يقف الحسين بوزيد
    if (start >= t.size() || !t.get(start).word() || NameWords.hasArticle(t, start) && !definiteName
        || t.get(start).norm().endsWith("ون") || Lexicon.GROUPS.contains(t.get(start).norm())
        || t.get(start).norm().endsWith("ات") && t.get(start).norm().length() >= 4) { // تقلّب حبات الطماطم
      return null; // not يجتمع متقاعدون كل صباح, تبرز شركات ناشئة: a group, not someone named
    }
    if (NameWords.isKinship(t, start)) {
      int comma = start + 1;
      while (comma < t.size() && comma <= start + 2 && NameWords.hasArticle(t, comma)) {
        comma++; // تجلس والدته المسنة، أم سالم،: his mother, old, then her name set off
      }
      int[] setOff = comma > start + 1 && comma < t.size() && NameWords.isComma(t, comma)
          ? speakers.nameSetOff(t, comma, t.size()) : null;
      if (setOff != null) {
        return new Speaker(t.original(setOff[0], setOff[1]), t.original(start, comma), SpeakerType.PERSON, "");
      }
    }
    if (Lexicon.OWNED.contains(t.get(start).norm())) {
      return null; // وتمتد مزرعة العبري على مساحة: his farm, not someone named
    }
    int name = NameWords.hasPronoun(t, start) ? start + 1 : start; // تنتظر زوجته أم محمد: whose wife, then her name
    String given = name < t.size() ? t.get(name).norm() : "";
    Speaker known = name + 1 < t.size() && !Lexicon.NAME_LINKS.contains(given)
        && !Lexicon.COMPOUND_NAME_HEADS.contains(given) ? history.byOneName(given) : null; // not أبو, عبد
    List<Tokens.Token> full = known == null ? List.of() : Tokens.of(known.name()).list();
    if (full.size() >= 2 && full.get(0).norm().equals(t.get(name).norm())
        && (!full.get(1).norm().equals(t.get(name + 1).norm()) || writtenAt(t, name, full))) {
      return known; // تعيد خديجة الألبوم إلى كيسه: خديجة حسن, named before; يلتفت عبده سالم ويقول: him again
    }
    Speaker byKunya = (given.equals("ابو") || given.equals("ام")) && name + 2 < t.size()
        ? history.byOneName(t.get(name + 1).norm()) : null;
    List<Tokens.Token> kunya = byKunya == null ? List.of() : Tokens.of(byKunya.name()).list();
    if (kunya.size() == 2 && kunya.get(0).norm().equals(given)) {
      return byKunya; // يقلب أبو زياد الدلة بين يديه: أبو زياد, named before, and what he turns over
    }
    if ((given.equals("ابو") || given.equals("ام")) && name + 2 < t.size() && t.get(name + 1).word()
        && !NameWords.hasArticle(t, name + 1) && (NameWords.hasPronoun(t, name + 2) || t.endsAsWritten(name + 2, "ه"))) {
      return new Speaker(t.original(name, name + 2), "", SpeakerType.PERSON, ""); // يعد أبو فهد أغنامه
    }
    int end = name < t.size() ? speakers.nameEnd(t, name, t.phraseEnd(name)) : name;
    if (end == name + 1 && name == start && end + 1 < t.size() && NameWords.isComma(t, end)
        && (t.get(end + 1).is("وهو") || t.get(end + 1).is("وهي")) && history.byOneName(t.get(name).norm()) == null
        && speakers.isNameWord(t, name)) {
      return new Speaker(t.original(name, end), "", SpeakerType.PERSON, ""); // يجلس رامي، وهو سائق شاب
    }
    if (end == name + 1 || name + 1 < t.size() && Lexicon.VERB_OBJECTS.contains(t.get(name + 1).norm())) {
      return history.byOneName(t.get(name).norm()); // يضع محمود ما تبقى, تتدرب رحمة ست حصص: named before
    }
    boolean ends = end >= t.size() || !t.get(end).word() || NameWords.isStop(t, end)
        || end - name >= 2 && t.get(end).norm().startsWith("ب") // تمسك سهى دقماق بيد ابنها: with what she does
        || end - name >= 2 && NameWords.hasArticle(t, end - 1) && !NameWords.hasArticle(t, end); // يمسح محمود الشامي زجاج
    for (int k = name + 1; k < end; k++) {
      if (t.get(k).norm().startsWith("وال")) {
        return null; // تنبعث رائحة الأرز والسمك: things joined by و, which no name is
      }
      if (NameWords.isKinship(t, k) && NameWords.endsInPronoun(t, k)) {
        return null; // تحمل صورة ابنها المعتقل: what she holds, of her son, not who she is
      }
    }
    Speaker named = end - name >= 2 && ends && !isBrokenPlural(t.get(name).norm()) // تعود تفاصيل الواقعة إلى
        ? speakers.parse(t, start, end) : null;
    return named != null && named.type() == SpeakerType.PERSON && named.role().isEmpty() == (name == start)
        && Tokens.of(named.name()).list().size() == end - name && speakers.allNameWords(t, name, end) ? named : null;
  }

  /** Whether the words of {@code name} stand in {@code t} from {@code k} on. */
  private static boolean writtenAt(Tokens t, int k, List<Tokens.Token> name) {
    if (k + name.size() > t.size()) {
      return false;
    }
    for (int j = 0; j < name.size(); j++) {
      if (!t.get(k + j).norm().equals(name.get(j).norm())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person named right before a comma: the speaker just named if the name ends there ({@code وقال فلان،
   * وهو …}), or the name after the verb that opens the clause ({@code ينتظر خالد العدوان، وهو …}). Null if
   * those words name no one.
   */
  private Speaker nameBeforeComma(Tokens t, int comma) {
    int open = comma > 3 && t.get(comma - 1).is(")") ? NameWords.parenthesisOpening(t, comma - 1) : -1;
    if (open > 1) {
      comma = open; // عبد الرحيم محمد أحمد (63 عاما)، المعروف بـ"أبو الطيب": the name before the age
    }
    Speaker person = history.current();
    List<Tokens.Token> words = person == null ? List.of() : Tokens.of(person.name()).list();
    if (!words.isEmpty() && words.get(words.size() - 1).norm().equals(t.get(comma - 1).norm())) {
      return person;
    }
    for (int k = Math.max(0, comma - DESCRIPTION_REACH); !words.isEmpty() && k < comma - 1; k++) {
      if (t.get(k).norm().equals(words.get(words.size() - 1).norm()) && NameWords.isComma(t, k + 1)) {
        return person; // حاورت هسبريس فلانا، عضو لجنة الإعلام في التنسيق الوطني، وهو أستاذ: still the one named
      }
    }
    Speaker known = opensSentence(t, comma - 1) && t.get(comma - 1).word()
        ? history.byFirstNameInText(t.get(comma - 1).norm()) // خالد، أو أبو فراس: a paragraph's first word
        : history.byOneName(t.get(comma - 1).norm());
    if (known != null) {
      return known; // ويقول الزبيدي، الذي يعرفه الصيادون باسم "أبو ناصر": the surname of someone named before
    }
    int start = comma;
    while (start > 0 && t.get(start - 1).word() && comma - start <= NameWords.MAX_NAME_WORDS
        && !SpeakerNames.opensClause(t.get(start - 1).norm()) && !t.get(start - 1).is("لم")) {
      start--; // not ويقول, the verb before the name; not لم تُخفِ سعاد المبروك، وهي: a negated verb before it
    }
    boolean verbBefore = start > 0 && SpeakerNames.opensClause(t.get(start - 1).norm());
    int from = comma - start > 2 && !verbBefore ? start + 1 : start;
    person = speakers.parse(t, from, comma);
    Tokens name = person == null ? null : Tokens.of(person.name());
    return person != null && person.type() == SpeakerType.PERSON && name.size() > 0
        && !NameWords.hasArticle(name, 0) && speakers.allNameWords(name, 0, name.size())
        ? person : null; // not بقيمة 35 مليار دولار، وهو: a sum, which no one is
  }

  /**
   * Someone described by age: the name after an age adjective (الخمسيني جاسم محيسن) or before an age in
   * parentheses (سارة أبو عودة (18 عاما)), kept as the person the next quotations are likely to be by.
   */
  private void introducedBefore(Tokens t, int i) {
    int start;
    int end;
    int opened = t.size(); // where the words before an age start, when there is one
    if (t.get(i).is("(")) {
      end = i;
      start = end;
      int words = 0;
      while (start > 0 && words < 3 && t.get(start - 1).word() && !NameWords.isStop(t, start - 1)) {
        start--;
        words += Lexicon.NAME_LINKS.contains(t.get(start).norm()) || t.get(start).is("عبد") ? 0 : 1;
      } // كريم عبد الأمير الساعدي: a compound given name is one
      if (start > 0 && t.get(start - 1).is("عبد") && !NameWords.isStop(t, start - 1)) {
        start--; // عبد الأمير حسون الكرخي: the given name's first word, past the three counted
        if (start > 0 && Lexicon.RANKS.contains(t.get(start - 1).norm())) {
          start--; // الحاج عبد الكريم يحيى موسى: and the rank before it
        }
      }
      if (start + 2 < end && t.get(start + 1).is("عبد") && opensSentence(t, start) && t.get(start).norm().length() <= 3) {
        start++; // درّس عبد الكريم الحسن (71 عاما): the sentence's verb
      }
      if (start + 2 < end && (start == 0 || !t.get(start - 1).word()) && (t.get(start).norm().length() <= 2
          || SpeakerNames.opensClause(t.get(start).norm()))) {
        start++; // في المنطقة، شق أحمد الخطيب (27 عاما): the clause's verb, then the name
      }
      if (start + 2 == end && (start == 0 || !t.get(start - 1).word()) && t.get(start).norm().length() == 3
          && !NameWords.hasArticle(t, start + 1) && history.byGivenName(t.get(start + 1).norm()) != null) {
        start++; // ترك مازن (27 عاما) دراسة المحاسبة: a verb, then the first name of someone named before
      }
      boolean afterVerb = start > 0 && NameWords.isPresentVerb(t.get(start - 1).norm()); // يرفع بابكر الطيب عبد الله
      if (start + 2 < end && !t.get(start).norm().startsWith("ال") && !t.get(start).is("عبد") && !afterVerb
          && Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(start + 1).norm())) {
        start++; // وقف الهادي الزريبي (58 عاما): the name starts at its given name, not at the verb before it
      }
      opened = start;
      while (start < end && (NameWords.isNamedAs(t.get(start).norm())
          || Clitics.in(t.get(start).norm(), Lexicon.REPORTING_VERBS) // وقال كيبروتيتش (27 عاما)
          || Clitics.in(t.get(start).norm(), Lexicon.BEING) // كانت التلميذة هبة (11 عاما)
          || start + 1 < end && Lexicon.RANKS.contains(t.get(start + 1).norm()) // يقف الحاج أبو جاسم (68 عاما)
          && !t.get(start).is("عبد") // not عبد الأمير حسون الكرخي, a given name of two words
          || start + 2 < end && NameWords.isSceneVerb(t.get(start).norm()) // يقلّب أبو عمر الرفاعي (71 عاما)
          && (t.get(start + 1).is("ابو") || t.get(start + 1).is("ام"))
          || start + 2 < end && NameWords.isPresentVerb(t.get(start).norm()) && (!t.endsAsWritten(start + 1, "ة")
          || start + 3 < end && (t.get(start + 2).is("عبد") || Lexicon.NAME_LINKS.contains(t.get(start + 2).norm())))
          // ترقد آمنة عبد الله (23 عاما): a verb, then her name and her father's
          && !Lexicon.COMPOUND_NAME_HEADS.contains(t.get(start + 1).norm()) // يربي سالم الخالدي (45 عاما): a verb,
          // then who; not تبدأ نوبة فاطمة, whose shift begins, nor يغمس عبد الرزاق, left for the full name later
          || t.get(start).norm().startsWith("ال") && !Lexicon.NAME_LINKS.contains(t.get(start + 1).norm())
          && !Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(start).norm()) // الهادي الزريبي (58 عاما)
          && !Lexicon.RANKS.contains(t.get(start).norm()) // الحاج أبو جاسم (68 عاما)
          || start + 1 < end && t.get(start).norm().startsWith("و") && (start == 0 || !t.get(start - 1).word())
          && history.namesSomeone(t.get(start + 1).norm()))) { // وقطع كيبروتو (26 عاما): a verb, then a name
        start++; // الحكومية نورة العجمي, تدعى فاطمة سعيد: the description's last word is no part of the name
      }
    } else {
      start = i + 1;
      // الصياد الستيني سالم الرميثي علاقة أهل الساحل: the name, not the verb's object after it
      end = speakers.nameEnd(t, start, t.phraseEnd(start));
    }
    boolean description = start > 0 && (Lexicon.DESCRIBING.contains(t.get(start - 1).norm())
        || NameWords.isComma(t, start - 1) && (Lexicon.KINSHIP.contains(t.get(start).norm())
        || Lexicon.ELDEST.contains(t.get(start).norm()))); // مريم، كبرى بنات آمنة (15 عاما): whose she is
    if (end - start >= 2 && !description) { // not وهي ربة بيت (44 عاما): what she is, after her name
      String written = t.original(start, end);
      boolean fa = t.get(start).norm().startsWith("فال")
          && Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(start).norm().substring(1));
      history.introduced(new Speaker(fa ? written.substring(1) : written, "", SpeakerType.PERSON, "")); // فالمهدي
      Double years = t.get(i).is("(") ? Numbers.digits(t.get(i + 1).norm()) : null;
      if (years != null) {
        history.aged(years.intValue()); // الرجل الخمسيني later is whoever was 58
      }
    } else if (end - start == 1 && start > opened && NameWords.hasArticle(t, start - 1) && speakers.isNameWord(t, start)) {
      // كانت التلميذة هبة (11 عاما): a first name after what she is; التقينا فاطمة (38 عاما): after the
      // interviewer's verb, which is no description, and written in full earlier (تعيش فاطمة عبد الرحيم)
      boolean met = Clitics.in(t.get(start - 1).norm(), Lexicon.INTERVIEWING);
      Speaker first = new Speaker(t.original(start, end), met ? "" : t.original(start - 1, start), SpeakerType.PERSON, "");
      history.introduced(met ? history.resolve(first, "").speaker() : first);
    } else if (end - start == 1 && opensSentence(t, start) && speakers.isNameWord(t, start)) {
      Speaker known = history.byFirstNameInText(t.get(start).norm()); // نعمات (47 عاما) وصلت, after the lead's
      if (known != null) { // تكون نعمات عثمان إدريس قد خبزت: the first name of the one named in full
        history.introduced(known);
      }
    }
  }


}
