package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;

/**
 * Reads a speaker phrase that names no single person: a document and whoever issued it ({@code بيان صادر عن
 * الأمانة العامة لمجلس الوزراء}, {@code تقرير لمنظمة الأغذية والزراعة}), an organization ({@code منظمة الأغذية
 * والزراعة التابعة للأمم المتحدة}), or a group of unnamed people ({@code سائقون في سوق بكارو}). Each method
 * returns null when the phrase is not of its kind.
 */
final class CollectivePhrase {
  static final int MAX_ORGANIZATION_WORDS = 8;

  /** Parses an issuer's phrase again, as any speaker's. */
  private final SpeakerParser parser;
  private final Gazetteer gazetteer;
  private final NameWords names;
  private final RolePhrase roles;

  CollectivePhrase(SpeakerParser parser, Gazetteer gazetteer, NameWords names, RolePhrase roles) {
    this.parser = parser;
    this.gazetteer = gazetteer;
    this.names = names;
    this.roles = roles;
  }

  /** Unnamed people, as {@code مصدر أمني} is: {@code ويقول سائقون في سوق بكارو}. */
  Speaker group(Tokens t, int from, int to) {
    int end = groupEnd(t, from, to);
    if (end == from) {
      return null;
    }
    String people = t.original(from, end);
    return new Speaker(people, people, SpeakerType.PERSON, "");
  }

  /** A part of a document, whose words are the document's: نص الحكم, توصيات التقرير. */
  private static final java.util.Set<String> PARTS = java.util.Set.of("نص", "توصيات", "خلاصه", "خلاصات", "ملخص",
      "منطوق");

  /** Figures a body publishes, which are its words when it is named after them: تقديرات المنظمة الدولية. */
  private static final java.util.Set<String> ESTIMATES = java.util.Set.of("تقديرات", "احصاءات", "احصائيات", "معطيات");

  /** Verbs of reading a document aloud, after الذي or التي: منطوق الحكم الذي تلاه القاضي فلان. */
  private static final java.util.Set<String> READ_ALOUD = java.util.Set.of("تلاه", "تلته", "قراه", "قراته");

