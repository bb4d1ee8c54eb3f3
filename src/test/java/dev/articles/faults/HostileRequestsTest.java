package dev.articles.faults;

import static dev.articles.faults.Rpcs.assertClientError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import dev.articles.generate.CorpusGenerator;
import dev.articles.testing.RunningServer;
import dev.articles.testing.Seeds;
import dev.articles.v1.ListFactsRequest;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile values in every string and number field of every request: overlong, control characters, bidi
 * overrides, lone surrogates, junk Unicode. Each gets a client error with this service's ErrorInfo, never
 * INTERNAL or UNKNOWN, and the store is unchanged afterwards. Tokens, filters and raw bytes have their own
 * tests in {@link TamperedTokensTest}, {@link InjectionFiltersTest} and {@link MalformedRequestBytesTest}.
 */
class HostileRequestsTest {
  static final List<String> HOSTILE = List.of(
      "x".repeat(100_000),
      "articles/" + "a".repeat(100_000),
      "ع".repeat(100_000),
      "articles/abc\u0000def",
      "\u0000",
      "articles/\u202Eevil\u202C",
      "\u202E' OR 1=1 --",
      "\uFEFF\u200B\u200D\u2066\u2069",
      "articles/\uD800",
      "\uDC00x",
      "😀".repeat(1000),
      "a" + "\u0301".repeat(5000),
      "articles/../../etc/passwd",
      "sourceFiles/../../etc/passwd",
      "%00%2e%2e",
      "\uFFFF\uFFFE\uFFFD",
      " ",
      "\r\n\t");

  /** The reasons a hostile value in each string field may get. */
  static final java.util.Map<String, Set<String>> REASONS = java.util.Map.of(
      "name", Set.of("INVALID_NAME", "ARTICLE_NOT_FOUND", "FACT_NOT_FOUND", "SOURCE_FILE_NOT_FOUND"),
      "names", Set.of("INVALID_NAME", "ARTICLE_NOT_FOUND"),
      "parent", Set.of("INVALID_NAME", "ARTICLE_NOT_FOUND"),
      "page_token", Set.of("INVALID_PAGE_TOKEN"),
      "start_after", Set.of("INVALID_CURSOR"),
      "filter", Set.of("INVALID_FILTER"),
      "query", Set.of("QUERY_EMPTY", "QUERY_TOO_LONG", "INVALID_QUERY"),
      "resume_token", Set.of("INVALID_RESUME_TOKEN"));

  @TempDir
  static Path seeds;
  static RunningServer server;
  static Requests valid;
  static StoreCounts before;

