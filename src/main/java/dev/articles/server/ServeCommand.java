package dev.articles.server;

import dev.articles.store.ArticleReads;
import dev.articles.telemetry.Telemetry;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;
import java.time.Duration;
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
    int cores = Runtime.getRuntime().availableProcessors();
    Telemetry telemetry = Telemetry.start(o.telemetry.requestLog, o.host, o.telemetry.metricsPort);
    telemetry.metricsPort().ifPresent(p -> System.out.println(
        "article-service metrics on http://" + o.host + ":" + p + "/metrics"));
    Backend backend = Backend.open(new Backend.Settings(o.db, o.index, o.maxFileBytes, cores, 256,
        o.cacheMegabytes * 1024L * 1024L, null), telemetry.ingestListeners());
    telemetry.watchStore(new ArticleReads(backend.db)::count, backend.cache::size);
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(o.host, o.port));
    ArticleServer server = new ArticleServer(builder, backend, o.seeds, telemetry.interceptors(builder));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // The logger may already be shut down by now; stderr is not.
      System.err.println("article-service: shutting down");
      try {
        server.stop(Duration.ofSeconds(o.shutdownGraceSeconds));
        telemetry.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.err.println("article-service: stopped");
    }, "shutdown"));
    server.start();
    System.out.println("article-service listening on " + o.host + ":" + server.port());
    System.out.flush();
    server.ingestAndServe();
    server.blockUntilShutdown();
    return 0;
  }
}
