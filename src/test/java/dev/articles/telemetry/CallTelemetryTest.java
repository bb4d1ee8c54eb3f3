package dev.articles.telemetry;

import static dev.articles.testing.Exposition.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.ingest.SeedReader;
import dev.articles.server.ArticleServer;
import dev.articles.server.Backend;
import dev.articles.testing.Exposition;
import dev.articles.testing.Seeds;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.StreamArticlesRequest;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request log and the RPC metrics over a real loopback server, whose transport reports wire sizes:
 * calls that succeed, fail, stream, are cancelled and run out of time.
 */
class CallTelemetryTest {
  private static final String SERVICE = "articles.v1.ArticleService";
  private static final Logger REQUEST_LOG = Logger.getLogger(RequestLog.class.getName());

  @TempDir
  Path seeds;

  private final BlockingQueue<String> logged = new LinkedBlockingQueue<>();
  private final List<Map<String, String>> lines = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Telemetry telemetry;
  private Backend backend;
  private ArticleServer server;
  private ManagedChannel channel;

  private void start(boolean requestLog, boolean metrics) throws Exception {
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "zz_second", "الأربعاء 17 نيسان 2024", "الجزيرة");
    Seeds.variant(seeds, "zz_third", "الخميس 18 نيسان 2024", "رويترز");
    REQUEST_LOG.addHandler(capture);
    telemetry = Telemetry.create(requestLog, metrics);
    String db = "jdbc:h2:mem:" + getClass().getSimpleName() + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    backend = Backend.open(new Backend.Settings(db, null, SeedReader.DEFAULT_MAX_BYTES, 1, 16, 16L << 20,
        new byte[32]), telemetry.ingestListeners());
    NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
    server = new ArticleServer(builder, backend, seeds, true, telemetry.interceptors(builder));
    server.start();
    server.ingestAndServe();
    channel = Grpc.newChannelBuilderForAddress("127.0.0.1", server.port(), InsecureChannelCredentials.create())
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    REQUEST_LOG.removeHandler(capture);
    if (channel != null) {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
    if (server != null) {
      server.stop(Duration.ofSeconds(2));
    }
    if (telemetry != null) {
      telemetry.close();
    }
  }

  private ArticleServiceGrpc.ArticleServiceBlockingStub stub() {
    return ArticleServiceGrpc.newBlockingStub(channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  /** Waits for the log line of a call to {@code method} that also satisfies {@code test}. */
  private Map<String, String> awaitLine(String method, Predicate<Map<String, String>> test) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      for (Map<String, String> line : lines) {
        if (line.get("method").equals(method) && test.test(line)) {
          lines.remove(line);
          return line;
        }
      }
      String next = logged.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (next == null) {
        throw new AssertionError("no log line for " + method + "; saw " + lines);
      }
      lines.add(parse(next));
    }
  }

  private Map<String, String> awaitLine(String method) throws Exception {
    return awaitLine(method, l -> true);
  }

  /** {@code rpc k=v k=v ...} as a map; fails on anything else. */
  private static Map<String, String> parse(String line) {
    String[] words = line.split(" ");
    assertEquals("rpc", words[0], line);
    Map<String, String> fields = new HashMap<>();
    for (int i = 1; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      assertTrue(eq > 0, line);
      fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
    }
    return fields;
  }

  private List<Exposition.Sample> scrape() {
    String text = PrometheusTextFormatWriter.create().toDebugString(telemetry.registry().scrape());
    return Exposition.parse(text);
  }

  private static Map<String, String> labels(String method, String type, String code) {
    String service = method.startsWith("Health") ? "grpc.health.v1.Health" : SERVICE;
    String name = method.substring(method.indexOf('/') + 1);
    return code == null
        ? Map.of("grpc_service", service, "grpc_method", name, "grpc_type", type)
        : Map.of("grpc_service", service, "grpc_method", name, "grpc_type", type, "grpc_code", code);
  }

