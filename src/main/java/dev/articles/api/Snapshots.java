package dev.articles.api;

import dev.articles.store.ChangeLog;
import io.grpc.Status;
import java.util.Map;

/**
 * The snapshot a listing or a stream reads at: the change number its first page took from the head,
 * carried in every page token and cursor after it, so that later pages see the corpus as it stood then.
 */
final class Snapshots {
  private final ChangeLog changes;

  Snapshots(ChangeLog changes) {
    this.changes = changes;
  }

  /** The snapshot to read at: the head for a first page, else the token's; refused when pruned. */
  long resolve(Cursors.Position at, String field) {
    if (at == null || at.snapshot() == Cursors.NO_SNAPSHOT) {
      return changes.head(); // a first page, or a token from before snapshots: read as of now
    }
    if (at.snapshot() > changes.head()) {
      throw Cursors.invalid(field, "names a change this database never made; it was issued for another database");
    }
    check(at.snapshot(), field);
    return at.snapshot();
  }

  /**
   * Refuses a snapshot whose history was pruned. Called again after each page is read, because pruning may
   * have run while it was being read; the page is then refused rather than returned with holes.
   */
  void check(long snapshot, String field) {
    long oldest = changes.prunedThrough();
    if (snapshot < oldest) {
      throw ServiceException.of(Status.Code.OUT_OF_RANGE, "SNAPSHOT_EXPIRED", field + " reads the articles as "
          + "they stood at change " + snapshot + ", which is older than the retained history (from change "
          + oldest + "); restart the listing without " + field, Map.of("field", field,
          "snapshot", Long.toString(snapshot), "oldest_snapshot", Long.toString(oldest)));
    }
  }
}
