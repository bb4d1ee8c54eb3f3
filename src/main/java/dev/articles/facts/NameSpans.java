package dev.articles.facts;

/**
 * Where a person's name stands in a speaker phrase that does not open with it: set off by commas after the
 * role ({@code مدير قطب العمليات، يوسف العلمي،}), after the last comma ({@code ربة المنزل السبعينية من حي
 * الميدان، سعاد الحلبي}), after a place ({@code منسق البرنامج في أدري بيير دوبوا}) or at the end of a long
 * description. Each method returns the name's {@code [from, to)}, or null when the phrase is not so.
 */
final class NameSpans {
  private final Gazetteer gazetteer;
  private final NameWords names;
  private final RolePhrase roles;

  NameSpans(Gazetteer gazetteer, NameWords names, RolePhrase roles) {
    this.gazetteer = gazetteer;
    this.names = names;
    this.roles = roles;
  }

  /**
   * A name at the end of a description that runs on with a place: {@code المعدن الأهلي القادم من مدينة
   * الفاشر آدم يعقوب إسحق}. The name is the last run of two to four name words before the first mark,
   * after a definite word or a place. Null when the phrase does not end so.
   */
  int[] trailingName(Tokens t, int from, int to) {
    int end = from;
    while (end < to && t.get(end).word()) {
      end++;
    }
    if (!t.get(from).norm().startsWith("ال") || end - from < 4) {
      return null;
    }
    for (int start = from + 2; start <= end - 2; start++) {
      ExtractedFact.Entity twoWordPlace = gazetteer.lookup(t.original(start - 2, start));
      boolean boundary = t.get(start - 1).norm().startsWith("ال") || names.isPlace(t, start - 1)
          || twoWordPlace != null && twoWordPlace.type() == ExtractedFact.EntityType.PLACE; // خان يونس هبة النجار
      if (boundary && names.isNameWord(t, start) && end - start <= NameWords.MAX_NAME_WORDS
          && names.allNameWords(t, start, end)) {
        int nameEnd = names.nameEnd(t, start, end); // سعاد حسون لعنب بلدي: the outlet after the name
        return nameEnd - start >= 2 ? new int[] {start, nameEnd} : null;
      }
    }
    return null;
  }

  /** A document or an occasion of speech with its owner's pronoun: بيانه, كلمتها, تصريحه. */
  private static boolean isOwnSpeech(String w) {
    if (w.length() < 5 || !w.endsWith("ه") && !w.endsWith("ها")) {
      return false;
    }
    String own = Clitics.beforePronoun(w.substring(0, w.length() - (w.endsWith("ها") ? 2 : 1))); // كلمته: كلمة
    return Lexicon.DOCUMENTS.contains(own) || Lexicon.SPEECH_OCCASIONS.contains(own);
  }

  /**
   * A name after a place the gazetteer does not know: {@code منسق البرنامج في أدري بيير دوبوا}. Place
   * names are mostly one word, so {@code في}, one word, then two to four name words up to the phrase's end
   * are read as place and name. Returns {@code [from, to)} of the name, or null.
   */
  int[] nameAfterPlace(Tokens t, int i, int to) {
    if (i + 3 >= to || !t.get(i).is("في") || !t.get(i + 1).word() || NameWords.isStop(t, i + 1)
        || Lexicon.SPEECH_OCCASIONS.contains(t.get(i + 1).norm()) || Lexicon.DOCUMENTS.contains(t.get(i + 1).norm())
        || isOwnSpeech(t.get(i + 1).norm())) {
      return null;
    }
    int stop = i + 2;
    while (stop < to && !NameWords.isStop(t, stop)) {
      stop++;
    }
    // The name is the last run of name words, after a definite word or a place that ends the place's own
    // name (في معبر باب الهوى الحدودي مأمون الدرويش); with none, the place is one word (في أدري بيير دوبوا).
    for (int start = i + 2; start <= stop - 2; start++) {
      boolean boundary = t.get(start - 1).norm().startsWith("ال") || names.isPlace(t, start - 1);
      if (boundary && names.isNameWord(t, start) && stop - start <= NameWords.MAX_NAME_WORDS
          && !t.get(start).norm().startsWith("بال") // شركات التكرير بالمنطقة الحرة: where, no name
          && names.allNameWords(t, start, stop)) {
        return new int[] {start, stop};
      }
    }
    int start = i + 2;
    int end = names.nameEnd(t, start, to);
    if (names.knownNameLength(t, start, end) == end - start) {
      return null; // مسؤول في محلية أم درمان: a place the gazetteer knows, no name
    }
    if (end - start < 2 || end < to && t.get(end).word() && !NameWords.isStop(t, end)
        || !names.allNameWords(t, start, end)
        || t.get(start).norm().startsWith("ال")) {
      return null;
    }
    return new int[] {start, end};
  }

