package dev.articles.api;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.articles.query.Filter;
import dev.articles.query.FilterSchema;
import dev.articles.search.SearchIndex;
import dev.articles.store.ArticleReads;
import dev.articles.store.ChangeLog;
import dev.articles.store.FactReads;
import dev.articles.store.SourceFileReads;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.BatchGetArticlesRequest;
import dev.articles.v1.Fact;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.GetFactRequest;
import dev.articles.v1.GetSourceFileRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListSourceFilesRequest;
import dev.articles.v1.ListSourceFilesResponse;
import dev.articles.v1.SourceFile;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchArticlesResponse;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.SearchFactsResponse;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamFactsRequest;
import dev.articles.v1.WatchArticlesRequest;
import dev.articles.v1.WatchArticlesResponse;
import io.grpc.ServerCallHandler;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The gRPC face of {@code articles.v1.ArticleService}: validates, reads, maps. */
public final class ArticleService extends ArticleServiceGrpc.ArticleServiceImplBase {
  /** The most names one BatchGetArticles call may ask for. */
  static final int MAX_BATCH = 100;
  /** Rows per query while streaming: enough to amortize the query, few enough to bound memory. */
  static final int STREAM_PAGE_BASIC = 128;
  static final int STREAM_PAGE_FULL = 32;

  private final ArticleReads articles;
  private final ArticleCache cache;
  private final FactHandlers facts;
  private final SourceFileHandlers sourceFiles;
  private final SearchHandlers search;
  private final WatchHandlers watch;
  private final Cursors cursors;
  private final Snapshots snapshots;

  public ArticleService(ArticleReads articles, ArticleCache cache, FactReads facts, SourceFileReads sourceFiles,
                        SearchIndex index, byte[] cursorKey, ChangeLog changes, WatchHub watches) {
    this.articles = articles;
    this.cache = cache;
    this.cursors = new Cursors(cursorKey);
    this.snapshots = new Snapshots(changes);
    this.watch = new WatchHandlers(changes, cursors, watches);
    this.facts = new FactHandlers(facts, articles, cursors, snapshots);
    this.sourceFiles = new SourceFileHandlers(sourceFiles, cursors);
    this.search = new SearchHandlers(index, articles, cache, facts, cursors);
  }

  /** GetArticle: the cached serialized view, sent as it is. */
  private void getArticleRaw(GetArticleRequest request, StreamObserver<byte[]> out) {
    unary(out, () -> {
      String id = Names.article(request.getName(), "name");
      boolean full = Requests.fullView(request.getView(), true);
      return cache.get(id, full)
          .orElseThrow(() -> ServiceException.notFound("ARTICLE_NOT_FOUND", request.getName()));
    });
  }

