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
 * with an empty name, for the caller to resolve against earlier speakers.
 */
final class SpeakerParser {
  static final int MAX_NAME_WORDS = 4;
  static final int MAX_ORGANIZATION_WORDS = 8;

  private final Gazetteer gazetteer;

  SpeakerParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Whether a token ends a name. على and علي normalize alike; only the preposition stops. */
  static boolean isStop(Tokens t, int i) {
    Tokens.Token tok = t.get(i);
    if (!tok.word()) {
      return true;
    }
    String bare = Clitics.withoutConjunction(tok.norm());
    if (Lexicon.INTRODUCERS.contains(tok.norm()) || Lexicon.INTRODUCERS.contains(bare)) {
      return true;
    }
    if (tok.norm().equals("علي")) {
      return t.text().charAt(tok.end() - 1) == 'ى';
    }
    if (tok.norm().equals("صباح")) { // صباح اليوم is a time, صباح العبيدي a name
      String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
      return next.isEmpty() || !t.get(i + 1).word() || Lexicon.PHRASE_STOPS.contains(next)
          || next.equals("العيد") || next.equals("الغد");
    }
    return Lexicon.PHRASE_STOPS.contains(tok.norm()) || tok.norm().startsWith("لل");
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
      if (isNamedAs(t.get(k).norm()) && isNameWord(t, k + 1)) {
        return new Speaker(t.original(k + 1, nameEnd(t, k + 1, to)), role(t, from, k), SpeakerType.PERSON, "");
      }
    }
    String head = Clitics.known(t.get(from).norm(), Lexicon.HEADS);
    if (Lexicon.DOCUMENTS.contains(head)) {
      int end = documentEnd(t, from + 1, to);
      String issued = end + 2 < to ? Clitics.withoutConjunction(t.get(end).norm()) : "";
      if ((issued.equals("صادر") || issued.equals("الصادر")) && t.get(end + 1).is("عن")) {
        Speaker issuer = parse(t, end + 2, to); // بيان صادر عن الأمانة العامة لمجلس الوزراء
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
    int firstComma = nextComma(t, from, to);
    if (!Lexicon.HEADS.contains(head) && firstComma < to && firstComma - from >= 2
        && firstComma - from <= MAX_NAME_WORDS && allNameWords(t, from, firstComma)) {
      // فادي الخوري، النائب عن تكتل «الجمهورية القوية»،: the name first, its role set off after it
      return new Speaker(t.original(from, firstComma), role(t, firstComma + 1, nextComma(t, firstComma + 1, to)),
          SpeakerType.PERSON, "");
    }
    for (int r = from; r < to - 1; r++) {
      if (Lexicon.RANKS.contains(t.get(r).norm()) && isNameWord(t, r + 1)) {
        // A rank right after a name word is the name's own second part: محمد الأمين ولد بوبكر.
        int start = r > from && isNameWord(t, r - 1) && isRoleBefore(t, from, r - 1) ? r - 1 : r;
        return new Speaker(t.original(start, nameEnd(t, r + 1, to)), role(t, from, start), SpeakerType.PERSON, "");
      }
    }
    if (Lexicon.ROLE_HEADS.contains(head)) {
      int nameStart = roleEnd(t, from + 1, to);
      int nameEnd = nameStart < to && isNameWord(t, nameStart) && !isIndefiniteWithAdjective(t, from, nameStart)
          ? nameEnd(t, nameStart, to) : nameStart;
      for (int k = nameStart; k < Math.min(to, nameStart + MAX_NAME_WORDS + 1); k++) {
        if (Lexicon.ANONYMITY.contains(t.get(k).norm())) {
          nameEnd = nameStart; // مسؤول مصري رفض الكشف عن اسمه: a source that withholds its name has none
          break;
        }
      }
      int comma = nameEnd == nameStart ? nextComma(t, nameStart, to) : nameEnd;
      int[] apposed = comma < to && isComma(t, comma) ? apposedName(t, comma, to, nameEnd == nameStart) : null;
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
    int end = nameEnd(t, from, to);
    int known = knownNameLength(t, from, to);
    String phrase = t.original(from, known > 0 ? from + known : end);
    ExtractedFact.Entity org = gazetteer.lookup(phrase);
    if (known > 1 && org != null && org.type() == ExtractedFact.EntityType.ORGANIZATION) {
      return new Speaker(phrase, "", SpeakerType.ORGANIZATION, org.id()); // بعثة الأمم المتحدة للدعم في ليبيا
    }
    if (Lexicon.ORGANIZATIONS.contains(head) || (org != null && org.type() == ExtractedFact.EntityType.ORGANIZATION)) {
      int orgEnd = roleEnd(t, from + 1, to);
      while (org == null && orgEnd < to && orgEnd - from < MAX_ORGANIZATION_WORDS && t.get(orgEnd).word()
          && !isStop(t, orgEnd)) {
        orgEnd++; // فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ في بلاغ: a long name runs to the next stop
      }
      return new Speaker(role(t, from, orgEnd), "", SpeakerType.ORGANIZATION, org == null ? "" : org.id());
    }
    int described = from;
    if (from + 1 < to && !Lexicon.COMPOUND_NAME_HEADS.contains(t.get(from).norm())
        && t.get(from + 1).norm().startsWith("ال")) {
      described++; // سائق القطار الخمسيني أحمد سالم: a noun and its definite genitive describe who follows
    }
    while (described < to && t.get(described).word() && t.get(described).norm().startsWith("ال")
        && !(described + 1 < to && Lexicon.NAME_LINKS.contains(t.get(described + 1).norm()))) {
      described++; // اللاجئ آدم يعقوب, المودعة سعاد المصري: a definite description, then the name
    }
    int describedEnd = described < to ? nameEnd(t, described, to) : described;
    boolean linked = described < to && t.get(described).norm().startsWith("ال"); // الهادي بن عمر
    if (described > from && describedEnd - described >= 2
        && allNameWords(t, linked ? described + 1 : described, describedEnd)) {
      return new Speaker(t.original(described, describedEnd), role(t, from, described), SpeakerType.PERSON, "");
    }
    int[] trailing = trailingName(t, from, to);
    if (trailing != null) {
      return new Speaker(t.original(trailing[0], trailing[1]), role(t, from, trailing[0]), SpeakerType.PERSON, "");
    }
    return new Speaker(phrase, "", end - from <= MAX_NAME_WORDS ? SpeakerType.PERSON : SpeakerType.UNKNOWN, "");
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

  private static boolean isNaming(String w) {
    return isNamingNoun(w) || isNamingNoun(Clitics.withoutConjunction(w)); // وكالة is no و + كالة
  }

  private static boolean isNamingNoun(String w) {
    return Lexicon.NAMING_NOUNS.contains(w) || Lexicon.ORGANIZATIONS.contains(w)
        || Lexicon.ROLE_CONTINUATIONS.contains(w) || Lexicon.OUTLETS.contains(w);
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
      boolean boundary = t.get(start - 1).norm().startsWith("ال") || isPlace(t, start - 1)
          || twoWordPlace != null && twoWordPlace.type() == ExtractedFact.EntityType.PLACE; // خان يونس هبة النجار
      if (boundary && isNameWord(t, start) && end - start <= MAX_NAME_WORDS && allNameWords(t, start, end)) {
        return new int[] {start, end};
      }
    }
    return null;
  }

  private boolean allNameWords(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isNameWord(t, k) && !(k > from && t.get(k).norm().startsWith("ال"))) {
        return false;
      }
    }
    return true;
  }

