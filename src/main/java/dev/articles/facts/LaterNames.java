package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The speakers that an article names more fully after they speak, read once all its quotations are found: a
 * headline's surname (والدوسري: «…») or role that the body names in full, a name without its middle words, a
 * first name whose family name the text writes elsewhere, and a headline quotation that the body repeats.
 */
final class LaterNames {
  private final SpeakerHistory history;
  private final Mentions mentions;

  LaterNames(SpeakerHistory history, Mentions mentions) {
    this.history = history;
    this.mentions = mentions;
  }

  /**
   * A speaker named by first and last name, or with a rank before them, whom the text writes with more between
   * ({@code المهندس ماهر الصباغ} in a caption, {@code المهندس ماهر عبد الكريم الصباغ} in the body); null if none.
   */
  private Speaker middleWrittenElsewhere(Speaker s) {
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    int from = !words.isEmpty() && Lexicon.RANKS.contains(words.get(0).norm()) ? 1 : 0;
    if (s.type() != SpeakerType.PERSON || words.size() - from != 2 || !words.stream().allMatch(Tokens.Token::word)) {
      return null;
    }
    String full = mentions.withMiddle(words.get(from).norm(), words.get(words.size() - 1).norm());
    return full == null ? null
        : new Speaker(s.name().substring(0, words.get(from).start()) + full, s.role(), SpeakerType.PERSON, "");
  }

  /** Kin words an elder is addressed by, which are no office and no real kinship: عمي عبد القادر, خالتي فاطمة. */
  private static final java.util.Set<String> ADDRESSED_AS_KIN = java.util.Set.of("عمي", "عمتي", "خالي", "خالتي", "عم",
      "خاله", "عمو");

  /** The speaker of a later quotation whose surname a one-word speaker is, its و aside; null if none. */
  private Speaker surnameNamedLater(Speaker s, List<ExtractedFact> later) {
    if (s.type() != SpeakerType.PERSON || !s.role().isEmpty() || s.name().isBlank() || s.name().strip().contains(" ")) {
      return null;
    }
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    if (words.size() != 1) {
      return null;
    }
    String w = words.get(0).norm();
    String surname = w.startsWith("وال") ? w.substring(1) : w;
    for (ExtractedFact f : later) {
      Speaker l = f.quote().speaker();
      if (l.type() == SpeakerType.PERSON && Tokens.of(l.name()).list().size() >= 2
          && history.lastWord(l.name()).equals(surname)) {
        return l;
      }
    }
    for (ExtractedFact f : later) {
      Speaker l = f.quote().speaker();
      if (surname.startsWith("ال") && l.type() == SpeakerType.ORGANIZATION && Tokens.of(l.name()).list().size() >= 2
          && Tokens.of(l.name()).list().stream().anyMatch(x -> Clitics.withoutConjunction(x.norm()).equals(surname))) {
        return l; // … والتعليم: «…» in a headline, for وزارة التربية والتعليم in the body
      }
      if (surname.startsWith("ال") && Lexicon.ROLE_HEADS.contains(surname.substring(2))
          && l.type() == SpeakerType.PERSON && history.isNamed(l)
          && history.roleHead(l.role()).equals(surname.substring(2))) {
        return l; // .. والشاعر: «…» in a dek, for الشاعر اللبناني فلان in the body
      }
    }
    return null;
  }

  /**
   * The speaker of a later quotation named with the same first and last words and more between them
   * ({@code الدكتورة عائشة محمد الظاهري} for a headline's {@code الدكتورة عائشة الظاهري}), or null.
   */
  private Speaker middleNamedLater(Speaker s, List<ExtractedFact> later) {
    int size = Tokens.of(s.name()).size();
    if (s.type() != SpeakerType.PERSON || size < 2) {
      return null;
    }
    String first = history.firstWord(s.name());
    String last = history.lastWord(s.name());
    for (ExtractedFact f : later) {
      Speaker l = f.quote().speaker();
      if (l.type() == SpeakerType.PERSON && Tokens.of(l.name()).size() > size
          && history.firstWord(l.name()).equals(first) && history.lastWord(l.name()).equals(last)) {
        return l;
      }
    }
    return null;
  }

