package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonStreamParser;
import dev.articles.testing.Buf;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar on a loopback port, driven by buf curl through server reflection, with no proto files. */
class EndToEndIT {
  private static final String SERVICE = "/articles.v1.ArticleService/";

  @TempDir
  static Path dir;

  private static ServiceProcess service;

  @BeforeAll
  static void startService() throws Exception {
    Path seeds = dir.resolve("seeds");
    java.nio.file.Files.createDirectories(seeds);
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "zz_second", "الأربعاء 17 نيسان 2024", "الجزيرة");
    service = ServiceProcess.start(List.of("-Xmx256m"), "--port", "0", "--host", "127.0.0.1",
        "--seeds", seeds.toString(), "--db", "jdbc:h2:" + dir.resolve("db/articles"));
    awaitServing();
  }

  @AfterAll
  static void stopService() throws Exception {
    if (service != null) {
      service.close();
    }
  }

  private static void awaitServing() throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      Buf.Result r = Buf.curl(service.target() + "/grpc.health.v1.Health/Check", "{}");
      if (r.exitCode() == 0 && r.stdout().contains("\"SERVING\"")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("never SERVING: " + service.stderr());
  }

  private static JsonObject call(String method, String body) throws Exception {
    Buf.Result r = Buf.curl(service.target() + SERVICE + method, body);
    assertEquals(0, r.exitCode(), r.stderr() + r.stdout());
    return JsonParser.parseString(r.stdout()).getAsJsonObject();
  }

  @Test
  void listServices_showsTheServiceHealthAndBothReflections() throws Exception {
    Buf.Result r = Buf.curl(service.target(), null, "--list-services");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals(List.of("articles.v1.ArticleService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection"), r.stdout().lines().map(String::strip).sorted().toList());
  }

  @Test
  void getArticle_seed_returnsExactTitleDateAndSources() throws Exception {
    JsonObject a = call("GetArticle", "{\"name\": \"" + Seeds.SEED_NAME + "\"}");
    assertEquals("باستثناء الاستشاريين.. العراق يعلن بدء انسحاب القوات الأميركية", a.get("title").getAsString());
    JsonObject date = a.getAsJsonObject("publishedDate");
    assertEquals(List.of(2024, 4, 16), List.of(date.get("year").getAsInt(), date.get("month").getAsInt(),
        date.get("day").getAsInt()));
    assertEquals("[\"العربي\",\"وكالات\"]", a.get("sources").toString());
    assertEquals(14, a.getAsJsonArray("body").size());
  }

  @Test
  void streamArticles_streamsEveryArticleWithCursors() throws Exception {
    Buf.Result r = Buf.curl(service.target() + SERVICE + "StreamArticles", "{}");
    assertEquals(0, r.exitCode(), r.stderr());
    List<String> names = new ArrayList<>();
    JsonStreamParser messages = new JsonStreamParser(new StringReader(r.stdout()));
    while (messages.hasNext()) {
      JsonElement m = messages.next();
      assertTrue(m.getAsJsonObject().has("cursor"), m.toString());
      names.add(m.getAsJsonObject().getAsJsonObject("article").get("name").getAsString());
    }
    assertEquals(List.of(Seeds.SEED_NAME, "articles/zz_second"), names);
  }

  @Test
  void searchArticles_arabicQuery_findsTheSeedWithHighlights() throws Exception {
    JsonObject r = call("SearchArticles", "{\"query\": \"انسحاب الامريكية\"}");
    // The second article is the seed under another date line: the two tie, in the index's order.
    JsonObject seed = null;
    for (JsonElement result : r.getAsJsonArray("results")) {
      if (result.getAsJsonObject().getAsJsonObject("article").get("name").getAsString().equals(Seeds.SEED_NAME)) {
        seed = result.getAsJsonObject();
      }
    }
    assertEquals(2, r.getAsJsonArray("results").size(), r.toString());
    assertTrue(seed != null, r.toString());
    assertTrue(seed.getAsJsonArray("highlights").size() > 0, seed.toString());
    assertTrue(seed.get("score").getAsFloat() > 0);
    JsonObject facts = call("SearchFacts", "{\"parent\": \"" + Seeds.SEED_NAME + "\", \"query\": \"يحيى رسول\", "
        + "\"filter\": \"kind = QUOTE\"}");
    assertEquals(7, facts.getAsJsonArray("results").size());
  }

  @Test
  void getArticle_unknown_isNotFoundWithErrorInfo() throws Exception {
    Buf.Result r = Buf.curl(service.target() + SERVICE + "GetArticle", "{\"name\": \"articles/nope\"}");
    assertNotEquals(0, r.exitCode());
    JsonObject error = JsonParser.parseString(r.stderr()).getAsJsonObject();
    assertEquals("not_found", error.get("code").getAsString());
    assertEquals("google.rpc.ErrorInfo",
        error.getAsJsonArray("details").get(0).getAsJsonObject().get("type").getAsString());
  }

  @Test
  void getArticle_malformedName_isInvalidArgumentWithBadRequest() throws Exception {
    Buf.Result r = Buf.curl(service.target() + SERVICE + "GetArticle", "{\"name\": \"nope\"}");
    assertNotEquals(0, r.exitCode());
    JsonObject error = JsonParser.parseString(r.stderr()).getAsJsonObject();
    assertEquals("invalid_argument", error.get("code").getAsString());
    List<String> types = new ArrayList<>();
    error.getAsJsonArray("details").forEach(d -> types.add(d.getAsJsonObject().get("type").getAsString()));
    assertEquals(List.of("google.rpc.ErrorInfo", "google.rpc.BadRequest"), types);
  }
}
