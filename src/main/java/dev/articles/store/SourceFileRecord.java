package dev.articles.store;

/**
 * The stored outcome of one seed file, and the stat that the cheap change check compares.
 *
 * @param fileName the seed file's name
 * @param articleId the article it holds, or null when it was refused and never ingested
 * @param refused whether the last read refused it
 * @param contentDigest the digest of the bytes last read, or null when they could not be read
 * @param sizeBytes the file size at the last read
 * @param modifiedMillis the modification time at the last read
 * @param proto the serialized {@code SourceFile} message; null in a write means "same content, new stat"
 * @param reasons the ErrorInfo reasons of the file's issues
 */
public record SourceFileRecord(
    String fileName,
    String articleId,
    boolean refused,
    String contentDigest,
    long sizeBytes,
    long modifiedMillis,
    byte[] proto,
    java.util.List<String> reasons) {

  public SourceFileRecord {
    reasons = reasons == null ? java.util.List.of() : java.util.List.copyOf(reasons);
  }
}
