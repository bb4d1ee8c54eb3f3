package dev.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture, and every article of the held-out set, parsed and compared with its {@code .expected} file,
 * field by field.
 */
class ArticleFixturesTest {
  static Stream<Arguments> fixtures() {
    return Stream.of(Fixtures.DIR, Fixtures.HELD_OUT)
        .flatMap(dir -> Fixtures.names(dir).stream().map(name -> Arguments.of(name, dir)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parse_fixture_matchesEveryExpectedField(String name, Path dir) {
    Map<String, String> expected = Fixtures.expected(dir, name);
    byte[] bytes = Fixtures.bytes(dir, name);
    String file = name + ".txt";
    if (expected.containsKey("refused")) {
      RefusedFileException e = assertThrows(RefusedFileException.class, () -> SeedParser.parse(file, bytes));
      assertEquals(expected.get("refused"), e.reason(), e.getMessage());
      assertTrue(e.getMessage().startsWith(file + ": "), "the error names the file: " + e.getMessage());
      return;
    }
    ParsedArticle a = assertDoesNotRefuse(file, bytes);
    Map<String, String> actual = fields(a);
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> field : expected.entrySet()) {
      String got = actual.get(field.getKey());
      if (!field.getValue().equals(got)) {
        wrong.add(field.getKey() + ":\n    expected: " + field.getValue() + "\n    actual:   " + got);
      }
    }
    assertEquals(expected.keySet(), actual.keySet(), "every field is asserted");
    assertTrue(wrong.isEmpty(), name + " differs in " + wrong.size() + " field(s):\n  " + String.join("\n  ", wrong));
  }

  private static ParsedArticle assertDoesNotRefuse(String file, byte[] bytes) {
    try {
      return SeedParser.parse(file, bytes);
    } catch (RefusedFileException e) {
      throw new AssertionError("refused: " + e.getMessage(), e);
    }
  }

  /** The parsed article in the {@code .expected} vocabulary. */
  static Map<String, String> fields(ParsedArticle a) {
    Map<String, String> f = new java.util.LinkedHashMap<>();
    f.put("title", a.title());
    f.put("subtitle", a.subtitle());
    f.put("lead", a.lead());
    Dateline d = a.dateline();
    f.put("published_date", d == null || d.date() == null ? "" : d.date().toString());
    f.put("weekday", d == null ? "" : d.weekday());
    f.put("month_namings", d == null ? "" : d.namings().stream().map(Enum::name).collect(Collectors.joining(",")));
    f.put("dateline", d == null ? "" : d.rawText());
    f.put("image_caption", a.imageCaption());
    f.put("image_credit", a.imageCredit());
    f.put("sources", String.join("|", a.sources()));
    f.put("headings", a.body().stream().filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text)
        .collect(Collectors.joining("|")));
    f.put("body_blocks", Integer.toString(a.body().size()));
    List<String> paragraphs = a.body().stream().filter(b -> b.kind() == Block.Kind.PARAGRAPH).map(Block::text).toList();
    f.put("first_paragraph", paragraphs.isEmpty() ? "" : paragraphs.get(0));
    f.put("last_paragraph", paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1));
    f.put("warnings", a.warnings().stream().map(Issue::reason).sorted().collect(Collectors.joining(",")));
    return f;
  }
}
