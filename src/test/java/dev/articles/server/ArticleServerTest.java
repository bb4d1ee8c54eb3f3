package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import dev.articles.ingest.SeedReader;
import dev.articles.testing.Seeds;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleServerTest {
  @TempDir
  Path seeds;

  private ArticleServer server;
  private Backend backend;
  private ManagedChannel channel;
  private boolean stopped;

  @BeforeEach
  void start() throws Exception {
    Seeds.copySeed(seeds);
    String name = InProcessServerBuilder.generateName();
    backend = Backend.open(new Backend.Settings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null,
        SeedReader.DEFAULT_MAX_BYTES, 1, 16, 16L << 20, new byte[32]));
    server = new ArticleServer(InProcessServerBuilder.forName(name), backend, seeds);
    server.start();
    channel = InProcessChannelBuilder.forName(name).build();
  }

  @AfterEach
  void stop() throws Exception {
    channel.shutdownNow();
    if (!stopped) {
      server.stop(Duration.ofSeconds(1));
    }
  }

  private ServingStatus health(String service) {
    return HealthGrpc.newBlockingStub(channel)
        .check(HealthCheckRequest.newBuilder().setService(service).build()).getStatus();
  }

  @Test
  void health_isNotServingUntilIngestionFinishes_thenServing() throws Exception {
    assertEquals(ServingStatus.NOT_SERVING, health(""));
    assertEquals(ServingStatus.NOT_SERVING, health(ArticleServer.SERVICE_NAME));
    server.ingestAndServe();
    assertEquals(ServingStatus.SERVING, health(""));
    assertEquals(ServingStatus.SERVING, health(ArticleServer.SERVICE_NAME));
  }

  @Test
  void warmCache_loadsEveryArticleInBothViews_soTheFirstGetReadsNoDatabase() throws Exception {
    server.ingestAndServe();
    assertEquals(0, backend.cache.size());
    server.warmCache();
    server.awaitWarmCache();
    assertEquals(2, backend.cache.size(), "the seed's FULL and BASIC views");
    dev.articles.v1.ArticleServiceGrpc.newBlockingStub(channel).getArticle(
        dev.articles.v1.GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build());
    assertEquals(0, backend.cache.misses());
    assertEquals(1, backend.cache.hits());
  }

  @Test
  void health_turnsNotServingWhenShutdownBegins() throws Exception {
    server.ingestAndServe();
    List<ServingStatus> seen = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> ended = new CompletableFuture<>();
    HealthGrpc.newStub(channel).watch(HealthCheckRequest.getDefaultInstance(),
        new StreamObserver<HealthCheckResponse>() {
          @Override
          public void onNext(HealthCheckResponse r) {
            seen.add(r.getStatus());
          }

          @Override
          public void onError(Throwable t) {
            ended.complete(null);
          }

          @Override
          public void onCompleted() {
            ended.complete(null);
          }
        });
    while (seen.isEmpty()) {
      Thread.sleep(5);
    }
    server.stop(Duration.ofMillis(200));
    stopped = true;
    ended.get(10, TimeUnit.SECONDS);
    assertEquals(List.of(ServingStatus.SERVING, ServingStatus.NOT_SERVING), seen);
  }

  @Test
  void reflection_v1_findsErrorInfoSoClientsCanDecodeErrorDetails() throws Exception {
    List<String> files = fileContainingSymbol("google.rpc.ErrorInfo");
    assertTrue(files.contains("google/rpc/error_details.proto"), files.toString());
  }

  @Test
  void reflection_v1_describesTheArticleService() throws Exception {
    List<String> files = fileContainingSymbol("articles.v1.ArticleService");
    assertTrue(files.contains("articles/v1/article_service.proto"), files.toString());
  }

  private List<String> fileContainingSymbol(String symbol) throws Exception {
    CompletableFuture<ServerReflectionResponse> response = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests = ServerReflectionGrpc.newStub(channel).serverReflectionInfo(
        new StreamObserver<ServerReflectionResponse>() {
          @Override
          public void onNext(ServerReflectionResponse r) {
            response.complete(r);
          }

          @Override
          public void onError(Throwable t) {
            response.completeExceptionally(t);
          }

          @Override
          public void onCompleted() {}
        });
    requests.onNext(ServerReflectionRequest.newBuilder().setFileContainingSymbol(symbol).build());
    ServerReflectionResponse r = response.get(10, TimeUnit.SECONDS);
    requests.onCompleted();
    assertTrue(r.hasFileDescriptorResponse(), r.toString());
    List<String> names = new ArrayList<>();
    for (var bytes : r.getFileDescriptorResponse().getFileDescriptorProtoList()) {
      names.add(FileDescriptorProto.parseFrom(bytes).getName());
    }
    return names;
  }
}
