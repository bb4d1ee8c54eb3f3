package dev.articles.pipeline;

import dev.articles.ingest.Issue;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.SeedFile;
import dev.articles.v1.SourceFile;
import java.time.Instant;

/** Builds the {@code SourceFile} messages that record each seed file's outcome. */
final class SourceFiles {
  private SourceFiles() {}

  static SourceFile ingested(SeedFile seed, ParsedArticle parsed, Instant now) {
    SourceFile.Builder f = SourceFile.newBuilder()
        .setName("sourceFiles/" + seed.fileName())
        .setState(SourceFile.State.STATE_INGESTED)
        .setArticle("articles/" + seed.articleId())
        .setContentDigest(seed.digest())
        .setSizeBytes(seed.bytes().length)
        .setCheckTime(Protos.timestamp(now));
    parsed.warnings().forEach(w -> f.addIssues(Protos.issue(w)));
    return f.build();
  }

  static SourceFile refused(String fileName, String digest, long size, String previousArticle, Issue error,
                            Instant now) {
    return SourceFile.newBuilder()
        .setName("sourceFiles/" + fileName)
        .setState(SourceFile.State.STATE_REFUSED)
        .setArticle(previousArticle == null ? "" : "articles/" + previousArticle)
        .setContentDigest(digest == null ? "" : digest)
        .setSizeBytes(size)
        .setCheckTime(Protos.timestamp(now))
        .addIssues(Protos.issue(error))
        .build();
  }
}
