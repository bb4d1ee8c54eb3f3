package dev.articles.server;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The flags of {@code serve}, each with an environment-variable twin. */
final class ServeOptions {
  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:ARTICLES_PORT:-50051}",
      description = "Port to listen on; 0 picks a free one and prints it. Env: ARTICLES_PORT. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:ARTICLES_HOST:-0.0.0.0}",
      description = "Address to bind. Env: ARTICLES_HOST. Default: ${DEFAULT-VALUE}.")
  String host;

  @Mixin
  StoreOptions store = new StoreOptions();

  @Option(names = "--cache-mb", paramLabel = "MB|auto", defaultValue = "${env:ARTICLES_CACHE_MB:-auto}",
      converter = CacheSize.class,
      description = "Memory for the serialized articles that GetArticle and BatchGetArticles serve from; auto is "
          + "a quarter of the JVM's maximum heap (-Xmx). Env: ARTICLES_CACHE_MB. Default: ${DEFAULT-VALUE}.")
  long cacheBytes;

  @Option(names = "--warm-cache", negatable = true, defaultValue = "${env:ARTICLES_WARM_CACHE:-true}",
      fallbackValue = "true",
      description = "After the first ingestion, load articles into that cache in the background, until it holds "
          + "them all or is nine tenths full (--no-warm-cache: only as they are read). Env: ARTICLES_WARM_CACHE. "
          + "Default: ${DEFAULT-VALUE}.")
  boolean warmCache;

  @Option(names = "--shutdown-grace-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_SHUTDOWN_GRACE_SECONDS:-10}",
      description = "On SIGTERM, how long running calls get before they are cancelled. "
          + "Env: ARTICLES_SHUTDOWN_GRACE_SECONDS. Default: ${DEFAULT-VALUE}.")
  int shutdownGraceSeconds;

  @Mixin
  LimitOptions limits = new LimitOptions();

  @Mixin
  SecurityOptions security = new SecurityOptions();

  @Mixin
  TelemetryOptions telemetry = new TelemetryOptions();

  @Option(names = "--watch", negatable = true, defaultValue = "${env:ARTICLES_WATCH:-true}", fallbackValue = "true",
      description = "Apply added, changed and deleted seed files while serving (--no-watch: only at startup). "
          + "Env: ARTICLES_WATCH. Default: ${DEFAULT-VALUE}.")
  boolean watch;

  @Option(names = "--change-retention-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_CHANGE_RETENTION_SECONDS:-3600}",
      description = "How long change events (WatchArticles) and superseded versions (listing snapshots) are kept. "
          + "Env: ARTICLES_CHANGE_RETENTION_SECONDS. Default: ${DEFAULT-VALUE}.")
  long changeRetentionSeconds;

  @Option(names = "--change-retention-events", paramLabel = "N",
      defaultValue = "${env:ARTICLES_CHANGE_RETENTION_EVENTS:-100000}",
      description = "The most change events kept, however recent; older ones and the versions they superseded "
          + "are dropped. Env: ARTICLES_CHANGE_RETENTION_EVENTS. Default: ${DEFAULT-VALUE}.")
  long changeRetentionEvents;

  /** The effective configuration, for the one startup line. */
  String describe() {
    return "port=" + port + " host=" + host + " " + store.describe() + " cache-mb=" + (cacheBytes >> 20)
        + " warm-cache=" + warmCache + " shutdown-grace-seconds=" + shutdownGraceSeconds + " " + limits.describe()
        + " " + security.describe()
        + telemetry.describe() + " watch=" + watch + " change-retention-seconds=" + changeRetentionSeconds
        + " change-retention-events=" + changeRetentionEvents;
  }

  /** {@code --cache-mb}: megabytes, or {@code auto} for a quarter of the maximum heap; in bytes. */
  static final class CacheSize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      if (value.equalsIgnoreCase("auto")) {
        return Runtime.getRuntime().maxMemory() / 4;
      }
      try {
        long mb = Long.parseLong(value.trim());
        if (mb < 0 || mb > (Long.MAX_VALUE >> 20)) {
          throw new TypeConversionException("'" + value + "' is not a size in MB from 0 up, or auto");
        }
        return mb << 20;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a size in MB, or auto");
      }
    }
  }
}
