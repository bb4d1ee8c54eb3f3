package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import java.util.List;

/**
 * Reads the phrase after a reporting verb, {@code الناطق باسم … اللواء يحيى رسول}, as a speaker: a person with
 * a rank and a role, an organization, or a document. A role with no name, {@code الناطق باسم قيادة الجيش},
 * comes back with an empty name, for the caller to resolve against earlier speakers.
 */
final class SpeakerParser {
  private final Gazetteer gazetteer;

  SpeakerParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Where a speaker phrase ends: before {@code end}, or at the first token that stops it. */
  static int phraseEnd(Tokens t, int from, int end) {
    int i = from;
    while (i < end) {
      Tokens.Token tok = t.get(i);
      if (!tok.word() || isStop(t, i)) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Whether a token ends a speaker phrase. على and علي normalize alike; only the preposition stops. */
  static boolean isStop(Tokens t, int i) {
    Tokens.Token tok = t.get(i);
    String bare = Clitics.withoutConjunction(tok.norm());
    if (Lexicon.INTRODUCERS.contains(tok.norm()) || Lexicon.INTRODUCERS.contains(bare)) {
      return true;
    }
    if (tok.norm().equals("علي")) {
      return t.text().charAt(tok.end() - 1) == 'ى';
    }
    return Lexicon.PHRASE_STOPS.contains(tok.norm());
  }

  /** Parses tokens {@code [from, to)} as a speaker; null when they are empty. */
  Speaker parse(Tokens t, int from, int to) {
    if (from >= to) {
      return null;
    }
    String head = t.get(from).norm();
    String phrase = t.original(from, to);
    if (Lexicon.DOCUMENTS.contains(head)) {
      return new Speaker(phrase, "", SpeakerType.DOCUMENT, "");
    }
    Match person = findPerson(t, from, to);
    if (person != null) {
      int nameStart = person.from > from && Lexicon.RANKS.contains(t.get(person.from - 1).norm())
          ? person.from - 1 : person.from;
      return new Speaker(t.original(nameStart, to), t.original(from, nameStart).strip(), SpeakerType.PERSON,
          person.entity.id());
    }
    ExtractedFact.Entity org = gazetteer.lookup(phrase);
    if (Lexicon.ORGANIZATIONS.contains(head) || (org != null && org.type() == ExtractedFact.EntityType.ORGANIZATION)) {
      return new Speaker(phrase, "", SpeakerType.ORGANIZATION, org == null ? "" : org.id());
    }
    for (int r = from; r < to; r++) {
      if (Lexicon.RANKS.contains(t.get(r).norm()) && r + 1 < to) {
        return new Speaker(t.original(r, to), t.original(from, r).strip(), SpeakerType.PERSON, "");
      }
    }
    if (Lexicon.ROLE_HEADS.contains(head) || Lexicon.ROLE_HEADS.contains(Clitics.withoutConjunction(head))) {
      int nameStart = from + 1;
      while (nameStart < to && continuesRole(t.get(nameStart).norm())) {
        nameStart++;
      }
      return new Speaker(t.original(nameStart, to), t.original(from, nameStart), SpeakerType.PERSON, "");
    }
    return new Speaker(phrase, "", to - from <= 4 ? SpeakerType.PERSON : SpeakerType.UNKNOWN, "");
  }

  private static boolean continuesRole(String word) {
    return word.startsWith("ال") || word.startsWith("لل") || Lexicon.ROLE_CONTINUATIONS.contains(word);
  }

  private record Match(int from, int to, ExtractedFact.Entity entity) {}

  /** The longest gazetteer person in the phrase. */
  private Match findPerson(Tokens t, int from, int to) {
    Match best = null;
    for (int i = from; i < to; i++) {
      for (Gazetteer.Alias alias : gazetteer.startingWith(t.get(i).norm())) {
        if (alias.entity().type() != ExtractedFact.EntityType.PERSON || i + alias.words().length > to) {
          continue;
        }
        if (matches(t, i, alias.words()) && (best == null || alias.words().length > best.to - best.from)) {
          best = new Match(i, i + alias.words().length, alias.entity());
        }
      }
    }
    return best;
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
    String head = Clitics.withoutConjunction(tokens.get(0).norm());
    if (Lexicon.SPOKESPERSON.contains(head)) {
      return "spokesperson";
    }
    return head.startsWith("ال") ? head.substring(2) : head;
  }
}
