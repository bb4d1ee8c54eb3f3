package dev.articles.bench;

import dev.articles.api.RawBytes;
import dev.articles.generate.CorpusGenerator;
import dev.articles.pipeline.IngestReport;
import dev.articles.server.Backend;
import dev.articles.server.LaunchedServer;
import dev.articles.v1.ArticleServiceGrpc;
import dev.articles.v1.ArticleView;
import dev.articles.v1.BatchGetArticlesRequest;
import dev.articles.v1.GetArticleRequest;
import dev.articles.v1.GetFactRequest;
import dev.articles.v1.GetSourceFileRequest;
import dev.articles.v1.ListArticlesRequest;
import dev.articles.v1.ListFactsRequest;
import dev.articles.v1.ListSourceFilesRequest;
import dev.articles.v1.SearchArticlesRequest;
import dev.articles.v1.SearchFactsRequest;
import dev.articles.v1.StreamArticlesRequest;
import dev.articles.v1.StreamArticlesResponse;
import dev.articles.v1.StreamFactsRequest;
import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import io.grpc.util.MutableHandlerRegistry;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * The benchmark command: for each corpus size, generate the corpus, ingest it (and restart over it), serve
 * it on loopback, and measure every RPC side by side with its floor, alternating them round by round so
 * that machine noise hits both. See BENCHMARKS.md.
 */
public final class Benchmark {
  private final Options o;
  private final Results results = new Results();
  /** Whether the JVM has ingested once already (class loading and JIT compilation done). */
  private boolean jvmWarm;
  private final Map<String, MethodDescriptor<?, byte[]>> bytesMethods = new java.util.concurrent.ConcurrentHashMap<>();

  private Benchmark(Options o) {
    this.o = o;
  }

  /** Held so that the logger, and the file it writes to, are not collected (JUL holds loggers weakly). */
  private static Logger requestLog;

  public static void main(String[] args) throws Exception {
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
    Options o = Options.parse(args);
    Files.createDirectories(o.out);
    logRequestsTo(o.out);
    run(o);
  }

  /** Runs the benchmark the options describe, writing its results to the existing folder {@code o.out}. */
  static void run(Options o) throws Exception {
    new Benchmark(o).run();
  }

  /**
   * The server's request log is on by default, so the benchmark keeps it on, as deployed, and writes it to
   * rotating files in the output folder (where a deployment's log collector would take stderr), not the console.
   */
  private static void logRequestsTo(Path dir) throws IOException {
    requestLog = Logger.getLogger("dev.articles.telemetry.RequestLog");
    FileHandler file = new FileHandler(dir.resolve("requests.%g.log").toString(), 64 << 20, 2);
    file.setFormatter(new SimpleFormatter());
    requestLog.setUseParentHandlers(false);
    requestLog.addHandler(file);
  }

  private void run() throws Exception {
    for (int size : o.sizes) {
      Path corpus = o.out.resolve("corpus-" + size);
      if (!Files.isDirectory(corpus) || count(corpus) != size) {
        delete(corpus);
        log("generating %d articles", size);
        new CorpusGenerator(o.seed).write(corpus, size);
      }
      measureSize(size, corpus);
      results.write(o.out);
    }
    log("results in %s", o.out.resolve("results.md"));
  }

