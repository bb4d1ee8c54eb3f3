package dev.articles.facts;

import java.util.List;

/**
 * The words a name is made of, and where a name ends: not a stop (a preposition, a time, a relative or a
 * manner phrase), not a role word or a place, not an outlet spoken to. Shared by the readers of roles and
 * of speakers.
 */
final class NameWords {
  static final int MAX_NAME_WORDS = 4;

  private final Gazetteer gazetteer;

  NameWords(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Whether a token ends a name. على and علي normalize alike; only the preposition stops. */
  static boolean isStop(Tokens t, int i) {
    Tokens.Token tok = t.get(i);
    if (!tok.word()) {
      return true;
    }
    String bare = Clitics.withoutConjunction(tok.norm());
    if (tok.norm().equals("فان") && t.original(i, i + 1).equals("فان") && i > 0 && t.get(i - 1).word()
        && i + 1 < t.size() && t.get(i + 1).word() && !hasArticle(t, i + 1)
        && !Lexicon.PHRASE_STOPS.contains(t.get(i + 1).norm())) {
      return false; // ماركوس فان ديك: the Dutch van, written without the hamza of فإن
    }
    if (Lexicon.INTRODUCERS.contains(tok.norm()) || Lexicon.INTRODUCERS.contains(bare)) {
      return true;
    }
    if (tok.norm().equals("علي")) {
      return t.endsAsWritten(i, "ى");
    }
    if (tok.norm().equals("خلف") && i > 0 && hasArticle(t, i - 1) && !Lexicon.RANKS.contains(t.get(i - 1).norm())
        && i + 1 < t.size() && hasArticle(t, i + 1) && !isNisba(t.get(i + 1).norm())) {
      return true; // وقف الدسوقي خلف القفص: behind, after a family name; not سالم خلف العظامات, الحاج خلف الجاسم
    }
    if (tok.norm().equals("خلف") && i + 1 < t.size() && t.get(i + 1).word() && !hasArticle(t, i + 1)
        && t.endsAsWritten(i + 1, "ة")) {
      return true; // تقف ريم عادل خلف طاولة صغيرة: behind a thing, which no name is
    }
    if (tok.norm().equals("عليه") && t.endsAsWritten(i, "ة")) {
      return false; // محمد بن علية: a name, not عليه
    }
    if (tok.end() - tok.start() > 3 && (t.startsAsWritten(i, "بأ") || t.startsAsWritten(i, "بإ"))
        || bare.length() > 3 && bare.charAt(0) == 'ب' && Lexicon.BI_OBJECTS.contains(bare.substring(1))) {
      return true; // وطالب النائب فلان بإنشاء هيئة, أقر الوزير بوجود مشكلات: a preposition on a noun
    }
    if (tok.norm().equals("صباح")) { // صباح اليوم is a time, صباح العبيدي a name
      String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
      return next.isEmpty() || !t.get(i + 1).word() || Lexicon.PHRASE_STOPS.contains(next)
          || next.equals("العيد") || next.equals("الغد");
    }
    if (bare.length() > 3 && bare.charAt(0) == 'ل' && (bare.charAt(1) == 'ي' || bare.charAt(1) == 'ت')
        && Lexicon.REPORTING_VERBS.contains(bare.substring(1))) {
      return true; // وعاد المدرب ليؤكد: a verb of purpose, after the subject
    }
    // A participle ends a name (وقاطعه الهاجري قائلا), but not its feminine forms, which are also nouns
    // (وحدة متابعة تنفيذ رؤية عمان).
    if (Lexicon.BEING.contains(tok.norm())) {
      return true; // وقالت بائعة أخرى كانت تجلس بجانبها: what she was doing, after who she is
    }
    return Lexicon.PHRASE_STOPS.contains(tok.norm()) || tok.norm().startsWith("لل")
        || Lexicon.CONTINUING_PARTICIPLES.contains(tok.norm()) && tok.norm().endsWith("ا");
  }

  /** Adjectives of who owns a body, after its noun: شركة خاصة, مدرسة حكومية, جمعية أهلية. */
  private static final java.util.Set<String> OWNERSHIP_ADJECTIVES = java.util.Set.of("خاص", "خاصه", "حكومي",
      "حكوميه", "اهلي", "اهليه");

  /** Particles joined to ما, which no name is: فيما قدرها مصدر مطلع بما يتراوح. */
  private static final java.util.Set<String> WITH_MA = java.util.Set.of("بما", "مما", "عما", "فيما", "كما", "لما",
      "بينما", "ربما");

  /** Roles whose ب-complement is what they are charged with, no name: المكلف بالانتقال الطاقي. */
  private static final java.util.Set<String> CHARGED = java.util.Set.of("المكلف", "المكلفه", "مكلف", "مكلفه",
      "المختص", "المختصه", "المعني", "المعنيه");

  /** Whether token {@code i} can start or continue a person's name. */
  boolean isNameWord(Tokens t, int i) {
    if (isStop(t, i) || Lexicon.RANKS.contains(t.get(i).norm())) {
      return false;
    }
    String w = t.get(i).norm();
    if (i > 0 && (t.get(i - 1).is("لم") || t.get(i - 1).is("لن"))) {
      return false; // لم تُخفِ سعاد المبروك تشككها: a verb after its negation
    }
    if (WITH_MA.contains(w) || w.startsWith("ب") && i > 0 && CHARGED.contains(t.get(i - 1).norm())) {
      return false;
    }
    if (w.length() > 4 && w.charAt(0) == 'و' && isPresentVerb(w.substring(1)) && i + 1 < t.size()
        && Lexicon.RANKS.contains(t.get(i + 1).norm())) {
      return false; // ويرفع الحاج يوسف يديه: the verb, then who does it
    }
    if (Lexicon.SPEECH_OCCASIONS.contains(w) || Lexicon.REPORTING_VERBS.contains(w) || Lexicon.LIVING_VERBS.contains(w)
        || Lexicon.NICKNAMING.contains(w) // عمي الطاهر، كما يناديه أهل القرية: who call him so, no name
        || Lexicon.SCENE_VERBS.contains(w) // مصدر طبي، تحدث لهسبريس شريطة …،: what the source did
        || Clitics.in(w, Lexicon.INTERVIEWING)) { // حاورنا الدكتور فلان، أستاذ الاقتصاد: whom we talked with
      return false; // في ختام مؤتمر صحفي: where it was said; مدير المشروع يردد: what was done
    }
    if (w.startsWith("ال") && Lexicon.DOCUMENTS.contains(w.substring(2))) {
      return false; // وصف المتحدث فلان التقرير بأنه: the document he described, not his name
    }
    if (Lexicon.PLANS.contains(w) && i + 1 < t.size() && hasArticle(t, i + 1)) {
      return false; // هكذا لخص المتحدث باسم البلدية خطة الطوارئ: what he summed up, not his name
    }
    if (w.equals("باسم")) {
      return isBasim(t, i); // النائب باسم الغرابي, not المتحدث باسم الحكومة
    }
    if (OWNERSHIP_ADJECTIVES.contains(w) || Lexicon.MANNER.contains(w)) {
      return false; // نحو 900 عامل في شركة مقاولات خاصة, الحاجة أم محمد، باكية: whose company it is, how she was
    }
    if (w.length() > 4 && w.charAt(0) == 'ب' && (Lexicon.INSTITUTIONS.contains(w.substring(1))
        || Lexicon.ORGANIZATIONS.contains(w.substring(1)) || COURTS.contains(w.substring(1)))) {
      return false; // وكيل الجمهورية لدى القطب الجزائي بمحكمة سيدي امحمد: where the office sits, no name
    }
    if (w.length() > 3 && w.charAt(0) == 'ب' && placeAfterBi(t, i) > 0) {
      return false; // مصدر طبي في مجمع ناصر الطبي بخان يونس: where it is, no name
    }
    if (w.startsWith("رحم") && i + 1 < t.size() && t.get(i + 1).is("الله") || Numbers.isPrefixedWord(w)) {
      return false; // الحاجة آمنة، رحمها الله،: a blessing; الأم لأربعة أبناء: whose mother, counted
    }
    if (hasPronoun(t, i) || Lexicon.VERB_OBJECTS.contains(w) || isDerivedVerb(t, i)) {
      return false; // سألتها ماذا تفعلين, المدرب يتحمل المسؤولية: a verb or a question, no name
    }
    if (Lexicon.DEFINITE_GIVEN_NAMES.contains(w)) {
      return i + 1 < t.size() && !isStop(t, i + 1); // الهادي العياري; alone, الحسن is an adjective
    }
    String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
    if (i > 0 && hasArticle(t, i - 1) && !next.isEmpty() && !next.equals("احد")
        && (Numbers.digits(next) != null || Numbers.word(next) != null)) {
      return false; // المهاجم المغربي سجل ثلاثة أهداف: a verb and what it counts, after a role
    }
    if (isAccusativeWithAdjective(t, i) || i > 0 && isAccusativeWithAdjective(t, i - 1)) {
      return false; // عقدا مؤتمرا صحفيا مشتركا: a noun and its adjective in the accusative, no name
    }
    return !hasArticle(t, i) && (Lexicon.GIVEN_NAME_HEADS.contains(w)
        || !Lexicon.ROLE_CONTINUATIONS.contains(w) && !Lexicon.ROLE_HEADS.contains(w))
        && Numbers.digits(w) == null && !isPlace(t, i) && !isOutlet(w);
  }

  /**
   * How many words the place a ب at {@code i} is on takes, when the gazetteer knows it ({@code بعدن} 1,
   * {@code بخان يونس} 2), or 0.
   */
  int placeAfterBi(Tokens t, int i) {
    String w = t.get(i).norm();
    if (w.length() < 3 || w.charAt(0) != 'ب') {
      return 0;
    }
    String rest = w.substring(1);
    int best = isPlace(rest) ? 1 : 0;
    if (DIRECTIONS.contains(rest) && i + 1 < t.size() && t.get(i + 1).word()) {
      best = 2; // بشمال سيناء, بجنوب لبنان: the part of a place
    }
    for (Gazetteer.Alias alias : gazetteer.startingWith(rest)) {
      int n = alias.words().length;
      if (alias.entity().type() == ExtractedFact.EntityType.PLACE && n > best && i + n <= t.size()
          && matches(t, i, alias.words())) {
        best = n;
      }
    }
    return best;
  }

  /** The parts of a place named by direction, after ب: بشمال سيناء. */
  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("شمال", "جنوب", "شرق", "غرب", "وسط",
      "شمالي", "جنوبي", "شرقي", "غربي");

  /** Courts, which a role sits in: بمحكمة سيدي امحمد. */
  private static final java.util.Set<String> COURTS = java.util.Set.of("محكمه", "مجلس", "نيابه");

  /** Whether a word is a noun of feeling after ب, which says how someone spoke, after their name: بخجل, بحسرة. */
  static boolean isMannerNoun(String w) {
    return w.length() > 3 && w.charAt(0) == 'ب' && Lexicon.MANNER_NOUNS.contains(w.substring(1));
  }

  /**
   * Whether the word at {@code i} is written with a pronoun: after a ت (ابنته, سألتها), or plural (أبرزهم): a
   * noun or a verb with its possessor or object, which no name is written as.
   */
  static boolean hasPronoun(Tokens t, int i) {
    return placeWithPronoun(t, i) // يلتف حوله عدد من الطلاب: around him, however short
        || t.get(i).end() - t.get(i).start() > 4 && !hasArticle(t, i) // التهم: a definite noun takes no pronoun
        && (t.endsAsWritten(i, "ته") || t.endsAsWritten(i, "تها") || t.endsAsWritten(i, "هم")
        || t.endsAsWritten(i, "تنا") // وعدتنا, أخبرتنا: a verb with us as its object
        || t.endsAsWritten(i, "يها") // ترفع يديها بالدعاء: her hands, no name
        || t.endsAsWritten(i, "ءه") || t.endsAsWritten(i, "ءها")); // أبدى فلان استياءه: no name ends so
  }

  /** Words of where, which take a pronoun of whom they are around: تصطف أمامه طوابير, يقف خلفها. */
  private static final java.util.Set<String> AROUND = java.util.Set.of("امام", "خلف", "وراء", "قرب", "حول", "عند",
      "فوق", "تحت", "جانب", "بجانب", "بين");

  /** Pronouns written on a word of where: ه, ها, هم. */
  private static final List<String> OBJECT_PRONOUNS = List.of("ه", "ها", "هم");

  /** Whether the word at {@code i} ends in a pronoun as written (مديرها, ابنه, ذويهم), not in a ة read as ه. */
  static boolean endsInPronoun(Tokens t, int i) {
    for (String pronoun : OBJECT_PRONOUNS) {
      if (t.endsAsWritten(i, pronoun)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code i} is a word of where with a pronoun written on it: أمامه, خلفها, حولهم. */
  private static boolean placeWithPronoun(Tokens t, int i) {
    String w = t.get(i).norm();
    for (String pronoun : OBJECT_PRONOUNS) {
      if (t.endsAsWritten(i, pronoun) && AROUND.contains(w.substring(0, w.length() - pronoun.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is written as a present verb (يقلب, تبدأ, ينصب), four letters or more after its ي or ت, and is
   * none of the given names written so (يوسف, تامر): before a name, the verb that sets the scene.
   */
  static boolean isSceneVerb(String w) {
    return w.length() >= 4 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت') && !Lexicon.VERB_SHAPED_GIVEN_NAMES.contains(w);
  }

  /** Whether the word at {@code i} opens a kunya: أبو, أم. */
  private static boolean isKunya(Tokens t, int i) {
    return t.get(i).is("ابو") || t.get(i).is("ام");
  }

  /**
   * Whether the word at {@code i} is written as a present verb of the derived forms that no name begins
   * like: يتحمل, تتابع, يستطيع, تستعد.
   */
  private static boolean isDerivedVerb(Tokens t, int i) {
    return t.get(i).end() - t.get(i).start() > 4 && (t.startsAsWritten(i, "يت") || t.startsAsWritten(i, "تت")
        || t.startsAsWritten(i, "يست") || t.startsAsWritten(i, "تست"));
  }

  /** Whether the word at {@code i} is a relative of someone's, with the pronoun: والدها, زوجته, شقيقتهم. */
  static boolean isKinship(Tokens t, int i) {
    return isKinship(t.get(i).norm()) || isKinship(Clitics.withoutConjunction(t.get(i).norm())); // والدها, ووالدها
  }

  private static boolean isKinship(String w) {
    for (String pronoun : PRONOUNS) {
      if (w.endsWith(pronoun) && w.length() > pronoun.length() + 1) {
        String noun = w.substring(0, w.length() - pronoun.length());
        return Lexicon.KINSHIP.contains(Clitics.beforePronoun(noun)); // زوجته: زوجة
      }
    }
    if (w.endsWith("ي") && (w.length() > 3 || w.equals("عمي"))) { // والدي, زوجتي, عمي: the speaker's own; not جاري (ongoing), خالي (empty), علي
      String noun = Clitics.beforePronoun(w.substring(0, w.length() - 1));
      return Lexicon.KINSHIP.contains(noun) && !noun.equals("جار") && !noun.equals("خال");
    }
    return false;
  }

  private static final List<String> PRONOUNS = List.of("هما", "هم", "ها", "ه");

  /**
   * Whether باسم at {@code i} is the given name Basim rather than "in the name of": not after a spokesperson
   * (المتحدث الرسمي باسم), and followed by a name word or a family name with the article (باسم الغرابي, not
   * باسم الخارجية).
   */
  private boolean isBasim(Tokens t, int i) {
    String before = i > 0 ? t.get(i - 1).norm() : "";
    if (i + 1 >= t.size() || Lexicon.SPOKESPERSON.contains(before) || before.startsWith("الرسمي")) {
      return false;
    }
    String next = t.get(i + 1).norm();
    return !next.equals("باسم") && isNameWord(t, i + 1) && gazetteer.lookup(next) == null
        || hasArticle(t, i + 1) && next.length() > 4 && next.endsWith("ي") && !isPlace(t, i + 1);
  }

  /**
   * Whether token {@code i} opens with the article. Normalization writes إلياس and إلهام as الياس and
   * الهام, so a hamza on the alef, in the text as written, says it is no article.
   */
  static boolean hasArticle(Tokens t, int i) {
    return t.get(i).norm().startsWith("ال") && !t.startsAsWritten(i, "إ") && !t.startsAsWritten(i, "أ");
  }

  /**
   * Where two to {@link #MAX_NAME_WORDS} words set off by the comma at {@code comma} end, at the comma that
   * closes them ({@code …»، سمير بن عيسى،}, {@code …، فتحي العياري، فاعتبر}); -1 when none are.
   */
  static int setOffEnd(Tokens t, int comma) {
    if (comma + 1 >= t.size() || !isComma(t, comma)) {
      return -1;
    }
    int end = t.phraseEnd(comma + 1);
    return end - comma - 1 >= 2 && end - comma - 1 <= MAX_NAME_WORDS && end < t.size() && isComma(t, end) ? end : -1;
  }

  /** The longest verb of purpose that can end a name (ليستعرض); a longer word is a foreign name (ليندكفيست). */
  private static final int PURPOSE_VERB_MAX = 8;

  /** Where a name starting at {@code i} ends: at a stop, after at most {@link #MAX_NAME_WORDS} words. */
  /** Past verbs of showing a feeling, which follow a subject's name: أبدى تحفظا, أعرب عن قلقه. */
  private static final java.util.Set<String> EXPRESSING = java.util.Set.of("ابدي", "ابدت", "اعرب", "اعربت", "عبر",
      "عبرت");

  /**
   * Whether a word in ل that follows two name words ends the name as its family name, as foreign names do
   * ({@code ألبرتو مارتين لوبيز أن}): five letters or more, no ل of the article, and nothing but a stop after it.
   */
  private static boolean lastForeignWord(Tokens t, int k) {
    String w = t.get(k).norm();
    return w.length() >= 5 && !w.startsWith("لل") && !Lexicon.ORGANIZATIONS.contains(w.substring(1))
        && !Lexicon.ROLE_HEADS.contains(w.substring(1)) && !t.endsAsWritten(k, "ة") && !w.endsWith("نا")
        && (k + 1 >= t.size() || isStop(t, k + 1)); // not لمراسلنا, لمدرسة
  }

  /**
   * Whether a normalized word without its article has the shape of a verbal noun of a derived verb: استمرار,
   * انسحاب, إعلام, تنسيق; no town or name is written so after بال.
   */
  private static boolean isDerivedVerbalNoun(String w) {
    return w.length() >= 5 && (w.startsWith("ا") || w.startsWith("ت"));
  }

  /** Prepositions of where, after which a noun joined by و is the scene around someone: والدموع في عينيها. */
  private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("في", "على", "بين", "تحت", "فوق");

  int nameEnd(Tokens t, int i, int to) {
    int end = i;
    int words = 0;
    while (end < to && words < MAX_NAME_WORDS && !isStop(t, end)) {
      String w = t.get(end).norm();
      if (end - i >= 1 && isOutlet(w) || end - i >= 2 && (isPlace(t, end) || w.startsWith("ل") && !lastForeignWord(t, end))) {
        break; // لإذاعة …, محيسن لوكالة …, الشمري تركيا وإيران, سعاد حسون لعنب بلدي: what follows a name
      }
      if (end - i >= 1 && (w.startsWith("ال") && Lexicon.DOCUMENTS.contains(w.substring(2))
          || Lexicon.DOCUMENTS.contains(w) && end + 1 < t.size() && hasArticle(t, end + 1))) {
        break; // وصف المتحدث عمر عبد الباقي التقرير بأنه, وتلا القاضي فلان منطوق الحكم: the document, after the name
      }
      if (hasPronoun(t, end) || end - i >= 2 && t.endsAsWritten(end, "ته") && t.get(end).norm().length() == 4
          || end - i >= 2 && isKunya(t, end - 2) && !hasArticle(t, end)
          && (t.endsAsWritten(end, "ه") || t.endsAsWritten(end, "ها")
          || t.endsAsWritten(end, "ا") && w.length() >= 4)) { // تشعل أم حسين موقدا صغيرا: the verb's object
        break; // كلما ذكر اسم ابنته, يمرر أبو محمد يده, وضع فلان الفلاني ثقته: whose it is, not a name
      }
      if (end - i >= 1 && (Numbers.word(w) != null && !w.startsWith("احد") || Numbers.scale(w) != null
          || Numbers.isPrefixedWord(w) || Numbers.digits(w) != null)) {
        break; // تتدرب رحمة ست حصص في الأسبوع, ويزرع الحاج فلان 4 أفدنة: a count after the name
      }
      if (end - i >= 2 && w.length() == 3 && !hasArticle(t, end) && end + 1 < to && countFollows(t, end + 1)) {
        break; // الحاج سليمان دراغمة باع أكثر من 150 رأسا: a past verb, and how many
      }
      if (end - i >= 2 && end + 1 < to && isAccusativeWithAdjective(t, end)) {
        break; // ونظيره السوداني عمر صديق الأمين مؤتمرا صحفيا: the verb's object and its adjective
      }
      if (end - i >= 2 && isVerbAndObject(t, end) && !NEGATIONS.contains(t.get(i).norm())) { // not لا تزال تستقبل
        break; // جلست أم يمنية تحتضن ابنها: what she does, after who she is
      }
      if (end - i >= 1 && (NEGATIONS.contains(w) || w.length() > 2 && w.charAt(0) == 'ف'
          && NEGATIONS.contains(w.substring(1)))) { // أما جورج حداد فلا يتوقع: the topic, then what he does not
        break; // كانت الحاجة آمنة لا تزال تستقبل المهنئين: what she still did, after her name
      }
      if (end - i == 2 && isKunya(t, i) && end + 1 < to && hasArticle(t, end) && hasArticle(t, end + 1)) {
        break; // تبيع أم فراس الزيتون الأخضر, تفرش أم محمد الشوادر البلاستيكية: the verb's object, after the kunya
      }
      if (end - i >= 1 && w.length() > 4 && w.startsWith("وال") && !w.startsWith("والي") && end + 1 < to
          && PLACE_PREPOSITIONS.contains(t.get(end + 1).norm())) {
        break; // وقالت حداد والدموع في عينيها: what was with her as she spoke, after her name
      }
      if (end - i >= 1 && w.length() > 3 && w.charAt(0) == 'ف' && Lexicon.REPORTING_VERBS.contains(w.substring(1))) {
        break; // أما ابنتها سلمى فقالت: the verb after the topic's name
      }
      if (end - i >= 1 && Lexicon.JOINED_ROLE_HEADS.contains(w)) {
        break; // الوزير وليد خوري ورئيس اللجنة فادي يزبك: the next one's role, not his name
      }
      if (end - i >= 2 && EXPRESSING.contains(w)) {
        break; // لكن جاره يعقوب موسى أبدى تحفظا: what he showed, after his name
      }
      if (end - i >= 1 && Lexicon.AFTER_NAME.contains(w)) {
        break; // الهادي بن عمر القادم من مدينة نابل: who he is, after his name
      }
      if (end - i >= 1 && w.length() >= 5 && (w.startsWith("لي") || w.startsWith("لت")) && !isPlace(t, end)
          && (w.length() <= PURPOSE_VERB_MAX || Lexicon.REPORTING_VERBS.contains(w.substring(1)))) {
        break; // ويعود يوسف ليشرح: a verb of purpose after the name; not أولاف ليندكفيست
      }
      if (end - i >= 2 && w.length() >= 3 && w.startsWith("ب") && end + 1 < to && t.get(end + 1).word()
          && (t.endsAsWritten(end + 1, "ها") || t.endsAsWritten(end + 1, "ه")) && !hasArticle(t, end + 1)) {
        break; // تمسك سهى دقماق بيد ابنها: what she holds, after her name
      }
      if (end - i >= 1 && w.length() >= 5 && w.startsWith("ب") && !w.startsWith("بال") && t.endsAsWritten(end, "ة")
          && end + 1 < to
          && t.get(end + 1).word() && !isStop(t, end + 1)) {
        break; // فازت المخرجة سلمى بنعيسى بجائزة أفضل إخراج: what she won, after her name
      }
      if (end - i >= 2 && w.length() >= 6 && w.startsWith("و") && endsInPronoun(t, end)) {
        break; // الحاج سعيد عودة وأبناؤه وأحفاده: his family with him, after his name
      }
      if (end - i >= 1 && w.startsWith("بال") && isDerivedVerbalNoun(w.substring(3))) {
        break; // تمسك المدرب جواو مونتيرو بالاستمرار في منصبه: what he holds to, after his name
      }
      if (end - i >= 1 && w.length() >= 5 && w.startsWith("ب") && w.endsWith("يه")) {
        break; // يقول أمادو بفرنسية ممزوجة بعربية: the manner of speaking, after the name
      }
      if (end - i >= 3 && isPresentVerb(w) && i > 0 && Lexicon.RANKS.contains(t.get(i - 1).norm())) {
        break; // الأسطى سيد عبد الفتاح يطرق صينية: a rank and three names, then what he does
      }
      if (end - i >= 1 && isPresentVerb(w) && i > 0 && Lexicon.RANKS.contains(t.get(i - 1).norm()) && end + 1 < to
          && t.get(end + 1).word() && !hasArticle(t, end + 1) && !Lexicon.NAME_LINKS.contains(t.get(end + 1).norm())
          && !t.get(end + 1).is("عبد") && !t.get(end + 1).is("عبدال")) {
        break; // كانت الحاجة خديجة تعيد ترتيب أكياس: a rank and a name, then a verb and its object
      }
      if (end - i >= 2 && isPresentVerbWithObject(t, end)) {
        break; // تدعى نجلاء عبد الحميد تحسب ما ستدفعه, ريما سعادة تجمع ثمانية ممثلين: a verb after the name
      }
      if (end - i >= 1 && isPresentVerbWithPreposition(t, end) && !Lexicon.UNNAMED_PEOPLE.contains(t.get(end - 1).norm())
          && !Lexicon.ROLE_HEADS.contains(t.get(end - 1).norm())) {
        break; // وزوجته رنا تهتم بالتغليف: a verb and what it is about, after a first name; not ممرضة تعمل بالمركز
      }
      boolean craft = end - i >= 2 && isCraftName(t.get(end - 1).norm()) && !hasArticle(t, end)
          && (t.endsAsWritten(end, "ة") || t.endsAsWritten(end, "ا")); // لينا الحداد منصة, الحداد فريقا
      if (end - i >= 2 && hasArticle(t, end - 1) && (isNisba(t.get(end - 1).norm()) || craft)
          && objectAfterName(t, end)
          && !Lexicon.NAME_LINKS.contains(t.get(end - 2).norm())
          && !Lexicon.COMPOUND_NAME_HEADS.contains(t.get(end - 2).norm())) { // عبد الولي شيخ علي is one name
        break; // سالم الرميثي علاقة أهل الساحل, فلان الكندي الساقية: a family name ends the name
      }
      if (end - i >= 2 && Lexicon.NAME_LINKS.contains(t.get(end - 2).norm()) && !hasArticle(t, end)
          && t.endsAsWritten(end, "ة") && !Lexicon.NAME_LINKS.contains(w)) {
        break; // اكتشف المدرب الهادي بن صالح موهبة رحمة: a feminine noun after بن X is the verb's object
      }
      if (end - i >= 3 && end + 2 < to && !hasArticle(t, end) && t.get(end + 1).word() && !hasArticle(t, end + 1)
          && t.endsAsWritten(end + 1, "ة") && t.get(end + 2).word() && !hasArticle(t, end + 2)
          && t.endsAsWritten(end + 2, "ة")) {
        break; // يرفع عوض سالم باحميد غطاء خلية خشبية: three names, then an indefinite noun and its adjective
      }
      if (end - i >= 2 && !hasArticle(t, end - 1) && !hasArticle(t, end) && t.endsAsWritten(end, "ة") && end + 1 < to
          && hasArticle(t, end + 1) && !isNisba(t.get(end + 1).norm()) && !isPlace(t, end + 1)
          && !Lexicon.NAME_LINKS.contains(t.get(end - 1).norm())) {
        break; // أعطى الوزير عبد الكريم بوزيدي إشارة الانطلاق: a noun and its genitive, the verb's object
      }
      if (end - i >= 1 && !hasArticle(t, end) && w.length() >= 6 && (w.startsWith("مت") || w.startsWith("مست"))
          && w.endsWith("ا") && !w.endsWith("نا")) {
        break; // ظل محمود متمسكا بقراره: a participle describing him, after his name
      }
      if (end - i >= 2 && hasArticle(t, end) && w.startsWith("الت") && w.length() >= 6 && !isNisba(w)
          && !t.get(end - 1).is("عبد")) { // not محمود عبد التواب, a name of God after عبد
        break; // طلب الأستاذ منير بن عمار التأجيل: a verbal noun, the verb's object, after the name
      }
      if (end - i >= 1 && hasArticle(t, end) && t.endsAsWritten(end, "ة") && !isNisba(w)
          && !t.get(end - 1).norm().startsWith("احد") && isIndefiniteAccusative(t, end + 1, to)) {
        break; // وتمسح أسماء السبورة استعدادا: the verb's object and why; not وقال أحد الباعة ساخرا
      }
      words += Lexicon.NAME_LINKS.contains(t.get(end).norm()) || t.get(end).is("عبد") ? 0 : 1; // عيسى بن خالد آل
      // خليفة; محمد عبد الله ولد اعل سالم, where عبد الله is one given name
      end++;
    }
    return end;
  }

  /**
   * Whether the word at {@code k} is an indefinite accusative noun with a nisba adjective after it ({@code
   * مؤتمرا صحفيا}, {@code موقفا رسميا}); not two names ending in an alif (ماريا تيريزا, صوفيا).
   */
  private static boolean isAccusativeWithAdjective(Tokens t, int k) {
    return isIndefiniteAccusative(t, k, t.size()) && !t.endsAsWritten(k, "يا")
        && (isIndefiniteAccusative(t, k + 1, t.size()) && t.endsAsWritten(k + 1, "يا")
        || k + 1 < t.size() && t.get(k + 1).word() && !hasArticle(t, k + 1) && t.endsAsWritten(k + 1, "ة")
        && t.get(k).norm().length() <= 5); // يعلق التاجر فلان آمالا كبيرة: a plural and its adjective
  }

  /**
   * Whether the word at {@code k} is an indefinite noun in the accusative, as a verb's object or its reason is
   * written ({@code استعدادا}, {@code موقدا}), which no name is: five letters or more ending in an alif, and not
   * a pronoun (نا, ها).
   */
  private static boolean isIndefiniteAccusative(Tokens t, int k, int to) {
    return k < to && t.get(k).word() && !hasArticle(t, k) && t.get(k).norm().length() >= 5
        && t.endsAsWritten(k, "ا") && !t.endsAsWritten(k, "نا") && !t.endsAsWritten(k, "ها");
  }

  /** Whether a definite word is a family name of a craft, of the form فعّال: الحداد, النجار, الخياط. */
  private static boolean isCraftName(String w) {
    return w.length() == 6 && w.startsWith("ال") && w.charAt(4) == 'ا';
  }

  /**
   * Whether the word at {@code i}, after a family name ({@code i - 1}), is more likely the verb's object:
   * an indefinite word that links no name (علاقة), or a definite one that is no nisba of the same gender
   * ({@code الكندي الساقية}).
   */
  private static boolean objectAfterName(Tokens t, int i) {
    String w = t.get(i).norm();
    if (!hasArticle(t, i)) {
      return !Lexicon.NAME_LINKS.contains(w);
    }
    return !isNisba(w) || w.endsWith("يه") && !t.get(i - 1).norm().endsWith("يه");
  }

  /**
   * A present-tense verb before what it governs: {@code تحسب ما}, {@code يعرف كيف}, or a count ({@code تجمع ثمانية
   * ممثلين}).
   */
  private static boolean isPresentVerbWithObject(Tokens t, int i) {
    String w = t.get(i).norm();
    if (!(w.startsWith("ي") || w.startsWith("ت")) || w.length() < 3 || i + 1 >= t.size()) {
      return false;
    }
    String next = t.get(i + 1).norm();
    return Lexicon.VERB_OBJECTS.contains(next) || Numbers.digits(next) != null || Numbers.word(next) != null;
  }

  /**
   * A verb in the present of four or five letters, no given name written like one, and a definite noun after
   * the preposition ب: تهتم بالتغليف, يعمل بالزراعة; not يونس بالعربية.
   */
  private static boolean isPresentVerbWithPreposition(Tokens t, int i) {
    return isPresentVerb(t.get(i).norm()) && i + 1 < t.size() && t.get(i + 1).norm().startsWith("بال")
        && t.get(i + 1).norm().length() > 5;
  }

  /** Whether a count starts at {@code k}: digits, a number word, or أكثر, نحو, حوالي before one. */
  private static boolean countFollows(Tokens t, int k) {
    String w = t.get(k).norm();
    return Numbers.digits(w) != null && !DateExtractor.isYearToken(w) || Numbers.word(w) != null && !w.startsWith("احد")
        || COUNT_MARKERS.contains(w) && k + 1 < t.size() && (t.get(k + 1).is("من")
        || Numbers.digits(t.get(k + 1).norm()) != null);
  }

  private static final java.util.Set<String> COUNT_MARKERS = java.util.Set.of("اكثر", "نحو", "حوالي", "قرابه", "اقل");

  /** A verb in the present of four or five letters that no given name is written like: يدافع, تهتم; not يونس. */
  static boolean isPresentVerb(String w) {
    return (w.startsWith("ي") || w.startsWith("ت")) && w.length() >= 4 && w.length() <= 5
        && !Lexicon.VERB_SHAPED_GIVEN_NAMES.contains(w);
  }

  /** A verb in the present and a noun with its pronoun after it: يلف رأسه, تحمل طفلها; not يحيى طه. */
  static boolean isVerbAndObject(Tokens t, int v) {
    String verb = t.get(v).norm();
    String object = v + 1 < t.size() ? t.get(v + 1).norm() : "";
    return (verb.startsWith("ي") || verb.startsWith("ت")) && verb.length() >= 3 && verb.length() <= 5
        && object.length() > 3 && (t.endsAsWritten(v + 1, "ه") || t.endsAsWritten(v + 1, "ها"))
        && !object.endsWith("الله") // يوسف عبدالله: a name of God written joined, no pronoun
        || isDerivedPresent(verb) && v + 1 < t.size() && (hasArticle(t, v + 1) // يجتاز الامتحان, يستعيد الذكرى
        || object.length() > 3 && t.endsAsWritten(v + 1, "ا")); // ينتظر خبرا: an indefinite object
  }

  /**
   * A present verb of the derived forms يفتعل and يستفعل (يجتاز, يحتاج, يستعيد), which no given name takes:
   * not ياسين, يعقوب, توفيق.
   */
  private static boolean isDerivedPresent(String w) {
    return w.length() >= 5 && (w.charAt(0) == 'ي' || w.charAt(0) == 'ت')
        && (w.charAt(2) == 'ت' || w.startsWith("ست", 1));
  }

  boolean allNameWords(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (k > from && isVerbAndObject(t, k - 1)) {
        return false; // مزارع ستيني، يلف رأسه بكوفية حمراء: what he does, no name
      }
      if (!isNameWord(t, k) && !(k > from && t.get(k).norm().startsWith("ال"))) {
        return false;
      }
    }
    return true;
  }

  boolean isPlace(Tokens t, int i) {
    return isPlace(t.get(i).norm());
  }

  /** Whether a normalized word is a place the gazetteer knows. */
  boolean isPlace(String norm) {
    ExtractedFact.Entity e = gazetteer.lookup(norm);
    return e != null && e.type() == ExtractedFact.EntityType.PLACE;
  }

  /**
   * Whether a definite nisba is the adjective of a country or a place the gazetteer knows: الهولندي (هولندا),
   * المصري (مصر), المغربي (المغرب); not a surname such as الظاهري.
   */
  boolean isNationality(String norm) {
    if (norm.length() < 6 || !norm.startsWith("ال") || !norm.endsWith("ي")) {
      return false;
    }
    String base = norm.substring(2, norm.length() - 1);
    return isPlace(base) || isPlace("ال" + base) || isPlace(base + "ا");
  }

  /** ل or ب before a media noun, our own among them: لإذاعة، لقناة، للصحفيين، لموقعنا، لصحيفتنا. */
  static boolean isOutlet(String w) {
    if (w.length() < 4 || (w.charAt(0) != 'ل' && w.charAt(0) != 'ب')) {
      return false;
    }
    if (w.startsWith("لل") || Lexicon.OUTLETS.contains(w.substring(1))) {
      return true;
    }
    if (!w.endsWith("نا") || w.length() < 6) {
      return false;
    }
    String ours = w.substring(1, w.length() - 2); // موقع, صحيفت
    return Lexicon.OUTLETS.contains(ours) || Lexicon.OUTLETS.contains(Clitics.beforePronoun(ours));
  }

  /** The "(" of an age or a note that closes at {@code close}, a few tokens before it; -1 when there is none. */
  static int parenthesisOpening(Tokens t, int close) {
    for (int k = close - 1; k > 0 && close - k <= 4; k--) {
      if (t.get(k).is("(")) {
        return k;
      }
    }
    return -1;
  }

  /** Particles of negation, and حتى, which open a verb phrase and so end a name: ليال حتى تختفي, أبيبي غير معني. */
  private static final java.util.Set<String> NEGATIONS = java.util.Set.of("لا", "لم", "لن", "حتي", "غير");

  /** A preposition on an institution's noun, which says where someone works: بجامعة, لوزارة. */
  static boolean isInstitutionAfterPreposition(String w) {
    return w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل')
        && Lexicon.ROLE_CONTINUATIONS.contains(w.substring(1));
  }

  /** Whether a noun without its article heads a role, in the masculine or the feminine: مدير, مديرة (مديره). */
  static boolean isRoleHead(String noun) {
    return Lexicon.ROLE_HEADS.contains(noun)
        || noun.endsWith("ه") && Lexicon.ROLE_HEADS.contains(noun.substring(0, noun.length() - 1));
  }

  static boolean isNisba(String w) {
    return w.length() > 3 && (w.endsWith("ي") || w.endsWith("يه"));
  }

  /** The length of a multi-word organization or place name the gazetteer knows at {@code i}, or 0. */
  int knownNameLength(Tokens t, int i, int to) {
    int best = 0;
    for (Gazetteer.Alias alias : gazetteer.startingWith(t.get(i).norm())) {
      int n = alias.words().length;
      if (alias.entity().type() != ExtractedFact.EntityType.PERSON && n > best && i + n <= to
          && matches(t, i, alias.words())) {
        best = n;
      }
    }
    return best;
  }

  static boolean matches(Tokens t, int at, String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (!t.get(at + k).norm().equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** يدعى, and ويدعى with its conjunction. */
  static boolean isNamedAs(String w) {
    return Clitics.in(w, Lexicon.NAMED_AS);
  }

  static boolean isComma(Tokens t, int i) {
    return t.get(i).is("،") || t.get(i).is(",");
  }

  /** The first comma at or after {@code i}, or {@code to}. */
  static int nextComma(Tokens t, int i, int to) {
    while (i < to && !isComma(t, i)) {
      i++;
    }
    return i;
  }

}