  /** A document whose head is {@code head}, or the organization that issued it when the phrase names one. */
  Speaker document(Tokens t, int from, int to, String head) {
    if (!Lexicon.DOCUMENTS.contains(head)) {
      return null;
    }
    if (PARTS.contains(head) && from + 2 <= to && Lexicon.DOCUMENTS.contains(t.get(from + 1).norm())) {
      return document(t, from + 1, to, t.get(from + 1).norm()); // وجاء في نص الحكم, في توصيات التقرير
    }
    if (ESTIMATES.contains(head) && from + 2 < to) {
      Speaker issuer = organizationIn(t, from + 1, to); // وفق تقديرات المنظمة الدولية للهجرة: its figures, its words
      if (issuer != null) {
        return issuer;
      }
    }
    int end = documentEnd(t, from + 1, to);
    String issued = end + 2 < to ? Clitics.withoutConjunction(t.get(end).norm()) : "";
    if ((issued.equals("صادر") || issued.equals("الصادر")) && t.get(end + 1).is("عن")) {
      Speaker issuer = organizationIn(t, end + 2, to); // بيان صادر عن الأمانة العامة لمجلس الوزراء
      if (issuer != null) {
        return issuer;
      }
    }
    if (end + 1 < to && Lexicon.ISSUED.contains(t.get(end).norm())) {
      Speaker issuer = organizationIn(t, end + 1, to); // دراسة أصدرها مركز مقديشو للبحوث والدراسات
      if (issuer != null) {
        return issuer;
      }
    }
    if (end == to && end + 2 < t.size() && (t.get(end).is("الذي") || t.get(end).is("التي"))
        && READ_ALOUD.contains(t.get(end + 1).norm())) { // the relative clause, past the phrase it ends
      Speaker reader = parser.parse(t, end + 2, t.phraseEnd(end + 2)); // منطوق الحكم الذي تلاه القاضي فلان
      if (reader != null && reader.type() == SpeakerType.PERSON && Tokens.of(reader.name()).list().size() >= 2) {
        return reader;
      }
    }
    int wrote = from + 1 < end && (t.get(from + 1).is("كتبها") || t.get(from + 1).is("كتبه")) ? from + 1 : -1;
    if (wrote > 0 && wrote + 1 < to) {
      int by = wrote + 1;
      boolean whose = by + 2 < to && t.get(by).norm().endsWith("ه") && names.allNameWords(t, by + 1, by + 3);
      Speaker writer = parser.parse(t, whose ? by + 1 : by, to); // رسالة كتبها موكله سليمان بوخالفة
      if (writer != null && writer.type() == SpeakerType.PERSON && Tokens.of(writer.name()).list().size() >= 2) {
        return whose && writer.role().isEmpty() // the writer's words; موكله is whose client he is
            ? new Speaker(writer.name(), t.original(by, by + 1), SpeakerType.PERSON, "") : writer;
      }
    }
    String whose = end == from + 2 && NameWords.hasArticle(t, from + 1) ? t.get(from + 1).norm().substring(2) : "";
    if (Lexicon.ORGANIZATIONS.contains(whose)) { // ويشير تقرير الصندوق: the organization named before issued it
      return new Speaker(t.original(from + 1, end), "", SpeakerType.ORGANIZATION, "");
    }
    if (from + 2 < end && Lexicon.ORGANIZATIONS.contains(t.get(from + 1).norm())) {
      Speaker issuer = organizationIn(t, from + 1, end); // وجاء في بيان وزارة الثقافة: the ministry's own words
      if (issuer != null) {
        return issuer;
      }
    }
    String of = end < to ? t.get(end).norm() : "";
    String by = from + 1 < to ? t.get(from + 1).norm() : ""; // بيان مشترك للوسطاء: many issued it, not one
    if (by.length() > 4 && by.startsWith("لل") && Lexicon.ORGANIZATIONS.contains(by.substring(2))) {
      Tokens rest = Tokens.of("ال" + t.original(from + 1, Math.min(to, t.phraseEnd(from + 1))).substring(2));
      Speaker issuer = organizationIn(rest, 0, rest.size()); // وفق بيان للمرصد الوطني للأمراض الجديدة
      if (issuer != null && Tokens.of(issuer.name()).size() >= 2) {
        return issuer;
      }
      // بيان للمفوضية: the body by its one word, which the history reads as the one named before
      return new Speaker("ال" + t.original(from + 1, from + 2).substring(2), "", SpeakerType.ORGANIZATION, "");
    }
    if (of.length() > 3 && of.charAt(0) == 'ل' && Lexicon.ORGANIZATIONS.contains(of.substring(1))) {
      Tokens rest = Tokens.of(t.original(end, t.phraseEnd(end)).substring(1));
      Speaker issuer = organizationIn(rest, 0, rest.size()); // تقرير لمنظمة الأغذية والزراعة
      if (issuer != null) {
        return issuer;
      }
    }
    if (from + 2 < end && t.get(from + 1).is("مشترك") && t.get(from + 2).norm().startsWith("ل")) {
      end = from + 2; // بيان مشترك للوسطاء: the joint statement, whoever its parties are
    }
    return new Speaker(t.original(from, end), "", SpeakerType.DOCUMENT, "");
  }

  /** Whether the word at {@code i} ends as a feminine noun or adjective is written: ة, or ى and ا (العليا). */
  private static boolean endsFeminine(Tokens t, int i) {
    return t.endsAsWritten(i, "ة") || t.endsAsWritten(i, "ى") || t.endsAsWritten(i, "ا");
  }

  /** The speaker that {@code [from, to)} names, if it is an organization. */
  private Speaker organizationIn(Tokens t, int from, int to) {
    Speaker issuer = parser.parse(t, from, to);
    return issuer != null && issuer.type() == SpeakerType.ORGANIZATION ? issuer : null;
  }

