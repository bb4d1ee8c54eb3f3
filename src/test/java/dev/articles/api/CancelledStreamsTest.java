package dev.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.generate.CorpusGenerator;
import dev.articles.testing.RunningServer;
import dev.articles.v1.ArticleView;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.StreamFactsResponse;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams cancelled or timed out midway hold nothing: no pooled connection, no H2 session, no thread. */
class CancelledStreamsTest {
  static final int STREAMS = 1000;

  @TempDir
  Path seeds;

  @Test
  void streams_cancelledOrExpiredMidway_leaveNoConnectionSessionOrThreadBehind() throws Exception {
    new CorpusGenerator(7).write(seeds, 200);
    try (RunningServer s = RunningServer.start(seeds)) {
      int threadsBefore = Thread.activeCount();
      for (int i = 0; i < STREAMS; i++) {
        try (Context.CancellableContext ctx = Context.current().withCancellation()) {
          ctx.run(() -> {
            Iterator<StreamArticlesResponse> it = s.blocking().streamArticles(StreamArticlesRequest.newBuilder()
                .setView(ArticleView.ARTICLE_VIEW_FULL).build());
            for (int k = 0; k < 3; k++) {
              it.next();
            }
          });
          ctx.cancel(null); // the client walks away mid-stream
        }
      }
      for (int i = 0; i < STREAMS; i++) {
        try (Context.CancellableContext ctx = Context.current().withDeadline(
            Deadline.after(5, TimeUnit.MILLISECONDS), Executors.SCHEDULER)) {
          ctx.run(() -> {
            try {
              Iterator<StreamFactsResponse> it = s.blocking().streamFacts(StreamFactsRequest.newBuilder()
                  .setParent("articles/-").build());
              while (it.hasNext()) {
                it.next();
                Thread.sleep(1); // too slow for the deadline
              }
            } catch (StatusRuntimeException e) {
              assertEquals(Status.Code.DEADLINE_EXCEEDED, e.getStatus().getCode());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
        }
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (s.db.activeConnections() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(0, s.db.activeConnections(), "pooled connections still borrowed");
      assertEquals(0, busyH2Sessions(s), "H2 sessions with an open statement or transaction");
      assertTrue(Thread.activeCount() <= threadsBefore + 4,
          "threads grew from " + threadsBefore + " to " + Thread.activeCount());
    }
  }

  /** H2's own view: sessions, other than this one, still running a statement or holding a transaction. */
  private static int busyH2Sessions(RunningServer s) throws Exception {
    try (Connection c = DriverManager.getConnection(s.db.url(), "sa", "");
         ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS "
             + "WHERE SESSION_ID <> SESSION_ID() AND (EXECUTING_STATEMENT IS NOT NULL OR CONTAINS_UNCOMMITTED)")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** A scheduler for client deadlines. */
  private static final class Executors {
    static final java.util.concurrent.ScheduledExecutorService SCHEDULER =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "deadlines");
          t.setDaemon(true);
          return t;
        });
  }
}
