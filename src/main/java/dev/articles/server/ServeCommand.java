package dev.articles.server;

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
    Backend backend = Backend.open(new Backend.Settings(o.db, o.index, o.maxFileBytes, cores, 256,
        o.cacheMegabytes * 1024L * 1024L, null));
    backend.db.changes().retain(Duration.ofSeconds(o.changeRetentionSeconds), o.changeRetentionEvents);
    ArticleServer server = new ArticleServer(
        NettyServerBuilder.forAddress(new InetSocketAddress(o.host, o.port)), backend, o.seeds);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      // The logger may already be shut down by now; stderr is not.
      System.err.println("article-service: shutting down");
      try {
        server.stop(Duration.ofSeconds(o.shutdownGraceSeconds));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      System.err.println("article-service: stopped");
    }, "shutdown"));
    server.start();
    System.out.println("article-service listening on " + o.host + ":" + server.port());
    System.out.flush();
    server.ingestAndServe();
    if (o.watch) {
      server.watchSeeds();
    }
    server.blockUntilShutdown();
    return 0;
  }
}
