package dev.articles.ingest;

import java.util.regex.Pattern;

/**
 * The raw bytes of one seed file and their digest: the first stage of ingestion, before any decoding.
 *
 * @param fileName the file's name, such as {@code 000_eb0e55b8ce852041.txt}
 * @param articleId the article ID: the name without {@code .txt}
 * @param bytes the file's content
 * @param digest the lowercase hex SHA-256 of {@code bytes}
 */
public record SeedFile(String fileName, String articleId, byte[] bytes, String digest) {

  /** The article IDs we accept; a seed file's name must be one of these plus {@code .txt}. */
  public static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** The suffix that marks a seed file. */
  public static final String SUFFIX = ".txt";

  /** The article ID for a seed file name, or null when the name cannot be one. */
  public static String articleIdOf(String fileName) {
    if (!fileName.endsWith(SUFFIX)) {
      return null;
    }
    String id = fileName.substring(0, fileName.length() - SUFFIX.length());
    return ARTICLE_ID.matcher(id).matches() ? id : null;
  }
}
