package dev.articles.pipeline;

import dev.articles.store.StoredArticle;
import java.util.List;

/** Told about each committed ingestion batch, after the commit: caches, the search index, watchers. */
public interface CommitListener {
  /**
   * Called once per committed batch, on the ingesting thread.
   *
   * @param upserts the articles inserted or replaced
   * @param deletedIds the IDs of the articles deleted
   */
  void committed(List<StoredArticle> upserts, List<String> deletedIds);
}