  /** BatchGetArticles: the cached serialized views, in request order, spliced into one response. */
  private void batchGetArticlesRaw(BatchGetArticlesRequest request, StreamObserver<byte[]> out) {
    unary(out, () -> {
      int n = request.getNamesCount();
      if (n == 0) {
        throw ServiceException.invalid("names", "NAMES_EMPTY", "names must hold at least one name", Map.of());
      }
      if (n > MAX_BATCH) {
        throw ServiceException.invalid("names", "TOO_MANY_NAMES", "names holds " + n
            + " names; the limit is " + MAX_BATCH, Map.of("limit", Integer.toString(MAX_BATCH)));
      }
      List<String> ids = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ids.add(Names.article(request.getNames(i), "names[" + i + "]"));
      }
      boolean full = Requests.fullView(request.getView(), true);
      Map<String, byte[]> found = cache.getAll(ids, full);
      List<byte[]> articles = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        byte[] article = found.get(ids.get(i));
        if (article == null) {
          throw ServiceException.notFound("ARTICLE_NOT_FOUND", request.getNames(i));
        }
        articles.add(article);
      }
      return RawResponses.page(articles, "");
    });
  }

  /**
   * The service to register. The get, list and stream RPCs answer with stored bytes spliced into the response's
   * wire form, not with parsed messages ({@link RawResponses}); clients cannot tell the difference. A request
   * that does not parse is INVALID_ARGUMENT ({@link MalformedRequests}).
   */
  public ServerServiceDefinition definition() {
    return definition(Integer.MAX_VALUE);
  }

  /** As {@link #definition()}, refusing requests over {@code maxRequestBytes} with RESOURCE_EXHAUSTED. */
  public ServerServiceDefinition definition(int maxRequestBytes) {
    return MalformedRequests.guard(RawResponses.rebind(bindService(), Map.<String, ServerCallHandler<?, byte[]>>of(
        ArticleServiceGrpc.getGetArticleMethod().getFullMethodName(),
        ServerCalls.<GetArticleRequest, byte[]>asyncUnaryCall(this::getArticleRaw),
        ArticleServiceGrpc.getBatchGetArticlesMethod().getFullMethodName(),
        ServerCalls.<BatchGetArticlesRequest, byte[]>asyncUnaryCall(this::batchGetArticlesRaw),
        ArticleServiceGrpc.getListArticlesMethod().getFullMethodName(),
        ServerCalls.<ListArticlesRequest, byte[]>asyncUnaryCall(this::listArticlesRaw),
        ArticleServiceGrpc.getStreamArticlesMethod().getFullMethodName(),
        ServerCalls.<StreamArticlesRequest, byte[]>asyncServerStreamingCall(this::streamArticlesRaw),
        ArticleServiceGrpc.getListFactsMethod().getFullMethodName(),
        ServerCalls.<ListFactsRequest, byte[]>asyncUnaryCall((r, out) -> unary(out, () -> facts.list(r))),
        ArticleServiceGrpc.getStreamFactsMethod().getFullMethodName(),
        ServerCalls.<StreamFactsRequest, byte[]>asyncServerStreamingCall(this::streamFactsRaw))), maxRequestBytes);
  }

  private void listArticlesRaw(ListArticlesRequest request, StreamObserver<byte[]> out) {
    unary(out, () -> {
      int size = Requests.pageSize(request.getPageSize());
      Filter filter = Requests.filter(request.getFilter(), FilterSchema.ARTICLES);
      boolean full = Requests.fullView(request.getView(), false);
      Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.ARTICLES, "", request.getFilter());
      Cursors.Position at = cursors.decodePosition(request.getPageToken(), scope, "page_token");
      long snapshot = snapshots.resolve(at, "page_token");
      // One row more than the page tells whether another page exists, so the last page has no token.
      List<ArticleReads.Row> rows = articles.page(filter, at == null ? "" : at.id(), size + 1, full, snapshot);
      snapshots.check(snapshot, "page_token");
      List<byte[]> page = new ArrayList<>(Math.min(size, rows.size()));
      for (ArticleReads.Row row : rows.subList(0, Math.min(size, rows.size()))) {
        page.add(row.view());
      }
      String next = rows.size() > size ? cursors.article(scope, rows.get(size - 1).id(), snapshot) : "";
      return RawResponses.page(page, next, cursors.watch(snapshot));
    });
  }

  private void streamArticlesRaw(StreamArticlesRequest request, StreamObserver<byte[]> out) {
    ServerCallStreamObserver<byte[]> call = (ServerCallStreamObserver<byte[]>) out;
    try {
      Filter filter = Requests.filter(request.getFilter(), FilterSchema.ARTICLES);
      boolean full = Requests.fullView(request.getView(), false);
      Cursors.Scope scope = new Cursors.Scope(Cursors.Collection.ARTICLES, "", request.getFilter());
      Cursors.Position at = cursors.decodePosition(request.getStartAfter(), scope, "start_after");
      long snapshot = snapshots.resolve(at, "start_after");
      String[] last = {at == null ? "" : at.id()};
      String[] watchToken = {cursors.watch(snapshot)}; // on the first message only
      StreamPump.start(call, limit -> {
        List<ArticleReads.Row> rows = articles.page(filter, last[0], limit, full, snapshot);
        snapshots.check(snapshot, "start_after");
        List<byte[]> page = new ArrayList<>(rows.size());
        for (ArticleReads.Row row : rows) {
          last[0] = row.id();
          page.add(RawResponses.item(row.view(), cursors.article(scope, row.id(), snapshot), watchToken[0]));
          watchToken[0] = "";
        }
        return page;
      }, full ? STREAM_PAGE_FULL : STREAM_PAGE_BASIC);
    } catch (RuntimeException e) {
      out.onError(ErrorMapper.toStatus(e));
    }
  }

  @Override
  public void watchArticles(WatchArticlesRequest request, StreamObserver<WatchArticlesResponse> out) {
    try {
      watch.watch(request, (ServerCallStreamObserver<WatchArticlesResponse>) out);
    } catch (RuntimeException e) {
      out.onError(ErrorMapper.toStatus(e));
    }
  }

  @Override
  public void getFact(GetFactRequest request, StreamObserver<Fact> out) {
    unary(out, () -> facts.get(request));
  }

  private void streamFactsRaw(StreamFactsRequest request, StreamObserver<byte[]> out) {
    try {
      facts.stream(request, (ServerCallStreamObserver<byte[]>) out);
    } catch (RuntimeException e) {
      out.onError(ErrorMapper.toStatus(e));
    }
  }

  @Override
  public void searchArticles(SearchArticlesRequest request, StreamObserver<SearchArticlesResponse> out) {
    unary(out, () -> search.articles(request));
  }

  @Override
  public void searchFacts(SearchFactsRequest request, StreamObserver<SearchFactsResponse> out) {
    unary(out, () -> search.facts(request));
  }

  @Override
  public void getSourceFile(GetSourceFileRequest request, StreamObserver<SourceFile> out) {
    unary(out, () -> sourceFiles.get(request));
  }

  @Override
  public void listSourceFiles(ListSourceFilesRequest request, StreamObserver<ListSourceFilesResponse> out) {
    unary(out, () -> sourceFiles.list(request));
  }

  /** Runs a unary handler body and sends its result, or the mapped error. */
  static <T> void unary(StreamObserver<T> out, Supplier<T> body) {
    T result;
    try {
      result = body.get();
    } catch (RuntimeException e) {
      out.onError(ErrorMapper.toStatus(e));
      return;
    }
    out.onNext(result);
    out.onCompleted();
  }

  static Article parse(byte[] view) {
    try {
      return Article.parseFrom(view);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("stored article does not parse", e);
    }
  }
}
