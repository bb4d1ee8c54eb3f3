package dev.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.articles.search.SearchIndex;
import dev.articles.store.ArticleReads;
import dev.articles.store.Database;
import dev.articles.store.FactReads;
import dev.articles.store.SourceFileReads;
import dev.articles.testing.StoreFixtures;
import dev.articles.testing.StreamCollector;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.FactKind;
import dev.articles.v1.WatchArticlesRequest;
import dev.articles.v1.WatchArticlesResponse;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub's own duties, on a service wired with a short heartbeat: progress while idle, and shutdown. */
class WatchHubTest {
  private Database db;
  private WatchHub hub;
  private Server server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws Exception {
    String name = InProcessServerBuilder.generateName();
    db = Database.open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", 4);
    hub = new WatchHub(Duration.ofMillis(100));
    ArticleService service = new ArticleService(new ArticleReads(db), new ArticleCache(new ArticleReads(db), 1 << 20),
        new FactReads(db), new SourceFileReads(db), SearchIndex.open(null), new byte[32], db.changes(), hub);
    server = InProcessServerBuilder.forName(name).addService(service.definition()).build().start();
    channel = InProcessChannelBuilder.forName(name).build();
  }

  @AfterEach
  void stop() throws Exception {
    channel.shutdownNow();
    server.shutdownNow().awaitTermination();
    hub.close();
    db.close();
  }

  private StreamCollector<WatchArticlesRequest, WatchArticlesResponse> watch() {
    StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = StreamCollector.automatic();
    ArticleServiceGrpc.newStub(channel).watchArticles(WatchArticlesRequest.getDefaultInstance(), w);
    return w;
  }

  @Test
  void idleWatch_getsProgressMessages_atItsPosition() throws Exception {
    StoreFixtures.articleWithFacts(db, "a", FactKind.FACT_KIND_QUOTE);
    StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = watch();
    WatchArticlesResponse first = w.next();
    for (int i = 0; i < 2; i++) {
      WatchArticlesResponse beat = w.next();
      assertFalse(beat.hasChange());
      assertEquals(first.getResumeToken(), beat.getResumeToken(), "nothing changed, so the position did not move");
    }
    w.cancel();
  }

  @Test
  void close_endsEveryWatchWithUnavailable_andRefusesNewOnes() throws Exception {
    List<StreamCollector<WatchArticlesRequest, WatchArticlesResponse>> watches = List.of(watch(), watch());
    for (var w : watches) {
      w.next();
    }
    hub.close();
    for (var w : watches) {
      var error = w.awaitError();
      assertEquals(Status.Code.UNAVAILABLE, error.getStatus().getCode());
      assertEquals("SHUTTING_DOWN", dev.articles.testing.Errors.errorInfo(error).getReason());
    }
    assertEquals(0, hub.subscribers());
    assertEquals(Status.Code.UNAVAILABLE, watch().awaitError().getStatus().getCode());
  }
}
