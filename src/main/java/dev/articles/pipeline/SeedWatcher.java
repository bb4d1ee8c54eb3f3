package dev.articles.pipeline;

import dev.articles.ingest.SeedFile;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies changes to the seeds folder while the server runs: added, changed and deleted {@code *.txt} files,
 * each in its own transaction, through {@link SeedIngestor#apply}.
 *
 * <p>Events are debounced: a burst is applied once the folder has been quiet for {@link #QUIET} (or after
 * {@link #MAX_DELAY} of continuous events), so a file written in several steps is read once it is whole. A
 * file that still changes while it is read is tried again after the next quiet period; the digest makes a
 * repeat harmless. When the watch service overflows, or the folder vanishes and comes back, or a burst is
 * larger than {@link #FULL_SYNC_ABOVE} files, one full {@link SeedIngestor#sync} (parallel, batched) runs
 * instead. The first thing the watcher does is such a sync, which catches what changed between the
 * startup pass and the start of the watch.
 *
 * <p>One thread, which is never interrupted: it may be inside a database write, and interrupting file I/O
 * would close H2's file. {@link #close()} closes the watch service instead, which wakes it.
 */
public final class SeedWatcher implements AutoCloseable {
  private static final Logger log = Logger.getLogger(SeedWatcher.class.getName());
  static final Duration QUIET = Duration.ofMillis(200);
  static final Duration MAX_DELAY = Duration.ofSeconds(2);
  static final int FULL_SYNC_ABOVE = 256;
  /** How often to look for the folder again when it is gone. */
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final SeedIngestor ingestor;
  private final Path dir;
  private final WatchService watch;
  private final Thread thread;
  private volatile boolean closed;

  private SeedWatcher(SeedIngestor ingestor, Path dir) throws IOException {
    this.ingestor = ingestor;
    this.dir = dir;
    this.watch = FileSystems.getDefault().newWatchService();
    this.thread = new Thread(this::loop, "seed-watcher");
    thread.setDaemon(true);
  }

  /** Watches {@code dir}, first syncing it once; fails if the folder cannot be watched. */
  public static SeedWatcher start(SeedIngestor ingestor, Path dir) throws IOException {
    SeedWatcher w = new SeedWatcher(ingestor, dir);
    try {
      w.register();
    } catch (IOException e) {
      w.watch.close();
      throw new IOException("cannot watch the seeds folder " + dir + ": " + e.getMessage(), e);
    }
    w.thread.start();
    log.info("watching " + dir.toAbsolutePath().normalize() + " for changes");
    return w;
  }

  private void register() throws IOException {
    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
  }

  private void loop() {
    Set<String> pending = new TreeSet<>();
    boolean full = true; // catch up with what changed between the startup pass and the watch
    boolean registered = true;
    int failures = 0;
    long firstPending = 0;
    while (!closed) {
      try {
        long wait = failures > 0 ? backoff(failures) : !registered ? RETRY.toMillis()
            : full || !pending.isEmpty() ? QUIET.toMillis() : -1;
        WatchKey key = wait < 0 ? watch.take() : watch.poll(wait, TimeUnit.MILLISECONDS);
        if (!registered) {
          if (Files.isDirectory(dir)) {
            register();
            registered = true;
            full = true;
            log.info("the seeds folder " + dir + " is back; syncing it");
          }
          continue;
        }
        if (key != null) {
          for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
              full = true;
            } else if (event.context().toString().endsWith(SeedFile.SUFFIX)) {
              if (pending.isEmpty()) {
                firstPending = System.nanoTime();
              }
              pending.add(event.context().toString());
            }
          }
          if (!key.reset()) {
            log.warning("the seeds folder " + dir + " can no longer be watched (deleted or moved?); "
                + "serving what is stored until it comes back");
            registered = false;
            continue;
          }
          if (pending.isEmpty() || System.nanoTime() - firstPending < MAX_DELAY.toNanos()) {
            continue; // wait for a quiet period
          }
        }
        if (full || pending.size() > FULL_SYNC_ABOVE) {
          ingestor.sync(dir);
          full = false;
          pending.clear();
        } else if (!pending.isEmpty()) {
          pending = new TreeSet<>(ingestor.apply(dir, pending));
          firstPending = System.nanoTime();
        }
        failures = 0;
      } catch (ClosedWatchServiceException e) {
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        // A vanished folder, a full disk, a database error: keep serving what is stored, and try again.
        failures++;
        full = true;
        log.log(failures == 1 ? Level.SEVERE : Level.WARNING, "live reload of " + dir + " failed (attempt "
            + failures + "); retrying with a full sync in " + backoff(failures) + " ms", e);
      }
    }
  }

  /** Milliseconds to wait after {@code failures} failures in a row: 1 s, doubling, at most a minute. */
  private static long backoff(int failures) {
    return Math.min(RETRY.toMillis() << Math.min(failures - 1, 6), 60_000);
  }

  /** Stops watching and waits for a running apply to finish, so nothing writes after this returns. */
  @Override
  public void close() {
    closed = true;
    try {
      watch.close();
      thread.join(TimeUnit.SECONDS.toMillis(30));
      if (thread.isAlive()) {
        log.warning("the seed watcher is still applying changes after 30 s");
      }
    } catch (IOException e) {
      log.warning("closing the watch service: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
