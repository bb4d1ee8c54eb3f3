package dev.articles.api;

import static dev.articles.testing.Errors.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.search.ArabicSearchAnalyzer;
import dev.articles.testing.Fixtures;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.testing.Spans;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleSearchResult;
import dev.articles.v1.ArticleView;
import dev.articles.v1.FactKind;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchArticlesResponse;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.SearchFactsResponse;
import dev.articles.v1.TextSpan;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SearchArticles and SearchFacts over the seed and every good fixture. */
class SearchTest {
  private static final Analyzer ANALYZER = new ArabicSearchAnalyzer();

  @TempDir
  Path seeds;

  private RunningServer server;

  @BeforeEach
  void start() throws Exception {
    Seeds.copySeed(seeds);
    for (String name : Fixtures.gold().keySet()) {
      if (!name.equals("000_seed")) {
        Files.copy(Fixtures.text(name), seeds.resolve(name.replace('_', '-') + ".txt"));
      }
    }
    Seeds.write(seeds, "names-hassan", "الأحد 7 أبريل 2024\n\nلقاء في عمان\n\n"
        + "وقال السفير حسن علي إن \"الزيارة ناجحة\".\n\nوالتقى حسن نظراءه في العاصمة.\n");
    server = RunningServer.start(seeds);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private SearchArticlesResponse search(String query) {
    return server.blocking().searchArticles(SearchArticlesRequest.newBuilder().setQuery(query).build());
  }

  private List<String> names(String query) {
    return search(query).getResultsList().stream().map(r -> r.getArticle().getName()).toList();
  }

  @Test
  void searchArticles_everyFormOfAWord_findsTheSeed() {
    for (String query : List.of("انسحاب", "الانسحاب", "بالانسحاب", "وانسحاب", "انْسِحاب", "انـسحاب")) {
      assertEquals(Seeds.SEED_NAME, names(query).get(0), query);
    }
  }

  @Test
  void searchArticles_spellingAndHamzaVariants_findTheSeed() {
    assertTrue(names("الامريكية").contains(Seeds.SEED_NAME));
    assertTrue(names("الأمريكية").contains(Seeds.SEED_NAME));
    assertTrue(names("داعش").contains(Seeds.SEED_NAME));
    assertTrue(names("٢٥٠٠ جندي").contains(Seeds.SEED_NAME), "digits of every script");
  }

  @Test
  void searchArticles_aNameMatchesOnlyItself_notAnotherWithTheSameRoot() {
    assertTrue(names("حسن").contains("articles/names-hassan"));
    assertTrue(names("وحسن").contains("articles/names-hassan"));
    assertFalse(names("حسين").contains("articles/names-hassan"));
    assertFalse(names("محسن").contains("articles/names-hassan"));
    assertFalse(names("حسان").contains("articles/names-hassan"));
  }

  @Test
  void searchArticles_phrasesAndExclusions() {
    assertTrue(names("\"القوات الأميركية\"").contains(Seeds.SEED_NAME));
    assertFalse(names("\"الأميركية القوات\"").contains(Seeds.SEED_NAME), "a phrase keeps its order");
    assertTrue(names("انسحاب").contains(Seeds.SEED_NAME));
    assertFalse(names("انسحاب -داعش").contains(Seeds.SEED_NAME));
    assertFalse(names("انسحاب -\"تنظيم داعش\"").contains(Seeds.SEED_NAME));
  }

  @Test
  void searchArticles_everyHighlightMarksAMatchingWord() {
    for (String query : List.of("انسحاب", "الامريكية", "داعش", "\"القوات الأميركية\"", "العراق المياه")) {
      Set<String> wanted = new HashSet<>();
      for (String word : query.replace("\"", "").split(" ")) {
        wanted.addAll(terms(word));
      }
      for (ArticleSearchResult r : search(query).getResultsList()) {
        Article full = server.blocking().getArticle(GetArticleRequest.newBuilder()
            .setName(r.getArticle().getName()).setView(ArticleView.ARTICLE_VIEW_FULL).build());
        assertFalse(r.getHighlightsList().isEmpty(), r.getArticle().getName());
        for (TextSpan span : r.getHighlightsList()) {
          String word = Spans.cut(full, span);
          Set<String> forms = new HashSet<>(terms(word));
          forms.retainAll(wanted);
          assertFalse(forms.isEmpty(), query + ": highlight «" + word + "» in " + r.getArticle().getName());
        }
      }
    }
  }

  @Test
  void searchArticles_filtersAndPaging() {
    SearchArticlesResponse all = server.blocking().searchArticles(SearchArticlesRequest.newBuilder()
        .setQuery("وزير").setPageSize(1000).build());
    assertTrue(all.getTotalSize() >= 5, "total " + all.getTotalSize());
    List<String> paged = new ArrayList<>();
    String token = "";
    do {
      SearchArticlesResponse page = server.blocking().searchArticles(SearchArticlesRequest.newBuilder()
          .setQuery("وزير").setPageSize(2).setPageToken(token).build());
      page.getResultsList().forEach(r -> paged.add(r.getArticle().getName()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertEquals(all.getResultsList().stream().map(r -> r.getArticle().getName()).toList(), paged);
    List<String> filtered = server.blocking().searchArticles(SearchArticlesRequest.newBuilder()
        .setQuery("انسحاب").setFilter("source = \"وكالات\" AND published_date = \"2024-04-16\"").build())
        .getResultsList().stream().map(r -> r.getArticle().getName()).toList();
    assertEquals(List.of(Seeds.SEED_NAME), filtered);
    assertTrue(all.getResultsList().stream().allMatch(r -> r.getArticle().getBodyCount() == 0), "BASIC view");
  }

  @Test
  void searchArticles_badQueries_returnInvalidArgument() {
    assertError(Status.Code.INVALID_ARGUMENT, "QUERY_EMPTY", () -> search("   "));
    assertError(Status.Code.INVALID_ARGUMENT, "QUERY_TOO_LONG", () -> search("كلمة ".repeat(200)));
    assertError(Status.Code.INVALID_ARGUMENT, "QUERY_TOO_LONG", () -> search("a b c d e f g h i j k l m n o p q r "
        + "s t u v w x y z aa bb cc dd ee ff gg hh"));
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_QUERY", () -> search("\"unclosed phrase"));
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_QUERY", () -> search("-داعش"));
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_QUERY", () -> search("!!! ؟؟"));
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_QUERY", () -> search("title:x AND \u0000"));
    assertError(Status.Code.INVALID_ARGUMENT, "INVALID_FILTER", () -> server.blocking().searchArticles(
        SearchArticlesRequest.newBuilder().setQuery("داعش").setFilter("' OR 1=1 --").build()));
    // Query-parser syntax is just text here: it finds nothing, and breaks nothing.
    assertEquals(0, search("title:x* AND (body:y~2)").getResultsCount());
  }

  @Test
  void searchArticles_reingestedOrDeletedArticle_isNeverFoundInItsOldForm() throws Exception {
    Path seed = seeds.resolve(Seeds.SEED.getFileName());
    Files.writeString(seed, Seeds.seedText().replace("تنظيم داعش", "الجماعات المسلحة"));
    Files.setLastModifiedTime(seed, FileTime.fromMillis(Files.getLastModifiedTime(seed).toMillis() + 60_000));
    server.backend.ingestor.sync(seeds);
    assertFalse(names("داعش").contains(Seeds.SEED_NAME));
    assertTrue(names("المسلحة").contains(Seeds.SEED_NAME));
    Files.delete(seed);
    server.backend.ingestor.sync(seeds);
    assertFalse(names("انسحاب").contains(Seeds.SEED_NAME));
  }

  @Test
  void searchFacts_aPersonsName_findsTheirQuotes() {
    SearchFactsResponse r = server.blocking().searchFacts(SearchFactsRequest.newBuilder().setParent("articles/-")
        .setQuery("يحيى رسول").setFilter("kind = QUOTE").setPageSize(100).build());
    assertEquals(7, r.getResultsCount());
    assertTrue(r.getResultsList().stream().allMatch(f -> f.getFact().getKind() == FactKind.FACT_KIND_QUOTE
        && f.getFact().getQuote().getSpeaker().getName().equals("اللواء يحيى رسول")));
    SearchFactsResponse inSeed = server.blocking().searchFacts(SearchFactsRequest.newBuilder()
        .setParent(Seeds.SEED_NAME).setQuery("الانسحاب").build());
    assertTrue(inSeed.getResultsCount() > 0);
    assertTrue(inSeed.getResultsList().stream().allMatch(f -> f.getFact().getName().startsWith(Seeds.SEED_NAME)));
    assertError(Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND", () -> server.blocking().searchFacts(
        SearchFactsRequest.newBuilder().setParent("articles/nope").setQuery("x").build()));
  }

  private static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
