package dev.articles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import dev.articles.v1.FactKind;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.GetFactRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamFactsRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts extracted at ingestion, served through the fact RPCs and the entity filters. */
class SeedFactsTest {
  @TempDir
  Path seeds;

  private RunningServer seedAndOther() throws Exception {
    Seeds.copySeed(seeds);
    Seeds.write(seeds, "other", "الأربعاء 17 أبريل 2024\n\nمصر تفتتح محطة كهرباء جديدة\n\n"
        + "وقال وزير الكهرباء المصري محمود عصمت إن \"المحطة ستضيف 1200 ميغاواط إلى الشبكة\".\n");
    return RunningServer.start(seeds);
  }

  private static List<Fact> allFacts(RunningServer s, String parent, String filter) {
    List<Fact> out = new ArrayList<>();
    String token = "";
    do {
      var page = s.blocking().listFacts(ListFactsRequest.newBuilder().setParent(parent).setFilter(filter)
          .setPageSize(7).setPageToken(token).build());
      out.addAll(page.getFactsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return out;
  }

  @Test
  void listFacts_seed_returnsTheQuotesWithSpeakersTheFiguresDatesAndEntities() throws Exception {
    try (RunningServer s = seedAndOther()) {
      List<Fact> facts = allFacts(s, Seeds.SEED_NAME, "");
      List<Fact> quotes = facts.stream().filter(f -> f.getKind() == FactKind.FACT_KIND_QUOTE).toList();
      assertEquals(8, quotes.size());
      assertEquals(7, quotes.stream().filter(q -> q.getQuote().getSpeaker().getName().equals("اللواء يحيى رسول"))
          .count());
      assertEquals("بيان مشترك", quotes.get(7).getQuote().getSpeaker().getName());
      assertTrue(facts.stream().anyMatch(f -> f.getKind() == FactKind.FACT_KIND_FIGURE
          && f.getFigure().getValue() == 3000 && f.getFigure().getApproximate()));
      assertTrue(facts.stream().anyMatch(f -> f.getKind() == FactKind.FACT_KIND_FIGURE
          && f.getFigure().getValue() == 2500 && !f.getFigure().getApproximate()));
      assertTrue(facts.stream().anyMatch(f -> f.getKind() == FactKind.FACT_KIND_DATE));
      assertTrue(facts.stream().anyMatch(f -> f.getKind() == FactKind.FACT_KIND_ENTITY
          && f.getEntity().getEntityId().equals("isis")));
      Fact byName = s.blocking().getFact(GetFactRequest.newBuilder().setName(quotes.get(0).getName()).build());
      assertEquals(quotes.get(0), byName);
    }
  }

  @Test
  void listFacts_speakerAndEntityFilters_findEveryQuoteOfAPerson() throws Exception {
    try (RunningServer s = seedAndOther()) {
      assertEquals(7, allFacts(s, "articles/-", "speaker = \"يحيى رسول\"").size());
      assertEquals(7, allFacts(s, "articles/-", "speaker = \"اللواء يحيى رسول\"").size());
      assertEquals(1, allFacts(s, "articles/-", "kind = QUOTE AND speaker = \"محمود عصمت\"").size());
      assertEquals(1, allFacts(s, "articles/-", "entity = \"داعش\"").size());
      assertEquals(9, allFacts(s, "articles/-", "kind = QUOTE").size());
    }
  }

  @Test
  void streamFacts_allArticles_streamsEveryStoredFact() throws Exception {
    try (RunningServer s = seedAndOther()) {
      int expected = 0;
      for (String name : List.of(Seeds.SEED_NAME, "articles/other")) {
        expected += s.blocking().getArticle(GetArticleRequest.newBuilder().setName(name).build()).getFactCount();
      }
      List<String> names = new ArrayList<>();
      s.blocking().streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-").build())
          .forEachRemaining(m -> names.add(m.getFact().getName()));
      assertEquals(expected, names.size());
      assertEquals(names.size(), names.stream().distinct().count());
    }
  }

  @Test
  void listArticles_entityFilter_acceptsIdCanonicalNameAndAnyAlias() throws Exception {
    try (RunningServer s = seedAndOther()) {
      for (String entity : List.of("isis", "داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الاسلامية")) {
        List<String> names = s.blocking().listArticles(ListArticlesRequest.newBuilder()
            .setFilter("entity = \"" + entity + "\"").build()).getArticlesList().stream().map(Article::getName).toList();
        assertEquals(List.of(Seeds.SEED_NAME), names, entity);
      }
      List<String> streamed = new ArrayList<>();
      s.blocking().streamArticles(StreamArticlesRequest.newBuilder().setFilter("entity = \"مصر\" OR entity = \"العراق\"")
          .build()).forEachRemaining(m -> streamed.add(m.getArticle().getName()));
      assertEquals(List.of(Seeds.SEED_NAME, "articles/other"), streamed);
      Article seed = s.blocking().getArticle(GetArticleRequest.newBuilder().setName(Seeds.SEED_NAME).build());
      assertEquals("iraq", seed.getEntities(0).getId(), "most mentioned first");
    }
  }
}
