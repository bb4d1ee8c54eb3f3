package dev.articles.server;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

  @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "${env:ARTICLES_CACHE_MB:-128}",
      description = "Memory for the cache of parsed articles that GetArticle and BatchGetArticles serve from. "
          + "Env: ARTICLES_CACHE_MB. Default: ${DEFAULT-VALUE}.")
  long cacheMegabytes;

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
    return "port=" + port + " host=" + host + " " + store.describe() + " cache-mb=" + cacheMegabytes
        + " shutdown-grace-seconds=" + shutdownGraceSeconds + " " + limits.describe() + " " + security.describe()
        + telemetry.describe() + " watch=" + watch + " change-retention-seconds=" + changeRetentionSeconds
        + " change-retention-events=" + changeRetentionEvents;
  }
}
