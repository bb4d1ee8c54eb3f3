package dev.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * Any byte sequence either parses into an article or is refused with the parser's own error: never another
 * exception, never a hang. Under a plain test run this replays the inputs in
 * {@code SeedParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (see README, "Fuzzing").
 */
class SeedParserFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void parse_anyBytes_parsesOrRefuses(byte[] bytes) {
    try {
      ParsedArticle a = SeedParser.parse("fuzz.txt", bytes);
      assertFalse(a.title().isBlank(), "an accepted article has a title");
      assertTrue(!a.body().isEmpty() || !a.lead().isEmpty(), "an accepted article has text");
      for (Block b : a.body()) {
        assertFalse(b.text().isBlank(), "no empty blocks");
        assertFalse(b.text().contains("\r") || b.text().contains("\uFEFF"), "stored text is clean");
      }
    } catch (RefusedFileException e) {
      assertNotNull(e.reason());
      assertTrue(e.getMessage().startsWith("fuzz.txt: "), "the error names the file");
    }
  }
}