  /**
   * Names the speakers of quotations that a later one names more fully: a surname, a role or a name without
   * its middle words, as the body writes it after the headline.
   */
  void resolveForward(List<ExtractedFact> out) {
    Map<Speaker, java.util.Optional<Speaker>> fullNames = new HashMap<>(); // one look through the text per name
    for (int k = 0; k < out.size(); k++) {
      ExtractedFact f = out.get(k);
      List<ExtractedFact> later = out.subList(k + 1, out.size());
      Speaker found = surnameNamedLater(f.quote().speaker(), later); // والدوسري: «…» in a headline
      if (found == null) {
        found = roleNamedLater(f, later);
      }
      if (found == null) {
        found = middleNamedLater(f.quote().speaker(), later);
      }
      Speaker fuller = fullNames.computeIfAbsent(found != null ? found : f.quote().speaker(),
          s -> java.util.Optional.ofNullable(fullNameWrittenElsewhere(s))
              .or(() -> java.util.Optional.ofNullable(middleWrittenElsewhere(s)))).orElse(null);
      if (fuller != null) {
        found = fuller;
      }
      if (found != null) {
        out.set(k, new ExtractedFact(f.kind(), f.span(), f.text(),
            new ExtractedFact.Quote(found, f.quote().verb(), true), null, null, null));
      }
    }
  }

  /**
   * The full name of a speaker named by first name, which the article writes elsewhere, before or after the
   * quotation ({@code «…»، يقول سالم}, then {@code سالم بن حمد المعمري (47 عاما) واحد من …}): for one word, the one
   * person remembered by that first name, or the name with its family name as written; for a rank and a first
   * name (الحاج علي), a verb and a name (تسدد رهف) or two given words (سيدي محمد), the name with its family name.
   * Null when the article writes none.
   */
  private Speaker fullNameWrittenElsewhere(Speaker speaker) {
    Speaker s = SpeakerNames.tidy(speaker); // يقف سامر (47 عاما): the verb that set the scene is no part of it
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    boolean kin = ADDRESSED_AS_KIN.contains(MatchText.key(s.role())); // يقول عمي عبد القادر: how he is called, no office
    if (s.type() != SpeakerType.PERSON || !s.role().isEmpty() && !kin || words.isEmpty()
        || NameWords.isKinship(Tokens.of(s.name()), words.size() - 1)) {
      return null; // جدتي: no first name
    }
    String opening = words.get(0).norm();
    boolean verb = words.size() >= 2 && words.size() <= 3
        && NameWords.isSceneVerb(opening); // تسدد رهف, يغمس عبد الرزاق: a verb, then who; not يوسف, تامر
    boolean ranked = !verb && words.size() == 2 && Lexicon.RANKS.contains(opening); // الحاج علي
    List<String> given = new ArrayList<>();
    for (int k = verb || ranked ? 1 : 0; k < words.size(); k++) {
      given.add(words.get(k).norm());
    }
    if (given.size() == 2 && !verb && !ranked && given.get(0).equals("عبد")) {
      String full = mentions.compoundSurnamed(given.get(0), given.get(1));
      if (full != null) {
        return new Speaker(full, "", SpeakerType.PERSON, ""); // وقال عبد المنعم, for حسام الدين عبد المنعم
      }
      Speaker named = history.byCompoundGiven(given.get(0), given.get(1));
      if (named != null) {
        return named; // يقول عمي عبد القادر, for الحاج عبد القادر بوشامة introduced before
      }
    }
    if (given.size() > 1 || verb || ranked) {
      String family = Lexicon.RANKS.contains(given.get(0)) ? null : mentions.familyNamed(given);
      String last = given.get(given.size() - 1);
      if (family == null && verb && given.size() == 2 && !last.startsWith("ال")) {
        family = mentions.familyNamed(last); // تبدأ نوبة فاطمة: the verb's subject is her, not its object too
      }
      String rank = ranked ? s.name().substring(0, words.get(1).start()) : "";
      if (family == null && verb && given.size() == 1 && !last.startsWith("ال") && Numbers.digits(last) == null
          && !Lexicon.UNNAMED_PEOPLE.contains(opening) && !Lexicon.ROLE_HEADS.contains(opening) // تاجر لؤلؤ
          && !opening.endsWith("ات") // تقديرات محلية: a plural noun, no verb
          && history.uniqueByFirstName(last) == null) {
        return new Speaker(s.name().substring(words.get(1).start()), "", SpeakerType.PERSON, ""); // ينصب موحا
      }
      return family == null ? null : new Speaker(rank + family, "", SpeakerType.PERSON, "");
    }
    String first = given.get(0);
    if (!first.startsWith("ال")) { // not الدكالي, a surname, nor العرض الحكومي
      Speaker introduced = history.uniqueByFirstName(first);
      String family = introduced == null ? mentions.familyNamed(first) : null; // and elsewhere وعاد سامر الجندلي
      if (introduced != null || family != null) {
        return introduced != null ? introduced : new Speaker(family, "", SpeakerType.PERSON, "");
      }
    }
    String linked = first.startsWith("ال") ? mentions.familyNamed(first) : null;
    List<Tokens.Token> parts = linked == null ? List.of() : Tokens.of(linked).list();
    if (parts.size() >= 3 && Lexicon.NAME_LINKS.contains(parts.get(1).norm())) {
      return new Speaker(linked, "", SpeakerType.PERSON, ""); // تقول السالكة, for السالكة بنت محمد: a given name with ال
    }
    String full = mentions.fullName(first); // ويونس بن سعيد الحكماني; الدكالي for عبد الحق الدكالي
    boolean name = full != null && Tokens.of(full).size() >= 3
        && Tokens.of(full).list().stream().allMatch(w -> w.word() && Numbers.digits(w.norm()) == null);
    return name ? new Speaker(full, "", SpeakerType.PERSON, "") : null;
  }

