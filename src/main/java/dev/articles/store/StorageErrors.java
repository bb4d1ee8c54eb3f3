package dev.articles.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * Says in one line why storage failed: the file another process holds, the disk that is read-only or full.
 * H2's own messages bury that under a generic "IO Exception" or "General error", a class name and an error
 * code, and sometimes the SQL statement on a second line; an operator reading a failed startup needs the
 * file and the reason.
 */
public final class StorageErrors {
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private StorageErrors() {}

  /** The clearest reason in {@code t}'s cause chain, in one line. */
  public static String reason(Throwable t) {
    IOException io = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        Matcher file = QUOTED.matcher(sql.getMessage());
        return "the database file " + (file.find() ? file.group(1) : "") + " is in use by another process "
            + "(is another article-service running on the same --db?)";
      }
      if (c instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
        return "the database is read-only: its file or folder cannot be written";
      }
      if (c instanceof IOException e) {
        io = e; // the deepest one says most: the OS's own words
      }
    }
    if (io instanceof FileSystemException fs && fs.getReason() != null) {
      return (fs.getFile() == null ? "" : fs.getFile() + ": ") + fs.getReason();
    }
    if (io != null && io.getMessage() != null) {
      return firstLine(io.getMessage());
    }
    return firstLine(String.valueOf(t.getMessage()));
  }

  /**
   * One line for a failure that ends the process: its message, and where the cause chain holds a storage
   * failure the message does not already state, that failure's reason.
   */
  public static String oneLine(Throwable t) {
    String message = firstLine(t.getMessage() == null ? t.toString() : t.getMessage());
    boolean storage = false;
    for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
      storage |= c instanceof SQLException || c instanceof IOException;
    }
    String reason = storage ? reason(t) : null;
    return reason == null || message.contains(reason) ? message : message + ": " + reason;
  }

  private static String firstLine(String s) {
    int end = s.indexOf('\n');
    return (end < 0 ? s : s.substring(0, end)).strip();
  }
}
