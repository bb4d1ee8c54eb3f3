package dev.articles.server;

import dev.articles.generate.CorpusGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: write a deterministic corpus of articles in the seed's format. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write N article files in the seed's scraped format, the same for the same --seed.")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--count", required = true, paramLabel = "N", description = "How many articles to write.")
  int count;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write them into.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (count < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--count must not be negative");
    }
    long start = System.nanoTime();
    long bytes = new CorpusGenerator(seed).write(out, count);
    spec.commandLine().getOut().printf("wrote %d articles (%d bytes) to %s in %d ms%n", count, bytes, out,
        (System.nanoTime() - start) / 1_000_000);
    return 0;
  }
}
