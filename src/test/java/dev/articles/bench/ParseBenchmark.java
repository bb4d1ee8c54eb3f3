package dev.articles.bench;

import dev.articles.facts.FactExtractor;
import dev.articles.facts.Gazetteer;
import dev.articles.generate.CorpusGenerator;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.RefusedFileException;
import dev.articles.ingest.SeedParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parse plus fact extraction per article, single-threaded: the real seed, and a mix of generated articles. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  @Param({"seed", "generated"})
  public String input;

  private byte[][] articles;
  private int next;
  private final FactExtractor extractor = new FactExtractor(Gazetteer.standard());

  @Setup
  public void load() throws Exception {
    if (input.equals("seed")) {
      articles = new byte[][] {Files.readAllBytes(Path.of("seeds/000_eb0e55b8ce852041.txt"))};
    } else {
      CorpusGenerator g = new CorpusGenerator(42);
      articles = new byte[500][];
      for (int i = 0; i < articles.length; i++) {
        articles[i] = g.article(i).getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  @Benchmark
  public FactExtractor.Extraction parseAndExtract() throws RefusedFileException {
    byte[] bytes = articles[next++ % articles.length];
    ParsedArticle parsed = SeedParser.parse("bench.txt", bytes);
    return extractor.extract(parsed);
  }
}
