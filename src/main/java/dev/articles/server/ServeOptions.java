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

  /** The effective configuration, for the one startup line. */
  String describe() {
    return "port=" + port + " host=" + host + " " + store.describe() + " cache-mb=" + cacheMegabytes
        + " shutdown-grace-seconds=" + shutdownGraceSeconds + " " + limits.describe() + " " + security.describe()
        + telemetry.describe();
  }
}
