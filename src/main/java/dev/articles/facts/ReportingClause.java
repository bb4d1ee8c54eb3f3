package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;
import dev.articles.text.MatchText;

/**
 * Reads a reporting verb in running text ({@code وقال}, {@code أكدت}, {@code بحسب}, {@code مضيفا}) and finds
 * whom it attributes speech to.
 *
 * <p>The speaker is the phrase between the verb and what introduces the speech (a colon, a quotation mark,
 * {@code إن}/{@code أن}), once the words that name no one are stepped over: the outlet spoken to, {@code من
 * جهته}, a participle, the object of a verb of purpose. A verb with no such phrase ({@code وأضاف: "…"}) takes
 * its subject from elsewhere in the sentence ({@link SentenceSubjects}) or carries the last speaker on. A
 * phrase with no speech after it ({@code وقال الوزير في مؤتمر صحفي.}) is remembered for the quotations that
 * follow.
 */
final class ReportingClause {
  /** How far past a verb the introducer may stand: وقال الوزير X، خلال زيارة إلى ولاية Y، إن …. */
  static final int INTRODUCER_REACH = 30;

  private final SpeakerParser speakers;
  private final SpeakerHistory history;
  private final Introductions introductions;
  private final SentenceSubjects subjects;
  private final EarlierSubjects earlier;

  ReportingClause(SpeakerParser speakers, SpeakerHistory history, Introductions introductions,
                  SentenceSubjects subjects, EarlierSubjects earlier) {
    this.speakers = speakers;
    this.history = history;
    this.introductions = introductions;
    this.subjects = subjects;
    this.earlier = earlier;
  }

  /**
   * Whether لافتة or لافتا describes the noun before it (في مداخلة لافتة): it draws attention to speech only
   * when what it draws attention to follows (لافتا إلى, لافتة النظر).
   */
  private static boolean isAdjective(Tokens t, int i, String word) {
    if (!word.startsWith("لافت")) {
      return false;
    }
    String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
    return !next.equals("الي") && !next.equals("النظر") && !next.equals("الانتباه");
  }

