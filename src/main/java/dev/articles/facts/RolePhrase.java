package dev.articles.facts;

/**
 * Where a role ends: its head noun and what continues it, such as definite words, construct nouns (وزارة،
 * مكتب), {@code باسم}, attachments ({@code للشركة}), places after {@code في}, {@code لدى} or {@code عن},
 * names the gazetteer knows, and quoted names ({@code جمعية "صرخة المودعين"}).
 */
final class RolePhrase {
  private final Gazetteer gazetteer;
  private final NameWords names;

  RolePhrase(Gazetteer gazetteer, NameWords names) {
    this.gazetteer = gazetteer;
    this.names = names;
  }

  /** Words that open a place's two-word name: سيدي بوزيد, عين تموشنت, بني سويف, بيت لاهيا, دير البلح. */
  private static final java.util.Set<String> PLACE_HEADS =
      java.util.Set.of("سيدي", "عين", "بني", "بيت", "دير", "تل", "خان", "برج", "حمام", "راس");

  /** Directions that open a region's name: شمال كردفان, جنوب دارفور. */
  private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("شمال", "جنوب", "شرق", "غرب", "وسط");

  /** Regions whose name follows them: بإقليم طاطا, بولاية نهر النيل. */
  private static final java.util.Set<String> REGIONS = java.util.Set.of("اقليم", "ولايه", "محافظه", "جهه", "منطقه",
      "مدينه", "قريه", "دوار");

  /** Nisbas a point of the compass goes before, as one word of a role: الجنوب أفريقي, الجنوب سوداني. */
  private static final java.util.Set<String> COMPASS_NISBAS = java.util.Set.of("افريقي", "افريقيه", "سوداني",
      "سودانيه", "كوري", "كوريه", "امريكي", "امريكيه");

  /** Things named by a word after them, which a role may be of: لبرنامج سكني, لمنصة إحسان. */
  private static final java.util.Set<String> NAMED_THINGS = java.util.Set.of("برنامج", "مشروع", "مبادره", "منصه",
      "تطبيق");

  /** Kinds of court, which its town follows: محكمة جنايات أسيوط. */
  private static final java.util.Set<String> COURT_KINDS = java.util.Set.of("جنايات", "جنح", "استئناف");

