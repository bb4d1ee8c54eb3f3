package dev.articles.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-written article fixtures under {@code src/test/resources/fixtures/articles}: each {@code .txt}
 * with an {@code .expected} file of its metadata, and for good articles a {@code .gold.tsv} of its quotes
 * and figures. The real seed's gold file is {@code 000_seed.gold.tsv}.
 */
public final class Fixtures {
  public static final Path DIR = Path.of("src/test/resources/fixtures/articles");
  /**
   * Articles written and labelled apart from the extractor's development, to measure it honestly. Another
   * labelled set is scored the same way with {@code -Dheldout.dir=DIR}.
   */
  public static final Path HELD_OUT =
      Path.of(System.getProperty("heldout.dir", "src/test/resources/fixtures/heldout"));

  private Fixtures() {}

  /** The names (without extension) of every fixture that has an {@code .expected} file. */
  public static List<String> names() {
    return names(DIR);
  }

  /** The names of the fixtures in a folder that have an {@code .expected} file. */
  public static List<String> names(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected"))
          .map(n -> n.substring(0, n.length() - ".expected".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixtures with gold facts, paired with their article file: the seed first, then the good fixtures. */
  public static Map<String, Path> gold() {
    Map<String, Path> out = new LinkedHashMap<>();
    out.put("000_seed", Seeds.SEED);
    for (String name : names()) {
      if (Files.exists(DIR.resolve(name + ".gold.tsv"))) {
        out.put(name, DIR.resolve(name + ".txt"));
      }
    }
    return out;
  }

  public static Path text(String name) {
    return DIR.resolve(name + ".txt");
  }

  public static byte[] bytes(String name) {
    return bytes(DIR, name);
  }

  public static byte[] bytes(Path dir, String name) {
    try {
      return Files.readAllBytes(dir.resolve(name + ".txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code key=value} lines of a fixture's {@code .expected} file, in order. */
  public static Map<String, String> expected(String name) {
    return expected(DIR, name);
  }

  public static Map<String, String> expected(Path dir, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(dir.resolve(name + ".expected"), StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          out.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One gold row: a quote with its speaker, or a figure with its value, unit and approximation. */
  public record GoldFact(String kind, String text, String speaker, double value, String unit, boolean approximate) {}

  public static List<GoldFact> goldFacts(String name) {
    return goldFacts(DIR, name);
  }

  public static List<GoldFact> goldFacts(Path dir, String name) {
    List<GoldFact> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(dir.resolve(name + ".gold.tsv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t", -1);
        boolean figure = c[0].equals("FIGURE");
        out.add(new GoldFact(c[0], c[1], c[2], figure ? Double.parseDouble(c[3]) : 0, figure ? c[4] : "",
            figure && Boolean.parseBoolean(c[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
