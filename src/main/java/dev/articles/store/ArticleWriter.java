package dev.articles.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Writes ingestion results. A batch commits as one transaction: each article is replaced whole, with its
 * facts, sources and entities, so a reader or a crash sees the old version or the new one, never a mix.
 * The same transaction records each change in the {@link ChangeLog} and keeps the replaced version as a
 * pre-image, for readers at an earlier snapshot.
 */
public final class ArticleWriter {
  private final Database db;
  /** Entity names this writer has stored, so each is merged once per process, not once per article. */
  private final java.util.Set<String> savedAliases = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public ArticleWriter(Database db) {
    this.db = db;
  }

  /**
   * A set of changes to commit together.
   *
   * @param upserts articles to insert or replace
   * @param deletes IDs of articles to delete, with their facts
   * @param files seed-file outcomes to record
   * @param removedFiles names of seed files that no longer exist
   */
  public record Batch(List<StoredArticle> upserts, List<String> deletes, List<SourceFileRecord> files,
                      List<String> removedFiles) {
    public Batch {
      upserts = List.copyOf(upserts);
      deletes = List.copyOf(deletes);
      files = List.copyOf(files);
      removedFiles = List.copyOf(removedFiles);
    }

    public boolean isEmpty() {
      return upserts.isEmpty() && deletes.isEmpty() && files.isEmpty() && removedFiles.isEmpty();
    }
  }

