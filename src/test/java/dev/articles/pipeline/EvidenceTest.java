package dev.articles.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.ingest.SeedFile;
import dev.articles.ingest.SeedParser;
import dev.articles.ingest.SeedReader;
import dev.articles.store.StoredArticle;
import dev.articles.store.StoredFact;
import dev.articles.testing.Fixtures;
import dev.articles.testing.Seeds;
import dev.articles.testing.Spans;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import dev.articles.v1.FactKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fact's evidence, applied to the stored text as a client would, gives back the fact's text. */
class EvidenceTest {
  static Stream<String> articles() {
    return Fixtures.gold().keySet().stream();
  }

  private static StoredArticle assemble(String fileName, byte[] bytes) throws Exception {
    SeedFile seed = new SeedFile(fileName, SeedFile.articleIdOf(fileName), bytes, SeedReader.sha256(bytes));
    return ArticleAssembler.assemble(seed, SeedParser.parse(seed), Instant.EPOCH);
  }

  private static StoredArticle fixture(String name) throws Exception {
    Path path = Fixtures.gold().get(name);
    return assemble(name + ".txt", Files.readAllBytes(path));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void evidence_everyFactOfEveryFixture_pointsAtItsText(String name) throws Exception {
    StoredArticle stored = fixture(name);
    Article article = Article.parseFrom(stored.fullView());
    assertFalse(stored.facts().isEmpty(), name + " has facts");
    assertEquals(stored.facts().size(), article.getFactCount());
    for (StoredFact row : stored.facts()) {
      Fact f = Fact.parseFrom(row.proto());
      assertEquals(f.getText(), f.getEvidence().getText(), f.getName());
      assertEquals(f.getEvidence().getText(), Spans.cut(article, f.getEvidence().getSpan()), f.getName());
      assertEquals(article.getContentDigest(), f.getEvidence().getContentDigest());
      assertTrue(f.getName().startsWith(article.getName() + "/facts/"), f.getName());
    }
  }

  @Test
  void evidence_offsetsCountCodePointsNotUtf16Units() throws Exception {
    // An emoji (two UTF-16 units, one code point) before the quote makes the two units disagree.
    String text = Seeds.seedText().replace("وأضاف: أنّ \"انسحاب", "😀 وأضاف: أنّ \"انسحاب");
    StoredArticle stored = assemble("emoji.txt", text.getBytes(StandardCharsets.UTF_8));
    Article article = Article.parseFrom(stored.fullView());
    Fact quote = null;
    for (StoredFact row : stored.facts()) {
      Fact f = Fact.parseFrom(row.proto());
      if (f.getText().startsWith("انسحاب القوات الأميركية من العراق")) {
        quote = f;
      }
    }
    assertTrue(quote != null, "the quote after the emoji is found");
    String block = article.getBody(quote.getEvidence().getSpan().getBlockIndex()).getText();
    assertEquals(block.indexOf("انسحاب القوات") - 1, quote.getEvidence().getSpan().getStartOffset());
    assertEquals(quote.getText(), Spans.cut(article, quote.getEvidence().getSpan()));
  }

  @Test
  void rangeFigure_carriesBothEndsAndTheRangeBound() throws Exception {
    String text = Seeds.seedText().replace("ونشرت نحو 3000 جندي", "ونشرت ما بين 20 و30 ألف جندي");
    StoredArticle stored = assemble("range.txt", text.getBytes(StandardCharsets.UTF_8));
    Fact range = null;
    for (StoredFact row : stored.facts()) {
      Fact f = Fact.parseFrom(row.proto());
      if (f.getKind() == FactKind.FACT_KIND_FIGURE && f.getText().equals("ما بين 20 و30 ألف جندي")) {
        range = f;
      }
    }
    assertTrue(range != null, "the range is one figure");
    assertEquals(20000, range.getFigure().getValue());
    assertEquals(30000, range.getFigure().getUpperValue());
    assertEquals("جندي", range.getFigure().getUnit());
    assertEquals(dev.articles.v1.Bound.BOUND_RANGE, range.getFigure().getBound());
    assertTrue(range.getFigure().getApproximate());
  }

  @Test
  void factNames_reingestingUnchangedBytes_areIdentical() throws Exception {
    byte[] bytes = Files.readAllBytes(Seeds.SEED);
    assertEquals(names(assemble("a.txt", bytes)), names(assemble("a.txt", bytes)));
  }

  @Test
  void factNames_editElsewhereInTheArticle_keepTheNamesOfUntouchedFacts() throws Exception {
    String text = Seeds.seedText();
    List<String> before = names(assemble("a.txt", text.getBytes(StandardCharsets.UTF_8)));
    String edited = text.replace("ونشرت نحو 3000 جندي", "ونشرت نحو 3500 جندي");
    List<String> after = names(assemble("a.txt", edited.getBytes(StandardCharsets.UTF_8)));
    Set<String> kept = new HashSet<>(before);
    kept.retainAll(after);
    assertEquals(before.size() - 1, kept.size(), "only the edited figure is renamed");
    assertNotEquals(before, after);
  }

  @Test
  void factNames_areUniqueWithinEachFixture() throws Exception {
    for (String name : Fixtures.gold().keySet()) {
      List<String> names = names(fixture(name));
      assertEquals(names.size(), new HashSet<>(names).size(), name);
    }
  }

  @Test
  void seed_factsMatchTheIssue() throws Exception {
    StoredArticle stored = assemble("000_eb0e55b8ce852041.txt", Files.readAllBytes(Seeds.SEED));
    List<Fact> facts = new ArrayList<>();
    for (StoredFact row : stored.facts()) {
      facts.add(Fact.parseFrom(row.proto()));
    }
    List<Fact> quotes = facts.stream().filter(f -> f.getKind() == FactKind.FACT_KIND_QUOTE).toList();
    assertEquals(8, quotes.size());
    assertEquals(7, quotes.stream().filter(q -> q.getQuote().getSpeaker().getName().equals("اللواء يحيى رسول")
        && q.getQuote().getSpeaker().getRole().equals("الناطق باسم القائد العام للقوات المسلحة العراقية")).count());
    assertEquals(1, quotes.stream().filter(q -> q.getQuote().getSpeaker().getName().equals("بيان مشترك")).count());
    assertTrue(quotes.stream().noneMatch(q -> q.getText().equals("مخرجات الحوار الاستراتيجي")));
    Map<String, Boolean> figures = new java.util.HashMap<>();
    facts.stream().filter(f -> f.getKind() == FactKind.FACT_KIND_FIGURE).forEach(f ->
        figures.put((long) f.getFigure().getValue() + " " + f.getFigure().getUnit(), f.getFigure().getApproximate()));
    assertEquals(Map.of("3000 جندي", true, "2500 جندي", false), figures);
    List<String> dates = facts.stream().filter(f -> f.getKind() == FactKind.FACT_KIND_DATE).map(Fact::getText).toList();
    assertTrue(dates.containsAll(List.of("نهاية ديسمبر/ كانون الأول", "يوليو/ تموز الماضي", "منذ عام 2014",
        "نهاية العام الجاري")), dates.toString());
    List<String> entities = facts.stream().filter(f -> f.getKind() == FactKind.FACT_KIND_ENTITY)
        .map(f -> f.getEntity().getEntityId()).toList();
    assertTrue(entities.containsAll(List.of("iraq", "usa", "baghdad", "washington", "isis", "yahya-rasool")),
        entities.toString());
  }

  private static List<String> names(StoredArticle a) throws Exception {
    List<String> names = new ArrayList<>();
    for (StoredFact row : a.facts()) {
      names.add(Fact.parseFrom(row.proto()).getName());
    }
    return names;
  }
}
