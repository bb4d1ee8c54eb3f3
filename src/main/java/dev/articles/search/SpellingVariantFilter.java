package dev.articles.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Unifies spellings that normalization leaves apart because the letters differ, not just their marks:
 * أميركا and أمريكا (and every word built on them, الأميركية، الأمريكيين …) become one form.
 */
final class SpellingVariantFilter extends TokenFilter {
  /** Normalized infix, and what it becomes. */
  private static final String[][] VARIANTS = {{"اميرك", "امريك"}};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  SpellingVariantFilter(TokenStream input) {
    super(input);
  }

  /** A normalized word with its spelling unified. */
  static String unify(String word) {
    for (String[] v : VARIANTS) {
      int at = word.indexOf(v[0]);
      if (at >= 0) {
        word = word.substring(0, at) + v[1] + word.substring(at + v[0].length());
      }
    }
    return word;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    for (String[] v : VARIANTS) {
      int at = word.indexOf(v[0]);
      if (at >= 0) {
        term.setEmpty().append(word, 0, at).append(v[1]).append(word, at + v[0].length(), word.length());
        word = term.toString();
      }
    }
    return true;
  }
}
