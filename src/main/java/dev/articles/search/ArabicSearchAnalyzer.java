package dev.articles.search;

import dev.articles.facts.Gazetteer;
import dev.articles.ingest.CalendarNames;
import dev.articles.text.MatchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer for the index and for queries, so both sides see the same forms: Unicode word
 * splitting, the service's normalization, spelling variants, and light proclitic stemming.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
  private final Set<String> protectedWords;

  public ArabicSearchAnalyzer() {
    this.protectedWords = loadProtectedWords();
  }

  @Override
  protected TokenStreamComponents createComponents(String field) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new MatchTextFilter(source);
    stream = new SpellingVariantFilter(stream);
    stream = new CliticVariantFilter(stream, protectedWords);
    return new TokenStreamComponents(source, stream);
  }

  /** The protected words of an analyzer of this class, for code that applies its variants by hand. */
  static Set<String> protectedWords(Analyzer analyzer) {
    return ((ArabicSearchAnalyzer) analyzer).protectedWords;
  }

  /** Values of one field (the body's blocks) stand far apart, so a phrase never matches across two. */
  @Override
  public int getPositionIncrementGap(String field) {
    return 100;
  }

  /** Names that must match only themselves: gazetteer names, month and weekday names, listed first names. */
  private static Set<String> loadProtectedWords() {
    Set<String> words = new HashSet<>(Gazetteer.standard().words());
    words.addAll(CalendarNames.words());
    InputStream in = ArabicSearchAnalyzer.class.getResourceAsStream("protected_names.txt");
    if (in == null) {
      throw new IllegalStateException("missing resource protected_names.txt");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(MatchText.normalize(line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
