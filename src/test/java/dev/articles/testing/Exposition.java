package dev.articles.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus text exposition format (version 0.0.4) for tests: checks that a scrape is well formed
 * and finds a sample's value by name and labels.
 */
public final class Exposition {
  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)(?: -?\\d+)?");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"(,|$)");
  private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)");
  private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

  /** One sample line. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private Exposition() {}

  /**
   * Parses a whole scrape, failing on any malformed line, on a sample whose family has no HELP and TYPE
   * line before it, and on a family declared twice.
   */
  public static List<Sample> parse(String text) {
    List<Sample> samples = new ArrayList<>();
    Map<String, String> types = new HashMap<>();
    Set<String> helped = new java.util.HashSet<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      Matcher c = COMMENT.matcher(line);
      if (c.matches()) {
        if (c.group(1).equals("HELP")) {
          assertTrue(helped.add(c.group(2)), "HELP twice for " + c.group(2));
        } else {
          assertTrue(TYPES.contains(c.group(3)), "unknown type: " + line);
          assertTrue(helped.contains(c.group(2)), "TYPE before HELP: " + line);
          assertTrue(types.put(c.group(2), c.group(3)) == null, "TYPE twice for " + c.group(2));
        }
        continue;
      }
      assertTrue(!line.startsWith("#"), "stray comment: " + line);
      Matcher s = SAMPLE.matcher(line);
      assertTrue(s.matches(), "not a sample line: " + line);
      String name = s.group(1);
      String family = family(name, types);
      assertTrue(family != null, "sample without HELP and TYPE before it: " + line);
      samples.add(new Sample(name, labels(s.group(2), line), value(s.group(3), line)));
    }
    return samples;
  }

  /** The family a sample belongs to: its own name, or its name less a histogram's or summary's suffix. */
  private static String family(String name, Map<String, String> types) {
    if (types.containsKey(name)) {
      return name;
    }
    for (String suffix : List.of("_bucket", "_count", "_sum", "_created")) {
      if (name.endsWith(suffix)) {
        String base = name.substring(0, name.length() - suffix.length());
        String type = types.get(base);
        if ("histogram".equals(type) || "summary".equals(type) || suffix.equals("_created")) {
          return base;
        }
      }
    }
    return null;
  }

  private static Map<String, String> labels(String text, String line) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return labels;
    }
    Matcher m = LABEL.matcher(text);
    int at = 0;
    while (at < text.length()) {
      assertTrue(m.find(at) && m.start() == at, "bad labels in: " + line);
      assertTrue(labels.put(m.group(1), m.group(2)) == null, "label twice in: " + line);
      at = m.end();
    }
    return labels;
  }

  private static double value(String text, String line) {
    switch (text) {
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      case "NaN":
        return Double.NaN;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          return fail("bad value in: " + line);
        }
    }
  }

  /** The value of the one sample with exactly this name and these labels, or 0 if there is none. */
  public static double value(List<Sample> samples, String name, Map<String, String> labels) {
    List<Sample> found = samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels)).toList();
    assertTrue(found.size() <= 1, "several samples " + name + labels);
    return found.isEmpty() ? 0 : found.get(0).value();
  }

  /** The value of the one sample with this name and no labels. */
  public static double value(List<Sample> samples, String name) {
    return value(samples, name, Map.of());
  }

  /** Asserts the one sample with exactly this name and these labels has this value. */
  public static void assertValue(double expected, List<Sample> samples, String name, Map<String, String> labels) {
    assertEquals(expected, value(samples, name, labels), 1e-9, name + labels);
  }
}