  /** The words {@code [from, to)} as a role, without the comma that may close it. */
  private static String role(Tokens t, int from, int to) {
    String r = t.original(from, to).strip();
    while (r.endsWith("،") || r.endsWith(",")) {
      r = r.substring(0, r.length() - 1).strip();
    }
    return r;
  }

  /**
   * A name after a place the gazetteer does not know: {@code منسق البرنامج في أدري بيير دوبوا}. Place
   * names are mostly one word, so {@code في}, one word, then two to four name words up to the phrase's end
   * are read as place and name. Returns {@code [from, to)} of the name, or null.
   */
  private int[] nameAfterPlace(Tokens t, int i, int to) {
    if (i + 3 >= to || !t.get(i).is("في") || !t.get(i + 1).word() || isStop(t, i + 1)
        || Lexicon.SPEECH_OCCASIONS.contains(t.get(i + 1).norm()) || Lexicon.DOCUMENTS.contains(t.get(i + 1).norm())) {
      return null;
    }
    int stop = i + 2;
    while (stop < to && !isStop(t, stop)) {
      stop++;
    }
    // The name is the last run of name words, after a definite word or a place that ends the place's own
    // name (في معبر باب الهوى الحدودي مأمون الدرويش); with none, the place is one word (في أدري بيير دوبوا).
    for (int start = i + 2; start <= stop - 2; start++) {
      boolean boundary = t.get(start - 1).norm().startsWith("ال") || isPlace(t, start - 1);
      if (boundary && isNameWord(t, start) && stop - start <= MAX_NAME_WORDS && allNameWords(t, start, stop)) {
        return new int[] {start, stop};
      }
    }
    int start = i + 2;
    int end = nameEnd(t, start, to);
    if (end - start < 2 || end < to && t.get(end).word() && !isStop(t, end) || !allNameWords(t, start, end)
        || t.get(start).norm().startsWith("ال")) {
      return null;
    }
    return new int[] {start, end};
  }

