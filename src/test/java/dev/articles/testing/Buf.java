package dev.articles.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code buf} CLI, a gRPC client we did not write, as grpcurl would be run by hand. */
public final class Buf {
  private Buf() {}

  /** What a buf run printed, and its exit code. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** The buf binary: the {@code buf.bin} property, or the copy the build installs under target/. */
  public static Path binary() {
    Path bin = Path.of(System.getProperty("buf.bin", "target/buf/node_modules/.bin/buf"));
    if (!Files.isExecutable(bin)) {
      throw new IllegalStateException("buf not found at " + bin + "; run ./mvnw verify, which installs it");
    }
    return bin;
  }

  /** {@code buf curl --protocol grpc --http2-prior-knowledge <url> [-d body]}. */
  public static Result curl(String url, String body, String... extra) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("curl", "--protocol", "grpc", "--http2-prior-knowledge"));
    args.addAll(List.of(extra));
    args.add(url);
    if (body != null) {
      args.add("-d");
      args.add(body);
    }
    return run(args);
  }

  public static Result run(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(binary().toString());
    command.addAll(args);
    Path out = Files.createTempFile("buf", ".out");
    Path err = Files.createTempFile("buf", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("buf did not finish in 60 s: " + command);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
