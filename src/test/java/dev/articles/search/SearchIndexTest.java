package dev.articles.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.query.Filter;
import dev.articles.v1.Article;
import dev.articles.v1.Block;
import dev.articles.v1.Fact;
import dev.articles.v1.FactKind;
import dev.articles.v1.Quote;
import dev.articles.v1.Speaker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ranking, paging and the index's layout, on documents each test writes itself. */
class SearchIndexTest {
  @TempDir
  Path dir;

  private static Article article(String id, String title, String... body) {
    Article.Builder a = Article.newBuilder().setName("articles/" + id).setTitle(title).setContentDigest("d-" + id);
    for (String text : body) {
      a.addBody(Block.newBuilder().setText(text));
    }
    return a.build();
  }

  private static IndexedArticle indexed(Article a, Fact... facts) {
    return new IndexedArticle(a, List.of(facts), Map.of());
  }

  private static List<String> ids(SearchIndex.Page page) {
    return page.hits().stream().map(SearchIndex.Hit::id).toList();
  }

  private static SearchIndex.Page articles(SearchIndex index, String query, SearchIndex.After after, int limit)
      throws Exception {
    return index.searchArticles(SearchQuery.parse(query, index.analyzer()), new Filter.All(), after, limit);
  }

  @Test
  void paging_throughHitsOfEqualScore_returnsEachOnceInTheOrderOfOnePage() throws Exception {
    try (SearchIndex index = SearchIndex.open(null)) {
      for (int i = 0; i < 30; i++) { // the same text: every hit has the same score
        index.replace(indexed(article(String.format("a%02d", i), "عنوان", "قالت الحكومة إن الخطة جاهزة")));
      }
      index.commit();
      List<String> onePage = ids(articles(index, "الحكومة", null, 100));
      assertEquals(30, onePage.size());
      List<String> paged = new ArrayList<>();
      SearchIndex.After after = null;
      do {
        SearchIndex.Page page = articles(index, "الحكومة", after, 4);
        paged.addAll(ids(page));
        SearchIndex.Hit last = page.hits().get(page.hits().size() - 1);
        after = page.hits().size() < 4 ? null : new SearchIndex.After(last.score(), last.id());
      } while (after != null);
      assertEquals(onePage, paged);
    }
  }

  @Test
  void paging_afterTheLastHitWasDeleted_skipsNothing() throws Exception {
    try (SearchIndex index = SearchIndex.open(null)) {
      for (int i = 0; i < 10; i++) {
        index.replace(indexed(article("a" + i, "عنوان", "قالت الحكومة إن الخطة جاهزة")));
      }
      index.commit();
      SearchIndex.Page first = articles(index, "الحكومة", null, 4);
      SearchIndex.Hit last = first.hits().get(3);
      index.delete(last.id());
      index.commit();
      List<String> rest = ids(articles(index, "الحكومة", new SearchIndex.After(last.score(), last.id()), 100));
      var seen = new HashSet<>(ids(first));
      seen.addAll(rest);
      assertEquals(10, seen.size(), "every article is on one page or the other: " + seen);
    }
  }

  @Test
  void ranking_aWordInTheTitle_outranksTheSameWordInTheBody() throws Exception {
    try (SearchIndex index = SearchIndex.open(null)) {
      index.replace(indexed(article("body", "تقرير عن الطقس", "ارتفعت أسعار الكهرباء في المدينة هذا الشهر")));
      // Longer, so that without its title's extra weight the shorter article would rank first.
      index.replace(indexed(article("title", "أسعار الكهرباء",
          "تقرير عن الطقس في المدينة هذا الشهر مع توقعات الأسبوع المقبل والرياح")));
      index.commit();
      assertEquals(List.of("title", "body"), ids(articles(index, "الكهرباء", null, 10)));
    }
  }

  @Test
  void ranking_aSpeakersQuotes_outrankFactsThatOnlyMentionThem() throws Exception {
    Fact quote = Fact.newBuilder().setName("articles/a/facts/q1").setKind(FactKind.FACT_KIND_QUOTE)
        .setText("الوضع الأمني مستقر في العاصمة")
        .setQuote(Quote.newBuilder().setSpeaker(Speaker.newBuilder().setName("يحيى رسول").setRole("الناطق")))
        .build();
    Fact mention = Fact.newBuilder().setName("articles/a/facts/q2").setKind(FactKind.FACT_KIND_QUOTE)
        .setText("رد يحيى رسول على الأسئلة في العاصمة")
        .setQuote(Quote.newBuilder().setSpeaker(Speaker.newBuilder().setName("مصدر").setRole("مسؤول")))
        .build();
    try (SearchIndex index = SearchIndex.open(null)) {
      index.replace(indexed(article("a", "عنوان", "نص"), mention, quote));
      index.commit();
      SearchIndex.Page page = index.searchFacts(SearchQuery.parse("يحيى رسول", index.analyzer()), null,
          new Filter.All(), null, 10);
      assertEquals(List.of("a/q1", "a/q2"), ids(page));
    }
  }

  @Test
  void search_aWordWithAJoinerOrSoftHyphenInside_isFoundByTheWordWithout() throws Exception {
    try (SearchIndex index = SearchIndex.open(null)) {
      index.replace(indexed(article("zwnj", "عنوان", "أعلن العراق بدء الانس\u200Cحاب")));
      index.replace(indexed(article("shy", "عنوان", "وصلت الق\u00ADوات إلى المطار")));
      index.replace(indexed(article("other", "عنوان", "قالت الحكومة إن الخطة جاهزة")));
      index.commit();
      assertEquals(List.of("zwnj"), ids(articles(index, "انسحاب", null, 10)));
      assertEquals(List.of("shy"), ids(articles(index, "القوات", null, 10)));
    }
  }

  @Test
  void search_findsOnlyDocumentsOfItsType() throws Exception {
    Fact quote = Fact.newBuilder().setName("articles/a/facts/q1").setKind(FactKind.FACT_KIND_QUOTE)
        .setText("الحكومة مستقرة").build();
    try (SearchIndex index = SearchIndex.open(null)) {
      index.replace(indexed(article("a", "الحكومة", "قالت الحكومة"), quote));
      index.commit();
      assertEquals(List.of("a"), ids(articles(index, "الحكومة", null, 10)));
      assertEquals(List.of(), ids(index.searchFacts(SearchQuery.parse("الحكومة -مستقرة", index.analyzer()), null,
          new Filter.All(), null, 10)), "the article, which lacks the excluded word, is not a fact");
      assertEquals(List.of("a/q1"), ids(index.searchFacts(SearchQuery.parse("الحكومة", index.analyzer()), null,
          new Filter.All(), null, 10)));
    }
  }

  @Test
  void open_anIndexInAnOlderLayout_isDiscardedForTheStartupCheckToRebuild() throws Exception {
    Path folder = dir.resolve("index");
    try (var directory = FSDirectory.open(folder);
         IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
      // Written without a layout in its commit, as before layouts were recorded.
      old.addDocuments(indexed(article("old", "عنوان", "قالت الحكومة")).documents());
      old.commit();
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertTrue(index.digests().isEmpty());
      index.replace(indexed(article("new", "عنوان", "قالت الحكومة")));
      index.commit();
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertEquals(Map.of("new", "d-new"), index.digests(), "an index in the current layout is kept");
    }
  }
}
