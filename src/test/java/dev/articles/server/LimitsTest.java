package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.ErrorInfo;
import dev.articles.generate.CorpusGenerator;
import dev.articles.testing.Errors;
import dev.articles.testing.PacedReader;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ArticleView;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's protective limits, each hit for real over a Netty server on loopback. */
class LimitsTest {
  @TempDir
  static Path dir;

  private static Path corpus;
  private final List<ManagedChannel> channels = new ArrayList<>();
  private final List<LaunchedServer> servers = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    // Enough FULL articles that a stream cannot finish inside the test channels' 64 KB flow-control window.
    corpus = Files.createDirectories(dir.resolve("corpus"));
    new CorpusGenerator(7).write(corpus, 150);
    // Ingested once; every server below opens the same file database and finds nothing to do.
    db = "jdbc:h2:" + dir.resolve("db");
    assertEquals(0, Main.commandLine().execute("ingest", "--seeds", corpus.toString(), "--db", db));
  }

  private static String db;

  @AfterEach
  void close() throws Exception {
    channels.forEach(ManagedChannel::shutdownNow);
    for (LaunchedServer s : servers) {
      s.close();
    }
  }

  private LaunchedServer serve(String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("--seeds", corpus.toString(), "--db", db));
    args.addAll(List.of(flags));
    LaunchedServer s = LaunchedServer.start(args.toArray(String[]::new));
    servers.add(s);
    return s;
  }

  private ManagedChannel channel(LaunchedServer s) {
    ManagedChannel c = NettyChannelBuilder.forAddress("127.0.0.1", s.port).usePlaintext()
        .flowControlWindow(65_535).build();
    channels.add(c);
    return c;
  }

  /** A stream of every article, FULL view, to a reader that stops asking after the first. */
  private static PacedReader<StreamArticlesRequest, StreamArticlesResponse> stall(ManagedChannel c) {
    return read(ArticleServiceGrpc.newStub(c), PacedReader.stalled());
  }

  /** A stream of every article, FULL view, to a reader that waits {@code pauseMillis} before each next one. */
  private static PacedReader<StreamArticlesRequest, StreamArticlesResponse> read(ManagedChannel c, long pauseMillis) {
    return read(ArticleServiceGrpc.newStub(c), PacedReader.paced(pauseMillis, 1, m -> {}));
  }

  private static PacedReader<StreamArticlesRequest, StreamArticlesResponse> read(
      ArticleServiceGrpc.ArticleServiceStub stub, PacedReader<StreamArticlesRequest, StreamArticlesResponse> r) {
    stub.streamArticles(StreamArticlesRequest.newBuilder().setView(ArticleView.ARTICLE_VIEW_FULL).build(), r);
    return r;
  }

  @Test
  void maxMessageBytes_largerRequest_isResourceExhaustedWithErrorInfo_smallerOneIsServed() throws Exception {
    LaunchedServer s = serve("--max-message-bytes", "4096");
    var stub = ArticleServiceGrpc.newBlockingStub(channel(s)).withDeadlineAfter(10, TimeUnit.SECONDS);
    ErrorInfo info = Errors.assertError(Status.Code.RESOURCE_EXHAUSTED, "REQUEST_TOO_LARGE",
        () -> stub.getArticle(GetArticleRequest.newBuilder().setName("articles/" + "x".repeat(8000)).build()));
    assertEquals("4096", info.getMetadataOrThrow("limit"));
    assertTrue(Integer.parseInt(info.getMetadataOrThrow("bytes")) > 8000, info.toString());
    // Above the transport's own limit (4x, and at least 1 MiB more), grpc-java refuses it unread, with a bare status.
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> stub.getArticle(
        GetArticleRequest.newBuilder().setName("articles/" + "x".repeat(1_100_000)).build()));
    assertEquals(Status.Code.RESOURCE_EXHAUSTED, e.getStatus().getCode());
    assertEquals("articles/art-0000001",
        stub.getArticle(GetArticleRequest.newBuilder().setName("articles/art-0000001").build()).getName());
  }

  @Test
  void streamDeadline_streamWithoutOne_endsDeadlineExceededWithErrorInfo_unaryCallsUnaffected() throws Exception {
    LaunchedServer s = serve("--stream-deadline-seconds", "1");
    ManagedChannel c = channel(s);
    long start = System.nanoTime();
    var r = read(c, 20);
    Status status = r.ended.get(20, TimeUnit.SECONDS);
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(Status.Code.DEADLINE_EXCEEDED, status.getCode(), String.valueOf(status));
    ErrorInfo info = Errors.errorInfo((StatusRuntimeException) r.error);
    assertEquals("STREAM_DEADLINE_EXCEEDED", info.getReason());
    assertEquals("1", info.getMetadataOrThrow("deadline_seconds"));
    assertTrue(ms >= 900, "ended after " + ms + " ms");
    assertTrue(r.received.get() >= 1);
    // The server is fine, and unary calls get no default deadline.
    assertEquals("articles/art-0000002", ArticleServiceGrpc.newBlockingStub(c)
        .getArticle(GetArticleRequest.newBuilder().setName("articles/art-0000002").build()).getName());
  }

  @Test
  void streamDeadline_aClientsOwnDeadlineWins() throws Exception {
    LaunchedServer s = serve("--stream-deadline-seconds", "1");
    var r = read(ArticleServiceGrpc.newStub(channel(s)).withDeadlineAfter(3, TimeUnit.SECONDS), PacedReader.stalled());
    long start = System.nanoTime();
    assertEquals(Status.Code.DEADLINE_EXCEEDED, r.ended.get(20, TimeUnit.SECONDS).getCode());
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(ms >= 2500, "the server's default cut in after " + ms + " ms");
  }

  @Test
  void maxConcurrentCallsPerConnection_queuesTheThirdStreamUntilOneEnds() throws Exception {
    LaunchedServer s = serve("--max-concurrent-calls-per-connection", "2", "--stream-deadline-seconds", "0");
    ManagedChannel c = channel(s);
    var a = stall(c);
    var b = stall(c);
    a.first.get(10, TimeUnit.SECONDS);
    b.first.get(10, TimeUnit.SECONDS);
    var third = stall(c);
    assertThrows(java.util.concurrent.TimeoutException.class, () -> third.first.get(1, TimeUnit.SECONDS));
    a.cancel();
    third.first.get(10, TimeUnit.SECONDS);
    assertFalse(b.ended.isDone());
  }

  @Test
  void handshakeTimeout_closesAConnectionThatNeverSpeaks() throws Exception {
    LaunchedServer s = serve("--handshake-timeout-seconds", "1");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", s.port), 5000);
      socket.setSoTimeout(10_000);
      long start = System.nanoTime();
      InputStream in = socket.getInputStream();
      // The server's HTTP/2 preface may arrive first; what matters is that the connection is then closed.
      while (in.read() >= 0) {
        // drain
      }
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(ms >= 500 && ms < 9000, "closed after " + ms + " ms");
    }
  }

  @Test
  void maxConnectionAge_endsAStreamAfterAgePlusGrace_andTheChannelReconnects() throws Exception {
    LaunchedServer s = serve("--max-connection-age-seconds", "1", "--max-connection-age-grace-seconds", "1",
        "--stream-deadline-seconds", "0");
    ManagedChannel c = channel(s);
    long start = System.nanoTime();
    var r = read(c, 100);
    Status status = r.ended.get(60, TimeUnit.SECONDS);
    System.out.println("max connection age 1 s + grace 1 s ended a slow stream after "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
    assertEquals(Status.Code.UNAVAILABLE, status.getCode(), String.valueOf(status));
    assertNotNull(ArticleServiceGrpc.newBlockingStub(c).withDeadlineAfter(10, TimeUnit.SECONDS)
        .getArticle(GetArticleRequest.newBuilder().setName("articles/art-0000003").build()));
  }
}
