package dev.articles.server;

import dev.articles.ingest.SeedReader;
import dev.articles.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the articles come from and where they are kept: the flags {@code serve} and {@code ingest} share. */
final class StoreOptions {
  @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "${env:ARTICLES_SEEDS:-seeds}",
      description = "Folder of *.txt seed files to ingest. Env: ARTICLES_SEEDS. Default: ${DEFAULT-VALUE}.")
  Path seeds;

  @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:ARTICLES_DB:-" + Database.DEFAULT_URL + "}",
      description = "H2 JDBC URL, such as jdbc:h2:mem:x;DB_CLOSE_DELAY=-1. Env: ARTICLES_DB. Default: ${DEFAULT-VALUE}.")
  String db;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:ARTICLES_INDEX}",
      description = "Folder of the search index. Env: ARTICLES_INDEX. Default: next to a file database "
          + "(<db path>.lucene); in memory, rebuilt at startup, for an in-memory or remote one.")
  Path index;

  @Option(names = "--max-file-bytes", paramLabel = "BYTES",
      defaultValue = "${env:ARTICLES_MAX_FILE_BYTES:-" + SeedReader.DEFAULT_MAX_BYTES + "}",
      description = "Largest seed file accepted. Env: ARTICLES_MAX_FILE_BYTES. Default: ${DEFAULT-VALUE}.")
  long maxFileBytes;

  /** The settings to open a backend with, given the cache size and cursor key that only serving needs. */
  Backend.Settings settings(long cacheBytes, byte[] cursorKey) {
    return new Backend.Settings(db, index, maxFileBytes, Runtime.getRuntime().availableProcessors(), 256,
        cacheBytes, cursorKey);
  }

  String describe() {
    return "seeds=" + seeds.toAbsolutePath().normalize() + " db=" + db + " index=" + (index == null ? "(derived)" : index)
        + " max-file-bytes=" + maxFileBytes;
  }
}
