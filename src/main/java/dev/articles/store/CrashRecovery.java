package dev.articles.store;

import java.nio.charset.StandardCharsets;
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
 * Every table but {@code setting} is derived from the seeds folder: they are dropped and created empty
 * again, the settings (the key that signs page tokens) and the change count are kept, and the ingestion
 * pass that follows every start fills the tables. A marker setting, written at open and removed at a clean
 * close, tells the cases apart. An in-memory database cannot outlive its process, so it is never checked.
 */
final class CrashRecovery {
  private static final Logger log = Logger.getLogger(CrashRecovery.class.getName());
  /** Set while a process has the database open: when it was opened. */
  static final String MARKER = "open_since";

  private CrashRecovery() {}

  /** Rebuilds the database if the last process left it open, then marks it open. */
  static void afterOpen(Connection c) throws SQLException {
    // A full scan, not the index: the settings table's index is as suspect as any after a crash.
    Map<String, byte[]> settings = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT name, setting_value FROM setting")) {
      while (rs.next()) {
        settings.put(rs.getString(1), rs.getBytes(2));
      }
    }
    byte[] since = settings.remove(MARKER);
    if (since != null) {
      log.warning("the database was not closed by the process that opened it at "
          + new String(since, StandardCharsets.UTF_8) + " (it crashed or was killed); H2's recovery cannot be "
          + "trusted to leave its indexes whole, so the tables are rebuilt empty and refilled from the seeds "
          + "folder, keeping " + settings.size() + " setting(s)");
      long lastSeq = lastChange(c);
      try (Statement s = c.createStatement()) {
        s.execute("DROP ALL OBJECTS");
      }
      Migrations.migrate(c);
      // Change numbers go on from where they were, and everything before is pruned: a watch resumed from an
      // older token is told its events are gone (list again) instead of being answered from a new count.
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE change_head SET last_seq = ?, pruned_through = ? WHERE id = 1")) {
        p.setLong(1, lastSeq);
        p.setLong(2, lastSeq);
        p.executeUpdate();
      }
      for (Map.Entry<String, byte[]> e : settings.entrySet()) {
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
