package dev.articles.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Strips the proclitics Arabic writes onto words: the conjunctions و and ف, then one of the prepositions
 * ب، ل، ك. {@code لل} is ل before the article ال, whose alef is dropped: {@code للعراق} is ل + العراق.
 * Works on normalized text.
 */
final class Clitics {
  private Clitics() {}

  /** A bare form of a token and how many leading chars were stripped to get it. */
  record Bare(String form, int stripped) {}

  /** The token itself, then every bare form reachable by stripping proclitics, longest first. */
  static List<Bare> forms(String token) {
    List<Bare> out = new ArrayList<>(4);
    out.add(new Bare(token, 0));
    int i = 0;
    if (i < token.length() && (token.charAt(i) == 'و' || token.charAt(i) == 'ف') && token.length() - i > 2) {
      i++;
      out.add(new Bare(token.substring(i), i));
    }
    if (i < token.length() && "بلك".indexOf(token.charAt(i)) >= 0 && token.length() - i > 2) {
      if (token.startsWith("لل", i)) {
        out.add(new Bare("ا" + token.substring(i + 1), i + 1));
      }
      out.add(new Bare(token.substring(i + 1), i + 1));
    }
    return out;
  }

  /**
   * The token as it stands if {@code known} holds it, otherwise without a leading و or ف: words such as
   * وزير and وكالة start with و themselves, so the conjunction is stripped only when that finds something.
   */
  static String known(String token, java.util.Set<String> known) {
    return known.contains(token) ? token : withoutConjunction(token);
  }

  /** Whether {@code words} holds the token as it stands or, failing that, without its conjunction. */
  static boolean in(String token, java.util.Set<String> words) {
    return words.contains(known(token, words));
  }

  /**
   * The noun a pronoun was joined to, with its final ة written back where the pronoun turned it into ت: {@code
   * زوجت} (of زوجته) is زوجه, {@code كلمت} is كلمه; any other stem as it is. Normalized forms throughout.
   */
  static String beforePronoun(String stem) {
    return stem.endsWith("ت") ? stem.substring(0, stem.length() - 1) + "ه" : stem;
  }

  /** The token without a leading و or ف, if it has one and something is left. */
  static String withoutConjunction(String token) {
    return token.length() > 2 && (token.charAt(0) == 'و' || token.charAt(0) == 'ف') ? token.substring(1) : token;
  }
}
