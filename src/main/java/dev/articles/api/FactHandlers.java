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
  private final Snapshots snapshots;

  FactHandlers(FactReads facts, ArticleReads articles, Cursors cursors, Snapshots snapshots) {
    this.facts = facts;
    this.articles = articles;
    this.cursors = cursors;
    this.snapshots = snapshots;
  }

  Fact get(GetFactRequest request) {
    Names.FactName name = Names.fact(request.getName(), "name");
    return facts.find(name.articleId(), name.factId()).map(FactHandlers::parse)
        .orElseThrow(() -> ServiceException.notFound("FACT_NOT_FOUND", request.getName()));
  }

  /** A ListFactsResponse in wire form. */
  byte[] list(ListFactsRequest request) {
    String articleId = Names.parent(request.getParent(), "parent");
    int size = Requests.pageSize(request.getPageSize());
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.FACTS);
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.FACTS, request.getParent(), request.getFilter());
    Cursors.Position at = cursors.decodePosition(request.getPageToken(), scope, "page_token");
    long snapshot = snapshots.resolve(at, "page_token");
    requireParent(request.getParent(), articleId, snapshot);
    List<FactReads.Row> rows = facts.page(articleId, filter, key(at), size + 1, snapshot);
    snapshots.check(snapshot, "page_token");
    List<byte[]> page = new ArrayList<>(Math.min(size, rows.size()));
    for (FactReads.Row row : rows.subList(0, Math.min(size, rows.size()))) {
      page.add(row.proto());
    }
    return RawResponses.page(page, rows.size() > size ? cursors.fact(scope, rows.get(size - 1).key(), snapshot) : "");
  }

  /** Streams StreamFactsResponse messages in wire form. */
  void stream(StreamFactsRequest request, ServerCallStreamObserver<byte[]> call) {
    String articleId = Names.parent(request.getParent(), "parent");
    Filter filter = Requests.filter(request.getFilter(), FilterSchema.FACTS);
    Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.FACTS, request.getParent(), request.getFilter());
    Cursors.Position at = cursors.decodePosition(request.getStartAfter(), scope, "start_after");
    long snapshot = snapshots.resolve(at, "start_after");
    requireParent(request.getParent(), articleId, snapshot);
    FactReads.Key[] last = {key(at)};
    StreamPump.start(call, limit -> {
      List<FactReads.Row> rows = facts.page(articleId, filter, last[0], limit, snapshot);
      snapshots.check(snapshot, "start_after");
      List<byte[]> page = new ArrayList<>(rows.size());
      for (FactReads.Row row : rows) {
        last[0] = row.key();
        page.add(RawResponses.item(row.proto(), cursors.fact(scope, row.key(), snapshot)));
      }
      return page;
    }, STREAM_PAGE);
  }

  private static FactReads.Key key(Cursors.Position at) {
    return at == null ? FactReads.Key.START : new FactReads.Key(at.id(), at.ordinal());
  }

  /** An article parent must have existed at the snapshot; null (every article) always does. */
  private void requireParent(String parent, String articleId, long snapshot) {
    if (articleId != null && !articles.existsAt(articleId, snapshot)) {
      throw ServiceException.notFound("ARTICLE_NOT_FOUND", parent);
    }
  }

  private static Fact parse(byte[] proto) {
    try {
      return Fact.parseFrom(proto);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("stored fact does not parse", e);
    }
  }
}
