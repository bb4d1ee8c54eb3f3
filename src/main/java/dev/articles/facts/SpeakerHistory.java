package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who an article has named so far, and who is speaking: what a speaker phrase refers back to. A role with
 * no name ({@code الناطق باسم الجيش}) is the last person named in that role, a surname ({@code وأضاف
 * الحسيني}) the last person of that name, a definite organization alone ({@code الوزارة}) the last one named
 * in full, and a generic reference ({@code المسؤول الصومالي}) whoever spoke last. An indefinite role
 * ({@code مسؤول عسكري}) is someone new.
 */
final class SpeakerHistory {
  /** A speaker in force at a point of a sentence, and the verb that named or continued them. */
  record Attribution(Speaker speaker, String verb, boolean inferred) {}

  /** The speaker of a quotation that nothing attributes. */
  static final Speaker NO_ONE = new Speaker("", "", SpeakerType.UNKNOWN, "");

  private final List<Speaker> history = new ArrayList<>();
  /** The paragraphs read so far: where a first name is written in full, and what a name is described as. */
  private final Mentions mentions;
  /** Nicknames (أبو وائل), by their normalized words, to the person they name. */
  private final Map<String, Speaker> nicknames = new HashMap<>();
  /** The decade of each person's age as written in brackets after their name, latest last: (58 عاما) → 5. */
  private final List<Map.Entry<Speaker, Integer>> decades = new ArrayList<>();
  private Speaker interviewee;
  private Speaker current;
  /** The organization that last issued a statement or report, which البيان and التقرير then refer to. */
  private Speaker issuer;

  SpeakerHistory(Mentions mentions) {
    this.mentions = mentions;
  }

  /** Someone introduced by name (تدعى فاطمة سعيد), who is about to be quoted more often than not. */
  void introduced(Speaker named) {
    Speaker fuller = null;
    if (named != null && named.type() == SpeakerType.PERSON && Tokens.of(named.name()).list().size() == 1) {
      String first = firstWord(named.name());
      fuller = latest(h -> isNamed(h) && firstWord(h.name()).equals(first)); // التقينا فاطمة (38 عاما), after
    } // فاطمة عبد الرحيم: the one named in full
    Speaker s = fuller != null ? fuller : named;
    if (s != null && s.type() == SpeakerType.PERSON && !s.name().isEmpty()) {
      Speaker called = nicknamed(s);
      s = called != null ? called : s; // يقول أبو علي (63 عاما), after الذي يعرفه ركابه باسم أبو علي: him
      rememberInPlace(s);
      current = s;
      if (interviewee != null && interviewee != s && describedOnly(interviewee) && Tokens.of(s.name()).size() >= 3) {
        interviewee = s; // حوار مع آخر صانعي المشاحيف, then قاسم عبد الحسن الفرطوسي (71 عاما): the one described
      }
    }
  }

  /** Words that open a description of who someone is, not a name: آخر صانعي المشاحيف, أقدم حرفيي السوق. */
  private static final java.util.Set<String> DESCRIPTION_OPENINGS = java.util.Set.of("اخر", "اقدم", "اصغر", "اكبر",
      "اشهر", "احد", "احدي", "اول", "ابرز");

  /** Whether someone is known so far only by a description: آخر صانعي المشاحيف. */
  private static boolean describedOnly(Speaker s) {
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    return !words.isEmpty() && (DESCRIPTION_OPENINGS.contains(words.get(0).norm()) || s.name().equals(s.role()));
  }

  /** Records that the person just introduced was given an age in brackets: خلف حمود الخلف (58 عاما). */
  void aged(int years) {
    if (current != null && years >= 10 && years < 100) {
      decades.add(Map.entry(current, years / 10));
    }
  }

  /** Decades that an adjective of age names: الخمسيني, الستينية. */
  private static final Map<String, Integer> DECADE_ADJECTIVES = Map.of("العشريني", 2, "الثلاثيني", 3,
      "الاربعيني", 4, "الخمسيني", 5, "الستيني", 6, "السبعيني", 7, "الثمانيني", 8);

  /**
   * The person last given an age in the decade an age adjective of the role names ({@code الرجل الخمسيني}, after
   * {@code خلف حمود الخلف (58 عاما)}), or null when the role has none or no one was given such an age.
   */
  private Speaker byDecade(List<Tokens.Token> role) {
    for (Tokens.Token w : role) {
      String norm = w.norm().endsWith("يه") ? w.norm().substring(0, w.norm().length() - 1) : w.norm();
      Integer decade = DECADE_ADJECTIVES.get(norm);
      if (decade == null) {
        continue;
      }
      for (int k = decades.size() - 1; k >= 0; k--) {
        if (decades.get(k).getValue().equals(decade)) {
          return decades.get(k).getKey();
        }
      }
    }
    return null;
  }

  /**
   * Remembers {@code s} in place of anyone of the same name, with the role an earlier mention gave them if it
   * gives none: وتابعت الزواري, after الأمينة العامة للحزب سلمى الزواري, is still whom الأمينة العامة names.
   */
  private void rememberInPlace(Speaker s) {
    Speaker withRole = s.type() == SpeakerType.PERSON && s.role().isEmpty()
        ? latest(h -> sameName(h, s) && !h.role().isEmpty()) : null;
    history.removeIf(h -> sameName(h, s));
    history.add(withRole == null ? s : new Speaker(s.name(), withRole.role(), s.type(), s.entityId()));
  }

  /**
   * Someone an interviewer met or talked with (حاورنا الدكتورة فلانة, أجرت «القبس» هذا الحوار مع فلان, or the
   * headline's فلانة: …): introduced, and remembered as the one whose answers follow, whoever is quoted between.
   */
  void interviewed(Speaker named) {
    introduced(named.type() == SpeakerType.PERSON && !named.name().isEmpty() ? namedInFull(named) : named); // التقى «مصراوي» عبد الحميد
    interviewee = current;
  }

  /**
   * The person the body names with the same first and last name as {@code s} ({@code خليفة سالم الشامسي} for
   * the headline's {@code خليفة الشامسي}), the latest first; {@code s} itself when none, or when it is the
   * fuller name, which then stands for the shorter one ({@code الدكتورة عائشة محمد الظاهري} after the
   * headline's {@code الدكتورة عائشة الظاهري}).
   */
  Speaker namedInFull(Speaker s) {
    String first = firstWord(s.name());
    String last = lastWord(s.name());
    Speaker found = latest(h -> isNamed(h) && lastWord(h.name()).equals(last)
        && Tokens.of(h.name()).list().stream().anyMatch(w -> w.norm().equals(first)));
    if (found != null && Tokens.of(found.name()).size() < Tokens.of(s.name()).size()) {
      history.replaceAll(h -> h == found ? s : h);
      return s;
    }
    String written = found == null ? mentions.fullName(last) : null; // رامي الخطيب: …, the body's رامي عيسى الخطيب
    if (written != null && Tokens.of(written).size() > Tokens.of(s.name()).size()
        && Tokens.of(written).list().get(0).norm().equals(first)) {
      return new Speaker(written, s.role(), s.type(), s.entityId());
    }
    return found != null ? found : s;
  }

