package dev.articles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command end to end at a toy size, so that it cannot rot between the runs that BENCHMARKS.md
 * reports: it generates, ingests, serves, measures every RPC and stream beside its floor, and writes its
 * tables and chart. The figures at this size mean nothing; that every RPC ran without an error does.
 */
class BenchmarkSmokeTest {
  private static final Pattern UNARY_ROW = Pattern.compile(
      "^\\| 40 \\| ([A-Za-z ]+?(?: x10| 50| BASIC)?) \\|(?: [0-9.]+ \\|){10} ([0-9]+) \\|$", Pattern.MULTILINE);
  private static final Pattern STREAM_ROW = Pattern.compile(
      "^\\| 40 \\| (Stream[A-Za-z ]+) \\| ([0-9]+) \\| ([0-9]+) \\| [0-9.]+ \\|$", Pattern.MULTILINE);

  @TempDir
  Path out;

  @Test
  void benchmark_atATinySize_measuresEveryRpcAndStreamWithoutErrors() throws Exception {
    Benchmark.run(Options.parse(new String[] {"--sizes", "40", "--out", out.toString(), "--seconds", "0.2",
        "--warmup", "0.1", "--jit-quiet-limit", "0.5", "--ingest-passes", "2", "--ingest-seconds", "0.3", "--rounds", "2", "--concurrency", "4",
        "--server-flags", "--no-request-log"}));

    String results = Files.readString(out.resolve("results.md"));
    assertTrue(results.contains("| 40 (cold JVM) |"), results);
    Matcher unary = UNARY_ROW.matcher(results);
    int rows = 0;
    while (unary.find()) {
      rows++;
      assertEquals("0", unary.group(2), unary.group(1) + " had errors: " + results);
    }
    assertEquals(10, rows, "one row per unary RPC: " + results);
    Matcher streams = STREAM_ROW.matcher(results);
    List<String> streamed = new java.util.ArrayList<>();
    while (streams.find()) {
      streamed.add(streams.group(1));
      assertTrue(Long.parseLong(streams.group(2)) > 0 && Long.parseLong(streams.group(3)) > 0, results);
    }
    assertEquals(List.of("StreamArticles BASIC", "StreamArticles FULL", "StreamFacts"), streamed);
    assertTrue(Files.readString(out.resolve("chart.svg")).startsWith("<svg"), "chart");
  }
}
