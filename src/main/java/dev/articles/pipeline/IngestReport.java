package dev.articles.pipeline;

import dev.articles.ingest.Issue;
import java.time.Duration;
import java.util.List;

/**
 * What one pass over the seeds folder did.
 *
 * @param files the seed files found
 * @param added articles ingested for the first time
 * @param updated articles replaced by a changed file
 * @param unchanged files skipped because they had not changed
 * @param deleted articles removed because their file was gone
 * @param refused the errors of the files refused
 * @param elapsed how long the pass took
 */
public record IngestReport(int files, int added, int updated, int unchanged, int deleted, List<Issue> refused,
                           Duration elapsed) {
  public IngestReport {
    refused = List.copyOf(refused);
  }

  /** One line for the log. */
  public String summary() {
    return String.format("ingested %d seed file(s) in %d ms: %d added, %d updated, %d unchanged, %d deleted, "
        + "%d refused", files, elapsed.toMillis(), added, updated, unchanged, deleted, refused.size());
  }
}
