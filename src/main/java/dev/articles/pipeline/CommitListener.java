package dev.articles.pipeline;

import dev.articles.ingest.Issue;
import dev.articles.store.StoredArticle;
import java.util.List;

/** Told about each committed ingestion batch, after the commit: caches, the search index, watchers. */
public interface CommitListener {
  /**
   * Called on a parsing thread for each article as soon as it is built, before its batch commits, so
   * expensive derived work (such as analyzing it for the search index) runs in parallel. The article may
   * yet fail to commit; whatever this prepares must be harmless until {@link #committed} says it did.
   */
  default void prepared(StoredArticle article) {}

  /**
   * Called once per committed batch, on the ingesting thread.
   *
   * @param upserts the articles inserted or replaced
   * @param deletedIds the IDs of the articles deleted
   */
  void committed(List<StoredArticle> upserts, List<String> deletedIds);

  /**
   * Called on a parsing thread, possibly several at once, for each seed file refused, with the reason; the
   * refusal is recorded with the pass's next batch.
   */
  default void refused(Issue issue) {}

  /** Called once at the end of a pass over the seeds folder, after its last commit. */
  default void synced() {}
}