  /** The person named after يدعى at {@code k}, or null. */
  Speaker namedAs(Tokens t, int k, int to) {
    return k + 1 < to && isNameWord(t, k + 1)
        ? new Speaker(t.original(k + 1, nameEnd(t, k + 1, to)), "", SpeakerType.PERSON, "") : null;
  }

  /** يدعى, and ويدعى with its conjunction. */
  static boolean isNamedAs(String w) {
    return Lexicon.NAMED_AS.contains(w) || Lexicon.NAMED_AS.contains(Clitics.withoutConjunction(w));
  }

  /**
   * A name set off at the end of the phrase, after its last comma: {@code ربة المنزل السبعينية من حي
   * الميدان، سعاد الحلبي}. Returns {@code [from, to)} of the name, or null.
   */
  private int[] lastSegmentName(Tokens t, int from, int to) {
    int comma = -1;
    for (int k = from; k < to; k++) {
      if (isComma(t, k)) {
        comma = k;
      }
    }
    int start = comma + 1;
    String first = comma < 0 ? "" : t.get(start).norm();
    if (comma < 0 || to - start < 2 || to - start > MAX_NAME_WORDS || !isNameWord(t, start)
        || first.startsWith("و") || first.startsWith("ف") || !allNameWords(t, start, to)) {
      return null;
    }
    return new int[] {start, to};
  }

  /** Whether the words {@code [from, i)} are a role, so that the word at {@code i} starts the name. */
  private boolean isRoleBefore(Tokens t, int from, int i) {
    return i > from && Lexicon.ROLE_HEADS.contains(Clitics.known(t.get(from).norm(), Lexicon.HEADS))
        && roleEnd(t, from + 1, i + 1) == i;
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
    return to - from >= 2 && isNisba(t.get(to - 1).norm());
  }

  private static boolean isComma(Tokens t, int i) {
    return t.get(i).is("،") || t.get(i).is(",");
  }

  /** The first comma at or after {@code i}, or {@code to}. */
  private static int nextComma(Tokens t, int i, int to) {
    while (i < to && !isComma(t, i)) {
      i++;
    }
    return i;
  }