  /** The end of a role that starts before {@code i}: definite and construct words, attachments, places. */
  int roleEnd(Tokens t, int i, int to) {
    while (i < to && (t.get(i).word() || quotedNameEnd(t, i, to) > i)) {
      if (!t.get(i).word()) {
        i = quotedNameEnd(t, i, to); // رئيسة جمعية "صرخة المودعين" نادين خوري
        continue;
      }
      int known = names.knownNameLength(t, i, to);
      if (known > 1) {
        i += known; // المتحدثة باسم منظمة أطباء بلا حدود: a name the gazetteer knows, whole
        continue;
      }
      String raw = t.get(i).norm();
      String w = Clitics.withoutConjunction(raw);
      if (raw.length() > 3 && raw.charAt(0) == 'ل' && NAMED_THINGS.contains(raw.substring(1)) && i + 2 < to
          && t.get(i + 1).word() && !NameWords.hasArticle(t, i + 1) && names.isNameWord(t, i + 2)) {
        i += 2; // المتحدث الرسمي لبرنامج سكني عبدالعزيز الشهري: the programme and its one-word name
        continue;
      }
      if ((raw.equals("الجنوب") || raw.equals("الشمال")) && i + 1 < to && t.get(i + 1).word()
          && COMPASS_NISBAS.contains(t.get(i + 1).norm())) {
        i += 2; // مدربه الجنوب أفريقي: a compound nisba, one word of the role
        continue;
      }
      if (DECEASED.contains(raw) && (NameWords.hasArticle(t, i - 1) || !t.get(i - 1).norm().endsWith("ه"))) {
        break; // ونعت وزارة الشؤون الثقافية الراحل: the one mourned, after who mourns; not مدربه الراحل, his late coach
      }
      if ((raw.equals("البالغ") || raw.equals("البالغه")) && i + 2 < to && t.get(i + 1).is("من")
          && t.get(i + 2).is("العمر")) {
        break; // المخرجة البالغة من العمر 34 عاما: her age, not her role
      }
      if (raw.equals("في") && i + 1 < to && isRolePlace(t, i + 1)) {
        i += 1 + placeLength(t, i + 1, to); // ممثل المفوضية في سوريا, وزير الثروات في حكومة الإقليم
        continue;
      }
      if (raw.equals("في") && i + 2 < to && (t.get(i + 1).is("احدي") || t.get(i + 1).is("احد")) && afterSource(t, i)) {
        int k = i + 2; // مصدر في إحدى شركات الوساطة: one of a kind of place, up to the definite noun that closes it
        while (k < to && t.get(k).word() && !NameWords.hasArticle(t, k) && !NameWords.isStop(t, k) && k < i + 5) {
          k++;
        }
        if (k < to && k > i + 2 && NameWords.hasArticle(t, k) && !NameWords.isStop(t, k)) {
          i = k + 1;
          continue;
        }
      }
      if (raw.equals("في") && i + 1 < to && t.get(i + 1).word() && !NameWords.isStop(t, i + 1) && afterSource(t, i)) {
        i += 2; // مصدر أمني في زوارة: where an unnamed source is, a town the gazetteer may not know
        if (i < to && Lexicon.INSTITUTIONS.contains(t.get(i - 1).norm()) && t.get(i).word() && !NameWords.isStop(t, i)
            && (names.isNameWord(t, i) || NameWords.hasArticle(t, i))) {
          i++; // مصدر طبي في مستشفى كسلا التعليمي: the institution's name; its adjectives go on as the role's own
        }
        continue;
      }
      if (raw.equals("في") && i + 2 < to && quotedNameEnd(t, i + 1, to) > i + 1) {
        i = quotedNameEnd(t, i + 1, to); // الشريك الإداري في «واحة فنتشرز»، سامي الدوسري
        continue;
      }
      if (raw.equals("في") && i + 3 < to && isNaming(t.get(i + 1).norm()) && quotedNameEnd(t, i + 2, to) > i + 2) {
        i = quotedNameEnd(t, i + 2, to); // مدير الأبحاث في مجموعة "مينا كابيتال" عمر الحسيني
        continue;
      }
      if (raw.startsWith("و") && !w.startsWith("ال") && i + 1 < to && NameWords.hasArticle(t, i + 1) && i >= 2
          && (t.endsAsWritten(i, "ة") || Lexicon.ROLE_CONTINUATIONS.contains(w))) {
        i += 2; // مدير التجارة الداخلية وحماية المستهلك: a second office joined to the first
        continue;
      }
      if (raw.equals("الي") && i + 1 < to && names.isPlace(t, i + 1) && sentTo(t, i)) {
        i += 1 + placeLength(t, i + 1, to); // المبعوث الخاص للأمين العام إلى اليمن أولاف ليندكفيست
        continue;
      }
      if (raw.equals("لدي") && i + 1 < to && isRolePlace(t, i + 1)) {
        i += 1 + placeLength(t, i + 1, to); // سفير إيطاليا لدى الجزائر
        continue;
      }
      if (raw.equals("علي") && i + 1 < to && Lexicon.SOURCE_ADJECTIVES.contains(t.get(i - 1).norm())
          && t.get(i + 1).word() && !NameWords.isStop(t, i + 1)) {
        i += 1 + placeLength(t, i + 1, to); // مصدر مطلع على سير المفاوضات
        continue;
      }
      if (Lexicon.SOURCE_ADJECTIVES.contains(raw) && !t.get(i - 1).norm().startsWith("ال")) {
        i++; // مصدر قضائي مطلع, مسؤول أردني رفيع
        continue;
      }
      if ((raw.equals("قريب") || raw.equals("قريبه")) && (SOURCES.contains(t.get(i - 1).norm())
          || i >= 2 && SOURCES.contains(t.get(i - 2).norm()) && NameWords.isNisba(t.get(i - 1).norm()))) {
        i++; // مصدر نيابي قريب من رئاسة المجلس, أوساط قريبة من الحكومة; not متجر قريب, a shop nearby
        continue;
      }
      int bi = raw.length() > 3 && !raw.startsWith("بال") ? names.placeAfterBi(t, i) : 0;
      if (bi > 0 && i + bi <= to) {
        i += bi; // مسؤول في الغرفة التجارية بعدن, مصدر طبي في مجمع ناصر الطبي بخان يونس
        continue;
      }
      if (raw.equals("علي") && i + 1 < to && (NameWords.hasArticle(t, i - 1) || t.get(i - 1).norm().startsWith("لل"))
          && NameWords.hasArticle(t, i + 1) && !t.get(i + 1).is("الخط") // ودخل حزب العمال على الخط: an idiom
          && !NameWords.isStop(t, i + 1) && t.endsAsWritten(i, "ى")) {
        i += 1 + placeLength(t, i + 1, to); // الإدارة العامة للرقابة على المصنفات الفنية
        continue;
      }
      if (raw.equals("من") && i + 2 < to && t.get(i + 1).is("داخل") && isRolePlace(t, i + 2)) {
        i += 2 + placeLength(t, i + 2, to); // مصدر من داخل المحكمة
        continue;
      }
      if ((raw.equals("عن") || raw.equals("من")) && i + 1 < to && isRolePlace(t, i + 1)) {
        i += 1 + placeLength(t, i + 1, to); // النائب عن الحزب …, مصدر من السلطة المحلية
        continue;
      }
      if (Lexicon.PHRASE_STOPS.contains(raw) || Lexicon.INTRODUCERS.contains(raw)) {
        break;
      }
      boolean newsAgency = raw.startsWith("لل") && (i + 1 < to && t.get(i + 1).is("للانباء")
          || i + 2 < to && t.get(i + 2).is("للانباء")); // للوكالة الموريتانية للأنباء
      if (newsAgency || raw.startsWith("لل") && (Lexicon.MEDIA.contains("ال" + raw.substring(2))
          || Lexicon.AUDIENCES.contains("ال" + raw.substring(2)) && !bodyOf(t, i, to))
          || raw.startsWith("ل") && !raw.startsWith("لل") && Lexicon.OUTLETS.contains(raw.substring(1))) {
        break; // مسؤول حكومي للجزيرة نت, لوكالة الأنباء, الوزير للصحفيين: who is spoken to, not the role
      }
      if ((raw.equals("باسم") || Lexicon.DEFINITE_GIVEN_NAMES.contains(raw)) && names.isNameWord(t, i)) {
        break; // عضو اللجنة النيابية باسم الغرابي, المدرب الهادي بن صالح: a name, not المتحدث باسم الحكومة
      }
      if (isAttachedRole(raw)) {
        i++; // المستشار السياسي لقائد قوات الدعم السريع: the role of someone's role
        continue;
      }
      if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' && w.charAt(1) != 'ل')
          && Lexicon.ROLE_CONTINUATIONS.contains(w.substring(1))) {
        i++; // المدير الجهوي للإسكان بجهة مراكش آسفي, وزير الدولة لشؤون مجلس الوزراء
        if (REGIONS.contains(w.substring(1)) && i < to && t.get(i).word() && !NameWords.isStop(t, i)
            && !NameWords.hasArticle(t, i) && !names.isPlace(t, i)) {
          i++; // مصدر من السلطة المحلية بإقليم طاطا: the region's name, which the gazetteer may not know
          if (DIRECTIONS.contains(t.get(i - 1).norm()) && i < to && t.get(i).word() && !NameWords.isStop(t, i)) {
            i++; // وزارة الصحة بولاية شمال كردفان: a direction and the name it points in
          }
        }
        continue;
      }
      boolean genitiveAfterAttachment = i + 1 < to && t.get(i - 1).norm().startsWith("ل")
          && !names.isPlace(t, i - 1) // not في لبنان نزيه الخطيب: a country that begins with ل, then a name
          && t.get(i + 1).norm().startsWith("ال") && !Lexicon.COMPOUND_NAME_HEADS.contains(raw)
          && !(isFamilyNisba(t, i + 1) && names.isNameWord(t, i)
          && !isIndefiniteConstruct(raw)); // نائب الوكيل العام للملك يوسف الإدريسي: a name and its family name
      boolean hamzaName = t.startsAsWritten(i, "أل") || t.startsAsWritten(i, "إل"); // ألبرتو, إلينا: no article
      if (!hamzaName && (continuesRole(raw) || continuesRole(w)) || genitiveAfterAttachment || (raw.startsWith("ل")
          && !raw.startsWith("لل") && i + 1 < to && !isNameWithFamilyName(t, i)
          && (names.isNameWord(t, i + 1) || t.get(i + 1).norm().startsWith("ال") || names.isPlace(t, i + 1)))) {
        i++; // الناطق باسم … للقوات المسلحة, عضو المجلس البلدي لدرنة, الجامعة الملكية لكرة القدم
      } else if (names.isPlace(t, i)) {
        i += Math.max(1, placeLength(t, i, to));
      } else if (raw.startsWith("و") && !w.startsWith("ال") && i >= 2 && isIndefiniteConstruct(t.get(i - 2).norm())
          && i + 1 < to && (names.isPlace(t, i + 1) || NameWords.hasArticle(t, i + 1))) {
        i++; // رئيس غرفة تجارة وصناعة البحرين: a second genitive joined to the first
      } else if (isIndefiniteConstruct(t.get(i - 1).norm()) && !NameWords.isStop(t, i)
          && !Lexicon.COMPOUND_NAME_HEADS.contains(raw)) { // مدربه عبد الرحيم التازي: a name, no genitive
        i++; // جمعية حماية المستهلك, رئيس جماعة إغيل: an indefinite noun takes the next word as its genitive
        if (isVerbalNoun(raw)) {
          i = chainEnd(t, i, to); // هيئة تنظيم سوق العمل: the verbal noun's own object, to its definite end
        }
        if ((PLACE_HEADS.contains(raw) || COURT_KINDS.contains(raw) && i - 2 >= 0
            && Clitics.withoutConjunction(t.get(i - 2).norm()).equals("محكمه")) && i < to && names.isNameWord(t, i)) {
          i++; // محكمة سيدي امحمد, بلدية بيت لاهيا: a place named in two words; محكمة جنايات أسيوط: its town
        }
      } else if (!Clitics.withoutConjunction(t.get(i - 1).norm()).startsWith("ال") && NameWords.isNisba(raw)
          && (i + 1 >= to || !t.get(i + 1).word() || names.isNameWord(t, i + 1) || t.get(i + 1).is("في"))) {
        i++; // في بنك استثمار محلي منى …, مسؤول عسكري،, صاحب مخبز بلدي في حي شبرا: an adjective of the role;
        // not after والمغتربين, which takes none without ال: وزير الخارجية والمغتربين إيلي سركيس
      } else if (Lexicon.ORGANIZATIONS.contains(t.get(i - 1).norm()) && !t.get(i - 1).norm().startsWith("ال")
          && names.isNameWord(t, i) && (i + 1 >= to || NameWords.isStop(t, i + 1))) {
        i++; // منظمة يونيسف, حركة حماس: an indefinite organization noun and its proper name
      } else if (i >= 2 && Lexicon.ORGANIZATIONS.contains(t.get(i - 2).norm()) && names.isNameWord(t, i - 1)
          && !NameWords.hasArticle(t, i - 1) && names.isNameWord(t, i) && !NameWords.hasArticle(t, i)
          && (i + 1 >= to || !t.get(i + 1).word() || NameWords.isStop(t, i + 1))) {
        i++; // شركة كومور إكسبريس في بيان: a company's proper name of two words
      } else {
        break;
      }
    }
    return i;
  }

  /** The most words a verbal noun's object may take in a role: تنظيم سوق العمل. */
  private static final int MAX_OBJECT_WORDS = 3;

  /**
   * Whether a word is a verbal noun of the form تفعيل (تنظيم, تطوير, تحسين), which takes an object in a role:
   * هيئة تنظيم سوق العمل. Not the given name توفيق.
   */
  private static boolean isVerbalNoun(String w) {
    return w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي' && !w.equals("توفيق");
  }

  /** Where the object from {@code i} ends: indefinite words, then the definite word that ends the chain. */
  private static int chainEnd(Tokens t, int i, int to) {
    for (int k = i; k < Math.min(to, i + MAX_OBJECT_WORDS); k++) {
      if (!t.get(k).word() || NameWords.isStop(t, k)) {
        return i;
      }
      if (NameWords.hasArticle(t, k)) {
        return k + 1;
      }
    }
    return i;
  }

  /**
   * Whether a given name that opens with ل, before a family name with the article, starts the name: المخرجة
   * ليلى الماجري, not عضو المجلس البلدي لدرنة or الجامعة الملكية لكرة القدم.
   */
  private boolean isNameWithFamilyName(Tokens t, int i) {
    String stem = t.get(i).norm().substring(1);
    return NameWords.hasArticle(t, i + 1) && isFamilyNisba(t, i + 1)
        && !Lexicon.ORGANIZATIONS.contains(stem) && !Lexicon.INSTITUTIONS.contains(stem) && !names.isPlace(stem);
  }

  /** Whether the word at {@code i} is written as a family name's nisba, in ي (الإدريسي), not ى (القوى) or ية. */
  private static boolean isFamilyNisba(Tokens t, int i) {
    return t.endsAsWritten(i, "ي") && t.get(i).end() - t.get(i).start() > 3;
  }

  /** Whether an unnamed source's noun (مصدر, مصادر) stands within the three words before {@code i}. */
  private static boolean afterSource(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String w = Clitics.withoutConjunction(t.get(k).norm());
      if (w.equals("مصدر") || w.equals("مصادر")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIndefiniteConstruct(String w) {
    if (isAttachedRole(w)) {
      w = w.substring(1);
    }
    return !w.startsWith("ال") && (Lexicon.ORGANIZATIONS.contains(w) || Lexicon.ROLE_CONTINUATIONS.contains(w)
        || Lexicon.ROLE_HEADS.contains(w));
  }

  /** A role or organization noun with the attached ل of "of": لقائد, لرئيس, لوزارة (not لل…, the article). */
  private static boolean isAttachedRole(String w) {
    return w.length() > 3 && w.charAt(0) == 'ل' && w.charAt(1) != 'ل'
        && (Lexicon.ROLE_HEADS.contains(w.substring(1)) || Lexicon.ORGANIZATIONS.contains(w.substring(1)));
  }

  private static boolean continuesRole(String w) {
    return w.startsWith("ال") || w.startsWith("لل") || w.startsWith("بال") || w.equals("باسم")
        || Lexicon.ROLE_CONTINUATIONS.contains(w);
  }

  /** Unnamed sources that may be said to stand close to someone: مصدر قريب من, أوساط قريبة من. */
  private static final java.util.Set<String> SOURCES = java.util.Set.of("مصدر", "مصادر", "اوساط", "دوائر");

  /** The one mourned, as the object of a verb of mourning: نعت الوزارة الراحل. */
  private static final java.util.Set<String> DECEASED = java.util.Set.of("الراحل", "الراحله", "الفقيد", "الفقيده");

  /** Offices that are sent to a place, which إلى names: مبعوث, سفير, موفد. */
  private static final java.util.Set<String> ENVOYS = java.util.Set.of("مبعوث", "المبعوث", "مبعوثه", "المبعوثه",
      "موفد", "الموفد", "سفير", "السفير", "سفيره", "السفيره");

  /** Whether an envoy's office opens the few words before {@code i}, so that إلى there says where to. */
  private static boolean sentTo(Tokens t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 6 && t.get(k).word(); k--) {
      if (ENVOYS.contains(Clitics.withoutConjunction(t.get(k).norm()))) {
        return true;
      }
    }
    return false;
  }

  /** What may follow في inside a role: a place, an organization, or a definite or construct noun. */
  private boolean isRolePlace(Tokens t, int i) {
    String w = t.get(i).norm();
    if (i + 1 < t.size() && Lexicon.SAME.contains(t.get(i + 1).norm())) {
      return false; // وأضافت الوزارة في القسم نفسه: where it was said, named before
    }
    String bare = w.startsWith("ال") ? w.substring(2) : w;
    if (Lexicon.DOCUMENTS.contains(w) || Lexicon.SPEECH_OCCASIONS.contains(bare)) {
      return false; // المكتب الوطني في البلاغ ذاته, في مؤتمر صحفي: where it was said, not who
    }
    return names.isPlace(t, i) || w.startsWith("ال") || Lexicon.ROLE_CONTINUATIONS.contains(w)
        || Lexicon.ORGANIZATIONS.contains(w) || gazetteer.lookup(w) != null
        || i + 1 < t.size() && t.get(i + 1).word() && NameWords.hasArticle(t, i + 1) && !possessive(t, i)
        && !w.equals("حق") && !NameWords.isStop(t, i) && !NameWords.isStop(t, i + 1); // ضابط في فوج الهندسة
  }

  /** Whether the word at {@code i} ends in a possessive pronoun as written: تقريرها, نشرته (not سلطة). */
  private static boolean possessive(Tokens t, int i) {
    String written = t.text().substring(t.get(i).start(), t.get(i).end());
    return written.endsWith("ه") || written.endsWith("ها") || written.endsWith("هم");
  }

  /** How many tokens the place or organization at {@code i} takes: a gazetteer name, or one word. */
  private int placeLength(Tokens t, int i, int to) {
    for (Gazetteer.Alias alias : gazetteer.startingWith(t.get(i).norm())) {
      if (alias.entity().type() != ExtractedFact.EntityType.PERSON && i + alias.words().length <= to
          && NameWords.matches(t, i, alias.words())) {
        int n = alias.words().length;
        while (i + n < to && t.get(i + n).word() && t.get(i + n).norm().startsWith("ال")
            && !Lexicon.PHRASE_STOPS.contains(t.get(i + n).norm())) { // not في الكويت اليوم الأحد
          n++;
        }
        return n;
      }
    }
    int n = 1;
    while (i + n < to && t.get(i + n).word() && (names.isPlace(t, i + n) || t.get(i + n).norm().startsWith("ال"))
        && !Lexicon.PHRASE_STOPS.contains(t.get(i + n).norm())) {
      n++;
    }
    return n;
  }

  /**
   * After a noun that takes a name ({@code جمعية}, {@code حركة}, {@code برنامج}), a quoted name of at most a
   * few words is part of the phrase: the index after its closing mark, or {@code i} if there is none.
   */
  static int quotedNameEnd(Tokens t, int i, int to) {
    if (i == 0 || i >= to || !QuoteMarks.isMark(t.get(i).norm()) || !isNaming(t.get(i - 1).norm())) {
      return i;
    }
    for (int k = i + 1; k < Math.min(to, i + 8); k++) {
      if (QuoteMarks.isMark(t.get(k).norm())) {
        return k > i + 1 ? k + 1 : i;
      }
      if (!t.get(k).word()) {
        return i;
      }
    }
    return i;
  }

  /** Whether the audience word at {@code i} names whom a body serves: النقابة الوطنية للصحفيين التونسيين. */
  private static boolean bodyOf(Tokens t, int i, int to) {
    if (i + 1 < to && t.get(i + 1).word() && NameWords.hasArticle(t, i + 1) && !NameWords.isStop(t, i + 1)) {
      return true; // للصحفيين التونسيين: the name goes on
    }
    String body = i >= 2 ? t.get(i - 2).norm() : "";
    return Lexicon.ORGANIZATIONS.contains(body) && !Lexicon.PORTFOLIOS.contains(body) && NameWords.hasArticle(t, i - 1)
        && (i < 3 || !t.get(i - 3).is("باسم")); // الاتحاد الدولي للصحفيين, not وزير الداخلية للصحفيين
  }

  /** Nouns that take a name: titles, organizations, construct nouns of roles, outlets. */
  private static final java.util.Set<String> NAMING = java.util.stream.Stream.of(Lexicon.NAMING_NOUNS,
      Lexicon.ORGANIZATIONS, Lexicon.ROLE_CONTINUATIONS, Lexicon.OUTLETS).flatMap(java.util.Set::stream)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Whether a word is a noun that takes a name, with or without ب or ل: شركة, بمجموعة, لصحيفة. */
  static boolean isNaming(String w) {
    return Clitics.in(w, NAMING) // وكالة is no و + كالة
        || w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') && NAMING.contains(w.substring(1)); // لشركة
  }
}
