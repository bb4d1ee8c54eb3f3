package dev.articles.server;

import static dev.articles.testing.Exposition.assertValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Buf;
import dev.articles.testing.Exposition;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar's metrics endpoint, scraped over HTTP after real calls, and its request log. */
class MetricsIT {
  private static final Pattern METRICS_URL = Pattern.compile("metrics on (http://\\S+/metrics)");
  private static final String GET_ARTICLE = "/articles.v1.ArticleService/GetArticle";
  private static final Map<String, String> GET_ARTICLE_LABELS =
      Map.of("grpc_service", "articles.v1.ArticleService", "grpc_method", "GetArticle", "grpc_type", "unary");

  @TempDir
  Path dir;

  private Path seeds() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    Seeds.variant(seeds, "zz_second", "الأربعاء 17 نيسان 2024", "الجزيرة");
    Seeds.write(seeds, "zz_empty", "");
    return seeds;
  }

  private static void awaitServing(ServiceProcess service) throws Exception {
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

  private static Map<String, String> withCode(String code) {
    Map<String, String> labels = new java.util.HashMap<>(GET_ARTICLE_LABELS);
    labels.put("grpc_code", code);
    return labels;
  }

  @Test
  void metricsEndpoint_countsCallsIngestionAndTheJvm_inValidExpositionFormat() throws Exception {
    try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx256m"), "--port", "0", "--host", "127.0.0.1",
        "--metrics-port", "0", "--seeds", seeds().toString(), "--db", "jdbc:h2:" + dir.resolve("db/articles"))) {
      Matcher url = METRICS_URL.matcher(String.join("\n", service.stdout()));
      assertTrue(url.find(), service.stdout().toString());
      assertTrue(url.group(1).startsWith("http://127.0.0.1:"), url.group(1));
      awaitServing(service);
      // serve warms the cache after its first ingestion, in the background: every article read below is a
      // hit, and only the unknown name is a miss.
      long warmed = System.nanoTime() + 30_000_000_000L;
      while (!String.join("\n", service.stderr()).contains("warmed the article cache: 4 views")
          && System.nanoTime() < warmed) {
        Thread.sleep(50);
      }
      assertTrue(String.join("\n", service.stderr()).contains("warmed the article cache: 4 views"),
          service.stderr().toString());

      for (String name : List.of(Seeds.SEED_NAME, "articles/zz_second", Seeds.SEED_NAME)) {
        assertEquals(0, Buf.curl(service.target() + GET_ARTICLE, "{\"name\": \"" + name + "\"}").exitCode());
      }
      assertNotEquals(0, Buf.curl(service.target() + GET_ARTICLE, "{\"name\": \"articles/nope\"}").exitCode());

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest scrape = HttpRequest.newBuilder(URI.create(url.group(1))).timeout(Duration.ofSeconds(10)).build();
      // The server counts a call when it completes, just after the client has its answer.
      long deadline = System.nanoTime() + 10_000_000_000L;
      HttpResponse<String> response = http.send(scrape, HttpResponse.BodyHandlers.ofString());
      List<Exposition.Sample> samples = Exposition.parse(response.body());
      while (Exposition.value(samples, "grpc_server_handled_total", withCode("NOT_FOUND")) < 1
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
        response = http.send(scrape, HttpResponse.BodyHandlers.ofString());
        samples = Exposition.parse(response.body());
      }
      assertEquals(200, response.statusCode());

      assertEquals("text/plain; version=0.0.4; charset=utf-8",
          response.headers().firstValue("content-type").orElseThrow());
      assertTrue(response.body().contains("# HELP grpc_server_handled_total "), "HELP line");
      assertTrue(response.body().contains("# TYPE grpc_server_handled_total counter"), "TYPE line");
      assertTrue(response.body().contains("# TYPE grpc_server_handling_seconds histogram"), "TYPE line");
      assertValue(3, samples, "grpc_server_handled_total", withCode("OK"));
      assertValue(1, samples, "grpc_server_handled_total", withCode("NOT_FOUND"));
      assertValue(3, samples, "grpc_server_handling_seconds_count", withCode("OK"));
      assertValue(1, samples, "grpc_server_handling_seconds_count", withCode("NOT_FOUND"));
      assertValue(4, samples, "grpc_server_started_total", GET_ARTICLE_LABELS);
      assertValue(3, samples, "articles_cache_hits_total", Map.of());
      assertValue(1, samples, "articles_cache_misses_total", Map.of());
      assertTrue(Exposition.value(samples, "articles_cache_bytes") > 1000, "cache bytes");
      assertValue(0, samples, "articles_request_log_dropped_total", Map.of());
      assertValue(0, samples, "articles_db_connections_active", Map.of());
      assertValue(0, samples, "articles_watchers", Map.of());
      assertTrue(Exposition.value(samples, "grpc_server_sent_bytes_total", GET_ARTICLE_LABELS) > 1000);
      // Every seed file that is an article was ingested; the empty one was refused.
      assertValue(2, samples, "articles_ingested_total", Map.of());
      assertValue(2, samples, "articles_stored", Map.of());
      assertTrue(Exposition.value(samples, "articles_facts_ingested_total") > 0);
      assertValue(1, samples, "articles_seed_files_refused_total", Map.of("reason", "EMPTY_FILE"));
      assertTrue(Exposition.value(samples, "jvm_memory_used_bytes", Map.of("area", "heap")) > 0);
      assertTrue(Exposition.value(samples, "jvm_threads_current") > 0);

      // The request log is written by a background thread, a few milliseconds after the call.
      Pattern line = Pattern.compile(".* rpc method=articles\\.v1\\.ArticleService/GetArticle code=NOT_FOUND "
          + "ms=\\d+\\.\\d{3} peer=127\\.0\\.0\\.1:\\d+ sent=0 received=1 bytes_sent=0 bytes_received=\\d+");
      long logDeadline = System.nanoTime() + 10_000_000_000L;
      while (service.stderr().stream().noneMatch(l -> line.matcher(l).matches()) && System.nanoTime() < logDeadline) {
        Thread.sleep(50);
      }
      assertTrue(service.stderr().stream().anyMatch(l -> line.matcher(l).matches()), service.stderr().toString());
    }
  }

  @Test
  void flags_turnTheRequestLogAndTheEndpointOff() throws Exception {
    try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx256m"), "--port", "0", "--host", "127.0.0.1",
        "--metrics-port", "-1", "--no-request-log", "--seeds", seeds().toString(),
        "--db", "jdbc:h2:mem:off;DB_CLOSE_DELAY=-1")) {
      awaitServing(service);
      assertEquals(0, Buf.curl(service.target() + GET_ARTICLE, "{\"name\": \"" + Seeds.SEED_NAME + "\"}").exitCode());
      assertFalse(String.join("\n", service.stdout()).contains("metrics on"), service.stdout().toString());
      service.terminate(30); // after an orderly shutdown, every line that would be logged has been
      String log = String.join("\n", service.stderr());
      assertTrue(log.contains("request-log=false metrics-port=-1"), log);
      assertFalse(log.contains("rpc method="), log);
    }
  }
}