  /**
   * A name set off at the end of the phrase, after its last comma: {@code ربة المنزل السبعينية من حي
   * الميدان، سعاد الحلبي}. Returns {@code [from, to)} of the name, or null.
   */
  int[] lastSegmentName(Tokens t, int from, int to) {
    while (to > from && NameWords.isComma(t, to - 1)) {
      to--; // … الشرقاوي، إن: the comma before the introducer
    }
    int comma = -1;
    for (int k = from; k < to; k++) {
      if (NameWords.isComma(t, k)) {
        comma = k;
      }
    }
    int start = comma + 1;
    if (comma < 0 || start >= to) {
      return null;
    }
    String first = t.get(start).norm();
    int end = start;
    while (end < to && (names.isNameWord(t, end) || end > start && first.length() > 0
        && t.get(end).norm().startsWith("ال"))) {
      if (Lexicon.ANONYMITY.contains(t.get(end).norm())) {
        return null; // تاجر لؤلؤ، طلب عدم نشر اسمه،: a clause withholding the name
      }
      if (NameWords.isVerbAndObject(t, end)) {
        return null; // مزارع ستيني، يلف رأسه بكوفية حمراء: what he does, no name
      }
      end++;
    }
    // The name may be followed by an age in parentheses or by the outlet spoken to: رهف العمري (27 عاما),
    // لحسن أوبلا لهسبريس.
    boolean closes = end == to || t.get(end).is("(") || NameWords.isOutlet(t.get(end).norm());
    if (end - start < 2 || end - start > NameWords.MAX_NAME_WORDS || !names.isNameWord(t, start) || !closes
        || first.startsWith("و") || first.startsWith("ف")
        || Lexicon.UNNAMED_PEOPLE.contains(first) && !KUNYA_OPENERS.contains(first)) { // سالمة الزروق، ربة بيت
      return null;
    }
    return new int[] {start, end};
  }

  /** Words of an ordinary person that also open a name: أم خالد, أب, الحاج as حاج. */
  private static final java.util.Set<String> KUNYA_OPENERS = java.util.Set.of("ام", "اب", "حاج", "حاجه");

  /** Whether the words {@code [from, i)} are a role, so that the word at {@code i} starts the name. */
  boolean isRoleBefore(Tokens t, int from, int i) {
    return i > from && Lexicon.ROLE_HEADS.contains(Clitics.known(t.get(from).norm(), Lexicon.HEADS))
        && roles.roleEnd(t, from + 1, i + 1) == i;
  }

  /** Whether no word in {@code [from, to)} is definite: صاحب محل حلويات. */
  static boolean isIndefinite(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).norm().startsWith("ال")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A role with no definite word that ends in an adjective (دبلوماسي غربي) introduces someone unnamed; the
   * words after it are a clause about them (حضر الاجتماع), not a name.
   */
  static boolean isIndefiniteWithAdjective(Tokens t, int from, int to) {
    return isIndefinite(t, from, to) && to - from >= 2 && NameWords.isNisba(t.get(to - 1).norm());
  }

