package dev.articles.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** Collects the figures of a run and writes them as Markdown tables, JSON and an SVG chart. */
final class Results {
  /** An ingestion into a fresh database; {@code coldJvm} when it was the first work of the benchmark's JVM. */
  record Ingest(int size, double seconds, double perSecond, boolean coldJvm) {}

  /** A restart over the ingested corpus: to SERVING, then until the server's cache warm-up finished. */
  record Restart(int size, double seconds, double warmSeconds) {}

  record Unary(int size, String rpc, double qps, double p50, double p99, double p999, double floorQps,
               double floorP50, double floorP99, double floorP999, long errors) {}

  record StreamRate(int size, String rpc, double perSecond, double floorPerSecond) {}

  final List<Ingest> ingests = new ArrayList<>();
  final List<Restart> restarts = new ArrayList<>();
  final List<Unary> unary = new ArrayList<>();
  final List<StreamRate> streams = new ArrayList<>();

  void ingest(int size, double seconds, double perSecond, boolean coldJvm) {
    ingests.add(new Ingest(size, seconds, perSecond, coldJvm));
  }

  void restart(int size, double seconds, double warmSeconds) {
    restarts.add(new Restart(size, seconds, warmSeconds));
  }

  Unary unary(int size, String rpc, List<Load.Result> measured, List<Load.Result> floors) {
    Histogram m = merge(measured);
    Histogram f = merge(floors);
    Unary row = new Unary(size, rpc, qps(measured), m.getValueAtPercentile(50) / 1e3, m.getValueAtPercentile(99) / 1e3,
        m.getValueAtPercentile(99.9) / 1e3, qps(floors), f.getValueAtPercentile(50) / 1e3,
        f.getValueAtPercentile(99) / 1e3, f.getValueAtPercentile(99.9) / 1e3,
        measured.stream().mapToLong(Load.Result::errors).sum());
    unary.add(row);
    return row;
  }

  void stream(int size, String rpc, double perSecond, double floorPerSecond) {
    streams.add(new StreamRate(size, rpc, perSecond, floorPerSecond));
  }

  private static Histogram merge(List<Load.Result> results) {
    Histogram h = new Histogram(3);
    results.forEach(r -> h.add(r.latencyNanos()));
    return h;
  }

  private static double qps(List<Load.Result> results) {
    return results.stream().mapToLong(Load.Result::calls).sum()
        / results.stream().mapToDouble(Load.Result::seconds).sum();
  }

  void write(Path dir) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("| corpus | ingest s | articles/s | restart to SERVING s | then cache warm-up s |\n"
        + "|---:|---:|---:|---:|---:|\n");
    for (Ingest i : ingests) {
      Restart restart = restarts.stream().filter(r -> r.size() == i.size()).findFirst()
          .orElse(new Restart(i.size(), Double.NaN, Double.NaN));
      md.append(i.coldJvm()
          ? f("| %d (cold JVM) | %.1f | %.0f | | |%n", i.size(), i.seconds(), i.perSecond())
          : f("| %d | %.1f | %.0f | %.1f | %.1f |%n", i.size(), i.seconds(), i.perSecond(), restart.seconds(),
              restart.warmSeconds()));
    }
    md.append("\n| corpus | RPC | QPS | p50 µs | p99 µs | p99.9 µs | floor QPS | floor p50 | floor p99 | floor p99.9 |"
        + " QPS ratio | p99 ratio | errors |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Unary u : unary) {
      md.append(f("| %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %.2f | %d |%n", u.size(),
          u.rpc(), u.qps(), u.p50(), u.p99(), u.p999(), u.floorQps(), u.floorP50(), u.floorP99(), u.floorP999(),
          u.qps() / u.floorQps(), u.p99() / u.floorP99(), u.errors()));
    }
    md.append("\n| corpus | stream | messages/s | floor messages/s | ratio |\n|---:|---|---:|---:|---:|\n");
    for (StreamRate s : streams) {
      md.append(f("| %d | %s | %.0f | %.0f | %.2f |%n", s.size(), s.rpc(), s.perSecond(), s.floorPerSecond(),
          s.perSecond() / s.floorPerSecond()));
    }
    Files.writeString(dir.resolve("results.md"), md.toString());
    Files.writeString(dir.resolve("chart.svg"), Chart.svg(this));
  }

  static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