  /**
   * Who the article interviews, as the person they are when a nickname named them ({@code حوار مع أبو حيدر},
   * then {@code الحاج كاظم جبار، المعروف بـ"أبو حيدر"}); null when it names no one so.
   */
  Speaker interviewee() {
    Speaker called = interviewee == null ? null : nicknamed(interviewee);
    return called != null ? called : interviewee;
  }

  /** A nickname given to someone named, in normalized words: أبو وائل for عبده سالم باحميش. */
  void nickname(String words, Speaker person) {
    nicknames.put(words, person);
  }

  /** The person {@code s}'s name is a nickname of ({@code أبو وائل} for عبده سالم باحميش), or null. */
  Speaker nicknamed(Speaker s) {
    return nicknamed(String.join(" ", Tokens.of(s.name()).list().stream().map(Tokens.Token::norm).toList()));
  }

  /** The person a nickname in normalized words was given to ({@code ظل}), or null. */
  Speaker nicknamed(String words) {
    return nicknames.get(words);
  }

  /**
   * The person just introduced, when the words from {@code from} are a kunya that a clause of calling follows
   * ({@code أبو علي، كما يناديه أهل الحي}): the kunya is remembered as theirs, and found again when used
   * again. Null otherwise.
   */
  Speaker calledSo(Tokens t, int from) {
    if (from + 4 >= t.size() || !Lexicon.KUNYA.containsKey(t.get(from).norm()) || !NameWords.isComma(t, from + 2)
        || !t.get(from + 3).is("كما") || !Lexicon.NICKNAMING.contains(t.get(from + 4).norm())
        && !Lexicon.KNOWN_AS.contains(t.get(from + 4).norm())) {
      return null;
    }
    String kunya = kunya(t, from);
    Speaker known = nicknames.get(kunya);
    if (known != null) {
      return known; // called so again, later in the article
    }
    Speaker person = current != null && current.type() == SpeakerType.PERSON
        && Tokens.of(current.name()).list().size() >= 2 && !isKunya(current) ? current
        : latest(h -> isNamed(h) && !isKunya(h)); // يجلس فلان …، يعمل أبو جمعة، كما يعرفه زملاؤه: named last
    if (person == null) {
      return null;
    }
    nickname(kunya, person);
    return person;
  }

  /** The kunya at {@code i} as a later mention writes it, in normalized words: أبو جمعة, also for بأبي جمعة. */
  static String kunya(Tokens t, int i) {
    return Lexicon.KUNYA.get(t.get(i).norm()) + " " + t.get(i + 1).norm();
  }

  /** Whether someone is known here only by a kunya: أبو جمعة. */
  private static boolean isKunya(Speaker s) {
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    return words.size() == 2 && Lexicon.KUNYA.containsKey(words.get(0).norm());
  }

  /** Keeps a person named after a reporting verb with no speech of theirs yet, even without a role. */
  void mentioned(Speaker s) {
    if (s != null && s.type() == SpeakerType.PERSON && s.role().isEmpty() && Tokens.of(s.name()).list().size() >= 2
        && history.stream().noneMatch(h -> sameName(h, s))) {
      history.add(s);
    }
  }

  /** Whether someone of this name has been named before. */
  boolean knows(Speaker s) {
    return !s.name().isEmpty() && history.stream().anyMatch(h -> sameName(h, s));
  }

  /** Who spoke last, or null before anyone has. */
  Speaker current() {
    return current;
  }

  /**
   * The person last named with a role or a rank and a name of two words or more, speaking or not; null when
   * there is none.
   */
  Speaker lastNamed() {
    return latest(h -> isNamed(h) && (!h.role().isEmpty() || Lexicon.RANKS.contains(firstWord(h.name())))
        && h.name().chars().noneMatch(Character::isDigit) && !firstWord(h.name()).startsWith("ب")
        && !firstWord(h.name()).startsWith("ل"));
  }

  /** Makes {@code s} the current speaker again, as it was before a detour (a quotation inside a quotation). */
  void restore(Speaker s) {
    current = s;
  }

  /** The current speaker, carried over to a quotation that names no one; null before anyone has spoken. */
  Attribution carried(String verb) {
    return current == null ? null : new Attribution(current, verb, true);
  }

  /** Makes a resolved attribution's speaker the one who speaks on, and returns it. */
  Attribution speaking(Attribution a) {
    if (a == null) {
      return null;
    }
    a = withoutConjunction(a);
    current = a.speaker();
    issued(current);
    return a;
  }

  /**
   * The speaker without a conjunction fused to the rank that opens their name: {@code فالدكتور نزار الصائغ،
   * أستاذ العمارة، يرى أن}, where the ف explains and is no part of the name.
   */
  private static Attribution withoutConjunction(Attribution a) {
    Speaker s = a.speaker();
    String name = s.name();
    if (s.type() != SpeakerType.PERSON || name.length() < 3 || name.charAt(0) != 'ف' && name.charAt(0) != 'و') {
      return a;
    }
    List<Tokens.Token> words = Tokens.of(name).list();
    String first = words.get(0).norm();
    if (Lexicon.RANKS.contains(first) || !Lexicon.RANKS.contains(first.substring(1))) {
      return a;
    }
    return new Attribution(new Speaker(name.substring(1), s.role(), s.type(), s.entityId()), a.verb(), a.inferred());
  }

  /**
   * People who issued a statement together, named as a group (أكدت فصائل فلسطينية، في بيان مشترك), whose words
   * البيان then gives as an organization's would be.
   */
  void issuedByGroup(Speaker s) {
    issuer = s;
  }

  /** An organization that speaks or issues a document (تقرير صادر عن البنك الدولي), for البيان or التقرير. */
  void issued(Speaker s) {
    if (s != null && s.type() == SpeakerType.ORGANIZATION) {
      issuer = s;
    }
  }

  /** The issuer by its fullest name written so far: نادي الشرطة العراقي for نادي الشرطة. */
  private Speaker fullIssuer() {
    List<Tokens.Token> words = Tokens.of(issuer.name()).list();
    Speaker fuller = words.size() == 2 ? mentions.bodyNamed(words.get(1).norm()) : null;
    return fuller != null && key(fuller.name()).startsWith(key(issuer.name())) ? fuller : issuer;
  }

