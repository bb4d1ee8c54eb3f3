package dev.articles.api;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.ErrorInfo;
import dev.articles.store.ChangeLog;
import dev.articles.testing.Await;
import dev.articles.testing.Fixtures;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.testing.StreamCollector;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleView;
import dev.articles.v1.Fact;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListArticlesResponse;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListFactsResponse;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.StreamFactsResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings and streams read as of the moment they started, while the seed watcher changes the articles
 * under them. There are more articles than a FULL stream reads per page (32), and the changes fall after
 * the first page, so a stream that paused after three messages has not read them yet.
 */
class SnapshotReadsTest {
  private static final ArticleView FULL = ArticleView.ARTICLE_VIEW_FULL;

  @TempDir
  Path seeds;

  private RunningServer start(int articles, boolean watch, long retainedEvents) throws Exception {
    for (int i = 0; i < articles; i++) {
      String source = i % 2 == 0 ? "وكالات" : "الجزيرة";
      Seeds.variant(seeds, String.format("a%02d", i), "الثلاثاء 16 أبريل 2024", source);
    }
    return RunningServer.start(seeds, watch, ChangeLog.DEFAULT_WINDOW, retainedEvents);
  }

  /**
   * Changes articles past the first stream page through the watcher, and waits until they are served: a35
   * gets new content (and a new source), a37 is deleted, a36x is added between them.
   */
  private void changeLateArticles(RunningServer s) throws Exception {
    Files.write(seeds.resolve("a35.txt"), Fixtures.bytes("06_iraq_oil_reuters_caption"));
    Files.delete(seeds.resolve("a37.txt"));
    Files.write(seeds.resolve("a36x.txt"), Fixtures.bytes("04_jordan_water"));
    Await.until("the changes to be applied", () -> exists(s, "articles/a36x") && !exists(s, "articles/a37")
        && article(s, "articles/a35").getTitle().contains("العراق"));
  }

  private static Article article(RunningServer s, String name) {
    return s.blocking().getArticle(GetArticleRequest.newBuilder().setName(name).build());
  }

  private static boolean exists(RunningServer s, String name) {
    try {
      article(s, name);
      return true;
    } catch (StatusRuntimeException e) {
      return false;
    }
  }

