package dev.articles.facts;

/**
 * Tells a quoted term from quoted speech. A quotation is a term when it is empty; when it is short, nothing
 * introduces it directly (no colon, إن/أن or reporting verb just before it) and it does not open with a
 * negated verb (لم، لن); when it follows a
 * preposition ({@code وفقًا لـ"مخرجات الحوار"}); or when it completes a noun that takes a title or a name
 * ({@code مؤلف كتاب "ودائع في مهب الريح"}).
 */
final class QuotedTerms {
  /** Quotations of at most this many words need a direct introducer (a colon, إن/أن) to count as speech. */
  static final int TERM_MAX_WORDS = 3;
  /** Quotations of at most this many words right after a preposition are terms. */
  static final int PREPOSITION_TERM_MAX_WORDS = 6;
  /** Quoted titles, names and verses after a naming noun are at most this long (a verse runs to 12 words). */
  static final int TITLE_MAX_WORDS = 12;

  private QuotedTerms() {}

  /** Whether a verb of calling for stands just before the preposition at {@code p}: داعية المانحين إلى «…». */
  private static boolean calledFor(Tokens t, int p) {
    boolean setOff = p > 0 && NameWords.isComma(t, p - 1); // وطالب عضو اللجنة، النائب فلان، بـ«…»: past the name
    for (int k = p - 1; k >= 0 && k >= p - (setOff ? CALLER_REACH : CALLED_REACH) && (t.get(k).word() || setOff
        && NameWords.isComma(t, k)); k--) {
      if (Lexicon.CALLING.contains(Clitics.withoutConjunction(t.get(k).norm()))) {
        return true;
      }
    }
    return false;
  }

  /** How far back a verb of calling for may stand when the caller's name is set off before the preposition. */
  private static final int CALLER_REACH = 16;

  /** How far back it may stand otherwise, past the caller and whom it calls on: دعت بعثة الأمم المتحدة الطرفين إلى. */
  private static final int CALLED_REACH = 8;

