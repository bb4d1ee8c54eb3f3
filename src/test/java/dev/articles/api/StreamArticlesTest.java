package dev.articles.api;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.PacedReader;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.v1.ArticleView;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import io.grpc.Context;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamArticlesTest {
  @TempDir
  Path seeds;

  private RunningServer tenArticles() throws Exception {
    for (int i = 0; i < 10; i++) {
      Seeds.variant(seeds, "s" + i, "الثلاثاء 16 أبريل 2024", i % 2 == 0 ? "وكالات" : "الجزيرة");
    }
    return RunningServer.start(seeds);
  }

  private static List<String> expected(int from, int to) {
    List<String> names = new ArrayList<>();
    for (int i = from; i < to; i++) {
      names.add("articles/s" + i);
    }
    return names;
  }

  @Test
  void streamArticles_everything_inNameOrderWithCursors() throws Exception {
    try (RunningServer s = tenArticles()) {
      List<String> names = new ArrayList<>();
      s.blocking().streamArticles(StreamArticlesRequest.getDefaultInstance()).forEachRemaining(m -> {
        assertFalse(m.getCursor().isEmpty());
        assertEquals(0, m.getArticle().getBodyCount(), "streams default to BASIC");
        names.add(m.getArticle().getName());
      });
      assertEquals(expected(0, 10), names);
    }
  }

  @Test
  void streamArticles_fullViewAndFilter_areApplied() throws Exception {
    try (RunningServer s = tenArticles()) {
      List<StreamArticlesResponse> got = new ArrayList<>();
      s.blocking().streamArticles(StreamArticlesRequest.newBuilder().setView(ArticleView.ARTICLE_VIEW_FULL)
          .setFilter("source = \"الجزيرة\"").build()).forEachRemaining(got::add);
      assertEquals(List.of("articles/s1", "articles/s3", "articles/s5", "articles/s7", "articles/s9"),
          got.stream().map(m -> m.getArticle().getName()).toList());
      assertTrue(got.stream().allMatch(m -> m.getArticle().getBodyCount() == 14));
    }
  }

  @Test
  void streamArticles_resumedAfterDisconnect_continuesWithoutGapOrRepeat() throws Exception {
    try (RunningServer s = tenArticles()) {
      List<String> names = new ArrayList<>();
      String cursor;
      try (Context.CancellableContext ctx = Context.current().withCancellation()) {
        cursor = ctx.call(() -> {
          Iterator<StreamArticlesResponse> it = s.blocking().streamArticles(StreamArticlesRequest.getDefaultInstance());
          String last = null;
          for (int i = 0; i < 4; i++) {
            StreamArticlesResponse m = it.next();
            names.add(m.getArticle().getName());
            last = m.getCursor();
          }
          return last;
        });
        ctx.cancel(null); // the client goes away mid-stream
      }
      s.blocking().streamArticles(StreamArticlesRequest.newBuilder().setStartAfter(cursor).build())
          .forEachRemaining(m -> names.add(m.getArticle().getName()));
      assertEquals(expected(0, 10), names);
    }
  }

  @Test
  void streamArticles_cursorAndPageTokenAreInterchangeable() throws Exception {
    try (RunningServer s = tenArticles()) {
      String token = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(3).build())
          .getNextPageToken();
      List<String> names = new ArrayList<>();
      s.blocking().streamArticles(StreamArticlesRequest.newBuilder().setStartAfter(token).build())
          .forEachRemaining(m -> names.add(m.getArticle().getName()));
      assertEquals(expected(3, 10), names);
    }
  }

  @Test
  void streamArticles_badCursorOrFilter_returnsInvalidArgument() throws Exception {
    try (RunningServer s = tenArticles()) {
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_CURSOR", () -> s.blocking()
          .streamArticles(StreamArticlesRequest.newBuilder().setStartAfter("garbage").build()).hasNext());
      String cursor = s.blocking().streamArticles(StreamArticlesRequest.getDefaultInstance()).next().getCursor();
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_CURSOR", () -> s.blocking().streamArticles(
          StreamArticlesRequest.newBuilder().setStartAfter(cursor).setFilter("source = \"وكالات\"").build())
          .hasNext());
      assertError(Status.Code.INVALID_ARGUMENT, "INVALID_FILTER", () -> s.blocking()
          .streamArticles(StreamArticlesRequest.newBuilder().setFilter("nope = 1").build()).hasNext());
    }
  }

  @Test
  void streamArticles_clientReadingOneAtATime_getsEverythingAsItAsks() throws Exception {
    try (RunningServer s = tenArticles()) {
      List<String> names = new CopyOnWriteArrayList<>();
      // A slow reader: it asks for the next message only 5 ms after each one.
      PacedReader<StreamArticlesRequest, StreamArticlesResponse> reader =
          PacedReader.paced(5, 1, m -> names.add(m.getArticle().getName()));
      s.async().streamArticles(StreamArticlesRequest.getDefaultInstance(), reader);
      assertEquals(Status.OK, reader.ended.get(30, TimeUnit.SECONDS), String.valueOf(reader.error));
      assertEquals(expected(0, 10), names);
    }
  }
}
