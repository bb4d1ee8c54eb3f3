package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Iterators;
import dev.articles.generate.CorpusGenerator;
import dev.articles.testing.Errors;
import dev.articles.testing.RunningServer;
import dev.articles.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListSourceFilesRequest;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamFactsRequest;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters that try SQL injection, or that nest and repeat past the limits, on every RPC that takes a filter.
 * Each is INVALID_FILTER, or a well-formed comparison whose value matches nothing; never every row, and the
 * store is unchanged afterwards.
 */
class InjectionFiltersTest {
  static final List<String> INJECTIONS = List.of(
      "' OR 1=1 --",
      "\" OR 1=1 --",
      "title = \"x' OR '1'='1\"",
      "; DROP TABLE article",
      "source = \"x\"; DROP TABLE article; --",
      "source = \"' OR 1=1 --\"",
      "source = \"x' OR '1'='1\"",
      "entity = \"1) OR (1=1\"",
      "speaker = \"' OR ''='\"",
      "source = \"%\"",
      "source = \"_\"",
      "source = \"*\"",
      "reason = \"X' OR 1=1 --\"",
      "state = \"INGESTED' OR 1=1 --\"",
      "kind = \"QUOTE' OR 1=1 --\"",
      "published_date = \"2024-01-01' OR '1'='1\"",
      "language_code = \"ar' --\"",
      "source = \"x\" OR 1=1",
      "1=1",
      "source = \"x\" UNION SELECT * FROM setting",
      "source = \"\\\\\" OR \"1\"=\"1\"",
      "source = \"\\u0027 OR 1=1\"",
      "NOT source = \"x\" AND NOT NOT NOT source = \"x\" AND source = \"x\"",
      "(".repeat(40) + "source = \"x\"" + ")".repeat(40),
      "NOT ".repeat(300) + "source = \"x\"",
      "source = \"x\" OR ".repeat(40) + "source = \"x\"",
      "source = \"" + "x".repeat(2000) + "\"",
      "(".repeat(100_000));

  @TempDir
  Path seeds;

  @Test
  void everyFilteredRpc_injectionFilters_areRefusedOrMatchNothing() throws Exception {
    new CorpusGenerator(5).write(seeds, 30);
    try (RunningServer s = RunningServer.start(seeds)) {
      StoreCounts before = StoreCounts.of(s.db.url());
      Map<String, BiFunction<ArticleServiceBlockingStub, String, Integer>> rpcs = rpcs();
      int refused = 0;
      int empty = 0;
      for (Map.Entry<String, BiFunction<ArticleServiceBlockingStub, String, Integer>> rpc : rpcs.entrySet()) {
        assertTrue(rpc.getValue().apply(s.blocking(), "") > 1, rpc.getKey() + " with no filter finds rows");
        for (String filter : INJECTIONS) {
          String what = rpc.getKey() + " filter " + HostileRequestsTest.describe(filter);
          try {
            int rows = rpc.getValue().apply(s.blocking(), filter);
            assertEquals(0, rows, what + " returned rows");
            empty++;
          } catch (StatusRuntimeException e) {
            assertEquals(Status.Code.INVALID_ARGUMENT, e.getStatus().getCode(), what + ": " + e.getStatus());
            assertEquals("INVALID_FILTER", Errors.errorInfo(e).getReason(), what);
            assertEquals("filter", Errors.badRequest(e).getFieldViolations(0).getField(), what);
            refused++;
          }
        }
      }
      assertEquals(before, StoreCounts.of(s.db.url()), "the store changed");
      System.out.println("[faults] injection filters: " + (refused + empty) + " calls over " + rpcs.size()
          + " RPCs, " + refused + " INVALID_FILTER, " + empty + " matched nothing, store unchanged " + before);
    }
  }

  /** Each RPC that takes a filter, as: stub and filter in, rows out (streams read to the end). */
  private static Map<String, BiFunction<ArticleServiceBlockingStub, String, Integer>> rpcs() {
    Map<String, BiFunction<ArticleServiceBlockingStub, String, Integer>> out = new LinkedHashMap<>();
    out.put("ListArticles", (stub, f) -> stub.listArticles(ListArticlesRequest.newBuilder().setFilter(f)
        .setPageSize(1000).build()).getArticlesCount());
    out.put("StreamArticles", (stub, f) -> read(() -> Iterators.size(stub.streamArticles(
        StreamArticlesRequest.newBuilder().setFilter(f).build()))));
    out.put("SearchArticles", (stub, f) -> stub.searchArticles(SearchArticlesRequest.newBuilder()
        .setQuery("السلطات").setFilter(f).setPageSize(1000).build()).getResultsCount());
    out.put("ListFacts", (stub, f) -> stub.listFacts(ListFactsRequest.newBuilder().setParent("articles/-")
        .setFilter(f).setPageSize(1000).build()).getFactsCount());
    out.put("StreamFacts", (stub, f) -> read(() -> Iterators.size(stub.streamFacts(
        StreamFactsRequest.newBuilder().setParent("articles/-").setFilter(f).build()))));
    out.put("SearchFacts", (stub, f) -> stub.searchFacts(SearchFactsRequest.newBuilder().setParent("articles/-")
        .setQuery("المشروع").setFilter(f).setPageSize(1000).build()).getResultsCount());
    out.put("ListSourceFiles", (stub, f) -> stub.listSourceFiles(ListSourceFilesRequest.newBuilder()
        .setFilter(f).setPageSize(1000).build()).getSourceFilesCount());
    return out;
  }

  private static int read(java.util.concurrent.Callable<Integer> stream) {
    try (Context.CancellableContext ctx = Context.current().withCancellation()) {
      return ctx.call(stream);
    } catch (StatusRuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
