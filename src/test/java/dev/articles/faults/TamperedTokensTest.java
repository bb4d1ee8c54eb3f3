package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.generate.CorpusGenerator;
import dev.articles.testing.Errors;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.v1.ArticleServiceGrpc.ArticleServiceBlockingStub;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListArticlesResponse;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListSourceFilesRequest;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import dev.articles.v1.StreamFactsRequest;
import io.grpc.Context;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page tokens and stream cursors, tampered with every way a client could: every byte of the signed payload
 * flipped, truncated, extended, replaced by base64 junk, or valid but issued for another collection, parent,
 * filter or query. Each is INVALID_PAGE_TOKEN (INVALID_CURSOR for {@code start_after}), never a page.
 */
class TamperedTokensTest {
  private static final String QUERY = "السلطات";
  private static final String FILTER = "language_code = \"ar\"";

  @TempDir
  Path seeds;

  @Test
  void everyTokenField_tamperedOrMisusedTokens_areRefusedNeverAPage() throws Exception {
    new CorpusGenerator(9).write(seeds, 30);
    Seeds.copySeed(seeds);
    try (RunningServer s = RunningServer.start(seeds)) {
      ArticleServiceBlockingStub stub = s.blocking();
      Map<String, Consumer<String>> fields = fields(stub);
      Map<String, String> issued = issue(stub);
      int calls = 0;
      // Every token, tampered, in the field that issued it.
      for (Map.Entry<String, String> token : issued.entrySet()) {
        for (String bad : tampered(token.getValue())) {
          refused(fields.get(token.getKey()), token.getKey(), bad);
          calls++;
        }
      }
      // Every valid token in every other field: another collection, parent, filter or query.
      for (Map.Entry<String, String> token : issued.entrySet()) {
        for (Map.Entry<String, Consumer<String>> field : fields.entrySet()) {
          if (!field.getKey().equals(token.getKey()) && !interchangeable(token.getKey(), field.getKey())) {
            refused(field.getValue(), field.getKey(), token.getValue());
            calls++;
          }
        }
      }
      // The documented exception: a page token resumes the stream of the same collection and filter.
      Iterator<StreamArticlesResponse> resumed = stub.streamArticles(StreamArticlesRequest.newBuilder()
          .setStartAfter(issued.get("ListArticles")).build());
      ListArticlesResponse page = stub.listArticles(ListArticlesRequest.newBuilder().setPageSize(2).build());
      assertTrue(resumed.next().getArticle().getName().compareTo(page.getArticles(1).getName()) > 0);
      System.out.println("[faults] tampered tokens: " + calls + " calls over " + fields.size()
          + " token fields, each INVALID_PAGE_TOKEN or INVALID_CURSOR");
    }
  }

