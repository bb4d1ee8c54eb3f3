package dev.articles.api;

import static dev.articles.testing.Errors.assertError;
import static dev.articles.testing.Errors.badRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.ErrorInfo;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleView;
import dev.articles.v1.BatchGetArticlesRequest;
import dev.articles.v1.BatchGetArticlesResponse;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListArticlesResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleServiceTest {
  @TempDir
  Path seeds;

  private RunningServer seedOnly() throws Exception {
    Seeds.copySeed(seeds);
    return RunningServer.start(seeds);
  }

  @Test
  void getArticle_seed_returnsTitleDateAndSources() throws Exception {
    try (RunningServer s = seedOnly()) {
      Article a = s.blocking().getArticle(GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build());
      assertEquals(Seeds.SEED_NAME, a.getName());
      assertEquals("باستثناء الاستشاريين.. العراق يعلن بدء انسحاب القوات الأميركية", a.getTitle());
      assertEquals(2024, a.getPublishedDate().getYear());
      assertEquals(4, a.getPublishedDate().getMonth());
      assertEquals(16, a.getPublishedDate().getDay());
      assertEquals(List.of("العربي", "وكالات"), a.getSourcesList());
      assertEquals("غيتي", a.getImage().getCredit());
      assertEquals(64, a.getContentDigest().length());
      assertEquals(14, a.getBodyCount(), "the default view of Get is FULL");
    }
  }

  @Test
  void getArticle_afterTheFileChanges_returnsTheNewVersionNotACachedOne() throws Exception {
    Path file = Seeds.copySeed(seeds);
    try (RunningServer s = RunningServer.start(seeds)) {
      GetArticleRequest request = GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build();
      Article before = s.blocking().getArticle(request);
      assertEquals(before, s.blocking().getArticle(request), "served twice, the second time from the cache");
      java.nio.file.Files.writeString(file, Seeds.seedText().replace("العربي، وكالات", "رويترز"));
      java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
          java.nio.file.Files.getLastModifiedTime(file).toMillis() + 60_000));
      s.backend.ingestor.sync(seeds);
      Article after = s.blocking().getArticle(request);
      assertEquals(List.of("رويترز"), after.getSourcesList());
      assertTrue(!after.getContentDigest().equals(before.getContentDigest()));
    }
  }

  @Test
  void getArticle_basicView_omitsTheBody() throws Exception {
    try (RunningServer s = seedOnly()) {
      Article a = s.blocking().getArticle(GetArticleRequest.newBuilder()
          .setName(Seeds.SEED_NAME).setView(ArticleView.ARTICLE_VIEW_BASIC).build());
      assertEquals(0, a.getBodyCount());
      assertFalse(a.getTitle().isEmpty());
    }
  }

  @Test
  void getArticle_unknownId_returnsNotFound() throws Exception {
    try (RunningServer s = seedOnly()) {
      ErrorInfo info = assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND",
          () -> s.blocking().getArticle(GetArticleRequest.newBuilder().setName("articles/missing").build()));
      assertEquals("articles/missing", info.getMetadataOrThrow("name"));
    }
  }

  @Test
  void getArticle_malformedName_returnsInvalidArgumentWithFieldViolation() throws Exception {
    try (RunningServer s = seedOnly()) {
      for (String bad : List.of("", "000_eb0e55b8ce852041", "articles/", "articles/a/b", "articles/../x",
          "books/1", "articles/" + "x".repeat(600), "articles/\u0000")) {
        assertError(Status.Code.INVALID_ARGUMENT, "INVALID_NAME",
            () -> s.blocking().getArticle(GetArticleRequest.newBuilder().setName(bad).build()));
      }
      StatusRuntimeException e = assertThrows(StatusRuntimeException.class,
          () -> s.blocking().getArticle(GetArticleRequest.newBuilder().setName("books/1").build()));
      assertEquals("name", badRequest(e).getFieldViolations(0).getField());
    }
  }

  @Test
  void getArticle_unknownView_returnsInvalidArgument() throws Exception {
    try (RunningServer s = seedOnly()) {
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_VIEW", () -> s.blocking().getArticle(
          GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).setViewValue(42).build()));
    }
  }

  @Test
  void batchGetArticles_returnsArticlesInRequestOrder() throws Exception {
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "b", "الأربعاء 17 أبريل 2024", "الجزيرة");
    try (RunningServer s = RunningServer.start(seeds)) {
      BatchGetArticlesResponse r = s.blocking().batchGetArticles(BatchGetArticlesRequest.newBuilder()
          .addNames("articles/b").addNames(Seeds.SEED_NAME).addNames("articles/b").build());
      assertEquals(List.of("articles/b", Seeds.SEED_NAME, "articles/b"),
          r.getArticlesList().stream().map(Article::getName).toList());
      assertEquals(14, r.getArticles(0).getBodyCount(), "the default view of BatchGet is FULL");
    }
  }

  @Test
  void batchGetArticles_badLists_returnInvalidArgumentOrNotFound() throws Exception {
    try (RunningServer s = seedOnly()) {
      assertError(Status.Code.INVALID_ARGUMENT, "NAMES_EMPTY",
          () -> s.blocking().batchGetArticles(BatchGetArticlesRequest.getDefaultInstance()));
      BatchGetArticlesRequest.Builder tooMany = BatchGetArticlesRequest.newBuilder();
      IntStream.range(0, 101).forEach(i -> tooMany.addNames(Seeds.SEED_NAME));
      assertError(Status.Code.INVALID_ARGUMENT, "TOO_MANY_NAMES",
          () -> s.blocking().batchGetArticles(tooMany.build()));
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_NAME", () -> s.blocking().batchGetArticles(
          BatchGetArticlesRequest.newBuilder().addNames(Seeds.SEED_NAME).addNames("nope").build()));
      ErrorInfo info = assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND", () -> s.blocking()
          .batchGetArticles(BatchGetArticlesRequest.newBuilder().addNames(Seeds.SEED_NAME)
              .addNames("articles/gone").build()));
      assertEquals("articles/gone", info.getMetadataOrThrow("name"));
    }
  }

  @Test
  void listArticles_pagesToTheEndWithoutGapsOrRepeats() throws Exception {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Seeds.variant(seeds, "a" + i, "الثلاثاء 16 أبريل 2024", "وكالات");
      expected.add("articles/a" + i);
    }
    try (RunningServer s = RunningServer.start(seeds)) {
      List<String> seen = new ArrayList<>();
      String token = "";
      int pages = 0;
      do {
        ListArticlesResponse page = s.blocking().listArticles(ListArticlesRequest.newBuilder()
            .setPageSize(3).setPageToken(token).build());
        page.getArticlesList().forEach(a -> seen.add(a.getName()));
        assertTrue(page.getArticlesList().stream().allMatch(a -> a.getBodyCount() == 0), "List defaults to BASIC");
        token = page.getNextPageToken();
        pages++;
      } while (!token.isEmpty());
      assertEquals(expected, seen);
      assertEquals(3, pages);
    }
  }

  @Test
  void listArticles_exactMultipleOfPageSize_lastPageHasNoToken() throws Exception {
    for (int i = 0; i < 4; i++) {
      Seeds.variant(seeds, "a" + i, "الثلاثاء 16 أبريل 2024", "وكالات");
    }
    try (RunningServer s = RunningServer.start(seeds)) {
      ListArticlesResponse first = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(2).build());
      ListArticlesResponse second = s.blocking().listArticles(ListArticlesRequest.newBuilder()
          .setPageSize(2).setPageToken(first.getNextPageToken()).build());
      assertEquals(2, second.getArticlesCount());
      assertEquals("", second.getNextPageToken());
    }
  }

  @Test
  void listArticles_pageSizes_defaultCoercedOrRefused() throws Exception {
    try (RunningServer s = seedOnly()) {
      assertEquals(1, s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(0).build())
          .getArticlesCount());
      assertEquals(1, s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(1_000_000).build())
          .getArticlesCount());
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_PAGE_SIZE",
          () -> s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(-1).build()));
    }
  }

  @Test
  void listArticles_badTokens_returnInvalidArgument() throws Exception {
    for (int i = 0; i < 3; i++) {
      Seeds.variant(seeds, "a" + i, "الثلاثاء 16 أبريل 2024", "وكالات");
    }
    try (RunningServer s = RunningServer.start(seeds)) {
      String token = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(1).build())
          .getNextPageToken();
      char[] chars = token.toCharArray();
      chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
      String tampered = new String(chars);
      for (String bad : List.of("not a token!", "AAAA", tampered, "x".repeat(5000))) {
        assertError(Status.Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", () -> s.blocking().listArticles(
            ListArticlesRequest.newBuilder().setPageSize(1).setPageToken(bad).build()));
      }
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN", () -> s.blocking().listArticles(
          ListArticlesRequest.newBuilder().setPageSize(1).setPageToken(token)
              .setFilter("language_code = \"ar\"").build()));
    }
  }

  @Test
  void listArticles_filters_selectByDateSourceAndLanguage() throws Exception {
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "march", "الجمعة 1 آذار 2024", "الجزيرة، وكالات");
    Seeds.variant(seeds, "may", "الأربعاء 1 مايو 2024", "رويترز");
    try (RunningServer s = RunningServer.start(seeds)) {
      assertEquals(List.of("articles/march"), names(s, "published_date < \"2024-04-01\""));
      assertEquals(List.of(Seeds.SEED_NAME, "articles/may"), names(s, "published_date >= \"2024-04-16\""));
      assertEquals(List.of(Seeds.SEED_NAME, "articles/march"), names(s, "source = \"وكالات\""));
      assertEquals(List.of("articles/march", "articles/may"), names(s, "-source = \"العربي\""));
      assertEquals(List.of(Seeds.SEED_NAME, "articles/may"),
          names(s, "source = \"رويترز\" OR source = \"العربي\""));
      assertEquals(3, names(s, "language_code = \"ar\"").size());
      assertEquals(List.of(), names(s, "language_code = \"en\""));
    }
  }

  @Test
  void listArticles_malformedOrHostileFilters_returnInvalidFilter() throws Exception {
    try (RunningServer s = seedOnly()) {
      for (String bad : List.of("' OR 1=1 --", "title = \"x\"", "published_date > \"yesterday\"",
          "source", "(source = \"a\"", "source = \"a\" AND", "kind = QUOTE", "source = \"a\u0000\"",
          "published_date : \"2024-01-01\"", "x".repeat(2000))) {
        assertError(Status.Code.INVALID_ARGUMENT, "INVALID_FILTER",
            () -> s.blocking().listArticles(ListArticlesRequest.newBuilder().setFilter(bad).build()));
      }
    }
  }

  private static List<String> names(RunningServer s, String filter) {
    return s.blocking().listArticles(ListArticlesRequest.newBuilder().setFilter(filter).build())
        .getArticlesList().stream().map(Article::getName).toList();
  }
}