  /**
   * An organization: one the gazetteer knows, or a phrase whose head is an organization's noun, with the
   * words that continue it, up to its place or to what it is affiliated with.
   */
  Speaker organization(Tokens t, int from, int to, String head) {
    int end = names.nameEnd(t, from, to);
    int known = names.knownNameLength(t, from, to);
    String phrase = t.original(from, known > 0 ? from + known : end);
    ExtractedFact.Entity org = gazetteer.lookup(phrase);
    if (known > 1 && org != null && org.type() == ExtractedFact.EntityType.ORGANIZATION) {
      return new Speaker(phrase, "", SpeakerType.ORGANIZATION, org.id()); // بعثة الأمم المتحدة للدعم في ليبيا
    }
    if (!Lexicon.ORGANIZATIONS.contains(head) && (org == null || org.type() != ExtractedFact.EntityType.ORGANIZATION)) {
      return null;
    }
    int orgEnd = roles.roleEnd(t, from + 1, to);
    while (org == null && orgEnd < to && orgEnd - from < MAX_ORGANIZATION_WORDS && t.get(orgEnd).word()
        && t.get(orgEnd).norm().startsWith("و") && !NameWords.isStop(t, orgEnd)
        && !(orgEnd + 1 < t.size() && (Numbers.digits(t.get(orgEnd + 1).norm()) != null
        || Numbers.word(t.get(orgEnd + 1).norm()) != null))) { // أعلنت الشرطة وفاة خمسة: what it announced
      orgEnd++; // فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ: coordinated nouns, and their genitives
      while (orgEnd < to && orgEnd - from < MAX_ORGANIZATION_WORDS && t.get(orgEnd).norm().startsWith("ال")
          && !NameWords.isStop(t, orgEnd)) { // not الأسبوع الماضي after the name
        orgEnd++;
      }
      if (orgEnd < to && names.isPlace(t, orgEnd)) {
        orgEnd++; // هيئة كهرباء ومياه دبي
      }
    }
    if (org == null) {
      orgEnd = yearAfter(t, constructChainEnd(t, from, orgEnd, to), to);
    }
    for (int k = from + 1; k + 1 < orgEnd; k++) {
      String next = t.get(k + 1).norm();
      if (names.isPlace(t, k) && !next.startsWith("ال") && !next.startsWith("ل") && !next.startsWith("ب")
          && !next.startsWith("و") && !names.isPlace(t, k + 1)) {
        orgEnd = k + 1; // عزت مؤسسة كهرباء لبنان تراجع التغذية: the name ends at its place, the object follows
        break;
      }
    }
    orgEnd = objectStart(t, from, orgEnd);
    for (int k = from + 1; k < orgEnd; k++) {
      if (k > from + 1 && t.get(k).norm().startsWith("لل")) {
        break; // الجمعية … للوقاية من حوادث الطرق, المركز الوطني للإنذار المبكر من المخاطر: the name goes on
      }
      if (t.get(k).is("من")) { // وحذرت الوزارة من السباحة
        orgEnd = k; // وحذرت وزارة الصحة الاتحادية من انتشار الأمراض: what it warned of
        break;
      }
    }
    for (int k = from + 2; k < orgEnd; k++) {
      if (Lexicon.AFFILIATED.contains(t.get(k).norm())) {
        orgEnd = k; // منظمة الأغذية والزراعة التابعة للأمم المتحدة: the organization, not whose it is
        break;
      }
      if (t.get(k).norm().startsWith("ال") && !t.endsAsWritten(k, "ة") // not القوى العاملة, اللجنة المكلفة
          && Lexicon.ROLE_HEADS.contains(t.get(k).norm().substring(2)) && k + 1 < t.size() && t.get(k + 1).word()
          && (NameWords.hasArticle(t, k + 1) ? NameWords.isNisba(t.get(k + 1).norm()) : names.isNameWord(t, k + 1))) {
        // a role and whose it is or who holds it (المدرب الكيني فلان), not an adjective (الأطلس الكبير في)
        orgEnd = k; // يشرف على مجموعة المسافات المتوسطة والطويلة المدرب الكيني فلان: the body, then who heads it
        break;
      }
    }
    if (orgEnd > from + 1 && NameWords.hasArticle(t, from) && NameWords.hasArticle(t, from + 1)
        && t.endsAsWritten(from, "ة") && !endsFeminine(t, from + 1)) {
      orgEnd = from + 1; // ودعت الوزارة الطلاب المقبولين: a feminine organization's adjective ends in ة as it does
    }
    String name = SpeakerParser.role(t, from, orgEnd);
    if (!Lexicon.ORGANIZATIONS.contains(t.get(from).norm()) && !head.equals(t.get(from).norm())
        && name.length() > 1 && (name.charAt(0) == 'و' || name.charAt(0) == 'ف')) {
      name = name.substring(1); // بين الجيش ووزارة الداخلية: the organization, not its conjunction
    }
    return new Speaker(name, "", SpeakerType.ORGANIZATION, org == null ? "" : org.id());
  }

