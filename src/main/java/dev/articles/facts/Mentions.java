package dev.articles.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs of an article read so far, where a first name used alone may be found written in full:
 * {@code تقول أمينة} after {@code تدير أمينة بن عودة منصة رقمية}.
 */
final class Mentions {
  private final SpeakerParser speakers;
  private final List<Tokens> read = new ArrayList<>();

  Mentions(SpeakerParser speakers) {
    this.speakers = speakers;
  }

  /** Adds a paragraph to those a first name is looked up in. */
  void read(Tokens t) {
    read.add(t);
  }

  /** The most words a name may have between its first and its last: ماهر عبد الكريم الصباغ. */
  private static final int MIDDLE_WORDS = 3;

  /**
   * The name that {@code first} and {@code last} open and close with more between, as a paragraph read writes
   * it ({@code ماهر عبد الكريم الصباغ} for {@code ماهر الصباغ}), or null when none does.
   */
  String withMiddle(String first, String last) {
    for (Tokens t : read) {
      for (int k = 0; k + 2 < t.size(); k++) {
        if (!t.get(k).norm().equals(first)) {
          continue;
        }
        for (int j = k + 2; j < t.size() && j <= k + MIDDLE_WORDS + 1 && t.get(j - 1).word(); j++) {
          if (t.get(j).norm().equals(last)) {
            boolean names = true;
            for (int m = k + 1; m < j; m++) {
              names &= speakers.isNameWord(t, m) && !NameWords.hasArticle(t, m) || t.get(m).is("عبد")
                  || t.get(m - 1).is("عبد") && NameWords.hasArticle(t, m); // عبد الكريم: a compound name between
            }
            if (names) {
              return t.original(k, j + 1);
            }
          }
        }
      }
    }
    return null;
  }

