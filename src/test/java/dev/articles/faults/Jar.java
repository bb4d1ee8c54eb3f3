package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.ServiceProcess;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real jar as the fault tests use it: generating corpora, serving a folder over a file database. */
final class Jar {
  /** Whether the long variants run: {@code -Dfaults.long=true}. */
  static final boolean LONG = Boolean.getBoolean("faults.long");

  private Jar() {}

  /** Writes {@code count} generated articles into {@code out} with the jar's {@code generate} command. */
  static void generate(Path out, int count, long seed) throws Exception {
    try (ServiceProcess gen = ServiceProcess.launch(List.of(), "generate", "--count", Integer.toString(count),
        "--out", out.toString(), "--seed", Long.toString(seed))) {
      assertEquals(0, gen.await(600), "generate failed: " + gen.stderr());
    }
  }

  /** The JDBC URL of a file database at {@code base} ({@code base.mv.db}). */
  static String fileDb(Path base) {
    return "jdbc:h2:" + base.toAbsolutePath();
  }

  /** Starts {@code serve} on a free loopback port; returns once it listens (health is not SERVING yet). */
  static ServiceProcess serve(List<String> jvmArgs, Path seeds, String dbUrl, String... extra) throws Exception {
    List<String> args = new ArrayList<>(List.of("--port", "0", "--host", "127.0.0.1", "--seeds", seeds.toString(),
        "--db", dbUrl));
    args.addAll(List.of(extra));
    return ServiceProcess.start(jvmArgs, args.toArray(String[]::new));
  }

  static ManagedChannel channel(ServiceProcess p) {
    return NettyChannelBuilder.forAddress("127.0.0.1", p.port()).usePlaintext().build();
  }

  /** Whether the server reports SERVING now. */
  static boolean serving(ManagedChannel channel) {
    try {
      return HealthGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
          .check(HealthCheckRequest.getDefaultInstance()).getStatus() == ServingStatus.SERVING;
    } catch (StatusRuntimeException e) {
      return false;
    }
  }

  /** Waits until the server reports SERVING; returns how long that took. */
  static Duration awaitServing(ServiceProcess p, ManagedChannel channel, Duration timeout) throws Exception {
    long start = System.nanoTime();
    while (!serving(channel)) {
      assertTrue(p.process().isAlive(), "the server died before SERVING: " + p.stderr());
      assertTrue(System.nanoTime() - start < timeout.toNanos(), "not SERVING after " + timeout + ": " + p.stderr());
      Thread.sleep(50);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Something to poll that may fail. */
  interface Condition {
    boolean holds() throws Exception;
  }

  /** Polls {@code condition} for up to 30 s; fails with {@code message} if it never holds. */
  static void await(Condition condition, String message) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.holds()) {
      assertTrue(System.nanoTime() < deadline, message);
      Thread.sleep(100);
    }
  }
}
