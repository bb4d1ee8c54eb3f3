package dev.articles.server;

import dev.articles.store.StorageErrors;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The command line. With no subcommand it serves, so {@code java -jar article-service.jar --port N --seeds
 * DIR --db URL} keeps working as {@code serve} does.
 */
@Command(
    name = "article-service",
    mixinStandardHelpOptions = true,
    version = "article-service 1.0",
    description = "Serves news articles and the facts stated in them over gRPC.",
    subcommands = {ServeCommand.class, IngestCommand.class, ValidateCommand.class, GenerateCommand.class,
        HealthCommand.class})
public final class Main implements Callable<Integer> {
  static {
    // One line per record, ISO time first, before anything logs.
    System.setProperty("java.util.logging.SimpleFormatter.format",
        "%1$tFT%1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
  }

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Override
  public Integer call() throws Exception {
    return ServeCommand.run(serve);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The parser, with bad flags exiting 2 after printing usage. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // Startup failures (a locked database, a read-only or full disk, a missing seeds folder) get one clear
      // line, not a stack trace.
      cmd.getErr().println("article-service: " + StorageErrors.oneLine(e));
      return 1;
    });
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      cmd.getErr().println("error: " + e.getMessage());
      cmd.usage(cmd.getErr());
      return 2;
    });
    return cli;
  }
}