  /**
   * Where a name that stopped on an indefinite noun ends: a chain of indefinite nouns goes on to the definite
   * noun or place that closes it, with that noun's adjectives ({@code مؤسسة موانئ خليج عدن اليمنية}, {@code
   * رابطة دوري نجوم العراق}), when what follows ends the phrase ({@code في بيان}, a comma). Otherwise {@code end}.
   */
  private int constructChainEnd(Tokens t, int from, int end, int to) {
    if (end - from < 2 || end >= to || !t.get(end - 1).word() || NameWords.hasArticle(t, end - 1)
        || t.get(end - 1).norm().startsWith("لل") || names.isPlace(t, end - 1) || Numbers.digits(t.get(end - 1).norm()) != null) {
      return end;
    }
    int k = end;
    while (k < to && k - end < 2 && t.get(k).word() && !NameWords.isStop(t, k) && !NameWords.hasArticle(t, k)
        && !names.isPlace(t, k) && Numbers.digits(t.get(k).norm()) == null) {
      k++;
    }
    if (k >= to || k - from >= MAX_ORGANIZATION_WORDS || NameWords.isStop(t, k)
        || !NameWords.hasArticle(t, k) && !names.isPlace(t, k)) {
      return end;
    }
    k++;
    while (k < to && k - from < MAX_ORGANIZATION_WORDS && NameWords.hasArticle(t, k) && !NameWords.isStop(t, k)
        && NameWords.isNisba(t.get(k).norm())) {
      k++; // اليمنية
    }
    return k >= to || NameWords.isStop(t, k) ? k : end;
  }