  /**
   * A name set off by commas after the role: {@code مدير قطب العمليات، يوسف العلمي، في تصريح}, or after an
   * apposition: {@code رئيسة النادي، الجهة المنظمة للمعرض، رنا الحسيني}. Returns {@code [from, to)} or null.
   * After a role that already has a name, only the very next segment counts, and only as a name of two
   * words or more that does not open with و: {@code وزير الخارجية فلان، ونظيره الأردني …} names two people.
   */
  private int[] apposedName(Tokens t, int i, int to, boolean roleOnly) {
    while (i < to) {
      if (!isComma(t, i)) {
        return null;
      }
      int start = i + 1;
      int end = start;
      while (end < to && t.get(end).word() && !isStop(t, end)) {
        end++;
      }
      boolean allNames = end > start && end - start <= MAX_NAME_WORDS;
      for (int k = start; k < end && allNames; k++) {
        allNames = (isNameWord(t, k) || (k > start && t.get(k).norm().startsWith("ال")))
            && !Lexicon.ANONYMITY.contains(t.get(k).norm()); // مسؤول، فضل عدم ذكر اسمه، قال
      }
      if (allNames && isNameWord(t, start) && (roleOnly || (end - start >= 2 && (end == to || isComma(t, end))
          && !t.get(start).norm().startsWith("و")))) {
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

  /** The end of a role that starts before {@code i}: definite and construct words, attachments, places. */
  private int roleEnd(Tokens t, int i, int to) {
    while (i < to && (t.get(i).word() || quotedNameEnd(t, i, to) > i)) {
      if (!t.get(i).word()) {
        i = quotedNameEnd(t, i, to); // رئيسة جمعية "صرخة المودعين" نادين خوري
        continue;
      }
      int known = knownNameLength(t, i, to);
      if (known > 1) {
        i += known; // المتحدثة باسم منظمة أطباء بلا حدود: a name the gazetteer knows, whole
        continue;
      }
      String raw = t.get(i).norm();
      String w = Clitics.withoutConjunction(raw);
      if (raw.equals("في") && i + 1 < to && isRolePlace(t, i + 1)) {
        i += 1 + placeLength(t, i + 1, to); // ممثل المفوضية في سوريا, وزير الثروات في حكومة الإقليم
        continue;
      }
      if (raw.equals("لدي") && i + 1 < to && isRolePlace(t, i + 1)) {
        i += 1 + placeLength(t, i + 1, to); // سفير إيطاليا لدى الجزائر
        continue;
      }
      if (raw.equals("عن") && i + 1 < to && (isPlace(t, i + 1)
          || Lexicon.ROLE_CONTINUATIONS.contains(t.get(i + 1).norm()))) {
        i += 1 + placeLength(t, i + 1, to); // عضو مجلس النواب عن منطقة أوباري: the seat a member holds
        continue;
      }
      if (Lexicon.PHRASE_STOPS.contains(raw) || Lexicon.INTRODUCERS.contains(raw)) {
        break;
      }
      boolean genitiveAfterAttachment = i + 1 < to && t.get(i - 1).norm().startsWith("ل")
          && t.get(i + 1).norm().startsWith("ال") && !Lexicon.COMPOUND_NAME_HEADS.contains(raw);
      if (continuesRole(raw) || continuesRole(w) || genitiveAfterAttachment || (raw.startsWith("ل")
          && !raw.startsWith("لل") && i + 1 < to && (isNameWord(t, i + 1) || t.get(i + 1).norm().startsWith("ال")))) {
        i++; // الناطق باسم … للقوات المسلحة, عضو المجلس البلدي لدرنة, الجامعة الملكية لكرة القدم
      } else if (isPlace(t, i)) {
        i += Math.max(1, placeLength(t, i, to));
      } else if (isIndefiniteConstruct(t.get(i - 1).norm()) && !isStop(t, i)) {
        i++; // جمعية حماية المستهلك, رئيس جماعة إغيل: an indefinite noun takes the next word as its genitive
      } else if (!t.get(i - 1).norm().startsWith("ال") && isNisba(raw)
          && (i + 1 >= to || !t.get(i + 1).word() || isNameWord(t, i + 1))) {
        i++; // في بنك استثمار محلي منى …, مسؤول عسكري،: an adjective after an indefinite noun of the role
      } else if (Lexicon.ORGANIZATIONS.contains(t.get(i - 1).norm()) && !t.get(i - 1).norm().startsWith("ال")
          && isNameWord(t, i) && (i + 1 >= to || isStop(t, i + 1))) {
        i++; // منظمة يونيسف, حركة حماس: an indefinite organization noun and its proper name
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isIndefiniteConstruct(String w) {
    return !w.startsWith("ال") && (Lexicon.ORGANIZATIONS.contains(w) || Lexicon.ROLE_CONTINUATIONS.contains(w)
        || Lexicon.ROLE_HEADS.contains(w));
  }

  /** ل or ب before a media noun: لإذاعة، لقناة، للصحفيين. */
  private static boolean isOutlet(String w) {
    if (w.length() < 4 || (w.charAt(0) != 'ل' && w.charAt(0) != 'ب')) {
      return false;
    }
    return w.startsWith("لل") || Lexicon.OUTLETS.contains(w.substring(1));
  }

  private static boolean isNisba(String w) {
    return w.length() > 3 && (w.endsWith("ي") || w.endsWith("يه"));
  }

  private static boolean continuesRole(String w) {
    return w.startsWith("ال") || w.startsWith("لل") || w.startsWith("بال") || w.equals("باسم")
        || Lexicon.ROLE_CONTINUATIONS.contains(w);
  }

  /** What may follow في inside a role: a place, an organization, or a definite or construct noun. */
  private boolean isRolePlace(Tokens t, int i) {
    String w = t.get(i).norm();
    String bare = w.startsWith("ال") ? w.substring(2) : w;
    if (Lexicon.DOCUMENTS.contains(w) || Lexicon.SPEECH_OCCASIONS.contains(bare)) {
      return false; // المكتب الوطني في البلاغ ذاته, في مؤتمر صحفي: where it was said, not who
    }
    return isPlace(t, i) || w.startsWith("ال") || Lexicon.ROLE_CONTINUATIONS.contains(w)
        || Lexicon.ORGANIZATIONS.contains(w) || gazetteer.lookup(w) != null;
  }

  /** The length of a multi-word organization or place name the gazetteer knows at {@code i}, or 0. */
  private int knownNameLength(Tokens t, int i, int to) {
    int best = 0;
    for (Gazetteer.Alias alias : gazetteer.startingWith(t.get(i).norm())) {
      int n = alias.words().length;
      if (alias.entity().type() != ExtractedFact.EntityType.PERSON && n > best && i + n <= to && matches(t, i, alias.words())) {
        best = n;
      }
    }
    return best;
  }

  /** How many tokens the place or organization at {@code i} takes: a gazetteer name, or one word. */
  private int placeLength(Tokens t, int i, int to) {
    for (Gazetteer.Alias alias : gazetteer.startingWith(t.get(i).norm())) {
      if (alias.entity().type() != ExtractedFact.EntityType.PERSON && i + alias.words().length <= to
          && matches(t, i, alias.words())) {
        int n = alias.words().length;
        while (i + n < to && t.get(i + n).word() && t.get(i + n).norm().startsWith("ال")) {
          n++;
        }
        return n;
      }
    }
    int n = 1;
    while (i + n < to && t.get(i + n).word() && (isPlace(t, i + n) || t.get(i + n).norm().startsWith("ال"))) {
      n++;
    }
    return n;
  }

  private boolean isPlace(Tokens t, int i) {
    ExtractedFact.Entity e = gazetteer.lookup(t.get(i).norm());
    return e != null && e.type() == ExtractedFact.EntityType.PLACE;
  }

  /** Whether token {@code i} can start or continue a person's name. */
  private boolean isNameWord(Tokens t, int i) {
    if (isStop(t, i) || Lexicon.RANKS.contains(t.get(i).norm())) {
      return false;
    }
    String w = t.get(i).norm();
    return !w.startsWith("ال") && !Lexicon.ROLE_CONTINUATIONS.contains(w) && !Lexicon.ROLE_HEADS.contains(w)
        && Numbers.digits(w) == null && !isPlace(t, i) && !isOutlet(w);
  }

  /** Where a name starting at {@code i} ends: at a stop, after at most {@link #MAX_NAME_WORDS} words. */
  private int nameEnd(Tokens t, int i, int to) {
    int end = i;
    int words = 0;
    while (end < to && words < MAX_NAME_WORDS && !isStop(t, end)) {
      if (end - i >= 1 && isOutlet(t.get(end).norm()) || end - i >= 2 && isPlace(t, end)) {
        break; // حمادي بن سالم لإذاعة …, محيسن لوكالة …, الشمري تركيا وإيران: what follows the name
      }
      words += Lexicon.NAME_LINKS.contains(t.get(end).norm()) ? 0 : 1; // عيسى بن خالد آل خليفة
      end++;
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
      if (w.startsWith("صادر") || w.startsWith("الصادر") || Lexicon.PHRASE_STOPS.contains(w) || (!genitive && !adjective)) {
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
        if (alias.entity().type() == ExtractedFact.EntityType.PERSON && i + n <= to && matches(t, i, alias.words())
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
    boolean afterRole = i > from && (t.get(i).norm().startsWith("ال") || isNameWord(t, i - 1));
    boolean beforeName = i + 1 < to && isNameWord(t, i + 1);
    return !afterRole && !beforeName;
  }

  static boolean matches(Tokens t, int at, String[] words) {
    for (int k = 1; k < words.length; k++) {
      if (!t.get(at + k).norm().equals(words[k])) {
        return false;
      }
    }
    return true;
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
}
