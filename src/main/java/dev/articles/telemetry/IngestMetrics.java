package dev.articles.telemetry;

import dev.articles.ingest.Issue;
import dev.articles.pipeline.CommitListener;
import dev.articles.store.StoredArticle;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;

/**
 * Counts what ingestion did, as the ingestor commits it: every pass counts, the one at startup and any
 * later one over the same ingestor. A pass skips unchanged files, so after a restart over an up-to-date
 * database these stay at zero until a file changes.
 */
final class IngestMetrics implements CommitListener {
  private final Counter articles;
  private final Counter facts;
  private final Counter deleted;
  private final Counter refused;

  IngestMetrics(PrometheusRegistry registry) {
    articles = Counter.builder().name("articles_ingested_total")
        .help("Articles written by ingestion, new or replaced by a changed seed file.")
        .withoutExemplars().register(registry);
    facts = Counter.builder().name("articles_facts_ingested_total")
        .help("Facts written with those articles.")
        .withoutExemplars().register(registry);
    deleted = Counter.builder().name("articles_deleted_total")
        .help("Articles removed because their seed file was gone.")
        .withoutExemplars().register(registry);
    refused = Counter.builder().name("articles_seed_files_refused_total")
        .help("Seed files refused by ingestion, by reason (EMPTY_FILE, NOT_UTF8, NO_TITLE, ...).")
        .labelNames("reason").withoutExemplars().register(registry);
  }

  @Override
  public void committed(List<StoredArticle> upserts, List<String> deletedIds) {
    long factCount = 0;
    for (StoredArticle a : upserts) {
      factCount += a.facts().size();
    }
    articles.inc(upserts.size());
    facts.inc(factCount);
    deleted.inc(deletedIds.size());
  }

  @Override
  public void refused(Issue issue) {
    refused.labelValues(issue.reason()).inc();
  }
}