  /**
   * Where the verb's object starts inside {@code [from, end)}: a definite noun where only an adjective of the
   * organization could be, that is plural or dual after its head or a singular nisba ({@code ودعا البنك
   * المركزي المواطنين}), or no nisba after a place ({@code حملت جمعية مصارف لبنان الدولة مسؤولية الأزمة}). An
   * organization's adjectives are singular; those of a plural genitive (حماية العمال الوافدين) and a nisba in
   * the plural (الجزائريين) are kept.
   */
  private int objectStart(Tokens t, int from, int end) {
    for (int k = from + 1; k < end; k++) {
      String w = t.get(k).norm();
      if (k > from + 1 && k + 1 < end && t.get(k - 1).norm().startsWith("لل") && t.get(k).word()
          && !NameWords.hasArticle(t, k) && "لبو".indexOf(w.charAt(0)) < 0 && !names.isPlace(t, k)
          && !NameWords.isStop(t, k) && !Lexicon.PHRASE_STOPS.contains(w)
          && NameWords.hasArticle(t, k + 1)) {
        return k; // أعلن الصندوق القومي للمعاشات زيادة المعاشات: what it announced, after what it is for
      }
      if (k > from + 1 && NameWords.hasArticle(t, k - 1) && Lexicon.BI_OBJECTS.contains(w)) {
        return k; // نفت وزارة التجارة وتنمية الصادرات وجود نقص: what it denied, after the name
      }
      boolean afterPlace = names.isPlace(t, k - 1) && !NameWords.hasArticle(t, k - 1);
      if (!NameWords.hasArticle(t, k) || !(NameWords.hasArticle(t, k - 1) || afterPlace) || names.isPlace(t, k)) {
        continue;
      }
      boolean plural = (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات")) && !w.endsWith("يين")
          && !w.endsWith("يون") && w.length() > 5
          && (k - 1 == from || NameWords.isNisba(t.get(k - 1).norm())); // not جمعية حماية العمال الوافدين
      if (plural || afterPlace && !NameWords.isNisba(w) && !Lexicon.PLACE_ADJECTIVES.contains(w)) {
        return k;
      }
    }
    return end;
  }

  /** The end of a name that a year completes ({@code لجنة كأس العالم 2030}) before the phrase ends. */
  private static int yearAfter(Tokens t, int end, int to) {
    Double year = end < to ? Numbers.digits(t.get(end).norm()) : null;
    if (year != null && year >= 1900 && year <= 2100 && year == Math.floor(year)
        && (end + 1 >= to || NameWords.isStop(t, end + 1))) {
      return end + 1;
    }
    return end;
  }

  /**
   * A group of unnamed people as speaker: an indefinite plural (سائقون, سكان, شهود) and the place it is in,
   * {@code سائقون في سوق بكارو}. Returns the end of the phrase, or {@code from} when it is no group.
   */
  private int groupEnd(Tokens t, int from, int to) {
    String w = t.get(from).norm();
    boolean plural = !w.startsWith("ال") && (w.length() >= 5 && w.endsWith("ون") || w.length() >= 6 && w.endsWith("ين"))
        && !names.isPlace(t, from) || Lexicon.GROUPS.contains(w) || Lexicon.GROUPS_OF.contains(w);
    String next = from + 1 < to ? t.get(from + 1).norm() : "";
    if (plural && (next.endsWith("هم") || next.length() >= 4 && next.endsWith("وا"))) {
      return from + 1; // متقاعدون التقتهم "الغد", سكان تحدثوا للجزيرة نت: the group, not the clause about it
    }
    int end = from + 1;
    if (isConstructPlural(w) && next.startsWith("ال") && t.get(from + 1).word()) {
      plural = true;
      end++; // مرافقو المرضى, سائقو الشاحنات: a plural and whose they are
    }
    if (Lexicon.GROUPS_OF.contains(w) && end + 1 < to && t.get(end).word() && !NameWords.hasArticle(t, end)
        && !NameWords.isStop(t, end) && !t.get(end).is("في") && !t.get(end).is("من")) {
      end++; // أولياء تلاميذ في ولاية البليدة: whose kin they are
    }
    if (!plural || end < to && t.get(end).word() && !NameWords.isStop(t, end)
        && !t.get(end).is("في") && !t.get(end).is("من")) {
      return from; // not مسؤولون أمريكيون كبار: only a bare plural, or one with its place
    }
    if (end + 1 < to && (t.get(end).is("في") || t.get(end).is("من")) && t.get(end + 1).word()) {
      String where = t.get(end + 1).norm();
      if (end == from + 1 && !Lexicon.GROUPS.contains(w) && !Lexicon.GROUPS_OF.contains(w) && (Lexicon.DOCUMENTS.contains(where) || Lexicon.SPEECH_OCCASIONS.contains(where))) {
        return from; // كتب لوبرون في رسالة وداع: where a name ending as a plural does said it, not a group's place
      }
      end += 2;
      while (end < to && end - from < 8 && t.get(end).word() && !NameWords.isStop(t, end)
          && !Lexicon.INTRODUCERS.contains(t.get(end).norm()) && !t.get(end).norm().endsWith("هم")) { // قولهم
        end++;
      }
    }
    return end;
  }

  /** A masculine plural in the construct state, its ن dropped: مرافقو, سائقو, موظفو. */
  private static boolean isConstructPlural(String w) {
    return w.length() >= 5 && w.endsWith("و") && !w.startsWith("ال")
        && (w.charAt(0) == 'م' || w.charAt(1) == 'ا');
  }

  /** A document's name: its head and the words that describe it (بيان مشترك, تقرير المركز الوطني للأرصاد). */
  private static int documentEnd(Tokens t, int i, int to) {
    int start = i;
    while (i < to && i - start < 5 && t.get(i).word()) {
      String w = t.get(i).norm();
      if (i > start && w.startsWith("وال")) {
        w = w.substring(1); // بلاغ وزارة التجهيز والماء
      }
      boolean genitive = w.startsWith("لل") || w.startsWith("ال") || Lexicon.ROLE_CONTINUATIONS.contains(w);
      boolean adjective = i == start && !w.startsWith("ل") && !w.startsWith("ب") && !Lexicon.PHRASE_STOPS.contains(w);
      if (w.startsWith("صادر") || w.startsWith("الصادر") || Lexicon.PHRASE_STOPS.contains(w)
          || Lexicon.ISSUED.contains(w)
          || (!genitive && !adjective)) {
        break;
      }
      i++;
    }
    return i;
  }
}
