package dev.articles.testing;

import dev.articles.ingest.SeedReader;
import dev.articles.pipeline.IngestReport;
import dev.articles.server.ArticleServer;
import dev.articles.server.Backend;
import dev.articles.store.ChangeLog;
import dev.articles.store.Database;
import dev.articles.v1.ArticleServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** An article server on the in-process transport, over its own in-memory database, for one test. */
public final class RunningServer implements AutoCloseable {
  public final Database db;
  public final Backend backend;
  public final ArticleServer server;
  public final ManagedChannel channel;
  public final IngestReport report;

  private RunningServer(Backend backend, ArticleServer server, ManagedChannel channel, IngestReport report) {
    this.backend = backend;
    this.db = backend.db;
    this.server = server;
    this.channel = channel;
    this.report = report;
  }

  /** Starts a server over {@code seeds} and waits for its first ingestion pass. */
  public static RunningServer start(Path seeds) throws Exception {
    return start(seeds, false, ChangeLog.DEFAULT_WINDOW, ChangeLog.DEFAULT_EVENTS);
  }

  /**
   * Starts a server over {@code seeds}, waits for its first ingestion pass and, with {@code watch}, then
   * applies changes to the folder while serving; change events and pre-images are kept as told.
   */
  public static RunningServer start(Path seeds, boolean watch, Duration retention, long retainedEvents)
      throws Exception {
    String name = InProcessServerBuilder.generateName();
    Backend backend = Backend.open(new Backend.Settings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null,
        SeedReader.DEFAULT_MAX_BYTES, 2, 64, 16L << 20, "test-cursor-key".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    backend.db.changes().retain(retention, retainedEvents);
    ArticleServer server = new ArticleServer(InProcessServerBuilder.forName(name).directExecutor(), backend, seeds);
    server.start();
    IngestReport report = server.ingestAndServe();
    if (watch) {
      server.watchSeeds();
    }
    ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
    return new RunningServer(backend, server, channel, report);
  }

  public ArticleServiceGrpc.ArticleServiceBlockingStub blocking() {
    return ArticleServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  public ArticleServiceGrpc.ArticleServiceStub async() {
    return ArticleServiceGrpc.newStub(channel);
  }

  @Override
  public void close() throws Exception {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.stop(Duration.ofSeconds(5));
  }
}
