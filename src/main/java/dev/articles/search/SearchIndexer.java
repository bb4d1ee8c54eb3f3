package dev.articles.search;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.articles.facts.Gazetteer;
import dev.articles.pipeline.CommitListener;
import dev.articles.store.ArticleReads;
import dev.articles.store.FactReads;
import dev.articles.store.StoredArticle;
import dev.articles.store.StoredFact;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Brings the index in line with the database; returns how many articles it re-indexed or dropped. */
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
    for (Map.Entry<String, String> e : stored.entrySet()) {
      if (!e.getValue().equals(indexed.get(e.getKey()))) {
        byte[] full = articles.find(e.getKey(), true).orElse(null);
        if (full != null) {
          List<Fact> factList = new ArrayList<>();
          for (byte[] proto : facts.ofArticle(e.getKey())) {
            factList.add(Fact.parseFrom(proto));
          }
          index.replace(new IndexedArticle(Article.parseFrom(full), factList, articles.entityKeys(e.getKey())));
          changed++;
        }
      }
    }
    index.commit();
    if (changed > 0) {
      log.info("search index: re-indexed or dropped " + changed + " article(s) to match the database");
    }
    return changed;
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
