package dev.articles.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real fat jar, run as a child process on a loopback port, for end-to-end tests.
 *
 * <p>Its output goes to files rather than pipes: the JDK closes a child's pipes when it exits, which can
 * drop what it printed last (such as the shutdown hook's lines), and a file keeps everything.
 */
public final class ServiceProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on [^:]+:(\\d+)");

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private int port = -1;

  private ServiceProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The jar under test: {@code target/article-service.jar}, or the {@code service.jar} property. */
  public static Path jar() {
    return Path.of(System.getProperty("service.jar", "target/article-service.jar"));
  }

  /** Starts {@code java [jvmArgs] -jar article-service.jar args…} and waits until it prints its port. */
  public static ServiceProcess start(List<String> jvmArgs, String... args) throws Exception {
    return start(jvmArgs, Map.of(), args);
  }

  /** Like {@link #start(List, String...)}, with extra environment variables. */
  public static ServiceProcess start(List<String> jvmArgs, Map<String, String> env, String... args) throws Exception {
    ServiceProcess p = launch(jvmArgs, env, args);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.port < 0) {
      Matcher m = LISTENING.matcher(String.join("\n", p.stdout()));
      if (m.find()) {
        p.port = Integer.parseInt(m.group(1));
      } else if (!p.process.isAlive() || System.nanoTime() > deadline) {
        p.close();
        throw new IllegalStateException("service did not start: " + p.stderr());
      } else {
        Thread.sleep(50);
      }
    }
    return p;
  }

  /** Starts the jar without waiting for anything, for commands that exit by themselves. */
  public static ServiceProcess launch(List<String> jvmArgs, String... args) throws IOException {
    return launch(jvmArgs, Map.of(), args);
  }

  /** Like {@link #launch(List, String...)}, with extra environment variables. */
  public static ServiceProcess launch(List<String> jvmArgs, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("service", ".out");
    Path err = Files.createTempFile("service", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    // Metrics on a free port unless a test asks for one, so services running at once never clash on 9464.
    builder.environment().put("ARTICLES_METRICS_PORT", "0");
    builder.environment().putAll(env);
    Process process = builder.start();
    return new ServiceProcess(process, out, err);
  }

  public int port() {
    return port;
  }

  public String target() {
    return "http://127.0.0.1:" + port;
  }

  public Process process() {
    return process;
  }

  public List<String> stdout() {
    return lines(stdout);
  }

  public List<String> stderr() {
    return lines(stderr);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a command to exit by itself; returns its exit code. */
  public int await(long timeoutSeconds) throws InterruptedException {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("did not exit within " + timeoutSeconds + " s; stderr: " + stderr());
    }
    return process.exitValue();
  }

  /** Sends SIGTERM and waits for the process to exit; returns its exit code. */
  public int terminate(long timeoutSeconds) throws InterruptedException {
    process.destroy();
    return await(timeoutSeconds);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
    try {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    } catch (IOException e) {
      // temp files; the OS cleans up
    }
  }
}
