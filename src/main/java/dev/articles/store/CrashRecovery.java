package dev.articles.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Rebuilds a database that the last process to open it never closed.
 *
 * <p>At the next open, H2 rolls back the transaction a crash interrupted, but not reliably: MVStore writes a
 * transaction's changes to the tables and its undo log as separate maps, and after a kill one can be on disk
 * without the other (H2's own "leftovers" handling, h2database#1222, covers only some cases). With H2
 * 2.5.252, SIGKILL during an ingestion pass left rows of the interrupted batch (articles whose facts or
 * source-file record belong to another version) in every run of the fault suite's
 * {@code CrashDuringIngestIT}, and secondary-index entries whose rows are gone. Reads through such an index
 * fail with "row not found", and the next pass's writes time out on it, so the restart could not finish.
 * Every table but {@code setting} is derived from the seeds folder: the crashed file is set aside, a new one
 * is created with the tables empty, the settings (the key that signs page tokens) and the change count are
 * carried over, and the ingestion pass that follows every start fills the tables. A marker setting, written
 * at open and removed at a clean close, tells the cases apart. An in-memory database cannot outlive its
 * process, so it is never checked.
 */
final class CrashRecovery {
  private static final Logger log = Logger.getLogger(CrashRecovery.class.getName());
  /** Set while a process has the database open: when it was opened. */
  static final String MARKER = "open_since";

  private CrashRecovery() {}

  /** What a crashed process left that is worth keeping: its settings and its last change number. */
  record Leftover(String openSince, Map<String, byte[]> settings, long lastSeq) {}

  /** What the last process left, if it never closed the database; null if it closed it cleanly. */
  static Leftover leftover(Connection c) throws SQLException {
    // A full scan, not the index: the settings table's index is as suspect as any after a crash.
    Map<String, byte[]> settings = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name, setting_value FROM setting")) {
      while (rs.next()) {
        settings.put(rs.getString(1), rs.getBytes(2));
      }
    }
    byte[] since = settings.remove(MARKER);
    return since == null ? null : new Leftover(new String(since, StandardCharsets.UTF_8), settings, lastChange(c));
  }

  /**
   * Moves a crashed file database aside ({@code articles.mv.db} to {@code articles.crashed.mv.db}, replacing
   * an older one), so that the next open creates a new file: dropping the tables inside the crashed file
   * would keep its pages, and a page the kill left damaged was seen to fail a later read. Returns false, and
   * the rebuild happens inside the old file, when the URL names no file or the move fails.
   */
  static boolean setAside(String url) {
    Path file = fileOf(url);
    if (file == null || !Files.exists(file)) {
      return false;
    }
    String name = file.getFileName().toString();
    Path aside = file.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()) + ".crashed"
        + FILE_SUFFIX);
    try {
      Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      log.warning("the crashed database file is set aside as " + aside + "; a new one is created in its place");
      return true;
    } catch (IOException e) {
      log.warning("cannot set the crashed database file " + file + " aside (" + e.getMessage()
          + "); it is rebuilt in place");
      return false;
    }
  }

  /** The file of an embedded file database's URL ({@code jdbc:h2:./data/articles}), or null for any other. */
  static Path fileOf(String url) {
    String prefix = "jdbc:h2:";
    if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    String path = url.substring(prefix.length());
    int options = path.indexOf(';');
    path = options >= 0 ? path.substring(0, options) : path;
    path = path.regionMatches(true, 0, "file:", 0, "file:".length()) ? path.substring("file:".length()) : path;
    if (path.isEmpty() || path.regionMatches(true, 0, "mem:", 0, 4) || path.regionMatches(true, 0, "tcp:", 0, 4)
        || path.regionMatches(true, 0, "ssl:", 0, 4) || path.regionMatches(true, 0, "zip:", 0, 4)) {
      return null;
    }
    path = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
    return Path.of(path + FILE_SUFFIX);
  }

  private static final String FILE_SUFFIX = ".mv.db";

  /**
   * Rebuilds the database from what a crashed process left ({@code left}, null after a clean close), then marks
   * it open. The file is new when {@link #setAside} moved the crashed one away; the rebuild is the same.
   */
  static void afterOpen(Connection c, Leftover left) throws SQLException {
    if (left != null) {
      log.warning("the database was not closed by the process that opened it at " + left.openSince()
          + " (it crashed or was killed); H2's recovery cannot be trusted to leave its indexes whole, so the "
          + "tables are rebuilt empty and refilled from the seeds folder, keeping " + left.settings().size()
          + " setting(s)");
      try (Statement s = c.createStatement()) {
        s.execute("DROP ALL OBJECTS");
      }
      Migrations.migrate(c);
      // Change numbers go on from where they were, and everything before is pruned: a watch resumed from an
      // older token is told its events are gone (list again) instead of being answered from a new count.
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE change_head SET last_seq = ?, pruned_through = ? WHERE id = 1")) {
        p.setLong(1, left.lastSeq());
        p.setLong(2, left.lastSeq());
        p.executeUpdate();
      }
      for (Map.Entry<String, byte[]> e : left.settings().entrySet()) {
        put(c, e.getKey(), e.getValue());
      }
    }
    put(c, MARKER, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The last change number the crashed process committed, read without an index. */
  private static long lastChange(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT MAX(last_seq) FROM change_head")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Marks the database closed cleanly: the next open trusts it. */
  static void beforeClose(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM setting WHERE name = ?")) {
      p.setString(1, MARKER);
      p.executeUpdate();
    }
  }

  private static void put(Connection c, String name, byte[] value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
      p.setString(1, name);
      p.setBytes(2, value);
      p.executeUpdate();
    }
  }
}
