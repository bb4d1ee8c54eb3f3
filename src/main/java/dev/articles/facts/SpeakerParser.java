package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.text.MatchText;
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
  private final Gazetteer gazetteer;
  private final NameWords names;
  private final RolePhrase roles;
  private final NameSpans spans;
  private final CollectivePhrase collective;

  SpeakerParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = new NameWords(gazetteer);
    this.roles = new RolePhrase(gazetteer, names);
    this.spans = new NameSpans(gazetteer, names, roles);
    this.collective = new CollectivePhrase(this, gazetteer, names, roles);
  }

  /** Relative pronouns, which open a clause about the one just named: أبو جاسم، الذي يملك 12 دونما،. */
  private static final java.util.Set<String> RELATIVES = java.util.Set.of("الذي", "التي", "الذين");

  /** آخر and its forms, after a role that names someone else left unnamed. */
  private static final java.util.Set<String> OTHER = java.util.Set.of("اخر", "اخري", "اخرون", "اخرين");

  /**
   * Where a name ends that a bracketed age and a comma follow, with a description after ({@code حواء آدم (38
   * عاما)، أم لخمسة أطفال}); {@code from} when the phrase is not so.
   */
  private static int agedNameEnd(Tokens t, int from, int to) {
    for (int p = from + 1; p + 5 < to; p++) {
      if (t.get(p).is("(") && Numbers.digits(t.get(p + 1).norm()) != null && t.get(p + 2).norm().startsWith("عام")
          && t.get(p + 3).is(")") && NameWords.isComma(t, p + 4) && t.get(p + 5).word()) {
        return p;
      }
    }
    return from;
  }

  /** Words after العام or السنة that make it a time: التي أعلنت العام الماضي. */
  private static final java.util.Set<String> TIME_ADJECTIVES = java.util.Set.of("الماضي", "الماضيه", "الجاري",
      "الجاريه", "المقبل", "المقبله", "الحالي", "الحاليه", "القادم", "القادمه", "المنصرم", "المنصرمه");

  /** Whether the phrase opens with a time (العام الماضي, السنة المقبلة), which says when, not who. */
  private static boolean isTime(Tokens t, int from, int to) {
    String w = Clitics.withoutConjunction(t.get(from).norm());
    return from + 1 < to && (w.equals("العام") || w.equals("السنه") || w.equals("الموسم"))
        && TIME_ADJECTIVES.contains(t.get(from + 1).norm());
  }

  /** Words of time that may follow a name, no part of it: قال لي الهادي يوم خطبني. */
  private static final java.util.Set<String> TIME_AFTER_NAME =
      java.util.Set.of("يوم", "ليله", "صباح", "مساء", "حين", "عندما");

  /** First words of a phrase that names no one: a place between, a manner, a negation. */
  private static final java.util.Set<String> NOT_WHO = java.util.Set.of("بين", "بشكل", "بصوره", "بطريقه", "لم", "لن");

  /** Whether the phrase opens with the language something was said in: وقال بفرنسية ممزوجة بكلمات عربية. */
  private boolean inLanguage(Tokens t, int from) {
    String w = t.get(from).norm();
    return w.length() >= 6 && w.startsWith("ب") && !w.startsWith("بال") && w.endsWith("يه") && !names.isPlace(t, from);
  }

  /** Parses tokens {@code [from, to)} as a speaker; null when there are none. */
  Speaker parse(Tokens t, int from, int to) {
    while (from < to && (!t.get(from).word() || Lexicon.WHEN_SAID.contains(t.get(from).norm()))) {
      from++; // وقالت لاحقا أمام باب المحكمة: when she said it, before who, if anyone
    }
    if (from < to && t.get(from).norm().length() == 1 && (from + 1 >= t.size() || !t.get(from + 1).is("."))) {
      return null; // وصفه بـ"حالة الضرورة": a preposition before what he called it, not an initial (ك. رشيد)
    }
    if (from < to && (Lexicon.VERB_OBJECTS.contains(t.get(from).norm()) || Numbers.digits(t.get(from).norm()) != null
        || Lexicon.ACTION_NOUNS.contains(t.get(from).norm()))) { // أكدت قيام المتهمين: what was confirmed
      return null; // ويشرح كيف تغيرت الأحوال: what he explains, not who; أفادت 64% من العائلات: a share, no one
    }
    if (from + 1 < to && STATEMENTS.contains(t.get(from).norm()) && NameWords.hasArticle(t, from + 1)) {
      from++; // وجاء تصريح الوزير ردا على سؤال: whose statement it was
    }
    String nominative = from + 1 < to ? nominative(t, from, to) : null;
    if (nominative != null) {
      Tokens n = Tokens.of(nominative); // غير أن مصدرا من داخل المكتب أكد: the source, as a subject is written
      return parse(n, 0, n.size());
    }
    for (int last = to - 1; last > from; last--) {
      if (NameWords.isMannerNoun(t.get(last).norm())) {
        to = last; // تقول ملك بخجل: how she said it, after her name
      } else if (t.get(last).word()) {
        break;
      }
    }
    if (from >= to || isTheNeed(t, from, to) || isTime(t, from, to) || inLanguage(t, from)
        || NOT_WHO.contains(Clitics.withoutConjunction(t.get(from).norm()))) {
      // تنقلت بين القاهرة وبيروت, زاد بشكل لافت, ولم تتمالك دموعها: where, how or what not, no one
      return null;
    }
    Speaker nicknamed = quotedNickname(t, from, to);
    if (nicknamed != null) {
      return nicknamed;
    }
    boolean noComma = NameWords.nextComma(t, from, to) >= to;
    for (int k = from + 1; k < to && noComma; k++) {
      if (RELATIVES.contains(t.get(k).norm())) {
        to = k; // يقول الرجل الذي ورث المهنة عن أبيه: who he is, after the speaker, with no name set off after
        break;
      }
    }
    int aged = agedNameEnd(t, from, to);
    if (aged > from) { // حواء آدم (38 عاما)، أم لخمسة أطفال: the name with its age, then who she is
      Speaker named = parse(t, from, aged);
      if (named != null && named.type() == SpeakerType.PERSON && !named.name().isEmpty()) {
        boolean told = aged + 5 < to && NameWords.isOutlet(t.get(aged + 5).norm()); // (52 عاما)، لإذاعة …
        boolean roled = !named.role().isEmpty(); // المتهم الرئيسي، ك. رشيد (61 عاما)، جميع التهم: his role, then the object
        int described = to;
        while (described > aged + 5 && !t.get(described - 1).word()) {
          described--; // محمود عبد التواب (٤٧ عاما)، صاحب محل بقالة، إن: who he is, without the comma closing it
        }
        int who = aged + 5 < described && Lexicon.DESCRIBING.contains(t.get(aged + 5).norm()) ? aged + 6 : aged + 5;
        return new Speaker(named.name(), told || roled ? named.role() : t.original(who, described), // وهو معلم متقاعد
            SpeakerType.PERSON, named.entityId());
      }
    }
    int withheld = UnnamedPeople.clauseStart(t, from, to);
    if (withheld > from) { // صراف في مديرية كريتر طلب عدم ذكر اسمه: who the speaker is, up to the clause
      return UnnamedPeople.withPlace(parse(t, from, withheld), t, from, withheld);
    }
    int description = descriptionStart(t, from, to);
    if (description >= 0) {
      Speaker named = parse(t, from, description);
      return NameWords.isComma(t, description) && Lexicon.DESCRIBING.contains(t.get(description + 1).norm())
          ? describedAfter(named, t, description, to) : named;
    }
    for (int k = from + 1; k < to - 1; k++) {
      boolean hisName = (t.get(k).is("واسمه") || t.get(k).is("واسمها")) && NameWords.isComma(t, k - 1);
      boolean ownName = SELF_NAMED.contains(t.get(k).norm())
          || t.get(k).is("باسم") && ONESELF.contains(t.get(k - 1).norm());
      if ((NameWords.isNamedAs(t.get(k).norm()) || hisName || ownName) && names.isNameWord(t, k + 1)) {
        int end = names.nameEnd(t, k + 1, to); // مهاجر يدعى فلان; الشاب، واسمه الطيب بشير،: not ذكر اسمه لأنه
        int roleEnd = hisName ? k - 1 : k;
        for (int c = k - 1; ownName && c > from; c--) {
          roleEnd = NameWords.isComma(t, c) ? c : roleEnd; // مسافر عالق، عرّف نفسه باسم أبو حيدر: who, then the name
        }
        return new Speaker(t.original(k + 1, end), role(t, from, roleEnd), SpeakerType.PERSON, "");
      }
    }
    if (from + 1 < to && Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(from).norm()) && !NameWords.hasArticle(t, from + 1)
        && names.isNameWord(t, from + 1) && !TIME_AFTER_NAME.contains(t.get(from + 1).norm())) {
      // الطاهر آيت عمر: a given name with the article, not a role
      return new Speaker(t.original(from, names.nameEnd(t, from + 1, to)), "", SpeakerType.PERSON, "");
    }
    String head = Clitics.known(t.get(from).norm(), Lexicon.HEADS);
    if (!Lexicon.HEADS.contains(head) && head.endsWith("ه")
        && Lexicon.ROLE_HEADS.contains(head.substring(0, head.length() - 1))) {
      head = head.substring(0, head.length() - 1); // ويرى مدربه فلان: the role with its possessive
    } else if (!Lexicon.HEADS.contains(head) && head.endsWith("ها") && head.length() > 4
        && Lexicon.ROLE_HEADS.contains(head.substring(0, head.length() - 2))) {
      head = head.substring(0, head.length() - 2); // أن مدربها محمد الغازي كان يردد: her coach, then his name
    } else if (!Lexicon.HEADS.contains(head) && head.endsWith("ان") && head.length() > 5
        && Lexicon.ROLE_HEADS.contains(head.substring(0, head.length() - 2))) {
      head = head.substring(0, head.length() - 2); // قال مندوبان في التحالف: two of them, unnamed
    }
    boolean kinOf = from + 2 < to && Lexicon.KINSHIP.contains(t.get(from).norm()) && NameWords.hasArticle(t, from + 1)
        && NameWords.isComma(t, from + 2); // قال والد اللاعب، أبو مهند،: whose father, then his name set off
    int kin = kinOf || from + 2 < to && AGE_ORDER.contains(t.get(from + 1).norm()) ? from + 2 : from + 1; // شقيقه الأصغر، يزن
    boolean kinSetOff = (kinOf || NameWords.isKinship(t, from)) && kin < to && NameWords.isComma(t, kin);
    int[] relative = kinSetOff ? spans.apposedName(t, kin, to, false) : null;
    if (relative == null && kinSetOff && kin + 1 < to && names.isNameWord(t, kin + 1) && !NameWords.hasArticle(t, kin + 1)
        && (kin + 2 == to || NameWords.isComma(t, kin + 2))) {
      relative = new int[] {kin + 1, kin + 2}; // وأوضح شقيقه الأصغر، يزن، أن: whose brother, then his first name
    }
    if (relative != null) { // ويروي والدها، محمد الزغلامي، قصة: whose father, then his name set off
      return new Speaker(t.original(relative[0], relative[1]), t.original(from, kin), SpeakerType.PERSON, "");
    }
    Speaker found = collective.group(t, from, to);
    if (found == null) {
      found = shortPhrase(t, from, to, head);
    }
    if (found == null) {
      found = collective.document(t, from, to, head);
    }
    if (found == null) {
      found = nameAmongWords(t, from, to, head);
    }
    if (found == null) {
      found = roleThenName(t, from, to, head);
    }
    if (found == null) {
      found = collective.organization(t, from, to, head);
    }
    return UnnamedPeople.ordinaryWithPlace(placeGoesOn(found != null ? found : describedPerson(t, from, to)), t,
        from, to);
  }

  /**
   * The speaker, with a "name" that only goes on with the place in its role put back into the role: {@code
   * مصدر في وزارة الثروة الزراعية والسمكية وموارد المياه}, {@code متعامل في سوق المشتقات النفطية بسنغافورة},
   * {@code مسؤول في إحدى كبرى شركات الاتصالات}. A role that names no place, or a name that starts as names do,
   * is left as it is.
   */
  private static Speaker placeGoesOn(Speaker s) {
    if (s == null || s.type() != SpeakerType.PERSON || s.name().isEmpty()
        || !s.role().contains(" في ") && !s.role().contains(" من ")) {
      return s; // no place in the role, checked on the text before anything is tokenized
    }
    List<Tokens.Token> role = Tokens.of(s.role()).list();
    List<Tokens.Token> name = Tokens.of(s.name()).list();
    boolean placed = role.stream().anyMatch(w -> w.is("في") || w.is("من"));
    String w = name.get(0).norm();
    boolean goesOn = w.startsWith("وال") || w.startsWith("وم") && name.size() >= 2 && name.get(1).norm().startsWith("ال")
        || w.startsWith("ب") && name.size() == 1 || w.equals("كبري");
    return placed && goesOn ? new Speaker("", s.role() + " " + s.name(), SpeakerType.PERSON, "") : s;
  }

  /**
   * Whether الحاجة opens the phrase as the noun "the need", not the pilgrim's honorific: the honorific goes
   * before a name (الحاجة فاطمة, الحاجة الإندونيسية سيتي نورحياتي), the noun before an adjective and no name
   * (الحاجة الفعلية للبلاد).
   */
  private boolean isTheNeed(Tokens t, int from, int to) {
    return t.get(from).is(NEED) && from + 2 < to && t.get(from + 1).norm().startsWith("ال")
        && !names.isNameWord(t, from + 2);
  }

  private static final String NEED = MatchText.normalize("الحاجة");

  /**
   * Where a clause about the speaker starts: {@code وهو يشير} with no comma before it, then {@code ، المعروف}
   * or {@code ، وهو طالب} set off by a comma (the comma's index); -1 when there is none.
   */
  private static int descriptionStart(Tokens t, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      if (Lexicon.DESCRIBING.contains(t.get(k).norm()) && !NameWords.isComma(t, k - 1)) {
        return k; // يقول الكندي وهو يشير إلى مجرى الماء: what he does as he speaks
      }
    }
    for (int k = from + 1; k < to - 2; k++) {
      if (NameWords.isComma(t, k) && (Lexicon.NICKNAMING.contains(t.get(k + 1).norm()) // الصياد فلان، المعروف بـ
          || Lexicon.DESCRIBING.contains(t.get(k + 1).norm()) || withholdsName(t, k + 1, to)
          || RELATIVES.contains(t.get(k + 1).norm()) && NameWords.nextComma(t, k + 2, to) < to)) {
        return k; // مصدر عسكري في بورتسودان، طلب عدم الكشف عن هويته، أي صلة …: the speaker is before it
      }
    }
    return -1;
  }

  /** Whether the words from {@code i} to the next comma withhold a name: طلب عدم الكشف عن هويته. */
  private static boolean withholdsName(Tokens t, int i, int to) {
    int end = NameWords.nextComma(t, i, to);
    if (end >= to || i == 0) {
      return false; // only a clause set off on both sides, with more of the phrase after it
    }
    for (int k = i; k < end; k++) {
      if (Lexicon.ANONYMITY.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** A name with who the speaker is said after it: القحطاني، وهو طالب جامعي في كلية علوم الحاسب،. */
  private Speaker describedAfter(Speaker named, Tokens t, int comma, int to) {
    int described = NameWords.nextComma(t, comma + 2, to);
    for (int k = comma + 3; k + 1 < described; k++) {
      if (NameWords.isNamedAs(t.get(k).norm()) && names.isNameWord(t, k + 1)) { // أحد الناجين، وهو تاجر … يدعى فلان
        return new Speaker(t.original(k + 1, names.nameEnd(t, k + 1, described)), t.original(comma + 2, k),
            SpeakerType.PERSON, "");
      }
    }
    if (named != null && ONE_OF_THEM.contains(MatchText.normalize(named.name())) && described - comma > 3
        && Lexicon.UNNAMED_PEOPLE.contains(t.get(comma + 2).norm())) {
      String who = t.original(comma + 2, described); // وقالت إحداهن، وهي موظفة في الثلاثينيات تحمل رضيعها:
      return new Speaker(who, who, SpeakerType.PERSON, "");
    }
    boolean doing = comma + 2 < to && NameWords.isPresentVerb(t.get(comma + 2).norm()) // وهي تشير إلى ملف
        && named != null && isDescriptionWord(named.name()); // not الهاجري، وهو يحتضن مطيته, a surname
    return named == null || !named.role().isEmpty() || named.type() != SpeakerType.PERSON || doing ? named
        : new Speaker(named.name(), t.original(comma + 2, described), named.type(), named.entityId());
  } // وتضيف الممرضة، وهي تشير إلى ملف: what she does as she speaks, which describes no one

  /** Whether a name is one definite word for what someone is: الممرضة, الرجل, المدرب. */
  private static boolean isDescriptionWord(String name) {
    List<Tokens.Token> words = Tokens.of(name).list();
    String w = words.size() == 1 ? words.get(0).norm() : "";
    String bare = w.startsWith("ال") ? w.substring(2) : "";
    return !bare.isEmpty() && (Lexicon.PERSON_NOUNS.contains(w) || NameWords.isRoleHead(bare)
        || Lexicon.UNNAMED_PEOPLE.contains(bare));
  }

  /** Unnamed sources whose accusative after أن (مصدرا, مسؤولا) opens a speaker phrase. */
  private static final java.util.Set<String> ACCUSATIVE_SOURCES = java.util.Set.of("مصدرا", "مسؤولا", "دبلوماسيا");

  /**
   * The phrase from {@code from} written as a subject, when it opens with an unnamed source in the accusative
   * after أن ({@code مصدرا دبلوماسيا عربيا شارك في …} → {@code مصدر دبلوماسي عربي شارك في …}); null otherwise.
   */
  static String nominative(Tokens t, int from, int to) {
    if (!ACCUSATIVE_SOURCES.contains(t.get(from).norm())) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean adjectives = true;
    for (int k = from; k < to; k++) {
      String w = t.original(k, k + 1);
      boolean strip = k == from || adjectives && w.endsWith("يا") && w.length() > 3;
      adjectives &= strip;
      out.append(k > from && t.get(k).word() ? " " : "").append(strip ? w.substring(0, w.length() - 1) : w);
    }
    return out.toString();
  }

  /** One of a group just mentioned, whom a description set off after it says more of: إحداهن، وهي …. */
  private static final java.util.Set<String> ONE_OF_THEM = java.util.Set.of("احداهن", "احدهم", "احداهما", "احدهما");

  /** The most words between المعروف and the quoted nickname it announces: المعروف بين زبائنه بلقب «…». */
  private static final int NICKNAME_REACH = 4;

  /**
   * Someone described, then known by a nickname in quotation marks, which is what they are called: {@code بائع
   * الكعك المعروف بين زبائنه بلقب «أبو الزوز»}. Null unless the phrase opens with a description, not a name.
   */
  private static Speaker quotedNickname(Tokens t, int from, int to) {
    String head = t.get(from).norm();
    if (!Lexicon.UNNAMED_PEOPLE.contains(head) && !Lexicon.ROLE_HEADS.contains(head)) {
      return null;
    }
    for (int k = from + 1; k < to; k++) {
      if (!Lexicon.NICKNAMING.contains(t.get(k).norm())) {
        continue;
      }
      for (int open = k + 1; open < Math.min(to, k + 2 + NICKNAME_REACH); open++) {
        if (QuoteMarks.isMark(t.get(open).norm())) {
          int close = open + 1;
          while (close < to && t.get(close).word() && close - open <= NameWords.MAX_NAME_WORDS) {
            close++;
          }
          return close < to && close > open + 1 && QuoteMarks.isMark(t.get(close).norm())
              ? new Speaker(t.original(open + 1, close), t.original(from, k), SpeakerType.PERSON, "") : null;
        }
        if (!t.get(open).word()) {
          return null;
        }
      }
      return null;
    }
    return null;
  }

  /** A phrase of one or two words: a surname alone (وتدعو السلامي) or a bare description (الأستاذة). */
  private Speaker shortPhrase(Tokens t, int from, int to, String head) {
    int words = from;
    while (words < to && t.get(words).word() && !NameWords.isStop(t, words)) {
      words++;
    }
    if (words == from + 1 && words < to && t.get(words).word()
        && (NameWords.hasArticle(t, from) || names.isNameWord(t, from))
        && !Lexicon.HEADS.contains(head) && !Lexicon.PERSON_NOUNS.contains(head) && gazetteer.lookup(head) == null
        && !(head.startsWith("ال") && Lexicon.UNNAMED_PEOPLE.contains(head.substring(2))) // المتطوع في غرفة …، فلان
        && !Lexicon.INTRODUCERS.contains(t.get(words).norm())) {
      return new Speaker(t.original(from, words), "", SpeakerType.PERSON, ""); // وتدعو السلامي إلى تشجيع …
    }
    boolean description = Lexicon.PERSON_NOUNS.contains(t.get(from).norm())
        || Lexicon.RANKS.contains(t.get(from).norm());
    boolean alone = words == to || Lexicon.INTRODUCERS.contains(t.get(words).norm())
        || NameWords.isComma(t, words) && words + 1 < to && QuoteMarks.isMark(t.get(words + 1).norm()) // المهندس، «…»
        || words + 1 == to && Lexicon.PHRASE_STOPS.contains(t.get(words).norm())
        && !t.get(words).norm().startsWith("ل"); // nothing after it but أن or the manner: بمرارة, not للشركة
    if (description && alone && words - from <= 2 && (words == from + 1 || NameWords.hasArticle(t, from + 1))) {
      return new Speaker("", t.original(from, words), SpeakerType.PERSON, ""); // وتساءلت الأستاذة بمرارة
    }
    return null;
  }

  /**
   * A name that the phrase's words point to wherever it stands: a person the gazetteer knows, a name after
   * the last comma, a name before its role, a name after a rank, or a given name alone.
   */
  private Speaker nameAmongWords(Tokens t, int from, int to, String head) {
    Speaker person = gazetteerPerson(t, from, to);
    if (person != null) {
      return person;
    }
    if (to - from == 2 && t.get(from).norm().startsWith("ال") && Lexicon.SAME.contains(t.get(from + 1).norm())) {
      return new Speaker("", t.original(from, to), SpeakerType.PERSON, ""); // الفلاح نفسه: the one just quoted
    }
    int comma = NameWords.nextComma(t, from, to);
    if (comma == from + 1 && comma + 2 < to && names.isNameWord(t, from) && !NameWords.hasArticle(t, from)
        && (Lexicon.KINSHIP.contains(t.get(comma + 1).norm()) || Lexicon.ELDEST.contains(t.get(comma + 1).norm()))
        && t.get(comma + 2).word()) { // أما مريم، كبرى بنات آمنة (15 عاما)، فتقول: her name, then whose she is
      return new Speaker(t.original(from, comma), role(t, comma + 1, Math.min(to, t.phraseEnd(comma + 1))),
          SpeakerType.PERSON, "");
    }
    int[] last = Lexicon.HEADS.contains(head) ? null : spans.lastSegmentName(t, from, to);
    if (last != null) {
      return new Speaker(t.original(last[0], last[1]), role(t, from, last[0]), SpeakerType.PERSON, "");
    }
    int firstComma = NameWords.nextComma(t, from, to);
    boolean rankedAfter = firstComma + 2 < to && Lexicon.RANKS.contains(t.get(firstComma + 1).norm())
        && names.isNameWord(t, firstComma + 2); // مختار المحلة، الحاج محمود الرفاعي،: a role, then the ranked name
    if (!Lexicon.HEADS.contains(head) && firstComma < to && firstComma - from >= 2 && !rankedAfter
        && firstComma - from <= NameWords.MAX_NAME_WORDS && names.allNameWords(t, from, firstComma)) {
      // فادي الخوري، النائب عن تكتل «الجمهورية القوية»،: the name first, its role set off after it
      return new Speaker(t.original(from, firstComma),
          role(t, firstComma + 1, NameWords.nextComma(t, firstComma + 1, to)),
          SpeakerType.PERSON, "");
    }
    for (int r = to - 2; r >= from; r--) { // the last rank: جامعة السلطان قابوس الدكتورة فلانة
      if (Lexicon.RANKS.contains(t.get(r).norm()) && names.isNameWord(t, r + 1) && !NameSpans.namesAPlace(t, r)
          && !(t.get(r).is("الفريق") && r > from && t.get(r - 1).word() && !NameWords.hasArticle(t, r - 1)) // قائد الفريق فلان
          && !(r > from && t.get(r - 1).is("عبد")) // عبد الملك, عبد السيد: a name's second half, no rank
          && !t.get(r + 1).norm().startsWith("بال") && !t.get(r + 1).norm().startsWith("لل") // not الأستاذ بالمعهد
          && !NameWords.isInstitutionAfterPreposition(t.get(r + 1).norm())) { // nor الأستاذ بجامعة الجزائر
        // A rank right after a name word is the name's own second part: محمد الأمين ولد بوبكر.
        // So is it after a description (التاجر محمد الأمين ولد سيدي) or a comma (…، منير الحاج علي،).
        int start = r > from && names.isNameWord(t, r - 1) && !t.get(r - 1).norm().startsWith("بال") // المحامية بالنقض
            && !Lexicon.OUTLET_NAMES.contains(t.get(r - 1).norm()) // تحاور هسبريس الدكتور فلان: the paper, then whom
            && (spans.isRoleBefore(t, from, r - 1) || r - 1 == from
            || r - 2 == from && NameWords.hasArticle(t, from) || r - 2 > from && NameWords.isComma(t, r - 2))
            && !(r - 2 >= from && Lexicon.RANKS.contains(t.get(r - 2).norm())) ? r - 1 : r; // not السلطان قابوس
        if (start == r && r - 2 >= from && Lexicon.RANKS.contains(t.get(r - 2).norm()) && names.isNameWord(t, r - 1)
            && t.get(r).is("الامين") && !(r + 1 < to && t.get(r + 1).is("العام"))) {
          start = r - 2; // الدكتور محمد الأمين ولد ببانه: الأمين is his name's second part, the rank his title
        }
        int roleFrom = from;
        for (int k = from; k < start; k++) {
          if (t.get(k).is("الي")) {
            roleFrom = k + 1; // الاستجواب المقدم من النائب فلان إلى وزير الأشغال العامة الدكتور فلان: his role alone
          }
        }
        return new Speaker(t.original(start, names.nameEnd(t, r + 1, to)), role(t, roleFrom, start),
            SpeakerType.PERSON, "");
      }
    }
    if (Lexicon.GIVEN_NAME_HEADS.contains(t.get(from).norm()) && (from + 1 >= to || !t.get(from + 1).word()
        || NameWords.isStop(t, from + 1) || names.isNameWord(t, from + 1))) {
      return new Speaker(t.original(from, names.nameEnd(t, from, to)), "", SpeakerType.PERSON, ""); // ويقول أمين
    }
    return null;
  }

  /** Roles of being charged with something, which ب names: المكلف بالإعلام, المكلفة بملف …. */
  private static final java.util.Set<String> CHARGED = java.util.Set.of("المكلف", "المكلفه", "مكلف", "مكلفه");

  /** Participles that a role ends with, whose object ب names: الفائز بمشروع الدقم, المختص بالطاقة. */
  private static final java.util.Set<String> TAKING_BI = java.util.Set.of("الفائز", "الفائزه", "المختص",
      "المختصه", "المعني", "المعنيه", "المتخصص", "المتخصصه");

  /**
   * Whether the word at {@code i} is a body one works at, with ب ({@code مصدر بشركة مياه الشرب}), whose name
   * the nouns after it are, not the speaker's.
   */
  private static boolean atCompany(Tokens t, int i) {
    String w = t.get(i).norm();
    return w.length() > 3 && w.startsWith("ب") && !w.startsWith("بال") && Lexicon.ORGANIZATIONS.contains(w.substring(1));
  }

  /** A role, then the name: after it, set off by commas after it, or after the place the role is in. */
  private Speaker roleThenName(Tokens t, int from, int to, String head) {
    int setOff = NameWords.nextComma(t, from, to);
    boolean rankedRole = Lexicon.RANKS.contains(head) && from + 1 < to && setOff < to
        && (t.get(from + 1).is("في") // المهندسة في التخطيط العمراني، فلانة،
        || NameWords.hasArticle(t, from + 1) && spans.apposedName(t, setOff, to, false) != null); // المهندس المقيم …، فلان
    if (!Lexicon.ROLE_HEADS.contains(head) && !rankedRole) {
      return null;
    }
    int nameStart = roles.roleEnd(t, from + 1, to);
    while (nameStart > from + 1 && nameStart + 1 < to && t.endsAsWritten(nameStart - 1, "ة")
        && !NameWords.hasArticle(t, nameStart - 1) && (t.endsAsWritten(nameStart, "ة")
        || atCompany(t, nameStart - 1) && !NameWords.isNisba(t.get(nameStart + 1).norm()))
        && NameWords.hasArticle(t, nameStart + 1)) {
      nameStart = roles.roleEnd(t, nameStart + 1, to); // مصدر في شرطة مكافحة المخدرات: a chain of nouns, no name
    }
    if (nameStart + 1 < to && t.get(nameStart).norm().startsWith("ب") && names.isPlace(t, nameStart + 1)) {
      nameStart += 2; // مسؤول في مكتب الزراعة بوادي حضرموت: where the office is, more of the role
    }
    int nameEnd = nameStart < to && names.isNameWord(t, nameStart)
        && !NameSpans.isIndefiniteWithAdjective(t, from, nameStart) ? names.nameEnd(t, nameStart, to) : nameStart;
    boolean owner = (head.equals("صاحب") || head.equals("صاحبه")) && nameEnd > nameStart
        && NameSpans.isIndefinite(t, from, nameEnd);
    if (owner && nameEnd < to && (t.get(nameEnd).is("في") || NameWords.isComma(t, nameEnd))) {
      return new Speaker(t.original(from, nameEnd), "", SpeakerType.PERSON, ""); // صاحب محل حلويات في الخمسينيات
    }
    if (nameEnd > nameStart && nameStart + 1 < to && NameWords.isNisba(t.get(nameStart + 1).norm())
        && t.get(nameStart + 1).norm().endsWith("يه") && NameSpans.isIndefiniteWithAdjective(t, from, nameStart + 2)) {
      return new Speaker(t.original(from, nameStart + 2), "", SpeakerType.PERSON, ""); // صاحب دار نشر بيروتية
    }
    int link = nameStart < to && Lexicon.NAME_LINKS.contains(t.get(nameStart).norm()) ? nameStart
        : nameStart - 1 > from && Lexicon.NAME_LINKS.contains(t.get(nameStart - 1).norm()) ? nameStart - 1 : -1;
    if (link > 0 && link + 1 < to && NameSpans.namesAnInstitution(t, link)) { // رئيس جامعة ابن طفيل: named after him
      nameStart = names.nameEnd(t, link + 1, to);
      while (nameStart < to && t.get(nameStart).norm().startsWith("بال") && !NameWords.isComma(t, nameStart)) {
        nameStart++; // بالقنيطرة: the town it is in, no name
      }
      nameEnd = nameStart < to && names.isNameWord(t, nameStart) ? names.nameEnd(t, nameStart, to) : nameStart;
    } else if (nameEnd > nameStart && NameSpans.namesAnInstitution(t, nameStart)) {
      nameStart = nameEnd; // الباحثة بجامعة ابن زهر في أكادير: whom the university is named after
      while (nameStart + 1 < to && NameWords.hasArticle(t, nameStart) && NameWords.isNisba(t.get(nameStart).norm())
          && !NameWords.hasArticle(t, nameStart + 1)) {
        nameStart++; // الرئيس التنفيذي لمطار حمد الدولي ثامر الكبيسي: the institution's adjective, then the name
      }
      nameEnd = nameStart < to && names.isNameWord(t, nameStart) ? names.nameEnd(t, nameStart, to) : nameStart;
    }
    if (nameEnd > nameStart && (CHARGED.contains(head) || TAKING_BI.contains(t.get(nameStart - 1).norm()))
        && t.get(nameStart).norm().startsWith("ب")) { // الرئيس التنفيذي للتحالف الفائز بمشروع الدقم، فلان
      nameEnd = nameStart; // المكلفة بملف النساء العاملات، فلانة: what she is charged with, then her name
    }
    if (nameStart < to && OTHER.contains(t.get(nameStart).norm())) {
      nameStart++; // عامل إغاثة آخر يعمل مع منظمة محلية: someone else, unnamed, and what they do
      nameEnd = nameStart;
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
        ? spans.apposedName(t, comma, to, nameEnd == nameStart || cutShort) : null;
    if (apposed != null) {
      // رئيس الجمعية في ميناء الدار البيضاء، عبد الإله الزهراوي، or مدير حملة المرشح فلان، علان، : the role
      // runs to the comma, whatever it names on the way, and the name set off after it is the speaker's.
      return new Speaker(t.original(apposed[0], apposed[1]), role(t, from, comma), SpeakerType.PERSON, "");
    }
    int next = nameEnd == nameStart && comma + 1 < to && NameWords.isComma(t, comma)
        ? NameWords.nextComma(t, comma + 1, to) : comma;
    Speaker inner = next - comma > 3 ? roleThenName(t, comma + 1, next, Clitics.known(t.get(comma + 1).norm(),
        Lexicon.HEADS)) : null;
    if (inner != null && !inner.name().isEmpty()) { // ممثل النيابة العامة، نائب الوكيل العام للملك فلان،
      return new Speaker(inner.name(), role(t, from, comma), SpeakerType.PERSON, "");
    }
    int[] afterPlace = nameEnd == nameStart ? spans.nameAfterPlace(t, nameStart, to) : null;
    if (afterPlace != null) {
      return new Speaker(t.original(afterPlace[0], afterPlace[1]), role(t, from, afterPlace[0]),
          SpeakerType.PERSON, "");
    }
    return new Speaker(t.original(nameStart, nameEnd), role(t, from, nameStart), SpeakerType.PERSON, "");
  }

  /**
   * Where one of a group ends that {@code from} opens with أحد or إحدى: past the nouns in construct up to the
   * first definite one, {@code أحد أعضاء لجنة الحي}, {@code أحد عمال التوصيل}; {@code from} when it opens with
   * neither.
   */
  private static int oneOfGroupEnd(Tokens t, int from, int to) {
    if (from + 2 >= to || !(t.get(from).is("احد") || t.get(from).is("احدي")) || NameWords.hasArticle(t, from + 1)) {
      return from;
    }
    int k = from + 2;
    while (k < to && t.get(k).word() && !NameWords.isStop(t, k) && !NameWords.hasArticle(t, k - 1)) {
      k++;
    }
    return NameWords.hasArticle(t, k - 1) ? k : from;
  }

  /**
   * What is left: a name after a definite description ({@code اللاجئ آدم يعقوب}), a name before what follows
   * it ({@code فلان القادم من نابل}), a name at the end of a long description, a source that withholds its
   * name, or the words as a name, unknown when they are too many for one.
   */
  private Speaker describedPerson(Tokens t, int from, int to) {
    int end = Math.max(names.nameEnd(t, from, to), oneOfGroupEnd(t, from, to));
    int known = names.knownNameLength(t, from, to);
    String phrase = t.original(from, known > 0 ? from + known : end);
    int described = from;
    if (from + 1 < to && !Lexicon.COMPOUND_NAME_HEADS.contains(t.get(from).norm())
        && t.get(from + 1).norm().startsWith("ال")) {
      described++; // سائق القطار الخمسيني أحمد سالم: a noun and its definite genitive describe who follows
    } else if (from + 2 < to && Lexicon.UNNAMED_PEOPLE.contains(t.get(from).norm()) && t.get(from + 1).word()
        && !NameWords.hasArticle(t, from + 1) && NameWords.hasArticle(t, from + 2)) {
      described += 2; // سائق سيارة الأجرة عبد الرازق المغربي: a noun in construct between them
    }
    while (described < to && t.get(described).word() && (t.get(described).norm().startsWith("ال")
        || described > from && t.get(described).norm().startsWith("وال")) // الروائي والناقد السوري فلان
        && !(described + 1 < to && Lexicon.NAME_LINKS.contains(t.get(described + 1).norm())
        && !(t.get(described + 1).is("ابو") && !Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(described).norm())))) {
      described++; // اللاجئ آدم يعقوب, المودعة سعاد المصري, تاجر المواشي أبو فراس: a description, then the name
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
    int[] trailing = spans.trailingName(t, from, to);
    if (trailing != null) {
      return new Speaker(t.original(trailing[0], trailing[1]), role(t, from, trailing[0]), SpeakerType.PERSON, "");
    }
    for (int k = from + 2; k < end; k++) {
      if (Lexicon.ANONYMITY.contains(t.get(k).norm())) {
        return new Speaker(t.original(from, k - 1), "", SpeakerType.PERSON, ""); // تاجر لؤلؤ طلب عدم نشر اسمه
      }
      if (OTHER.contains(t.get(k).norm())) {
        return new Speaker(t.original(from, k + 1), "", SpeakerType.PERSON, ""); // شيخ عشيرة آخر طلب …
      }
    }
    boolean whose = NameWords.isKinship(t, from) && !t.endsAsWritten(from, "ة"); // والده سالم, not والدة أسير
    if ((NameWords.hasPronoun(t, from) || whose) && from + 1 < to) {
      int first = from + 2 < to && AGE_ORDER.contains(t.get(from + 1).norm()) ? from + 2 : from + 1; // الصغرى
      int nameEnd = names.nameEnd(t, first, to);
      boolean theirs = first == from + 1 && !t.get(from).norm().endsWith("ي"); // not عمي رابح, a form of address
      if (nameEnd > first && (nameEnd - from > 2 || theirs) && names.allNameWords(t, first, nameEnd)) {
        // أما والدتها فاطمة الجلاصي فتقول; وتقول حفيدتها لين: whose kin, then the name
        return new Speaker(t.original(first, nameEnd), t.original(from, first), SpeakerType.PERSON, "");
      }
    }
    if (end == from + 1 && t.get(from).is("اسم")) {
      return null; // كلما ذكر اسم ابنته: a name mentioned, no one named
    }
    if (Lexicon.ANSWERS.contains(t.get(from).norm())) {
      return null; // أبرز ما جاء في ردود الحياري: what he answered, not a name; whose answers, the caller reads
    }
    if (end > from + 1 && t.get(from).norm().startsWith("ب") && !names.isPlace(t, from)
        && !NameWords.hasArticle(t, from + 1) && (t.endsAsWritten(from + 1, "ه") || t.endsAsWritten(from + 1, "ها"))) {
      return null; // كتب عليها بخط يده اسم محله: how it was written, no one named
    }
    if (end == from + 1 && Lexicon.RANKS.contains(t.get(from).norm()) && (from + 1 == to || t.get(from + 1).word()
        && (NameWords.hasArticle(t, from + 1) && !names.isNameWord(t, from + 1) || t.get(from + 1).is("في")))) {
      // المهندس, المهندس المقيم في المشروع: a rank with no name is a role, which whoever holds it is named by
      return new Speaker("", t.original(from, roles.roleEnd(t, from + 1, to)), SpeakerType.PERSON, "");
    }
    for (int k = from + 1; k < Math.min(to, end + 1) && known == 0; k++) {
      if (Numbers.digits(t.get(k).norm()) != null) {
        return null; // يتابع الحساب نحو 48 ألف شخص: a count, which no one's name holds, so no one named
      }
    }
    SpeakerType type = end - from <= NameWords.MAX_NAME_WORDS ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
    return new Speaker(phrase, "", type, "");
  }

  /** The name someone gives for themselves, before it: فضّل الاكتفاء بكنيته أبو فهد; عرّف نفسه باسم أبو حيدر. */
  private static final java.util.Set<String> SELF_NAMED = java.util.Set.of("بكنيته", "بكنيتها");
  private static final java.util.Set<String> ONESELF = java.util.Set.of("نفسه", "نفسها");

  /** Nouns of what someone said, before whose it was: تصريح الوزير, حديث الوزير. */
  private static final java.util.Set<String> STATEMENTS = java.util.Set.of("تصريح", "تصريحات", "حديث", "كلمه", "كلام",
      "مداخله");

  /** Which of the siblings a relative is, between the relative and the name: شقيقته الصغرى مريم. */
  private static final java.util.Set<String> AGE_ORDER = java.util.Set.of("الصغري", "الكبري", "الاصغر", "الاكبر",
      "الوسطي", "الاوسط");

  /** Whether tokens {@code [from, to)} are all name words. */
  boolean allNameWords(Tokens t, int from, int to) {
    return names.allNameWords(t, from, to);
  }

  /** A name of two words or more set off by the comma at {@code comma}, as {@link NameSpans#apposedName} finds it. */
  int[] nameSetOff(Tokens t, int comma, int to) {
    return spans.apposedName(t, comma, to, false);
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
    if (best == null || bestFrom > from && familyOnly(best, t, bestFrom) && names.isNameWord(t, bestFrom - 1)
        && !NameWords.hasArticle(t, bestFrom - 1) && !Lexicon.RANKS.contains(t.get(bestFrom - 1).norm())
        && !Lexicon.HEADS.contains(t.get(bestFrom - 1).norm())) {
      return null; // منى نصر الله: another of the family whose best-known member the gazetteer lists
    }
    int nameStart = bestFrom > from && Lexicon.RANKS.contains(t.get(bestFrom - 1).norm()) ? bestFrom - 1 : bestFrom;
    return new Speaker(t.original(nameStart, bestTo), role(t, from, nameStart), SpeakerType.PERSON, best.id());
  }

  /** Whether the alias at {@code i} is only the family name of the person known: نصر الله, not حسن نصر الله. */
  private static boolean familyOnly(ExtractedFact.Entity known, Tokens t, int i) {
    List<Tokens.Token> full = Tokens.of(known.canonicalName()).list();
    return full.size() > 1 && !full.get(0).norm().equals(t.get(i).norm());
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
    if (head.equals("مدير") && tokens.size() > 1 && (tokens.get(1).is("الفني") || tokens.get(1).is("فني"))) {
      return "مدرب"; // المدير الفني لفريق الإسماعيلي is the team's coach: المدرب, مدرب الإسماعيلي
    }
    return head.endsWith("ه") ? head.substring(0, head.length() - 1) : head; // وزيرة is a وزير
  }

  /** The words {@code [from, to)} as a role, without the comma that may close it. */
  static String role(Tokens t, int from, int to) {
    String r = t.original(from, to).strip();
    while (r.endsWith("،") || r.endsWith(",")) {
      r = r.substring(0, r.length() - 1).strip();
    }
    return r;
  }
}