  /** A page token or cursor from each RPC that issues one, keyed by the RPC. */
  private static Map<String, String> issue(ArticleServiceBlockingStub stub) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("ListArticles", stub.listArticles(ListArticlesRequest.newBuilder().setPageSize(2).build())
        .getNextPageToken());
    out.put("ListArticles filtered", stub.listArticles(ListArticlesRequest.newBuilder().setPageSize(2)
        .setFilter(FILTER).build()).getNextPageToken());
    out.put("ListFacts", stub.listFacts(ListFactsRequest.newBuilder().setParent("articles/-").setPageSize(2)
        .build()).getNextPageToken());
    out.put("ListFacts of the seed", stub.listFacts(ListFactsRequest.newBuilder().setParent(Seeds.SEED_NAME)
        .setPageSize(2).build()).getNextPageToken());
    out.put("ListSourceFiles", stub.listSourceFiles(ListSourceFilesRequest.newBuilder().setPageSize(2).build())
        .getNextPageToken());
    out.put("SearchArticles", stub.searchArticles(SearchArticlesRequest.newBuilder().setQuery(QUERY)
        .setPageSize(2).build()).getNextPageToken());
    out.put("SearchFacts", stub.searchFacts(SearchFactsRequest.newBuilder().setParent("articles/-")
        .setQuery("المشروع").setPageSize(2).build()).getNextPageToken());
    try (Context.CancellableContext ctx = Context.current().withCancellation()) {
      ctx.run(() -> {
        out.put("StreamArticles", stub.streamArticles(StreamArticlesRequest.newBuilder().build()).next()
            .getCursor());
        out.put("StreamFacts", stub.streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-").build())
            .next().getCursor());
      });
    }
    out.forEach((rpc, token) -> assertFalse(token.isEmpty(), rpc + " issued no token"));
    return out;
  }

  /** Each token field, as: token in, the call made (throwing on an error). */
  private static Map<String, Consumer<String>> fields(ArticleServiceBlockingStub stub) {
    Map<String, Consumer<String>> out = new LinkedHashMap<>();
    out.put("ListArticles", t -> stub.listArticles(ListArticlesRequest.newBuilder().setPageToken(t).build()));
    out.put("ListArticles filtered", t -> stub.listArticles(ListArticlesRequest.newBuilder().setFilter(FILTER)
        .setPageToken(t).build()));
    out.put("ListFacts", t -> stub.listFacts(ListFactsRequest.newBuilder().setParent("articles/-")
        .setPageToken(t).build()));
    out.put("ListFacts of the seed", t -> stub.listFacts(ListFactsRequest.newBuilder().setParent(Seeds.SEED_NAME)
        .setPageToken(t).build()));
    out.put("ListSourceFiles", t -> stub.listSourceFiles(ListSourceFilesRequest.newBuilder().setPageToken(t)
        .build()));
    out.put("SearchArticles", t -> stub.searchArticles(SearchArticlesRequest.newBuilder().setQuery(QUERY)
        .setPageToken(t).build()));
    out.put("SearchFacts", t -> stub.searchFacts(SearchFactsRequest.newBuilder().setParent("articles/-")
        .setQuery("المشروع").setPageToken(t).build()));
    out.put("StreamArticles", t -> stub.streamArticles(StreamArticlesRequest.newBuilder().setStartAfter(t).build())
        .hasNext());
    out.put("StreamFacts", t -> stub.streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-")
        .setStartAfter(t).build()).hasNext());
    return out;
  }

  /** Page tokens and cursors of one collection, parent and filter are one format (documented). */
  private static boolean interchangeable(String a, String b) {
    Set<String> pair = Set.of(a, b);
    return pair.equals(Set.of("ListArticles", "StreamArticles")) || pair.equals(Set.of("ListFacts", "StreamFacts"));
  }

  /** Every way to spoil a token: each payload byte flipped, cut short, extended, swapped for junk. */
  static List<String> tampered(String token) {
    List<String> out = new ArrayList<>();
    byte[] bytes = Base64.getUrlDecoder().decode(token);
    for (int i = 0; i < bytes.length; i++) {
      byte[] flipped = bytes.clone();
      flipped[i] ^= 0x01;
      out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(flipped));
    }
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(longer));
    out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(bytes, bytes.length - 1)));
    out.add(token.substring(0, token.length() - 1));
    out.add(token.substring(0, token.length() / 2));
    out.add(token.substring(0, 1));
    out.add(token + "A");
    out.add(token + "\u0000");
    out.add(token.replace('-', '+').replace('_', '/') + "+/");
    out.add(new StringBuilder(token).reverse().toString());
    out.add("AAAA");
    out.add("____");
    out.add("!!!!");
    out.add("====");
    out.add("not a token");
    out.add(Base64.getUrlEncoder().encodeToString(new byte[64]));
    out.add("A".repeat(100_000));
    return out;
  }

  private static void refused(Consumer<String> call, String field, String token) {
    String reason = field.startsWith("Stream") ? "INVALID_CURSOR" : "INVALID_PAGE_TOKEN";
    try (Context.CancellableContext ctx = Context.current().withCancellation()) {
      ctx.run(() -> Errors.assertError(Status.Code.INVALID_ARGUMENT, reason, () -> call.accept(token)));
    } catch (AssertionError e) {
      throw new AssertionError(field + " took " + HostileRequestsTest.describe(token) + ": " + e.getMessage(), e);
    }
  }
}
