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

  /** Commits a batch atomically, retrying it if a concurrent batch's transaction deadlocks with it. */
  public void apply(Batch batch) {
    if (batch.isEmpty()) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        tryApply(batch);
        return;
      } catch (StoreException e) {
        boolean deadlock = e.getCause() instanceof SQLException sql && "40001".equals(sql.getSQLState());
        if (!deadlock || attempt > DEADLOCK_RETRIES) {
          throw e;
        }
      }
    }
  }

  private void tryApply(Batch batch) {
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
        for (String id : batch.deletes()) {
          delete(c, id);
        }
        for (StoredArticle a : batch.upserts()) {
          replace(c, a);
        }
        for (String name : batch.removedFiles()) {
          update(c, "DELETE FROM source_file WHERE file_name = ?", name);
        }
        for (SourceFileRecord f : batch.files()) {
          recordFile(c, f);
        }
        c.commit();
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

  private static void delete(Connection c, String id) throws SQLException {
    // Children first; there are no foreign keys to cascade (V4), this transaction keeps them whole.
    update(c, "DELETE FROM fact WHERE article_id = ?", id);
    update(c, "DELETE FROM article_source WHERE article_id = ?", id);
    update(c, "DELETE FROM article_entity WHERE article_id = ?", id);
    update(c, "DELETE FROM article WHERE id = ?", id);
  }

  private static void replace(Connection c, StoredArticle a) throws SQLException {
    delete(c, a.id());
    try (PreparedStatement p = c.prepareStatement("INSERT INTO article (id, source_file, content_digest, "
        + "published_date, language_code, basic_view, full_view) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, a.id());
      p.setString(2, a.sourceFile());
      p.setString(3, a.contentDigest());
      p.setDate(4, a.publishedDate() == null ? null : Date.valueOf(a.publishedDate()));
      p.setString(5, a.languageCode());
      p.setBytes(6, a.basicView());
      p.setBytes(7, a.fullView());
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
        + "speaker_key, entity_id, proto) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int ordinal = 0;
      for (StoredFact f : a.facts()) {
        p.setString(1, a.id());
        p.setInt(2, ordinal++);
        p.setString(3, f.factId());
        p.setString(4, f.kind());
        p.setString(5, f.speakerKey());
        p.setString(6, f.entityId());
        p.setBytes(7, f.proto());
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
