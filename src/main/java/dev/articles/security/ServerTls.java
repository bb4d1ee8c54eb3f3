package dev.articles.security;

import io.grpc.ServerCredentials;
import io.grpc.TlsServerCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Server credentials from PEM files: TLS, and mutual TLS when a client CA is given. */
public final class ServerTls {
  private ServerTls() {}

  /**
   * TLS with {@code certChain} (PEM, leaf first) and {@code privateKey} (PEM, PKCS#8). With {@code clientCa},
   * every client must present a certificate signed by it.
   *
   * @throws IOException naming the file that is missing or unreadable
   */
  public static ServerCredentials credentials(Path certChain, Path privateKey, Path clientCa) throws IOException {
    readable(certChain, "--tls-cert");
    readable(privateKey, "--tls-key");
    TlsServerCredentials.Builder b = TlsServerCredentials.newBuilder();
    try {
      b.keyManager(certChain.toFile(), privateKey.toFile());
      if (clientCa != null) {
        readable(clientCa, "--tls-client-ca");
        b.trustManager(clientCa.toFile()).clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("cannot load the TLS files " + certChain + " / " + privateKey
          + (clientCa != null ? " / " + clientCa : "") + ": " + e.getMessage(), e);
    }
    return b.build();
  }

  private static void readable(Path file, String flag) throws IOException {
    if (!Files.isReadable(file)) {
      throw new IOException(flag + " " + file + " does not exist or is not readable");
    }
  }
}
