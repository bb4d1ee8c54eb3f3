package dev.articles.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws latency and throughput against corpus size as an SVG: two panels with a logarithmic x axis,
 * GetArticle's p50 and p99 beside the Health/Check floor's, and QPS, ingestion and streaming rates.
 */
final class Chart {
  private static final int W = 900;
  private static final int H = 380;
  private static final int PANEL = 400;
  private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

  private Chart() {}

  record Series(String name, List<double[]> points) {}

  static String svg(Results r) {
    List<Series> latency = List.of(
        series("GetArticle p50", r, u -> u.rpc().equals("GetArticle"), Results.Unary::p50),
        series("GetArticle p99", r, u -> u.rpc().equals("GetArticle"), Results.Unary::p99),
        series("Health/Check p50", r, u -> u.rpc().equals("GetArticle"), Results.Unary::floorP50),
        series("Health/Check p99", r, u -> u.rpc().equals("GetArticle"), Results.Unary::floorP99));
    List<Series> throughput = new ArrayList<>(List.of(
        series("GetArticle QPS", r, u -> u.rpc().equals("GetArticle"), Results.Unary::qps),
        series("Health/Check QPS", r, u -> u.rpc().equals("GetArticle"), Results.Unary::floorQps)));
    List<double[]> ingest = new ArrayList<>();
    r.ingests.stream().filter(i -> !i.coldJvm()).forEach(i -> ingest.add(new double[] {i.size(), i.perSecond()}));
    throughput.add(new Series("ingested articles/s", ingest));
    List<double[]> stream = new ArrayList<>();
    r.streams.stream().filter(s -> s.rpc().equals("StreamArticles BASIC"))
        .forEach(s -> stream.add(new double[] {s.size(), s.perSecond()}));
    throughput.add(new Series("StreamArticles BASIC msg/s", stream));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
        + "font-family='sans-serif' font-size='11'>%n<rect width='100%%' height='100%%' fill='white'/>%n", W, H));
    panel(out, 50, "Latency (µs) vs corpus size", latency, false);
    panel(out, 50 + PANEL + 50, "Throughput (per second, log scale) vs corpus size", throughput, true);
    out.append("</svg>\n");
    return out.toString();
  }

  private static Series series(String name, Results r, java.util.function.Predicate<Results.Unary> which,
                               ToDoubleFunction<Results.Unary> value) {
    List<double[]> points = new ArrayList<>();
    r.unary.stream().filter(which).forEach(u -> points.add(new double[] {u.size(), value.applyAsDouble(u)}));
    return new Series(name, points);
  }

  private static void panel(StringBuilder out, int x0, String title, List<Series> series, boolean logY) {
    int top = 40;
    int height = H - 120;
    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (Series s : series) {
      for (double[] p : s.points()) {
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
    }
    if (maxX == 0) {
      return;
    }
    double lx0 = Math.log10(minX);
    double lx1 = Math.max(lx0 + 1, Math.log10(maxX));
    double y0 = logY ? Math.floor(Math.log10(Math.max(1, minY))) : 0;
    double y1 = logY ? Math.ceil(Math.log10(maxY)) : maxY * 1.15;
    out.append(String.format(Locale.ROOT, "<text x='%d' y='20' font-size='13'>%s</text>%n", x0, title));
    out.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", x0, top + height,
        x0 + PANEL - 40, top + height));
    out.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", x0, top, x0,
        top + height));
    for (double e = Math.floor(lx0); e <= lx1; e++) {
      double x = x0 + (e - lx0) / (lx1 - lx0) * (PANEL - 60);
      out.append(String.format(Locale.ROOT, "<text x='%.0f' y='%d' text-anchor='middle'>%s</text>%n", x,
          top + height + 15, e >= 3 ? (long) Math.pow(10, e - 3) + "k" : Long.toString((long) Math.pow(10, e))));
    }
    for (int t = 0; t <= 4; t++) {
      double v = y0 + (y1 - y0) * t / 4;
      double y = top + height - (double) t / 4 * height;
      out.append(String.format(Locale.ROOT, "<text x='%d' y='%.0f' text-anchor='end'>%s</text>%n", x0 - 4, y + 4,
          logY ? String.format(Locale.ROOT, "%.0f", Math.pow(10, v)) : String.format(Locale.ROOT, "%.0f", v)));
    }
    int legend = top + height + 32;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String color = COLORS[i % COLORS.length];
      StringBuilder path = new StringBuilder();
      for (double[] p : s.points()) {
        double x = x0 + (Math.log10(p[0]) - lx0) / (lx1 - lx0) * (PANEL - 60);
        double v = logY ? Math.log10(Math.max(1, p[1])) : p[1];
        double y = top + height - (v - y0) / (y1 - y0) * height;
        path.append(path.length() == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
        out.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>%n", x, y, color));
      }
      out.append(String.format(Locale.ROOT, "<path d='%s' fill='none' stroke='%s' stroke-width='2'/>%n", path, color));
      out.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>■ %s</text>%n", x0 + (i % 2) * 190,
          legend + (i / 2) * 14, color, s.name()));
    }
  }
}
