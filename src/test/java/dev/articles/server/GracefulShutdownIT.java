package dev.articles.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Buf;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM stops the real jar in order and within its grace period. */
class GracefulShutdownIT {
  @TempDir
  Path dir;

  @Test
  void sigterm_stopsWithinTheGracePeriodAndSaysSo() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Seeds.copySeed(seeds);
    try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx128m"), "--port", "0", "--host", "127.0.0.1",
        "--seeds", seeds.toString(), "--db", "jdbc:h2:" + dir.resolve("db"), "--shutdown-grace-seconds", "2")) {
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!Buf.curl(service.target() + "/grpc.health.v1.Health/Check", "{}").stdout().contains("\"SERVING\"")) {
        assertTrue(System.nanoTime() < deadline, "never SERVING");
        Thread.sleep(100);
      }
      service.terminate(15);
      assertTrue(service.stderr().stream().anyMatch(l -> l.contains("article-service: stopped")),
          service.stderr().toString());
    }
  }
}
