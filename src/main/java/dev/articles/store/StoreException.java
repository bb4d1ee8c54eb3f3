package dev.articles.store;

/** The one unchecked exception of the storage layer; it wraps {@link java.sql.SQLException}. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
