package dev.articles.api;

import dev.articles.ingest.SeedFile;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses and checks resource names. */
final class Names {
  static final String ARTICLES = "articles/";
  static final String ALL_ARTICLES = "articles/-";
  static final Pattern FACT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final int MAX_LENGTH = 512;

  private Names() {}

  /** A parsed fact name. */
  record FactName(String articleId, String factId) {}

  /** The article ID of {@code articles/{article}}. */
  static String article(String name, String field) {
    checkLength(name, field);
    if (!name.startsWith(ARTICLES) || !SeedFile.ARTICLE_ID.matcher(name.substring(ARTICLES.length())).matches()) {
      throw invalid(field, name, "articles/{article}, where {article} matches " + SeedFile.ARTICLE_ID.pattern());
    }
    return name.substring(ARTICLES.length());
  }

  /** The article ID of a parent, or null for {@code articles/-}, every article. */
  static String parent(String name, String field) {
    return ALL_ARTICLES.equals(name) ? null : article(name, field);
  }

  /** The parts of {@code articles/{article}/facts/{fact}}. */
  static FactName fact(String name, String field) {
    checkLength(name, field);
    String[] parts = name.split("/", -1);
    if (parts.length != 4 || !parts[0].equals("articles") || !parts[2].equals("facts")
        || !SeedFile.ARTICLE_ID.matcher(parts[1]).matches() || !FACT_ID.matcher(parts[3]).matches()) {
      throw invalid(field, name, "articles/{article}/facts/{fact}, where {fact} matches " + FACT_ID.pattern());
    }
    return new FactName(parts[1], parts[3]);
  }

  private static void checkLength(String name, String field) {
    if (name.isEmpty()) {
      throw ServiceException.invalid(field, "INVALID_NAME", field + " is required", Map.of("field", field));
    }
    if (name.length() > MAX_LENGTH) {
      throw ServiceException.invalid(field, "INVALID_NAME", field + " is " + name.length()
          + " characters; the limit is " + MAX_LENGTH, Map.of("field", field, "limit", Integer.toString(MAX_LENGTH)));
    }
  }

  private static ServiceException invalid(String field, String name, String expected) {
    return ServiceException.invalid(field, "INVALID_NAME",
        field + " \"" + Printable.of(name) + "\" is not a valid name; expected " + expected,
        Map.of("field", field, "name", Printable.of(name)));
  }
}
