package dev.articles.server;

import dev.articles.ingest.Issue;
import dev.articles.pipeline.IngestReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ingest}: build or refresh the database and search index from the seeds folder, then exit, so a
 * deployment can prepare its data before the first replica starts serving.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Build or refresh the database from the seeds folder, print what changed, and exit. "
        + "Exits 0 when the pass completed (refused files are listed), 1 when it could not run, "
        + "and 3 with --strict when any file was refused.")
final class IngestCommand implements Callable<Integer> {
  private static final Logger log = Logger.getLogger(IngestCommand.class.getName());

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--strict", defaultValue = "${env:ARTICLES_INGEST_STRICT:-false}",
      description = "Exit 3 when any seed file is refused. Env: ARTICLES_INGEST_STRICT. Default: ${DEFAULT-VALUE}.")
  boolean strict;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    log.info("config: " + store.describe() + " strict=" + strict);
    IngestReport report;
    try (Backend backend = Backend.open(store.settings(1L << 20, null))) {
      backend.reconcileIndex();
      report = backend.ingestor.sync(store.seeds);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.summary());
    for (Issue issue : report.refused()) {
      out.println("refused: " + issue.message() + " [" + issue.reason() + "]");
    }
    out.flush();
    return strict && !report.refused().isEmpty() ? 3 : 0;
  }
}
