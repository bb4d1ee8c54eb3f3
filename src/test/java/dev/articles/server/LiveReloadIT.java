package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Buf;
import dev.articles.testing.Fixtures;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar serving a seeds folder that changes under it, watched with {@code buf curl}: a client we did
 * not write, reading WatchArticles through server reflection.
 */
class LiveReloadIT {
  private static final String SERVICE = "/articles.v1.ArticleService/";

  @TempDir
  Path dir;

  @Test
  void watchArticles_overBufCurl_reportsAFileAddedWhileServing_andEndsOnShutdown() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx192m"), "--port", "0", "--host", "127.0.0.1",
        "--seeds", seeds.toString(), "--db", "jdbc:h2:" + dir.resolve("db/articles"), "--watch")) {
      awaitUntil(() -> health(service), "SERVING");

      // buf curl prints each streamed message as it arrives; --timeout bounds it if the test cannot stop it.
      Path out = dir.resolve("watch.out");
      Process watch = new ProcessBuilder(Buf.binary().toString(), "curl", "--timeout", "90s", "--protocol", "grpc",
          "--http2-prior-knowledge", service.target() + SERVICE + "WatchArticles", "-d", "{}")
          .redirectOutput(out.toFile()).redirectError(dir.resolve("watch.err").toFile()).start();
      try {
        awaitUntil(() -> read(out), "resumeToken"); // the first, progress, message
        Path part = Files.write(seeds.resolve("live.part"), Fixtures.bytes("04_jordan_water"));
        Files.move(part, seeds.resolve("live.txt"), StandardCopyOption.ATOMIC_MOVE);

        String events = awaitUntil(() -> read(out), "KIND_CREATED");
        assertTrue(events.contains("\"articles/live\""), events);
        Buf.Result article = Buf.curl(service.target() + SERVICE + "GetArticle", "{\"name\": \"articles/live\"}");
        assertEquals(0, article.exitCode(), article.stderr());
        assertTrue(article.stdout().contains("الأردن"), article.stdout());
        assertTrue(health(service).contains("\"SERVING\""));

        // SIGTERM ends the watch at once (UNAVAILABLE) instead of waiting out the grace period on it.
        long start = System.nanoTime();
        service.terminate(30);
        assertTrue(watch.waitFor(10, TimeUnit.SECONDS), "buf curl still watching after shutdown");
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10, "shutdown waited on the watch");
        String err = Files.readString(dir.resolve("watch.err"), StandardCharsets.UTF_8);
        assertTrue(err.contains("\"unavailable\""), err);
        java.util.regex.Matcher info = java.util.regex.Pattern.compile("\"value\": \"([^\"]+)\"").matcher(err);
        assertTrue(info.find(), err);
        String reason = new String(java.util.Base64.getDecoder().decode(info.group(1)), StandardCharsets.UTF_8);
        assertTrue(reason.contains("SHUTTING_DOWN"), "ErrorInfo: " + reason);
      } finally {
        watch.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
  }

  private static String health(ServiceProcess service) {
    try {
      return Buf.curl(service.target() + "/grpc.health.v1.Health/Check", "{}").stdout();
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** Polls {@code probe} until its text contains {@code expected}; returns that text. */
  private static String awaitUntil(java.util.function.Supplier<String> probe, String expected) throws Exception {
    Predicate<String> done = s -> s.contains(expected);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      String text = probe.get();
      if (done.test(text)) {
        return text;
      }
      assertTrue(System.nanoTime() < deadline, "never saw " + expected + " in: " + text);
      Thread.sleep(100);
    }
  }
}
