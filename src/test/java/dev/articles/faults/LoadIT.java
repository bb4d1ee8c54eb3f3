package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Exposition;
import dev.articles.testing.Jcmd;
import dev.articles.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ArticleView;
import dev.articles.v1.BatchGetArticlesRequest;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.GetFactRequest;
import dev.articles.v1.GetSourceFileRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListArticlesResponse;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListSourceFilesRequest;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.WatchArticlesRequest;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load: 64 clients, each on its own connection, send a mix of every RPC (health included) to the real jar
 * for a fixed time. Every call must succeed; the server's live heap (a jcmd class histogram) and
 * its thread count are sampled throughout and must stay under fixed bounds, and once the clients are gone
 * no call is in flight and no database connection is borrowed. Short: 8 s; long
 * ({@code -Dfaults.long=true}): 30 s.
 */
class LoadIT {
  static final int CLIENTS = 64;
  static final long SECONDS = Jar.LONG ? 30 : 8;
  /** The server's heap limit, and what its live objects must stay under: a sixth of it (measured: 23 to 30 MB). */
  static final List<String> JVM = List.of("-Xmx384m");
  static final long MAX_LIVE_HEAP_KB = 64 * 1024;
  /** Kernel threads of the server: 16 handler threads, Netty's event loops, GC, JIT and the rest, under this. */
  static final int MAX_THREADS = 100;

  @TempDir
  static Path dir;

  @Test
  void sixtyFourClients_mixOfEveryRpc_noErrorsAndBoundedHeapAndThreads() throws Exception {
    try (ServedCorpus corpus = ServedCorpus.start(dir, 400, JVM)) {
      long pid = corpus.pid();
      int threadsBefore = threads(pid);
      long heapBefore = Jcmd.liveHeapKb(pid);
      Map<String, LongAdder> calls = new ConcurrentHashMap<>();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      List<ManagedChannel> channels = new ArrayList<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
      for (int i = 0; i < CLIENTS; i++) {
        ManagedChannel channel = Jar.channel(corpus.process);
        channels.add(channel);
        Mix mix = new Mix(corpus, channel, new Random(i), calls);
        running.add(clients.submit(() -> {
          while (System.nanoTime() < end && errors.size() < 20) {
            try {
              mix.next();
            } catch (StatusRuntimeException e) {
              errors.add(e.getStatus() + " " + e.getTrailers());
            }
          }
        }));
      }
      // Threads from /proc every 100 ms; the live heap (a class histogram, taken after a full GC) as often as
      // jcmd can, which is every two seconds or so here.
      AtomicInteger peakThreads = new AtomicInteger();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(() -> peakThreads.accumulateAndGet(threads(pid), Math::max), 0, 100,
          TimeUnit.MILLISECONDS);
      long peakHeap = 0;
      int samples = 0;
      while (running.stream().anyMatch(f -> !f.isDone())) {
        peakHeap = Math.max(peakHeap, Jcmd.liveHeapKb(pid));
        samples++;
      }
      sampler.shutdownNow();
      for (Future<?> f : running) {
        f.get();
      }
      clients.shutdown();
      for (ManagedChannel c : channels) {
        c.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
      }
      long total = calls.values().stream().mapToLong(LongAdder::sum).sum();
      System.out.printf("[faults] load: %d clients for %d s: %d calls (%.0f/s), %d errors; per RPC %s; server live "
              + "heap %d KB before, peak %d KB (%d samples, -Xmx384m); OS threads %d before, peak %d%n",
          CLIENTS, SECONDS, total, total / (double) SECONDS, errors.size(), new java.util.TreeMap<>(calls),
          heapBefore, peakHeap, samples, threadsBefore, peakThreads.get());
      System.out.println("[faults] load: mean server time per call, ms: " + meanServerMs(corpus.scrape()));
      assertTrue(errors.isEmpty(), "errors under load: " + errors);
      assertEquals(Mix.RPCS, calls.size(), "RPCs called: " + calls.keySet());
      assertTrue(samples >= 2, "too few heap samples: " + samples);
      assertTrue(peakHeap < MAX_LIVE_HEAP_KB, "live heap peaked at " + peakHeap + " KB");
      assertTrue(peakThreads.get() < MAX_THREADS, "threads peaked at " + peakThreads);
      Jar.await(() -> ServedCorpus.inFlight(corpus.scrape()) == 0, "calls still in flight after the load");
      assertEquals(0, corpus.metric("articles_db_connections_active"), "database connections still borrowed");
      assertEquals(0, corpus.metric("articles_watchers"), "watches still open");
    }
  }