  /**
   * Keeps a person named with a role, or an organization named in full (وتتوقع وزارة الحج والعمرة أن),
   * for a later back-reference: the role alone, or الوزارة.
   */
  void remember(Speaker s) {
    boolean person = s != null && s.type() == SpeakerType.PERSON && !s.name().isEmpty()
        && (!s.role().isEmpty() || Lexicon.RANKS.contains(Tokens.of(s.name()).list().get(0).norm())); // الشيخ فلان
    boolean org = s != null && s.type() == SpeakerType.ORGANIZATION && Tokens.of(s.name()).list().size() >= 2;
    String tail = " " + key(s == null ? "" : s.name());
    if ((person || org) && history.stream().noneMatch(h -> sameName(h, s) || key(h.name()).endsWith(tail))) {
      history.add(s); // not الأمين ولد سيدي, the tail of محمد الأمين ولد سيدي named before
    }
  }

  /**
   * The person named right after this definite role in the text read so far (المتهم فلان الفلاني), as
   * quoted before if they were, or null.
   */
  Speaker namedAfter(String role) {
    Speaker named = mentions.namedAfter(role);
    if (named == null) {
      return null;
    }
    Speaker quoted = latest(h -> sameName(h, named));
    return quoted != null ? quoted : named;
  }

  /** Resolves a role, a surname or a generic organization to the speaker it refers back to. */
  Attribution resolve(Speaker named, String verb) {
    if (named == null) {
      return null; // words that name no one: سألتها ماذا تفعلين
    }
    Speaker issuer = sameDocument(named) ? latest(h -> h.type() == SpeakerType.ORGANIZATION) : null;
    if (issuer != null) {
      return new Attribution(issuer, verb, true); // وأوضح البلاغ ذاته, after أكدت الوزارة في بلاغ لها
    }
    if (named.type() == SpeakerType.PERSON && named.role().isEmpty() && isDescription(named.name())
        && byDecade(Tokens.of(named.name()).list()) != null) {
      named = new Speaker("", named.name(), SpeakerType.PERSON, ""); // ويقول الرجل الخمسيني بصوت منخفض: a role
    }
    if (named.type() == SpeakerType.PERSON && named.role().isEmpty() && current != null
        && current.type() == SpeakerType.PERSON && current.role().isEmpty() && Tokens.of(current.name()).size() >= 2
        && isCraftDescription(Tokens.of(named.name()).list()) && !knows(named)) {
      return new Attribution(current, verb, true); // يجلس يوسف عبد الله الكندري (68 عاما) …، then يقول الخطاط الكويتي
    }
    if (isParentOfRole(named) && !knows(named) && current != null && isNamed(current)) {
      return new Attribution(current, verb, true); // تجلس الحاجة سعاد …، then وتقدّر أم العروس: her, the bride's mother
    }
    return named.type() == SpeakerType.PERSON && named.name().isEmpty() ? byRole(named, verb) : byName(named, verb);
  }

  /** Whether a name is a parent called after the child's role, no kunya of a name: أم العروس, أبو الشهيد. */
  private static boolean isParentOfRole(Speaker named) {
    List<Tokens.Token> words = Tokens.of(named.name()).list();
    return named.type() == SpeakerType.PERSON && words.size() == 2 && Lexicon.KUNYA.containsKey(words.get(0).norm())
        && CHILD_ROLES.contains(words.get(1).norm());
  }

  private static final java.util.Set<String> CHILD_ROLES = java.util.Set.of("العروس", "العريس", "الشهيد",
      "الشهيده", "الاسير", "الاسيره", "الضحيه", "الطفل", "الطفله", "الطالب", "الطالبه", "اللاعب", "المفقود",
      "المعتقل");

  /** Whether a speaker is a document said to be the one before: البلاغ ذاته, البيان نفسه. */
  private static boolean sameDocument(Speaker named) {
    List<Tokens.Token> words = Tokens.of(named.name()).list();
    return words.size() == 2 && NameWords.hasArticle(Tokens.of(named.name()), 0)
        && Lexicon.DOCUMENTS.contains(words.get(0).norm().substring(2)) && Lexicon.SAME.contains(words.get(1).norm());
  }

  /**
   * A person named by a role alone: a surname or rank the role turns out to be, someone described so before,
   * the one just quoted, the last holder of that office, or else someone new and unnamed.
   */
  private Attribution byRole(Speaker named, String verb) {
    List<Tokens.Token> role = Tokens.of(named.role()).list();
    Speaker earlier = surnameAsRole(role);
    if (earlier == null) {
      earlier = describedBefore(named, role);
    }
    if (earlier == null && role.size() == 1) {
      earlier = mentions.parentSetOff(role.get(0).norm()); // يقول الأب, after يحتفظ الأب، المحاسب فلان،
      if (earlier != null) {
        history.add(earlier);
      }
    }
    if (earlier == null && role.size() == 1 && NameWords.hasArticle(Tokens.of(named.role()), 0)) {
      String noun = role.get(0).norm().substring(2); // وأضاف المهندس, after مهندس يعمل في الحقل
      earlier = latest(h -> h.type() == SpeakerType.PERSON && firstWord(h.name()).equals(noun)
          && Lexicon.UNNAMED_PEOPLE.contains(noun));
    }
    if (earlier == null) {
      earlier = byDecade(role); // ويقول الرجل الخمسيني, after خلف حمود الخلف (58 عاما) and his daughter
    }
    if (earlier == null && current != null && current.type() == SpeakerType.PERSON
        && (role.size() == 2 && Lexicon.SAME.contains(role.get(1).norm())
        || isDescription(named.role()) && (!current.name().equals(current.role())
        || Lexicon.KUNYA.containsKey(firstWord(current.name()))))) {
      earlier = current; // وأضاف المحامي ذاته, وتضيف الشابة: the one just quoted, or أم وائل, whom a kunya names
    }
    if (earlier == null) {
      earlier = officeHolder(named, role);
    }
    if (earlier != null) {
      return new Attribution(earlier, verb, true);
    }
    Speaker unnamed = new Speaker(named.role(), named.role(), SpeakerType.PERSON, "");
    history.removeIf(h -> sameName(h, unnamed)); // مصدر في وزارة المالية, for المصدر في وزارة المالية later
    history.add(unnamed);
    return new Attribution(unnamed, verb, false);
  }

