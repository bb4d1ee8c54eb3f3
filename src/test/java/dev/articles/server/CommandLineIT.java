package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Buf;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's command line as an operator meets it: subcommands, exit codes, environment twins, probes. */
class CommandLineIT {
  private static final String TOKEN = "token-from-the-environment-42";

  @TempDir
  Path dir;

  private static String joined(List<String> lines) {
    return String.join("\n", lines);
  }

  @Test
  void help_listsEverySubcommand_andABadFlagPrintsUsageAndExits2() throws Exception {
    try (ServiceProcess help = ServiceProcess.launch(List.of(), "--help")) {
      assertEquals(0, help.await(60));
      String out = joined(help.stdout());
      for (String command : List.of("serve", "ingest", "validate", "generate", "health")) {
        assertTrue(out.contains("  " + command + " "), command + " missing from:\n" + out);
      }
    }
    try (ServiceProcess bad = ServiceProcess.launch(List.of(), "--prot", "1")) {
      assertEquals(2, bad.await(60));
      String err = joined(bad.stderr());
      assertTrue(err.contains("Unknown option") && err.contains("'--prot'") && err.contains("Usage: article-service"), err);
    }
  }

  @Test
  void ingest_buildsTheDatabase_thenFindsNothingToDo_andStrictFailsOnARefusedFile() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    String db = "jdbc:h2:" + dir.resolve("db");
    try (ServiceProcess first = ServiceProcess.launch(List.of(), "ingest", "--seeds", seeds.toString(), "--db", db)) {
      assertEquals(0, first.await(120), joined(first.stderr()));
      assertTrue(joined(first.stdout()).contains("1 added, 0 updated, 0 unchanged"), joined(first.stdout()));
    }
    Files.write(seeds.resolve("broken.txt"), new byte[] {(byte) 0xC3, 0x28, 0x0A});
    try (ServiceProcess again = ServiceProcess.launch(List.of(), "ingest", "--seeds", seeds.toString(), "--db", db,
        "--strict")) {
      assertEquals(3, again.await(120), joined(again.stderr()));
      String out = joined(again.stdout());
      assertTrue(out.contains("0 added, 0 updated, 1 unchanged") && out.contains("1 refused"), out);
      assertTrue(out.contains("refused: ") && out.contains("broken.txt"), out);
    }
  }

  @Test
  void environmentTwins_configureServe_configIsPrintedOnce_tokenGuardsEverythingButHealth() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    Map<String, String> env = Map.of("ARTICLES_PORT", "0", "ARTICLES_HOST", "127.0.0.1",
        "ARTICLES_SEEDS", seeds.toString(), "ARTICLES_DB", "jdbc:h2:" + dir.resolve("db"),
        "ARTICLES_AUTH_TOKENS", TOKEN, "ARTICLES_STREAM_DEADLINE_SECONDS", "42");
    try (ServiceProcess service = ServiceProcess.start(List.of(), env)) {
      awaitServing(service);
      String err = joined(service.stderr());
      List<String> config = service.stderr().stream().filter(l -> l.contains("config: ")).toList();
      assertEquals(1, config.size(), err);
      assertTrue(config.get(0).contains("stream-deadline-seconds=42")
          && config.get(0).contains("auth=tokens from ARTICLES_AUTH_TOKENS")
          && config.get(0).contains("seeds=" + seeds.toAbsolutePath()), config.get(0));
      assertFalse(err.contains(TOKEN), "the token was logged");

      String get = service.target() + "/articles.v1.ArticleService/GetArticle";
      String body = "{\"name\":\"" + Seeds.SEED_NAME + "\"}";
      // Reflection needs the token too, so without one buf cannot even learn the schema.
      Buf.Result refused = Buf.curl(get, body, "-H", "authorization: Bearer not-the-token-0000000");
      assertTrue(refused.exitCode() != 0 && !refused.stdout().contains(Seeds.SEED_NAME), refused.toString());
      // buf sends -H only with the call; reflection gets its headers from --reflect-header.
      Buf.Result served = Buf.curl(get, body, "-H", "authorization: Bearer " + TOKEN,
          "--reflect-header", "authorization: Bearer " + TOKEN);
      assertEquals(0, served.exitCode(), served.toString());
      assertTrue(served.stdout().contains(Seeds.SEED_NAME), served.stdout());

      try (ServiceProcess health = ServiceProcess.launch(List.of(),
          Map.of("ARTICLES_HEALTH_ADDRESS", "127.0.0.1:" + service.port()), "health")) {
        assertEquals(0, health.await(60), joined(health.stderr()));
        assertEquals(List.of("SERVING"), health.stdout());
      }
    }
  }

  @Test
  void health_againstNothingListening_exits1AndSaysUnreachable() throws Exception {
    try (ServiceProcess health = ServiceProcess.launch(List.of(), "health", "--address", "127.0.0.1:1",
        "--timeout-seconds", "2")) {
      assertEquals(1, health.await(60));
      assertTrue(joined(health.stdout()).startsWith("UNREACHABLE 127.0.0.1:1"), joined(health.stdout()));
    }
  }

  @Test
  void noReflection_bufCurlCannotDescribeTheService_butHealthAnswers() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    try (ServiceProcess service = ServiceProcess.start(List.of(), "--port", "0", "--host", "127.0.0.1",
        "--seeds", seeds.toString(), "--db", "jdbc:h2:mem:cli;DB_CLOSE_DELAY=-1", "--no-reflection")) {
      awaitServing(service);
      Buf.Result r = Buf.curl(service.target() + "/articles.v1.ArticleService/GetArticle",
          "{\"name\":\"" + Seeds.SEED_NAME + "\"}");
      assertTrue(r.exitCode() != 0 && r.stderr().contains("failed to find service named"), r.toString());
      try (ServiceProcess health = ServiceProcess.launch(List.of(), "health", "--address",
          "127.0.0.1:" + service.port(), "--service", "articles.v1.ArticleService")) {
        assertEquals(0, health.await(60));
      }
    }
  }

  private static void awaitServing(ServiceProcess service) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try (ServiceProcess health = ServiceProcess.launch(List.of(), "health", "--address",
          "127.0.0.1:" + service.port())) {
        if (health.await(60) == 0) {
          return;
        }
      }
      assertTrue(System.nanoTime() < deadline && service.process().isAlive(), "never SERVING: " + service.stderr());
      Thread.sleep(200);
    }
  }
}
