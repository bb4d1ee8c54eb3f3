package dev.articles.telemetry;

import static dev.articles.testing.Exposition.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.ingest.SeedReader;
import dev.articles.pipeline.IngestReport;
import dev.articles.server.Backend;
import dev.articles.store.FactReads;
import dev.articles.testing.Exposition;
import dev.articles.testing.Seeds;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest counters, hooked on the ingestor so that every pass counts, not only the one at startup. */
class IngestMetricsTest {
  @TempDir
  Path seeds;

  private Backend backend;

  @AfterEach
  void close() {
    if (backend != null) {
      backend.close();
    }
  }

  private long facts(String... ids) {
    long n = 0;
    for (String id : ids) {
      n += new FactReads(backend.db).ofArticle(id).size();
    }
    return n;
  }

  @Test
  void everyPass_countsArticlesFactsDeletionsAndRefusalsByReason() throws Exception {
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "zz_second", "الأربعاء 17 نيسان 2024", "الجزيرة");
    Seeds.variant(seeds, "zz_third", "الخميس 18 نيسان 2024", "رويترز");
    Seeds.write(seeds, "empty", "");
    Files.write(seeds.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, (byte) 0xff});
    Telemetry telemetry = Telemetry.create(false, true);
    backend = Backend.open(new Backend.Settings("jdbc:h2:mem:ingest" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
        null, SeedReader.DEFAULT_MAX_BYTES, 2, 16, 16L << 20, new byte[32]), telemetry.ingestListeners());

    backend.ingestor.sync(seeds);
    long facts = facts(Seeds.SEED_ID, "zz_second", "zz_third");
    List<Exposition.Sample> m = scrape(telemetry);
    assertValue(3, m, "articles_ingested_total", Map.of());
    assertValue(facts, m, "articles_facts_ingested_total", Map.of());
    assertValue(0, m, "articles_deleted_total", Map.of());
    assertValue(1, m, "articles_seed_files_refused_total", Map.of("reason", "EMPTY_FILE"));
    assertValue(1, m, "articles_seed_files_refused_total", Map.of("reason", "BINARY_CONTENT"));

    // A later pass over the same ingestor, as a seeds-folder watcher runs it: one file changed, one gone, one
    // more refused; the unchanged refused files are skipped, not counted again.
    Seeds.variant(seeds, "zz_second", "الأربعاء 24 نيسان 2024", "الجزيرة");
    Files.delete(seeds.resolve("zz_third.txt"));
    Seeds.write(seeds, "zz_blank", "   \n");
    backend.ingestor.sync(seeds);
    m = scrape(telemetry);
    assertValue(4, m, "articles_ingested_total", Map.of());
    assertValue(facts + facts("zz_second"), m, "articles_facts_ingested_total", Map.of());
    assertValue(1, m, "articles_deleted_total", Map.of());
    assertValue(2, m, "articles_seed_files_refused_total", Map.of("reason", "EMPTY_FILE"));
    assertValue(1, m, "articles_seed_files_refused_total", Map.of("reason", "BINARY_CONTENT"));
    IngestReport third = backend.ingestor.sync(seeds);
    assertEquals(0, third.added() + third.updated() + third.refused().size(), "a third pass changes nothing");
    m = scrape(telemetry);
    assertValue(4, m, "articles_ingested_total", Map.of());
    assertValue(2, m, "articles_seed_files_refused_total", Map.of("reason", "EMPTY_FILE"));
  }

  private static List<Exposition.Sample> scrape(Telemetry telemetry) {
    return Exposition.parse(PrometheusTextFormatWriter.create().toDebugString(telemetry.registry().scrape()));
  }
}
