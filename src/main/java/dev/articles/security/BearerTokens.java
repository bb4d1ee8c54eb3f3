package dev.articles.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bearer tokens a client may present. Several may be valid at once, so a token can be rotated without
 * downtime: add the new one, move the clients, remove the old one.
 *
 * <p>Tokens are kept only as SHA-256 digests and a presented token is compared with every one of them, in
 * time that depends on neither the token's content nor which one matched.
 */
public final class BearerTokens {
  private static final int MIN_LENGTH = 16;
  private final List<byte[]> digests;

  private BearerTokens(List<byte[]> digests) {
    this.digests = List.copyOf(digests);
  }

  /**
   * Reads tokens from a file, one per line; blank lines and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the file and line when a token is too short or the file has none
   */
  public static BearerTokens fromFile(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        check(line, file + " line " + (i + 1));
        tokens.add(line);
      }
    }
    return of(tokens, file.toString());
  }

  /** Reads comma-separated tokens from an environment variable's value. */
  public static BearerTokens fromValue(String value, String origin) {
    List<String> tokens = new ArrayList<>();
    for (String t : value.split(",")) {
      String token = t.strip();
      if (!token.isEmpty()) {
        check(token, origin);
        tokens.add(token);
      }
    }
    return of(tokens, origin);
  }

  /** The tokens of both sources together; either may be null. */
  public static BearerTokens union(BearerTokens a, BearerTokens b) {
    List<byte[]> all = new ArrayList<>();
    if (a != null) {
      all.addAll(a.digests);
    }
    if (b != null) {
      all.addAll(b.digests);
    }
    return new BearerTokens(all);
  }

  private static BearerTokens of(List<String> tokens, String origin) {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(origin + " holds no bearer token");
    }
    return new BearerTokens(tokens.stream().map(BearerTokens::sha256).toList());
  }

  private static void check(String token, String where) {
    if (token.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a bearer token in " + where + " is shorter than " + MIN_LENGTH
          + " characters");
    }
    if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("a bearer token in " + where + " has characters outside printable ASCII");
    }
  }

  /** How many tokens are accepted. */
  public int size() {
    return digests.size();
  }

  /** Whether {@code presented} is one of the tokens, compared in constant time against all of them. */
  public boolean accepts(String presented) {
    byte[] digest = sha256(presented);
    boolean match = false;
    for (byte[] d : digests) {
      match |= MessageDigest.isEqual(d, digest);
    }
    return match;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
