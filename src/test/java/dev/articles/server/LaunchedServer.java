package dev.articles.server;

import io.grpc.HandlerRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * A real Netty server on a loopback port, configured from {@code serve} flags exactly as the command line
 * would be, and ingested: for the tests of limits, TLS and tokens.
 */
public final class LaunchedServer implements AutoCloseable {
  final ServeCommand.Launched launched;
  final int port;
  private final ServeOptions options;

  private LaunchedServer(ServeCommand.Launched launched, ServeOptions options) {
    this.launched = launched;
    this.options = options;
    this.port = launched.server().port();
  }

  /** Parses {@code flags} as {@code serve} does, on 127.0.0.1 and a free port, then starts and ingests. */
  static LaunchedServer start(String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("--metrics-port=-1"));
    args.addAll(List.of(flags));
    LaunchedServer s = listen(null, args.toArray(String[]::new));
    s.launched.server().ingestAndServe();
    return s;
  }

  /**
   * Parses {@code flags} as {@code serve} does, on 127.0.0.1 and a free port, with {@code extra} services
   * beside the server's own, and starts listening; the caller runs {@link #server()}'s ingestion.
   */
  public static LaunchedServer listen(HandlerRegistry extra, String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", "0"));
    args.addAll(List.of(flags));
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    return new LaunchedServer(ServeCommand.launch(command.options, extra), command.options);
  }

  public ArticleServer server() {
    return launched.server();
  }

  /** Whether the flags ask for the cache to be warmed after ingestion, as {@code serve} then does. */
  public boolean warmCache() {
    return options.warmCache;
  }

  /** The effective configuration, as {@code serve} prints it at startup. */
  public String describe() {
    return options.describe();
  }

  String address() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws InterruptedException {
    launched.stop(Duration.ofSeconds(2));
  }
}