  /** The speaker of the first quotation in {@code later} that repeats {@code f}'s words, or null. */
  Speaker repeatedBy(ExtractedFact f, List<ExtractedFact> later) {
    String words = wordsOnly(f.text());
    for (ExtractedFact l : later) {
      if (l.kind() == ExtractedFact.Kind.QUOTE && l.quote().speaker() != SpeakerHistory.NO_ONE
          && !l.quote().speaker().name().isEmpty() && wordsOnly(l.text()).contains(words)) {
        return l.quote().speaker();
      }
    }
    return null;
  }

  /** The normalized words of a text without its punctuation, so that a headline's shortened quote matches. */
  private static String wordsOnly(String text) {
    StringBuilder b = new StringBuilder(" ");
    for (Tokens.Token w : Tokens.of(text).list()) {
      if (w.word()) {
        b.append(w.norm()).append(' ');
      }
    }
    return b.toString();
  }

  /**
   * The later speaker whom a role-only speaker of {@code f} turns out to be: whoever repeats its words, or else
   * the first later quotation by someone in that role; null if none, or if {@code f}'s speaker is no role.
   */
  private Speaker roleNamedLater(ExtractedFact f, List<ExtractedFact> later) {
    Speaker s = f.quote().speaker();
    if (s.type() != SpeakerType.PERSON || s.role().isEmpty() || !s.name().equals(s.role())
        || SpeakerHistory.isIndefinite(s.role())) {
      return null;
    }
    String words = history.key(f.text());
    String head = history.roleHead(s.role());
    Speaker found = null;
    for (ExtractedFact l : later) {
      Speaker by = l.quote().speaker();
      if (by.type() == SpeakerType.PERSON && !by.name().equals(by.role()) && history.key(l.text()).contains(words)) {
        return by;
      }
      if (found == null && by.type() == SpeakerType.PERSON && !by.name().equals(by.role())
          && history.roleHead(by.role()).equals(head)) {
        found = by; // the first later quotation by someone in that role, unless one repeats the words
      }
    }
    for (ExtractedFact l : later) {
      Speaker by = l.quote().speaker();
      if (found == null && by.type() == SpeakerType.PERSON && history.isNamed(by) && by.role().isEmpty()
          && mentions.describedAs(by.name(), head)) {
        found = by; // قال مدير مستشفى العامرية …، then أوضح الدكتور محمود الشاذلي، مدير المستشفى، أن «…»
      }
    }
    return found;
  }
}