  /** Whether the words from {@code k + 1} on are the rest of {@code given}. */
  private static boolean follows(Tokens t, int k, List<String> given) {
    for (int g = 1; g < given.size(); g++) {
      if (!t.get(k + g).norm().equals(given.get(g))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first name and family name of someone the article names by first name, wherever it writes both, in
   * reading order: {@code وعاد سامر الجندلي في أواخر أيلول} for {@code سامر}, {@code لم تعرف حواء عبد الله}
   * for {@code حواء}. Only a family name of the form الفلاني, or one joined by بن, ولد, أبو or عبد, counts, so
   * that the verb's object (وجد سامر الجدران) does not. Null when no paragraph writes one.
   */
  String familyNamed(String first) {
    return familyNamed(List.of(first));
  }

  /** {@link #familyNamed(String)} for a given name of one or more words: سيدي محمد ولد اعبيد. */
  String familyNamed(List<String> given) {
    String first = given.get(0);
    int n = given.size();
    for (Tokens t : read) {
      boolean[] quoted = null;
      for (int k = 0; k + n < t.size(); k++) {
        String w = t.get(k).norm();
        boolean joined = w.equals("و" + first);
        if (!w.equals(first) && !joined || !t.get(k + n).word() || !follows(t, k, given)) {
          continue;
        }
        int after = k + n;
        String next = t.get(after).norm();
        int end;
        if ((Lexicon.NAME_LINKS.contains(next) || next.equals("عبد")) && after + 1 < t.size() && t.get(after + 1).word()
            && !NameWords.isStop(t, after + 1)) {
          end = after + 2; // حواء عبد الله, علي بن خليفة, أسماء أبو شمالة
          while (end < t.size() && end - k <= NameWords.MAX_NAME_WORDS && t.get(end).word()) {
            String more = t.get(end).norm();
            if (Lexicon.NAME_LINKS.contains(more) && end + 1 < t.size() && t.get(end + 1).word()) {
              end += 2; // عيسى بن خالد آل خليفة
            } else if (NameWords.hasArticle(t, end) && NameWords.isNisba(more) && !speakers.isPlace(more)
                && !NameWords.isStop(t, end)) {
              end++; // سالم بن حمد المعمري; not سيدي محمد ولد أحمدو الطريق
            } else {
              break;
            }
          }
        } else if (NameWords.hasArticle(t, after) && NameWords.isNisba(next) && !next.endsWith("يه")
            && !speakers.isPlace(next) && !NameWords.isStop(t, after)) { // not أحمد جواد الذي
          end = after + 1; // سامر الجندلي, فاطمة الشرعبي: a family name of the form الفلاني
        } else if (n == 1 && after + 1 < t.size() && !NameWords.hasArticle(t, after) && speakers.isNameWord(t, after)
            && NameWords.hasArticle(t, after + 1) && NameWords.isNisba(t.get(after + 1).norm())
            && !t.get(after + 1).norm().endsWith("يه") && !speakers.isPlace(t.get(after + 1).norm())
            && !NameWords.isStop(t, after + 1)) {
          end = after + 2; // علي محمد الريمي: a father's name, then the family name
        } else {
          continue;
        }
        quoted = quoted == null ? QuoteMarks.inside(t, QuoteMarks.pairs(t)) : quoted;
        if (!quoted[k]) {
          String name = t.original(k, end);
          return joined ? name.substring(1) : name;
        }
      }
    }
    return null;
  }

  /** How a parent is first described before their name is set off by commas, by the word a later mention uses. */
  private static final java.util.Map<String, Set<String>> PARENTS = java.util.Map.of(
      "الام", Set.of("الام", "والدته", "والدتها", "امه", "امها", "والدتهم", "امهم"),
      "الاب", Set.of("الاب", "والده", "والدها", "ابوه", "ابيه", "ابوها", "ابيها", "والدهم", "ابوهم"));

  /** The same parents in construct with whose they are, as written: والدة الضحية، أم الشهيد، والد الطفل،. */
  private static final java.util.Map<String, Set<String>> PARENTS_OF = java.util.Map.of(
      "الام", Set.of("والدة", "أم"), "الاب", Set.of("والد", "أب", "أبو"));

  /**
   * The parent a later {@code الأم} or {@code الأب} refers to, where a paragraph read so far set their name off
   * by commas after such a word: {@code بينما تمسك والدتها، الحاجة زينب إدريس، بكيس المحلول}, {@code يحتفظ
   * الأب، المحاسب محمود الشناوي، بأول رقعة}, {@code انهارت والدة الضحية، السيدة سعاد عبد الحميد،}; the latest
   * such, or null.
   */
  ExtractedFact.Speaker parentSetOff(String parent) {
    Set<String> described = PARENTS.get(parent);
    for (int u = read.size() - 1; u >= 0 && described != null; u--) {
      Tokens t = read.get(u);
      for (int k = t.size() - 3; k >= 0; k--) {
        int comma = described.contains(Clitics.withoutConjunction(t.get(k).norm())) ? k + 1
            : k + 2 < t.size() && Clitics.in(t.original(k, k + 1), PARENTS_OF.get(parent))
            && NameWords.hasArticle(t, k + 1) ? k + 2 : -1; // انهارت والدة الضحية، السيدة سعاد عبد الحميد،
        if (comma < 0 || !NameWords.isComma(t, comma)) {
          continue;
        }
        int[] name = speakers.nameSetOff(t, comma, t.size());
        ExtractedFact.Speaker named = name == null ? null : speakers.parse(t, name[0], name[1]);
        if (named != null && named.type() == ExtractedFact.SpeakerType.PERSON && !named.name().isEmpty()
            && !named.name().equals(named.role())) {
          return named;
        }
      }
    }
    return null;
  }

  /** Prepositions before a name that show it starts there: إلى يوسف العلمي. */
  private static final Set<String> BEFORE_A_NAME = Set.of("الى", "على", "عن", "مع", "لدى", "بين");

  /**
   * The name a family name of the form الفلاني at {@code k} ends, with one given name (and a father's name joined
   * by بن): {@code يوسف العلمي} in {@code أسندت الحقيبة إلى يوسف العلمي}, {@code عادل الجندي} in {@code دفع عادل
   * الجندي، محامي المتهم}. The name must stand after a preposition or a role, or be set off by a comma after
   * it, so that a verb and a nisba (رفع المركزي أسعار, وأضاف الإسباني في) are not read as one; null otherwise.
   */
  private String familyNameEndingAt(Tokens t, int k) {
    String surname = t.get(k).norm();
    int given = k - 1;
    if (!surname.startsWith("ال") || !NameWords.isNisba(surname) || !t.get(given).word()
        || NameWords.hasArticle(t, given) || !speakers.isNameWord(t, given)
        || Lexicon.ACCORDING_TO.contains(t.get(given).norm())
        || Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(given).norm()))
        || speakers.nameEnd(t, given, t.phraseEnd(given)) != k + 1 || QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
      return null;
    }
    int start = given;
    if (start >= 2 && Lexicon.NAME_LINKS.contains(t.get(start - 1).norm()) && t.get(start - 2).word()
        && !NameWords.hasArticle(t, start - 2) && speakers.isNameWord(t, start - 2)) {
      start -= 2; // سعيد بن علي المخيني
    }
    boolean setOff = k + 1 == t.size() || !t.get(k + 1).word();
    String before = start > 0 && t.get(start - 1).word() ? t.get(start - 1).norm() : "";
    boolean led = BEFORE_A_NAME.contains(before) || !before.isEmpty() && NameWords.hasArticle(t, start - 1);
    return setOff || led ? t.original(start, k + 1) : null;
  }

  /**
   * The full name that a first name stands for, where an earlier paragraph wrote it: {@code تقول أمينة} after
   * {@code تدير أمينة بن عودة منصة رقمية}. When the name runs on into the verb's object, only the first name
   * and the next (with a linking بن) are kept. A surname after a description and one more name word is the
   * end of the name: {@code كيبروتيتش} after {@code العداء الكيني بيتر كيبروتيتش}. Null when no paragraph does.
   */
  String fullName(String first) {
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      for (int k = 2; k < t.size(); k++) {
        if (t.get(k).norm().equals(first) && Lexicon.DEFINITE_GIVEN_NAMES.contains(t.get(k - 1).norm())
            && !QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
          return t.original(k - 1, k + 1); // يقول أوبلا, after يمر الحسين أوبلا بين صفوف الأشجار
        }
        if (t.get(k).norm().equals(first) && t.get(k - 2).is("عبد") && NameWords.hasArticle(t, k - 1)
            && !QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
          int from = k >= 3 && t.get(k - 3).word() && !NameWords.hasArticle(t, k - 3) && speakers.isNameWord(t, k - 3)
              && !(t.get(k - 3).norm().length() <= 3 && (k == 3 || t.get(k - 4).is(".")))
              ? k - 3 : k - 2; // محمد عبد الحق الدكالي, not رفض عبد الإله بنسودة: a sentence's verb
          return t.original(from, k + 1); // وقال الدكالي, after الإطار الوطني عبد الحق الدكالي: a compound name
        }
        if (t.get(k).norm().equals(first) && (NameWords.hasArticle(t, k - 2) || t.get(k - 2).norm().startsWith("لل"))
            && t.get(k - 1).word()
            && speakers.isNameWord(t, k - 1) && speakers.nameEnd(t, k - 1, k + 1) == k + 1 && !QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
          return t.original(k - 1, k + 1); // يقول كيبروتيتش, after العداء الكيني بيتر كيبروتيتش, للكاتبة ليلى بوزيد: a surname
        }
        if (k >= 3 && t.get(k).norm().equals(first) && NameWords.hasArticle(t, k - 3) && t.get(k - 2).word()
            && speakers.isNameWord(t, k - 2) && !NameWords.hasArticle(t, k - 2) && !NameWords.hasArticle(t, k - 1)
            && speakers.nameEnd(t, k - 2, k + 1) == k + 1 && !QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
          return t.original(k - 2, k + 1); // الخطيب, after عاد الشاعر السوري رامي عيسى الخطيب: with a father's name
        }
        if (k >= 3 && t.get(k).norm().equals(first) && NameWords.isPresentVerb(t.get(k - 3).norm())
            && speakers.isNameWord(t, k - 2) && !NameWords.hasArticle(t, k - 2) && speakers.isNameWord(t, k - 1)
            && !NameWords.hasArticle(t, k - 1) && speakers.nameEnd(t, k - 2, t.phraseEnd(k - 2)) == k + 1
            && !QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
          return t.original(k - 2, k + 1); // يقول باحميد, after يرفع عوض سالم باحميد غطاء خلية خشبية
        }
        String family = t.get(k).norm().equals(first) ? familyNameEndingAt(t, k) : null;
        if (family != null) {
          return family; // وقال العلمي, after أسندت حقيبة التربية إلى يوسف العلمي
        }
      }
    }
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      for (int k = 0; k + 1 < t.size(); k++) {
        String next = t.get(k + 1).norm();
        boolean joined = t.get(k).norm().equals("و" + first); // ويونس بن سعيد الحكماني، الذي ترك الدراسة
        if (!t.get(k).norm().equals(first) && !joined || NameWords.hasArticle(t, k) || !t.get(k + 1).word()
            || NameWords.isStop(t, k + 1) || Lexicon.REPORTING_VERBS.contains(next) // خلف يقول: the name, then its verb
            || NameWords.isMannerNoun(next) // تقول ملك بخجل: how she said it
            || QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]
            || next.startsWith("ال") && next.endsWith("يه") // ميرسك الدنماركية: a company and its origin
            || k > 0 && Lexicon.SPEECH_OCCASIONS.contains(t.get(k - 1).norm())) { // مؤتمر صحفي عقده: no name
          continue;
        }
        if (k > 0 && Lexicon.KUNYA.containsKey(t.get(k - 1).norm())) {
          continue; // أبو خالد الزعتري names the father, not his son خالد
        }
        if (NameWords.isPresentVerb(next) && k + 2 < t.size() && t.get(k + 2).word()) {
          continue; // كانت الحاجة خديجة تعيد ترتيب أكياس: her verb, not her family name
        }
        int end = speakers.nameEnd(t, k, t.phraseEnd(k));
        if (end < t.size() && t.get(end).word() && !NameWords.isStop(t, end)) {
          boolean linked = Lexicon.NAME_LINKS.contains(t.get(k + 1).norm())
              || Lexicon.COMPOUND_NAME_HEADS.contains(t.get(k + 1).norm());
          int family = k + 2 < end && NameWords.hasArticle(t, k + 2) && !speakers.isPlace(t.get(k + 2).norm())
              && !NameWords.isStop(t, k + 2) ? 1 : 0; // يسير سالم خلف العظامات خلف قطيعه: a family name third
          end = Math.min(end, k + (linked ? 3 : 2 + family)); // أمينة بن عودة منصة رقمية: the name, not its object
        }
        if (end - k >= 2) {
          return joined ? t.original(k, end).substring(1) : t.original(k, end);
        }
      }
    }
    return null;
  }
  /**
   * The full name a compound surname stands for ({@code عبد المنعم}), where a paragraph read so far introduces it
   * after a description or a comma with one or two given names before it: {@code وزير الخارجية المصري حسام الدين
   * عبد المنعم}. A given name of two words ends in الدين or الله. Null when none does.
   */
  String compoundSurnamed(String head, String rest) {
    for (Tokens t : read) {
      for (int k = 2; k + 1 < t.size(); k++) {
        if (!t.get(k).norm().equals(head) || !t.get(k + 1).norm().equals(rest)) {
          continue;
        }
        int from = k;
        if (speakers.isNameWord(t, k - 1) && !NameWords.hasArticle(t, k - 1)) {
          from = k - 1; // … أحمد عبد المنعم
        } else if (k >= 3 && (t.get(k - 1).is("الدين") || t.get(k - 1).is("الله")) && speakers.isNameWord(t, k - 2)) {
          from = k - 2; // … حسام الدين عبد المنعم
        }
        boolean introduced = from < k && from > 0 && (NameWords.hasArticle(t, from - 1) || NameWords.isComma(t, from - 1));
        if (introduced && !QuoteMarks.inside(t, QuoteMarks.pairs(t))[k]) {
          return t.original(from, k + 2);
        }
      }
    }
    return null;
  }

  /** Nouns before the short name of a club, a company or a party: نادي الرجاء الرياضي, for الرجاء. */
  private static final java.util.Set<String> NAMED_BODIES = java.util.Set.of("نادي", "فريق", "شركه", "حزب", "حركه",
      "جمعيه", "مجموعه");

  /**
   * The full name of the club, company or party a paragraph read so far gives for its short name, the longest
   * written, or null: {@code نادي الرجاء الرياضي} for {@code وقال الرجاء في بلاغ}, with the nisbas after it.
   */
  ExtractedFact.Speaker bodyNamed(String shortName) {
    ExtractedFact.Speaker longest = null;
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      for (int k = 1; k < t.size(); k++) {
        if (t.get(k).norm().equals(shortName) && NAMED_BODIES.contains(Clitics.withoutConjunction(t.get(k - 1).norm()))) {
          int end = k + 1;
          while (end < t.size() && NameWords.hasArticle(t, end) && NameWords.isNisba(t.get(end).norm())) {
            end++; // الرياضي, المغربي: what kind of club it is
          }
          String head = t.original(k - 1, k);
          String name = Clitics.withoutConjunction(t.get(k - 1).norm()).equals(t.get(k - 1).norm()) ? head
              : head.substring(1);
          if (longest == null || end - k > Tokens.of(longest.name()).size() - 1) { // الشرطة العراقي, not الشرطة
            longest = new ExtractedFact.Speaker(name + " " + t.original(k, end), "",
                ExtractedFact.SpeakerType.ORGANIZATION, "");
          }
        }
      }
    }
    return longest;
  }

  /**
   * The first person the article names in full with a role or description before the name, in the order read
   * (title, dek, lead first): the one a profile or an interview is about ({@code توج الكاتب الجيبوتي عمر حسن
   * دوالة}); null when none is.
   */
  ExtractedFact.Speaker firstDescribedPerson() {
    for (Tokens t : read) {
      for (int k = 0; k + 2 < t.size(); k++) {
        if (!t.get(k).word() || !NameWords.hasArticle(t, k) || k > 0 && NameWords.hasArticle(t, k - 1)) {
          continue;
        }
        ExtractedFact.Speaker named = speakers.parse(t, k, t.phraseEnd(k));
        if (named != null && named.type() == ExtractedFact.SpeakerType.PERSON && !named.role().isEmpty()
            && Tokens.of(named.name()).list().size() >= 2 && !named.name().equals(named.role())
            && setOff(t.text(), named.name())) {
          return named;
        }
      }
    }
    return null;
  }

  /** Whether a name stands in the text with punctuation after it (، or a bracket), not running into a verb. */
  private static boolean setOff(String text, String name) {
    int at = text.indexOf(name);
    int after = at < 0 ? -1 : at + name.length();
    while (after >= 0 && after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return after >= 0 && (after == text.length() || !Character.isLetter(text.charAt(after)));
  }

  /**
   * The organization with this head that a paragraph read so far names in full, the latest first, or null:
   * {@code البنك الدولي} for {@code وقال البنك}, after {@code وقدر البنك الدولي في تقرير له}. Only a name the
   * gazetteer knows counts, so that a phrase running on past the name is never taken for one.
   */
  ExtractedFact.Speaker organization(String head) {
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      boolean[] quoted = QuoteMarks.inside(t, QuoteMarks.pairs(t));
      for (int k = t.size() - 2; k >= 0; k--) {
        if (quoted[k] || !t.get(k).word() || !SpeakerParser.roleHead(t.original(k, k + 1)).equals(head)) {
          continue;
        }
        ExtractedFact.Speaker named = speakers.parse(t, k, t.phraseEnd(k));
        if (named != null && named.type() == ExtractedFact.SpeakerType.ORGANIZATION && !named.entityId().isEmpty()
            && Tokens.of(named.name()).list().size() >= 2) {
          return named;
        }
        boolean org = named != null && named.type() == ExtractedFact.SpeakerType.ORGANIZATION;
        // رئيس الاتحاد البحريني لكرة اليد، فلان: the organization inside a role is named in full all the same
        int whole = wholeName(t, k, org ? k + Tokens.of(named.name()).list().size() : t.phraseEnd(k));
        if (whole > k) {
          return new ExtractedFact.Speaker(t.original(k, whole), "", ExtractedFact.SpeakerType.ORGANIZATION, "");
        }
      }
    }
    return null;
  }

  /** Honorifics written with a pronoun, which refer back to whom the honorific named: وقال معاليه. */
  private static final java.util.Map<String, String> HONORIFIC_PRONOUNS = java.util.Map.of(
      "معاليه", "معالي", "معاليها", "معالي", "سعادته", "سعاده", "سعادتها", "سعاده", "فضيلته", "فضيله",
      "سماحته", "سماحه", "فخامته", "فخامه", "سموه", "سمو");

  /** Whether a word is an honorific with a pronoun: معاليه, سعادتها. */
  static boolean isHonorificPronoun(String word) {
    return HONORIFIC_PRONOUNS.containsKey(word);
  }

  /**
   * The person an honorific with a pronoun refers to ({@code معاليه}), named after that honorific in a paragraph
   * read so far, the latest first ({@code افتتح معالي الدكتور سالم بن خميس الحارثي}), or null.
   */
  ExtractedFact.Speaker honored(String word) {
    String honorific = HONORIFIC_PRONOUNS.get(word);
    return honorific == null ? null : personAfter(honorific, (t, k) -> true, named -> true);
  }

  /**
   * The person a definite role or description was last written right before the name of, in a paragraph read
   * so far ({@code أحالت المتهم حسام الدين عبد الرازق (51 عاما)} for {@code المتهم}), or null.
   */
  ExtractedFact.Speaker namedAfter(String role) {
    return personAfter(role,
        (t, k) -> k + 2 < t.size() && speakers.isNameWord(t, k + 1) && !NameWords.hasArticle(t, k + 1),
        named -> Tokens.of(named.name()).size() >= 2 && !named.name().equals(named.role()));
  }

  /**
   * The person a paragraph read so far names in a phrase that opens with {@code word}, the latest first, where
   * {@code at} allows the phrase and {@code accept} the person; null when none does.
   */
  private ExtractedFact.Speaker personAfter(String word, java.util.function.BiPredicate<Tokens, Integer> at,
                                            java.util.function.Predicate<ExtractedFact.Speaker> accept) {
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      for (int k = t.size() - 2; k >= 0; k--) {
        if (t.get(k).norm().equals(word) && at.test(t, k)) {
          ExtractedFact.Speaker named = speakers.parse(t, k, t.phraseEnd(k));
          if (named != null && named.type() == ExtractedFact.SpeakerType.PERSON && !named.name().isEmpty()
              && accept.test(named)) {
            return named;
          }
        }
      }
    }
    return null;
  }

  /** Adjectives that make a document one of its own, which {@code البيان} may then refer back to: بيان مشترك. */
  private static final java.util.Set<String> DOCUMENT_ADJECTIVES = java.util.Set.of("مشترك", "ختامي", "ثلاثي", "رباعي");

  /**
   * A document of this kind (بيان) that a paragraph read so far names with an adjective of its own, the latest
   * first, or null: {@code بيان مشترك} for {@code وأكد البيان}, after {@code ووفق بيان مشترك صدر في ختام الزيارة}.
   */
  ExtractedFact.Speaker document(String kind) {
    java.util.Set<String> kinds = java.util.Set.of(kind);
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      for (int k = t.size() - 2; k >= 0; k--) {
        if (t.get(k).word() && t.get(k + 1).word() && Clitics.in(t.get(k).norm(), kinds)
            && DOCUMENT_ADJECTIVES.contains(t.get(k + 1).norm())) {
          return new ExtractedFact.Speaker(kind.equals(t.get(k).norm()) ? t.original(k, k + 2)
              : kind + " " + t.original(k + 1, k + 2), "", ExtractedFact.SpeakerType.DOCUMENT, "");
        }
      }
    }
    return null;
  }

  /**
   * Where the name of an organization the gazetteer does not know ends, within {@code [k, end)}, when it reads
   * as a whole name: its head and an adjective, whose it is, and their adjectives ({@code النيابة العامة},
   * {@code الهيئة العامة للإحصاء}, {@code الاتحاد البحريني لكرة اليد}, not its place or anything after); {@code
   * k} when it does not.
   */
  private static int wholeName(Tokens t, int k, int end) {
    if (end - k < 2 || !NameWords.hasArticle(t, k) || !NameWords.hasArticle(t, k + 1)) {
      return k;
    }
    String adjective = t.get(k + 1).norm();
    boolean genitive = end - k >= 3 && t.get(k + 2).norm().startsWith("ل") && t.get(k + 2).norm().length() >= 4;
    if (!genitive && !NameWords.isNisba(adjective) && !ORGANIZATION_ADJECTIVES.contains(adjective)) {
      return k;
    }
    int i = k + 2;
    if (genitive) {
      i++;
      if (!t.get(k + 2).norm().startsWith("لل") && i < end && NameWords.hasArticle(t, i)) {
        i++; // الاتحاد البحريني لكرة اليد: an indefinite genitive and its own
      }
    }
    while (i < end && NameWords.hasArticle(t, i) && (NameWords.isNisba(t.get(i).norm())
        || ORGANIZATION_ADJECTIVES.contains(t.get(i).norm()))) {
      i++; // المؤسسة العامة للتأمينات الاجتماعية, المحكمة الدستورية العليا
    }
    return i;
  }

  /** Adjectives of an organization's name that are no nisba: النيابة العامة, المحكمة العليا, الصليب الأحمر. */
  private static final java.util.Set<String> ORGANIZATION_ADJECTIVES =
      java.util.Set.of("العامه", "العام", "العليا", "الاعلي", "الاحمر", "المتحده", "المستقله", "الموحده");

  /**
   * The organization a definite short name was first written in full as, or null: {@code المكتب المديري
   * لنادي الرجاء الرياضي} for {@code المكتب المديري}. Only a longer organization that opens with the same words
   * counts.
   */
  ExtractedFact.Speaker fuller(ExtractedFact.Speaker org) {
    String[] words = Tokens.of(org.name()).list().stream().map(Tokens.Token::norm).toArray(String[]::new);
    for (Tokens t : read) {
      for (int k = 0; k + words.length < t.size(); k++) {
        if (!t.get(k).is(words[0]) || !NameWords.matches(t, k, words)) {
          continue;
        }
        ExtractedFact.Speaker named = speakers.parse(t, k, t.phraseEnd(k));
        if (named == null || named.type() != ExtractedFact.SpeakerType.ORGANIZATION) {
          continue;
        }
        int end = k + words.length;
        int limit = k + Tokens.of(named.name()).list().size();
        boolean nisba = words.length >= 2 && end < limit && NameWords.hasArticle(t, end)
            && NameWords.isNisba(t.get(end).norm()); // وزارة الصحة الجزائرية, for وزارة الصحة
        if (end >= limit || !t.get(end).norm().startsWith("ل") && !nisba) {
          continue; // only whose it is adds to the name: لنادي …, للنفط; not الحكومة اليمنية المعترف بها
        }
        if (nisba) {
          return new ExtractedFact.Speaker(t.original(k, end + 1), "", ExtractedFact.SpeakerType.ORGANIZATION, "");
        }
        while (end < limit && end < t.size() && (t.get(end).norm().startsWith("ل") || NameWords.hasArticle(t, end))) {
          end++; // لنادي الرجاء الرياضي: genitives and adjectives, not حالة القوة القاهرة after the name
        }
        return new ExtractedFact.Speaker(t.original(k, end), "", ExtractedFact.SpeakerType.ORGANIZATION, "");
      }
    }
    return null;
  }

  /**
   * Whether a paragraph read so far describes the named person by a role of this head just before their name
   * ({@code وزير التموين والتجارة الداخلية، الدكتور هشام عبد الرؤوف} for {@code وزير}) or set off right after
   * it ({@code عبد الحق الدكالي، مدرب نادي الفيصلي}).
   */
  boolean describedAs(String name, String head) {
    List<Tokens.Token> words = Tokens.of(name).list();
    if (words.isEmpty() || head.isEmpty()) {
      return false;
    }
    String first = words.get(0).norm();
    for (Tokens t : read) {
      for (int k = 1; k < t.size(); k++) {
        if (!t.get(k).norm().equals(first)) {
          continue;
        }
        int after = k + words.size();
        if (after + 1 < t.size() && NameWords.isComma(t, after) && NameWords.matches(t, k,
            words.stream().map(Tokens.Token::norm).toArray(String[]::new))
            && SpeakerParser.roleHead(t.original(after + 1, after + 2)).equals(head)) {
          return true; // عبد الحق الدكالي، مدرب نادي الفيصلي: the role set off after the name
        }
        for (int b = k - 1; b >= Math.max(0, k - DESCRIPTION_REACH); b--) {
          if (!t.get(b).word() && !NameWords.isComma(t, b)) {
            break;
          }
          if (t.get(b).word() && SpeakerParser.roleHead(t.original(b, b + 1)).equals(head)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a paragraph read so far writes this word right before the named person's name, as a nationality
   * is ({@code الدولي المغربي يوسف الزهراوي} for {@code المغربي}).
   */
  boolean writtenBefore(String name, String word) {
    String[] words = Tokens.of(name).list().stream().map(Tokens.Token::norm).toArray(String[]::new);
    for (Tokens t : read) {
      for (int k = 1; k + words.length <= t.size(); k++) {
        if (t.get(k).norm().equals(words[0]) && t.get(k - 1).norm().equals(word) && NameWords.matches(t, k, words)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The full name a paragraph read so far writes after this rank, or after the rank without its article, and
   * that ends with {@code surnameKey} (a {@link dev.articles.text.MatchText#key}): {@code النوخذة سعيد بن جمعة
   * الفلاسي} for {@code النوخذة الفلاسي}, {@code وزير التجارة، كمال بوعلام} for {@code الوزير بوعلام}; null when
   * none does.
   */
  ExtractedFact.Speaker rankedInFull(String rank, String surnameKey) {
    java.util.function.Predicate<ExtractedFact.Speaker> ending = named -> Tokens.of(named.name()).size() >= 2
        && dev.articles.text.MatchText.key(named.name()).endsWith(" " + surnameKey);
    ExtractedFact.Speaker ranked = personAfter(rank, (t, k) -> k + 2 < t.size(),
        named -> Tokens.of(named.name()).size() >= 3 && ending.test(named)); // not الوزير بوعلام itself
    if (ranked != null || !rank.startsWith("ال")) {
      return ranked;
    }
    String office = rank.substring(2);
    for (int u = read.size() - 1; u >= 0; u--) {
      Tokens t = read.get(u);
      for (int k = t.size() - 3; k >= 0; k--) {
        int comma = t.phraseEnd(k);
        if (Clitics.in(t.get(k).norm(), java.util.Set.of(office)) && NameWords.isComma(t, comma)) {
          ExtractedFact.Speaker named = speakers.parse(t, k, t.phraseEnd(comma + 1));
          if (named != null && named.type() == ExtractedFact.SpeakerType.PERSON && ending.test(named)) {
            return named; // سؤالا إلى وزير التجارة الداخلية، كمال بوعلام: the office, then the name set off
          }
        }
      }
    }
    return null;
  }

  /** How many tokens before a name its role may start: وزير التموين والتجارة الداخلية، الدكتور فلان. */
  private static final int DESCRIPTION_REACH = 8;
}