  /** A "role" that is someone's surname or first name after a rank: وعادت الحاج لتؤكد, المهندس الخطيب. */
  private Speaker surnameAsRole(List<Tokens.Token> role) {
    String last = role.isEmpty() ? "" : role.get(role.size() - 1).norm();
    boolean surnameOnly = role.size() == 1 || role.size() == 2 && Lexicon.RANKS.contains(role.get(0).norm());
    Speaker surnamed = surnameOnly ? latest(h -> h.type() == SpeakerType.PERSON && !h.name().isEmpty()
        && lastWord(h.name()).equals(last)) : null;
    if (surnamed == null && role.size() == 1 && Lexicon.RANKS.contains(last)) {
      surnamed = latest(h -> h.type() == SpeakerType.PERSON && firstWord(h.name()).equals(last)); // المهندس
    }
    return surnamed;
  }

  /** Someone an earlier paragraph described by this role before their name: المديرة, after مديرة المدرسة، فلانة. */
  private Speaker describedBefore(Speaker named, List<Tokens.Token> role) {
    boolean origin = role.size() == 2 && NameWords.isNisba(role.get(1).norm()); // المدرب البرتغالي
    if (role.size() != 1 && !origin || !role.get(0).norm().startsWith("ال")) {
      return null;
    }
    String head = roleHead(named.role());
    String nisba = origin ? role.get(1).norm() : null;
    Speaker described = latest(h -> isNamed(h) && h.role().isEmpty() && mentions.describedAs(h.name(), head)
        && (nisba == null || mentions.writtenBefore(h.name(), nisba) || mentions.describedAs(h.name(), nisba)));
    if (described == null) {
      return null;
    }
    String start = key(described.name()) + " ";
    Speaker fuller = latest(h -> isNamed(h) && key(h.name()).startsWith(start)); // الأستاذة آمنة إدريس أونور
    return fuller != null ? fuller : described;
  }

  /**
   * Whoever last held the office the role names (وأضاف الوزير), the one it was said of (وزير التموين، الدكتور
   * فلان), a UN agency's person for المسؤول الأممي, or for a generic reference the person last named.
   */
  private Speaker officeHolder(Speaker named, List<Tokens.Token> role) {
    Speaker earlier = isIndefinite(named.role()) ? null : latest(h -> h.type() == SpeakerType.PERSON
        && !h.name().isEmpty() && roleHead(named.role()).equals(roleHead(h.role()))
        && sameOffice(named.role(), h.role())
        && (!h.name().equals(h.role()) || role.get(0).norm().startsWith("ال"))); // المصدر, not مصدر مطلع
    if (earlier == null && current != null && current.type() == SpeakerType.PERSON && !current.name().isEmpty()
        && (role.size() == 1 || role.size() == 2 && NameWords.isNisba(role.get(1).norm())
        && NameWords.hasArticle(Tokens.of(named.role()), 0)) // المدرب المغربي, not مسؤول عسكري
        && mentions.describedAs(current.name(), roleHead(named.role()))) {
      earlier = current; // وأضاف الوزير, after وزير التموين، الدكتور فلان, quoted by name since
    }
    if (earlier == null && current != null && current.type() == SpeakerType.PERSON && isNamed(current)
        && role.size() == 2 && NameWords.hasArticle(Tokens.of(named.role()), 0) && NameWords.isNisba(role.get(1).norm())
        && mentions.writtenBefore(current.name(), role.get(1).norm())) {
      earlier = current; // وتابع المهاجم المغربي, after الدولي المغربي يوسف الزهراوي, quoted since
    }
    if (earlier == null && role.size() == 2 && role.get(0).norm().startsWith("ال")
        && (role.get(1).is("الاممي") || role.get(1).is("الامميه"))) {
      earlier = latest(h -> isNamed(h) && Lexicon.UN_BODIES.stream().anyMatch(MatchText.normalize(h.role())::contains));
    } // المسؤول الأممي, after مدير شؤون الأونروا في غزة، فلان: the UN's person, not whoever spoke last
    if (earlier == null) {
      earlier = sameOfficeOtherTitle(named.role()); // رد المدرب, after المدير الفني للنادي، فلان
    }
    if (earlier == null && isGenericReference(named.role())) {
      boolean unnamed = current != null && current.name().equals(current.role())
          && !roleHead(current.role()).equals(roleHead(named.role())); // not وأضاف المصدر after مصدر حكومي
      earlier = current != null && current.type() == SpeakerType.PERSON && !unnamed
          ? current // وتختم الأكاديمية: the person last named, not an unnamed source quoted since
          : latest(h -> h.type() == SpeakerType.PERSON && !h.name().isEmpty() && !h.name().equals(h.role()));
    }
    return earlier;
  }

