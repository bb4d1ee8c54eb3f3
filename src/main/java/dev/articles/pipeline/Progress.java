package dev.articles.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/** Logs the progress of a long pass every few seconds: items done, rate and time left. Thread-safe. */
public final class Progress {
  private static final Logger log = Logger.getLogger(Progress.class.getName());
  static final Duration INTERVAL = Duration.ofSeconds(5);

  private final String pass;
  private final String unit;
  private final int total;
  private final Clock clock;
  private final Instant start;
  private Instant lastReport;
  private int done;

  Progress(int total, Clock clock) {
    this("ingest", "files", total, clock);
  }

  /** A pass named {@code pass} (as in "ingest") over {@code total} items called {@code unit} ("files"). */
  public Progress(String pass, String unit, int total, Clock clock) {
    this.pass = pass;
    this.unit = unit;
    this.total = total;
    this.clock = clock;
    this.start = clock.instant();
    this.lastReport = start;
  }

  public synchronized void step() {
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
    return String.format("%s: %d/%d %s (%.0f%%), %.0f %s/s, about %ds left",
        pass, done, total, unit, 100.0 * done / Math.max(1, total), rate, unit, eta);
  }
}
