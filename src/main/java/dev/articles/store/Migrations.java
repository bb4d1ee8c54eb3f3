package dev.articles.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings a database's schema up to date with the versioned scripts in {@code migration/}.
 *
 * <p>Each script runs once, in version order, in its own transaction together with the row that records
 * it in {@code schema_version}. A script is never edited after it ships: changes are new scripts. This is
 * the small core of what Flyway does; we do not need its other features, and it would bring a dozen
 * megabytes and slower startup with it.
 */
final class Migrations {
  private static final Logger log = Logger.getLogger(Migrations.class.getName());

  /** Every migration, in order. The version is the position in this list plus one. */
  static final List<String> SCRIPTS = List.of(
      "V1__articles_facts_and_source_files.sql",
      "V2__source_file_reasons.sql",
      "V3__fact_name_lookup_by_prefix.sql",
      "V4__child_tables_without_foreign_keys.sql",
      "V5__change_log_and_history.sql",
      "V6__article_digest_index.sql",
      "V7__entity_alias_by_entity.sql");

  private Migrations() {}

  static void migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INT PRIMARY KEY, script VARCHAR(255) NOT NULL, "
          + "applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
    }
    int current = currentVersion(c);
    if (current > SCRIPTS.size()) {
      throw new SQLException("the database is at schema version " + current
          + ", newer than this build knows (" + SCRIPTS.size() + "); refusing to touch it");
    }
    for (int v = current + 1; v <= SCRIPTS.size(); v++) {
      apply(c, v, SCRIPTS.get(v - 1));
    }
  }

  private static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection c, int version, String script) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String statement : statements(read(script))) {
        s.execute(statement);
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, script) VALUES (?, ?)")) {
        p.setInt(1, version);
        p.setString(2, script);
        p.executeUpdate();
      }
      c.commit();
      log.info("applied schema migration " + script);
    } catch (SQLException e) {
      c.rollback();
      throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("migration/" + script)) {
      if (in == null) {
        throw new IllegalStateException("missing migration script " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a script on semicolons that end a line, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        clean.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(clean.toString().split(";\\s*\n"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
