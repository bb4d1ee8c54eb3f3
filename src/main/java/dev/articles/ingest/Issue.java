package dev.articles.ingest;

import java.util.Map;

/**
 * A problem found in a seed file: a warning on an accepted file, or the reason a file was refused.
 *
 * @param severity whether the file was still accepted
 * @param reason machine-readable cause in UPPER_SNAKE_CASE, such as {@code NOT_UTF8}
 * @param message a sentence that names the file and what was wrong
 * @param metadata the dynamic parts of the message, such as {@code offset}
 */
public record Issue(Severity severity, String reason, String message, Map<String, String> metadata) {
  /** The {@code google.rpc.ErrorInfo} domain of every reason this service emits, here and in RPC errors. */
  public static final String DOMAIN = "articles.internal";

  /** Whether the file was accepted despite the issue. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public Issue {
    metadata = Map.copyOf(metadata);
  }

  public static Issue warning(String fileName, String reason, String detail, Map<String, String> metadata) {
    return new Issue(Severity.WARNING, reason, fileName + ": " + detail, metadata);
  }

  public static Issue error(String fileName, String reason, String detail, Map<String, String> metadata) {
    return new Issue(Severity.ERROR, reason, fileName + ": " + detail, metadata);
  }
}
