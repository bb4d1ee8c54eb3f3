package dev.articles.search;

import dev.articles.text.MatchText;
import java.io.IOException;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalizes each word exactly as the rest of the service matches text ({@link MatchText}): alef and hamza
 * forms, ى/ي, ة/ه, harakat, tatweel, every digit script, ASCII case. A word that was only marks is dropped.
 */
final class MatchTextFilter extends FilteringTokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  MatchTextFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() throws IOException {
    term.setLength(MatchText.normalize(term.buffer(), term.length()));
    return term.length() > 0;
  }
}
