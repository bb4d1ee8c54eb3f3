package dev.articles.server;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The flags of the request log and the metrics endpoint, mixed into {@link ServeOptions}. */
final class TelemetryOptions {
  @Option(names = "--request-log", negatable = true, fallbackValue = "true",
      defaultValue = "${env:ARTICLES_REQUEST_LOG:-true}",
      description = "Log one line per RPC: method, status code, latency, peer, messages and bytes. "
          + "Env: ARTICLES_REQUEST_LOG. Default: ${DEFAULT-VALUE}.")
  boolean requestLog;

  @Option(names = "--metrics-port", paramLabel = "PORT", converter = MetricsPort.class,
      defaultValue = "${env:ARTICLES_METRICS_PORT:-9464}",
      description = "Port of the Prometheus metrics endpoint (/metrics), on the --host address; 0 picks a free "
          + "one and prints it, -1 turns metrics off. Env: ARTICLES_METRICS_PORT. Default: ${DEFAULT-VALUE}.")
  int metricsPort;

  String describe() {
    return " request-log=" + requestLog + " metrics-port=" + metricsPort;
  }

  /** A port, 0 or -1; anything else is a bad flag (usage, exit 2). */
  static final class MetricsPort implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int port;
      try {
        port = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a port number");
      }
      if (port < -1 || port > 65535) {
        throw new TypeConversionException(port + " is not a port: use 1-65535, 0 for any free port, -1 for off");
      }
      return port;
    }
  }
}
