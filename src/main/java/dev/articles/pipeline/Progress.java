package dev.articles.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/** Logs ingestion progress every few seconds: files done, rate and time left. */
final class Progress {
  private static final Logger log = Logger.getLogger(Progress.class.getName());
  static final Duration INTERVAL = Duration.ofSeconds(5);

  private final int total;
  private final Clock clock;
  private final Instant start;
  private Instant lastReport;
  private int done;

  Progress(int total, Clock clock) {
    this.total = total;
    this.clock = clock;
    this.start = clock.instant();
    this.lastReport = start;
  }

  void step() {
    done++;
    Instant now = clock.instant();
    if (Duration.between(lastReport, now).compareTo(INTERVAL) >= 0 && done < total) {
      lastReport = now;
      log.info(line(now));
    }
  }

  String line(Instant now) {
    double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : -1;
    return String.format("ingest: %d/%d files (%.0f%%), %.0f files/s, about %ds left",
        done, total, 100.0 * done / Math.max(1, total), rate, eta);
  }
}
