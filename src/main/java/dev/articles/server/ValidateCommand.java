package dev.articles.server;

import dev.articles.ingest.Block;
import dev.articles.ingest.Issue;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.RefusedFileException;
import dev.articles.ingest.SeedFile;
import dev.articles.ingest.SeedParser;
import dev.articles.ingest.SeedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate DIR}: parse every seed file without serving, report each, exit 1 if any is refused. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Parse every *.txt file in DIR without serving it, and print what was found in each. "
        + "Exits 1 when any file is refused.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Folder of seed files.")
  Path dir;

  @Option(names = "--max-file-bytes", paramLabel = "BYTES",
      defaultValue = "${env:ARTICLES_MAX_FILE_BYTES:-" + SeedReader.DEFAULT_MAX_BYTES + "}",
      description = "Largest seed file accepted. Env: ARTICLES_MAX_FILE_BYTES. Default: ${DEFAULT-VALUE}.")
  long maxFileBytes;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + " is not a folder");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(SeedFile.SUFFIX)).sorted().toList();
    }
    SeedReader reader = new SeedReader(maxFileBytes);
    int refused = 0;
    int warned = 0;
    for (Path file : files) {
      try {
        SeedFile seed = reader.read(file);
        ParsedArticle a = SeedParser.parse(seed);
        report(out, seed, a);
        warned += a.warnings().isEmpty() ? 0 : 1;
      } catch (RefusedFileException e) {
        refused++;
        out.println(file.getFileName() + ": REFUSED [" + e.reason() + "] " + e.getMessage());
      }
    }
    out.printf("summary: %d file(s), %d ingestible (%d with warnings), %d refused%n",
        files.size(), files.size() - refused, warned, refused);
    out.flush();
    return refused == 0 ? 0 : 1;
  }

  private static void report(PrintWriter out, SeedFile seed, ParsedArticle a) {
    out.println(seed.fileName() + ": OK articles/" + seed.articleId());
    out.println("  title:     " + a.title());
    if (a.dateline() != null) {
      out.println("  date:      " + (a.dateline().date() == null ? "(invalid)" : a.dateline().date())
          + "  [" + a.dateline().rawText() + "; " + a.dateline().namings() + "]");
    }
    field(out, "subtitle:  ", a.subtitle());
    field(out, "lead:      ", a.lead());
    field(out, "caption:   ", a.imageCaption());
    field(out, "credit:    ", a.imageCredit());
    long headings = a.body().stream().filter(b -> b.kind() == Block.Kind.HEADING).count();
    out.println("  body:      " + a.body().size() + " block(s), " + headings + " heading(s), " + a.wordCount()
        + " words");
    field(out, "sources:   ", String.join(" | ", a.sources()));
    for (Issue w : a.warnings()) {
      out.println("  warning:   [" + w.reason() + "] " + w.message());
    }
  }

  private static void field(PrintWriter out, String label, String value) {
    if (!value.isEmpty()) {
      out.println("  " + label + value);
    }
  }
}
