package dev.articles.pipeline;

import dev.articles.ingest.Issue;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.RefusedFileException;
import dev.articles.ingest.SeedFile;
import dev.articles.ingest.SeedParser;
import dev.articles.ingest.SeedReader;
import dev.articles.store.ArticleWriter;
import dev.articles.store.Database;
import dev.articles.store.SourceFileReads;
import dev.articles.store.SourceFileRecord;
import dev.articles.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Brings the database in line with a seeds folder: new and changed files are parsed and stored, deleted
 * files' articles removed, unchanged files skipped.
 *
 * <p>A file is unchanged when its size and modification time match the last read; only then is it skipped
 * without reading. Files are parsed in parallel, outside any transaction, and written in batches, each
 * batch one transaction. A refused file is recorded with its error and never stops the others; if an
 * earlier version of it was ingested, that version stays served.
 */
public final class SeedIngestor {
  private static final Logger log = Logger.getLogger(SeedIngestor.class.getName());

  private final Database db;
  private final SeedReader reader;
  private final ArticleWriter writer;
  private final SourceFileReads files;
  private final int threads;
  private final int batchSize;
  private final List<CommitListener> listeners;
  private final Clock clock;

  public SeedIngestor(Database db, SeedReader reader, int threads, int batchSize,
                      List<CommitListener> listeners, Clock clock) {
    this.db = db;
    this.reader = reader;
    this.writer = new ArticleWriter(db);
    this.files = new SourceFileReads(db);
    this.threads = threads;
    this.batchSize = batchSize;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /** Syncs the database with every {@code *.txt} file directly in {@code dir}. */
  public IngestReport sync(Path dir) throws IOException {
    Instant start = clock.instant();
    List<Path> listing = listSeeds(dir);
    Map<String, SourceFileRecord> known = files.all();
    boolean force = !PipelineVersion.isCurrent(db);

    Set<String> present = listing.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    List<String> deletedIds = new ArrayList<>();
    List<String> removedFiles = new ArrayList<>();
    for (SourceFileRecord k : known.values()) {
      if (!present.contains(k.fileName())) {
        removedFiles.add(k.fileName());
        if (k.articleId() != null) {
          deletedIds.add(k.articleId());
        }
      }
    }

    Counts counts = new Counts(listing.size());
    Progress progress = new Progress(listing.size(), clock);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ingest-parser");
      t.setDaemon(true);
      return t;
    });
    BatchWriter writes = new BatchWriter(1);
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      Pending pending = new Pending();
      for (Path file : listing) {
        SourceFileRecord previous = known.get(file.getFileName().toString());
        Stat stat = stat(file);
        if (stat == null) {
          continue; // vanished since the listing: the next pass sees it gone
        }
        if (!force && previous != null && previous.sizeBytes() == stat.size && previous.modifiedMillis() == stat.millis) {
          counts.unchanged++;
          progress.step();
          continue;
        }
        inFlight.add(pool.submit(() -> process(file, stat, previous, force)));
        // Bound the work held in memory: a few batches of parsed articles at most.
        while (inFlight.size() >= batchSize * 2) {
          collect(inFlight.poll(), pending, counts, progress);
          if (pending.size() >= batchSize) {
            writes.submit(pending.take());
          }
        }
      }
      while (!inFlight.isEmpty()) {
        collect(inFlight.poll(), pending, counts, progress);
        if (pending.size() >= batchSize) {
          writes.submit(pending.take());
        }
      }
      writes.submit(pending.take());
      writes.awaitAll();
      // Deletions go last, after every write of this pass has landed.
      pending.deletes.addAll(deletedIds);
      pending.removedFiles.addAll(removedFiles);
      commit(pending.take());
      counts.deleted = deletedIds.size();
    } finally {
      pool.shutdownNow();
      writes.shutdown();
    }
    PipelineVersion.markCurrent(db);
    listeners.forEach(CommitListener::synced);
    IngestReport report = new IngestReport(listing.size(), counts.added, counts.updated, counts.unchanged,
        counts.deleted, counts.refused, Duration.between(start, clock.instant()));
    log.info(report.summary());
    return report;
  }

  /**
   * Applies the current state of some files of {@code dir}, each in its own transaction, for the live reload:
   * a present file is read and stored when its digest changed, or refused with its reason recorded; a
   * missing one's article and record are removed. Files are read whatever their stat says (a rewrite within
   * the same millisecond keeps it), and the digest skips unchanged content.
   *
   * @return the names of files that changed while being read, to apply again once they settle
   */
  public Set<String> apply(Path dir, Collection<String> fileNames) {
    Set<String> unsettled = new TreeSet<>();
    boolean committed = false;
    for (String name : fileNames) {
      Path file = dir.resolve(name);
      SourceFileRecord previous = files.record(name).orElse(null);
      Stat before = Files.isRegularFile(file) ? stat(file) : null;
      if (before == null) {
        if (previous != null) {
          List<String> gone = previous.articleId() == null ? List.of() : List.of(previous.articleId());
          commit(new ArticleWriter.Batch(List.of(), gone, List.of(), List.of(name)));
          committed = true;
          log.info("live reload: " + name + " deleted"
              + (gone.isEmpty() ? "" : ", articles/" + gone.get(0) + " removed"));
        }
        continue;
      }
      Outcome o = process(file, before, previous, false);
      if (!before.equals(stat(file))) {
        unsettled.add(name); // still being written: what was read may be a part of it
        continue;
      }
      commit(new ArticleWriter.Batch(o.article() == null ? List.of() : List.of(o.article()), List.of(),
          List.of(o.file()), List.of()));
      committed = true;
      if (o.article() != null) {
        log.info("live reload: " + name + (o.isNew() ? " added" : " changed") + ", articles/" + o.article().id());
      }
    }
    if (committed) {
      listeners.forEach(CommitListener::synced);
    }
    return unsettled;
  }

  private static List<Path> listSeeds(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "the seeds folder does not exist or is not a folder");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(SeedFile.SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private record Stat(long size, long millis) {}

  private static Stat stat(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stat(a.size(), a.lastModifiedTime().toMillis());
    } catch (IOException e) {
      return null;
    }
  }

  /** What parsing one file produced. */
  private record Outcome(StoredArticle article, SourceFileRecord file, boolean isNew, Issue refusal) {}

  private Outcome process(Path path, Stat stat, SourceFileRecord previous, boolean force) {
    String name = path.getFileName().toString();
    Instant now = clock.instant();
    String previousArticle = previous == null ? null : previous.articleId();
    SeedFile seed = null;
    try {
      seed = reader.read(path);
      if (!force && previous != null && seed.digest().equals(previous.contentDigest())) {
        return new Outcome(null, new SourceFileRecord(name, previousArticle, previous.refused(),
            previous.contentDigest(), stat.size, stat.millis, null, null), false, null);
      }
      ParsedArticle parsed = SeedParser.parse(seed);
      StoredArticle article = ArticleAssembler.assemble(seed, parsed, now);
      for (CommitListener l : listeners) {
        l.prepared(article);
      }
      byte[] record = SourceFiles.ingested(seed, parsed, now).toByteArray();
      List<String> reasons = parsed.warnings().stream().map(Issue::reason).toList();
      return new Outcome(article, new SourceFileRecord(name, seed.articleId(), false, seed.digest(), stat.size,
          stat.millis, record, reasons), previousArticle == null, null);
    } catch (RefusedFileException e) {
      return refused(name, seed, stat, previousArticle, e.issue(), now);
    } catch (RuntimeException e) {
      // A parser bug must cost one file, not the whole pass.
      log.log(Level.SEVERE, name + ": unexpected error while parsing", e);
      Issue issue = Issue.error(name, "PARSE_FAILED", "unexpected error while parsing: " + e, Map.of());
      return refused(name, seed, stat, previousArticle, issue, now);
    }
  }

  private Outcome refused(String name, SeedFile seed, Stat stat, String previousArticle, Issue issue, Instant now) {
    log.warning("refused " + issue.message() + " [" + issue.reason() + "]");
    for (CommitListener l : listeners) {
      l.refused(issue);
    }
    String digest = seed == null ? null : seed.digest();
    byte[] record = SourceFiles.refused(name, digest, stat.size, previousArticle, issue, now).toByteArray();
    return new Outcome(null, new SourceFileRecord(name, previousArticle, true, digest, stat.size, stat.millis,
        record, List.of(issue.reason())), false, issue);
  }

  private static void collect(Future<Outcome> future, Pending pending, Counts counts, Progress progress) {
    Outcome o;
    try {
      o = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while ingesting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("ingest task failed", e.getCause());
    }
    progress.step();
    pending.files.add(o.file());
    if (o.article() != null) {
      pending.upserts.add(o.article());
      if (o.isNew()) {
        counts.added++;
      } else {
        counts.updated++;
      }
    } else if (o.refusal() != null) {
      counts.refused.add(o.refusal());
    } else {
      counts.unchanged++;
    }
  }

  private void commit(ArticleWriter.Batch batch) {
    if (batch.isEmpty()) {
      return;
    }
    writer.apply(batch);
    for (CommitListener l : listeners) {
      l.committed(batch.upserts(), batch.deletes());
    }
  }

  /**
   * Commits batches on a few writer threads, so database writes overlap parsing and each other (H2's
   * MVStore takes concurrent transactions); batches touch disjoint articles, so their order does not
   * matter. At most two batches per writer wait, which bounds the articles held in memory.
   */
  private final class BatchWriter {
    private final ExecutorService threads;
    private final java.util.concurrent.Semaphore slots;
    private final List<Future<?>> submitted = new ArrayList<>();

    BatchWriter(int writers) {
      this.threads = Executors.newFixedThreadPool(writers, r -> {
        Thread t = new Thread(r, "ingest-writer");
        t.setDaemon(true);
        return t;
      });
      this.slots = new java.util.concurrent.Semaphore(writers * 2);
    }

    void submit(ArticleWriter.Batch batch) {
      if (batch.isEmpty()) {
        return;
      }
      slots.acquireUninterruptibly();
      submitted.add(threads.submit(() -> {
        try {
          commit(batch);
        } finally {
          slots.release();
        }
      }));
    }

    /** Waits for every submitted batch; rethrows the first failure. */
    void awaitAll() {
      for (Future<?> f : submitted) {
        try {
          f.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
      submitted.clear();
    }

    void shutdown() {
      threads.shutdownNow();
    }
  }

  private static final class Pending {
    final List<StoredArticle> upserts = new ArrayList<>();
    final List<String> deletes = new ArrayList<>();
    final List<SourceFileRecord> files = new ArrayList<>();
    final List<String> removedFiles = new ArrayList<>();

    int size() {
      return files.size();
    }

    /** The pending changes as a batch; this is empty afterwards. */
    ArticleWriter.Batch take() {
      ArticleWriter.Batch batch = new ArticleWriter.Batch(upserts, deletes, files, removedFiles);
      upserts.clear();
      deletes.clear();
      files.clear();
      removedFiles.clear();
      return batch;
    }
  }

  private static final class Counts {
    final int files;
    int added;
    int updated;
    int unchanged;
    int deleted;
    final List<Issue> refused = new ArrayList<>();

    Counts(int files) {
      this.files = files;
    }
  }
}
