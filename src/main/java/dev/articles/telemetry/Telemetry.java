package dev.articles.telemetry;

import dev.articles.pipeline.CommitListener;
import io.grpc.ServerBuilder;
import io.grpc.ServerInterceptor;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the server tells its operators: the request log and the Prometheus metrics, with the HTTP endpoint
 * that serves them. Each part can be off; with both off, calls go through no interceptor at all.
 *
 * <p>The metrics live in a registry of their own rather than the client library's global one, so several
 * servers in one JVM (as in tests) do not share counts.
 */
public final class Telemetry implements AutoCloseable {
  private static final Logger log = Logger.getLogger(Telemetry.class.getName());

  private final RequestLog requestLog;
  private final PrometheusRegistry registry;
  private final RpcMetrics rpc;
  private final IngestMetrics ingest;
  private HTTPServer http;

  private Telemetry(boolean requestLog, boolean metrics) {
    this.requestLog = requestLog ? new RequestLog() : null;
    this.registry = metrics ? new PrometheusRegistry() : null;
    this.rpc = metrics ? new RpcMetrics(registry) : null;
    this.ingest = metrics ? new IngestMetrics(registry) : null;
    if (metrics) {
      JvmMetrics.builder().register(registry);
    }
    if (metrics && requestLog) {
      counter("articles_request_log_dropped", "Request log lines dropped because the log writer fell behind.",
          this.requestLog::dropped);
    }
  }

  /** Telemetry that serves nothing over HTTP, for tests and embedding; metrics are kept if asked for. */
  public static Telemetry create(boolean requestLog, boolean metrics) {
    return new Telemetry(requestLog, metrics);
  }

  /**
   * Telemetry with metrics served at {@code http://host:port/metrics}; port 0 picks a free one, -1 turns
   * metrics off.
   */
  public static Telemetry start(boolean requestLog, String host, int metricsPort) throws IOException {
    Telemetry t = new Telemetry(requestLog, metricsPort >= 0);
    if (metricsPort >= 0) {
      try {
        t.http = HTTPServer.builder().hostname(host).port(metricsPort).registry(t.registry).buildAndStart();
      } catch (IOException e) {
        throw new IOException("cannot serve metrics on " + host + ":" + metricsPort + ": " + e.getMessage(), e);
      }
    }
    return t;
  }

  /** The port metrics are served on, if they are. */
  public OptionalInt metricsPort() {
    return http == null ? OptionalInt.empty() : OptionalInt.of(http.getPort());
  }

  /** The registry, or null when metrics are off. */
  public PrometheusRegistry registry() {
    return registry;
  }

  /** The listeners to give the seed ingestor, so every ingestion pass is counted. */
  public List<CommitListener> ingestListeners() {
    return ingest == null ? List.of() : List.of(ingest);
  }

  /**
   * The interceptors to run outermost on {@code server}, to which this also adds the byte-counting stream
   * tracer; empty when both the log and the metrics are off.
   */
  public List<ServerInterceptor> interceptors(ServerBuilder<?> server) {
    if (requestLog == null && rpc == null) {
      return List.of();
    }
    server.addStreamTracerFactory(WireBytes.FACTORY);
    return List.of(new CallTelemetry(requestLog, rpc));
  }

  /** Gauges of what the server holds, read at each scrape. */
  public void watchStore(LongSupplier articlesStored, LongSupplier cacheEntries) {
    if (registry == null) {
      return;
    }
    gauge("articles_stored", "Articles in the database.", articlesStored);
    gauge("articles_cache_entries",
        "Serialized articles in the GetArticle cache (an article in both views counts twice).", cacheEntries);
  }

  /**
   * Adds gauges for what calls hold while they run: borrowed database connections (a leak shows as a
   * count that stays above 0 at rest) and open WatchArticles streams.
   */
  public void watchResources(LongSupplier dbConnections, LongSupplier watchers) {
    if (registry == null) {
      return;
    }
    gauge("articles_db_connections_active", "Database connections borrowed from the pool right now.", dbConnections);
    gauge("articles_watchers", "Open WatchArticles streams.", watchers);
  }

  /**
   * Adds the GetArticle cache's hit and miss counters, whose ratio says whether --cache-mb is enough, and
   * its weight.
   */
  public void watchCache(LongSupplier hits, LongSupplier misses, LongSupplier bytes) {
    if (registry == null) {
      return;
    }
    gauge("articles_cache_bytes", "What the GetArticle cache's entries weigh, in bytes; --cache-mb bounds it.",
        bytes);
    counter("articles_cache_hits", "GetArticle and BatchGetArticles lookups served from the cache.", hits);
    counter("articles_cache_misses", "GetArticle and BatchGetArticles lookups that read the database.", misses);
  }

  private void counter(String name, String help, LongSupplier value) {
    CounterWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsLong())).register(registry);
  }

  private void gauge(String name, String help, LongSupplier value) {
    GaugeWithCallback.builder().name(name).help(help).callback(cb -> {
      try {
        cb.call(value.getAsLong());
      } catch (RuntimeException e) {
        // A closed database at shutdown must not fail the whole scrape; the gauge is just missing.
        log.log(Level.FINE, name + ": " + e.getMessage(), e);
      }
    }).register(registry);
  }

  /** Stops serving metrics and writes the request log lines still queued. */
  @Override
  public void close() {
    if (http != null) {
      http.stop();
    }
    if (requestLog != null) {
      requestLog.close();
    }
  }
}