  private void measureSize(int size, Path corpus) throws Exception {
    Path data = o.out.resolve("db-" + size);
    String url = "jdbc:h2:" + data.resolve("articles").toAbsolutePath();
    if (!jvmWarm) {
      // The first ingestion in a JVM also pays for class loading and JIT compilation, which on two cores
      // takes some 40 seconds of ingesting to settle. Report the first pass, then repeat, as JMH repeats
      // iterations, until the JIT compiler is quiet (as before the RPCs: compiling under 2% of a pass's
      // wall time), or --jit-quiet-limit seconds or --ingest-passes passes have gone by.
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      ingest(size, corpus, data, url, true);
      long start = System.nanoTime();
      double share = 1;
      int passes = 1;
      while (share > 0.02 && passes < o.ingestPasses && System.nanoTime() - start < (long) (o.jitQuietLimit * 1e9)) {
        long compiledBefore = jit.getTotalCompilationTime();
        long t0 = System.nanoTime();
        ingest(size, corpus, data, url, false);
        share = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - t0) / 1e6);
        passes++;
      }
      log("warmed up ingesting for %.0f s (%d passes); the JIT compiled for %.1f%% of the last",
          (System.nanoTime() - start) / 1e9, passes, share * 100);
      jvmWarm = true;
    }
    // A small corpus ingests in about two seconds, where one busy moment of a shared machine moves the
    // rate by a fifth: repeat until at least --ingest-seconds were measured, and report the whole.
    double measured = 0;
    int articles = 0;
    int passes = 0;
    while (passes == 0 || measured < o.ingestSeconds) {
      IngestPass pass = ingest(size, corpus, data, url, false);
      measured += pass.seconds;
      articles += pass.articles;
      passes++;
    }
    log("ingested %d articles in %d pass(es), %.1f s each: %.0f/s", size, passes, measured / passes,
        articles / measured);
    results.ingest(size, measured / passes, articles / measured, false);
    long t0 = System.nanoTime();
    MutableHandlerRegistry extra = new MutableHandlerRegistry();
    List<String> flags = new ArrayList<>(List.of("--seeds", corpus.toString(), "--db", url, "--metrics-port", "0"));
    flags.addAll(o.serverFlags);
    LaunchedServer server = LaunchedServer.listen(extra, flags.toArray(String[]::new));
    server.server().ingestAndServe();
    double restart = (System.nanoTime() - t0) / 1e9;
    log("restart over the unchanged corpus reached SERVING in %.1f s; serve %s", restart, server.describe());
    double warm = 0;
    if (server.warmCache()) {
      long t1 = System.nanoTime();
      server.server().warmCache(); // as serve does after its first ingestion; measured once it is done
      server.server().awaitWarmCache();
      warm = (System.nanoTime() - t1) / 1e9;
      log("the server warmed its article cache in %.1f s", warm);
    }
    results.restart(size, restart, warm);
    ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext()
        .maxInboundMessageSize(64 << 20).build();
    try {
      Sample sample = Sample.take(channel, size);
      extra.addService(FloorService.of(Map.of("Basic", sample.basicStream, "Full", sample.fullStream,
          "Facts", sample.factStream), size));
      measureUnary(size, channel, sample);
      measureStreams(size, channel, sample);
    } finally {
      channel.shutdownNow();
      server.close();
    }
  }

  /**
   * Runs every call in turn, a second each (or the per-RPC warm-up, if shorter), until the JIT compiler is
   * quiet: until compilation took under 2% of a pass's wall time, or {@code --jit-quiet-limit} seconds (a
   * minute) have passed. On two cores, compiling the server's and the client's hot paths takes most of the
   * first 20 seconds of load, and a round measured then charges that to
   * whichever RPC ran first.
   */
  private void warmUntilJitQuiet(List<Load.Call> calls) throws InterruptedException {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long start = System.nanoTime();
    double share = 1;
    while (share > 0.02 && System.nanoTime() - start < (long) (o.jitQuietLimit * 1e9)) {
      long compiledBefore = jit.getTotalCompilationTime();
      long t0 = System.nanoTime();
      for (Load.Call call : calls) {
        Load.closedLoop(call, o.concurrency, Math.min(1, o.warmup));
      }
      share = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - t0) / 1e6);
    }
    log("warmed up for %.0f s; the JIT compiled for %.1f%% of the last pass", (System.nanoTime() - start) / 1e9,
        share * 100);
  }

  /** One ingestion of a corpus into a fresh database: how many articles it added, in how many seconds. */
  private record IngestPass(int articles, double seconds) {}

  /** Ingests the corpus into a fresh file database and index, as {@code ingest} does. */
  private IngestPass ingest(int size, Path corpus, Path data, String url, boolean coldJvm)
      throws Exception {
    delete(data);
    Backend.Settings settings = new Backend.Settings(url, null, 5L << 20, Runtime.getRuntime().availableProcessors(),
        256, 0, null);
    long t0 = System.nanoTime();
    try (Backend backend = Backend.open(settings)) {
      IngestReport report = backend.ingestor.sync(corpus);
      double seconds = (System.nanoTime() - t0) / 1e9;
      log("ingested %d articles in %.1f s (%.0f/s)%s", report.added(), seconds, report.added() / seconds,
          coldJvm ? ", the JVM's first work" : "");
      if (coldJvm) {
        results.ingest(size, seconds, report.added() / seconds, true);
      }
      return new IngestPass(report.added(), seconds);
    }
  }


  private void measureUnary(int size, ManagedChannel channel, Sample s) throws Exception {
    Load.Call floor = done -> unary(channel, HealthGrpc.getCheckMethod(), HealthCheckRequest.getDefaultInstance(), done);
    Map<String, Load.Call> rpcs = new LinkedHashMap<>();
    rpcs.put("GetArticle", done -> unary(channel, ArticleServiceGrpc.getGetArticleMethod(),
        GetArticleRequest.newBuilder().setName(s.article()).build(), done));
    rpcs.put("GetArticle BASIC", done -> unary(channel, ArticleServiceGrpc.getGetArticleMethod(),
        GetArticleRequest.newBuilder().setName(s.article()).setView(ArticleView.ARTICLE_VIEW_BASIC).build(), done));
    rpcs.put("BatchGetArticles x10", done -> {
      BatchGetArticlesRequest.Builder b = BatchGetArticlesRequest.newBuilder();
      for (int i = 0; i < 10; i++) {
        b.addNames(s.article());
      }
      unary(channel, ArticleServiceGrpc.getBatchGetArticlesMethod(), b.build(), done);
    });
    rpcs.put("ListArticles 50", done -> unary(channel, ArticleServiceGrpc.getListArticlesMethod(),
        ListArticlesRequest.newBuilder().setPageSize(50).build(), done));
    rpcs.put("GetFact", done -> unary(channel, ArticleServiceGrpc.getGetFactMethod(),
        GetFactRequest.newBuilder().setName(s.fact()).build(), done));
    rpcs.put("ListFacts", done -> unary(channel, ArticleServiceGrpc.getListFactsMethod(),
        ListFactsRequest.newBuilder().setParent(s.article()).build(), done));
    rpcs.put("SearchArticles", done -> unary(channel, ArticleServiceGrpc.getSearchArticlesMethod(),
        SearchArticlesRequest.newBuilder().setQuery(s.query()).setPageSize(10).build(), done));
    rpcs.put("SearchFacts", done -> unary(channel, ArticleServiceGrpc.getSearchFactsMethod(),
        SearchFactsRequest.newBuilder().setParent("articles/-").setQuery(s.query()).setPageSize(10).build(), done));
    rpcs.put("GetSourceFile", done -> unary(channel, ArticleServiceGrpc.getGetSourceFileMethod(),
        GetSourceFileRequest.newBuilder().setName("sourceFiles/" + s.article().substring("articles/".length())
            + ".txt").build(), done));
    rpcs.put("ListSourceFiles 50", done -> unary(channel, ArticleServiceGrpc.getListSourceFilesMethod(),
        ListSourceFilesRequest.newBuilder().setPageSize(50).build(), done));
    rpcs.keySet().removeIf(name -> !o.rpcs.isEmpty() && !o.rpcs.contains(name));
    List<Load.Call> all = new ArrayList<>(rpcs.values());
    all.add(floor);
    warmUntilJitQuiet(all);
    for (Map.Entry<String, Load.Call> rpc : rpcs.entrySet()) {
      Load.closedLoop(rpc.getValue(), o.concurrency, o.warmup);
      Load.closedLoop(floor, o.concurrency, o.warmup);
      List<Load.Result> measured = new ArrayList<>();
      List<Load.Result> floors = new ArrayList<>();
      for (int round = 0; round < o.rounds; round++) {
        // A B B A: whatever drifts during the rounds (the machine, the JIT, the heap) hits both alike.
        if (round % 2 == 0) {
          measured.add(Load.closedLoop(rpc.getValue(), o.concurrency, o.seconds));
          floors.add(Load.closedLoop(floor, o.concurrency, o.seconds));
        } else {
          floors.add(Load.closedLoop(floor, o.concurrency, o.seconds));
          measured.add(Load.closedLoop(rpc.getValue(), o.concurrency, o.seconds));
        }
      }
      Results.Unary row = results.unary(size, rpc.getKey(), measured, floors);
      log("%-22s %8.0f qps  p50 %7.0f us  p99 %7.0f us | floor %8.0f qps p99 %7.0f us | qps %.2fx p99 %.2fx%s",
          rpc.getKey(), row.qps(), row.p50(), row.p99(), row.floorQps(), row.floorP99(), row.qps() / row.floorQps(),
          row.p99() / row.floorP99(), row.errors() > 0 ? " ERRORS " + row.errors() : "");
    }
  }

  private void measureStreams(int size, ManagedChannel channel, Sample s) throws Exception {
    ArticleServiceGrpc.ArticleServiceStub stub = ArticleServiceGrpc.newStub(channel);
    Map<String, Consumer<StreamObserver<Object>>> floors = Map.of(
        "StreamArticles BASIC", floor(channel, "Basic", StreamArticlesResponse.getDefaultInstance()),
        "StreamArticles FULL", floor(channel, "Full", StreamArticlesResponse.getDefaultInstance()),
        "StreamFacts", floor(channel, "Facts", dev.articles.v1.StreamFactsResponse.getDefaultInstance()));
    Map<String, Consumer<StreamObserver<Object>>> streams = new LinkedHashMap<>();
    streams.put("StreamArticles BASIC", o2 -> stub.streamArticles(StreamArticlesRequest.getDefaultInstance(), cast(o2)));
    streams.put("StreamArticles FULL", o2 -> stub.streamArticles(StreamArticlesRequest.newBuilder()
        .setView(ArticleView.ARTICLE_VIEW_FULL).build(), cast(o2)));
    streams.put("StreamFacts", o2 -> stub.streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-").build(),
        cast(o2)));
    for (Map.Entry<String, Consumer<StreamObserver<Object>>> stream : streams.entrySet()) {
      if (!o.rpcs.isEmpty() && !o.rpcs.contains(stream.getKey())) {
        continue;
      }
      double[] rates = new double[2];
      for (int round = 0; round < o.rounds; round++) { // A B B A, as for unary RPCs
        if (round % 2 == 0) {
          rates[0] += cancelAfter(stream.getValue()) / o.rounds;
          rates[1] += cancelAfter(floors.get(stream.getKey())) / o.rounds;
        } else {
          rates[1] += cancelAfter(floors.get(stream.getKey())) / o.rounds;
          rates[0] += cancelAfter(stream.getValue()) / o.rounds;
        }
      }
      results.stream(size, stream.getKey(), rates[0], rates[1]);
      log("%-22s %8.0f msg/s | floor %8.0f msg/s | %.2fx", stream.getKey(), rates[0], rates[1], rates[0] / rates[1]);
    }
  }

  /** Replays the same messages as the named stream, pre-serialized, from memory. */
  private static <T extends com.google.protobuf.Message> Consumer<StreamObserver<Object>> floor(ManagedChannel channel,
                                                                                          String name, T prototype) {
    var method = FloorService.clientMethod(name, prototype);
    return o2 -> ClientCalls.asyncServerStreamingCall(channel.newCall(method, io.grpc.CallOptions.DEFAULT),
        StreamArticlesRequest.getDefaultInstance(), cast(o2));
  }

  /**
   * A stream's rate over a round: read to its end and started again, back to back, until the round's length has
   * passed, so that a corpus that streams in milliseconds (1k BASIC) is measured over as long as a large one and
   * not over one stream's start; a stream still running then is read for at most the round again, then cancelled,
   * as a client would.
   */
  private double cancelAfter(Consumer<StreamObserver<Object>> stream) throws Exception {
    long messages = 0;
    double seconds = 0;
    while (seconds < o.seconds) {
      try (Context.CancellableContext ctx = Context.current().withCancellation()) {
        Load.StreamRun run = ctx.call(() -> Load.streamRun(stream, o.seconds * 2));
        messages += run.messages();
        seconds += run.seconds();
      }
    }
    return messages / seconds;
  }

  /**
   * Starts a unary call. Its response is read as bytes, not parsed, unless {@code --parse-responses}: the
   * floor's response is two bytes and an article's five kilobytes, and decoding them is the client's work on
   * the same two cores, not the server's.
   */
  private <Q> void unary(ManagedChannel channel, MethodDescriptor<Q, ?> method, Q request, StreamObserver<Object> done) {
    MethodDescriptor<Q, ?> m = o.parseResponses ? method : asBytes(method);
    start(channel.newCall(m, CallOptions.DEFAULT), request, done);
  }

  private static <Q, R> void start(ClientCall<Q, R> call, Q request, StreamObserver<Object> done) {
    ClientCalls.asyncUnaryCall(call, request, cast(done));
  }

  @SuppressWarnings("unchecked")
  private <Q> MethodDescriptor<Q, byte[]> asBytes(MethodDescriptor<Q, ?> method) {
    return (MethodDescriptor<Q, byte[]>) bytesMethods.computeIfAbsent(method.getFullMethodName(),
        k -> method.toBuilder(method.getRequestMarshaller(), RawBytes.MARSHALLER).build());
  }

  @SuppressWarnings("unchecked")
  private static <T> StreamObserver<T> cast(StreamObserver<Object> o) {
    return (StreamObserver<T>) (StreamObserver<?>) o;
  }

  /** Names, facts and queries to draw requests from, and the messages the streaming floor replays. */
  private static final class Sample {
    final List<String> articles = new ArrayList<>();
    final List<String> facts = new ArrayList<>();
    final List<byte[]> basicStream = new ArrayList<>();
    final List<byte[]> fullStream = new ArrayList<>();
    final List<byte[]> factStream = new ArrayList<>();
    static final List<String> QUERIES = List.of("الحكومة", "وزير الطاقة", "الاستثمار", "\"خطة جديدة\"",
        "الكهرباء -النفط", "المياه", "البنك المركزي");

    static Sample take(ManagedChannel channel, int size) {
      Sample s = new Sample();
      for (int i = 0; i < size; i++) {
        String file = CorpusGenerator.fileName(i);
        s.articles.add("articles/" + file.substring(0, file.length() - ".txt".length()));
      }
      ArticleServiceGrpc.ArticleServiceBlockingStub blocking = ArticleServiceGrpc.newBlockingStub(channel);
      Iterator<StreamArticlesResponse> it = blocking.streamArticles(StreamArticlesRequest.getDefaultInstance());
      while (it.hasNext() && s.basicStream.size() < 10_000) {
        s.basicStream.add(it.next().toByteArray());
      }
      it = blocking.streamArticles(StreamArticlesRequest.newBuilder().setView(ArticleView.ARTICLE_VIEW_FULL).build());
      while (it.hasNext() && s.fullStream.size() < 2_000) {
        s.fullStream.add(it.next().toByteArray());
      }
      var facts = blocking.streamFacts(StreamFactsRequest.newBuilder().setParent("articles/-").build());
      while (facts.hasNext() && s.factStream.size() < 20_000) {
        var m = facts.next();
        s.factStream.add(m.toByteArray());
        if (s.facts.size() < 5_000) {
          s.facts.add(m.getFact().getName());
        }
      }
      return s;
    }

    String article() {
      return articles.get(ThreadLocalRandom.current().nextInt(articles.size()));
    }

    String fact() {
      return facts.get(ThreadLocalRandom.current().nextInt(facts.size()));
    }

    String query() {
      return QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
    }
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void log(String format, Object... args) {
    System.out.printf("[bench] " + format + "%n", args);
    System.out.flush();
  }
}
