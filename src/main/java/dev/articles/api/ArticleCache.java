package dev.articles.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.articles.pipeline.CommitListener;
import dev.articles.query.Filter;
import dev.articles.store.ArticleReads;
import dev.articles.store.StoredArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The hot path of GetArticle and BatchGetArticles: each article's stored view, serialized, by ID and view,
 * so a repeated read costs a map lookup instead of a query, and the response is those bytes as they are
 * (see {@link RawResponses}): nothing is parsed or serialized per call. Serialized views are also the most
 * compact form to keep, so the same memory holds more articles than parsed messages would.
 *
 * <p>Entries are dropped after each committed ingestion batch that touches their article. A read that
 * raced with the commit cannot leave a stale entry. For one key, Caffeine's invalidation waits for a load
 * of that key to finish, then removes what it loaded. Bulk loads ({@link #getAll}, {@link #warm}) are not
 * atomic with invalidation that way, so each commit also advances a generation first: a bulk load that
 * saw the generation move while it ran drops what it put, and the next read loads it afresh.
 */
public final class ArticleCache implements CommitListener {
  private record Key(String id, boolean full) {}

  /** Bytes an entry costs beyond its view: the key, its ID string and the map's node. */
  private static final int ENTRY_OVERHEAD = 96;
  /** Warming stops at this share of the budget, so that it never evicts what readers loaded. */
  private static final double WARM_FILL = 0.9;
  private static final int WARM_PAGE = 500;

  /** Where views come from: the database, or a test's stand-in. */
  public interface Views {
    Optional<byte[]> find(String id, boolean full);

    Map<String, byte[]> findAll(Collection<String> ids, boolean full);

    /** Up to {@code limit} articles with IDs after {@code afterId}, in ID order. */
    List<ArticleReads.Row> page(String afterId, int limit, boolean full);
  }

  private final Views reads;
  private final Cache<Key, byte[]> cache;
  private final long maxBytes;
  private final AtomicLong generation = new AtomicLong();

  public ArticleCache(ArticleReads reads, long maxBytes) {
    this(new Views() {
      @Override
      public Optional<byte[]> find(String id, boolean full) {
        return reads.find(id, full);
      }

      @Override
      public Map<String, byte[]> findAll(Collection<String> ids, boolean full) {
        return reads.findAll(ids, full);
      }

      @Override
      public List<ArticleReads.Row> page(String afterId, int limit, boolean full) {
        return reads.page(new Filter.All(), afterId, limit, full);
      }
    }, maxBytes);
  }

  public ArticleCache(Views reads, long maxBytes) {
    this.reads = reads;
    this.maxBytes = maxBytes;
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((Key k, byte[] view) -> view.length + ENTRY_OVERHEAD)
        .recordStats()
        .build();
  }

  /** One article in one view, serialized, if it exists. */
  public Optional<byte[]> get(String id, boolean full) {
    return Optional.ofNullable(cache.get(new Key(id, full), k -> reads.find(k.id(), k.full()).orElse(null)));
  }

  /** The serialized articles of those IDs that exist, by ID; the misses are read in one query. */
  public Map<String, byte[]> getAll(Collection<String> ids, boolean full) {
    List<Key> keys = new ArrayList<>(ids.size());
    for (String id : ids) {
      keys.add(new Key(id, full));
    }
    long before = generation.get();
    List<Key> loadedKeys = new ArrayList<>();
    Map<Key, byte[]> found = cache.getAll(keys, missing -> {
      List<String> missingIds = missing.stream().map(Key::id).toList();
      Map<Key, byte[]> loaded = new HashMap<>();
      reads.findAll(missingIds, full).forEach((id, bytes) -> loaded.put(new Key(id, full), bytes));
      loadedKeys.addAll(loaded.keySet());
      return loaded;
    });
    if (generation.get() != before) {
      cache.invalidateAll(loadedKeys); // a commit ran meanwhile: what was loaded may predate it
    }
    Map<String, byte[]> out = new HashMap<>();
    found.forEach((k, a) -> out.put(k.id(), a));
    return out;
  }

  /**
   * Loads every article's view, in ID order, until the cache holds them all or is nine tenths full, or
   * {@code stop} says so; what readers already loaded stays. Returns how many views it added. A server
   * runs it once after startup, so that the first read of each article does not pay a query.
   */
  public long warm(boolean full, BooleanSupplier stop) {
    long added = 0;
    String after = "";
    long room = (long) (maxBytes * WARM_FILL) - weightedBytes();
    while (room > 0 && !stop.getAsBoolean()) {
      long before = generation.get();
      List<ArticleReads.Row> rows = reads.page(after, WARM_PAGE, full);
      if (rows.isEmpty()) {
        break;
      }
      List<Key> put = new ArrayList<>(rows.size());
      for (ArticleReads.Row row : rows) {
        long weight = row.view().length + ENTRY_OVERHEAD;
        if (weight > room) {
          room = 0;
          break;
        }
        Key key = new Key(row.id(), full);
        if (cache.asMap().putIfAbsent(key, row.view()) == null) {
          put.add(key);
          room -= weight;
        }
      }
      if (generation.get() != before) {
        cache.invalidateAll(put); // a commit ran meanwhile: this page may predate it
      } else {
        added += put.size();
      }
      after = rows.get(rows.size() - 1).id();
    }
    return added;
  }

  /** What the cached views weigh now, in bytes, once the cache's pending bookkeeping is done. */
  public long weightedBytes() {
    cache.cleanUp(); // Caffeine applies writes to its weighted size asynchronously
    return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  /** The most the cached views may weigh, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public void committed(List<StoredArticle> upserts, List<String> deletedIds) {
    generation.incrementAndGet(); // before invalidating: see the class comment
    for (StoredArticle a : upserts) {
      invalidate(a.id());
    }
    deletedIds.forEach(this::invalidate);
  }

  private void invalidate(String id) {
    cache.invalidate(new Key(id, true));
    cache.invalidate(new Key(id, false));
  }

  /** Lookups served from the cache so far, for metrics. */
  public long hits() {
    return cache.stats().hitCount();
  }

  /** Lookups that had to read the database so far, for metrics. */
  public long misses() {
    return cache.stats().missCount();
  }

  /** How many entries are cached now, for metrics. */
  public long size() {
    return cache.estimatedSize();
  }
}
