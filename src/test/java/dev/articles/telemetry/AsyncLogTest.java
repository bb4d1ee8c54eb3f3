package dev.articles.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class AsyncLogTest {
  /** A handler that holds the writer on the first record until released, and keeps every message. */
  private static final class Held extends Handler {
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      messages.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static Logger logger(Held handler) {
    Logger logger = Logger.getLogger(AsyncLogTest.class.getName() + "." + System.nanoTime());
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
    return logger;
  }

  @Test
  void offer_writesEveryRecordInOrderOffTheCallersThread_andCloseDrains() throws Exception {
    Held handler = new Held();
    handler.release.countDown();
    Logger logger = logger(handler);
    AsyncLog log = new AsyncLog(logger);
    for (int i = 0; i < 1000; i++) {
      log.offer(new LogRecord(Level.INFO, "line " + i));
    }
    log.close();
    assertEquals(1000, handler.messages.size());
    assertEquals("line 0", handler.messages.get(0));
    assertEquals("line 999", handler.messages.get(999));
  }

  @Test
  void offer_whenTheWriterIsFarBehind_dropsAndSaysHowMany() throws Exception {
    Held handler = new Held();
    Logger logger = logger(handler);
    int capacity = 500;
    AsyncLog log = new AsyncLog(logger, capacity);
    log.offer(new LogRecord(Level.INFO, "first"));
    assertTrue(handler.entered.await(10, TimeUnit.SECONDS));
    // The writer is stuck on "first", which still counts against the capacity.
    for (int i = 1; i < capacity + 10; i++) {
      log.offer(new LogRecord(Level.INFO, "line " + i));
    }
    assertEquals(10, log.dropped());
    handler.release.countDown();
    log.close();
    assertEquals(10, log.dropped(), "a running total, for the metric");
    assertEquals(capacity + 1, handler.messages.size());
    assertEquals("10 request log line(s) dropped: the log writer fell behind", handler.messages.get(capacity));
  }
}