  /**
   * A name set off by commas after the role: {@code مدير قطب العمليات، يوسف العلمي، في تصريح}, or after an
   * apposition: {@code رئيسة النادي، الجهة المنظمة للمعرض، رنا الحسيني}. Returns {@code [from, to)} or null.
   * After a role that already has a name, only the very next segment counts, and only as a name of two
   * words or more that does not open with و: {@code وزير الخارجية فلان، ونظيره الأردني …} names two people.
   */
  int[] apposedName(Tokens t, int i, int to, boolean roleOnly) {
    while (i < to) {
      if (!NameWords.isComma(t, i)) {
        return null;
      }
      int start = i + 1;
      int end = start;
      while (end < to && t.get(end).word() && !NameWords.isStop(t, end)) {
        end++;
      }
      int segment = start;
      while (start < end - 2 && NameWords.hasArticle(t, start) && (!names.isNameWord(t, start)
          || names.isNationality(t.get(start).norm()) && !NameWords.hasArticle(t, start + 1))
          && !Lexicon.RANKS.contains(t.get(start).norm())) { // …، الهولندي ماركوس فان ديك،
        start++; // رئيسة لجنة التحكيم، المخرجة التونسية ليلى بن سالم،: who she is, then her name
      }
      int rank = start < end - 2 && Lexicon.RANKS.contains(t.get(start).norm()) ? 1 : 0;
      int first = start + rank; // نائب المدير العام، الكابتن فؤاد ناصر باعلوي،: the rank stays with the name
      int linked = 0;
      for (int k = first; k < end; k++) {
        linked += Lexicon.NAME_LINKS.contains(t.get(k).norm()) ? 1 : 0;
      }
      boolean allNames = end > first && end - first - linked <= NameWords.MAX_NAME_WORDS // عبد الله بن سعد الخريجي
          && !(start > segment && t.get(first).norm().startsWith("ل") // المدير الفني السابق لنادي السد: whose
          && Lexicon.ROLE_CONTINUATIONS.contains(t.get(first).norm().substring(1)))
          && !Lexicon.AFFILIATED.contains(t.get(segment).norm()) // مصدر في مكتب الصحة، التابع لسلطات الحوثيين،
          && !(t.get(first).norm().startsWith("و")
          && Lexicon.PHRASE_STOPS.contains(t.get(first).norm().substring(1))); // …، وعن المجاعة وتفشي الكوليرا،
      for (int k = first; k < end && allNames; k++) {
        allNames = (names.isNameWord(t, k) || ((k > first || rank == 1) && t.get(k).norm().startsWith("ال")))
            && !Lexicon.ANONYMITY.contains(t.get(k).norm()) // مسؤول، فضل عدم ذكر اسمه، قال
            && !NameWords.isKinship(t, k) // موظف في الخمسينيات، نجح ابنه في الامتحان،: whose son, no name
            && !(k > first && NameWords.isVerbAndObject(t, k - 1)); // مزارع ستيني، يلف رأسه بكوفية حمراء،: what he does
      }
      if (allNames && (names.isNameWord(t, first) || rank == 1) && (first == segment || end - first >= 2)
          && (roleOnly || (end - first >= 2 && (end == to || NameWords.isComma(t, end))
          && !t.get(first).norm().startsWith("و")))) {
        return new int[] {start, end};
      }
      if (!roleOnly) {
        return null;
      }
      i = end;
      while (i < to && !t.get(i).is("،") && !t.get(i).is(",")) {
        i++; // the rest of an apposition: الجهة المنظمة للمعرض
      }
    }
    return null;
  }

  /** Whether the word before {@code i} is an institution that the name at {@code i} names: بجامعة ابن زهر. */
  static boolean namesAnInstitution(Tokens t, int i) {
    String bare = nounBefore(t, i);
    return bare != null && (Lexicon.INSTITUTIONS.contains(t.get(i - 1).norm()) || Lexicon.INSTITUTIONS.contains(bare));
  }

  /** Whether the rank at {@code r} is part of what an institution or a place is named after: بجامعة القاضي عياض. */
  static boolean namesAPlace(Tokens t, int r) {
    String bare = nounBefore(t, r);
    return bare != null && !bare.startsWith("ال") // not ممثل المنظمة الدكتور فلان: a definite noun names nothing after it
        && (Lexicon.ORGANIZATIONS.contains(bare) || Lexicon.INSTITUTIONS.contains(bare) || SETTLEMENTS.contains(bare));
  }

  /** Places named after a saint or a notable, as villages and mosques are: لقرية الشيخ يوسف, بحي الحاج عمر. */
  private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("قريه", "بلده", "مدينه", "حي", "دوار",
      "عزبه", "نجع", "كفر", "منطقه", "شارع", "ضاحيه", "جامع", "مسجد", "زاويه", "ضريح", "مقام");

  /** The word before {@code i}, without an attached ب or ل (بجامعة → جامعة); null when no word stands there. */
  private static String nounBefore(Tokens t, int i) {
    if (i == 0 || !t.get(i - 1).word()) {
      return null;
    }
    String before = t.get(i - 1).norm();
    boolean prefixed = before.length() > 3 && (before.startsWith("ب") || before.startsWith("ل"));
    return prefixed ? before.substring(1) : before;
  }
}