  @BeforeAll
  static void start() throws Exception {
    new CorpusGenerator(11).write(seeds, 40);
    Seeds.copySeed(seeds);
    server = RunningServer.start(seeds);
    String fact = server.blocking().listFacts(ListFactsRequest.newBuilder().setParent(Seeds.SEED_NAME).build())
        .getFacts(0).getName();
    valid = new Requests(Seeds.SEED_NAME, fact, "sourceFiles/" + Seeds.SEED.getFileName());
    before = StoreCounts.of(server.db.url());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void everyStringField_hostileValues_getClientErrorsNeverInternal() {
    int calls = 0;
    for (MethodDescriptor<?, ?> method : Rpcs.methods()) {
      Message base = valid.of(method);
      assertTrue(Rpcs.call(server.channel, method, base).ok(), "the baseline request of " + method);
      for (FieldDescriptor field : base.getDescriptorForType().getFields()) {
        if (field.getType() != FieldDescriptor.Type.STRING) {
          continue;
        }
        for (String value : HOSTILE) {
          Message.Builder b = base.toBuilder().clearField(field);
          if (field.isRepeated()) {
            b.addRepeatedField(field, value);
          } else {
            b.setField(field, value);
          }
          String what = method.getBareMethodName() + "." + field.getName() + "=" + describe(value);
          Rpcs.Outcome o = Rpcs.call(server.channel, method, b.build());
          calls++;
          ErrorInfo info = assertClientError(o, what, Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND,
              Status.Code.RESOURCE_EXHAUSTED);
          if (info != null) {
            assertTrue(REASONS.get(field.getName()).contains(info.getReason()), what + ": " + info);
          } else {
            assertTrue(acceptable(field.getName(), value), what + " succeeded with " + o.messages() + " message(s)");
          }
        }
      }
    }
    System.out.println("[faults] hostile strings: " + calls + " calls over " + Rpcs.methods().size()
        + " RPCs, none INTERNAL or UNKNOWN");
    assertEquals(before, StoreCounts.of(server.db.url()), "the store changed");
  }

  @Test
  void numberFields_negativeHugeAndUnknown_areRefusedOrCapped() {
    for (MethodDescriptor<?, ?> method : Rpcs.methods()) {
      Message base = valid.of(method);
      FieldDescriptor pageSize = base.getDescriptorForType().findFieldByName("page_size");
      if (pageSize != null) {
        for (int size : new int[] {-1, Integer.MIN_VALUE}) {
          ErrorInfo info = assertClientError(Rpcs.call(server.channel, method, base.toBuilder()
              .setField(pageSize, size).build()), method.getBareMethodName() + " page_size " + size,
              Status.Code.INVALID_ARGUMENT);
          assertEquals("INVALID_PAGE_SIZE", info == null ? null : info.getReason());
        }
        // Documented: a page size above 1000 is read as 1000, so a huge one is served, capped.
        Rpcs.Outcome huge = Rpcs.call(server.channel, method, base.toBuilder()
            .setField(pageSize, Integer.MAX_VALUE).build());
        assertTrue(huge.ok(), method.getBareMethodName() + " page_size MAX: " + huge.error());
      }
      FieldDescriptor view = base.getDescriptorForType().findFieldByName("view");
      if (view != null) {
        for (int v : new int[] {99, -1, Integer.MAX_VALUE}) {
          Message.Builder b = base.toBuilder();
          b.setField(view, view.getEnumType().findValueByNumberCreatingIfUnknown(v));
          ErrorInfo info = assertClientError(Rpcs.call(server.channel, method, b.build()),
              method.getBareMethodName() + " view " + v, Status.Code.INVALID_ARGUMENT);
          assertEquals("INVALID_VIEW", info == null ? null : info.getReason());
        }
      }
    }
    assertEquals(before, StoreCounts.of(server.db.url()), "the store changed");
  }

  /** Where a hostile-looking value is still a valid request: blank filters, free-text queries, every parent. */
  private static boolean acceptable(String field, String value) {
    return field.equals("filter") && value.isBlank() || field.equals("query")
        || field.equals("parent") && value.equals("articles/-");
  }

  static String describe(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().limit(12).forEach(cp -> out.append(cp < 0x20 || cp > 0x7E
        ? String.format("\\u%04X", cp) : Character.toString(cp)));
    return "\"" + out + (value.length() > 12 ? "…(" + value.length() + " chars)" : "") + "\"";
  }

  /** A valid request for each method, to put one hostile field into. */
  record Requests(String article, String fact, String sourceFile) {
    Message of(MethodDescriptor<?, ?> method) {
      Message.Builder b = Rpcs.prototype(method).newBuilderForType();
      var d = b.getDescriptorForType();
      switch (method.getBareMethodName()) {
        case "GetArticle" -> b.setField(d.findFieldByName("name"), article);
        case "BatchGetArticles" -> b.addRepeatedField(d.findFieldByName("names"), article);
        case "GetFact" -> b.setField(d.findFieldByName("name"), fact);
        case "GetSourceFile" -> b.setField(d.findFieldByName("name"), sourceFile);
        case "ListFacts", "StreamFacts" -> b.setField(d.findFieldByName("parent"), "articles/-");
        case "SearchArticles" -> b.setField(d.findFieldByName("query"), "العراق");
        case "SearchFacts" -> b.setField(d.findFieldByName("parent"), "articles/-")
            .setField(d.findFieldByName("query"), "العراق");
        default -> { }
      }
      return b.build();
    }
  }
}
