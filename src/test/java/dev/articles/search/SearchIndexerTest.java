package dev.articles.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.ingest.SeedReader;
import dev.articles.pipeline.SeedIngestor;
import dev.articles.query.Filter;
import dev.articles.store.ArticleReads;
import dev.articles.store.Database;
import dev.articles.store.FactReads;
import dev.articles.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index catches up with the database at startup, whatever happened in between. */
class SearchIndexerTest {
  @TempDir
  Path dir;

  private int hits(SearchIndex index, String query) throws Exception {
    return index.searchArticles(SearchQuery.parse(query, index.analyzer()), new Filter.All(), null, 10).total();
  }

  @Test
  void reconcile_afterACrashBetweenDatabaseAndIndex_indexesWhatWasCommitted() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    String url = "jdbc:h2:" + dir.resolve("db");
    try (Database db = Database.open(url, 4)) {
      // Ingest with no index listener: as if the process died right after the database commit.
      new SeedIngestor(db, new SeedReader(SeedReader.DEFAULT_MAX_BYTES), 1, 8, List.of(), Clock.systemUTC()).sync(seeds);
    }
    try (Database db = Database.open(url, 4); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      assertEquals(0, hits(index, "داعش"));
      int changed = new SearchIndexer(index).reconcile(new ArticleReads(db), new FactReads(db));
      assertEquals(1, changed);
      assertEquals(1, hits(index, "داعش"));
      assertEquals(0, new SearchIndexer(index).reconcile(new ArticleReads(db), new FactReads(db)), "idempotent");
    }
  }

  @Test
  void reconcile_aFreshIndexOverManyArticles_rebuildsEveryOneOnEveryCore() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    for (int i = 0; i < 24; i++) {
      Seeds.variant(seeds, String.format("v%02d", i), "الثلاثاء 16 أبريل 2024", "وكالات");
    }
    String url = "jdbc:h2:" + dir.resolve("db");
    try (Database db = Database.open(url, 4)) {
      new SeedIngestor(db, new SeedReader(SeedReader.DEFAULT_MAX_BYTES), 1, 8, List.of(), Clock.systemUTC()).sync(seeds);
    }
    try (Database db = Database.open(url, 4); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      assertEquals(25, new SearchIndexer(index).reconcile(new ArticleReads(db), new FactReads(db)));
      assertEquals(25, hits(index, "داعش"));
      assertEquals(25, index.digests().size());
      assertEquals(0, new SearchIndexer(index).reconcile(new ArticleReads(db), new FactReads(db)), "idempotent");
    }
  }

  @Test
  void reconcile_articleGoneFromTheDatabase_isDroppedFromTheIndex() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    String url = "jdbc:h2:" + dir.resolve("db");
    try (Database db = Database.open(url, 4); SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
      SearchIndexer indexer = new SearchIndexer(index);
      new SeedIngestor(db, new SeedReader(SeedReader.DEFAULT_MAX_BYTES), 1, 8, List.of(indexer), Clock.systemUTC())
          .sync(seeds);
      assertEquals(1, hits(index, "داعش"));
      Files.delete(seeds.resolve(Seeds.SEED.getFileName()));
      new SeedIngestor(db, new SeedReader(SeedReader.DEFAULT_MAX_BYTES), 1, 8, List.of(), Clock.systemUTC()).sync(seeds);
      assertEquals(1, hits(index, "داعش"), "the index is behind");
      assertTrue(indexer.reconcile(new ArticleReads(db), new FactReads(db)) > 0);
      assertEquals(0, hits(index, "داعش"));
    }
  }
}
