package dev.articles.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SnapshotMergeTest {
  private static List<String> merge(List<String> current, List<String> history, int limit) {
    return SnapshotMerge.merge(current, history, limit, Function.identity());
  }

  @Test
  void merge_interleavesByKey_andStopsAtTheLimit() {
    assertEquals(List.of("a", "b", "c"), merge(List.of("a", "c"), List.of("b"), 3));
    assertEquals(List.of("a", "b"), merge(List.of("a", "c"), List.of("b"), 2));
    assertEquals(List.of("a", "c"), merge(List.of("a", "c"), List.of(), 5));
    assertEquals(List.of("b", "d"), merge(List.of(), List.of("b", "d"), 5));
  }

  @Test
  void merge_sameKeyOnBothSides_isKeptOnce() {
    // A commit between the two queries shows one version as a current row and as a pre-image.
    assertEquals(List.of("a", "b", "c"), merge(List.of("a", "b"), List.of("b", "c"), 5));
    assertEquals(List.of("a", "b", "c"), merge(List.of("a", "b", "c"), List.of("a", "b", "c"), 3));
  }

  @Test
  void merge_ofTwoFullPages_isTheFirstPageOfTheirUnion() {
    // Each side read only its first three rows: "e" (current) precedes "f" (history) in the union.
    assertEquals(List.of("a", "b", "c"), merge(List.of("c", "e", "g"), List.of("a", "b", "f"), 3));
    assertEquals(List.of("a", "c", "d"), merge(List.of("a", "c", "d"), List.of("e", "f", "g"), 3));
  }
}