  /**
   * The attribution of a reporting verb at {@code i}; null if {@code i} is no verb, or names a speaker with no
   * speech after it. {@code inSentence} is the attribution the sentence made last, {@code firstInSentence} the
   * one it made first.
   */
  Attribution read(Tokens t, int i, int[] sentence, Attribution inSentence, Attribution firstInSentence) {
    String word = Clitics.withoutConjunction(t.get(i).norm());
    String verb = t.original(i, i + 1);
    if (Lexicon.CONTINUING_PARTICIPLES.contains(word) && !isAdjective(t, i, word)) {
      boolean saidSince = inSentence != null && !inSentence.inferred() && inSentence != firstInSentence
          && Lexicon.SAYING.contains(Clitics.withoutConjunction(MatchText.normalize(inSentence.verb())))
          && !(t.endsAsWritten(i, "ة") && isMasculineNoun(inSentence.speaker())); // مؤكدة: not صاحب الضيعة
      return participle(t, i, sentence, verb, saidSince ? inSentence : firstInSentence); // وشكا زوار، إذ قال مواطن …، مضيفا
    }
    word = verbMeant(t, i, word);
    if (i > 0 && t.get(i - 1).is("ما") && Lexicon.REPORTING_WITH_OBJECT.contains(word)) {
      word = word.substring(0, word.length() - (word.endsWith("ها") ? 2 : 1)); // وهو ما اعتبره فلان «…»
    }
    boolean purposive = isPurposive(word); // ويعود ولد سيدي ليؤكد أن
    if (purposive) {
      word = word.substring(1);
    }
    if (describesNoun(t, i)) {
      return null; // وقال فلان، في مداخلة قاطعها أعضاء من الأغلبية: «…»: what befell the speech, not who spoke
    }
    boolean according = Clitics.in(t.get(i).norm(), Lexicon.ACCORDING_TO)
        && (i == 0 || sentence[i - 1] != sentence[i] || NameWords.isComma(t, i - 1)); // …، بحسب مصدر في
    if (withheld(t, i) || !according && !Lexicon.REPORTING_VERBS.contains(word)
        && !Lexicon.REPORTING_VERBS.contains(t.get(i).norm())) {
      introductions.remember(t, i);
      return null;
    }
    Attribution antecedent = relativeClause(t, i, verb);
    if (antecedent != null) {
      return antecedent;
    }
    boolean locative = Lexicon.LOCATIVE_VERBS.contains(word) && i + 1 < t.size() && t.get(i + 1).is("في");
    if (locative && i + 2 < t.size() && (Numbers.digits(t.get(i + 2).norm()) != null
        || Numbers.word(t.get(i + 2).norm()) != null)) {
      return null; // تقريره، الذي جاء في 84 صفحة: its length, not where the words stand
    }
    int from = phraseStart(t, i, word, according, locative);
    int intro = introducer(t, from, sentence);
    int end = intro >= 0 ? intro : t.phraseEnd(from);
    if (Lexicon.VIA_VERBS.contains(word) && i + 1 < t.size() && (t.get(i + 1).is("عنه") || t.get(i + 1).is("عنها"))) {
      return history.carried(verb); // ونقلت عنه صحيفة الوطن قوله: the one just named, through a paper
    }
    if (Lexicon.VIA_VERBS.contains(word)) {
      from = afterAn(t, from, end); // نقلت الوكالة عن المتحدث قوله: the speaker follows عن
    }
    boolean ownSubject = purposive && i > 0 && NameWords.isComma(t, i - 1) && from < end
        && history.byOneName(t.get(from).norm()) != null; // «…»، ليرد البدر بأن: the reply of someone named before
    if (purposive && intro >= 0 && !ownSubject) {
      from = end; // وعاد المدير ليطمئن السكان بأن: the words after a verb of purpose are its object
    }
    int participle = participleAfterComma(t, from, end);
    if (participle < end) {
      end = participle; // وتحذر الرواحية من تناول المسكنات، قائلة: the participle names no one
      Speaker known = intro >= 0 ? history.byOneName(t.get(from).norm()) : null;
      if (known != null) {
        return history.speaking(new Attribution(known, verb, true)); // ودعا فيلدمان الأطراف إلى …، قائلا:
      }
    }
    Speaker nicknamed = history.calledSo(t, from);
    if (nicknamed != null) {
      return history.speaking(new Attribution(nicknamed, verb, true)); // يقول أبو علي، كما يناديه أهل الحي،
    }
    if (from < end && NameWords.isOutlet(t.get(from).norm()) && (end - from <= 3 || describedNext(t, from + 1, end))) {
      from = end; // قال لراديو دبنقا إن, فقال لهسبريس وهو يغالب دموعه: the outlet spoken to, no speaker
    }
    for (int k = from + 1; k < end; k++) {
      String w = t.get(k).norm();
      if (w.startsWith("ل") && Lexicon.OUTLET_NAMES.contains(w.substring(1))
          || w.length() >= 6 && w.startsWith("ل") && w.endsWith("نا") // وقالت الأم لمراسلنا: told to the paper's own
          || (DEMANDING.contains(word) && w.length() > 4 || Lexicon.VERBS_WITH_BI.contains(word) && objectWithBi(t, k))
          && w.startsWith("ب") && w.length() > 3 && !Lexicon.NAME_LINKS.contains(w)
          && NameWords.hasArticle(t, k - 1) && !(k + 1 < t.size() && NameWords.isComma(t, k + 1)
          && speakers.nameSetOff(t, k + 1, t.size()) != null)) { // رئيس الجمعية بالقالة، فلان،: a place, a name
        end = k; // سعاد حسون لعنب بلدي: the outlet told; وطالب ممثل النيابة العامة بتوقيع …: what was demanded
        break;
      }
      if (DEMANDING.contains(word) && NameWords.hasArticle(t, k - 1) && !NameWords.hasArticle(t, k)
          && isDemandedThing(w)) {
        end = k; // التمس ممثل النيابة العامة أقصى العقوبات, تسليط عقوبة: what was requested, after who
        break;
      }
    }
    end = describer(t, i, from, end, intro);
    while (Lexicon.TELLING.contains(word) && end - from >= 2 && (Lexicon.AUDIENCES.contains(t.get(end - 1).norm())
        || Lexicon.OUTLETS.contains(t.get(end - 1).norm()))) {
      end--; // وأبلغ باعبود الصحفيين:, أبلغ مسؤول في الوزارة هسبريس أن: whom they told
    }
    int calledTo = end - from >= 3 && t.get(end - 1).is("الي") ? end - 1 : end;
    if (Lexicon.CALLING.contains(word) && calledTo - 1 > from && Lexicon.CALLED.contains(t.get(calledTo - 1).norm())) {
      end = calledTo - 1; // ودعت وزارة المياه والبيئة المواطنين إلى: whom they called on, and to what
      if (end - 1 >= from && (t.get(end - 1).is("جميع") || t.get(end - 1).is("كل"))) {
        end--; // ودعت جميع الأطراف إلى: all of them, called on by whoever spoke before
      }
    }
    if (isDescribing(t, i) && intro >= 0 && from < end && history.byOneName(t.get(from).norm()) != null) {
      end = from + 1; // ويصف الهادي الوقوف اليومي في الطابور بأنه: someone named before, then what he describes
    }
    if (according && from < end && (Lexicon.OWN_WORDS.contains(t.get(from).norm())
        || ABOUT_WHOM.contains(t.get(from).norm()))) {
      return null; // حسب تعبيره, بحسب ما نقل عنها نواب: the words of whoever spoke, who stays the one speaking
    }
    if (intro < 0) {
      end = apposedEnd(t, from, end); // أعلن وكيل الدفاع عن المتهم الأول، ليث العبادي، عزمه: the name set off
    }
    for (int k = from + 1; k + 2 < end; k++) {
      if (NameWords.isComma(t, k) && t.get(k + 1).is("كما") && (Lexicon.NICKNAMING.contains(t.get(k + 2).norm())
          || Lexicon.KNOWN_AS.contains(t.get(k + 2).norm()))) {
        end = k; // يقول عمي الطاهر، كما يناديه أهل القرية،: who speaks, before what they call him
        break;
      }
    }
    String before = i > 0 ? Clitics.withoutConjunction(t.get(i - 1).norm()) : "";
    if (intro < 0 && before.startsWith("ال") && (Lexicon.ROLE_HEADS.contains(before)
        || Lexicon.ROLE_HEADS.contains(before.substring(2)) || Lexicon.ORGANIZATIONS.contains(before))) {
      return null; // والوزير يعلن خطة, حكومة الولاية تعلن خطة: who stands before the verb, then what it announces
    }
    if (from > 0 && from + 1 < end && Lexicon.ACCORDING_TO.contains(t.get(from - 1).norm())
        && t.get(from).norm().startsWith("ل") && !NameWords.hasArticle(t, from) && NameWords.hasArticle(t, from + 1)) {
      from++; // وفقا لحسابات الاتحاد المصري للاسكواش، الذي قال: whose reckoning it is
    }
    Speaker named = namesNoOne(t, from, end) ? null : speakers.parse(t, from, end);
    if (named == null) { // nothing there, or words that name no one: سألتها ماذا تفعلين، فقالت
      return intro < 0 ? null : subjectElsewhere(t, i, sentence, verb, inSentence, purposive);
    }
    if (locative && intro >= 0 && end - from == 1 && NameWords.hasArticle(t, from) && named != null
        && named.type() == SpeakerType.PERSON && history.byOneName(t.get(from).norm()) == null) {
      // وجاء في الحكم أن: whatever it is in (a ruling, a verdict), the text says it, not the person last named
      return history.speaking(new Attribution(new Speaker(t.original(from, end), "", SpeakerType.DOCUMENT, ""),
          verb, false));
    }
    if (intro < 0) {
      mentioned(t, from, end, according ? indefiniteSource(named) : named);
      return null;
    }
    return history.speaking(history.resolve(named, verb));
  }

