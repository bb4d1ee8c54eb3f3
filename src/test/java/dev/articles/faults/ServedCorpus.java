package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articles.testing.Exposition;
import dev.articles.testing.Seeds;
import dev.articles.testing.ServiceProcess;
import dev.articles.v1.Article;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListArticlesResponse;
import dev.articles.v1.ListFactsRequest;
import io.grpc.ManagedChannel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real jar serving a generated corpus over a file database, SERVING, with what a load or fault test
 * needs from it: article, fact and source-file names to ask for, words to search, and its metrics.
 */
final class ServedCorpus implements AutoCloseable {
  private static final Pattern METRICS_URL = Pattern.compile("metrics on (http://\\S+/metrics)");

  final ServiceProcess process;
  final ManagedChannel channel;
  final List<String> articles = new ArrayList<>();
  final List<String> facts = new ArrayList<>();
  final List<String> sourceFiles = new ArrayList<>();
  final List<String> words = new ArrayList<>();
  private final URI metrics;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServedCorpus(ServiceProcess process) {
    this.process = process;
    this.channel = Jar.channel(process);
    Matcher m = METRICS_URL.matcher(String.join("\n", process.stdout()));
    assertTrue(m.find(), "no metrics address in " + process.stdout());
    this.metrics = URI.create(m.group(1));
  }

  /** Generates {@code count} articles plus the seed under {@code dir}, and serves them with {@code jvmArgs}. */
  static ServedCorpus start(Path dir, int count, List<String> jvmArgs) throws Exception {
    Path seeds = dir.resolve("seeds");
    Jar.generate(seeds, count, 7);
    Seeds.copySeed(seeds);
    ServedCorpus c = new ServedCorpus(Jar.serve(jvmArgs, seeds, Jar.fileDb(dir.resolve("db"))));
    try {
      Jar.awaitServing(c.process, c.channel, Duration.ofMinutes(5));
      c.collectNames();
    } catch (Throwable t) {
      c.close();
      throw t;
    }
    return c;
  }

  private void collectNames() {
    var stub = ArticleServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    String token = "";
    do {
      ListArticlesResponse page = stub.listArticles(ListArticlesRequest.newBuilder().setPageSize(1000)
          .setPageToken(token).build());
      for (Article a : page.getArticlesList()) {
        articles.add(a.getName());
        sourceFiles.add("sourceFiles/" + a.getSourceFile());
        String word = a.getTitle().split("\\s+")[0];
        if (words.size() < 50 && word.codePointCount(0, word.length()) > 3) {
          words.add(word);
        }
      }
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    stub.listFacts(ListFactsRequest.newBuilder().setParent("articles/-").setPageSize(1000).build())
        .getFactsList().forEach(f -> facts.add(f.getName()));
    assertTrue(articles.size() > 1 && facts.size() > 1 && !words.isEmpty(), "an empty corpus");
  }

  /** The server's metrics now. */
  List<Exposition.Sample> scrape() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() == 200, "metrics answered " + r.statusCode());
    return Exposition.parse(r.body());
  }

  /** One gauge or unlabelled counter, which must be there. */
  double metric(String name) throws Exception {
    List<Exposition.Sample> samples = scrape();
    assertTrue(samples.stream().anyMatch(s -> s.name().equals(name)), "no metric " + name);
    return Exposition.value(samples, name, Map.of());
  }

  /** Calls started and not yet ended, over every method: {@code started_total - handled_total}. */
  static double inFlight(List<Exposition.Sample> samples) {
    double started = samples.stream().filter(s -> s.name().equals("grpc_server_started_total"))
        .mapToDouble(Exposition.Sample::value).sum();
    double handled = samples.stream().filter(s -> s.name().equals("grpc_server_handled_total"))
        .mapToDouble(Exposition.Sample::value).sum();
    return started - handled;
  }

  long pid() {
    return process.process().pid();
  }

  @Override
  public void close() throws Exception {
    channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    process.terminate(60);
  }
}
