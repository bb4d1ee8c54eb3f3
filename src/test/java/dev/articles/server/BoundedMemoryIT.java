package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Buf;
import dev.articles.testing.Jcmd;
import dev.articles.testing.ServiceProcess;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ArticleView;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with a 256 MB heap streams a whole generated corpus, FULL view, to a client that reads one
 * message at a time with pauses: the stream completes, and the server's live heap after GC does not grow
 * with what it has streamed, because it sends only as fast as the client reads.
 */
class BoundedMemoryIT {
  static final int ARTICLES = Integer.getInteger("bounded.articles", 3000);

  @TempDir
  Path dir;

  @Test
  void streamArticles_wholeCorpusToASlowClient_underA256MbHeap() throws Exception {
    Path corpus = dir.resolve("corpus");
    try (ServiceProcess gen = ServiceProcess.launch(List.of(), "generate", "--count", Integer.toString(ARTICLES),
        "--out", corpus.toString(), "--seed", "3")) {
      assertEquals(0, gen.await(120));
    }
    try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
        "--port", "0", "--host", "127.0.0.1", "--seeds", corpus.toString(), "--db", "jdbc:h2:" + dir.resolve("db"))) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (!Buf.curl(service.target() + "/grpc.health.v1.Health/Check", "{}").stdout().contains("\"SERVING\"")) {
        assertTrue(System.nanoTime() < deadline && service.process().isAlive(), "never SERVING: " + service.stderr());
        Thread.sleep(200);
      }
      ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", service.port()).usePlaintext().build();
      List<Long> heap = new ArrayList<>();
      AtomicInteger received = new AtomicInteger();
      CompletableFuture<Void> done = new CompletableFuture<>();
      try {
        ArticleServiceGrpc.newStub(channel).streamArticles(
            StreamArticlesRequest.newBuilder().setView(ArticleView.ARTICLE_VIEW_FULL).build(),
            new ClientResponseObserver<StreamArticlesRequest, StreamArticlesResponse>() {
              ClientCallStreamObserver<StreamArticlesRequest> call;

              @Override
              public void beforeStart(ClientCallStreamObserver<StreamArticlesRequest> call) {
                this.call = call;
                call.disableAutoRequestWithInitial(1);
              }

              @Override
              public void onNext(StreamArticlesResponse m) {
                received.incrementAndGet();
                // A slow reader: 3 ms before each next message, so the whole stream takes 9 s or more and
                // the server spends it waiting on flow control.
                CompletableFuture.delayedExecutor(3, TimeUnit.MILLISECONDS).execute(() -> call.request(1));
              }

              @Override
              public void onError(Throwable t) {
                done.completeExceptionally(t);
              }

              @Override
              public void onCompleted() {
                done.complete(null);
              }
            });
        while (!done.isDone()) {
          heap.add(Jcmd.liveHeapKb(service.process().pid()));
          Thread.sleep(250);
        }
        done.get();
      } finally {
        channel.shutdownNow();
      }
      assertEquals(ARTICLES, received.get());
      assertTrue(service.process().isAlive(), "the server died: " + service.stderr());
      assertTrue(heap.size() >= 3, "too few heap samples: " + heap);
      long first = heap.get(0);
      long peak = heap.stream().mapToLong(Long::longValue).max().orElseThrow();
      System.out.printf("BoundedMemoryIT: %d articles, live heap after GC %d KB first, %d KB peak, %d samples%n",
          ARTICLES, first, peak, heap.size());
      assertTrue(peak - first < 64 * 1024, "live heap grew from " + first + " KB to " + peak + " KB: " + heap);
    }
  }
}
