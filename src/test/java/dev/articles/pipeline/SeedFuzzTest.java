package dev.articles.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.articles.ingest.Block;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.RefusedFileException;
import dev.articles.ingest.SeedFile;
import dev.articles.ingest.SeedParser;
import dev.articles.ingest.SeedReader;
import dev.articles.store.StoredArticle;
import dev.articles.store.StoredFact;
import dev.articles.testing.Spans;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import java.time.Instant;
import org.junit.jupiter.api.Timeout;

/**
 * Any byte sequence is either ingested or refused with the parser's own error: never another exception,
 * never a hang. What is ingested holds its invariants: a title, clean text, and facts whose evidence points
 * at their text. A plain test run replays {@code SeedFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (see the
 * README, "Fuzzing").
 */
class SeedFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @Timeout(10)
  void ingest_anyBytes_parsesOrRefusesAndEvidenceHolds(byte[] bytes) throws Exception {
    ParsedArticle parsed;
    try {
      parsed = SeedParser.parse("fuzz.txt", bytes);
    } catch (RefusedFileException e) {
      assertNotNull(e.reason());
      assertTrue(e.getMessage().startsWith("fuzz.txt: "), "the error names the file");
      return;
    }
    assertFalse(parsed.title().isBlank(), "an accepted article has a title");
    assertTrue(!parsed.body().isEmpty() || !parsed.lead().isEmpty(), "an accepted article has text");
    for (Block b : parsed.body()) {
      assertFalse(b.text().isBlank(), "no empty blocks");
      assertFalse(b.text().contains("\r") || b.text().contains("\uFEFF"), "stored text is clean");
    }
    SeedFile seed = new SeedFile("fuzz.txt", "fuzz", bytes, SeedReader.sha256(bytes));
    StoredArticle stored = ArticleAssembler.assemble(seed, parsed, Instant.EPOCH);
    Article article = Article.parseFrom(stored.fullView());
    for (StoredFact row : stored.facts()) {
      Fact f = Fact.parseFrom(row.proto());
      assertEquals(f.getText(), Spans.cut(article, f.getEvidence().getSpan()), f.getName());
    }
  }
}
