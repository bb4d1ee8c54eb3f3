package dev.articles.api;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.ErrorInfo;
import dev.articles.store.ChangeLog;
import dev.articles.testing.Await;
import dev.articles.testing.Errors;
import dev.articles.testing.Fixtures;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.testing.StreamCollector;
import dev.articles.v1.ArticleChange;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.WatchArticlesRequest;
import dev.articles.v1.WatchArticlesResponse;
import io.grpc.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchArticlesTest {
  private static final byte[] JORDAN = Fixtures.bytes("04_jordan_water");
  private static final byte[] IRAQ = Fixtures.bytes("06_iraq_oil_reuters_caption");

  @TempDir
  Path seeds;

  @BeforeEach
  void seed() throws Exception {
    Seeds.copySeed(seeds);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** Writes a seed file whole, as a careful writer does: to a temporary name, then renamed into place. */
  private Path write(String id, byte[] bytes) throws Exception {
    Path part = Files.write(seeds.resolve(id + ".part"), bytes);
    return Files.move(part, seeds.resolve(id + ".txt"), StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Writes a seed file and applies it at once, for tests that do not run the folder watcher. */
  private void change(RunningServer s, String id, byte[] bytes) throws Exception {
    write(id, bytes);
    assertTrue(s.backend.ingestor.apply(seeds, List.of(id + ".txt")).isEmpty());
  }

  private void delete(RunningServer s, String id) throws Exception {
    Files.delete(seeds.resolve(id + ".txt"));
    s.backend.ingestor.apply(seeds, List.of(id + ".txt"));
  }

  private static StreamCollector<WatchArticlesRequest, WatchArticlesResponse> watch(RunningServer s, String token) {
    StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = StreamCollector.automatic();
    s.async().watchArticles(WatchArticlesRequest.newBuilder().setResumeToken(token).build(), w);
    return w;
  }

  /** The next message that reports a change, skipping progress messages. */
  private static WatchArticlesResponse nextChange(StreamCollector<?, WatchArticlesResponse> w) throws Exception {
    while (true) {
      WatchArticlesResponse m = w.next();
      if (m.hasChange()) {
        return m;
      }
    }
  }

  /** The resume token of the current head: the first message of a watch with no token. */
  private static String headToken(RunningServer s) throws Exception {
    StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = watch(s, "");
    WatchArticlesResponse first = w.next();
    w.cancel();
    assertFalse(first.hasChange(), "the first message is a progress message");
    return first.getResumeToken();
  }

  @Test
  void watchArticles_filesChangingWhileServing_reportsCreatedUpdatedDeletedInOrder() throws Exception {
    try (RunningServer s = RunningServer.start(seeds, true, ChangeLog.DEFAULT_WINDOW, ChangeLog.DEFAULT_EVENTS)) {
      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = watch(s, "");
      WatchArticlesResponse first = w.next();
      assertFalse(first.hasChange());
      assertFalse(first.getResumeToken().isEmpty());

      write("w", JORDAN);
      ArticleChange created = nextChange(w).getChange();
      assertEquals("articles/w", created.getArticle());
      assertEquals(ArticleChange.Kind.KIND_CREATED, created.getKind());
      assertEquals(sha256(JORDAN), created.getContentDigest());
      assertTrue(created.getChangeTime().getSeconds() > 0);
      // The event follows the commit: the article is there to be read.
      assertEquals(sha256(JORDAN), s.blocking().getArticle(GetArticleRequest.newBuilder().setName("articles/w")
          .build()).getContentDigest());

      write("w", IRAQ);
      ArticleChange updated = nextChange(w).getChange();
      assertEquals(ArticleChange.Kind.KIND_UPDATED, updated.getKind());
      assertEquals(sha256(IRAQ), updated.getContentDigest());
      assertEquals(created.getSequence() + 1, updated.getSequence());

      Files.delete(seeds.resolve("w.txt"));
      ArticleChange deleted = nextChange(w).getChange();
      assertEquals(ArticleChange.Kind.KIND_DELETED, deleted.getKind());
      assertEquals("articles/w", deleted.getArticle());
      assertEquals("", deleted.getContentDigest());
      assertEquals(updated.getSequence() + 1, deleted.getSequence());
      w.cancel();
    }
  }

  @Test
  void watchArticles_resumedFromAToken_getsExactlyTheChangesAfterIt() throws Exception {
    try (RunningServer s = RunningServer.start(seeds)) {
      String start = headToken(s);
      change(s, "a", JORDAN);
      change(s, "b", IRAQ);
      change(s, "a", IRAQ);

      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = watch(s, start);
      assertEquals(start, w.next().getResumeToken(), "a resumed watch starts with its starting point");
      List<WatchArticlesResponse> three = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        three.add(nextChange(w));
      }
      w.cancel();
      assertEquals(List.of("articles/a CREATED", "articles/b CREATED", "articles/a UPDATED"),
          three.stream().map(m -> m.getChange().getArticle() + " " + m.getChange().getKind().name()
              .substring("KIND_".length())).toList());

      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> again = watch(s, three.get(1).getResumeToken());
      assertFalse(again.next().hasChange());
      assertEquals(three.get(2).getChange(), nextChange(again).getChange());
      delete(s, "b");
      ArticleChange gone = nextChange(again).getChange();
      assertEquals("articles/b", gone.getArticle());
      assertEquals(ArticleChange.Kind.KIND_DELETED, gone.getKind());
      assertEquals(three.get(2).getChange().getSequence() + 1, gone.getSequence());
      again.cancel();
    }
  }

  @Test
  void watchArticles_fromAListingsToken_reportsWhatTheListingDoesNotShow() throws Exception {
    try (RunningServer s = RunningServer.start(seeds)) {
      String listed = s.blocking().listArticles(ListArticlesRequest.getDefaultInstance()).getWatchResumeToken();
      assertFalse(listed.isEmpty());
      assertEquals(listed, s.blocking().streamArticles(StreamArticlesRequest.getDefaultInstance()).next()
          .getWatchResumeToken(), "a stream over the same snapshot gives the same point");
      change(s, "new", JORDAN);

      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = watch(s, listed);
      assertEquals("articles/new", nextChange(w).getChange().getArticle());
      w.cancel();

      // A listing taken after the change already shows it: watching from there reports only what follows.
      String later = s.blocking().listArticles(ListArticlesRequest.getDefaultInstance()).getWatchResumeToken();
      assertNotEquals(listed, later);
      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w2 = watch(s, later);
      assertFalse(w2.next().hasChange());
      change(s, "newer", IRAQ);
      assertEquals("articles/newer", nextChange(w2).getChange().getArticle());
      w2.cancel();
    }
  }

  @Test
  void watchArticles_tamperedOrForeignToken_isInvalidArgument() throws Exception {
    Seeds.variant(seeds, "second", "الأربعاء 17 نيسان 2024", "الجزيرة");
    try (RunningServer s = RunningServer.start(seeds)) {
      String token = headToken(s);
      char c = token.charAt(token.length() / 2);
      String tampered = token.substring(0, token.length() / 2) + (c == 'A' ? 'B' : 'A')
          + token.substring(token.length() / 2 + 1);
      String pageToken = s.blocking().listArticles(ListArticlesRequest.newBuilder().setPageSize(1).build())
          .getNextPageToken();
      for (String bad : List.of(tampered, pageToken, "not a token!")) {
        assertError(Status.Code.INVALID_ARGUMENT, "INVALID_RESUME_TOKEN", () -> s.blocking()
            .watchArticles(WatchArticlesRequest.newBuilder().setResumeToken(bad).build()).next());
      }
    }
  }

  @Test
  void watchArticles_tokenOlderThanRetention_isOutOfRangeNamingTheOldestPoint() throws Exception {
    try (RunningServer s = RunningServer.start(seeds, false, ChangeLog.DEFAULT_WINDOW, 2)) {
      String old = headToken(s);
      change(s, "a", JORDAN);
      String kept = headToken(s);
      change(s, "b", IRAQ);
      change(s, "c", JORDAN);
      long head = s.db.changes().head();

      ErrorInfo info = assertError(Status.Code.OUT_OF_RANGE, "WATCH_TOKEN_EXPIRED", () -> s.blocking()
          .watchArticles(WatchArticlesRequest.newBuilder().setResumeToken(old).build()).next());
      assertEquals(Long.toString(head - 2), info.getMetadataOrThrow("oldest_resume_sequence"));

      // A token within the last two changes still resumes, with the changes after it.
      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = watch(s, kept);
      assertEquals("articles/b", nextChange(w).getChange().getArticle());
      assertEquals("articles/c", nextChange(w).getChange().getArticle());
      w.cancel();
    }
  }

  @Test
  void watchArticles_subscriberThatFallsBehindRetention_isToldSoNotSkipped() throws Exception {
    try (RunningServer s = RunningServer.start(seeds, false, ChangeLog.DEFAULT_WINDOW, 2)) {
      StreamCollector<WatchArticlesRequest, WatchArticlesResponse> slow = StreamCollector.manual(1);
      s.async().watchArticles(WatchArticlesRequest.getDefaultInstance(), slow);
      assertFalse(slow.next().hasChange());
      for (String id : List.of("a", "b", "c", "d")) {
        change(s, id, JORDAN);
      }
      slow.request(100);
      var error = slow.awaitError();
      assertEquals(Status.Code.OUT_OF_RANGE, error.getStatus().getCode());
      assertEquals("WATCH_TOKEN_EXPIRED", Errors.errorInfo(error).getReason());
      assertTrue(slow.received().stream().noneMatch(WatchArticlesResponse::hasChange),
          "no change is sent once one was missed");
    }
  }

  @Test
  void watchArticles_cancelledOrPastDeadline_leavesNoSubscriberOrThreadBehind() throws Exception {
    try (RunningServer s = RunningServer.start(seeds)) {
      long threadsBefore = feedThreads();
      List<StreamCollector<WatchArticlesRequest, WatchArticlesResponse>> watchers = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        watchers.add(watch(s, ""));
      }
      for (var w : watchers) {
        w.next();
      }
      assertEquals(20, s.backend.watches.subscribers());
      watchers.forEach(StreamCollector::cancel);
      Await.until("cancelled watchers to be dropped", () -> s.backend.watches.subscribers() == 0);

      List<StreamCollector<WatchArticlesRequest, WatchArticlesResponse>> timed = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        StreamCollector<WatchArticlesRequest, WatchArticlesResponse> w = StreamCollector.automatic();
        s.async().withDeadlineAfter(300, TimeUnit.MILLISECONDS)
            .watchArticles(WatchArticlesRequest.getDefaultInstance(), w);
        timed.add(w);
      }
      for (var w : timed) {
        assertEquals(Status.Code.DEADLINE_EXCEEDED, w.awaitError().getStatus().getCode());
      }
      Await.until("expired watchers to be dropped", () -> s.backend.watches.subscribers() == 0);
      change(s, "after", JORDAN); // wakes nobody, fails nothing
      assertTrue(feedThreads() - threadsBefore <= 2, "watchers share the hub's two threads: " + feedThreads());
    }
  }

  private static long feedThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("watch-feed")).count();
  }
}
