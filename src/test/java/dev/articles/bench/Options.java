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
  double seconds = 5;
  double warmup = 3;
  int rounds = 3;
  long cacheBytes = 128L << 20;
  List<String> rpcs = List.of();
  /** Whether the client parses unary responses into messages, instead of reading their bytes. */
  boolean parseResponses;
  /** Whether every article is read once, in both views, before the unary RPCs are measured. */
  boolean warmCache;

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
        case "--rounds" -> o.rounds = Integer.parseInt(value);
        case "--cache-mb" -> o.cacheBytes = Long.parseLong(value) << 20;
        case "--parse-responses" -> {
          o.parseResponses = true;
          i--;
        }
        case "--warm-cache" -> {
          o.warmCache = true;
          i--;
        }
        case "--rpcs" -> o.rpcs = new ArrayList<>(Arrays.asList(value.split(",")));
        default -> throw new IllegalArgumentException("unknown flag " + args[i] + "; flags: --sizes --out --seed "
            + "--concurrency --seconds --warmup --rounds --cache-mb --rpcs --parse-responses --warm-cache");
      }
      i++;
    }
    return o;
  }
}