  @Test
  void getArticle_found_logsOneLineWithWireBytesAndCountsIt() throws Exception {
    start(true, true);
    Article a = stub().getArticle(GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build());

    Map<String, String> line = awaitLine(SERVICE + "/GetArticle");
    assertEquals("OK", line.get("code"));
    assertTrue(Double.parseDouble(line.get("ms")) >= 0, line.toString());
    assertTrue(line.get("peer").matches("127\\.0\\.0\\.1:\\d+"), line.toString());
    assertEquals("1", line.get("sent"));
    assertEquals("1", line.get("received"));
    // No compression here, so the wire size is the message's own.
    assertEquals(a.getSerializedSize(), Long.parseLong(line.get("bytes_sent")));
    assertEquals(GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build().getSerializedSize(),
        Long.parseLong(line.get("bytes_received")));

    List<Exposition.Sample> m = scrape();
    assertValue(1, m, "grpc_server_started_total", labels("GetArticle", "unary", null));
    assertValue(1, m, "grpc_server_handled_total", labels("GetArticle", "unary", "OK"));
    assertValue(1, m, "grpc_server_handling_seconds_count", labels("GetArticle", "unary", "OK"));
    assertValue(1, m, "grpc_server_msg_sent_total", labels("GetArticle", "unary", null));
    assertValue(1, m, "grpc_server_msg_received_total", labels("GetArticle", "unary", null));
    assertValue(a.getSerializedSize(), m, "grpc_server_sent_bytes_total", labels("GetArticle", "unary", null));
  }

  @Test
  void failedCalls_areLoggedAndCountedByTheirCode() throws Exception {
    start(true, true);
    StatusRuntimeException notFound = assertThrows(StatusRuntimeException.class,
        () -> stub().getArticle(GetArticleRequest.newBuilder().setName("articles/nope").build()));
    assertEquals(Status.Code.NOT_FOUND, notFound.getStatus().getCode());
    StatusRuntimeException invalid = assertThrows(StatusRuntimeException.class,
        () -> stub().getArticle(GetArticleRequest.newBuilder().setName("articles/bad name!").build()));
    assertEquals(Status.Code.INVALID_ARGUMENT, invalid.getStatus().getCode());

    Map<String, String> first = awaitLine(SERVICE + "/GetArticle", l -> l.get("code").equals("NOT_FOUND"));
    assertEquals("0", first.get("sent"));
    assertEquals("1", first.get("received"));
    awaitLine(SERVICE + "/GetArticle", l -> l.get("code").equals("INVALID_ARGUMENT"));

    List<Exposition.Sample> m = scrape();
    assertValue(1, m, "grpc_server_handled_total", labels("GetArticle", "unary", "NOT_FOUND"));
    assertValue(1, m, "grpc_server_handled_total", labels("GetArticle", "unary", "INVALID_ARGUMENT"));
    assertValue(0, m, "grpc_server_handled_total", labels("GetArticle", "unary", "OK"));
    assertValue(1, m, "grpc_server_handling_seconds_count", labels("GetArticle", "unary", "INVALID_ARGUMENT"));
    assertValue(0, m, "grpc_server_msg_sent_total", labels("GetArticle", "unary", null));
  }

  @Test
  void stream_countsEveryMessageAndByte() throws Exception {
    start(true, true);
    long bytes = 0;
    int count = 0;
    var it = stub().streamArticles(StreamArticlesRequest.getDefaultInstance());
    while (it.hasNext()) {
      bytes += it.next().getSerializedSize();
      count++;
    }
    assertEquals(3, count);

    Map<String, String> line = awaitLine(SERVICE + "/StreamArticles");
    assertEquals("OK", line.get("code"));
    assertEquals("3", line.get("sent"));
    assertEquals("1", line.get("received"));
    assertEquals(bytes, Long.parseLong(line.get("bytes_sent")));

    List<Exposition.Sample> m = scrape();
    assertValue(3, m, "grpc_server_msg_sent_total", labels("StreamArticles", "server_stream", null));
    assertValue(1, m, "grpc_server_handled_total", labels("StreamArticles", "server_stream", "OK"));
    assertValue(bytes, m, "grpc_server_sent_bytes_total", labels("StreamArticles", "server_stream", null));
  }

