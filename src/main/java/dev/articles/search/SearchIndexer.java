package dev.articles.search;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.articles.facts.Gazetteer;
import dev.articles.pipeline.CommitListener;
import dev.articles.pipeline.Progress;
import dev.articles.store.ArticleReads;
import dev.articles.store.FactReads;
import dev.articles.store.StoredArticle;
import dev.articles.store.StoredFact;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Keeps the search index in step with the database: after each committed ingestion batch, and at startup,
 * where it re-indexes every article whose indexed digest differs from the stored one and drops the rest.
 */
public final class SearchIndexer implements CommitListener {
  private static final Logger log = Logger.getLogger(SearchIndexer.class.getName());

  private final SearchIndex index;

  public SearchIndexer(SearchIndex index) {
    this.index = index;
  }

  /**
   * Analyzes and adds the new version on the parsing thread. Until the database commits it, a search
   * that finds it is answered from the database, whose digest differs, so the hit is dropped.
   */
  @Override
  public void prepared(StoredArticle article) {
    try {
      index.replace(indexed(article));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index", e);
    }
  }

  @Override
  public void committed(List<StoredArticle> upserts, List<String> deletedIds) {
    try {
      // Searches see a pass's changes when it ends (synced): a refresh per batch would flush a segment
      // per batch and cost more than the indexing itself. Meanwhile hits are checked against the database.
      for (String id : deletedIds) {
        index.delete(id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index", e);
    }
  }

  @Override
  public void synced() {
    try {
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /**
   * Brings the index in line with the database; returns how many articles it re-indexed or dropped. A whole
   * rebuild (a new index folder, or one in an older layout) reads and analyzes every article again, on every
   * core, with a progress line every few seconds.
   */
  public int reconcile(ArticleReads articles, FactReads facts) throws IOException {
    Map<String, String> stored = articles.digests();
    Map<String, String> indexed = index.digests();
    int changed = 0;
    for (String id : indexed.keySet()) {
      if (!stored.containsKey(id)) {
        index.delete(id);
        changed++;
      }
    }
    List<String> stale = stored.entrySet().stream()
        .filter(e -> !e.getValue().equals(indexed.get(e.getKey())))
        .map(Map.Entry::getKey)
        .toList();
    changed += reindex(stale, articles, facts);
    index.commit();
    if (changed > 0) {
      log.info("search index: re-indexed or dropped " + changed + " article(s) to match the database");
    }
    return changed;
  }

  private int reindex(List<String> ids, ArticleReads articles, FactReads facts) throws IOException {
    if (ids.isEmpty()) {
      return 0;
    }
    Progress progress = new Progress("search index", "articles", ids.size(), Clock.systemUTC());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int threads = Math.min(ids.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
            if (reindexOne(ids.get(i), articles, facts)) {
              done.incrementAndGet();
            }
            progress.step();
          }
          return null;
        }));
      }
      for (Future<Void> worker : workers) {
        worker.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while re-indexing", e);
    } catch (ExecutionException e) {
      next.set(ids.size()); // stop the other workers
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // a StoreException, as when one thread did the work
      }
      throw new IOException("re-indexing failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    return done.get();
  }

  /** Re-indexes one article from the database; false if it is gone from there since the listing. */
  private boolean reindexOne(String id, ArticleReads articles, FactReads facts) throws IOException {
    byte[] full = articles.find(id, true).orElse(null);
    if (full == null) {
      return false;
    }
    List<Fact> factList = new ArrayList<>();
    for (byte[] proto : facts.ofArticle(id)) {
      factList.add(Fact.parseFrom(proto));
    }
    index.replace(new IndexedArticle(Article.parseFrom(full), factList, articles.entityKeys(id)));
    return true;
  }

  static IndexedArticle indexed(StoredArticle a) {
    try {
      List<Fact> facts = new ArrayList<>(a.facts().size());
      for (StoredFact f : a.facts()) {
        facts.add(Fact.parseFrom(f.proto()));
      }
      Map<String, List<String>> keys = new HashMap<>();
      for (String id : a.entityIds()) {
        keys.put(id, new ArrayList<>(Gazetteer.standard().keysOf(id)));
      }
      a.entityAliases().forEach((key, id) -> keys.computeIfAbsent(id, k -> new ArrayList<>()).add(key));
      return new IndexedArticle(Article.parseFrom(a.fullView()), facts, keys);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("an article just built does not parse", e);
    }
  }
}
