package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.articles.testing.Buf;
import dev.articles.testing.Fixtures;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed plus one file of each bad kind: validate names each problem; the server serves the rest. */
class ValidateIT {
  /** Each bad file, and the reason it must be refused with. */
  private static final Map<String, String> BAD = new TreeMap<>(Map.of(
      "bad_empty.txt", "EMPTY_FILE",
      "bad_whitespace.txt", "EMPTY_FILE",
      "bad_binary.txt", "BINARY_CONTENT",
      "bad_latin1.txt", "NOT_UTF8",
      "bad_no_title.txt", "NO_TITLE",
      "bad_html.txt", "NOT_AN_ARTICLE",
      "bad_json.txt", "NOT_AN_ARTICLE",
      "bad_english.txt", "UNSUPPORTED_LANGUAGE",
      "bad_too_large.txt", "FILE_TOO_LARGE",
      "bad name.txt", "INVALID_FILE_NAME"));

  @TempDir
  Path dir;

  private Path folder() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    for (String name : BAD.keySet()) {
      Path fixture = Fixtures.DIR.resolve(name);
      if (Files.exists(fixture)) {
        Files.copy(fixture, seeds.resolve(name));
      }
    }
    Files.write(seeds.resolve("bad_too_large.txt"), new byte[5 * 1024 * 1024 + 1]);
    Files.writeString(seeds.resolve("bad name.txt"), Seeds.seedText());
    return seeds;
  }

  @Test
  void validate_seedAndEachBadKind_printsOneSpecificErrorPerBadFileAndExitsNonZero() throws Exception {
    Path seeds = folder();
    try (ServiceProcess validate = ServiceProcess.launch(java.util.List.of("-Xmx256m"), "validate", seeds.toString())) {
      assertEquals(1, validate.await(60));
      String out = String.join("\n", validate.stdout());
      assertTrue(out.contains("000_eb0e55b8ce852041.txt: OK articles/000_eb0e55b8ce852041"), out);
      for (Map.Entry<String, String> bad : BAD.entrySet()) {
        assertTrue(out.contains(bad.getKey() + ": REFUSED [" + bad.getValue() + "] " + bad.getKey() + ": "),
            bad.getKey() + " in:\n" + out);
      }
      assertTrue(out.contains("11 file(s), 1 ingestible (0 with warnings), 10 refused"), out);
    }
  }

  @Test
  void serve_sameFolder_startsServesTheGoodArticleAndListsTheRefusedFiles() throws Exception {
    Path seeds = folder();
    try (ServiceProcess service = ServiceProcess.start(java.util.List.of("-Xmx256m"), "--port", "0", "--host",
        "127.0.0.1", "--seeds", seeds.toString(), "--db", "jdbc:h2:" + dir.resolve("db"))) {
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!Buf.curl(service.target() + "/grpc.health.v1.Health/Check", "{}").stdout().contains("\"SERVING\"")) {
        assertTrue(System.nanoTime() < deadline, "never SERVING");
        Thread.sleep(100);
      }
      Buf.Result article = Buf.curl(service.target() + "/articles.v1.ArticleService/GetArticle",
          "{\"name\": \"" + Seeds.SEED_NAME + "\", \"view\": \"ARTICLE_VIEW_BASIC\"}");
      assertEquals(0, article.exitCode(), article.stderr());
      Buf.Result refused = Buf.curl(service.target() + "/articles.v1.ArticleService/ListSourceFiles",
          "{\"filter\": \"state = REFUSED\", \"page_size\": 100}");
      assertEquals(0, refused.exitCode(), refused.stderr());
      JsonArray files = JsonParser.parseString(refused.stdout()).getAsJsonObject().getAsJsonArray("sourceFiles");
      Map<String, String> reasons = new TreeMap<>();
      for (JsonElement f : files) {
        JsonObject file = f.getAsJsonObject();
        reasons.put(file.get("name").getAsString().substring("sourceFiles/".length()),
            file.getAsJsonArray("issues").get(0).getAsJsonObject().getAsJsonObject("errorInfo").get("reason")
                .getAsString());
      }
      assertEquals(BAD, reasons);
    }
  }
}
