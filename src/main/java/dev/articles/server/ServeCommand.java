package dev.articles.server;

import dev.articles.security.BearerTokenInterceptor;
import dev.articles.security.BearerTokens;
import dev.articles.security.ServerTls;
import io.grpc.InsecureServerCredentials;
import io.grpc.ServerCredentials;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
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
    launched.server().blockUntilShutdown();
    return 0;
  }

  /** A started server and the timer behind its stream deadlines. */
  record Launched(ArticleServer server, StreamDeadlines deadlines) {
    void stop(Duration grace) throws InterruptedException {
      server.stop(grace);
      if (deadlines != null) {
        deadlines.close();
      }
    }
  }

  /**
   * Builds the server the options describe and starts it listening, NOT_SERVING until the caller runs
   * {@code ingestAndServe()}. Everything that can be wrong with the flags' files is checked before the
   * database is opened.
   */
  static Launched launch(ServeOptions o) throws IOException {
    BearerTokens tokens = o.security.tokens();
    NettyServerBuilder builder = ServerLimits.apply(
        NettyServerBuilder.forAddress(new InetSocketAddress(o.host, o.port), credentials(o.security)), o.limits);
    StreamDeadlines deadlines = o.limits.streamDeadlineSeconds > 0
        ? new StreamDeadlines(Duration.ofSeconds(o.limits.streamDeadlineSeconds)) : null;
    if (deadlines != null) {
      builder.intercept(deadlines);
    }
    if (tokens != null) {
      // Added last, so it runs first: an unauthenticated call reaches nothing else.
      builder.intercept(new BearerTokenInterceptor(tokens, Set.of(HealthGrpc.SERVICE_NAME)));
    }
    Backend backend = Backend.open(o.store.settings(o.cacheMegabytes * 1024L * 1024L, o.security.cursorKey()));
    ArticleServer server = new ArticleServer(builder, backend, o.store.seeds, o.security.reflection);
    try {
      server.start();
    } catch (IOException e) {
      backend.close();
      if (deadlines != null) {
        deadlines.close();
      }
      throw new IOException("cannot listen on " + o.host + ":" + o.port + ": " + rootMessage(e), e);
    }
    return new Launched(server, deadlines);
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