  /** Each method's mean handling time on the server, from the metrics' histogram sums and counts. */
  private static Map<String, String> meanServerMs(List<Exposition.Sample> samples) {
    Map<String, double[]> sums = new java.util.TreeMap<>();
    for (Exposition.Sample x : samples) {
      int i = x.name().equals("grpc_server_handling_seconds_sum") ? 0
          : x.name().equals("grpc_server_handling_seconds_count") ? 1 : -1;
      if (i >= 0) {
        sums.computeIfAbsent(x.labels().get("grpc_method"), k -> new double[2])[i] += x.value();
      }
    }
    Map<String, String> out = new java.util.TreeMap<>();
    sums.forEach((m, v) -> out.put(m, String.format("%.1f", 1000 * v[0] / Math.max(1, v[1]))));
    return out;
  }

  /** The process's threads, as the kernel counts them (JVM threads and all). */
  private static int threads(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("Threads:"))
          .mapToInt(l -> Integer.parseInt(l.substring("Threads:".length()).trim())).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One client's calls: each {@link #next()} makes one call, chosen at random, of every kind the API has. */
  static final class Mix {
    static final int RPCS = 13;
    private final ServedCorpus corpus;
    private final ManagedChannel channel;
    private final ArticleServiceBlockingStub stub;
    private final Random random;
    private final Map<String, LongAdder> calls;

    Mix(ServedCorpus corpus, ManagedChannel channel, Random random, Map<String, LongAdder> calls) {
      this.corpus = corpus;
      this.channel = channel;
      this.stub = ArticleServiceGrpc.newBlockingStub(channel);
      this.random = random;
      this.calls = calls;
    }

    void next() {
      ArticleServiceBlockingStub s = stub.withDeadlineAfter(60, TimeUnit.SECONDS);
      String article = pick(corpus.articles);
      switch (random.nextInt(RPCS)) {
        case 0 -> count("GetArticle", s.getArticle(GetArticleRequest.newBuilder().setName(article).build()));
        case 1 -> count("BatchGetArticles", s.batchGetArticles(BatchGetArticlesRequest.newBuilder()
            .addAllNames(corpus.articles.subList(0, 20)).setView(ArticleView.ARTICLE_VIEW_BASIC).build()));
        case 2 -> {
          ListArticlesResponse first = s.listArticles(ListArticlesRequest.newBuilder().setPageSize(50)
              .setFilter("published_date >= \"2000-01-01\"").build());
          count("ListArticles", s.listArticles(ListArticlesRequest.newBuilder().setPageSize(50)
              .setFilter("published_date >= \"2000-01-01\"").setPageToken(first.getNextPageToken()).build()));
        }
        case 3 -> count("StreamArticles", drain(s.streamArticles(StreamArticlesRequest.getDefaultInstance())));
        case 4 -> count("GetFact", s.getFact(GetFactRequest.newBuilder().setName(pick(corpus.facts)).build()));
        case 5 -> count("ListFacts", s.listFacts(ListFactsRequest.newBuilder().setParent("articles/-")
            .setFilter("kind = QUOTE").setPageSize(100).build()));
        case 6 -> count("StreamFacts", drain(s.streamFacts(StreamFactsRequest.newBuilder().setParent(article)
            .build())));
        case 7 -> count("SearchArticles", s.searchArticles(SearchArticlesRequest.newBuilder()
            .setQuery(pick(corpus.words)).build()));
        case 8 -> count("SearchFacts", s.searchFacts(SearchFactsRequest.newBuilder().setParent("articles/-")
            .setQuery(pick(corpus.words)).build()));
        case 9 -> count("GetSourceFile", s.getSourceFile(GetSourceFileRequest.newBuilder()
            .setName(pick(corpus.sourceFiles)).build()));
        case 10 -> count("ListSourceFiles", s.listSourceFiles(ListSourceFilesRequest.newBuilder().setPageSize(100)
            .build()));
        case 11 -> watchOnce(s);
        default -> count("Health.Check", HealthGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS)
            .check(HealthCheckRequest.getDefaultInstance()));
      }
    }

    /** Opens a watch, reads its first (progress) message and hangs up, as a client that only wanted a token. */
    private void watchOnce(ArticleServiceBlockingStub s) {
      try (Context.CancellableContext ctx = Context.current().withCancellation()) {
        ctx.run(() -> {
          Iterator<?> it = s.watchArticles(WatchArticlesRequest.getDefaultInstance());
          count("WatchArticles", it.next());
        });
      }
    }

    private static int drain(Iterator<?> it) {
      int n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return n;
    }

    private void count(String rpc, Object ignored) {
      calls.computeIfAbsent(rpc, k -> new LongAdder()).increment();
    }

    private String pick(List<String> from) {
      return from.get(random.nextInt(from.size()));
    }
  }
}
