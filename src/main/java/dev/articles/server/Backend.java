package dev.articles.server;

import dev.articles.api.ArticleCache;
import dev.articles.api.ArticleService;
import dev.articles.api.WatchHub;
import dev.articles.facts.Gazetteer;
import dev.articles.ingest.SeedReader;
import dev.articles.pipeline.CommitListener;
import dev.articles.pipeline.SeedIngestor;
import dev.articles.search.SearchIndex;
import dev.articles.search.SearchIndexer;
import dev.articles.store.ArticleReads;
import dev.articles.store.ArticleWriter;
import dev.articles.store.Database;
import dev.articles.store.FactReads;
import dev.articles.store.SourceFileReads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Everything behind the gRPC services, wired once: the database, the search index and the ingestor. */
public final class Backend implements AutoCloseable {
  private static final Logger log = Logger.getLogger(Backend.class.getName());

  public final Database db;
  public final SearchIndex index;
  public final SearchIndexer indexer;
  public final SeedIngestor ingestor;
  public final ArticleCache cache;
  public final WatchHub watches;
  private final byte[] cursorKey;

  private Backend(Database db, SearchIndex index, SearchIndexer indexer, ArticleCache cache, SeedIngestor ingestor,
                  byte[] cursorKey, WatchHub watches) {
    this.db = db;
    this.watches = watches;
    this.index = index;
    this.indexer = indexer;
    this.cache = cache;
    this.ingestor = ingestor;
    this.cursorKey = cursorKey;
  }

  /** How to open a backend. */
  public record Settings(String dbUrl, Path indexFolder, long maxFileBytes, int parseThreads, int batchSize,
                         long cacheBytes, byte[] cursorKey) {}

  public static Backend open(Settings s) throws IOException {
    return open(s, List.of());
  }

  /** Opens a backend whose ingestor also tells {@code listeners} about each pass (metrics, for one). */
  public static Backend open(Settings s, List<CommitListener> listeners) throws IOException {
    Database db = Database.open(s.dbUrl(), 16);
    SearchIndex index;
    try {
      index = SearchIndex.open(s.indexFolder() != null ? s.indexFolder() : indexFolderFor(s.dbUrl()));
    } catch (IOException | RuntimeException e) {
      db.close();
      throw new IOException("cannot open the search index: " + e.getMessage(), e);
    }
    byte[] key = s.cursorKey() != null ? s.cursorKey() : db.secret("cursor_key", 32);
    new ArticleWriter(db).saveAliases(Gazetteer.standard().aliasTable());
    SearchIndexer indexer = new SearchIndexer(index);
    ArticleCache cache = new ArticleCache(new ArticleReads(db), s.cacheBytes());
    WatchHub watches = new WatchHub();
    SeedIngestor ingestor = new SeedIngestor(db, new SeedReader(s.maxFileBytes()), s.parseThreads(), s.batchSize(),
        Stream.concat(Stream.of(indexer, cache, watches), listeners.stream()).toList(), Clock.systemUTC());
    return new Backend(db, index, indexer, cache, ingestor, key, watches);
  }

  /**
   * Where the search index lives for a database URL: next to a file database ({@code ./data/articles} gets
   * {@code ./data/articles.lucene}), in memory for an in-memory or remote one, rebuilt from the database at
   * startup.
   */
  static Path indexFolderFor(String dbUrl) {
    String rest = dbUrl.substring("jdbc:h2:".length());
    int params = rest.indexOf(';');
    rest = params >= 0 ? rest.substring(0, params) : rest;
    String lower = rest.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
      return null;
    }
    rest = lower.startsWith("file:") ? rest.substring("file:".length()) : rest;
    if (rest.startsWith("~")) {
      rest = System.getProperty("user.home") + rest.substring(1);
    }
    return Path.of(rest + ".lucene");
  }

  /** The article service, ready to register. */
  public io.grpc.ServerServiceDefinition articleService() {
    return articleService(Integer.MAX_VALUE);
  }

  /** The article service, refusing requests over {@code maxRequestBytes} with an ErrorInfo. */
  public io.grpc.ServerServiceDefinition articleService(int maxRequestBytes) {
    return new ArticleService(new ArticleReads(db), cache, new FactReads(db), new SourceFileReads(db), index,
        cursorKey, db.changes(), watches).definition(maxRequestBytes);
  }

  /** Brings the search index in line with the database, after a crash or a copied database. */
  public void reconcileIndex() throws IOException {
    indexer.reconcile(new ArticleReads(db), new FactReads(db));
  }

  @Override
  public void close() {
    watches.close();
    try {
      index.close();
    } catch (IOException e) {
      log.warning("closing the search index: " + e.getMessage());
    }
    db.close();
  }
}
