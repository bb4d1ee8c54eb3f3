package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.ServiceProcess;
import io.grpc.ManagedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storage faults at startup and during ingestion, against the real jar: a database another process holds,
 * a data directory on a read-only file system, and one on a file system that fills up. Each ends the
 * process with exit code 1 and one line that names the file and the reason, and leaves nothing
 * half-written. The read-only and full file systems are small tmpfs mounts, which needs root (CAP_SYS_ADMIN),
 * as these machines have; elsewhere a read-only folder is made with its mode bits instead.
 */
class StorageFaultsIT {
  static final List<String> JVM = List.of("-Xmx256m");

  @TempDir
  static Path shared;
  static Path seeds;

  @TempDir
  Path dir;
  private Path mounted;

  @BeforeAll
  static void corpus() throws Exception {
    seeds = shared.resolve("seeds");
    Jar.generate(seeds, 200, 3);
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      sh("umount", "-l", mounted.toString());
    }
  }

  @Test
  void databaseInUse_secondServerExitsWithOneClearLine_firstKeepsServing() throws Exception {
    String db = Jar.fileDb(dir.resolve("articles"));
    try (ServiceProcess first = Jar.serve(JVM, seeds, db)) {
      ManagedChannel channel = Jar.channel(first);
      try {
        Jar.awaitServing(first, channel, Duration.ofMinutes(3));
        try (ServiceProcess second = ServiceProcess.launch(JVM, "serve", "--port", "0", "--host", "127.0.0.1",
            "--seeds", seeds.toString(), "--db", db, "--metrics-port", "-1")) {
          assertEquals(1, second.await(120), "exit code; stderr: " + second.stderr());
          String line = failureLine(second);
          assertTrue(line.contains(dir.resolve("articles").toString()) && line.contains("in use by another process"),
              line);
          System.out.println("[faults] database in use: exit 1, \"" + line + "\"");
        }
        assertTrue(Jar.serving(channel), "the first server stopped serving");
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
      assertEquals(143, first.terminate(60));
    }
  }

  @Test
  void readOnlyDataDirectory_exitsWithOneClearLine_andTheDatabaseIsUntouched() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    boolean mount = mount(data, "size=64m");
    String db = Jar.fileDb(data.resolve("articles"));
    ingest(db, 0);
    Path file = data.resolve("articles.mv.db");
    byte[] before = Files.readAllBytes(file);
    if (mount) {
      sh("mount", "-o", "remount,ro", data.toString());
    } else {
      sh("chmod", "-R", "a-w", data.toString());
    }
    try {
      Files.writeString(seeds.resolve("zz_new.txt"), Files.readString(Files.list(seeds).sorted().findFirst()
          .orElseThrow()));
      try (ServiceProcess p = ServiceProcess.launch(JVM, "ingest", "--seeds", seeds.toString(), "--db", db)) {
        assertEquals(1, p.await(120), "exit code; stderr: " + p.stderr());
        String line = failureLine(p);
        assertTrue(line.toLowerCase(java.util.Locale.ROOT).contains("read-only"), line);
        System.out.println("[faults] read-only data directory (" + (mount ? "read-only tmpfs" : "mode bits")
            + "): exit 1, \"" + line + "\"");
      }
      assertArrayEquals(before, Files.readAllBytes(file), "the database file changed");
    } finally {
      Files.deleteIfExists(seeds.resolve("zz_new.txt"));
      if (!mount) {
        sh("chmod", "-R", "u+w", data.toString());
      }
    }
  }

  @Test
  void fullDisk_duringIngest_exitsWithOneClearLine_andTheNextRunCompletesTheStore() throws Exception {
    Path data = dir.resolve("small");
    Files.createDirectories(data);
    org.junit.jupiter.api.Assumptions.assumeTrue(mount(data, "size=1m"),
        "a full file system needs a tmpfs mount, which needs root");
    String db = Jar.fileDb(data.resolve("articles"));
    String line;
    try (ServiceProcess p = ServiceProcess.launch(JVM, "ingest", "--seeds", seeds.toString(), "--db", db)) {
      assertEquals(1, p.await(180), "exit code; stderr: " + p.stderr());
      line = failureLine(p);
      assertTrue(line.contains("No space left on device"), line);
    }
    // Room again: the next run finds every article whole or absent, and completes the store.
    sh("mount", "-o", "remount,size=64m", data.toString());
    ingest(db, 0);
    try (StoreCheck check = new StoreCheck(data.resolve("articles"))) {
      assertEquals(200, check.digests().size(), "articles after the second run");
      assertEquals(0, check.orphans(), "child rows without their article");
      assertEquals(0, check.indexMismatches(), "index entries without their rows");
    }
    System.out.println("[faults] full disk (1 MiB tmpfs): exit 1, \"" + line + "\"; with room again the next "
        + "ingest completed all 200 articles, 0 orphans, 0 index mismatches");
  }

  private static void ingest(String db, int expectedExit) throws Exception {
    try (ServiceProcess p = ServiceProcess.launch(JVM, "ingest", "--seeds", seeds.toString(), "--db", db)) {
      assertEquals(expectedExit, p.await(300), "ingest exit code; stderr: " + p.stderr());
    }
  }

  /** The process's last stderr line, which must be its one failure line: no stack trace after it. */
  private static String failureLine(ServiceProcess p) {
    List<String> err = p.stderr();
    assertTrue(err.stream().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")),
        "a stack trace on stderr: " + err);
    String last = err.get(err.size() - 1);
    assertTrue(last.startsWith("article-service: "), "not the failure line: " + err);
    return last;
  }

  /** Mounts a tmpfs at {@code at}; false when this machine does not allow it. */
  private boolean mount(Path at, String options) throws Exception {
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
        .redirectErrorStream(true).start();
    boolean ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    mounted = ok ? at : null;
    return ok;
  }

  private static void sh(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", command) + ": " + out);
  }
}
