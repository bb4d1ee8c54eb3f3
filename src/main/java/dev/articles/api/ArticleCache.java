package dev.articles.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.articles.pipeline.CommitListener;
import dev.articles.store.ArticleReads;
import dev.articles.store.StoredArticle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hot path of GetArticle and BatchGetArticles: each article's stored view, serialized, by ID and view,
 * so a repeated read costs a map lookup instead of a query, and the response is those bytes as they are
 * (see {@link RawResponses}): nothing is parsed or serialized per call. Serialized views are also the most
 * compact form to keep, so the same memory holds more articles than parsed messages would.
 *
 * <p>Entries are dropped after each committed ingestion batch that touches their article. A read that
 * raced with the commit cannot leave a stale entry: Caffeine's invalidation waits for a load of the same
 * key to finish, then removes what it loaded.
 */
public final class ArticleCache implements CommitListener {
  private record Key(String id, boolean full) {}

  private final ArticleReads reads;
  private final Cache<Key, byte[]> cache;

  public ArticleCache(ArticleReads reads, long maxBytes) {
    this.reads = reads;
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((Key k, byte[] view) -> view.length + 64)
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
    Map<Key, byte[]> found = cache.getAll(keys, missing -> {
      List<String> missingIds = missing.stream().map(Key::id).toList();
      Map<Key, byte[]> loaded = new HashMap<>();
      reads.findAll(missingIds, full).forEach((id, bytes) -> loaded.put(new Key(id, full), bytes));
      return loaded;
    });
    Map<String, byte[]> out = new HashMap<>();
    found.forEach((k, a) -> out.put(k.id(), a));
    return out;
  }

  @Override
  public void committed(List<StoredArticle> upserts, List<String> deletedIds) {
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
