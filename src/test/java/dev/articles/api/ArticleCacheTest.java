package dev.articles.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.store.ArticleReads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The cache's promises that the service tests cannot time: a bulk load or a warm-up that races with a
 * commit leaves nothing stale, and warming fills the budget without overfilling it.
 */
class ArticleCacheTest {
  /** An in-memory table of views whose reads can run a commit between reading and returning. */
  private static final class Table implements ArticleCache.Views {
    final ConcurrentSkipListMap<String, byte[]> rows = new ConcurrentSkipListMap<>();
    final AtomicInteger reads = new AtomicInteger();
    Runnable duringRead = () -> {};

    @Override
    public Optional<byte[]> find(String id, boolean full) {
      reads.incrementAndGet();
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Map<String, byte[]> findAll(Collection<String> ids, boolean full) {
      reads.incrementAndGet();
      Map<String, byte[]> found = new TreeMap<>();
      ids.forEach(id -> Optional.ofNullable(rows.get(id)).ifPresent(v -> found.put(id, v)));
      duringRead.run(); // the rows above are now the old version
      return found;
    }

    @Override
    public List<ArticleReads.Row> page(String afterId, int limit, boolean full) {
      reads.incrementAndGet();
      List<ArticleReads.Row> page = new ArrayList<>();
      for (Map.Entry<String, byte[]> e : rows.tailMap(afterId, false).entrySet()) {
        if (page.size() == limit) {
          break;
        }
        page.add(new ArticleReads.Row(e.getKey(), e.getValue()));
      }
      duringRead.run();
      return page;
    }

    /** Writes a new version and tells the cache, as a committed ingestion batch does. */
    void commit(ArticleCache cache, String id, String view) {
      rows.put(id, bytes(view));
      cache.committed(List.of(), List.of(id)); // the listener's contract: IDs whose views changed
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void batchReadRacingACommit_leavesNoStaleView() {
    Table table = new Table();
    table.rows.put("a", bytes("a1"));
    table.rows.put("b", bytes("b1"));
    ArticleCache cache = new ArticleCache(table, 1 << 20);
    table.duringRead = () -> {
      table.duringRead = () -> {};
      table.commit(cache, "a", "a2");
    };

    Map<String, byte[]> first = cache.getAll(List.of("a", "b"), true);

    assertArrayEquals(bytes("a1"), first.get("a"), "the racing read may return what it read");
    assertArrayEquals(bytes("a2"), cache.get("a", true).orElseThrow(), "but must not keep it");
  }

  @Test
  void warmUpRacingACommit_leavesNoStaleView() {
    Table table = new Table();
    for (int i = 0; i < 1200; i++) {
      table.rows.put(String.format("id%04d", i), bytes("v1"));
    }
    ArticleCache cache = new ArticleCache(table, 1 << 20);
    table.duringRead = () -> {
      table.duringRead = () -> {};
      table.commit(cache, "id0007", "v2");
    };

    long added = cache.warm(true, () -> false);

    assertEquals(700, added, "the raced first page of 500 is dropped; the other two pages stay");
    assertArrayEquals(bytes("v2"), cache.get("id0007", true).orElseThrow());
    int before = table.reads.get();
    cache.get("id0900", true);
    assertEquals(before, table.reads.get(), "a warmed article is served without a read");
  }

  @Test
  void warmUp_fillsAtMostNineTenthsOfTheBudget_andKeepsWhatReadersLoaded() {
    Table table = new Table();
    byte[] view = new byte[1000];
    for (int i = 0; i < 5000; i++) {
      table.rows.put(String.format("id%04d", i), view);
    }
    long budget = 1 << 20;
    ArticleCache cache = new ArticleCache(table, budget);
    cache.get("id4999", true); // a reader's article, beyond where warming stops

    long added = cache.warm(true, () -> false);

    assertTrue(added > 0 && added < 1000, "added " + added);
    assertTrue(cache.weightedBytes() <= budget, "weighs " + cache.weightedBytes());
    assertTrue(cache.weightedBytes() > budget * 0.9 - 1100, "stopped early at " + cache.weightedBytes()); // an entry
    int before = table.reads.get();
    cache.get("id4999", true);
    assertEquals(before, table.reads.get(), "the reader's entry was evicted by warming");
  }

  @Test
  void warmUp_stopsWhenAsked() {
    Table table = new Table();
    for (int i = 0; i < 2000; i++) {
      table.rows.put(String.format("id%04d", i), bytes("v"));
    }
    ArticleCache cache = new ArticleCache(table, 1 << 20);
    AtomicInteger pages = new AtomicInteger();

    long added = cache.warm(true, () -> pages.getAndIncrement() >= 1);

    assertEquals(500, added);
  }
}
