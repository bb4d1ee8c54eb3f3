package dev.articles.ingest;

import java.util.ArrayList;
import java.util.List;

/** The whole ingest stage for one file: decode, clean, parse. */
public final class SeedParser {
  private SeedParser() {}

  /** Parses a seed file's bytes into an article, or refuses the file. */
  public static ParsedArticle parse(SeedFile seed) throws RefusedFileException {
    return parse(seed.fileName(), seed.bytes());
  }

  /** Parses bytes named {@code fileName}; never throws anything but {@link RefusedFileException} on bad input. */
  public static ParsedArticle parse(String fileName, byte[] bytes) throws RefusedFileException {
    TextDecoder.Decoded decoded = TextDecoder.decode(fileName, bytes);
    ParsedArticle parsed = ArticleParser.parse(fileName, TextCleaner.clean(decoded.text()));
    if (decoded.warnings().isEmpty()) {
      return parsed;
    }
    List<Issue> warnings = new ArrayList<>(decoded.warnings());
    warnings.addAll(parsed.warnings());
    return new ParsedArticle(parsed.dateline(), parsed.title(), parsed.subtitle(), parsed.lead(),
        parsed.imageCaption(), parsed.imageCredit(), parsed.body(), parsed.sources(), parsed.languageCode(),
        parsed.rightToLeft(), parsed.wordCount(), warnings);
  }
}