  /** Health's Watch streams until the client goes away, so it ends only by cancellation or deadline. */
  private CompletableFuture<Status> watch(long deadlineMillis, boolean cancelOnFirst) {
    CompletableFuture<Status> ended = new CompletableFuture<>();
    HealthGrpc.HealthStub health = HealthGrpc.newStub(channel);
    if (deadlineMillis > 0) {
      health = health.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS);
    }
    health.watch(HealthCheckRequest.getDefaultInstance(), new ClientResponseObserver<HealthCheckRequest,
        HealthCheckResponse>() {
      private ClientCallStreamObserver<HealthCheckRequest> call;

      @Override
      public void beforeStart(ClientCallStreamObserver<HealthCheckRequest> call) {
        this.call = call;
      }

      @Override
      public void onNext(HealthCheckResponse value) {
        if (cancelOnFirst) {
          call.cancel("the test is done", null);
        }
      }

      @Override
      public void onError(Throwable t) {
        ended.complete(Status.fromThrowable(t));
      }

      @Override
      public void onCompleted() {
        ended.complete(Status.OK);
      }
    });
    return ended;
  }

  @Test
  void clientCancellation_isLoggedAndCountedAsCancelled() throws Exception {
    start(true, true);
    assertEquals(Status.Code.CANCELLED, watch(0, true).get(10, TimeUnit.SECONDS).getCode());

    Map<String, String> line = awaitLine("grpc.health.v1.Health/Watch");
    assertEquals("CANCELLED", line.get("code"));
    assertEquals("1", line.get("sent"));
    assertValue(1, scrape(), "grpc_server_handled_total", labels("Health/Watch", "server_stream", "CANCELLED"));
  }

  @Test
  void deadline_isLoggedAndCountedAsDeadlineExceeded() throws Exception {
    start(true, true);
    // Connect first, so the server sees nearly all of the 300 ms.
    HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance());
    assertEquals(Status.Code.DEADLINE_EXCEEDED, watch(300, false).get(10, TimeUnit.SECONDS).getCode());

    Map<String, String> line = awaitLine("grpc.health.v1.Health/Watch");
    assertEquals("DEADLINE_EXCEEDED", line.get("code"));
    assertTrue(Double.parseDouble(line.get("ms")) >= 200, line.toString());
    List<Exposition.Sample> m = scrape();
    assertValue(1, m, "grpc_server_handled_total", labels("Health/Watch", "server_stream", "DEADLINE_EXCEEDED"));
    assertTrue(Exposition.value(m, "grpc_server_handling_seconds_sum",
        labels("Health/Watch", "server_stream", "DEADLINE_EXCEEDED")) >= 0.2);
  }

  @Test
  void requestLogOff_metricsStillCount() throws Exception {
    start(false, true);
    stub().getArticle(GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build());
    // The handled count is recorded when the server completes the call, just after the client has its answer.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (Exposition.value(scrape(), "grpc_server_handled_total", labels("GetArticle", "unary", "OK")) < 1) {
      assertTrue(System.nanoTime() < deadline, "never counted");
      Thread.sleep(10);
    }
    telemetry.close();
    assertTrue(logged.isEmpty(), logged.toString());
  }

  @Test
  void bothOff_addNoInterceptor() throws Exception {
    Telemetry off = Telemetry.create(false, false);
    assertTrue(off.interceptors(NettyServerBuilder.forPort(0)).isEmpty());
    assertTrue(off.ingestListeners().isEmpty());
    assertFalse(off.metricsPort().isPresent());
    assertEquals(null, off.registry());
  }

  @Test
  void line_formatsMillisecondsWithThreeDecimals() {
    assertEquals("ms=12.034", msField(12_034_567));
    assertEquals("ms=0.005", msField(5_999));
    assertEquals("ms=1500.000", msField(1_500_000_000));
  }

  private static String msField(long nanos) {
    StringBuilder b = new StringBuilder();
    RequestLog.appendMillis(b, nanos);
    return "ms=" + b;
  }
}
