package dev.articles.search;

/** A search query that cannot be run; the reason is an ErrorInfo reason, the message says what and where. */
public final class QueryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int position;

  public QueryException(String reason, String message, int position) {
    super(message);
    this.reason = reason;
    this.position = position;
  }

  /** QUERY_EMPTY, QUERY_TOO_LONG or INVALID_QUERY. */
  public String reason() {
    return reason;
  }

  /** The 0-based character the problem starts at, or -1. */
  public int position() {
    return position;
  }
}