  /** Whether a word of manner at {@code i} follows a reporting verb: وقال لي حرفيا «…». */
  private static boolean saidSo(Tokens t, int i) {
    if (!Lexicon.MANNER.contains(t.get(i).norm())) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 3) && t.get(k).word(); k--) {
      if (Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(k).norm()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a quotation is a quoted term rather than speech. */
  static boolean isTerm(Tokens t, int[] pair) {
    int words = QuoteMarks.words(t, pair);
    if (words == 0) {
      return true;
    }
    boolean construct = words == 2 && !NameWords.hasArticle(t, pair[0] + 1) && NameWords.hasArticle(t, pair[0] + 2);
    boolean goesOn = pair[1] + 1 < t.size() && t.get(pair[1] + 1).word();
    if (pair[0] == 0) {
      return words == 1 && goesOn && pair[1] + 2 < t.size() && t.get(pair[1] + 2).word()
          && NameWords.hasArticle(t, pair[0] + 1) // «الاستئناف» تشدد الحكم: a body named as the subject
          || construct && goesOn && !Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(
              t.get(pair[1] + 1).norm())); // «ظل الزيتونة» يتوج بالجائزة: a film named as the subject
    }
    if (words <= 2 && pair[0] > 0 && !t.get(pair[0] - 1).is(":") && explainedAfter(t, pair[1] + 1)) {
      return true; // إن «الشرفية»، وهي طريقة صيد تقليدية: a word explained, not words said
    }
    Tokens.Token before = t.get(pair[0] - 1);
    if (before.is("و") && pair[0] >= 3 && QuoteMarks.isMark(t.get(pair[0] - 2).norm())) {
      int open = pair[0] - 3;
      while (open > 0 && !QuoteMarks.isMark(t.get(open).norm())) {
        open--;
      }
      return isTerm(t, new int[] {open, pair[0] - 2}); // «بغينا ديورنا» و«لا للإفلات من العقاب»: alike
    }
    if (before.is(":") && inscribed(t, pair[0] - 1) || before.word() && inscribed(t, pair[0])) {
      return true; // لافتة تحمل بيتا للشاعر نزار قباني: "…"
    }
    if (words <= TERM_MAX_WORDS && Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(before.norm()))
        && speechFollows(t, pair[1] + 1)) {
      return true; // ويقول «الدكتور» مبتسما إن «…»: a nickname as the subject, before what was said
    }
    if ((words == 1 || construct) && Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(before.norm()))
        && goesOn) {
      return true; // كتب "نفدت" من الأجنحة, كتبت «بيت الملح» لأتصالح: words inside a clause that goes on
    }
    if (ownWordsAfter(t, pair[1] + 1)) {
      return false; // هامش الربح "شبه منعدم"، على حد تعبيره: words someone said, however few
    }
    String first = t.get(pair[0] + 1).norm();
    boolean named = first.startsWith("ال") && Lexicon.NAMING_NOUNS.contains(first.substring(2))
        || Lexicon.NAMING_NOUNS.contains(first) && words >= 2;
    if (named && (before.is("اطار") || before.is("ضمن") || Clitics.in(before.norm(), Lexicon.ACCORDING_TO))) {
      return true; // في إطار «البرنامج الوطني …», ضمن «استراتيجية قطر الرقمية 2030», وبحسب «خطة الاستجابة …»
    }
    if (named && first.startsWith("ال") && pair[1] + 2 < t.size() && NameWords.isComma(t, pair[1] + 1)
        && (t.get(pair[1] + 2).is("التي") || t.get(pair[1] + 2).is("الذي"))) {
      return true; // أقرت الحكومة "الخطة الوطنية لإدارة الحرائق"، التي تتضمن: a plan named, then described
    }
    boolean introduced = before.is(":") || Lexicon.INTRODUCERS.contains(before.norm()) || saidSo(t, pair[0] - 1)
        || Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(before.norm()))
        || Lexicon.CONTINUING_PARTICIPLES.contains(before.norm());
    if (introduced) {
      return words <= 2 && before.norm().startsWith("بان"); // وصفه محامون بأنه «سابقة»: what it was called
    }
    if ((before.is("عليها") || before.is("عليه")) && pair[0] >= 2
        && Lexicon.INSCRIBING.contains(Clitics.withoutConjunction(t.get(pair[0] - 2).norm()))) {
      return true; // لافتة كتب عليها «النجاح ثمرة الجهد»: an inscription, not speech
    }
    if (named && Lexicon.TERM_PREPOSITIONS.contains(before.norm())
        && Numbers.digits(t.get(pair[1] - 1).norm()) != null) {
      return true; // جزء من "استراتيجية التحول الرقمي 2030": a plan named by its year, after a preposition
    }
    if (Lexicon.TERM_PREPOSITIONS.contains(before.norm()) && words <= PREPOSITION_TERM_MAX_WORDS
        && !calledFor(t, pair[0] - 1) && !(words >= 3 && predicateOfThatClause(t, pair, words))) {
      return true;
    }
    if (words <= TITLE_MAX_WORDS && namesSomething(t, pair[0]) && !predicateOfThatClause(t, pair, words)) {
      return true; // مؤلف كتاب "ودائع في مهب الريح", روايتها الأخيرة "بيت على حافة النهر"
    }
    if (words >= 2 && (t.get(pair[0] + 1).is("لم") || t.get(pair[0] + 1).is("لن"))) {
      return false; // المحكمة "لم تلتفت إليها": a negated verb is a clause someone said, never a name or term
    }
    return words <= TERM_MAX_WORDS && !predicateOfThatClause(t, pair, words); // مؤكدا أن التأخير «فني وليس سياسيا»
  }

  /**
   * Whether the quotation ends a sentence as the predicate of an أن clause whose subject names something:
   * {@code وأضاف أن تمويل خطة الاستجابة "بلغ 27% فقط من الاحتياجات"}. A title right after its noun, or one
   * the sentence goes on after, is no predicate.
   */
  private static boolean predicateOfThatClause(Tokens t, int[] pair, int words) {
    int after = pair[1] + 1;
    boolean ends = after >= t.size() || SENTENCE_ENDS.contains(t.get(after).norm())
        || NameWords.isComma(t, after) && after + 1 < t.size()
        && (Lexicon.CONTINUING_PARTICIPLES.contains(t.get(after + 1).norm()) // أن القرار «جاء متأخرا»، مضيفا
        || t.get(after + 1).norm().startsWith("و") // أن فريقه «لعب بقلب بطل»، وتابع: the next thing she said
        && Lexicon.REPORTING_VERBS.contains(t.get(after + 1).norm().substring(1))
        || t.get(after + 1).is("قبل") // أن النقابة "ليست ضد الإصلاح"، قبل أن يستدرك
        || isParticiple(t.get(after + 1).norm())); // أن المشروع "حقق نتائج مشجعة"، مستدلة بتحسن
    Tokens.Token before = t.get(pair[0] - 1);
    boolean afterSubject = words == 2 && before.norm().startsWith("ال") && !NameWords.hasArticle(t, pair[0] + 1)
        && predicateWord(t.get(pair[0] + 1).norm());
    if (words < 2 || !ends && !afterSubject && (words < 3 || !verbFirst(t.get(pair[0] + 1).norm()))
        || Lexicon.NAMING_NOUNS.contains(before.norm())) {
      return false; // but إن الإدارة «تدرس جديا» طرح سندات: two words of predicate after the clause's subject
    }
    for (int k = pair[0] - 2; k >= Math.max(0, pair[0] - THAT_CLAUSE_REACH) && t.get(k).word(); k--) {
      if (Lexicon.INTRODUCERS.contains(Clitics.withoutConjunction(t.get(k).norm()))) {
        // أن تمويل الخطة "بلغ 27% فقط"; ويقول إن بساتين النخيل التي ورثها عن أبيه «تموت واقفة»;
        // مؤكدا أن الوزارة تعمل على توزيع ما هو متاح «بعدالة بين المحافظات»
        return before.norm().startsWith("ال") && k >= pair[0] - 6 || reportedBefore(t, k, words >= 3 ? REPORTER_REACH : 1);
      }
    }
    return false;
  }

  /**
   * Whether a quotation's first word has the shape of a verb in the present tense of four or five letters
   * (تعرف, تحترم, يواجه; not تطوير, نظام) or is a past verb that opens a predicate (سبق): a clause, which a
   * sentence may go on after.
   */
  private static boolean verbFirst(String w) {
    return (w.length() == 4 || w.length() == 5 && w.charAt(3) != 'ي') && "تين".indexOf(w.charAt(0)) >= 0
        && w.charAt(2) != 'ا' && !w.endsWith("ه") && !w.endsWith("ات") || PREDICATE_VERBS.contains(w);
  }

  /**
   * Whether a word has the shape of a predicate's first word: a verb in the present (يدرس, تدرس, يشعرون) or the
   * past with its ending (صارت, أنقذت), or a participle (مجمد, منصفة); not a noun that names something (بحر, قاعدة).
   */
  private static boolean predicateWord(String w) {
    return w.length() >= 3 && w.length() <= 7 && "يتن".indexOf(w.charAt(0)) >= 0
        || w.length() >= 4 && w.charAt(0) == 'م' || w.length() >= 4 && w.length() <= 5 && w.endsWith("ت");
  }

  /** Past verbs that open the predicate of a clause: أن جزءا من المبالغ «سبق صرفه نقدا». */
  private static final java.util.Set<String> PREDICATE_VERBS = java.util.Set.of("سبق", "تم", "بات", "باتت", "صار",
      "صارت", "اصبح", "اصبحت", "لا", "ليس", "ليست");

  /** Whether a comma and وهي, وهو or أي explain what the quotation ending before {@code i} names. */
  private static boolean explainedAfter(Tokens t, int i) {
    return i + 1 < t.size() && NameWords.isComma(t, i)
        && (t.get(i + 1).is("وهي") || t.get(i + 1).is("وهو") || t.get(i + 1).is("اي"));
  }

  /** Whether a word has the shape of a participle of manner after a comma: مستدلة, مستشهدا, منوها. */
  private static boolean isParticiple(String w) {
    return w.length() >= 5 && w.charAt(0) == 'م' && (w.endsWith("ا") || w.endsWith("ه"));
  }

  /** How far before أن its reporting verb may stand, past the speaker: أكدت وزيرة الإعلام الدكتورة فلانة أن. */
  private static final int REPORTER_REACH = 12;

  /**
   * Whether a reporting verb or participle within {@code reach} words before the أن at {@code k} opens the clause
   * it is the object of: right before it for two words (من دون «استعادة الثقة» is a term), past the speaker for
   * more.
   */
  private static boolean reportedBefore(Tokens t, int k, int reach) {
    for (int v = k - 1; v >= 0 && v >= k - reach && (t.get(v).word() || NameWords.isComma(t, v)
        || t.get(v).is("(") || t.get(v).is(")")); v--) { // past an age in brackets: فلانة (51 عاما) إن
      String verb = Clitics.withoutConjunction(t.get(v).norm());
      if (Lexicon.REPORTING_VERBS.contains(verb) || Lexicon.CONTINUING_PARTICIPLES.contains(verb)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> SENTENCE_ENDS = java.util.Set.of(".", "!", "؟", "?", "…");

  /** How far back from a quotation the أن of the clause it ends may stand: مؤكدا أن الوزارة تعمل على …. */
  private static final int THAT_CLAUSE_REACH = 10;

  /** Whether the speaker's own wording is claimed after {@code i}: ، على حد تعبيره, ، بحسب وصفه, ، كما قال. */
  private static boolean ownWordsAfter(Tokens t, int i) {
    while (i < t.size() && NameWords.isComma(t, i)) {
      i++;
    }
    if (i + 2 < t.size() && t.get(i).is("علي") && t.get(i + 1).is("حد")) {
      return Lexicon.OWN_WORDS.contains(t.get(i + 2).norm());
    }
    return i + 1 < t.size() && (Clitics.in(t.get(i).norm(), Lexicon.ACCORDING_TO)
        && Lexicon.OWN_WORDS.contains(t.get(i + 1).norm())
        || t.get(i).is("كما") && Lexicon.SAYING.contains(t.get(i + 1).norm()));
  }

  /** Whether a noun of verses or signs stands among the few words before the colon at {@code colon}. */
  private static boolean inscribed(Tokens t, int colon) {
    for (int k = colon - 1; k >= Math.max(0, colon - 5) && t.get(k).word(); k--) {
      boolean house = t.get(k).is("البيت") && k > 0 && t.get(k - 1).word() && !NameWords.hasArticle(t, k - 1)
          && !Lexicon.PHRASE_STOPS.contains(t.get(k - 1).norm()); // في فناء البيت: the house, not a verse
      if (Clitics.in(t.get(k).norm(), Lexicon.INSCRIPTION_NOUNS) && !townNamedHouse(t, k) && !house) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the بيت at {@code k} starts a town's name (بيت لاهيا, بيت حانون, بيت لحم), not a verse: a verse is
   * بيت شعر, بيت للشاعر, or a poet's بيت المتنبي.
   */
  private static boolean townNamedHouse(Tokens t, int k) {
    if (!Clitics.withoutConjunction(t.get(k).norm()).equals("بيت") || k + 1 >= t.size() || !t.get(k + 1).word()) {
      return false;
    }
    String next = t.get(k + 1).norm();
    return !next.startsWith("ال") && !next.startsWith("لل") && !next.startsWith("شعر");
  }

  /** Whether, a few words after {@code i}, an introducer and a quotation mark follow. */
  private static boolean speechFollows(Tokens t, int i) {
    for (int k = i; k < Math.min(t.size() - 1, i + 5); k++) {
      boolean introducer = Lexicon.INTRODUCERS.contains(t.get(k).norm()) || t.get(k).is(":");
      if (introducer && QuoteMarks.isMark(t.get(k + 1).norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quotation opening at {@code mark} completes a noun that takes a title or a name: the noun
   * itself, with a possessive (روايتها), and perhaps one or two definite words after it (روايتها الأخيرة,
   * بيت المتنبي الشهير).
   */
  private static boolean namesSomething(Tokens t, int mark) {
    for (int k = mark - 1; k >= Math.max(0, mark - 3); k--) { // بيت المتنبي الشهير «…»
      if (!t.get(k).word()) {
        return false;
      }
      String raw = t.get(k).norm();
      String w = Clitics.withoutConjunction(raw);
      for (String form : new String[] {raw, w}) { // وسم is no و + سم, وكتابه is و + كتابه
        if (Lexicon.NAMING_NOUNS.contains(form) || Lexicon.NAMING_NOUNS.contains(withoutPossessive(form))
            || k == mark - 1 && !form.startsWith("ال") && Lexicon.ORGANIZATIONS.contains(form)) {
          return true; // منظمة "شباب من أجل بيداوة": an organization's name, in construct with its noun
        }
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
}
