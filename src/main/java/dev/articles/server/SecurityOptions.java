package dev.articles.server;

import dev.articles.security.BearerTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * TLS, bearer tokens, reflection and the cursor key. Tokens themselves are never flags, because flags show in
 * {@code ps}: they come from a file, or from the {@code ARTICLES_AUTH_TOKENS} environment variable.
 */
final class SecurityOptions {
  static final String TOKENS_ENV = "ARTICLES_AUTH_TOKENS";

  @Option(names = "--tls-cert", paramLabel = "PEM", defaultValue = "${env:ARTICLES_TLS_CERT}",
      description = "Serve TLS with this certificate chain (PEM, leaf first); needs --tls-key. "
          + "Env: ARTICLES_TLS_CERT. Default: plaintext.")
  Path tlsCert;

  @Option(names = "--tls-key", paramLabel = "PEM", defaultValue = "${env:ARTICLES_TLS_KEY}",
      description = "The private key of --tls-cert (PEM, PKCS#8). Env: ARTICLES_TLS_KEY.")
  Path tlsKey;

  @Option(names = "--tls-client-ca", paramLabel = "PEM", defaultValue = "${env:ARTICLES_TLS_CLIENT_CA}",
      description = "Require mutual TLS: clients must present a certificate signed by these CAs. "
          + "Env: ARTICLES_TLS_CLIENT_CA. Default: no client certificates.")
  Path tlsClientCa;

  @Option(names = "--auth-token-file", paramLabel = "FILE", defaultValue = "${env:ARTICLES_AUTH_TOKEN_FILE}",
      description = "Require 'authorization: Bearer <token>' on every call but health, with the tokens in FILE, "
          + "one per line (16+ printable ASCII characters). Tokens may also come from the comma-separated "
          + TOKENS_ENV + " variable. Env: ARTICLES_AUTH_TOKEN_FILE. Default: no authentication.")
  Path authTokenFile;

  @Option(names = "--reflection", negatable = true, defaultValue = "${env:ARTICLES_REFLECTION:-true}",
      fallbackValue = "true",
      description = "Serve gRPC server reflection, which grpcurl and buf curl use; --no-reflection turns it "
          + "off. Env: ARTICLES_REFLECTION. Default: ${DEFAULT-VALUE}.")
  boolean reflection;

  @Option(names = "--cursor-key-file", paramLabel = "FILE", defaultValue = "${env:ARTICLES_CURSOR_KEY_FILE}",
      description = "Secret (32+ bytes) that signs page tokens and cursors. Give every replica behind one load "
          + "balancer the same file so a token from one is valid on all. Env: ARTICLES_CURSOR_KEY_FILE. "
          + "Default: a random key kept in the database.")
  Path cursorKeyFile;

  /** The accepted tokens, or null when authentication is off. */
  BearerTokens tokens() throws IOException {
    BearerTokens fromFile = authTokenFile == null ? null : BearerTokens.fromFile(authTokenFile);
    String env = System.getenv(TOKENS_ENV);
    BearerTokens fromEnv = env == null || env.isBlank() ? null : BearerTokens.fromValue(env, TOKENS_ENV);
    return fromFile == null && fromEnv == null ? null : BearerTokens.union(fromFile, fromEnv);
  }

  /** The cursor key from --cursor-key-file, or null for the database's own. */
  byte[] cursorKey() throws IOException {
    if (cursorKeyFile == null) {
      return null;
    }
    byte[] key = Files.readAllBytes(cursorKeyFile);
    if (key.length < 32) {
      throw new IOException("--cursor-key-file " + cursorKeyFile + " holds " + key.length
          + " bytes; a cursor key needs at least 32");
    }
    return key;
  }

  boolean tls() {
    return tlsCert != null || tlsKey != null;
  }

  String describe() {
    return "tls=" + (tls() ? (tlsClientCa != null ? "mutual" : "on") : "off")
        + " auth=" + (authTokenFile != null ? "token-file " + authTokenFile
            : System.getenv(TOKENS_ENV) != null ? "tokens from " + TOKENS_ENV : "off")
        + " reflection=" + reflection + " cursor-key=" + (cursorKeyFile != null ? cursorKeyFile : "(database)");
  }
}
