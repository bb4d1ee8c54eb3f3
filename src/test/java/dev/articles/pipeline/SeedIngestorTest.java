package dev.articles.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.ingest.SeedReader;
import dev.articles.store.ArticleReads;
import dev.articles.store.Database;
import dev.articles.store.SourceFileReads;
import dev.articles.store.StoredArticle;
import dev.articles.testing.Seeds;
import dev.articles.v1.Article;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedIngestorTest {
  @TempDir
  Path seeds;

  private Database db;
  private final List<String> committed = new ArrayList<>();

  @BeforeEach
  void openDatabase() {
    db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 4);
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  private SeedIngestor ingestor() {
    CommitListener recorder = (List<StoredArticle> upserts, List<String> deleted) -> {
      upserts.forEach(a -> committed.add("upsert " + a.id()));
      deleted.forEach(id -> committed.add("delete " + id));
    };
    return new SeedIngestor(db, new SeedReader(SeedReader.DEFAULT_MAX_BYTES), 2, 2, List.of(recorder),
        Clock.systemUTC());
  }

  private Article stored(String id) throws Exception {
    return Article.parseFrom(new ArticleReads(db).find(id, true).orElseThrow());
  }

  @Test
  void sync_twiceOverTheSameFolder_storesEachArticleOnceAndSkipsUnchangedFiles() throws Exception {
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "b", "الأربعاء 17 أبريل 2024", "وكالات");
    IngestReport first = ingestor().sync(seeds);
    assertEquals(2, first.added());
    Instant firstIngest = Instant.ofEpochSecond(stored("b").getIngestTime().getSeconds(),
        stored("b").getIngestTime().getNanos());

    IngestReport second = ingestor().sync(seeds);
    assertEquals(0, second.added() + second.updated());
    assertEquals(2, second.unchanged());
    assertEquals(2, new ArticleReads(db).count());
    assertEquals(firstIngest.getEpochSecond(), stored("b").getIngestTime().getSeconds(), "not re-parsed");
  }

  @Test
  void sync_touchedButSameBytes_isNotReparsed() throws Exception {
    Path file = Seeds.copySeed(seeds);
    ingestor().sync(seeds);
    committed.clear();
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
    IngestReport report = ingestor().sync(seeds);
    assertEquals(1, report.unchanged());
    assertTrue(committed.isEmpty(), committed.toString());
  }

  @Test
  void sync_changedFile_replacesItsArticle() throws Exception {
    Path file = Seeds.variant(seeds, "b", "الأربعاء 17 أبريل 2024", "وكالات");
    ingestor().sync(seeds);
    String before = stored("b").getContentDigest();
    Files.writeString(file, Files.readString(file).replace("وكالات", "رويترز"));
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
    IngestReport report = ingestor().sync(seeds);
    assertEquals(1, report.updated());
    assertNotEquals(before, stored("b").getContentDigest());
    assertEquals(List.of("رويترز"), stored("b").getSourcesList());
  }

  @Test
  void sync_deletedFile_removesItsArticle() throws Exception {
    Path file = Seeds.variant(seeds, "b", "الأربعاء 17 أبريل 2024", "وكالات");
    Seeds.copySeed(seeds);
    ingestor().sync(seeds);
    Files.delete(file);
    IngestReport report = ingestor().sync(seeds);
    assertEquals(1, report.deleted());
    assertFalse(new ArticleReads(db).exists("b"));
    assertTrue(new ArticleReads(db).exists(Seeds.SEED_ID));
    assertFalse(new SourceFileReads(db).all().containsKey("b.txt"));
  }

  @Test
  void sync_badFile_isRefusedAloneAndRecorded() throws Exception {
    Seeds.copySeed(seeds);
    Files.write(seeds.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Files.writeString(seeds.resolve("empty.txt"), "  \n\n ");
    IngestReport report = ingestor().sync(seeds);
    assertEquals(1, report.added());
    assertEquals(List.of("BINARY_CONTENT", "EMPTY_FILE"),
        report.refused().stream().map(i -> i.reason()).sorted().toList());
    assertTrue(new SourceFileReads(db).all().get("binary.txt").refused());
    assertTrue(new ArticleReads(db).exists(Seeds.SEED_ID));
  }

  @Test
  void sync_fileThatBecomesBad_keepsServingTheLastGoodVersion() throws Exception {
    Path file = Seeds.variant(seeds, "b", "الأربعاء 17 أبريل 2024", "وكالات");
    ingestor().sync(seeds);
    Files.writeString(file, "");
    IngestReport report = ingestor().sync(seeds);
    assertEquals(1, report.refused().size());
    assertTrue(new ArticleReads(db).exists("b"));
    assertEquals("b", new SourceFileReads(db).all().get("b.txt").articleId());
  }

  @Test
  void sync_missingFolder_failsClearly() {
    assertThrows(NoSuchFileException.class, () -> ingestor().sync(seeds.resolve("nope")));
  }

  @Test
  void sync_commitsInBatchesAndTellsListenersAfterEachCommit() throws Exception {
    for (int i = 0; i < 5; i++) {
      Seeds.variant(seeds, "a" + i, "الثلاثاء 16 أبريل 2024", "وكالات");
    }
    ingestor().sync(seeds);
    assertEquals(5, committed.stream().filter(c -> c.startsWith("upsert")).count());
  }
}