  /**
   * A speaker with a name: a nickname, a document's issuer, a rank and surname, a surname or first name
   * alone, an organization referred back to, or the name as it stands, remembered.
   */
  private Attribution byName(Speaker named, String verb) {
    List<Tokens.Token> words = Tokens.of(named.name()).list();
    Speaker nicknamed = nicknamed(named);
    if (nicknamed != null) {
      return new Attribution(nicknamed, verb, true); // يقول أبو وائل
    }
    String noun = words.isEmpty() ? "" : words.get(0).norm();
    Speaker holder = named.type() == SpeakerType.PERSON && named.role().isEmpty() && words.size() >= 2
        && (Lexicon.UNNAMED_PEOPLE.contains(noun) || Lexicon.ROLE_HEADS.contains(noun))
        ? latest(h -> isNamed(h) && !h.role().isEmpty() && key(h.role()).equals(key(named.name()))) : null;
    if (holder != null) {
      return new Attribution(holder, verb, true); // وأضاف رجل الأعمال المصري, after رجل الأعمال المصري فلان
    }
    List<Tokens.Token> role = Tokens.of(named.role()).list();
    boolean roleOnly = role.size() == 1 && words.size() <= 2; // الخراط مراحل العمل, read as a role and a name
    String opening = roleOnly ? role.get(0).norm() : words.isEmpty() || !role.isEmpty() ? "" : words.get(0).norm();
    Speaker bySurname = named.type() == SpeakerType.PERSON && (roleOnly || words.size() >= 2 && words.size() <= 3)
        && opening.startsWith("ال") && latest(h -> sameName(h, named)) == null
        ? latest(h -> isNamed(h) && Tokens.of(h.name()).size() >= 2 && lastWord(h.name()).equals(opening)) : null;
    if (bySurname != null) {
      return new Attribution(bySurname, verb, true); // شرحت العنزي تفاصيل التجربة: her surname, then the object
    }
    if (named.type() == SpeakerType.DOCUMENT && words.size() == 1 && words.get(0).norm().startsWith("ال")) {
      String kind = words.get(0).norm().substring(2);
      Speaker court = kind.equals("حكم") ? latest(h -> h.type() == SpeakerType.ORGANIZATION
          && Clitics.withoutConjunction(firstWord(h.name())).endsWith("محكمه")) : null; // وجاء في الحكم: the court's
      Speaker issuer = court != null ? court : this.issuer != null ? fullIssuer() // وجاء في البيان, after بيان مشترك
          : latest(h -> h.type() == SpeakerType.DOCUMENT && firstWord(h.name()).equals(kind));
      if (issuer == null) {
        issuer = mentions.document(kind); // ووفق بيان مشترك صدر …، وأكد البيان: the joint statement named before
      }
      if (issuer == null) {
        issuer = latest(h -> h.type() == SpeakerType.ORGANIZATION);
      }
      if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION && Tokens.of(issuer.name()).list().size() == 1) {
        Speaker full = mentions.organization(roleHead(issuer.name())); // ودعا الاتحاد في بيان …، وجاء في البيان
        issuer = full != null ? full : issuer;
      }
      if (issuer != null) {
        // وجاء في البيان, ويقول التقرير: the words of whoever issued it, the organization last named
        return new Attribution(issuer, verb, true);
      }
    }
    if (named.type() == SpeakerType.PERSON && words.size() == 2 && Lexicon.RANKS.contains(words.get(0).norm())) {
      String surname = words.get(1).norm();
      Speaker ranked = latest(h -> h.type() == SpeakerType.PERSON && lastWord(h.name()).equals(surname)
          && !key(h.name()).equals(key(named.name()))); // not الوزير بلقاسمي itself, remembered as mentioned
      if (ranked == null) { // وأضاف العقيد عانود, after العقيد عبد الله عانود محمد: his father's name, by his rank
        String rank = words.get(0).norm();
        ranked = latest(h -> isNamed(h) && firstWord(h.name()).equals(rank)
            && Tokens.of(h.name()).list().stream().skip(2).anyMatch(w -> w.norm().equals(surname)));
      }
      if (ranked != null) {
        return new Attribution(ranked, verb, true); // وأضاف المهندس الخطيب
      }
    }
    boolean rankedCompound = words.size() == 3 && Lexicon.RANKS.contains(words.get(0).norm())
        && Lexicon.COMPOUND_NAME_HEADS.contains(words.get(1).norm()); // القاضي عبد الحميد
    boolean linked = words.size() == 2 && Lexicon.NAME_LINKS.contains(words.get(0).norm()); // بن يحيى
    boolean rankedSurname = named.type() == SpeakerType.PERSON && (words.size() == 2 || words.size() == 3
        && Lexicon.NAME_LINKS.contains(words.get(1).norm())) && Lexicon.RANKS.contains(words.get(0).norm());
    if (rankedSurname) { // وقال النائب بن سالم, أقر الوزير بوعلام: the rank and the surname of one named in full
      String rest = " " + key(named.name().substring(words.get(1).start()));
      Speaker full = latest(h -> isNamed(h) && Tokens.of(h.name()).size() >= words.size() && key(h.name()).endsWith(rest)
          && !key(h.name()).equals(key(named.name())));
      if (full == null) {
        full = mentions.rankedInFull(words.get(0).norm(), rest.substring(1)); // بقيادة النوخذة سعيد بن جمعة الفلاسي
      }
      if (full != null) {
        return new Attribution(full, verb, true);
      }
    }
    Speaker longer = named.type() == SpeakerType.PERSON && (rankedCompound || linked)
        ? endingWith(named, words.get(words.size() - 2).norm(), words.get(words.size() - 1).norm()) : null;
    if (longer != null) {
      return new Attribution(longer, verb, true); // وأضاف القاضي عبد الحميد, وأضاف بن يحيى: named in full before
    }
    Speaker one = named.type() == SpeakerType.PERSON && words.size() == 1 ? byOneWord(named, words.get(0).norm()) : null;
    if (one != null) {
      return new Attribution(one, verb, true);
    }
    boolean described = words.size() == 2 && (Lexicon.SAME.contains(words.get(1).norm())
        || Lexicon.REFERRING_ADJECTIVES.contains(words.get(1).norm())); // المنظمة الأممية: the one named before
    if (named.type() == SpeakerType.ORGANIZATION && (words.size() == 1 || described)) {
      Speaker earlier = earlierOrganization(roleHead(named.name()), words.size() == 1);
      if (earlier != null) {
        return new Attribution(earlier, verb, true);
      }
    }
    Speaker earlier = latest(h -> sameName(h, named));
    if (earlier == null && named.type() == SpeakerType.ORGANIZATION && words.size() >= 2
        && (words.get(0).norm().startsWith("ال") || Lexicon.ORGANIZATIONS.contains(words.get(0).norm()))
        && named.entityId().isEmpty()) { // تعاونية الوفاق, after تعاونية الوفاق للصيد التقليدي
      Speaker full = mentions.fuller(named); // وقال المكتب المديري, after المكتب المديري لنادي الرجاء الرياضي
      if (full != null) {
        history.add(full);
        return new Attribution(full, verb, true);
      }
    }
    if (earlier != null && named.role().isEmpty()) {
      boolean alias = named.type() == SpeakerType.ORGANIZATION && !named.entityId().isEmpty();
      if (alias && key(named.name()).startsWith(key(earlier.name()) + " ")) {
        history.replaceAll(h -> h == earlier ? named : h); // صندوق النقد الدولي, after the headline's صندوق النقد
      }
      return new Attribution(alias ? named : earlier, verb, false); // يونيسف, after منظمة الأمم المتحدة للطفولة
    }
    if (named.type() == SpeakerType.PERSON && named.role().isEmpty() && words.size() >= 3) {
      String two = " " + key(words.get(0).norm() + " " + words.get(1).norm());
      Speaker whose = latest(h -> h.type() == SpeakerType.PERSON && (" " + key(h.name())).endsWith(two)
          && Tokens.of(h.name()).list().size() > 2);
      if (whose != null) {
        return new Attribution(whose, verb, true); // وطالبت بن عامر بإخضاع المراكز: the surname, run on
      }
    }
    String object = words.size() == 2 ? words.get(1).norm() : "";
    if (named.type() == SpeakerType.PERSON && named.role().isEmpty() && object.startsWith("ال")
        && !NameWords.isNisba(object) && (object.endsWith("ه") || object.endsWith("ين") || object.endsWith("ون")
        || object.endsWith("ات"))) {
      String surname = words.get(0).norm();
      Speaker whose = latest(h -> h.type() == SpeakerType.PERSON && Tokens.of(h.name()).list().size() >= 2
          && lastWord(h.name()).equals(surname));
      if (whose != null) {
        return new Attribution(whose, verb, true); // ودعا دوبوا المانحين إلى: a surname, then whom he calls on
      }
    }
    boolean kunya = words.size() == 2 && (words.get(0).is("ابو") || words.get(0).is("ام"));
    if (named.type() == SpeakerType.PERSON && words.size() == 2 && (named.role().isEmpty() || kunya)) {
      // ويضيف أبو خالد، وهو أب لتسعة أبناء, after أبو خالد عواد: a kunya said again, with what he is
      String part = " " + key(named.name()) + " ";
      Speaker whole = latest(h -> h.type() == SpeakerType.PERSON && (" " + key(h.name()) + " ").contains(part)
          && !key(h.name()).equals(key(named.name())));
      if (whole != null) {
        return new Attribution(whole, verb, true); // ويضيف عبد الله, after عبد الله سعيد
      }
    }
    rememberInPlace(named);
    return new Attribution(named, verb, false);
  }

  /**
   * The person a single word names: a surname or first name of someone named before, a first name written in
   * full in an earlier paragraph, the organization a nisba belongs to, or a description of who spoke last.
   */
  private Speaker byOneWord(Speaker named, String surname) {
    Speaker honored = mentions.honored(surname);
    if (honored != null) {
      Speaker known = latest(h -> h.type() == SpeakerType.PERSON && key(h.name()).equals(key(honored.name())));
      return known != null ? known : honored; // وقال معاليه, after افتتح معالي الدكتور فلان
    }
    if (Mentions.isHonorificPronoun(surname)) { // وقال معاليه, after وزير العمل الدكتور فلان: the one in office
      Speaker official = latest(h -> isNamed(h) && !h.role().isEmpty());
      return official != null ? official : latest(this::isNamed);
    }
    Speaker earlier = latest(h -> h.type() == SpeakerType.PERSON && lastWord(h.name()).equals(surname)
        && !firstWord(h.name()).isEmpty());
    if (earlier == null) {
      earlier = latest(h -> h.type() == SpeakerType.PERSON && firstWord(h.name()).equals(surname)); // فاطمة
    }
    if (earlier == null) {
      earlier = latest(h -> h.type() == SpeakerType.PERSON && lastWord(h.name()).equals(surname)); // سالم again
    }
    if (earlier == null && surname.startsWith("ال") && Lexicon.UNNAMED_PEOPLE.contains(surname.substring(2))) {
      String noun = surname.substring(2);
      earlier = latest(h -> h.type() == SpeakerType.PERSON && (firstWord(h.name()).equals(noun) // متسوقة في سوق …
          || oneOf(h.name(), noun))); // وأضافت المتسوقة; وتضيف المتطوعة, after إحدى المتطوعات
    }
    boolean group = surname.endsWith("ون") || Lexicon.GROUPS.contains(surname); // يقول متقاعدون
    boolean roleWord = surname.startsWith("ال") && (Lexicon.HEADS.contains(surname)
        || Lexicon.ROLE_HEADS.contains(surname.substring(2))); // ويضيف المحامي: a role, not a surname
    boolean description = Lexicon.UNNAMED_PEOPLE.contains(surname); // وقال مناصر: someone, not a first name
    String full = earlier == null && !group && !roleWord && !description ? mentions.fullName(surname) : null;
    if (full != null) {
      earlier = new Speaker(full, named.role(), SpeakerType.PERSON, ""); // تقول أمينة, after أمينة بن عودة
      history.add(earlier);
    }
    if (earlier == null && surname.startsWith("ال") && !roleWord && !Lexicon.HEADS.contains(surname)) {
      earlier = mentions.bodyNamed(surname); // وقال الرجاء في بلاغ, after أعلن نادي الرجاء الرياضي
    }
    if (earlier == null && surname.startsWith("ال") && NameWords.isNisba(surname)) {
      earlier = latest(h -> h.type() == SpeakerType.ORGANIZATION // وتابع المركزي, after البنك المركزي المصري
          && Tokens.of(h.name()).list().size() >= 2
          && Tokens.of(h.name()).list().stream().anyMatch(w -> w.norm().equals(surname)));
    }
    if (earlier == null && surname.startsWith("ال") && !Lexicon.HEADS.contains(surname) && named.role().isEmpty()
        && !group && current != null && current.type() == SpeakerType.PERSON && !current.name().isEmpty()
        && Tokens.of(current.name()).list().stream().noneMatch(w -> w.norm().equals(surname))) {
      // ويضيف العريف, after عريف الفلج الشيخ فلان: no one of that name, so a description of who spoke last
      earlier = current;
    }
    return earlier;
  }

  /** The organization last named with this head: المنظمة, المنظمة الأممية; with {@code bare}, also in full. */
  private Speaker earlierOrganization(String head, boolean bare) {
    Speaker earlier = latest(h -> h.type() == SpeakerType.ORGANIZATION && roleHead(h.name()).equals(head));
    if (earlier == null) { // المحكمة, after غرفة الجنايات لدى محكمة الاستئناف
      earlier = latest(h -> h.type() == SpeakerType.ORGANIZATION
          && Tokens.of(h.name()).list().stream().anyMatch(w -> roleHead(w.norm()).equals(head)));
    }
    return earlier == null && bare ? mentions.organization(head) : earlier; // وقال البنك, after البنك الدولي
  }

  /**
   * Whether a role said again can be the earlier one: the first word it adds to its head, adjectives of
   * origin aside, is in the earlier role ({@code المتحدث باسم الوزارة} after {@code المتحدثة باسم وزارة
   * الصحة}, {@code وزير الخارجية} after {@code وزير الشؤون الخارجية}). So {@code مدير المشروع} is not
   * {@code مدير عام المركز}.
   */
  private static boolean sameOffice(String again, String earlier) {
    List<Tokens.Token> words = Tokens.of(again).list();
    Set<String> before = new java.util.HashSet<>();
    for (Tokens.Token w : Tokens.of(earlier).list()) {
      before.add(withoutArticle(w.norm()));
    }
    for (int k = 1; k < words.size() && words.get(k).word(); k++) {
      String w = words.get(k).norm();
      if (!NameWords.isNisba(w) && !Lexicon.REFERRING_ADJECTIVES.contains(w) && !Lexicon.SAME.contains(w)) {
        return before.contains(withoutArticle(w)); // the first word that says which office it is
      }
    }
    return true;
  }

  /**
   * Offices that news calls by more than one title: a football club's coach (المدرب, المدير الفني) and a
   * prosecutor (ممثل النيابة, وكيل الجمهورية, ممثل الحق العام, وكيل الملك, النائب العام).
   */
  private static final List<List<String>> OFFICE_TITLES = List.of(
      List.of("مدرب", "مدير فني"),
      List.of("ممثل نيابه", "ممثل نيابه عامه", "وكيل جمهوريه", "ممثل حق عام", "وكيل ملك", "نائب عام", "مدعي عام"));

  /** The last person named under another title of the same office as {@code role}, or null. */
  private Speaker sameOfficeOtherTitle(String role) {
    String said = titleKey(role);
    for (List<String> titles : OFFICE_TITLES) {
      if (titles.contains(said)) {
        return latest(h -> isNamed(h) && titles.stream().anyMatch(title -> (" " + titleKey(h.role()) + " ")
            .contains(" " + title + " ")));
      }
    }
    return null;
  }

  /** A role's words without their article, joined by spaces: المدير الفني للنادي → مدير فني للنادي. */
  private static String titleKey(String role) {
    List<String> words = new ArrayList<>();
    for (Tokens.Token w : Tokens.of(role).list()) {
      if (w.word()) {
        words.add(withoutArticle(w.norm()));
      }
    }
    return String.join(" ", words);
  }

  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  /** A role that introduces someone new rather than referring back: مسؤول, مسؤول عسكري, دبلوماسي أوروبي. */
  static boolean isIndefinite(String role) {
    List<Tokens.Token> words = Tokens.of(role).list();
    if (words.isEmpty() || words.get(0).norm().startsWith("ال")) {
      return false;
    }
    String second = words.size() > 1 ? words.get(1).norm() : "";
    return words.size() == 1 || second.equals("في") || second.equals("من") || second.equals("لدي")
        || words.size() == 2 && !second.startsWith("ال"); // مسؤول عسكري, مصدر مطلع
  }

  /**
   * A role so generic that it refers to the last person quoted: المسؤول, or المسؤول with adjectives of
   * origin (المسؤول الصومالي، المتحدثة الأممية).
   */
  private static boolean isGenericReference(String role) {
    List<Tokens.Token> words = Tokens.of(role).list();
    if (words.size() == 2 && words.get(0).norm().startsWith("ال") && Lexicon.SAME.contains(words.get(1).norm())) {
      return true; // الفلاح نفسه
    }
    if (words.isEmpty() || words.size() > 3 || !Lexicon.GENERIC_REFERENCES.contains(words.get(0).norm())) {
      return false;
    }
    for (Tokens.Token w : words.subList(1, words.size())) {
      String n = w.norm();
      boolean same = Lexicon.SAME.contains(n) || n.startsWith("بال"); // المسؤول بالوزارة
      if (!same && (!n.startsWith("ال") || !(n.endsWith("ي") || n.endsWith("يه")))) {
        return false; // المتحدث ذاته, الخبيرة الاقتصادية
      }
    }
    return true;
  }

  /**
   * A definite description of a person (الشابة العشرينية, الأستاذة), which refers back to someone already
   * named when no one in that role is known.
   */
  /**
   * Whether words are a trade and what describes its holder, each word definite, the last a nisba or an age
   * (الخطاط الكويتي, الصياد الخمسيني), and no office: not الوزير الأردني, whom an office holder or no one answers.
   */
  private static boolean isCraftDescription(List<Tokens.Token> words) {
    if (words.size() != 2 || !words.stream().allMatch(w -> w.norm().startsWith("ال"))) {
      return false;
    }
    String head = words.get(0).norm().substring(2);
    String last = words.get(1).norm();
    return !NameWords.isRoleHead(head) && !Lexicon.ORGANIZATIONS.contains(head) && !Lexicon.RANKS.contains(words.get(0).norm())
        && !Lexicon.PERSON_NOUNS.contains(words.get(0).norm()) // السائق السوداني: someone new, described
        && (NameWords.isNisba(last.substring(2)) && !last.startsWith("الوطن") // not الحرس الوطني, a body
        || Lexicon.AGE_ADJECTIVES.contains(last));
  }

  private static boolean isDescription(String role) {
    List<Tokens.Token> words = Tokens.of(role).list();
    if (words.isEmpty() || words.size() > 3 || !Lexicon.PERSON_NOUNS.contains(words.get(0).norm())) {
      return false;
    }
    return words.subList(1, words.size()).stream().allMatch(w -> w.norm().startsWith("ال"));
  }

  /** Whether one word names someone named before, or written in full in a paragraph read so far: كيبروتو. */
  boolean namesSomeone(String word) {
    return byOneName(word) != null || mentions.fullName(word) != null;
  }

  /** The latest person named with this rank before this given name ({@code الحاج سيد} for الحاج سيد الزغبي), or null. */
  Speaker byRankAndGiven(String rank, String given) {
    return latest(h -> {
      List<Tokens.Token> words = Tokens.of(h.name()).list();
      return isNamed(h) && words.size() >= 3 && words.get(0).norm().equals(rank) && words.get(1).norm().equals(given);
    });
  }

  /**
   * Someone named before by this rank and given name when the word after them is not their name's third: {@code
   * يطفئ الحاج سيد النار} or {@code ورث الحاج عمار الأرض}, after {@code الحاج سيد الزغبي}, {@code الحاج عمار قويدري};
   * null otherwise.
   */
  Speaker rankedAgain(String rank, String given, String next) {
    Speaker known = byRankAndGiven(rank, given);
    return known != null && !Tokens.of(known.name()).list().get(2).norm().equals(next) ? known : null;
  }

  /**
   * The latest person named in full whose name, after any rank, opens with the two words of a compound given
   * name and goes on ({@code عبد القادر} for الحاج عبد القادر بوشامة), or null.
   */
  Speaker byCompoundGiven(String head, String rest) {
    return latest(h -> {
      List<Tokens.Token> words = Tokens.of(h.name()).list();
      int from = !words.isEmpty() && Lexicon.RANKS.contains(words.get(0).norm()) ? 1 : 0;
      return isNamed(h) && words.size() >= from + 3 && words.get(from).norm().equals(head)
          && words.get(from + 1).norm().equals(rest);
    });
  }

  /**
   * The person last named in full whose surname or first name is {@code word} (normalized), or null. Unlike
   * {@link #resolve}, it records nothing: a word that names no one known stays no one.
   */
  Speaker byOneName(String word) {
    Speaker bySurname = latest(h -> isNamed(h) && lastWord(h.name()).equals(word));
    return bySurname != null ? bySurname : latest(h -> isNamed(h) && firstWord(h.name()).equals(word));
  }

  /**
   * The person a first name alone names, from those quoted before or, failing them, the full name an earlier
   * paragraph wrote ({@code خالد، أو أبو فراس كما يناديه الجيران} after {@code على خالد الدروبي}); null if none.
   */
  Speaker byFirstNameInText(String word) {
    return byOneWordInText(word, full -> true);
  }

  /**
   * The person a surname alone names, from those quoted before or, failing them, a full name ending in it that an
   * earlier paragraph wrote ({@code وبدا بنسودة متوترا} after {@code رفض عبد الإله بنسودة، مدرب الفريق}); null if
   * none, or if the word only links a name's parts (لكن بن عمر).
   */
  Speaker bySurnameInText(String word) {
    boolean link = Lexicon.NAME_LINKS.contains(word) || word.equals("عبد") || Lexicon.KUNYA.containsKey(word);
    return byOneWordInText(word, full -> full.size() >= 2 && full.get(full.size() - 1).norm().equals(word) && !link);
  }

  /** Whom one word names among those quoted before, or else the full name in the text that {@code fits}. */
  private Speaker byOneWordInText(String word, java.util.function.Predicate<List<Tokens.Token>> fits) {
    Speaker known = byOneName(word);
    String full = known == null ? mentions.fullName(word) : null;
    if (full == null) {
      return known;
    }
    if (!fits.test(Tokens.of(full).list())) {
      return null;
    }
    known = new Speaker(full, "", SpeakerType.PERSON, "");
    history.add(known);
    return known;
  }

  /**
   * The person named before who holds the office a role names ({@code الوزير}, after {@code وزير التربية فلان}),
   * or null when no one named holds it.
   */
  Speaker namedHolder(Speaker role) {
    Attribution held = resolve(role, "");
    Speaker s = held == null ? null : held.speaker();
    return s != null && held.inferred() && !s.name().isEmpty() && !s.name().equals(s.role())
        && roleHead(s.role()).equals(roleHead(role.role())) ? s : null;
  }

  /** Whether a word is the surname or first name of someone the text named in full, quoted or not: بوزيد. */
  boolean namedInText(String word) {
    return byOneName(word) != null || mentions.fullName(word) != null;
  }

  /** A person with a name of two words or more that is neither their role nor a description (مزارع ستيني). */
  boolean isNamed(Speaker h) {
    List<Tokens.Token> words = Tokens.of(h.name()).list();
    boolean described = h.role().isEmpty() && words.size() == 2 && isIndefinite(h.name())
        && NameWords.isNisba(words.get(1).norm());
    return h.type() == SpeakerType.PERSON && !h.name().equals(h.role()) && words.size() >= 2 && !described;
  }

  /**
   * The person last named in full whose given name, after any rank, is {@code word} (normalized): ريم السباعي
   * for ريم, الحاجة فاطمة محمود for فاطمة, الحاج عبد الرحمن الدباغ for عبد الرحمن; null when no one's is.
   */
  Speaker byGivenName(String word) {
    Speaker fullest = null;
    boolean compound = word.contains(" "); // عبد الرحمن, whose family name is then a nisba: not عبد السلام آخر
    for (Speaker h : history) { // the fullest of those so named, the latest of equals
      if (isNamed(h) && givenName(h.name()).equals(word) && (!compound || lastWord(h.name()).startsWith("ال"))
          && (fullest == null || Tokens.of(h.name()).size() >= Tokens.of(fullest.name()).size())) {
        fullest = h;
      }
    }
    return fullest;
  }

  private static String givenName(String name) {
    List<Tokens.Token> words = Tokens.of(name).list();
    int k = 0;
    while (k + 2 < words.size() && Lexicon.RANKS.contains(words.get(k).norm())) {
      k++;
    }
    if (words.size() - k >= 3 && words.get(k).is("عبد")) {
      return words.get(k).norm() + " " + words.get(k + 1).norm(); // عبد الرحمن الدباغ
    }
    return words.size() - k >= 2 ? words.get(k).norm() : "";
  }

  private Speaker latest(java.util.function.Predicate<Speaker> test) {
    for (int k = history.size() - 1; k >= 0; k--) {
      if (test.test(history.get(k))) {
        return history.get(k);
      }
    }
    return null;
  }

  /** Whether a name is one of a group whose member the noun is: إحدى المتطوعات for متطوعه. */
  private static boolean oneOf(String name, String noun) {
    List<Tokens.Token> words = Tokens.of(name).list();
    if (words.size() < 2 || !(words.get(0).is("احد") || words.get(0).is("احدي"))) {
      return false;
    }
    String group = words.get(1).norm().startsWith("ال") ? words.get(1).norm().substring(2) : "";
    String stem = noun.endsWith("ه") ? noun.substring(0, noun.length() - 1) : noun;
    return group.equals(stem + "ات") || group.equals(stem + "ين") || group.equals(stem + "ون");
  }

  String firstWord(String name) {
    List<Tokens.Token> words = Tokens.of(name).list();
    return words.size() < 2 ? "" : words.get(0).norm();
  }

  /**
   * The latest other person whose name ends with the two words {@code second last}: القاضي رائد عبد الحميد for
   * القاضي عبد الحميد, محند أوسعيد بن يحيى for بن يحيى; null when no one's does.
   */
  private Speaker endingWith(Speaker named, String second, String last) {
    return latest(h -> h.type() == SpeakerType.PERSON && lastWord(h.name()).equals(last)
        && secondToLast(h.name()).equals(second) && !key(h.name()).equals(key(named.name())));
  }

  /** The word before a name's last, normalized: بن in محند أوسعيد بن يحيى. */
  private static String secondToLast(String name) {
    List<Tokens.Token> words = Tokens.of(name).list();
    return words.size() < 2 ? "" : words.get(words.size() - 2).norm();
  }

  String lastWord(String name) {
    return lastWords.computeIfAbsent(name, n -> {
      List<Tokens.Token> words = Tokens.of(n).list();
      return words.isEmpty() ? "" : words.get(words.size() - 1).norm();
    });
  }

  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, String> roleHeads = new HashMap<>();
  private final Map<String, String> lastWords = new HashMap<>();

  private boolean sameName(Speaker a, Speaker b) {
    if (!a.entityId().isEmpty() && a.entityId().equals(b.entityId())) {
      return true;
    }
    return key(a.name()).equals(key(b.name()));
  }

  // History is scanned on every clause; these keep it from re-normalizing the same few names.
  String key(String name) {
    return keys.computeIfAbsent(name, MatchText::key);
  }

  String roleHead(String role) {
    return roleHeads.computeIfAbsent(role, SpeakerParser::roleHead);
  }

  /** The one person remembered whose name opens with {@code first}, or null when none or several are. */
  Speaker uniqueByFirstName(String first) {
    Speaker found = null;
    for (Speaker h : history) {
      if (h.type() == SpeakerType.PERSON && firstWord(h.name()).equals(first)) {
        if (found != null && !key(found.name()).equals(key(h.name()))) {
          return null;
        }
        found = h;
      }
    }
    return found;
  }
}
