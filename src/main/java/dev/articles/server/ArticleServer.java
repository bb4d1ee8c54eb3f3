package dev.articles.server;

import dev.articles.pipeline.IngestReport;
import dev.articles.pipeline.SeedWatcher;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptor;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionService;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The article server: the gRPC services over one database, and their lifecycle.
 *
 * <p>It takes a {@link ServerBuilder} so tests can hand it an in-process one. Health is NOT_SERVING until
 * the first ingestion pass has finished, SERVING after, and NOT_SERVING again from the start of shutdown.
 */
public final class ArticleServer {
  private static final Logger log = Logger.getLogger(ArticleServer.class.getName());
  static final String SERVICE_NAME = "articles.v1.ArticleService";

  private final Backend backend;
  private final Path seeds;
  private final HealthStatusManager health = new HealthStatusManager();
  private final Server server;
  private volatile SeedWatcher watcher;
  private volatile Thread warmer;
  private volatile boolean stopping;

  public ArticleServer(ServerBuilder<?> builder, Backend backend, Path seeds) {
    this(builder, backend, seeds, true, List.of());
  }

  /**
   * A server that serves reflection only when {@code reflection} is set, and whose calls, to every service,
   * go through {@code interceptors}, the first outermost.
   */
  public ArticleServer(ServerBuilder<?> builder, Backend backend, Path seeds, boolean reflection,
                       List<ServerInterceptor> interceptors) {
    this(builder, backend, seeds, reflection, interceptors, Integer.MAX_VALUE);
  }

  /** As above, with the article service refusing requests over {@code maxRequestBytes} (see ServerLimits). */
  @SuppressWarnings("deprecation") // ProtoReflectionService is v1alpha, which some clients still speak only.
  public ArticleServer(ServerBuilder<?> builder, Backend backend, Path seeds, boolean reflection,
                       List<ServerInterceptor> interceptors, int maxRequestBytes) {
    this.backend = backend;
    this.seeds = seeds;
    for (int i = interceptors.size() - 1; i >= 0; i--) {
      builder.intercept(interceptors.get(i)); // the builder runs the last added first
    }
    builder.addService(backend.articleService(maxRequestBytes)).addService(health.getHealthService());
    if (reflection) {
      builder.addService(ProtoReflectionServiceV1.newInstance()).addService(ProtoReflectionService.newInstance());
    }
    this.server = builder.build();
    health.setStatus("", ServingStatus.NOT_SERVING);
    health.setStatus(SERVICE_NAME, ServingStatus.NOT_SERVING);
  }

  /** Starts listening; health stays NOT_SERVING until {@link #ingestAndServe()}. */
  public void start() throws IOException {
    server.start();
  }

  /** Reconciles the search index, ingests the seeds folder, then reports SERVING. */
  public IngestReport ingestAndServe() throws IOException {
    backend.reconcileIndex();
    IngestReport report = backend.ingestor.sync(seeds);
    health.setStatus("", ServingStatus.SERVING);
    health.setStatus(SERVICE_NAME, ServingStatus.SERVING);
    return report;
  }

  /**
   * Loads the articles into the GetArticle cache on one background thread while serving, FULL views (the
   * default) first, so that no reader pays for the first read of an article; call after the first ingest.
   * It stops at shutdown, or when the cache is nine tenths full.
   */
  public void warmCache() {
    Thread t = new Thread(() -> {
      long t0 = System.nanoTime();
      try {
        long views = backend.cache.warm(true, () -> stopping) + backend.cache.warm(false, () -> stopping);
        log.info(String.format("warmed the article cache: %d views, %d of %d MB, in %.1f s", views,
            backend.cache.weightedBytes() >> 20, backend.cache.maxBytes() >> 20, (System.nanoTime() - t0) / 1e9));
      } catch (RuntimeException e) {
        if (!stopping) { // a closed database at shutdown is expected; anything else is worth a line
          log.warning("warming the article cache stopped: " + e.getMessage());
        }
      }
    }, "cache-warmer");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    warmer = t;
    t.start();
  }

  /** Waits for {@link #warmCache} to finish, for benchmarks that measure a warmed server. */
  public void awaitWarmCache() throws InterruptedException {
    Thread t = warmer;
    if (t != null) {
      t.join();
    }
  }

  /** Applies changes to the seeds folder while serving, until {@link #stop}; call after the first ingest. */
  public void watchSeeds() throws IOException {
    watcher = SeedWatcher.start(backend.ingestor, seeds);
  }

  /** The port the server listens on, once started. */
  public int port() {
    return server.getPort();
  }

  /**
   * Stops in order: health to NOT_SERVING, refuse new calls, give running calls {@code grace} to finish,
   * cancel the rest, then close the database.
   */
  public void stop(Duration grace) throws InterruptedException {
    health.enterTerminalState();
    stopping = true;
    if (watcher != null) {
      watcher.close(); // no writes from here on
    }
    backend.watches.close(); // WatchArticles streams never end by themselves; end them now, not after the grace
    server.shutdown();
    if (!server.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
      log.warning("calls still running after " + grace.toMillis() + " ms; cancelling them");
      server.shutdownNow();
      server.awaitTermination(5, TimeUnit.SECONDS);
    }
    Thread t = warmer;
    if (t != null) {
      t.join(TimeUnit.SECONDS.toMillis(5)); // it checks between pages of 500 articles
    }
    backend.close();
  }

  public void blockUntilShutdown() throws InterruptedException {
    server.awaitTermination();
  }
}
