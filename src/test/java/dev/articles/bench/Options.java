package dev.articles.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The benchmark's flags, with defaults that take about half an hour on a 2-core machine. */
final class Options {
  List<Integer> sizes = List.of(1_000, 10_000, 100_000);
  Path out = Path.of("target/bench");
  long seed = 42;
  int concurrency = 16;
  double seconds = 4;
  double warmup = 3;
  /** The longest the ingestion warm-up, and the one before the unary RPCs, wait for the JIT compiler to go quiet. */
  double jitQuietLimit = 60;
  /** The most passes over the first corpus while the JVM warms up, the cold one included. */
  int ingestPasses = 60;
  /** The least time each corpus size is measured ingesting, in passes over a fresh database. */
  double ingestSeconds = 10;
  /** Even, so that the A B B A order runs each side first equally often. */
  int rounds = 4;
  /** Flags for the server, after {@code --seeds} and {@code --db}; otherwise it runs on serve's defaults. */
  List<String> serverFlags = List.of();
  List<String> rpcs = List.of();
  /** Whether the client parses unary responses into messages, instead of reading their bytes. */
  boolean parseResponses;

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--sizes" -> o.sizes = Arrays.stream(value.split(",")).map(Integer::parseInt).toList();
        case "--out" -> o.out = Path.of(value);
        case "--seed" -> o.seed = Long.parseLong(value);
        case "--concurrency" -> o.concurrency = Integer.parseInt(value);
        case "--seconds" -> o.seconds = Double.parseDouble(value);
        case "--warmup" -> o.warmup = Double.parseDouble(value);
        case "--jit-quiet-limit" -> o.jitQuietLimit = Double.parseDouble(value);
        case "--ingest-passes" -> o.ingestPasses = Integer.parseInt(value);
        case "--ingest-seconds" -> o.ingestSeconds = Double.parseDouble(value);
        case "--rounds" -> o.rounds = Integer.parseInt(value);
        case "--server-flags" -> o.serverFlags = Arrays.stream(value.trim().split("\\s+"))
            .filter(f -> !f.isEmpty()).toList();
        case "--parse-responses" -> {
          o.parseResponses = true;
          i--;
        }
        case "--rpcs" -> o.rpcs = new ArrayList<>(Arrays.asList(value.split(",")));
        default -> throw new IllegalArgumentException("unknown flag " + args[i] + "; flags: --sizes --out --seed "
            + "--concurrency --seconds --warmup --jit-quiet-limit --ingest-passes --ingest-seconds --rounds "
            + "--server-flags --rpcs --parse-responses");
      }
      i++;
    }
    return o;
  }
}
