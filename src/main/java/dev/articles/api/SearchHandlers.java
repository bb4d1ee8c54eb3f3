package dev.articles.api;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.articles.query.Filter;
import dev.articles.query.FilterSchema;
import dev.articles.search.Highlighter;
import dev.articles.search.QueryException;
import dev.articles.search.SearchIndex;
import dev.articles.search.SearchQuery;
import dev.articles.store.ArticleReads;
import dev.articles.store.FactReads;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleSearchResult;
import dev.articles.v1.Fact;
import dev.articles.v1.FactSearchResult;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchArticlesResponse;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.SearchFactsResponse;
import java.util.List;
import java.util.Map;

/**
 * The search RPCs of {@link ArticleService}. Hits come from the index; what is returned comes from the
 * database, and a hit whose indexed digest no longer matches the stored article is dropped, so a changed
 * article is never returned in its old form.
 */
final class SearchHandlers {
  private final SearchIndex index;
  private final ArticleReads articles;
  private final ArticleCache cache;
  private final FactReads facts;
  private final Cursors cursors;

  SearchHandlers(SearchIndex index, ArticleReads articles, ArticleCache cache, FactReads facts, Cursors cursors) {
    this.index = index;
    this.articles = articles;
    this.cache = cache;
    this.facts = facts;
    this.cursors = cursors;
  }

  SearchArticlesResponse articles(SearchArticlesRequest request) {
    SearchQuery query = query(request.getQuery());
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.ARTICLES);
    int size = Requests.pageSize(request.getPageSize());
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.ARTICLE_SEARCH, "",
        request.getFilter() + "\u0000" + request.getQuery());
    SearchIndex.After after = cursors.decodeScored(request.getPageToken(), scope, "page_token");
    SearchIndex.Page page = index.searchArticles(query, filter, after, size + 1);
    List<SearchIndex.Hit> hits = page.hits().subList(0, Math.min(size, page.hits().size()));
    Map<String, byte[]> stored = cache.getAll(hits.stream().map(SearchIndex.Hit::id).toList(), true);
    SearchArticlesResponse.Builder response = SearchArticlesResponse.newBuilder().setTotalSize(page.total());
    for (SearchIndex.Hit hit : hits) {
      Article full = stored.containsKey(hit.id()) ? ArticleService.parse(stored.get(hit.id())) : null;
      if (full == null || !full.getContentDigest().equals(hit.digest())) {
        continue; // changed or deleted since it was indexed
      }
      response.addResults(ArticleSearchResult.newBuilder()
          .setArticle(full.toBuilder().clearBody())
          .setScore(hit.score())
          .addAllHighlights(Highlighter.highlights(index.analyzer(), query, full)));
    }
    if (page.hits().size() > size) {
      SearchIndex.Hit last = hits.get(hits.size() - 1);
      response.setNextPageToken(cursors.scored(scope, last.id(), last.score()));
    }
    return response.build();
  }

  SearchFactsResponse facts(SearchFactsRequest request) {
    String articleId = Names.parent(request.getParent(), "parent");
    if (articleId != null && !articles.exists(articleId)) {
      throw ServiceException.notFound("ARTICLE_NOT_FOUND", request.getParent());
    }
    SearchQuery query = query(request.getQuery());
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.FACTS);
    int size = Requests.pageSize(request.getPageSize());
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.FACT_SEARCH, request.getParent(),
        request.getFilter() + "\u0000" + request.getQuery());
    SearchIndex.After after = cursors.decodeScored(request.getPageToken(), scope, "page_token");
    SearchIndex.Page page = index.searchFacts(query, articleId, filter, after, size + 1);
    List<SearchIndex.Hit> hits = page.hits().subList(0, Math.min(size, page.hits().size()));
    SearchFactsResponse.Builder response = SearchFactsResponse.newBuilder().setTotalSize(page.total());
    for (SearchIndex.Hit hit : hits) {
      int slash = hit.id().lastIndexOf('/');
      Fact fact = facts.find(hit.id().substring(0, slash), hit.id().substring(slash + 1))
          .map(SearchHandlers::parseFact).orElse(null);
      if (fact == null || !fact.getEvidence().getContentDigest().equals(hit.digest())) {
        continue;
      }
      response.addResults(FactSearchResult.newBuilder().setFact(fact).setScore(hit.score()));
    }
    if (page.hits().size() > size) {
      SearchIndex.Hit last = hits.get(hits.size() - 1);
      response.setNextPageToken(cursors.scored(scope, last.id(), last.score()));
    }
    return response.build();
  }

  private SearchQuery query(String text) {
    try {
      return SearchQuery.parse(text, index.analyzer());
    } catch (QueryException e) {
      throw ServiceException.invalid("query", e.reason(), "query: " + e.getMessage(),
          Map.of("position", Integer.toString(e.position() + 1)));
    }
  }

  private static Fact parseFact(byte[] proto) {
    try {
      return Fact.parseFrom(proto);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("stored fact does not parse", e);
    }
  }
}
