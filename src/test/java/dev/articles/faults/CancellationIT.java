package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Jcmd;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ArticleView;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.WatchArticlesRequest;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancellation: 1,000 streams cancelled by their client mid-stream, and 1,000 streams whose deadline
 * expires while the client has stopped reading, against the real jar, 50 at a time over 8 connections.
 * Afterwards nothing is left over: no call in flight, no database connection borrowed (the cursors), no
 * watch open, no extra thread, and once the clients disconnect, no TCP connection.
 */
class CancellationIT {
  static final int EACH = 1000;
  static final int CONNECTIONS = 8;
  static final int AT_ONCE = 50;

  @TempDir
  static Path dir;

  @Test
  void thousandCancelsAndThousandDeadlines_leaveNothingBehind() throws Exception {
    try (ServedCorpus corpus = ServedCorpus.start(dir, 300, List.of("-Xmx256m"))) {
      long pid = corpus.pid();
      int port = corpus.process.port();
      int threadsBefore = Jcmd.liveThreads(pid);
      int tcpBefore = Tcp.established(port);
      List<ManagedChannel> channels = new ArrayList<>();
      for (int i = 0; i < CONNECTIONS; i++) {
        channels.add(Jar.channel(corpus.process));
      }
      Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
      long start = System.nanoTime();
      run(corpus, channels, outcomes, false);
      run(corpus, channels, outcomes, true);
      double seconds = (System.nanoTime() - start) / 1e9;

      Jar.await(() -> ServedCorpus.inFlight(corpus.scrape()) == 0, "calls still in flight on the server");
      assertEquals(0, corpus.metric("articles_db_connections_active"), "database connections still borrowed");
      assertEquals(0, corpus.metric("articles_watchers"), "watches still open");
      int threadsAfter = Jcmd.liveThreads(pid);
      int tcpDuring = Tcp.established(port);
      for (ManagedChannel c : channels) {
        c.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
      }
      Jar.await(() -> Tcp.established(port) == tcpBefore, "TCP connections left open: " + Tcp.established(port));
      System.out.printf("[faults] cancellation: %d cancels and %d expired deadlines in %.1f s, client outcomes %s; "
              + "after: 0 calls in flight, 0 database connections, 0 watches; server threads %d before, %d after; "
              + "server TCP connections %d while the %d clients were connected, %d after they left%n",
          EACH, EACH, seconds, new TreeMap<>(outcomes), threadsBefore, threadsAfter, tcpDuring, CONNECTIONS,
          Tcp.established(port));
      assertEquals(EACH, outcomes.get("CANCELLED").sum(), "client-side outcomes " + outcomes);
      assertEquals(EACH, outcomes.get("DEADLINE_EXCEEDED").sum(), "client-side outcomes " + outcomes);
      assertTrue(threadsAfter <= threadsBefore + 4, "threads grew from " + threadsBefore + " to " + threadsAfter);
      assertEquals(CONNECTIONS + tcpBefore, tcpDuring, "server connections while the clients were connected");
    }
  }

  /**
   * Starts {@link #EACH} streams, {@link #AT_ONCE} at a time, rotating over the three streaming RPCs. Each
   * asks for two messages and then stops reading; with {@code expire}, its 200 ms deadline then ends it,
   * and otherwise the client cancels it as soon as it has one message.
   */
  private static void run(ServedCorpus corpus, List<ManagedChannel> channels, Map<String, LongAdder> outcomes,
                          boolean expire) throws Exception {
    Semaphore slots = new Semaphore(AT_ONCE);
    List<CompletableFuture<Status>> all = new ArrayList<>();
    for (int i = 0; i < EACH; i++) {
      slots.acquire();
      ManagedChannel channel = channels.get(i % channels.size());
      CallOptions options = expire ? CallOptions.DEFAULT.withDeadlineAfter(200, TimeUnit.MILLISECONDS)
          : CallOptions.DEFAULT.withDeadlineAfter(60, TimeUnit.SECONDS);
      CompletableFuture<Status> done = switch (i % 3) {
        case 0 -> stream(channel, ArticleServiceGrpc.getStreamArticlesMethod(), options, expire,
            StreamArticlesRequest.newBuilder().setView(ArticleView.ARTICLE_VIEW_FULL).build());
        case 1 -> stream(channel, ArticleServiceGrpc.getStreamFactsMethod(), options, expire,
            StreamFactsRequest.newBuilder().setParent("articles/-").build());
        default -> stream(channel, ArticleServiceGrpc.getWatchArticlesMethod(), options, expire,
            WatchArticlesRequest.getDefaultInstance());
      };
      all.add(done.whenComplete((s, e) -> slots.release()));
    }
    for (CompletableFuture<Status> f : all) {
      Status s = f.get(60, TimeUnit.SECONDS);
      outcomes.computeIfAbsent(s.getCode().name(), k -> new LongAdder()).increment();
    }
  }

  private static <Q, R> CompletableFuture<Status> stream(ManagedChannel channel, MethodDescriptor<Q, R> method,
                                                         CallOptions options, boolean expire, Q request) {
    CompletableFuture<Status> done = new CompletableFuture<>();
    ClientCall<Q, R> call = channel.newCall(method, options);
    call.start(new ClientCall.Listener<>() {
      @Override
      public void onMessage(R message) {
        if (!expire) {
          call.cancel("the client went away mid-stream", null);
        }
      }

      @Override
      public void onClose(Status status, Metadata trailers) {
        done.complete(status);
      }
    }, new Metadata());
    call.sendMessage(request);
    call.halfClose();
    call.request(2);
    return done;
  }
}
