package dev.articles.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Light stemming for Arabic search: each normalized word is kept, and the forms without its proclitics are
 * stacked at the same position, so الانسحاب, انسحاب, بالانسحاب and وانسحاب all carry the form انسحاب.
 *
 * <p>It strips only prefixes: the article ال with or without و/ف/ب/ك before it (وبال، فال، كال، لل …), the
 * conjunctions و and ف, and the prepositions ب، ك، ل. It never strips suffixes or extracts roots, so
 * محمود does not meet محمد and حسين does not meet حسن. Protected words (names and months) lose no letter of
 * their own, so بسام is not also سام, though العراق still also stands as عراق like بالعراق does. Stacking rather than replacing keeps words that merely begin with one
 * of these letters (وزير) matching themselves.
 */
final class CliticVariantFilter extends TokenFilter {
  /** Article prefixes, longest first; each leaves the word without ال. */
  private static final String[] ARTICLE_PREFIXES = {"وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال",
      "بال", "كال", "لل", "ال"};
  private static final int MIN_STEM = 2;
  private static final int MIN_AFTER_LETTER = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final Set<String> protectedWords;
  private final Deque<String> pending = new ArrayDeque<>();
  private State state;

  CliticVariantFilter(TokenStream input, Set<String> protectedWords) {
    super(input);
    this.protectedWords = protectedWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(state);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    variants(term.toString(), protectedWords, pending);
    if (!pending.isEmpty()) {
      state = captureState();
    }
    return true;
  }

  /** The forms of a word without its proclitics, not counting the word itself. */
  static void variants(String word, Set<String> protectedWords, Deque<String> out) {
    for (String prefix : ARTICLE_PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_STEM) {
        add(out, word.substring(prefix.length()), word);
        break;
      }
    }
    if (protectedWords.contains(word)) {
      return; // بسام keeps its ب; only the article came off above
    }
    String rest = word;
    if ((rest.charAt(0) == 'و' || rest.charAt(0) == 'ف') && rest.length() - 1 >= MIN_AFTER_LETTER) {
      rest = rest.substring(1);
      add(out, rest, word);
      if (protectedWords.contains(rest)) {
        return; // وبغداد: the name is found, nothing more to strip
      }
    }
    if ("بكل".indexOf(rest.charAt(0)) >= 0 && rest.length() - 1 >= MIN_AFTER_LETTER && !rest.startsWith("ال")) {
      add(out, rest.substring(1), word);
    }
  }

  private static void add(Deque<String> out, String form, String word) {
    if (!form.equals(word) && !out.contains(form)) {
      out.add(form);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    state = null;
  }
}
