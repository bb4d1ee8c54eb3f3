package dev.articles.ingest;

import java.util.Map;

/** A seed file that cannot be ingested; the only exception the reader and parser throw on bad input. */
public final class RefusedFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Issue issue;

  public RefusedFileException(String fileName, String reason, String detail, Map<String, String> metadata) {
    this(Issue.error(fileName, reason, detail, metadata), null);
  }

  public RefusedFileException(String fileName, String reason, String detail) {
    this(fileName, reason, detail, Map.of());
  }

  RefusedFileException(Issue issue, Throwable cause) {
    super(issue.message(), cause);
    this.issue = issue;
  }

  /** The error, with its reason and metadata. */
  public Issue issue() {
    return issue;
  }

  /** The machine-readable reason, such as {@code FILE_TOO_LARGE}. */
  public String reason() {
    return issue.reason();
  }
}
