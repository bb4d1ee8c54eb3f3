package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import java.util.List;

/**
 * Reads the words between a reporting verb and what was said as a speaker: a person with a rank and a
 * role, an organization, or a document.
 *
 * <p>A person's phrase is a role, then the name: {@code وزير الثروات الطبيعية في حكومة الإقليم كمال محمد
 * صالح}. The role is its head noun and what continues it: definite words, construct nouns (وزارة، مكتب),
 * {@code باسم}, prepositional attachments ({@code للشركة}, {@code بالإعلام}), and places after {@code في}.
 * The name is the first run of other words, and ends at a stop ({@code في مؤتمر صحفي}, a comma). A rank
 * ({@code اللواء}, {@code المهندسة}) right before a name starts the name. A role with no name comes back
 * with an empty name, for the caller to resolve against earlier speakers. Besides that order it reads a name
 * before its role, a name set off by commas, a name after a place or a long description, and a person
 * described, then named ({@code يدعى}). {@link RolePhrase} says where a role ends, {@link NameWords} what a
 * name is made of.
 */
final class SpeakerParser {
  static final int MAX_ORGANIZATION_WORDS = 8;

  private final Gazetteer gazetteer;
  private final NameWords names;
  private final RolePhrase roles;

  SpeakerParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new NameWords(gazetteer);
    this.roles = new RolePhrase(gazetteer, names);
  }

  /** Parses tokens {@code [from, to)} as a speaker; null when there are none. */
  Speaker parse(Tokens t, int from, int to) {
    while (from < to && !t.get(from).word()) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (Lexicon.DESCRIBING.contains(t.get(k).norm()) && !NameWords.isComma(t, k - 1)) {
        return parse(t, from, k); // يقول الكندي وهو يشير إلى مجرى الماء: what he does as he speaks
      }
    }
    for (int k = from + 1; k < to - 2; k++) {
      if (NameWords.isComma(t, k) && Lexicon.NICKNAMING.contains(t.get(k + 1).norm())) {
        return parse(t, from, k); // الصياد فلان، المعروف بين زملائه بأبي وائل، …
      }
      if (NameWords.isComma(t, k) && Lexicon.DESCRIBING.contains(t.get(k + 1).norm())) {
        // القحطاني، وهو طالب جامعي في كلية علوم الحاسب،: who the speaker is, said after the name
        Speaker named = parse(t, from, k);
        int described = NameWords.nextComma(t, k + 2, to);
        return named == null || !named.role().isEmpty() || named.type() != SpeakerType.PERSON ? named
            : new Speaker(named.name(), t.original(k + 2, described), named.type(), named.entityId());
      }
    }
    for (int k = from + 1; k < to - 1; k++) {
      if (NameWords.isNamedAs(t.get(k).norm()) && names.isNameWord(t, k + 1)) {
        return new Speaker(t.original(k + 1, names.nameEnd(t, k + 1, to)), role(t, from, k), SpeakerType.PERSON, "");
      }
    }
    String head = Clitics.known(t.get(from).norm(), Lexicon.HEADS);
    if (!Lexicon.HEADS.contains(head) && head.endsWith("ه")
        && Lexicon.ROLE_HEADS.contains(head.substring(0, head.length() - 1))) {
      head = head.substring(0, head.length() - 1); // ويرى مدربه فلان: the role with its possessive
    }
    int group = groupEnd(t, from, to);
    if (group > from) {
      String people = t.original(from, group); // ويقول سائقون في سوق بكارو: unnamed, as مصدر أمني is
      return new Speaker(people, people, SpeakerType.PERSON, "");
    }
    int words = from;
    while (words < to && t.get(words).word() && !NameWords.isStop(t, words)) {
      words++;
    }
    if (words == from + 1 && words < to && t.get(words).word()
        && (NameWords.hasArticle(t, from) || names.isNameWord(t, from))
        && !Lexicon.HEADS.contains(head) && !Lexicon.PERSON_NOUNS.contains(head) && gazetteer.lookup(head) == null
        && !Lexicon.INTRODUCERS.contains(t.get(words).norm())) {
      return new Speaker(t.original(from, words), "", SpeakerType.PERSON, ""); // وتدعو السلامي إلى تشجيع …
    }
    boolean description = Lexicon.PERSON_NOUNS.contains(t.get(from).norm())
        || Lexicon.RANKS.contains(t.get(from).norm());
    boolean alone = words == to || Lexicon.INTRODUCERS.contains(t.get(words).norm())
        || words + 1 == to && Lexicon.PHRASE_STOPS.contains(t.get(words).norm())
        && !t.get(words).norm().startsWith("ل"); // nothing after it but أن or the manner: بمرارة, not للشركة
    if (description && alone && words - from <= 2 && (words == from + 1 || NameWords.hasArticle(t, from + 1))) {
      return new Speaker("", t.original(from, words), SpeakerType.PERSON, ""); // وتساءلت الأستاذة بمرارة
    }
    if (Lexicon.DOCUMENTS.contains(head)) {
      int end = documentEnd(t, from + 1, to);
      String issued = end + 2 < to ? Clitics.withoutConjunction(t.get(end).norm()) : "";
      if ((issued.equals("صادر") || issued.equals("الصادر")) && t.get(end + 1).is("عن")) {
        Speaker issuer = parse(t, end + 2, to); // بيان صادر عن الأمانة العامة لمجلس الوزراء
        if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION) {
          return issuer;
        }
      }
      if (end + 1 < to && Lexicon.ISSUED.contains(t.get(end).norm())) {
        Speaker issuer = parse(t, end + 1, to); // دراسة أصدرها مركز مقديشو للبحوث والدراسات
        if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION) {
          return issuer;
        }
      }
      String of = end < to ? t.get(end).norm() : "";
      if (of.length() > 3 && of.charAt(0) == 'ل' && Lexicon.ORGANIZATIONS.contains(of.substring(1))) {
        Tokens rest = Tokens.of(t.original(end, QuoteExtractor.phraseEnd(t, end)).substring(1));
        Speaker issuer = parse(rest, 0, rest.size()); // تقرير لمنظمة الأغذية والزراعة
        if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION) {
          return issuer;
        }
      }
      return new Speaker(t.original(from, end), "", SpeakerType.DOCUMENT, "");
    }
    Speaker person = gazetteerPerson(t, from, to);
    if (person != null) {
      return person;
    }
    if (to - from == 2 && t.get(from).norm().startsWith("ال") && Lexicon.SAME.contains(t.get(from + 1).norm())) {
      return new Speaker("", t.original(from, to), SpeakerType.PERSON, ""); // الفلاح نفسه: the one just quoted
    }
    int[] last = Lexicon.HEADS.contains(head) ? null : lastSegmentName(t, from, to);
    if (last != null) {
      return new Speaker(t.original(last[0], last[1]), role(t, from, last[0]), SpeakerType.PERSON, "");
    }
    int firstComma = NameWords.nextComma(t, from, to);
    if (!Lexicon.HEADS.contains(head) && firstComma < to && firstComma - from >= 2
        && firstComma - from <= NameWords.MAX_NAME_WORDS && names.allNameWords(t, from, firstComma)) {
      // فادي الخوري، النائب عن تكتل «الجمهورية القوية»،: the name first, its role set off after it
      return new Speaker(t.original(from, firstComma),
          role(t, firstComma + 1, NameWords.nextComma(t, firstComma + 1, to)),
          SpeakerType.PERSON, "");
    }
    for (int r = to - 2; r >= from; r--) { // the last rank: جامعة السلطان قابوس الدكتورة فلانة
      if (Lexicon.RANKS.contains(t.get(r).norm()) && names.isNameWord(t, r + 1) && !namesAPlace(t, r)) {
        // A rank right after a name word is the name's own second part: محمد الأمين ولد بوبكر.
        // So is it after a description: التاجر محمد الأمين ولد سيدي.
        int start = r > from && names.isNameWord(t, r - 1) && (isRoleBefore(t, from, r - 1) || r - 1 == from
            || r - 2 == from && NameWords.hasArticle(t, from))
            && !(r - 2 >= from && Lexicon.RANKS.contains(t.get(r - 2).norm())) ? r - 1 : r; // not السلطان قابوس
        return new Speaker(t.original(start, names.nameEnd(t, r + 1, to)), role(t, from, start),
            SpeakerType.PERSON, "");
      }
    }
    if (Lexicon.GIVEN_NAME_HEADS.contains(t.get(from).norm()) && (from + 1 >= to || !t.get(from + 1).word()
        || NameWords.isStop(t, from + 1) || names.isNameWord(t, from + 1))) {
      return new Speaker(t.original(from, names.nameEnd(t, from, to)), "", SpeakerType.PERSON, ""); // ويقول أمين
    }
    boolean rankedRole = Lexicon.RANKS.contains(head) && from + 1 < to && t.get(from + 1).is("في")
        && NameWords.nextComma(t, from, to) < to; // المهندسة في التخطيط العمراني، فلانة،
    if (Lexicon.ROLE_HEADS.contains(head) || rankedRole) {
      int nameStart = roles.roleEnd(t, from + 1, to);
      int nameEnd = nameStart < to && names.isNameWord(t, nameStart) && !isIndefiniteWithAdjective(t, from, nameStart)
          ? names.nameEnd(t, nameStart, to) : nameStart;
      if (nameEnd > nameStart && namesAnInstitution(t, nameStart)) {
        nameStart = nameEnd; // الباحثة بجامعة ابن زهر في أكادير: whom the university is named after
      }
      for (int k = nameStart; k < Math.min(to, nameStart + NameWords.MAX_NAME_WORDS + 1); k++) {
        if (Lexicon.ANONYMITY.contains(t.get(k).norm())) {
          nameEnd = nameStart; // مسؤول مصري رفض الكشف عن اسمه: a source that withholds its name has none
          break;
        }
      }
      // A "name" that the word limit cut short (مدير أنظمة ووسائل الدفع بالبنك المركزي الموريتاني، فلان،) is
      // more of the role, when a name is set off after it.
      boolean cutShort = nameEnd > nameStart && nameEnd < to && t.get(nameEnd).word() && !NameWords.isStop(t, nameEnd);
      int comma = nameEnd == nameStart || cutShort ? NameWords.nextComma(t, nameStart, to) : nameEnd;
      int[] apposed = comma < to && NameWords.isComma(t, comma)
          ? apposedName(t, comma, to, nameEnd == nameStart || cutShort) : null;
      if (apposed != null) {
        // رئيس الجمعية في ميناء الدار البيضاء، عبد الإله الزهراوي، or مدير حملة المرشح فلان، علان، : the role
        // runs to the comma, whatever it names on the way, and the name set off after it is the speaker's.
        return new Speaker(t.original(apposed[0], apposed[1]), role(t, from, comma), SpeakerType.PERSON, "");
      }
      int[] afterPlace = nameEnd == nameStart ? nameAfterPlace(t, nameStart, to) : null;
      if (afterPlace != null) {
        return new Speaker(t.original(afterPlace[0], afterPlace[1]), role(t, from, afterPlace[0]),
            SpeakerType.PERSON, "");
      }
      return new Speaker(t.original(nameStart, nameEnd), role(t, from, nameStart), SpeakerType.PERSON, "");
    }
    int end = names.nameEnd(t, from, to);
    int known = names.knownNameLength(t, from, to);
    String phrase = t.original(from, known > 0 ? from + known : end);
    ExtractedFact.Entity org = gazetteer.lookup(phrase);
    if (known > 1 && org != null && org.type() == ExtractedFact.EntityType.ORGANIZATION) {
      return new Speaker(phrase, "", SpeakerType.ORGANIZATION, org.id()); // بعثة الأمم المتحدة للدعم في ليبيا
    }
    if (Lexicon.ORGANIZATIONS.contains(head) || (org != null && org.type() == ExtractedFact.EntityType.ORGANIZATION)) {
      int orgEnd = roles.roleEnd(t, from + 1, to);
      while (org == null && orgEnd < to && orgEnd - from < MAX_ORGANIZATION_WORDS && t.get(orgEnd).word()
          && t.get(orgEnd).norm().startsWith("و") && !NameWords.isStop(t, orgEnd)) {
        orgEnd++; // فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ: coordinated nouns, and their genitives
        while (orgEnd < to && orgEnd - from < MAX_ORGANIZATION_WORDS && t.get(orgEnd).norm().startsWith("ال")
            && !NameWords.isStop(t, orgEnd)) { // not الأسبوع الماضي after the name
          orgEnd++;
        }
        if (orgEnd < to && names.isPlace(t, orgEnd)) {
          orgEnd++; // هيئة كهرباء ومياه دبي
        }
      }
      for (int k = from + 1; k + 1 < orgEnd; k++) {
        String next = t.get(k + 1).norm();
        if (names.isPlace(t, k) && !next.startsWith("ال") && !next.startsWith("ل") && !next.startsWith("ب")
            && !next.startsWith("و") && !names.isPlace(t, k + 1)) {
          orgEnd = k + 1; // عزت مؤسسة كهرباء لبنان تراجع التغذية: the name ends at its place, the object follows
          break;
        }
      }
      for (int k = from + 2; k < orgEnd; k++) {
        if (Lexicon.AFFILIATED.contains(t.get(k).norm())) {
          orgEnd = k; // منظمة الأغذية والزراعة التابعة للأمم المتحدة: the organization, not whose it is
          break;
        }
      }
      String name = role(t, from, orgEnd);
      if (!Lexicon.ORGANIZATIONS.contains(t.get(from).norm()) && !head.equals(t.get(from).norm())
          && name.length() > 1 && (name.charAt(0) == 'و' || name.charAt(0) == 'ف')) {
        name = name.substring(1); // بين الجيش ووزارة الداخلية: the organization, not its conjunction
      }
      return new Speaker(name, "", SpeakerType.ORGANIZATION, org == null ? "" : org.id());
    }
    int described = from;
    if (from + 1 < to && !Lexicon.COMPOUND_NAME_HEADS.contains(t.get(from).norm())
        && t.get(from + 1).norm().startsWith("ال")) {
      described++; // سائق القطار الخمسيني أحمد سالم: a noun and its definite genitive describe who follows
    }
    while (described < to && t.get(described).word() && (t.get(described).norm().startsWith("ال")
        || described > from && t.get(described).norm().startsWith("وال")) // الروائي والناقد السوري فلان
        && !(described + 1 < to && Lexicon.NAME_LINKS.contains(t.get(described + 1).norm()))) {
      described++; // اللاجئ آدم يعقوب, المودعة سعاد المصري: a definite description, then the name
    }
    int describedEnd = described < to ? names.nameEnd(t, described, to) : described;
    boolean linked = described < to && t.get(described).norm().startsWith("ال"); // الهادي بن عمر
    if (described > from && describedEnd - described >= 2
        && names.allNameWords(t, linked ? described + 1 : described, describedEnd)) {
      return new Speaker(t.original(described, describedEnd), role(t, from, described), SpeakerType.PERSON, "");
    }
    if (names.isNameWord(t, from) && end - from >= 2 && end < to && Lexicon.AFTER_NAME.contains(t.get(end).norm())) {
      return new Speaker(t.original(from, end), "", SpeakerType.PERSON, ""); // يقول فلان القادم من نابل …
    }
    int[] trailing = trailingName(t, from, to);
    if (trailing != null) {
      return new Speaker(t.original(trailing[0], trailing[1]), role(t, from, trailing[0]), SpeakerType.PERSON, "");
    }
    for (int k = from + 2; k < end; k++) {
      if (Lexicon.ANONYMITY.contains(t.get(k).norm())) {
        return new Speaker(t.original(from, k - 1), "", SpeakerType.PERSON, ""); // تاجر لؤلؤ طلب عدم نشر اسمه
      }
    }
    SpeakerType type = end - from <= NameWords.MAX_NAME_WORDS ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
    return new Speaker(phrase, "", type, "");
  }

  /**
   * A name at the end of a description that runs on with a place: {@code المعدن الأهلي القادم من مدينة
   * الفاشر آدم يعقوب إسحق}. The name is the last run of two to four name words before the first mark,
   * after a definite word or a place. Null when the phrase does not end so.
   */
  private int[] trailingName(Tokens t, int from, int to) {
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

  /**
   * A name after a place the gazetteer does not know: {@code منسق البرنامج في أدري بيير دوبوا}. Place
   * names are mostly one word, so {@code في}, one word, then two to four name words up to the phrase's end
   * are read as place and name. Returns {@code [from, to)} of the name, or null.
   */
  private int[] nameAfterPlace(Tokens t, int i, int to) {
    if (i + 3 >= to || !t.get(i).is("في") || !t.get(i + 1).word() || NameWords.isStop(t, i + 1)
        || Lexicon.SPEECH_OCCASIONS.contains(t.get(i + 1).norm()) || Lexicon.DOCUMENTS.contains(t.get(i + 1).norm())) {
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
          && names.allNameWords(t, start, stop)) {
        return new int[] {start, stop};
      }
    }
    int start = i + 2;
    int end = names.nameEnd(t, start, to);
    if (end - start < 2 || end < to && t.get(end).word() && !NameWords.isStop(t, end)
        || !names.allNameWords(t, start, end)
        || t.get(start).norm().startsWith("ال")) {
      return null;
    }
    return new int[] {start, end};
  }

  /** Whether tokens {@code [from, to)} are all name words. */
  boolean allNameWords(Tokens t, int from, int to) {
    return names.allNameWords(t, from, to);
  }

  /** Where a name starting at {@code i} ends, as {@link NameWords#nameEnd} says. */
  int nameEnd(Tokens t, int i, int to) {
    return names.nameEnd(t, i, to);
  }

  /** Whether the word at {@code i} can be part of a person's name, as {@link NameWords#isNameWord} says. */
  boolean isNameWord(Tokens t, int i) {
    return names.isNameWord(t, i);
  }

  /** Whether a normalized word is a place the gazetteer knows, as {@link NameWords#isPlace(String)} says. */
  boolean isPlace(String norm) {
    return names.isPlace(norm);
  }

  /** The person named after يدعى at {@code k}, or null. */
  Speaker namedAs(Tokens t, int k, int to) {
    return k + 1 < to && names.isNameWord(t, k + 1)
        ? new Speaker(t.original(k + 1, names.nameEnd(t, k + 1, to)), "", SpeakerType.PERSON, "") : null;
  }

  /**
   * A name set off at the end of the phrase, after its last comma: {@code ربة المنزل السبعينية من حي
   * الميدان، سعاد الحلبي}. Returns {@code [from, to)} of the name, or null.
   */
  private int[] lastSegmentName(Tokens t, int from, int to) {
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
      end++;
    }
    // The name may be followed by an age in parentheses or by the outlet spoken to: رهف العمري (27 عاما),
    // لحسن أوبلا لهسبريس.
    boolean closes = end == to || t.get(end).is("(") || NameWords.isOutlet(t.get(end).norm());
    if (end - start < 2 || end - start > NameWords.MAX_NAME_WORDS || !names.isNameWord(t, start) || !closes
        || first.startsWith("و") || first.startsWith("ف")) {
      return null;
    }
    return new int[] {start, end};
  }

  /** Whether the words {@code [from, i)} are a role, so that the word at {@code i} starts the name. */
  private boolean isRoleBefore(Tokens t, int from, int i) {
    return i > from && Lexicon.ROLE_HEADS.contains(Clitics.known(t.get(from).norm(), Lexicon.HEADS))
        && roles.roleEnd(t, from + 1, i + 1) == i;
  }

  /**
   * A role with no definite word that ends in an adjective (دبلوماسي غربي) introduces someone unnamed; the
   * words after it are a clause about them (حضر الاجتماع), not a name.
   */
  private static boolean isIndefiniteWithAdjective(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).norm().startsWith("ال")) {
        return false;
      }
    }
    return to - from >= 2 && NameWords.isNisba(t.get(to - 1).norm());
  }

  /**
   * A name set off by commas after the role: {@code مدير قطب العمليات، يوسف العلمي، في تصريح}, or after an
   * apposition: {@code رئيسة النادي، الجهة المنظمة للمعرض، رنا الحسيني}. Returns {@code [from, to)} or null.
   * After a role that already has a name, only the very next segment counts, and only as a name of two
   * words or more that does not open with و: {@code وزير الخارجية فلان، ونظيره الأردني …} names two people.
   */
  private int[] apposedName(Tokens t, int i, int to, boolean roleOnly) {
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
      while (start < end - 2 && NameWords.hasArticle(t, start) && !names.isNameWord(t, start)
          && !Lexicon.RANKS.contains(t.get(start).norm())) {
        start++; // رئيسة لجنة التحكيم، المخرجة التونسية ليلى بن سالم،: who she is, then her name
      }
      int rank = start < end - 2 && Lexicon.RANKS.contains(t.get(start).norm()) ? 1 : 0;
      int first = start + rank; // نائب المدير العام، الكابتن فؤاد ناصر باعلوي،: the rank stays with the name
      int linked = 0;
      for (int k = first; k < end; k++) {
        linked += Lexicon.NAME_LINKS.contains(t.get(k).norm()) ? 1 : 0;
      }
      boolean allNames = end > first && end - first - linked <= NameWords.MAX_NAME_WORDS; // عبد الله بن سعد الخريجي
      for (int k = first; k < end && allNames; k++) {
        allNames = (names.isNameWord(t, k) || ((k > first || rank == 1) && t.get(k).norm().startsWith("ال")))
            && !Lexicon.ANONYMITY.contains(t.get(k).norm()); // مسؤول، فضل عدم ذكر اسمه، قال
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
  private static boolean namesAnInstitution(Tokens t, int i) {
    String bare = nounBefore(t, i);
    return bare != null && (Lexicon.INSTITUTIONS.contains(t.get(i - 1).norm()) || Lexicon.INSTITUTIONS.contains(bare));
  }

  /** Whether the rank at {@code r} is part of what an institution is named after: بجامعة القاضي عياض. */
  private static boolean namesAPlace(Tokens t, int r) {
    String bare = nounBefore(t, r);
    return bare != null && (Lexicon.ORGANIZATIONS.contains(bare) || Lexicon.INSTITUTIONS.contains(bare));
  }

  /** The word before {@code i}, without an attached ب or ل (بجامعة → جامعة); null when no word stands there. */
  private static String nounBefore(Tokens t, int i) {
    if (i == 0 || !t.get(i - 1).word()) {
      return null;
    }
    String before = t.get(i - 1).norm();
    boolean prefixed = before.length() > 3 && (before.startsWith("ب") || before.startsWith("ل"));
    return prefixed ? before.substring(1) : before;
  }

  /**
   * A group of unnamed people as speaker: an indefinite plural (سائقون, سكان, شهود) and the place it is in,
   * {@code سائقون في سوق بكارو}. Returns the end of the phrase, or {@code from} when it is no group.
   */
  private int groupEnd(Tokens t, int from, int to) {
    String w = t.get(from).norm();
    boolean plural = !w.startsWith("ال") && (w.length() >= 5 && w.endsWith("ون") || w.length() >= 6 && w.endsWith("ين"))
        && !names.isPlace(t, from) || Lexicon.GROUPS.contains(w) || Lexicon.GROUPS_OF.contains(w);
    if (plural && from + 1 < to && t.get(from + 1).norm().endsWith("هم")) {
      return from + 1; // متقاعدون التقتهم "الغد": the group, not the clause about it
    }
    int end = from + 1;
    if (Lexicon.GROUPS_OF.contains(w) && end + 1 < to && t.get(end).word() && !NameWords.hasArticle(t, end)
        && !NameWords.isStop(t, end) && !t.get(end).is("في") && !t.get(end).is("من")) {
      end++; // أولياء تلاميذ في ولاية البليدة: whose kin they are
    }
    if (!plural || end < to && t.get(end).word() && !NameWords.isStop(t, end)
        && !t.get(end).is("في") && !t.get(end).is("من")) {
      return from; // not مسؤولون أمريكيون كبار: only a bare plural, or one with its place
    }
    if (end + 1 < to && (t.get(end).is("في") || t.get(end).is("من")) && t.get(end + 1).word()) {
      end += 2;
      while (end < to && end - from < 8 && t.get(end).word() && !NameWords.isStop(t, end)
          && !Lexicon.INTRODUCERS.contains(t.get(end).norm()) && !t.get(end).norm().endsWith("هم")) { // قولهم
        end++;
      }
    }
    return end;
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

  /** A gazetteer person in the phrase, with the rank written before the name and the role before that. */
  private Speaker gazetteerPerson(Tokens t, int from, int to) {
    int bestFrom = -1;
    int bestTo = -1;
    ExtractedFact.Entity best = null;
    for (int i = from; i < to; i++) {
      for (Gazetteer.Alias alias : gazetteer.startingWith(t.get(i).norm())) {
        int n = alias.words().length;
        if (alias.entity().type() == ExtractedFact.EntityType.PERSON && i + n <= to
            && NameWords.matches(t, i, alias.words())
            && (best == null || n > bestTo - bestFrom) && (n > 1 || standsAlone(t, i, from, to))) {
          best = alias.entity();
          bestFrom = i;
          bestTo = i + n;
        }
      }
    }
    if (best == null) {
      return null;
    }
    int nameStart = bestFrom > from && Lexicon.RANKS.contains(t.get(bestFrom - 1).norm()) ? bestFrom - 1 : bestFrom;
    return new Speaker(t.original(nameStart, bestTo), role(t, from, nameStart), SpeakerType.PERSON, best.id());
  }

  /**
   * Whether a one-word alias is a name on its own here: not an adjective after a role (وزير الصحة السوداني)
   * and not part of a longer name (بلقاسم حفتر is not خليفة حفتر).
   */
  private boolean standsAlone(Tokens t, int i, int from, int to) {
    boolean afterRole = i > from && (t.get(i).norm().startsWith("ال") || names.isNameWord(t, i - 1));
    boolean beforeName = i + 1 < to && names.isNameWord(t, i + 1);
    return !afterRole && !beforeName;
  }

  /** The role's head noun, with spokesperson synonyms made one. */
  static String roleHead(String role) {
    if (role.isBlank()) {
      return "";
    }
    List<Tokens.Token> tokens = Tokens.of(role).list();
    if (tokens.isEmpty()) {
      return "";
    }
    String head = Clitics.known(tokens.get(0).norm(), Lexicon.HEADS);
    if (Lexicon.SPOKESPERSON.contains(head)) {
      return "spokesperson";
    }
    head = head.startsWith("ال") ? head.substring(2) : head;
    return head.endsWith("ه") ? head.substring(0, head.length() - 1) : head; // وزيرة is a وزير
  }

  /** The words {@code [from, to)} as a role, without the comma that may close it. */
  private static String role(Tokens t, int from, int to) {
    String r = t.original(from, to).strip();
    while (r.endsWith("،") || r.endsWith(",")) {
      r = r.substring(0, r.length() - 1).strip();
    }
    return r;
  }
}
