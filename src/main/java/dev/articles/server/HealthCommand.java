package dev.articles.server;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code health}: ask a running server's gRPC health service whether it is SERVING, the probe a container's
 * HEALTHCHECK runs, so the image needs no extra binary.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
    description = "Check a running server's gRPC health. Prints the status; exits 0 when SERVING, 1 otherwise.")
final class HealthCommand implements Callable<Integer> {
  @Option(names = "--address", paramLabel = "HOST:PORT",
      defaultValue = "${env:ARTICLES_HEALTH_ADDRESS:-127.0.0.1:${env:ARTICLES_PORT:-50051}}",
      description = "Server to ask. Env: ARTICLES_HEALTH_ADDRESS. Default: ${DEFAULT-VALUE}.")
  String address;

  @Option(names = "--service", paramLabel = "NAME", defaultValue = "${env:ARTICLES_HEALTH_SERVICE:-}",
      description = "Service to ask about; empty means the whole server. Env: ARTICLES_HEALTH_SERVICE.")
  String service;

  @Option(names = "--timeout-seconds", paramLabel = "SECONDS",
      defaultValue = "${env:ARTICLES_HEALTH_TIMEOUT_SECONDS:-5}",
      description = "Deadline of the check. Env: ARTICLES_HEALTH_TIMEOUT_SECONDS. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds;

  @Option(names = "--tls-ca", paramLabel = "PEM", defaultValue = "${env:ARTICLES_HEALTH_TLS_CA}",
      description = "Speak TLS, trusting these CA certificates (or the server's own certificate). "
          + "Env: ARTICLES_HEALTH_TLS_CA. Default: plaintext.")
  Path tlsCa;

  @Option(names = "--tls-authority", paramLabel = "NAME", defaultValue = "${env:ARTICLES_HEALTH_TLS_AUTHORITY}",
      description = "Host name the server's certificate must carry, when it differs from the address's. "
          + "Env: ARTICLES_HEALTH_TLS_AUTHORITY.")
  String tlsAuthority;

  @Option(names = "--tls-client-cert", paramLabel = "PEM", defaultValue = "${env:ARTICLES_HEALTH_TLS_CLIENT_CERT}",
      description = "Client certificate chain, for a server that requires mutual TLS. "
          + "Env: ARTICLES_HEALTH_TLS_CLIENT_CERT.")
  Path clientCert;

  @Option(names = "--tls-client-key", paramLabel = "PEM", defaultValue = "${env:ARTICLES_HEALTH_TLS_CLIENT_KEY}",
      description = "The private key of --tls-client-cert (PKCS#8). Env: ARTICLES_HEALTH_TLS_CLIENT_KEY.")
  Path clientKey;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    ManagedChannelBuilder<?> b = Grpc.newChannelBuilder(address, credentials());
    if (tlsAuthority != null) {
      b.overrideAuthority(tlsAuthority);
    }
    ManagedChannel channel = b.build();
    try {
      HealthCheckResponse r = HealthGrpc.newBlockingStub(channel)
          .withDeadlineAfter(timeoutSeconds, TimeUnit.SECONDS)
          .check(HealthCheckRequest.newBuilder().setService(service).build());
      out.println(r.getStatus());
      return r.getStatus() == HealthCheckResponse.ServingStatus.SERVING ? 0 : 1;
    } catch (StatusRuntimeException e) {
      out.println("UNREACHABLE " + address + ": " + e.getStatus().getCode()
          + (e.getStatus().getDescription() != null ? " " + e.getStatus().getDescription() : ""));
      return 1;
    } finally {
      out.flush();
      channel.shutdownNow().awaitTermination(2, TimeUnit.SECONDS);
    }
  }

  private ChannelCredentials credentials() throws IOException {
    if (tlsCa == null) {
      return InsecureChannelCredentials.create();
    }
    TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder().trustManager(tlsCa.toFile());
    if (clientCert != null || clientKey != null) {
      if (clientCert == null || clientKey == null) {
        throw new IOException("mutual TLS needs both --tls-client-cert and --tls-client-key");
      }
      tls.keyManager(clientCert.toFile(), clientKey.toFile());
    }
    return tls.build();
  }
}
