package dev.articles.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * A real Netty server on a loopback port, configured from {@code serve} flags exactly as the command line
 * would be, and ingested: for the tests of limits, TLS and tokens.
 */
final class LaunchedServer implements AutoCloseable {
  final ServeCommand.Launched launched;
  final int port;

  private LaunchedServer(ServeCommand.Launched launched) {
    this.launched = launched;
    this.port = launched.server().port();
  }

  /** Parses {@code flags} as {@code serve} does, on 127.0.0.1 and a free port, then starts and ingests. */
  static LaunchedServer start(String... flags) throws Exception {
    List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", "0", "--metrics-port=-1"));
    args.addAll(List.of(flags));
    ServeCommand command = new ServeCommand();
    new CommandLine(command).parseArgs(args.toArray(String[]::new));
    LaunchedServer s = new LaunchedServer(ServeCommand.launch(command.options));
    s.launched.server().ingestAndServe();
    return s;
  }

  String address() {
    return "127.0.0.1:" + port;
  }

  @Override
  public void close() throws InterruptedException {
    launched.stop(Duration.ofSeconds(2));
  }
}
