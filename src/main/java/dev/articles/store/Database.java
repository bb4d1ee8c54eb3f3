package dev.articles.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database: a connection pool over a JDBC URL, with the schema migrated on open.
 *
 * <p>Connections are borrowed per statement or per transaction and returned at once; nothing holds one
 * across a client's wait, so a stream or a cancelled call never pins a connection.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = Logger.getLogger(Database.class.getName());
  /** The longest a close may take before the process goes on without it. */
  static final long CLOSE_TIMEOUT_MILLIS = 15_000;
  /** The default URL: a file database under {@code ./data}, so restarts keep what was ingested. */
  public static final String DEFAULT_URL = "jdbc:h2:./data/articles";

  private final String url;
  private final JdbcConnectionPool pool;
  private ChangeLog changes;

  private Database(String url, JdbcConnectionPool pool) {
    this.url = url;
    this.pool = pool;
  }

  /** Opens the database at {@code url}, creating and migrating it as needed. */
  public static Database open(String url, int maxConnections) {
    // We close the database ourselves, last, after in-flight calls finish; H2's own exit hook would not wait.
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    String effective = upper.contains("DB_CLOSE_ON_EXIT") ? url : url + ";DB_CLOSE_ON_EXIT=FALSE";
    // No H2 trace file: its errors reach us as exceptions, and on a read-only or full disk H2 prints a stack
    // trace to stderr when it cannot write that file.
    effective = upper.contains("TRACE_LEVEL_FILE") ? effective : effective + ";TRACE_LEVEL_FILE=0";
    JdbcConnectionPool pool = JdbcConnectionPool.create(effective, "sa", "");
    pool.setMaxConnections(maxConnections);
    try {
      CrashRecovery.Leftover left = null;
      try (Connection c = pool.getConnection()) {
        Migrations.migrate(c);
        left = inMemory(url) ? null : CrashRecovery.leftover(c);
      }
      if (left != null) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
          s.execute("SHUTDOWN IMMEDIATELY"); // close the crashed file as it is, writing nothing more to it
        } catch (SQLException expected) {
          // the statement closes the database under the connection that ran it
        }
        pool.dispose();
        CrashRecovery.setAside(url); // a fresh file in its place, or, failing that, the rebuild in it
        pool = JdbcConnectionPool.create(effective, "sa", "");
        pool.setMaxConnections(maxConnections);
      }
      Database db = new Database(url, pool);
      try (Connection c = pool.getConnection()) {
        Migrations.migrate(c);
        if (!inMemory(url)) {
          CrashRecovery.afterOpen(c, left);
        }
        db.changes = ChangeLog.load(db, c);
      }
      return db;
    } catch (SQLException e) {
      pool.dispose();
      throw new StoreException("cannot open database " + url + ": " + StorageErrors.reason(e), e);
    }
  }

  private static boolean inMemory(String url) {
    return url.regionMatches(true, 0, "jdbc:h2:mem:", 0, "jdbc:h2:mem:".length());
  }

  public String url() {
    return url;
  }

  /** The article change sequence of this database. */
  public ChangeLog changes() {
    return changes;
  }

  /** Borrows a connection; the caller closes it to return it. */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  /** How many pooled connections are borrowed right now. */
  public int activeConnections() {
    return pool.getActiveConnections();
  }

  /** A setting's value, created with {@code size} random bytes the first time it is read. */
  public byte[] secret(String name, int size) {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      try (PreparedStatement read = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ? FOR UPDATE")) {
        read.setString(1, name);
        try (ResultSet rs = read.executeQuery()) {
          if (rs.next()) {
            c.commit();
            return rs.getBytes(1);
          }
        }
      }
      byte[] value = new byte[size];
      new SecureRandom().nextBytes(value);
      try (PreparedStatement write = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
        write.setString(1, name);
        write.setBytes(2, value);
        write.executeUpdate();
      }
      c.commit();
      return value;
    } catch (SQLException e) {
      throw new StoreException("cannot read setting " + name, e);
    }
  }

  /** A setting's value, or null when it was never set. */
  public byte[] setting(String name) {
    try (Connection c = connection();
         PreparedStatement p = c.prepareStatement("SELECT setting_value FROM setting WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : null;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read setting " + name, e);
    }
  }

  /** Sets a setting's value. */
  public void putSetting(String name, byte[] value) {
    try (Connection c = connection();
         PreparedStatement p = c.prepareStatement("MERGE INTO setting (name, setting_value) KEY (name) VALUES (?, ?)")) {
      p.setString(1, name);
      p.setBytes(2, value);
      p.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot write setting " + name, e);
    }
  }

  /** Marks the database closed cleanly (see {@link CrashRecovery}), then closes every connection. */
  @Override
  public void close() {
    // After a failed write (a full disk), H2 can block in its close; do not let that hold the process. Whatever
    // was not closed cleanly, the next start finds unmarked and recovers.
    Thread closing = new Thread(this::closeNow, "database-close");
    closing.setDaemon(true);
    closing.start();
    try {
      closing.join(CLOSE_TIMEOUT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (closing.isAlive()) {
      log.warning("closing the database " + url + " did not finish within " + CLOSE_TIMEOUT_MILLIS / 1000
          + " s; left to the next start to recover");
    }
  }

  private void closeNow() {
    try (Connection c = pool.getConnection()) {
      if (!inMemory(url)) {
        CrashRecovery.beforeClose(c);
      }
    } catch (SQLException | RuntimeException e) {
      // A full disk, or a store H2 has already closed: the next start finds the marker and rebuilds.
      log.warning("cannot mark the database " + url + " closed cleanly: " + StorageErrors.reason(e));
    }
    pool.dispose();
  }
}
