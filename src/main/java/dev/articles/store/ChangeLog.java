package dev.articles.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The sequence of article changes: the head (the number of the last committed change), the log of change
 * events that WatchArticles serves, and the horizon through which events and pre-images were pruned.
 *
 * <p>One per database. Writers take {@link #lockWrites()} around their transaction, so change numbers are
 * handed out and committed in one order: a reader that has seen change N has seen every change before it,
 * which is what lets a watcher read the log by number with no gap and a snapshot be a single number.
 *
 * <p>Retention: events (and the pre-images their changes superseded) are kept for at least a time window,
 * and at most a number of events; pruning runs after commits, never on its own thread.
 */
public final class ChangeLog {
  private static final Logger log = Logger.getLogger(ChangeLog.class.getName());

  /** The default time window for events and pre-images. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
  /** The default cap on retained events. */
  public static final long DEFAULT_EVENTS = 100_000;

  /** What happened to an article. */
  public enum Kind { CREATED, UPDATED, DELETED }

  /**
   * One change.
   *
   * @param seq its number
   * @param articleId the article it changed
   * @param kind what happened
   * @param contentDigest the new version's digest, or null on delete
   * @param timeMillis when it was committed, in epoch milliseconds
   */
  public record Event(long seq, String articleId, Kind kind, String contentDigest, long timeMillis) {}

  private final Database db;
  private final ReentrantLock writes = new ReentrantLock();
  private volatile Clock clock = Clock.systemUTC();
  private volatile long head;
  /** The highest number that a reader may already see: raised before a commit, so it is never behind one. */
  private volatile long mayBeVisible;
  private volatile long prunedThrough;
  private volatile Duration window = DEFAULT_WINDOW;
  private volatile long maxEvents = DEFAULT_EVENTS;
  private long lastPruneMillis;

  ChangeLog(Database db, long head, long prunedThrough) {
    this.db = db;
    this.head = head;
    this.mayBeVisible = head;
    this.prunedThrough = prunedThrough;
  }

  static ChangeLog load(Database db, Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT last_seq, pruned_through FROM change_head WHERE id = 1");
         ResultSet rs = p.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("change_head has no row; the schema is damaged");
      }
      return new ChangeLog(db, rs.getLong(1), rs.getLong(2));
    }
  }

  /** Sets how long and how many events (with their pre-images) are kept. */
  public void retain(Duration window, long maxEvents) {
    if (window.isNegative() || maxEvents < 0) {
      throw new IllegalArgumentException("retention must not be negative");
    }
    this.window = window;
    this.maxEvents = maxEvents;
  }

  /** Replaces the clock that stamps events and ages them, for tests. */
  public void useClock(Clock clock) {
    this.clock = clock;
  }

  /** The number of the last committed change; 0 before any. Every change up to it is visible. */
  public long head() {
    return head;
  }

  /**
   * The number through which events and pre-images are gone: a watch may resume, and a snapshot be read,
   * only at or after it.
   */
  public long prunedThrough() {
    return prunedThrough;
  }

  /**
   * Whether a change after {@code snapshot} may be visible to a query that has already run; when not,
   * nothing was moved to history since the snapshot and a reader can skip the history tables.
   */
  boolean changedSince(long snapshot) {
    return mayBeVisible > snapshot;
  }

  /** Up to {@code limit} events after {@code seq}, in order. */
  public List<Event> after(long seq, int limit) {
    String sql = "SELECT seq, article_id, kind, content_digest, change_ms FROM change_log WHERE seq > ? "
        + "ORDER BY seq LIMIT ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, seq);
      p.setInt(2, limit);
      List<Event> out = new ArrayList<>(Math.min(limit, 256));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Event(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getString(4),
              rs.getLong(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read the change log", e);
    }
  }

  void lockWrites() {
    writes.lock();
  }

  void unlockWrites() {
    writes.unlock();
  }

  long nowMillis() {
    return clock.millis();
  }

  /** Called with the write lock held, just before a commit that ends at {@code seq}. */
  void committing(long seq) {
    mayBeVisible = Math.max(mayBeVisible, seq);
  }

  /** Called with the write lock held, just after that commit. */
  void committed(long seq) {
    head = seq;
  }

  /**
   * Drops events and pre-images past retention, when over the event cap or when a tenth of the window has
   * passed since the last pass. Called with the write lock held, after a commit.
   */
  void pruneIfDue() {
    long now = clock.millis();
    long interval = Math.min(window.toMillis() / 10, 60_000);
    if (head - prunedThrough <= maxEvents && now - lastPruneMillis < interval) {
      return;
    }
    lastPruneMillis = now;
    try (Connection c = db.connection()) {
      long through = Math.max(prunedThrough, head - maxEvents);
      try (PreparedStatement p = c.prepareStatement("SELECT MAX(seq) FROM change_log WHERE change_ms < ?")) {
        p.setLong(1, now - window.toMillis());
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next() && rs.getObject(1) != null) {
            through = Math.max(through, rs.getLong(1));
          }
        }
      }
      through = Math.min(through, head);
      if (through <= prunedThrough) {
        return;
      }
      // Raised before anything is deleted: readers check it after reading, so a page that raced with the
      // deletes is refused rather than returned with holes.
      prunedThrough = through;
      c.setAutoCommit(false);
      try {
        delete(c, "DELETE FROM change_log WHERE seq <= ?", through);
        delete(c, "DELETE FROM article_history WHERE valid_to <= ?", through);
        delete(c, "DELETE FROM article_source_history WHERE valid_to <= ?", through);
        delete(c, "DELETE FROM article_entity_history WHERE valid_to <= ?", through);
        delete(c, "DELETE FROM fact_history WHERE valid_to <= ?", through);
        delete(c, "UPDATE change_head SET pruned_through = ? WHERE id = 1", through);
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      // Pruning late is harmless (more is kept); the next commit tries again.
      log.warning("cannot prune the change log: " + e.getMessage());
    }
  }

  private static void delete(Connection c, String sql, long through) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, through);
      p.executeUpdate();
    }
  }
}
