package dev.articles.api;

import dev.articles.pipeline.CommitListener;
import dev.articles.store.StoredArticle;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the WatchArticles streams that have caught up when a change commits, and sends them progress
 * messages while nothing changes.
 *
 * <p>A stream that has caught up parks here and holds nothing else; a commit moves every parked stream onto
 * two shared threads, where it reads the new events from the change log and sends as many as its client
 * takes. No stream has a thread or an event queue of its own. A cancelled stream removes itself.
 */
public final class WatchHub implements CommitListener, AutoCloseable {
  /** How often an idle watcher gets a progress message. */
  public static final Duration HEARTBEAT = Duration.ofSeconds(30);

  private final Set<WatchStream> streams = ConcurrentHashMap.newKeySet();
  private final Set<WatchStream> parked = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService feed;
  private volatile boolean closed;

  public WatchHub() {
    this(HEARTBEAT);
  }

  public WatchHub(Duration heartbeat) {
    this.feed = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "watch-feed");
      t.setDaemon(true);
      return t;
    });
    feed.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Registers a stream; false once the hub is closing. */
  boolean add(WatchStream s) {
    streams.add(s);
    if (closed) {
      streams.remove(s);
      return false;
    }
    return true;
  }

  void remove(WatchStream s) {
    streams.remove(s);
    parked.remove(s);
  }

  /** Parks a stream that has sent everything there is, until the next commit or heartbeat. */
  void park(WatchStream s) {
    if (streams.contains(s)) {
      parked.add(s);
    }
  }

  @Override
  public void committed(List<StoredArticle> upserts, List<String> deletedIds) {
    if (upserts.isEmpty() && deletedIds.isEmpty()) {
      return; // only refused files were recorded: no change to report
    }
    for (WatchStream s : parked) {
      if (parked.remove(s)) {
        feed.execute(s);
      }
    }
  }

  private void heartbeat() {
    for (WatchStream s : parked) {
      if (parked.remove(s)) {
        s.progressDue();
        feed.execute(s);
      }
    }
  }

  /** How many watch streams are open, for tests and metrics. */
  public int subscribers() {
    return streams.size();
  }

  /**
   * Ends every watch stream with UNAVAILABLE, so a graceful shutdown does not wait its whole grace period
   * on streams that never end by themselves, then stops the threads.
   */
  @Override
  public void close() {
    closed = true;
    var shuttingDown = ErrorMapper.status(Status.Code.UNAVAILABLE, "SHUTTING_DOWN", "the server is shutting "
        + "down; watch again, on another replica, from the last resume_token received", Map.of(), null);
    for (WatchStream s : streams) {
      s.end(shuttingDown);
    }
    // No interrupts: a feed thread may be inside a database read, and interrupting file I/O closes H2's file.
    feed.shutdown();
    try {
      feed.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
