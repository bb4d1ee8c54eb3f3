package dev.articles.telemetry;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hands log records to one background thread that logs them through their logger as usual.
 *
 * <p>JUL's console handler formats with {@code String.format} and writes and flushes stderr under a lock
 * that every logging thread shares; on the path of every call that would serialize the server on a system
 * call. Here a call only queues its record (a lock-free queue and one counter). If the writer falls
 * {@link #CAPACITY} records behind, as when stderr blocks, records are dropped rather than held, and the
 * writer says how many.
 */
final class AsyncLog implements AutoCloseable {
  static final int CAPACITY = 65_536;
  /** How long the writer rests when it finds nothing to write: how late, at most, a line appears. */
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private final Logger target;
  private final ConcurrentLinkedQueue<LogRecord> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder droppedTotal = new LongAdder();
  private final Thread writer;
  private volatile boolean closed;

  private final int capacity;

  AsyncLog(Logger target) {
    this(target, CAPACITY);
  }

  /** A log that drops records beyond {@code capacity} queued ones; tests use a small one. */
  AsyncLog(Logger target, int capacity) {
    this.target = target;
    this.capacity = capacity;
    this.writer = new Thread(this::run, target.getName() + "-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues a record for the writer, or drops it if the writer is too far behind. */
  void offer(LogRecord record) {
    if (queued.incrementAndGet() > capacity) {
      queued.decrementAndGet();
      dropped.increment();
      droppedTotal.increment();
      return;
    }
    queue.offer(record);
  }

  /** Records dropped since the log started, for metrics. */
  long dropped() {
    return droppedTotal.sum();
  }

  private void run() {
    while (true) {
      int written = 0;
      for (LogRecord r; (r = queue.poll()) != null; written++) {
        try {
          target.log(r);
        } catch (RuntimeException e) {
          // A failing handler must not stop the log; the handler's own error manager reports it.
        }
      }
      queued.addAndGet(-written);
      long lost = dropped.sumThenReset();
      if (lost > 0) {
        target.log(Level.WARNING, lost + " request log line(s) dropped: the log writer fell behind");
      }
      if (closed && queue.isEmpty()) {
        return;
      }
      if (written == 0) {
        LockSupport.parkNanos(this, IDLE_NANOS);
      }
    }
  }

  /** Writes what is queued, then stops the writer. */
  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(writer);
    try {
      writer.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
