package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import java.util.List;

/**
 * The last look at a person's name before it is given out: a word that opened the clause the name was read
 * from is no part of it. A verb that set the scene ({@code وقف جورج حداد}, {@code تحدث المدرب فلان}), a
 * particle ({@code أما نسيمة}) or a reporting verb is dropped; a relative ({@code زوجها عثمان الطيب}) or a
 * description ({@code المدرب رشيد حمداني}) says who the person is, so it becomes the role. A rank stays.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /** The speaker with any opening verb or particle taken off its name, and a relative moved to its role. */
  static Speaker tidy(Speaker s) {
    if (s == null || s.type() != SpeakerType.PERSON || s.name().isEmpty()) {
      return s;
    }
    if (s.name().indexOf('(') > 0) {
      String bare = AGE_IN_BRACKETS.matcher(s.name()).replaceAll("");
      s = bare.isBlank() ? s : new Speaker(bare, s.role(), s.type(), s.entityId()); // شاب (34 عاما) ورث الأرض
    }
    s = nominative(s);
    if (s.name().startsWith("اسمه ") || s.name().startsWith("اسمها ")) { // اسمها عائشة المشاقبة (47 عاما)
      s = new Speaker(s.name().substring(s.name().indexOf(' ') + 1), s.role(), s.type(), s.entityId());
    }
    Tokens t = Tokens.of(s.name());
    List<Tokens.Token> words = t.list();
    int first = 0;
    while (first + 1 < words.size() && (opensClause(words.get(first).norm()) || verbWithObject(t, first)
        || isPronoun(words.get(first).norm(), words.size() - first)) // هو هادي (19 عاما): who he is
        && (!Lexicon.PHRASE_STOPS.contains(words.get(first + 1).norm()) // طالب من الزرقاء: a student, not a verb
        || t.original(first + 1, first + 2).equals("علي")) // يجلس علي: the name, not على
        && !(Lexicon.UNNAMED_PEOPLE.contains(words.get(first).norm())
        && NameWords.isNisba(words.get(first + 1).norm()))) { // طالب جامعي: a student again
      first++;
    }
    String role = s.role();
    boolean whose = NameWords.isKinship(t, first) && !t.endsAsWritten(first, "ة"); // زوجها, not والدة أحد …
    boolean unnamed = s.name().equals(s.role()); // المتحدث باسم أمانة بغداد: a role, and no name to split off
    if (!unnamed && whose && words.size() - first >= 3 && BIRTH_ORDER.contains(words.get(first + 1).norm())) {
      // ابنه الأصغر شريف, ابنتها الكبرى سلمى: which child, then the name
      return new Speaker(t.original(first + 2, words.size()), role.isEmpty() ? t.original(first, first + 2) : role,
          s.type(), s.entityId());
    }
    if (!unnamed && (words.size() - first >= 3 || whose && words.size() - first == 2)
        && (whose || describes(words.get(first).norm()))
        && !Lexicon.UNNAMED_PEOPLE.contains(words.get(first + 1).norm())
        && (!words.get(first + 1).norm().startsWith("ال") // not المتحدث الرسمي باسم الحكومة, a role alone
        || whose && (Lexicon.RANKS.contains(words.get(first + 1).norm()) // والدي الشيخ فلان, عمي الطاهر
        || Lexicon.DEFINITE_GIVEN_NAMES.contains(words.get(first + 1).norm())))) {
      // زوجها عثمان الطيب, المدرب رشيد حمداني: who the person is, then the name
      role = role.isEmpty() ? t.original(first, first + 1) : role;
      first++;
    }
    return first == 0 ? s : new Speaker(t.original(first, words.size()), role, s.type(), s.entityId());
  }

  /** Which of the children or siblings someone is: ابنه الأكبر, ابنتها الصغرى. */
  private static final java.util.Set<String> BIRTH_ORDER = java.util.Set.of("الاكبر", "الاصغر", "البكر", "الكبري",
      "الصغري", "الاوسط", "الوسطي", "الثاني", "الثانيه", "الثالث", "الثالثه");

  /**
   * A description whose noun stands in the accusative after لكن or إن ({@code لكن مسؤولا في الوزارة، طلب …،
   * أقر}), as it would be written on its own: {@code مسؤول في الوزارة}.
   */
  private static Speaker nominative(Speaker s) {
    Tokens t = Tokens.of(s.name());
    List<Tokens.Token> words = t.list();
    String w = words.get(0).norm();
    String noun = w.length() > 3 && w.endsWith("ا") && !w.endsWith("ها") ? w.substring(0, w.length() - 1) : "";
    if (words.size() < 2 || !(Lexicon.UNNAMED_PEOPLE.contains(noun) || Lexicon.ROLE_HEADS.contains(noun)
        || noun.equals("مصدر"))) {
      return s;
    }
    String written = s.name().substring(0, words.get(0).end()).replaceAll("[\\u064B-\\u0652]+$", "");
    return new Speaker(written.substring(0, written.length() - 1) + s.name().substring(words.get(0).end()), s.role(),
        s.type(), s.entityId());
  }

  /** An age or a count in brackets inside a description, which is no part of who they are: (34 عاما). */
  private static final java.util.regex.Pattern AGE_IN_BRACKETS = java.util.regex.Pattern.compile("\\s*\\([^()]*\\p{Nd}[^()]*\\)");

  /**
   * Whether the word at {@code i} is a present verb joined by و with an object pronoun, written with ه, not
   * ة: {@code وتقاطعه ابنته ريم}, {@code ويقاطعه الأستاذ}; no name is so written.
   */
  private static boolean verbWithObject(Tokens t, int i) {
    String w = t.get(i).norm();
    return w.length() >= 5 && w.charAt(0) == 'و' && (w.charAt(1) == 'ي' || w.charAt(1) == 'ت')
        && (t.endsAsWritten(i, "ه") || t.endsAsWritten(i, "ها"));
  }

  /** Verbs of coming back to speak, before the name: وعاد لعرابي ليقاطعها. */
  private static final java.util.Set<String> RETURNING = java.util.Set.of("عاد", "عادت", "يعود", "تعود");

  /** Whether a word is a definite role or description, not a rank: المدرب, الفلاح; not الدكتور, النائب. */
  private static boolean describes(String w) {
    return w.startsWith("ال") && !Lexicon.RANKS.contains(w)
        && (Lexicon.ROLE_HEADS.contains(w.substring(2)) || Lexicon.PERSON_NOUNS.contains(w));
  }

  static boolean opensClause(String w) {
    String bare = Clitics.withoutConjunction(w);
    return Lexicon.SCENE_VERBS.contains(w) || Lexicon.SCENE_VERBS.contains(bare) || Lexicon.REPORTING_VERBS.contains(bare)
        || Lexicon.LIVING_VERBS.contains(bare) || Lexicon.BEING.contains(bare) || RETURNING.contains(bare)
        || w.equals("اما") || w.equals("واما") || Lexicon.OPENING_PARTICLES.contains(w) // لكن الحكومة أكدت
        || ASKING.contains(bare) // وسأله صحفي من جريدة الوطن: "…؟"
        || WHEN.contains(bare) // وعندما سألته صحفية من قناة خاصة: "…؟": when, then the verb
        || bare.length() >= 5 && bare.startsWith("لي") && NameWords.isSceneVerb(bare.substring(1)); // ليستأنف الأب
  }

  /** Conjunctions of time that open a clause before its verb: عندما, حين. */
  private static final java.util.Set<String> WHEN = java.util.Set.of("عندما", "حين", "حينما", "لما");

  /**
   * Whether a word is هو or هي before a name, with {@code left} words from it on: alone (هو هادي) or after و
   * when a name of two words follows (وهو سامي الحاج), not وهي تردد, where a verb follows.
   */
  private static boolean isPronoun(String w, int left) {
    return w.equals("هو") || w.equals("هي") || (w.equals("وهو") || w.equals("وهي")) && left >= 3;
  }

  /** Verbs of asking someone, before the one who asks: سأله صحفي, سألتها مذيعة. */
  private static final java.util.Set<String> ASKING = java.util.Set.of("سال", "سالت", "ساله", "سالها", "سالته",
      "سالتها", "سالهم");
}
