package dev.articles.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extractor reads any cut of a real paragraph without failing: every third prefix and suffix, by words, of
 * every paragraph of the labelled fixtures and the held-out set. The attribution rules look words ahead and
 * behind, and a paragraph that starts or ends in mid-phrase is where an index slips; tuning found two such errors.
 */
class ExtractionRobustnessTest {
  @Test
  void extract_everyCutOfEveryParagraph_neitherFailsNorYieldsBlankFacts() throws Exception {
    List<String> failures = new ArrayList<>();
    int runs = 0;
    for (Path file : files()) {
      String article = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (String paragraph : article.split("\r?\n\r?\n")) {
        String[] words = paragraph.strip().split(" ");
        for (int cut = 0; cut < words.length; cut += 3) {
          for (String text : List.of(String.join(" ", Arrays.copyOfRange(words, 0, cut + 1)),
              String.join(" ", Arrays.copyOfRange(words, cut, words.length)))) {
            runs++;
            try {
              for (ExtractedFact f : FactFixtures.facts("عنوان", text)) {
                assertFalse(f.text().isBlank(), "a blank fact from: " + text);
              }
            } catch (RuntimeException e) {
              failures.add(file.getFileName() + ": " + e + " on: " + text);
            }
          }
        }
      }
    }
    assertTrue(runs > 10_000, "the cuts ran: " + runs);
    assertTrue(failures.isEmpty(), () -> failures.size() + " failures, first: " + failures.get(0));
  }

  private static List<Path> files() throws Exception {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(Fixtures.DIR, Fixtures.HELD_OUT)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".gold.tsv")) // the articles, not the files that must be refused
            .map(p -> p.resolveSibling(p.getFileName().toString().replace(".gold.tsv", ".txt")))
            .filter(Files::exists).sorted().forEach(out::add); // 000_seed's gold sits beside the seed in seeds/
      }
    }
    return out;
  }
}
