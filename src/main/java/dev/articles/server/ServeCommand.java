package dev.articles.server;

import dev.articles.security.BearerTokenInterceptor;
import dev.articles.security.BearerTokens;
import dev.articles.security.ServerTls;
import dev.articles.store.ArticleReads;
import dev.articles.telemetry.Telemetry;
import io.grpc.HandlerRegistry;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.ServerInterceptor;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code serve}: ingest the seeds folder and serve it over gRPC until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Ingest the seeds folder and serve it over gRPC (the default command).")
final class ServeCommand implements Callable<Integer> {
  private static final Logger log = Logger.getLogger(ServeCommand.class.getName());

  @Mixin
  ServeOptions options = new ServeOptions();

  @Override
  public Integer call() throws Exception {
    return run(options);
  }

  static int run(ServeOptions o) throws Exception {
    log.info("config: " + o.describe());
    Launched launched = launch(o);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // The logger may already be shut down by now; stderr is not.
      System.err.println("article-service: shutting down");
      try {
        launched.stop(Duration.ofSeconds(o.shutdownGraceSeconds));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.err.println("article-service: stopped");
    }, "shutdown"));
    System.out.println("article-service listening on " + o.host + ":" + launched.server().port()
        + (o.security.tls() ? " (TLS)" : ""));
    System.out.flush();
    launched.server().ingestAndServe();
    if (o.warmCache) {
      launched.server().warmCache();
    }
    if (o.watch) {
      launched.server().watchSeeds();
    }
    launched.server().blockUntilShutdown();
    return 0;
  }

  /** A started server, the threads that run its handlers, the timer behind its stream deadlines, and its telemetry. */
  record Launched(ArticleServer server, ExecutorService handlers, StreamDeadlines deadlines, Telemetry telemetry) {
    void stop(Duration grace) throws InterruptedException {
      server.stop(grace);
      close();
    }

    private void close() {
      if (handlers != null) {
        handlers.shutdownNow();
      }
      if (deadlines != null) {
        deadlines.close();
      }
      telemetry.close();
    }
  }

  /**
   * Builds the server the options describe and starts it listening, NOT_SERVING until the caller runs
   * {@code ingestAndServe()}. Everything that can be wrong with the flags' files is checked before the
   * database is opened.
   */
  static Launched launch(ServeOptions o) throws IOException {
    return launch(o, null);
  }

  /** As {@link #launch(ServeOptions)}, with {@code extra} services beside the server's own (a benchmark's floor). */
  static Launched launch(ServeOptions o, HandlerRegistry extra) throws IOException {
    BearerTokens tokens = o.security.tokens();
    NettyServerBuilder builder = ServerLimits.apply(
        NettyServerBuilder.forAddress(new InetSocketAddress(o.host, o.port), credentials(o.security)), o.limits);
    if (extra != null) {
      builder.fallbackHandlerRegistry(extra);
    }
    Telemetry telemetry = Telemetry.start(o.telemetry.requestLog, o.host, o.telemetry.metricsPort);
    telemetry.metricsPort().ifPresent(p -> System.out.println(
        "article-service metrics on http://" + o.host + ":" + p + "/metrics"));
    StreamDeadlines deadlines = o.limits.streamDeadlineSeconds > 0
        ? new StreamDeadlines(Duration.ofSeconds(o.limits.streamDeadlineSeconds)) : null;
    // Outermost first: telemetry sees every call, refused ones too; an unauthenticated call reaches nothing else.
    List<ServerInterceptor> interceptors = new ArrayList<>(telemetry.interceptors(builder));
    if (tokens != null) {
      interceptors.add(new BearerTokenInterceptor(tokens, Set.of(HealthGrpc.SERVICE_NAME)));
    }
    if (deadlines != null) {
      interceptors.add(deadlines);
    }
    ExecutorService handlers = handlerThreads(o.limits.handlerThreads);
    if (handlers != null) {
      builder.executor(handlers);
    }
    Launched launched = new Launched(null, handlers, deadlines, telemetry);
    Backend backend;
    try {
      backend = Backend.open(o.store.settings(o.cacheBytes, o.security.cursorKey()),
          telemetry.ingestListeners());
    } catch (IOException | RuntimeException e) {
      launched.close();
      throw e;
    }
    backend.db.changes().retain(Duration.ofSeconds(o.changeRetentionSeconds), o.changeRetentionEvents);
    telemetry.watchStore(new ArticleReads(backend.db)::count, backend.cache::size);
    telemetry.watchResources(backend.db::activeConnections, backend.watches::subscribers);
    telemetry.watchCache(backend.cache::hits, backend.cache::misses, backend.cache::weightedBytes);
    ArticleServer server = new ArticleServer(builder, backend, o.store.seeds, o.security.reflection, interceptors,
        o.limits.maxMessageBytes);
    try {
      server.start();
    } catch (IOException e) {
      backend.close();
      launched.close();
      throw new IOException("cannot listen on " + o.host + ":" + o.port + ": " + rootMessage(e), e);
    }
    return new Launched(server, handlers, deadlines, telemetry);
  }

  /** A fixed pool of daemon threads named for what they run; null for grpc-java's default pool. */
  private static ExecutorService handlerThreads(int n) {
    if (n <= 0) {
      return null;
    }
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "grpc-handler-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private static ServerCredentials credentials(SecurityOptions s) throws IOException {
    if (!s.tls()) {
      if (s.tlsClientCa != null) {
        throw new IOException("--tls-client-ca needs --tls-cert and --tls-key");
      }
      return InsecureServerCredentials.create();
    }
    if (s.tlsCert == null || s.tlsKey == null) {
      throw new IOException("TLS needs both --tls-cert and --tls-key");
    }
    return ServerTls.credentials(s.tlsCert, s.tlsKey, s.tlsClientCa);
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