  /** A participle that goes on with a speaker: {@code مضيفا}, {@code قائلة}. */
  private Attribution participle(Tokens t, int i, int[] sentence, String verb, Attribution firstInSentence) {
    Speaker just = i >= 3 && NameWords.isComma(t, i - 1) && t.get(i - 3).norm().endsWith("ه")
        ? history.byOneName(t.get(i - 2).norm()) : null;
    if (just != null) {
      return history.speaking(new Attribution(just, verb, true)); // وهو ما رفضه فحص، معتبرا أن: the one just named
    }
    Attribution confessed = earlier.thatClauseSubject(t, i, sentence, verb);
    if (confessed != null) {
      return confessed; // بحسب أوراق القضية، فإن المتهم الأول اعترف قائلا: the one who confessed
    }
    if (firstInSentence != null && !firstInSentence.inferred()) {
      return firstInSentence; // قال فلان إن …، مؤكدا دعمه «…»: the participle goes on with who the verb named
    }
    Attribution content = t.get(i).is("بالقول") ? earlier.contentSubject(t, i, sentence, verb) : null;
    if (content != null) {
      return content; // فاكتفى مسؤول …، رفض الكشف عن اسمه، بالقول إن
    }
    Attribution subject = earlier.pastSubject(t, i, sentence, verb);
    if (subject == null) {
      subject = earlier.firstVerbSubject(t, i, sentence, verb); // وتحدثت الخبيرة فلانة عن …، قائلة:
    }
    return subject != null ? subject : history.carried(verb);
  }

  /**
   * Whether a speaker opens with a noun for a man (صاحب, مزارع), whose feminine ends in ة: a feminine
   * participle after his words goes on with the woman who quoted him (وأضافت أن صاحب الضيعة قال …، مؤكدة).
   */
  private static boolean isMasculineNoun(Speaker s) {
    String text = s.name().isEmpty() ? s.role() : s.name();
    java.util.List<Tokens.Token> words = Tokens.of(text).list();
    if (words.isEmpty()) {
      return false;
    }
    String first = words.get(0).norm();
    return !first.endsWith("ه") && (Lexicon.UNNAMED_PEOPLE.contains(first) || Lexicon.ROLE_HEADS.contains(first));
  }

  /** The reporting verb a word stands for where it is not one by its letters: وصفته بأنه, وبيّن. */
  private static String verbMeant(Tokens t, int i, String word) {
    if (isDescribing(t, i) && i + 1 < t.size() && (t.get(i + 1).norm().startsWith("ب") || asWhat(t, i + 1))) {
      return "قال"; // وصفتاه بأنه "…": وصف opens with و, no conjunction; وصف المتحدث فلان التقرير بأنه «…»
    }
    if (t.get(i).is("وبين") && (i == 0 || !t.get(i - 1).word())) {
      return "اوضح"; // وبيّن فلان أن: the verb, not بين "between", where a clause opens
    }
    return word;
  }

  /** Whether the word at {@code i} is a verb of describing: وصف, ووصفت, ويصف, تصف. */
  private static boolean isDescribing(Tokens t, int i) {
    String w = t.get(i).norm();
    String described = w.startsWith("وو") ? w.substring(1) : w;
    String bare = Clitics.withoutConjunction(w);
    return described.startsWith("وصف") && described.length() <= 6
        || (bare.startsWith("يصف") || bare.startsWith("تصف")) && bare.length() <= 6;
  }

  /**
   * After a verb of describing, the end of its subject: before the thing described, which stands between
   * the subject and بأنه ({@code ويصف الخبير فلان السباق بأنه}, {@code ووصف المتحدث، فلان، ما جرى بأنه}).
   */
  private int describer(Tokens t, int i, int from, int end, int intro) {
    if (intro < 0 || !isDescribing(t, i) || !t.get(intro).norm().startsWith("بان")) {
      return end;
    }
    if (end - from >= 3 && t.get(end - 2).is("ما")) {
      return end - 2;
    }
    String verb = Clitics.withoutConjunction(t.get(i).norm());
    // وصفها الشريف بأنها: with the object a pronoun, what follows the verb is who describes
    boolean thingAfter = !verb.endsWith("ها") && !verb.endsWith("ه") && !verb.endsWith("هم");
    String first = t.get(from).norm();
    if (thingAfter && end - from == 1 && NameWords.hasArticle(t, from) && !Lexicon.HEADS.contains(first.substring(2))
        && !Lexicon.HEADS.contains(first)) {
      return from; // ووصفت الوضع بأنه: only the thing described, its subject the sentence's speaker
    }
    if (thingAfter && end - from >= 2 && !NameWords.hasArticle(t, from)
        && (!speakers.isNameWord(t, from) || isDerivedVerbalNoun(first))
        && !Lexicon.HEADS.contains(first) && !Lexicon.UNNAMED_PEOPLE.contains(first)
        && !Lexicon.ORGANIZATIONS.contains(first) && !NameWords.isKinship(t, from)) {
      return from; // ووصف انقطاع الكهرباء في ذروة الصيف بأنه: a thing described, no one who describes it
    }
    return end - from >= 3 && NameWords.hasArticle(t, end - 1) && !NameWords.isComma(t, end - 2) ? end - 1 : end;
  }

