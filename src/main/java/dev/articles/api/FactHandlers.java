package dev.articles.api;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.articles.query.Filter;
import dev.articles.query.FilterSchema;
import dev.articles.store.ArticleReads;
import dev.articles.store.FactReads;
import dev.articles.v1.Fact;
import dev.articles.v1.GetFactRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.StreamFactsRequest;
import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayList;
import java.util.List;

/** The fact RPCs of {@link ArticleService}. */
final class FactHandlers {
  /** Facts are small: a stream reads this many per query. */
  static final int STREAM_PAGE = 256;

  private final FactReads facts;
  private final ArticleReads articles;
  private final Cursors cursors;

  FactHandlers(FactReads facts, ArticleReads articles, Cursors cursors) {
    this.facts = facts;
    this.articles = articles;
    this.cursors = cursors;
  }

  Fact get(GetFactRequest request) {
    Names.FactName name = Names.fact(request.getName(), "name");
    return facts.find(name.articleId(), name.factId()).map(FactHandlers::parse)
        .orElseThrow(() -> ServiceException.notFound("FACT_NOT_FOUND", request.getName()));
  }

  /** A ListFactsResponse in wire form. */
  byte[] list(ListFactsRequest request) {
    String articleId = parent(request.getParent());
    int size = Requests.pageSize(request.getPageSize());
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.FACTS);
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.FACTS, request.getParent(), request.getFilter());
    FactReads.Key after = cursors.decodeFact(request.getPageToken(), scope, "page_token");
    List<FactReads.Row> rows = facts.page(articleId, filter, after, size + 1);
    List<byte[]> page = new ArrayList<>(Math.min(size, rows.size()));
    for (FactReads.Row row : rows.subList(0, Math.min(size, rows.size()))) {
      page.add(row.proto());
    }
    return RawResponses.page(page, rows.size() > size ? cursors.fact(scope, rows.get(size - 1).key()) : "");
  }

  /** Streams StreamFactsResponse messages in wire form. */
  void stream(StreamFactsRequest request, ServerCallStreamObserver<byte[]> call) {
    String articleId = parent(request.getParent());
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.FACTS);
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.FACTS, request.getParent(), request.getFilter());
    FactReads.Key[] last = {cursors.decodeFact(request.getStartAfter(), scope, "start_after")};
    StreamPump.start(call, limit -> {
      List<byte[]> page = new ArrayList<>();
      for (FactReads.Row row : facts.page(articleId, filter, last[0], limit)) {
        last[0] = row.key();
        page.add(RawResponses.item(row.proto(), cursors.fact(scope, row.key())));
      }
      return page;
    }, STREAM_PAGE);
  }

  /** The article ID of a parent, or null for every article; an unknown article is NOT_FOUND. */
  private String parent(String parent) {
    String articleId = Names.parent(parent, "parent");
    if (articleId != null && !articles.exists(articleId)) {
      throw ServiceException.notFound("ARTICLE_NOT_FOUND", parent);
    }
    return articleId;
  }

  private static Fact parse(byte[] proto) {
    try {
      return Fact.parseFrom(proto);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("stored fact does not parse", e);
    }
  }
}
