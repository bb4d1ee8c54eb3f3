package dev.articles.query;

/** A filter string that cannot be accepted; the message says what is wrong and where. */
public final class FilterException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int position;

  public FilterException(String message, int position) {
    super(position >= 0 ? message + " (at character " + (position + 1) + ")" : message);
    this.position = position;
  }

  /** The 0-based character the problem starts at, or -1 when it is about the whole filter. */
  public int position() {
    return position;
  }
}
