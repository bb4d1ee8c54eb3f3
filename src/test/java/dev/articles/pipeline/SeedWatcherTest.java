package dev.articles.pipeline;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.store.ChangeLog;
import dev.articles.testing.Await;
import dev.articles.testing.Fixtures;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.GetSourceFileRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.SourceFile;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live reload, through a served in-process server: files change in the seeds folder, RPCs follow. */
class SeedWatcherTest {
  @TempDir
  Path seeds;

  private RunningServer start() throws Exception {
    Seeds.copySeed(seeds);
    return RunningServer.start(seeds, true, ChangeLog.DEFAULT_WINDOW, ChangeLog.DEFAULT_EVENTS);
  }

  static Optional<Article> article(RunningServer s, String name) {
    try {
      return Optional.of(s.blocking().getArticle(GetArticleRequest.newBuilder().setName(name).build()));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Waits until {@code name} is served with the digest of {@code bytes}, and returns it. */
  static Article awaitServed(RunningServer s, String name, byte[] bytes) throws Exception {
    String digest = sha256(bytes);
    return Await.value(name + " served with digest " + digest,
        () -> article(s, name).filter(a -> a.getContentDigest().equals(digest)));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Fact> facts(RunningServer s, String parent) {
    return s.blocking().listFacts(ListFactsRequest.newBuilder().setParent(parent).setPageSize(1000).build())
        .getFactsList();
  }

  private static Optional<SourceFile> sourceFile(RunningServer s, String file) {
    try {
      return Optional.of(s.blocking().getSourceFile(GetSourceFileRequest.newBuilder()
          .setName("sourceFiles/" + file).build()));
    } catch (StatusRuntimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void addedChangedAndDeletedFiles_areAppliedWithTheirFacts() throws Exception {
    try (RunningServer s = start()) {
      byte[] first = Fixtures.bytes("04_jordan_water");
      Path file = Files.write(seeds.resolve("live.txt"), first);
      awaitServed(s, "articles/live", first);
      List<Fact> before = facts(s, "articles/live");
      assertFalse(before.isEmpty());
      assertTrue(before.stream().allMatch(f -> f.getEvidence().getContentDigest().equals(sha256(first))));

      byte[] second = Fixtures.bytes("06_iraq_oil_reuters_caption");
      Files.write(file, second);
      Article changed = awaitServed(s, "articles/live", second);
      assertTrue(changed.getTitle().contains("العراق"), changed.getTitle());
      List<Fact> after = facts(s, "articles/live");
      // The facts changed with the article: every one points at the new version.
      assertFalse(after.isEmpty());
      for (Fact f : after) {
        assertEquals(sha256(second), f.getEvidence().getContentDigest(), f.getName());
      }
      assertNotEquals(before.stream().map(Fact::getName).toList(), after.stream().map(Fact::getName).toList());

      Files.delete(file);
      Await.until("articles/live to be removed", () -> article(s, "articles/live").isEmpty());
      assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND", () -> facts(s, "articles/live"));
      assertTrue(facts(s, "articles/-").stream().noneMatch(f -> f.getName().startsWith("articles/live/")));
      assertTrue(sourceFile(s, "live.txt").isEmpty(), "a deleted file's record goes with it");
      assertTrue(article(s, Seeds.SEED_NAME).isPresent(), "the other seed stays");
    }
  }

  @Test
  void corruptFile_isRefusedWithItsReason_andTheOthersStillApply() throws Exception {
    try (RunningServer s = start()) {
      Files.write(seeds.resolve("broken.txt"), new byte[] {'a', 0, 'b', 0, 0, 1, 2});
      byte[] good = Fixtures.bytes("04_jordan_water");
      Path goodFile = Files.write(seeds.resolve("good.txt"), good);

      awaitServed(s, "articles/good", good);
      SourceFile broken = Await.value("broken.txt to be recorded",
          () -> sourceFile(s, "broken.txt").filter(f -> f.getState() == SourceFile.State.STATE_REFUSED));
      assertEquals("BINARY_CONTENT", broken.getIssues(0).getErrorInfo().getReason());
      assertTrue(article(s, "articles/broken").isEmpty());

      // A corrupt overwrite of a served file is refused too, and the version served before stays.
      Files.writeString(goodFile, "   \n");
      SourceFile refused = Await.value("good.txt to be refused",
          () -> sourceFile(s, "good.txt").filter(f -> f.getState() == SourceFile.State.STATE_REFUSED));
      assertEquals("EMPTY_FILE", refused.getIssues(0).getErrorInfo().getReason());
      assertEquals(sha256(good), article(s, "articles/good").orElseThrow().getContentDigest());
    }
  }

  @Test
  void fileWrittenSlowly_orRenamedIntoPlace_isServedWhole() throws Exception {
    try (RunningServer s = start()) {
      byte[] whole = Fixtures.bytes("04_jordan_water");
      try (OutputStream out = Files.newOutputStream(seeds.resolve("slow.txt"))) {
        out.write(whole, 0, whole.length / 3);
        out.flush();
        // A slow writer: the rest comes after more than a quiet period, so the watcher may read the part.
        Thread.sleep(SeedWatcher.QUIET.toMillis() * 3);
        out.write(whole, whole.length / 3, whole.length - whole.length / 3);
      }
      awaitServed(s, "articles/slow", whole);

      byte[] other = Fixtures.bytes("06_iraq_oil_reuters_caption");
      Path part = Files.write(seeds.resolve("renamed.txt.part"), other);
      Files.move(part, seeds.resolve("renamed.txt"), StandardCopyOption.ATOMIC_MOVE);
      awaitServed(s, "articles/renamed", other);
      assertTrue(article(s, "articles/renamed.txt").isEmpty());
    }
  }

  @Test
  void health_staysServing_whileFilesChange() throws Exception {
    try (RunningServer s = start()) {
      List<ServingStatus> seen = new CopyOnWriteArrayList<>();
      AtomicBoolean done = new AtomicBoolean();
      Thread prober = new Thread(() -> {
        HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(s.channel);
        while (!done.get()) {
          seen.add(health.check(HealthCheckRequest.newBuilder().setService("articles.v1.ArticleService").build())
              .getStatus());
          try {
            Thread.sleep(5); // pacing, so the probe does not starve the watcher of CPU
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      prober.start();
      try {
        for (int i = 0; i < 2; i++) {
          byte[] v1 = Fixtures.bytes("04_jordan_water");
          Path f = Files.write(seeds.resolve("h" + i + ".txt"), v1);
          awaitServed(s, "articles/h" + i, v1);
          byte[] v2 = Fixtures.bytes("06_iraq_oil_reuters_caption");
          Files.write(f, v2);
          awaitServed(s, "articles/h" + i, v2);
          Files.delete(f);
          int n = i;
          Await.until("h" + i + " removed", () -> article(s, "articles/h" + n).isEmpty());
        }
      } finally {
        done.set(true);
        prober.join();
      }
      assertTrue(seen.size() > 10, "health was probed throughout: " + seen.size());
      assertTrue(seen.stream().allMatch(st -> st == ServingStatus.SERVING), seen.toString());
    }
  }
}
