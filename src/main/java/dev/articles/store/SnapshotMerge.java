package dev.articles.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Merges the two keyset pages of a snapshot read: current rows written at or before the snapshot, and
 * history rows valid at it. Each is one indexed query in key order; merging them here avoids a UNION that
 * H2 would sort in full.
 *
 * <p>The current rows are read first. A change that commits between the two queries then shows its article
 * both in the current page (the old row, read before) and in the history page (the pre-image, read after);
 * they are the same version, and the merge keeps one. Read the other way round, the article would be in
 * neither.
 */
final class SnapshotMerge {
  private SnapshotMerge() {}

  /**
   * The first {@code limit} rows of the merge, by key. Each input is the first {@code limit} rows of its side,
   * and the first {@code limit} keys of a union are among the first {@code limit} of each side, so this is
   * exactly the page; a short result means the end.
   */
  static <R, K extends Comparable<K>> List<R> merge(List<R> current, List<R> history, int limit,
                                                     Function<R, K> key) {
    if (history.isEmpty()) {
      return current;
    }
    List<R> out = new ArrayList<>(limit);
    int i = 0;
    int j = 0;
    while (out.size() < limit && (i < current.size() || j < history.size())) {
      if (j >= history.size()) {
        out.add(current.get(i++));
      } else if (i >= current.size()) {
        out.add(history.get(j++));
      } else {
        int c = key.apply(current.get(i)).compareTo(key.apply(history.get(j)));
        out.add(c <= 0 ? current.get(i++) : history.get(j++));
        if (c == 0) {
          j++; // the same version, read from both sides of a commit
        }
      }
    }
    return out;
  }
}
