package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Buf;
import dev.articles.testing.Jcmd;
import dev.articles.testing.PacedReader;
import dev.articles.testing.ServiceProcess;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ArticleView;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.StreamFactsResponse;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with a 256 MB heap streams a whole generated corpus, every article in the FULL view and then
 * every fact, to a client that reads with pauses: both streams complete, and the server's live heap does
 * not grow with what it has streamed, because it sends only as fast as the client reads. The default run
 * uses 3,000 articles; {@code -Dbounded.articles=100000} is the long run.
 */
class BoundedMemoryIT {
  static final int ARTICLES = Integer.getInteger("bounded.articles", 3000);
  /** What the live heap may grow by while streaming: a quarter of the server's -Xmx. */
  static final long MAX_GROWTH_KB = 64 * 1024;

  @TempDir
  Path dir;

  @Test
  void streamArticlesAndStreamFacts_wholeCorpusToASlowClient_underA256MbHeap() throws Exception {
    Path corpus = dir.resolve("corpus");
    try (ServiceProcess gen = ServiceProcess.launch(List.of(), "generate", "--count", Integer.toString(ARTICLES),
        "--out", corpus.toString(), "--seed", "3")) {
      assertEquals(0, gen.await(600));
    }
    try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
        "--port", "0", "--host", "127.0.0.1", "--seeds", corpus.toString(), "--db", "jdbc:h2:" + dir.resolve("db"))) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
      while (!Buf.curl(service.target() + "/grpc.health.v1.Health/Check", "{}").stdout().contains("\"SERVING\"")) {
        assertTrue(System.nanoTime() < deadline && service.process().isAlive(), "never SERVING: " + service.stderr());
        Thread.sleep(200);
      }
      // serve warms its article cache in the background after ingesting (up to a quarter of the heap): the
      // baseline is taken once that has finished, so that what it holds is not counted as the streams' growth.
      while (!String.join("\n", service.stderr()).contains("warmed the article cache")) {
        assertTrue(System.nanoTime() < deadline && service.process().isAlive(), "never warmed: " + service.stderr());
        Thread.sleep(100);
      }
      long pid = service.process().pid();
      ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", service.port()).usePlaintext().build();
      try {
        // A deadline of its own, longer than the server's default for streams without one (600 s), for the long run.
        ArticleServiceGrpc.ArticleServiceStub stub = ArticleServiceGrpc.newStub(channel)
            .withDeadlineAfter(1, TimeUnit.HOURS);
        // Articles: 3 ms before each next one, so 3,000 take 9 s or more.
        Streamed articles = BoundedMemoryIT.<StreamArticlesRequest, StreamArticlesResponse>slowly(pid, 1,
            observer -> stub.streamArticles(
                StreamArticlesRequest.newBuilder().setView(ArticleView.ARTICLE_VIEW_FULL).build(), observer));
        // Facts, some 30 an article: 3 ms before each next 25.
        Streamed facts = BoundedMemoryIT.<StreamFactsRequest, StreamFactsResponse>slowly(pid, 25,
            observer -> stub.streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-").build(), observer));

        assertEquals(ARTICLES, articles.received());
        assertTrue(facts.received() > ARTICLES, "facts streamed: " + facts.received());
        assertTrue(service.process().isAlive(), "the server died: " + service.stderr());
        for (Streamed s : List.of(articles, facts)) {
          assertTrue(s.heapKb().size() >= 3, "too few heap samples: " + s.heapKb());
          long first = s.heapKb().get(0);
          long peak = s.heapKb().stream().mapToLong(Long::longValue).max().orElseThrow();
          System.out.printf("BoundedMemoryIT: %d articles, %d %s streamed; live heap %d KB first, %d KB peak, "
              + "%d samples%n", ARTICLES, s.received(), s == articles ? "articles" : "facts", first, peak,
              s.heapKb().size());
          assertTrue(peak - first < MAX_GROWTH_KB, "live heap grew from " + first + " KB to " + peak + " KB: "
              + s.heapKb());
        }
      } finally {
        channel.shutdownNow();
      }
    }
  }

  /** A stream read to its end, and the server's live heap sampled while it ran. */
  private record Streamed(int received, List<Long> heapKb) {}

  /**
   * Reads a stream with a {@link PacedReader} that waits 3 ms after every {@code pauseEvery} messages,
   * samples the server's live heap until the stream ends, and fails on a stream error.
   */
  private static <Q, R> Streamed slowly(long pid, int pauseEvery, Consumer<StreamObserver<R>> start)
      throws Exception {
    PacedReader<Q, R> reader = PacedReader.paced(3, pauseEvery, m -> {});
    start.accept(reader);
    List<Long> heap = new ArrayList<>();
    while (!reader.ended.isDone()) {
      heap.add(Jcmd.liveHeapKb(pid));
      Thread.sleep(250);
    }
    assertEquals(Status.OK, reader.ended.get(), String.valueOf(reader.error));
    return new Streamed(reader.received.get(), heap);
  }
}