  private static List<Article> listArticles(RunningServer s, String filter) {
    return s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(1000).setView(FULL)
        .setFilter(filter).build()).getArticlesList();
  }

  private static List<Fact> listFacts(RunningServer s, String parent) {
    List<Fact> out = new ArrayList<>();
    String token = "";
    do {
      ListFactsResponse page = s.blocking().listFacts(ListFactsRequest.newBuilder().setParent(parent)
          .setPageSize(1000).setPageToken(token).build());
      out.addAll(page.getFactsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return out;
  }

  @Test
  void streamArticles_pausedWhileArticlesChange_finishesWithTheSnapshotItStartedOn() throws Exception {
    try (RunningServer s = start(40, true, ChangeLog.DEFAULT_EVENTS)) {
      List<Article> before = listArticles(s, "");
      StreamCollector<StreamArticlesRequest, StreamArticlesResponse> paused = StreamCollector.manual(3);
      s.async().streamArticles(StreamArticlesRequest.newBuilder().setView(FULL).build(), paused);
      Await.until("three articles", () -> paused.received().size() == 3);

      changeLateArticles(s);
      paused.request(Integer.MAX_VALUE);
      List<Article> streamed = paused.awaitCompleted().stream().map(StreamArticlesResponse::getArticle).toList();

      assertEquals(before, streamed);
      List<Article> now = listArticles(s, "");
      assertNotEquals(before, now, "the changes are visible to a new listing");
      assertTrue(now.stream().anyMatch(a -> a.getName().equals("articles/a36x")));
    }
  }

  @Test
  void streamFacts_pausedWhileArticlesChange_finishesWithTheSnapshotItStartedOn() throws Exception {
    try (RunningServer s = start(40, true, ChangeLog.DEFAULT_EVENTS)) {
      List<Fact> before = listFacts(s, "articles/-");
      assertTrue(before.size() > 2 * FactHandlers.STREAM_PAGE, "the changes fall beyond the first page");
      StreamCollector<StreamFactsRequest, StreamFactsResponse> paused = StreamCollector.manual(3);
      s.async().streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-").build(), paused);
      Await.until("three facts", () -> paused.received().size() == 3);

      changeLateArticles(s);
      paused.request(Integer.MAX_VALUE);
      List<Fact> streamed = paused.awaitCompleted().stream().map(StreamFactsResponse::getFact).toList();

      assertEquals(before, streamed);
      assertNotEquals(before, listFacts(s, "articles/-"));
    }
  }

  @Test
  void listPages_afterAChange_stillReadTheFirstPagesSnapshot_withFiltersAndDeletedParents() throws Exception {
    try (RunningServer s = start(40, true, ChangeLog.DEFAULT_EVENTS)) {
      // a35 is filtered in by its old source only; a37's facts must stay listable under its old snapshot.
      String filter = "source = \"الجزيرة\"";
      List<Article> filteredBefore = listArticles(s, filter);
      assertTrue(filteredBefore.stream().anyMatch(a -> a.getName().equals("articles/a35")));
      List<Fact> a37Before = listFacts(s, "articles/a37");

      ListArticlesResponse first = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(4)
          .setView(FULL).setFilter(filter).build());
      ListFactsResponse firstFacts = s.blocking().listFacts(ListFactsRequest.newBuilder()
          .setParent("articles/a37").setPageSize(2).build());
      changeLateArticles(s);

      List<Article> paged = new ArrayList<>(first.getArticlesList());
      String token = first.getNextPageToken();
      while (!token.isEmpty()) {
        ListArticlesResponse page = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(4)
            .setView(FULL).setFilter(filter).setPageToken(token).build());
        assertEquals(first.getWatchResumeToken(), page.getWatchResumeToken(), "one snapshot for every page");
        paged.addAll(page.getArticlesList());
        token = page.getNextPageToken();
      }
      assertEquals(filteredBefore, paged);
      assertFalse(listArticles(s, filter).stream().anyMatch(a -> a.getName().equals("articles/a35")),
          "a35's new version has another source");

      List<Fact> a37Paged = new ArrayList<>(firstFacts.getFactsList());
      token = firstFacts.getNextPageToken();
      while (!token.isEmpty()) {
        ListFactsResponse page = s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("articles/a37")
            .setPageSize(2).setPageToken(token).build());
        a37Paged.addAll(page.getFactsList());
        token = page.getNextPageToken();
      }
      assertEquals(a37Before, a37Paged);
      assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND", () -> listFacts(s, "articles/a37"));
    }
  }

  @Test
  void pageTokenAndCursor_whoseSnapshotWasPruned_areOutOfRange() throws Exception {
    try (RunningServer s = start(4, false, 1)) {
      ListArticlesResponse first = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(1).build());
      String cursor = s.blocking().streamArticles(StreamArticlesRequest.getDefaultInstance()).next().getCursor();
      long snapshot = s.db.changes().head();
      Files.write(seeds.resolve("a01.txt"), Fixtures.bytes("04_jordan_water"));
      Files.delete(seeds.resolve("a02.txt"));
      s.backend.ingestor.apply(seeds, List.of("a01.txt", "a02.txt"));

      ErrorInfo info = assertError(Status.Code.OUT_OF_RANGE, "SNAPSHOT_EXPIRED", () -> s.blocking().listArticles(
          ListArticlesRequest.newBuilder().setPageSize(1).setPageToken(first.getNextPageToken()).build()));
      assertEquals(Long.toString(snapshot), info.getMetadataOrThrow("snapshot"));
      assertEquals(Long.toString(s.db.changes().prunedThrough()), info.getMetadataOrThrow("oldest_snapshot"));
      assertError(Status.Code.OUT_OF_RANGE, "SNAPSHOT_EXPIRED", () -> s.blocking().streamArticles(
          StreamArticlesRequest.newBuilder().setStartAfter(cursor).build()).next());
      // Starting again works, and sees the changes.
      assertEquals(3, listArticles(s, "").size());
    }
  }
}
