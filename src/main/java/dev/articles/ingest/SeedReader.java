package dev.articles.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Reads a seed file's bytes under a size limit and computes their SHA-256. */
public final class SeedReader {
  /** The default largest file accepted: 5 MiB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final long maxBytes;

  public SeedReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reads one file, or refuses it with a specific reason. */
  public SeedFile read(Path file) throws RefusedFileException {
    String name = file.getFileName().toString();
    String id = SeedFile.articleIdOf(name);
    if (id == null) {
      throw new RefusedFileException(name, "INVALID_FILE_NAME",
          "the name without .txt must match " + SeedFile.ARTICLE_ID.pattern(), Map.of("file", name));
    }
    byte[] bytes = readBounded(file, name);
    return new SeedFile(name, id, bytes, sha256(bytes));
  }

  private byte[] readBounded(Path file, String name) throws RefusedFileException {
    try (InputStream in = Files.newInputStream(file)) {
      // Read one byte past the limit, so a file that grows while we read is still caught.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(name);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new RefusedFileException(Issue.error(name, "FILE_VANISHED",
          "the file disappeared before it could be read", Map.of("file", name)), e);
    } catch (AccessDeniedException e) {
      throw new RefusedFileException(Issue.error(name, "FILE_UNREADABLE",
          "permission denied", Map.of("file", name)), e);
    } catch (IOException e) {
      throw new RefusedFileException(Issue.error(name, "FILE_UNREADABLE",
          "read failed: " + e.getMessage(), Map.of("file", name)), e);
    }
  }

  private RefusedFileException tooLarge(String name) {
    return new RefusedFileException(name, "FILE_TOO_LARGE",
        "larger than the limit of " + maxBytes + " bytes", Map.of("limit_bytes", Long.toString(maxBytes)));
  }

  /** The lowercase hex SHA-256 of some bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
