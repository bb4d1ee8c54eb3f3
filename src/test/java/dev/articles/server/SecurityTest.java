package dev.articles.server;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Seeds;
import dev.articles.testing.TestCertificates;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.GetArticleRequest;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.MetadataUtils;
import io.grpc.stub.StreamObserver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** TLS, mutual TLS, bearer tokens and the reflection switch, over a real Netty server on loopback. */
class SecurityTest {
  private static final String TOKEN = "s3cret-token-for-tests-0123456789";

  @TempDir
  Path dir;

  private Path seeds;
  private TestCertificates certs;
  private final List<ManagedChannel> channels = new ArrayList<>();

  @BeforeEach
  void arrange() throws Exception {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    certs = TestCertificates.create(Files.createDirectories(dir.resolve("certs")));
  }

  @AfterEach
  void closeChannels() {
    channels.forEach(ManagedChannel::shutdownNow);
  }

  private LaunchedServer serve(String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("--seeds", seeds.toString(), "--db", "jdbc:h2:mem:"
        + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
    args.addAll(List.of(flags));
    return LaunchedServer.start(args.toArray(String[]::new));
  }

  private ManagedChannel channel(LaunchedServer s, ChannelCredentials credentials) {
    ManagedChannel c = Grpc.newChannelBuilder(s.address(), credentials).build();
    channels.add(c);
    return c;
  }

  private static ChannelCredentials trusting(TestCertificates certs) throws Exception {
    return TlsChannelCredentials.newBuilder().trustManager(certs.caCert.toFile()).build();
  }

  private static String getSeed(ManagedChannel c) {
    return ArticleServiceGrpc.newBlockingStub(c).withDeadlineAfter(10, TimeUnit.SECONDS)
        .getArticle(GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build()).getName();
  }

  private static ArticleServiceGrpc.ArticleServiceBlockingStub withToken(ManagedChannel c, String token) {
    Metadata h = new Metadata();
    h.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), token);
    return ArticleServiceGrpc.newBlockingStub(c).withInterceptors(MetadataUtils.newAttachHeadersInterceptor(h))
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  @Test
  void tls_clientTrustingTheCa_getsTheArticle_plaintextClientIsRefused() throws Exception {
    try (LaunchedServer s = serve("--tls-cert", certs.serverCert.toString(), "--tls-key", certs.serverKey.toString())) {
      assertEquals(Seeds.SEED_NAME, getSeed(channel(s, trusting(certs))));
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
          () -> getSeed(channel(s, InsecureChannelCredentials.create())));
      assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
    }
  }

  @Test
  void mutualTls_onlyAClientCertificateFromTheTrustedCaGetsIn() throws Exception {
    try (LaunchedServer s = serve("--tls-cert", certs.serverCert.toString(), "--tls-key", certs.serverKey.toString(),
        "--tls-client-ca", certs.caCert.toString())) {
      ChannelCredentials client = TlsChannelCredentials.newBuilder().trustManager(certs.caCert.toFile())
          .keyManager(certs.clientCert.toFile(), certs.clientKey.toFile()).build();
      assertEquals(Seeds.SEED_NAME, getSeed(channel(s, client)));

      ChannelCredentials stranger = TlsChannelCredentials.newBuilder().trustManager(certs.caCert.toFile())
          .keyManager(certs.strangerCert.toFile(), certs.strangerKey.toFile()).build();
      assertEquals(Status.Code.UNAVAILABLE, assertThrows(StatusRuntimeException.class,
          () -> getSeed(channel(s, stranger))).getStatus().getCode());
      assertEquals(Status.Code.UNAVAILABLE, assertThrows(StatusRuntimeException.class,
          () -> getSeed(channel(s, trusting(certs)))).getStatus().getCode());
    }
  }

  @Test
  void healthCommand_overTls_reportsServing_andFailsWithoutTheCa() throws Exception {
    try (LaunchedServer s = serve("--tls-cert", certs.serverCert.toString(), "--tls-key", certs.serverKey.toString())) {
      StringWriter out = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(out));
      assertEquals(0, cli.execute("health", "--address", s.address(), "--tls-ca", certs.caCert.toString()));
      assertTrue(out.toString().contains("SERVING"), out.toString());

      StringWriter refused = new StringWriter();
      CommandLine plain = Main.commandLine();
      plain.setOut(new PrintWriter(refused));
      assertEquals(1, plain.execute("health", "--address", s.address(), "--timeout-seconds", "3"));
      assertTrue(refused.toString().startsWith("UNREACHABLE"), refused.toString());
    }
  }

  @Test
  void bearerToken_missingMalformedOrWrong_isUnauthenticated_rightTokenGetsIn_healthStaysOpen() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens"), "# rotated monthly\nold-token-still-valid-abcdef\n"
        + TOKEN + "\n");
    try (LaunchedServer s = serve("--auth-token-file", tokens.toString())) {
      ManagedChannel c = channel(s, InsecureChannelCredentials.create());
      GetArticleRequest get = GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build();
      assertError(Status.Code.UNAUTHENTICATED, "TOKEN_MISSING", () -> getSeed(c));
      assertError(Status.Code.UNAUTHENTICATED, "TOKEN_MALFORMED", () -> withToken(c, "Basic " + TOKEN).getArticle(get));
      assertError(Status.Code.UNAUTHENTICATED, "TOKEN_INVALID",
          () -> withToken(c, "Bearer " + TOKEN.substring(1)).getArticle(get));
      assertError(Status.Code.UNAUTHENTICATED, "TOKEN_INVALID", () -> withToken(c, "Bearer " + TOKEN + "x").getArticle(get));
      assertEquals(Seeds.SEED_NAME, withToken(c, "Bearer " + TOKEN).getArticle(get).getName());
      assertEquals(Seeds.SEED_NAME, withToken(c, "bearer old-token-still-valid-abcdef").getArticle(get).getName());
      assertEquals(ServingStatus.SERVING, HealthGrpc.newBlockingStub(c)
          .check(HealthCheckRequest.getDefaultInstance()).getStatus());
    }
  }

  @Test
  void tokenFile_withAShortToken_isRefusedAtStartupNamingTheLine() throws Exception {
    Path tokens = Files.writeString(dir.resolve("tokens"), TOKEN + "\nshort\n");
    Exception e = assertThrows(IllegalArgumentException.class, () -> serve("--auth-token-file", tokens.toString()));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("shorter than 16"), e.getMessage());
  }

  @Test
  void reflection_isServedByDefault_andUnimplementedWithNoReflection() throws Exception {
    try (LaunchedServer on = serve(); LaunchedServer off = serve("--no-reflection")) {
      assertTrue(listServices(channel(on, InsecureChannelCredentials.create())).contains("articles.v1.ArticleService"));
      ExecutionExceptionCode code = new ExecutionExceptionCode();
      try {
        listServices(channel(off, InsecureChannelCredentials.create()));
      } catch (java.util.concurrent.ExecutionException e) {
        code.code = Status.fromThrowable(e.getCause()).getCode();
      }
      assertEquals(Status.Code.UNIMPLEMENTED, code.code);
      // The service itself is unaffected.
      assertEquals(Seeds.SEED_NAME, getSeed(channel(off, InsecureChannelCredentials.create())));
    }
  }

  private static final class ExecutionExceptionCode {
    Status.Code code;
  }

  private static String listServices(ManagedChannel c) throws Exception {
    CompletableFuture<String> answer = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(c)
        .serverReflectionInfo(new StreamObserver<>() {
          @Override
          public void onNext(ServerReflectionResponse r) {
            answer.complete(r.getListServicesResponse().toString());
          }

          @Override
          public void onError(Throwable t) {
            answer.completeExceptionally(t);
          }

          @Override
          public void onCompleted() {}
        });
    requests.onNext(ServerReflectionRequest.newBuilder().setListServices("").build());
    try {
      return answer.get(10, TimeUnit.SECONDS);
    } finally {
      requests.onCompleted();
    }
  }

}
