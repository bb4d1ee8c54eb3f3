package dev.articles.server;

import picocli.CommandLine.Option;

/**
 * The server's protective limits, each a flag with an environment twin and a default that suits an internal
 * service behind a load balancer. The per-request limits that are part of the API contract (page size,
 * BatchGet size, filter length) are fixed in the proto instead, so that every replica agrees on them.
 */
final class LimitOptions {
  @Option(names = "--max-message-bytes", paramLabel = "BYTES",
      defaultValue = "${env:ARTICLES_MAX_MESSAGE_BYTES:-1048576}",
      description = "Largest request message accepted; larger ones end RESOURCE_EXHAUSTED REQUEST_TOO_LARGE. "
          + "Env: ARTICLES_MAX_MESSAGE_BYTES. Default: ${DEFAULT-VALUE}.")
  int maxMessageBytes;

  @Option(names = "--max-metadata-bytes", paramLabel = "BYTES",
      defaultValue = "${env:ARTICLES_MAX_METADATA_BYTES:-16384}",
      description = "Largest request header block (metadata) accepted. Env: ARTICLES_MAX_METADATA_BYTES. "
          + "Default: ${DEFAULT-VALUE}.")
  int maxMetadataBytes;

  @Option(names = "--max-concurrent-calls-per-connection", paramLabel = "N",
      defaultValue = "${env:ARTICLES_MAX_CONCURRENT_CALLS_PER_CONNECTION:-256}",
      description = "HTTP/2 streams one connection may have open at once; a client queues the rest. "
          + "Env: ARTICLES_MAX_CONCURRENT_CALLS_PER_CONNECTION. Default: ${DEFAULT-VALUE}.")
  int maxConcurrentCallsPerConnection;

  @Option(names = "--permit-keepalive-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_PERMIT_KEEPALIVE_SECONDS:-20}",
      description = "Shortest client keepalive ping interval tolerated; a client pinging more often is sent "
          + "GOAWAY (ENHANCE_YOUR_CALM). Pings without calls are allowed. "
          + "Env: ARTICLES_PERMIT_KEEPALIVE_SECONDS. Default: ${DEFAULT-VALUE}.")
  int permitKeepAliveSeconds;

  @Option(names = "--max-connection-age-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_MAX_CONNECTION_AGE_SECONDS:-1800}",
      description = "Connections older than this are sent GOAWAY so clients reconnect and spread over "
          + "replicas; 0 means never. Env: ARTICLES_MAX_CONNECTION_AGE_SECONDS. Default: ${DEFAULT-VALUE}.")
  int maxConnectionAgeSeconds;

  @Option(names = "--max-connection-age-grace-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_MAX_CONNECTION_AGE_GRACE_SECONDS:-60}",
      description = "How long calls on an aged connection get to finish before it is closed. "
          + "Env: ARTICLES_MAX_CONNECTION_AGE_GRACE_SECONDS. Default: ${DEFAULT-VALUE}.")
  int maxConnectionAgeGraceSeconds;

  @Option(names = "--handshake-timeout-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_HANDSHAKE_TIMEOUT_SECONDS:-10}",
      description = "Time a new connection gets to finish its TLS and HTTP/2 handshake. "
          + "Env: ARTICLES_HANDSHAKE_TIMEOUT_SECONDS. Default: ${DEFAULT-VALUE}.")
  int handshakeTimeoutSeconds;

  @Option(names = "--stream-deadline-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_STREAM_DEADLINE_SECONDS:-600}",
      description = "Deadline given to a server stream whose client set none; it then ends DEADLINE_EXCEEDED "
          + "and can be resumed from its last cursor. 0 means none. Env: ARTICLES_STREAM_DEADLINE_SECONDS. "
          + "Default: ${DEFAULT-VALUE}.")
  int streamDeadlineSeconds;

  @Option(names = "--handler-threads", paramLabel = "N", defaultValue = "${env:ARTICLES_HANDLER_THREADS:-16}",
      description = "Threads that run calls' handlers; more calls than that wait their turn in a queue, so load "
          + "cannot grow the thread count. 16 matches the database's pooled connections. 0 means grpc-java's "
          + "unbounded cached pool. Env: ARTICLES_HANDLER_THREADS. Default: ${DEFAULT-VALUE}.")
  int handlerThreads;

  String describe() {
    return "max-message-bytes=" + maxMessageBytes + " max-metadata-bytes=" + maxMetadataBytes
        + " max-concurrent-calls-per-connection=" + maxConcurrentCallsPerConnection
        + " permit-keepalive-seconds=" + permitKeepAliveSeconds + " max-connection-age-seconds="
        + maxConnectionAgeSeconds + " max-connection-age-grace-seconds=" + maxConnectionAgeGraceSeconds
        + " handshake-timeout-seconds=" + handshakeTimeoutSeconds + " stream-deadline-seconds="
        + streamDeadlineSeconds + " handler-threads=" + handlerThreads;
  }
}