  /**
   * Whether a word is a verbal noun of the forms انفعال, افتعال and استفعال (انقطاع, ارتفاع, استمرار): a
   * thing described, not who describes it.
   */
  private static boolean isDerivedVerbalNoun(String w) {
    return w.startsWith("است") ? w.length() == 7 && w.charAt(5) == 'ا'
        : w.startsWith("ا") && w.length() == 6 && w.charAt(4) == 'ا';
  }

  /** Whether بأن, بأنه or بأنها follows in the clause from {@code i}: what someone or something was called. */
  private static boolean asWhat(Tokens t, int i) {
    for (int k = i; k < Math.min(t.size(), i + INTRODUCER_REACH) && (t.get(k).word() || NameWords.isComma(t, k)); k++) {
      if (t.get(k).norm().startsWith("بان") && Lexicon.INTRODUCERS.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one to three words from {@code i}, the first bare, end at a comma: a name set off before who it is. */
  private static boolean nameSetOff(Tokens t, int i) {
    for (int k = i; k < Math.min(t.size(), i + 4); k++) {
      if (NameWords.isComma(t, k)) {
        return k > i;
      }
      if (!t.get(k).word() || k == i && NameWords.hasArticle(t, k) || NameWords.isStop(t, k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Past لي or لنا after a verb that follows a quotation, when someone is named after it: {@code «…»، يقول لي
   * صاحب المحل}. {@code i} itself otherwise.
   */
  static int pastAddressed(Tokens t, int i) {
    return i + 1 < t.size() && (t.get(i).is("لي") || t.get(i).is("لنا")) && t.get(i + 1).word()
        && !NameWords.isStop(t, i + 1) ? i + 1 : i;
  }

  /** To whom something is said, right after the verb: لي, لنا, له, لها, لهم. */
  private static final java.util.Set<String> ADDRESSED = java.util.Set.of("لي", "لنا", "له", "لها", "لهم", "لكم");

  /** A verb with an object pronoun right after an indefinite noun, which it describes: مداخلة قاطعها. */
  private static boolean describesNoun(Tokens t, int i) {
    String w = t.get(i).norm();
    boolean her = w.endsWith("ها") && Lexicon.REPORTING_VERBS.contains(w); // قاطعها, listed as it is
    return i > 0 && (her || Lexicon.REPORTING_WITH_OBJECT.contains(w)) && t.get(i - 1).word()
        && !NameWords.hasArticle(t, i - 1) && !t.get(i - 1).is("ما") // وهو ما اعتبره فلان «…»: what he called it
        && !Lexicon.PHRASE_STOPS.contains(Clitics.withoutConjunction(t.get(i - 1).norm()))
        && !NameWords.isNisba(t.get(i - 1).norm());
  }

  /** Of whom something is said, right after the verb: قال عنه, نقل عنها. */
  private static final java.util.Set<String> ABOUT_WHOM = java.util.Set.of("عنه", "عنها", "عنهم", "عنهما");

  /** Verbs of saying whose عن is about whom, not what (not أعلنت عنه الوزارة, announced it). */
  private static final java.util.Set<String> SAYING_OF = java.util.Set.of("قال", "قالت", "يقول", "تقول", "كتب",
      "كتبت", "يكتب", "تكتب", "روي", "يروي", "تروي");

  /** The one a reply or a comment answers, or a shout is at, after its verb: رد عليه, صرخ فينا. */
  private static final java.util.Set<String> ON_WHOM = java.util.Set.of("عليه", "عليها", "عليهم", "عليهما", "فينا",
      "فيهم", "بنا", "بهم");

  /** Prepositions, after which a word spelled like a verb is its noun: في رد, على قوله. */
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("في", "علي", "من", "عن", "الي", "مع");

  /** Whether the word at {@code i} only looks like a verb: part of a name, a noun, a description's own verb. */
  private static boolean withheld(Tokens t, int i) {
    if (i + 1 < t.size() && (t.get(i + 1).is("اسمه") || t.get(i + 1).is("اسمها") || t.get(i + 1).is("هويته")
        || t.get(i + 1).is("هويتها"))) {
      return true; // رفض ذكر اسمه: a name not given, no one's words
    }
    return i > 0 && (Lexicon.ANONYMITY.contains(t.get(i - 1).norm()) // عدم ذكر اسمه: no verb
        || PREPOSITIONS.contains(t.get(i - 1).norm()) // في رد مكتوب: a noun
        || Lexicon.NAME_LINKS.contains(t.get(i - 1).norm()) // ناصر بن طالب: a name
        || Lexicon.DESCRIBING.contains(t.get(i - 1).norm()) // وهو طالب جامعي: a noun
        || Lexicon.UNNAMED_PEOPLE.contains(t.get(i).norm()) // يقول طالب جامعي: the student, not the verb طالب
        && Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(i - 1).norm()))
        || Lexicon.VIA_VERBS.contains(Clitics.withoutConjunction(t.get(i).norm())) && carried(t, i)
        || insideDescription(t, i) // وهي محامية تتابع قضايا: the description's own verb
        || FOLLOWING.contains(t.get(i).norm()) && NameWords.hasArticle(t, i - 1)
        && !Lexicon.UNNAMED_PEOPLE.contains(t.get(i - 1).norm())); // إن الوزارة تتابع نسبة: it follows, says nothing
  }

  /**
   * Whether نقل at {@code i} moves something rather than passes words on: after a noun it is in construct with
   * ({@code لشركة نقل سياحي}), or with a destination and no source in its clause ({@code نُقل ستة مصابين إلى
   * مستشفى}, where {@code نقلت وكالة الأنباء عن} passes words on).
   */
  private static boolean carried(Tokens t, int i) {
    if (Clitics.forms(t.get(i - 1).norm()).stream().anyMatch(b -> Lexicon.TRANSPORTING.contains(b.form()))) {
      return true;
    }
    boolean to = false;
    for (int k = i + 1; k < t.phraseEnd(i + 1); k++) {
      if (t.get(k).is("عن")) {
        return false;
      }
      to |= t.get(k).is("الي");
    }
    return to;
  }

  /** يتابع in the present, which goes on speaking after a quotation but follows what comes after a subject. */
  private static final java.util.Set<String> FOLLOWING = java.util.Set.of("يتابع", "تتابع");

  /** A verb in a relative clause after a name set off by a comma: العدوان، الذي قال في تصريح:. */
  private Attribution relativeClause(Tokens t, int i, String verb) {
    if (i >= 6 && (t.get(i - 1).is("الذي") || t.get(i - 1).is("التي") || t.get(i - 1).is("كان")
        || t.get(i - 1).is("كانت")) && NameWords.isComma(t, i - 2)
        && t.get(i - 3).is("الله") && t.get(i - 4).norm().startsWith("رحم") && NameWords.isComma(t, i - 5)) {
      int start = i - 5; // أستاذي عبد القادر بن سالم، رحمه الله، الذي قال لي: the one named before the blessing
      while (start > 0 && i - 5 - start < NameWords.MAX_NAME_WORDS && t.get(start - 1).word()
          && (speakers.isNameWord(t, start - 1) || NameWords.hasArticle(t, start - 1))) {
        start--;
      }
      while (start < i - 5 && NameWords.hasArticle(t, start) && !Lexicon.RANKS.contains(t.get(start).norm())) {
        start++; // a name starts with no article: not الثانوية عبد القادر; but الحاجة آمنة، رحمها الله، كانت تقول
      }
      if (i - 5 - start >= 2) {
        return history.speaking(history.resolve(new Speaker(t.original(start, i - 5), "", SpeakerType.PERSON, ""),
            verb));
      }
    }
    if (i >= 6 && (t.get(i - 1).is("الذي") || t.get(i - 1).is("التي")) && NameWords.isComma(t, i - 2)
        && t.get(i - 3).is(")")) {
      Speaker aged = rankedBeforeAge(t, i - 3); // شهادة الحاج عبد الرحمن السيد (71 عاما)، الذي قال:
      if (aged != null) {
        return history.speaking(history.resolve(aged, verb));
      }
    }
    if (i >= 3 && (t.get(i - 1).is("الذي") || t.get(i - 1).is("التي")) && NameWords.isComma(t, i - 2)) {
      Speaker antecedent = history.byOneName(t.get(i - 3).norm());
      if (antecedent != null) {
        return history.speaking(new Attribution(antecedent, verb, true));
      }
      Speaker described = nameBeforeDescription(t, i - 2);
      if (described != null) { // سعيد أوعلي، الموظف السابق بمصلحة التعمير، الذي قال: the one described
        return history.speaking(history.resolve(described, verb));
      }
      int comma = i - 3;
      while (comma > 0 && i - 2 - comma <= NameWords.MAX_NAME_WORDS + 1 && !NameWords.isComma(t, comma)
          && !AMONG.contains(t.get(comma).norm())) {
        comma--; // or بينهم ريم طوقان، التي قالت: one of those just counted
      }
      if (comma > 0 && (NameWords.isComma(t, comma) || AMONG.contains(t.get(comma).norm())) && i - 2 - comma - 1 >= 2
          && speakers.allNameWords(t, comma + 1, i - 2)) { // ممثل البرنامج في سوريا، ميشيل دوفور، الذي قال
        return history.speaking(history.resolve(
            new Speaker(t.original(comma + 1, i - 2), "", SpeakerType.PERSON, ""), verb));
      }
    }
    return null;
  }

  /** Words that single out one of a group just counted, whose name follows: بينهم, منهم, أبرزهم. */
  private static final java.util.Set<String> AMONG = java.util.Set.of("بينهم", "بينهن", "منهم", "منهن", "ومنهم",
      "ابرزهم", "ابرزهن", "بينهما");

  /** A ranked name right before an age in parentheses that closes at {@code close}: الحاج فلان (71 عاما). */
  private Speaker rankedBeforeAge(Tokens t, int close) {
    int open = NameWords.parenthesisOpening(t, close);
    for (int r = open - 2; r >= 0 && r >= open - NameWords.MAX_NAME_WORDS - 1 && t.get(open - 1).word(); r--) {
      if (!t.get(r).word()) {
        return null;
      }
      if (Lexicon.RANKS.contains(t.get(r).norm())) {
        return new Speaker(t.original(r, open), "", SpeakerType.PERSON, "");
      }
    }
    return null;
  }

  /**
   * Where a speaker phrase that a preposition cut short ends, when a name set off by commas follows the rest
   * of its role: {@code وكيل الدفاع عن المتهم الأول، ليث العبادي،}. {@code end} when none does.
   */
  private int apposedEnd(Tokens t, int from, int end) {
    int comma = NameWords.nextComma(t, end, Math.min(t.size(), from + APPOSED_ROLE_WORDS));
    if (comma >= t.size() || !NameWords.isComma(t, comma)) {
      return end;
    }
    int[] name = speakers.nameSetOff(t, comma, t.size());
    return name != null ? name[1] : end;
  }

  /** The most words a role cut short by a preposition runs to before its name is set off. */
  private static final int APPOSED_ROLE_WORDS = 10;

  /**
   * The name before a description set off by commas, when the description ends at {@code comma}: {@code
   * أبرزهم سعيد أوعلي، الموظف السابق بمصلحة التعمير، الذي قال}. Null if no name of two words or more stands there.
   */
  private Speaker nameBeforeDescription(Tokens t, int comma) {
    int open = comma - 1;
    while (open > 0 && comma - open <= DESCRIPTION_WORDS && t.get(open).word()) {
      open--;
    }
    if (open <= 0 || !NameWords.isComma(t, open) || !NameWords.hasArticle(t, open + 1)
        && !Lexicon.ROLE_HEADS.contains(t.get(open + 1).norm()) && !Lexicon.KINSHIP.contains(t.get(open + 1).norm())) {
      return null; // a description opens with the article, a role or a relative: الموظف السابق, شقيق أحد المتوفين
    }
    int start = open;
    while (start > 0 && open - start <= NameWords.MAX_NAME_WORDS && t.get(start - 1).word()
        && (speakers.isNameWord(t, start - 1) || NameWords.hasArticle(t, start - 1))) {
      start--; // محمد بن سعيد الكندي: given names, links and a family name with the article
    }
    while (start < open && NameWords.hasArticle(t, start)) {
      start++; // a name starts with no article: not ذوو الضحايا المعزين
    }
    return open - start >= 2 ? new Speaker(t.original(start, open), t.original(open + 1, comma), SpeakerType.PERSON, "")
        : null;
  }

  /** The most words a description set off after a name runs to: الموظف السابق بمصلحة التعمير في الجماعة. */
  private static final int DESCRIPTION_WORDS = 10;

  /** Where the speaker phrase after the verb at {@code i} starts, past the words that name no one. */
  private static int phraseStart(Tokens t, int i, String word, boolean according, boolean locative) {
    int from = i + 1;
    if (according && from + 1 < t.size() && t.get(from).is("ما")) {
      from += isVerbWithObject(Clitics.withoutConjunction(t.get(from + 1).norm())) ? 2 : 1; // بحسب ما يوضحه فلان
    }
    if (according || i > 0 && t.get(i - 1).is("ما")) {
      from = pastResumptive(t, from);
    }
    if (locative) {
      from++; // جاء في البيان: the document says it
    }
    if (from + 2 < t.size() && t.get(from).is("علي") && t.get(from + 1).is("لسان")) {
      from += 2; // وجاء على لسان فلان أن
    }
    String told = from < t.size() ? t.get(from).norm() : "";
    if (told.length() > 4 && told.charAt(0) == 'ل' && Lexicon.AUDIENCES.contains("ال" + told.substring(1))) {
      return t.phraseEnd(from); // وقال لصحفيين تجمعوا أمام مركز اقتراع: those told, and the speaker said before
    }
    if (from + 1 < t.size() && ON_WHOM.contains(t.get(from).norm())) {
      from++; // ورد عليه نائب رئيس المجلس: whom the reply answers, then who replies
    }
    if (!according && SAYING_OF.contains(word) && from + 1 < t.size() && ABOUT_WHOM.contains(t.get(from).norm())) {
      from++; // سرعة قال عنها مدربه الراحل إنها: what was spoken of, then who spoke
    }
    if (from + 1 < t.size() && t.get(from).is("من") && Lexicon.SIDE_MARKERS.contains(t.get(from + 1).norm())) {
      from += 2; // من جهته: names no one new
    }
    while (from < t.size() && Lexicon.CONTINUING_PARTICIPLES.contains(t.get(from).norm())) {
      from++; // وتابع قائلا: names no one
    }
    if (from + 1 < t.size() && ADDRESSED.contains(t.get(from).norm()) && (NameWords.hasArticle(t, from + 1)
        || Lexicon.ROLE_HEADS.contains(Clitics.known(t.get(from + 1).norm(), Lexicon.HEADS))
        || Lexicon.ORGANIZATIONS.contains(t.get(from + 1).norm()) // قال لنا صندوق النقد الدولي
        || Lexicon.UNNAMED_PEOPLE.contains(t.get(from + 1).norm()) || NameWords.isKinship(t, from + 1) && !t.endsAsWritten(from + 1, "ة")
        || from + 2 < t.size() && Lexicon.RANKS.contains(t.get(from + 2).norm())
        || nameSetOff(t, from + 1))) { // قال لي مدرسه الأستاذ فلان; يقول لي وي، المدير التنفيذي
      from++; // وقال لنا الوزير, فيقول لي الموظف, قال لي أحد العمداء, قال لي مزارع: to whom, then who; not فروى لنا تفاصيل يومه
    }
    if (from + 1 < t.size() && t.get(from).is("ل") && QuoteMarks.isMark(t.get(from + 1).norm())) {
      from = Introductions.pastOutlet(t, from + 1); // أكد لـ"اليوم السابع" أن: the outlet spoken to
    }
    String to = from < t.size() ? t.get(from).norm() : "";
    if (to.length() > 4 && to.charAt(0) == 'ل' && to.charAt(1) != 'ل' && (to.endsWith("ه") || to.endsWith("ها"))
        && !Lexicon.OUTLETS.contains(to.substring(1))) {
      from++; // قال لنظيره التركي بوضوح: the counterpart spoken to, whose own, then no one new
      while (from < t.size() && NameWords.hasArticle(t, from) && !NameWords.isStop(t, from)) {
        from++;
      }
    }
    String called = from < t.size() && NameWords.hasArticle(t, from) ? t.get(from).norm().substring(2) : "";
    if (Lexicon.CALLING.contains(word) && from + 1 < t.size() && (t.get(from + 1).norm().startsWith("بال")
        || t.get(from + 1).is("ب") || t.get(from + 1).is("بـ")) // وطالب الطرفين بـ"الجلوس إلى الطاولة"
        && (Lexicon.GROUPS.contains(called) || called.equals("جماهير") || called.endsWith("ين"))) {
      return t.phraseEnd(from + 1); // ويطالب الجماهير بالصبر: those called on, and the subject named before
    }
    if (from < t.size() && Lexicon.VERBS_WITH_BI.contains(word) && t.get(from).word()
        && t.get(from).norm().startsWith("ب") && !t.get(from).is("باسم") && !t.get(from).is("بن")) {
      from = t.phraseEnd(from); // فطالب بتأجيل التصويت: what is asked for, no speaker
    }
    return from;
  }

  /** The index after the first عن in {@code [from, end)}, or {@code from} when there is none. */
  private static int afterAn(Tokens t, int from, int end) {
    for (int k = from; k < end; k++) {
      if (t.get(k).is("عن")) {
        return k + 1;
      }
    }
    return from;
  }

  /** The index of a participle set off by a comma in {@code (from, end)}, or {@code end}. */
  private static int participleAfterComma(Tokens t, int from, int end) {
    for (int k = from + 1; k < end; k++) {
      if (Lexicon.CONTINUING_PARTICIPLES.contains(t.get(k).norm()) && NameWords.isComma(t, k - 1)) {
        return k;
      }
    }
    return end;
  }

  /** Whether {@code [from, end)} names no one: empty, the manner of speaking, or what comes after a speaker. */
  private boolean namesNoOne(Tokens t, int from, int end) {
    String only = end - from == 1 ? t.get(from).norm() : "";
    boolean manner = Lexicon.MANNER.contains(only) // listed, before the look through the text below
        || (only.startsWith("ب") || only.endsWith("ا") && !only.startsWith("ال"))
        && !history.namedInText(only); // بحسرة, ضاحكا; not بنعلي, أوبلا or بوزيد, named before; nor الأونروا
    return from >= end || manner || !t.get(from).word() || Lexicon.INTRODUCERS.contains(t.get(from).norm())
        || NameWords.isStop(t, from) || t.get(from).is("اي") // نفى أي صلة له: any link, denied, no one
        || t.get(from).is("وقد"); // وأضاف وقد غلبته دموعه: how he was as he spoke, no one
  }

  /** The speaker of a verb that names no one after it: the sentence's, a subject before it, or the last one. */
  private Attribution subjectElsewhere(Tokens t, int i, int[] sentence, String verb, Attribution inSentence,
                                       boolean purposive) {
    Attribution document = subjects.documentReferredTo(t, i, sentence, verb); // رسالة كتبها فلان، جاء فيها:
    if (document != null) {
      return document;
    }
    Attribution reported = !purposive ? subjectAfterAn(t, i, verb) : null;
    if (reported != null) {
      return reported; // وأضافت أن صاحب الضيعة قال لهن: «…»: the one she reports, in his words
    }
    if (inSentence != null && !purposive) {
      return inSentence; // ويضيف الطبيب أن …، ويتابع: the sentence's speaker goes on
    }
    Attribution before = purposive ? subjects.purposeSubject(t, i, sentence, verb)
        : earlier.pastSubject(t, i, sentence, verb); // وكانت الوكالة قد أعلنت في بيان أن
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
      before = earlier.firstVerbSubject(t, i, sentence, verb); // ورحبت الجمعية … بالحكم الذي وصفته بأنه
    }
    if (before == null && !purposive) {
      before = subjects.describedOpening(t, i, sentence, verb); // صاحبة البيت اتصلت بي وقالت
    }
    if (before == null && !purposive && t.get(i).norm().startsWith("و")) {
      before = subjects.apposedOpeningSubject(t, i, sentence, verb); // غير أن رئيس الاتحادية، فلان، شكك …، وقال
    }
    if (before == null && !purposive && (i == 0 || sentence[i - 1] != sentence[i])) {
      before = earlier.previousSubject(t, i, sentence, verb); // أيد رئيس اللجنة، فلان، الفكرة. وقال:
    }
    if (before != null) {
      return before;
    }
    Attribution carried = history.carried(verb);
    return carried != null ? carried : new Attribution(SpeakerHistory.NO_ONE, verb, true);
  }

  /** Verbs of saying itself, which a subject between أن and them speaks with: أن صاحب الضيعة قال لهن. */
  private static final java.util.Set<String> SAYING = java.util.Set.of("قال", "قالت", "يقول", "تقول", "قالوا",
      "يقولون", "ردد", "رددت", "يردد", "تردد", "صرخ", "صرخت", "صاح", "صاحت", "ابلغ", "ابلغت", "اخبر", "اخبرت",
      "اخبرها", "اخبره", "اخبرهم", "ابلغها", "ابلغه", "ابلغهم");

  /** The most words between أن and the verb its subject may run to: أن صاحب الضيعة قال. */
  private static final int REPORTED_SUBJECT_WORDS = 4;

  /** The same before كان, which sets off a longer subject: لأن والدي الشيخ سيدي محمد ولد أحمدو كان يقول. */
  private static final int REPORTED_SUBJECT_WORDS_BEFORE_KANA = 6;

  /**
   * The subject between أن and the verb at {@code i}, when another's words are reported inside a reported
   * clause ({@code وأضافت أن صاحب الضيعة قال لهن: «…»}) and they read as a person or an organization; null
   * otherwise.
   */
  private Attribution subjectAfterAn(Tokens t, int i, String verb) {
    if (!SAYING.contains(t.get(i).norm())) {
      return null; // أن التقديرات الأولية تشير إلى: what figures show, not someone's words
    }
    int end = i > 0 && Lexicon.BEING.contains(t.get(i - 1).norm()) ? i - 1 : i; // لأن والدي فلان كان يقول لي
    if (end < 1 || !t.get(end - 1).word()) {
      return null; // أن أهدي النتيجة لوالدي. كان يقول لي: no subject before كان in this sentence
    }
    int reach = end < i ? REPORTED_SUBJECT_WORDS_BEFORE_KANA : REPORTED_SUBJECT_WORDS;
    for (int a = end - 2; a >= 0 && a >= end - 1 - reach; a--) {
      if (!t.get(a).word()) {
        return null;
      }
      String particle = Clitics.withoutConjunction(t.get(a).norm());
      if (particle.equals("ان") || particle.equals("لان")) { // أن, وأن, لأن
        Speaker named = speakers.parse(t, a + 1, end);
        boolean whole = named != null && (named.type() == SpeakerType.ORGANIZATION
            || named.type() == SpeakerType.PERSON && (!named.role().isEmpty() || Tokens.of(named.name()).size() >= 2));
        if (!whole) {
          return null; // not the one speaking on: مؤكدة is still hers
        }
        Attribution resolved = history.resolve(named, verb);
        boolean reporter = resolved != null && named.name().isEmpty() && resolved.speaker().equals(history.current());
        return reporter ? new Attribution(new Speaker(named.role(), named.role(), SpeakerType.PERSON, ""), verb, false)
            : resolved; // وأضافت أن الطبيب أخبرها بأن: the doctor, not the one reporting what he said
      }
    }
    return null;
  }

  /** A source with no name after بحسب is named by its description: بحسب مصدر في …, then المصدر. */
  private static Speaker indefiniteSource(Speaker named) {
    return named != null && named.type() == SpeakerType.PERSON && named.name().isEmpty()
        && SpeakerHistory.isIndefinite(named.role()) ? new Speaker(named.role(), named.role(), SpeakerType.PERSON, "")
        : named;
  }

  /** Remembers a speaker named with no speech after it, for the quotations that follow. */
  private void mentioned(Tokens t, int from, int end, Speaker named) {
    history.remember(named);
    history.mentioned(named); // ويشكو كريم حمادي، مؤسس شركة، …، ويقول إن
    for (int k = from; k < end; k++) {
      if (Clitics.in(t.get(k).norm(), Lexicon.DOCUMENTS)) {
        history.issued(named); // وبحسب تقرير صادر عن البنك الدولي، …; وأعلنت الشركة في بيان …
        return;
      }
    }
    int after = end < t.size() && NameWords.isComma(t, end) ? end + 1 : end;
    if (after + 1 < t.size() && t.get(after).is("في") && Clitics.in(t.get(after + 1).norm(), Lexicon.DOCUMENTS)
        && named != null && named.type() == SpeakerType.PERSON && !named.name().isEmpty()) {
      history.issuedByGroup(named); // أكدت فصائل فلسطينية، في بيان مشترك …; وقال البيان: theirs
    }
  }

  /** Verbs of demanding, whose object follows the speaker with ب: وطالب ممثل النيابة بتوقيع أقصى عقوبة. */
  /**
   * Whether the word at {@code k}, after a verb that takes ب, is its object rather than a surname: {@code تعهد
   * الجلاصي بنشر تقرير}, not {@code أقر الوزير بوعلام بوجود}, whose object is the next ب word.
   */
  private static boolean objectWithBi(Tokens t, int k) {
    return k + 1 < t.size() && t.get(k + 1).word() && !t.get(k + 1).norm().startsWith("ب");
  }

  /**
   * A noun of what is requested, as names are not written: an elative (أقصى, أشد) or a verbal noun of the
   * patterns تفعيل and إفعال (تسليط, تشديد, إنزال, إصدار).
   */
  private static boolean isDemandedThing(String w) {
    return w.length() == 4 && w.charAt(0) == 'ا' && (w.endsWith("ي") || w.equals("اشد"))
        || w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي'
        || w.length() == 5 && w.charAt(0) == 'ا' && w.charAt(3) == 'ا';
  }

  private static final java.util.Set<String> DEMANDING = java.util.Set.of("طالب", "طالبت", "يطالب", "تطالب",
      "طالبوا", "يطالبون", "التمس", "التمست", "يلتمس", "تلتمس");

  /** Whether a وهو or وهي clause opens within two words of {@code from}: لهسبريس وهو يغالب دموعه. */
  private static boolean describedNext(Tokens t, int from, int end) {
    for (int k = from; k < Math.min(end, from + 2); k++) {
      if (Lexicon.DESCRIBING.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} follows وهو or وهي in its clause (…، وهي محامية تتابع قضايا موقوفين، إن). */
  private static boolean insideDescription(Tokens t, int i) {
    if (i > 0 && t.get(i - 1).is("ما")) {
      return false; // وهو ما اعتبره وكيل الجمهورية «…»: what the verb's subject called it, no description
    }
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

  /** Past the pronoun that takes up ما after its verb: وفق ما أفاد به مصدر, بحسب ما صرحت به الوزيرة. */
  static int pastResumptive(Tokens t, int from) {
    return from < t.size() && (t.get(from).is("به") || t.get(from).is("بها")) ? from + 1 : from;
  }

  /** A reporting verb, bare or with its object pronoun: أكد, أكدته. */
  static boolean isVerbWithObject(String w) {
    return Lexicon.REPORTING_VERBS.contains(w) || w.endsWith("ه")
        && Lexicon.REPORTING_VERBS.contains(w.substring(0, w.length() - (w.endsWith("ته") ? 2 : 1)))
        || w.endsWith("ته") && Lexicon.REPORTING_VERBS.contains(w.substring(0, w.length() - 1));
  }

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
      if (named > i && named < t.size() && Lexicon.INTRODUCERS.contains(t.get(named).norm())
          && RolePhrase.isNaming(t.get(i - 1).norm()) && !NameWords.isOutlet(t.get(i - 1).norm())) {
        return named; // بائع الكعك المعروف بلقب «أبو الزوز» إن: a name in quotation marks, then what was said
      }
      if (named > i && named < t.size() && (t.get(named).word() && !Lexicon.INTRODUCERS.contains(t.get(named).norm())
          || NameWords.setOffEnd(t, named) > 0)) {
        // وقالت رئيسة جمعية "صرخة المودعين" نادين خوري إن, الرئيس المدير العام لشركة «أطلس موتورز»، سمير بن
        // عيسى، أن: the name is part of the phrase
        i = named - 1;
        continue;
      }
      if (tok.is(":") || QuoteMarks.isMark(tok.norm()) || Lexicon.INTRODUCERS.contains(tok.norm())
          || Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(tok.norm())) && NameWords.isStop(t, i)) {
        return i; // not the van of ماركوس فان ديك
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
}
