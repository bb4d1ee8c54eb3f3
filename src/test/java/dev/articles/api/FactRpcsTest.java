package dev.articles.api;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.testing.RunningServer;
import dev.articles.testing.StoreFixtures;
import dev.articles.v1.Fact;
import dev.articles.v1.FactKind;
import dev.articles.v1.GetFactRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListFactsResponse;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.StreamFactsResponse;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GetFact, ListFacts and StreamFacts over facts written straight into the store. */
class FactRpcsTest {
  @TempDir
  Path seeds;

  private static final FactKind Q = FactKind.FACT_KIND_QUOTE;
  private static final FactKind F = FactKind.FACT_KIND_FIGURE;

  private RunningServer withFacts() throws Exception {
    RunningServer s = RunningServer.start(seeds);
    StoreFixtures.articleWithFacts(s.db, "a", Q, F, Q);
    StoreFixtures.articleWithFacts(s.db, "b", F, F);
    StoreFixtures.articleWithFacts(s.db, "c");
    StoreFixtures.articleWithFacts(s.db, "d", Q);
    return s;
  }

  @Test
  void getFact_knownAndUnknown() throws Exception {
    try (RunningServer s = withFacts()) {
      Fact f = s.blocking().getFact(GetFactRequest.newBuilder().setName("articles/a/facts/f1").build());
      assertEquals(FactKind.FACT_KIND_FIGURE, f.getKind());
      assertError(Status.Code.NOT_FOUND, "FACT_NOT_FOUND",
          () -> s.blocking().getFact(GetFactRequest.newBuilder().setName("articles/a/facts/f9").build()));
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_NAME",
          () -> s.blocking().getFact(GetFactRequest.newBuilder().setName("articles/a/f1").build()));
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_NAME",
          () -> s.blocking().getFact(GetFactRequest.newBuilder().setName("articles/a/facts/F_1").build()));
    }
  }

  @Test
  void listFacts_allArticles_pagesAcrossArticlesInOrder() throws Exception {
    try (RunningServer s = withFacts()) {
      List<String> seen = new ArrayList<>();
      String token = "";
      do {
        ListFactsResponse page = s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("articles/-")
            .setPageSize(2).setPageToken(token).build());
        page.getFactsList().forEach(f -> seen.add(f.getName()));
        token = page.getNextPageToken();
      } while (!token.isEmpty());
      assertEquals(List.of("articles/a/facts/f0", "articles/a/facts/f1", "articles/a/facts/f2",
          "articles/b/facts/f0", "articles/b/facts/f1", "articles/d/facts/f0"), seen);
    }
  }

  @Test
  void listFacts_oneArticleWithKindFilter() throws Exception {
    try (RunningServer s = withFacts()) {
      ListFactsResponse r = s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("articles/a")
          .setFilter("kind = QUOTE").build());
      assertEquals(List.of("articles/a/facts/f0", "articles/a/facts/f2"),
          r.getFactsList().stream().map(Fact::getName).toList());
      assertEquals(3, s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("articles/-")
          .setFilter("kind != FACT_KIND_QUOTE").build()).getFactsCount());
    }
  }

  @Test
  void listFacts_badParentOrFilter() throws Exception {
    try (RunningServer s = withFacts()) {
      assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND",
          () -> s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("articles/zzz").build()));
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_NAME",
          () -> s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("").build()));
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_FILTER", () -> s.blocking().listFacts(
          ListFactsRequest.newBuilder().setParent("articles/-").setFilter("kind = SPEECH").build()));
      String token = s.blocking().listFacts(ListFactsRequest.newBuilder().setParent("articles/-").setPageSize(1)
          .build()).getNextPageToken();
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", () -> s.blocking().listFacts(
          ListFactsRequest.newBuilder().setParent("articles/a").setPageSize(1).setPageToken(token).build()));
    }
  }

  @Test
  void streamFacts_allArticles_resumesFromCursor() throws Exception {
    try (RunningServer s = withFacts()) {
      Iterator<StreamFactsResponse> it = s.blocking().streamFacts(
          StreamFactsRequest.newBuilder().setParent("articles/-").build());
      List<String> all = new ArrayList<>();
      List<String> cursors = new ArrayList<>();
      it.forEachRemaining(m -> {
        all.add(m.getFact().getName());
        cursors.add(m.getCursor());
      });
      assertEquals(6, all.size());
      List<String> rest = new ArrayList<>();
      s.blocking().streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-")
          .setStartAfter(cursors.get(2)).build()).forEachRemaining(m -> rest.add(m.getFact().getName()));
      assertEquals(all.subList(3, 6), rest);
      assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND", () -> s.blocking().streamFacts(
          StreamFactsRequest.newBuilder().setParent("articles/nope").build()).hasNext());
    }
  }
}