  /** Records entity names, so filters find an entity by any of them; existing rows are kept. */
  public void saveAliases(Map<String, String> idByAlias) {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      mergeAliases(c, new java.util.TreeMap<>(idByAlias));
      c.commit();
    } catch (SQLException e) {
      throw new StoreException("cannot save entity names", e);
    }
  }

  private static void mergeAliases(Connection c, java.util.SortedMap<String, String> idByAlias) throws SQLException {
    if (idByAlias.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement(
        "MERGE INTO entity_alias (alias_key, entity_id) KEY (alias_key, entity_id) VALUES (?, ?)")) {
      for (Map.Entry<String, String> alias : idByAlias.entrySet()) {
        p.setString(1, alias.getKey());
        p.setString(2, alias.getValue());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** How often a batch is retried after H2 picks it as a deadlock victim. */
  static final int DEADLOCK_RETRIES = 3;

  /**
   * Commits a batch atomically, retrying it if a concurrent batch's transaction deadlocks with it. Each
   * article change in it takes the next change number and an event in the change log, and the versions it
   * replaces or deletes are kept as pre-images, all in the same transaction.
   */
  public void apply(Batch batch) {
    if (batch.isEmpty()) {
      return;
    }
    ChangeLog changes = db.changes();
    // One change set at a time, so change numbers commit in order (see ChangeLog).
    changes.lockWrites();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          tryApply(batch, changes);
          break;
        } catch (StoreException e) {
          boolean deadlock = e.getCause() instanceof SQLException sql && "40001".equals(sql.getSQLState());
          if (!deadlock || attempt > DEADLOCK_RETRIES) {
            throw e;
          }
        }
      }
      changes.pruneIfDue();
    } finally {
      changes.unlockWrites();
    }
  }

  private void tryApply(Batch batch, ChangeLog changes) {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      try {
        // Shared rows first, in one global order, so concurrent batches never wait on each other in a cycle.
        java.util.TreeMap<String, String> aliases = new java.util.TreeMap<>();
        batch.upserts().forEach(a -> a.entityAliases().forEach((k, v) -> {
          if (!savedAliases.contains(k + "\u0000" + v)) {
            aliases.put(k, v);
          }
        }));
        mergeAliases(c, aliases);
        long seq = changes.head();
        long now = changes.nowMillis();
        try (PreparedStatement events = c.prepareStatement("INSERT INTO change_log (seq, article_id, kind, "
            + "content_digest, change_ms) VALUES (?, ?, ?, ?, ?)")) {
          for (String id : batch.deletes()) {
            if (supersede(c, id, seq + 1)) {
              event(events, ++seq, id, ChangeLog.Kind.DELETED, null, now);
            }
          }
          for (StoredArticle a : batch.upserts()) {
            boolean existed = supersede(c, a.id(), ++seq);
            insert(c, a, seq);
            event(events, seq, a.id(), existed ? ChangeLog.Kind.UPDATED : ChangeLog.Kind.CREATED,
                a.contentDigest(), now);
          }
          events.executeBatch();
        }
        if (seq != changes.head()) {
          try (PreparedStatement p = c.prepareStatement("UPDATE change_head SET last_seq = ? WHERE id = 1")) {
            p.setLong(1, seq);
            p.executeUpdate();
          }
        }
        for (String name : batch.removedFiles()) {
          update(c, "DELETE FROM source_file WHERE file_name = ?", name);
        }
        for (SourceFileRecord f : batch.files()) {
          recordFile(c, f);
        }
        changes.committing(seq);
        c.commit();
        changes.committed(seq);
        aliases.forEach((k, v) -> savedAliases.add(k + "\u0000" + v));
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write " + batch.upserts().size() + " article(s) to " + db.url() + ": "
          + StorageErrors.reason(e), e);
    }
  }

  private static void event(PreparedStatement p, long seq, String id, ChangeLog.Kind kind, String digest,
                            long millis) throws SQLException {
    p.setLong(1, seq);
    p.setString(2, id);
    p.setString(3, kind.name());
    p.setString(4, digest);
    p.setLong(5, millis);
    p.addBatch();
  }

  /**
   * Moves the stored version of an article, if there is one, to the history tables as superseded by change
   * {@code validTo}, and deletes it; returns whether there was one. A new article costs one statement.
   */
  private static boolean supersede(Connection c, String id, long validTo) throws SQLException {
    if (copy(c, "INSERT INTO article_history (id, valid_to, valid_from, source_file, content_digest, "
        + "published_date, language_code, basic_view, full_view) SELECT id, ?, seq, source_file, content_digest, "
        + "published_date, language_code, basic_view, full_view FROM article WHERE id = ?", validTo, id) == 0) {
      return false; // children exist only with their article: this writer adds and removes them together
    }
    copy(c, "INSERT INTO article_source_history (article_id, valid_to, source_key) "
        + "SELECT article_id, ?, source_key FROM article_source WHERE article_id = ?", validTo, id);
    copy(c, "INSERT INTO article_entity_history (article_id, valid_to, entity_id) "
        + "SELECT article_id, ?, entity_id FROM article_entity WHERE article_id = ?", validTo, id);
    copy(c, "INSERT INTO fact_history (article_id, ordinal, valid_to, valid_from, fact_id, kind, speaker_key, "
        + "entity_id, proto) SELECT article_id, ordinal, ?, seq, fact_id, kind, speaker_key, entity_id, proto "
        + "FROM fact WHERE article_id = ?", validTo, id);
    // Children first; there are no foreign keys to cascade (V4), this transaction keeps them whole.
    update(c, "DELETE FROM fact WHERE article_id = ?", id);
    update(c, "DELETE FROM article_source WHERE article_id = ?", id);
    update(c, "DELETE FROM article_entity WHERE article_id = ?", id);
    update(c, "DELETE FROM article WHERE id = ?", id);
    return true;
  }

  private static int copy(Connection c, String sql, long validTo, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, validTo);
      p.setString(2, id);
      return p.executeUpdate();
    }
  }

  private static void insert(Connection c, StoredArticle a, long seq) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO article (id, source_file, content_digest, "
        + "published_date, language_code, basic_view, full_view, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, a.id());
      p.setString(2, a.sourceFile());
      p.setString(3, a.contentDigest());
      p.setDate(4, a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()));
      p.setString(5, a.languageCode());
      p.setBytes(6, a.basicView());
      p.setBytes(7, a.fullView());
      p.setLong(8, seq);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO article_source (article_id, source_key) VALUES (?, ?)")) {
      for (String key : a.sourceKeys().stream().distinct().toList()) {
        p.setString(1, a.id());
        p.setString(2, key);
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO article_entity (article_id, entity_id) VALUES (?, ?)")) {
      for (String entity : a.entityIds().stream().distinct().toList()) {
        p.setString(1, a.id());
        p.setString(2, entity);
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO fact (article_id, ordinal, fact_id, kind, "
        + "speaker_key, entity_id, proto, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (StoredFact f : a.facts()) {
        p.setString(1, a.id());
        p.setInt(2, ordinal++);
        p.setString(3, f.factId());
        p.setString(4, f.kind());
        p.setString(5, f.speakerKey());
        p.setString(6, f.entityId());
        p.setBytes(7, f.proto());
        p.setLong(8, seq);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void recordFile(Connection c, SourceFileRecord f) throws SQLException {
    if (f.proto() == null) {
      // Same content, new stat: keep the recorded outcome, refresh what the cheap change check compares.
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE source_file SET size_bytes = ?, modified_ms = ? WHERE file_name = ?")) {
        p.setLong(1, f.sizeBytes());
        p.setLong(2, f.modifiedMillis());
        p.setString(3, f.fileName());
        p.executeUpdate();
      }
      return;
    }
    try (PreparedStatement p = c.prepareStatement("MERGE INTO source_file (file_name, article_id, refused, "
        + "content_digest, size_bytes, modified_ms, proto) KEY (file_name) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, f.fileName());
      p.setString(2, f.articleId());
      p.setBoolean(3, f.refused());
      p.setString(4, f.contentDigest());
      p.setLong(5, f.sizeBytes());
      p.setLong(6, f.modifiedMillis());
      p.setBytes(7, f.proto());
      p.executeUpdate();
    }
    update(c, "DELETE FROM source_file_reason WHERE file_name = ?", f.fileName());
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO source_file_reason (file_name, reason) VALUES (?, ?)")) {
      for (String reason : f.reasons().stream().distinct().toList()) {
        p.setString(1, f.fileName());
        p.setString(2, reason);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void update(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, arg);
      p.executeUpdate();
    }
  }
}
