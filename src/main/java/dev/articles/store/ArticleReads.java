package dev.articles.store;

import dev.articles.query.Filter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads articles: by ID, by IDs, and in keyset pages. Each call borrows a connection and returns it. */
public final class ArticleReads {
  private final Database db;

  public ArticleReads(Database db) {
    this.db = db;
  }

  /** An article ID and one serialized view of it. */
  public record Row(String id, byte[] view) {}

  /** One serialized view of an article, if it exists. */
  public Optional<byte[]> find(String id, boolean full) {
    String sql = "SELECT " + column(full) + " FROM article WHERE id = ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id, e);
    }
  }

  /** The serialized views of whichever of {@code ids} exist, by ID; read in one statement, so consistent. */
  public Map<String, byte[]> findAll(Collection<String> ids, boolean full) {
    List<String> distinct = ids.stream().distinct().toList();
    Map<String, byte[]> found = new HashMap<>();
    if (distinct.isEmpty()) {
      return found;
    }
    String placeholders = String.join(", ", java.util.Collections.nCopies(distinct.size(), "?"));
    String sql = "SELECT id, " + column(full) + " FROM article WHERE id IN (" + placeholders + ")";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < distinct.size(); i++) {
        p.setString(i + 1, distinct.get(i));
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getBytes(2));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + distinct.size() + " articles", e);
    }
  }

  /** Up to {@code limit} articles matching {@code filter} with IDs after {@code afterId}, in ID order, as now. */
  public List<Row> page(Filter filter, String afterId, int limit, boolean full) {
    return query("SELECT a.id, a." + column(full) + " FROM article a WHERE a.id > ? AND ", SqlFilter.articles(filter),
        afterId, List.of(), limit);
  }

  /**
   * Up to {@code limit} articles matching {@code filter} with IDs after {@code afterId}, in ID order, as they
   * stood at change {@code snapshot}: current rows written at or before it, and superseded versions that
   * were current then. The caller checks afterwards that the snapshot was not pruned meanwhile.
   */
  public List<Row> page(Filter filter, String afterId, int limit, boolean full, long snapshot) {
    List<Row> current = query("SELECT a.id, a." + column(full) + " FROM article a WHERE a.id > ? AND a.seq <= ? AND ",
        SqlFilter.articles(filter), afterId, List.of(snapshot), limit);
    if (!db.changes().changedSince(snapshot)) {
      return current; // nothing was superseded since the snapshot: the history tables hold nothing for it
    }
    List<Row> history = query("SELECT a.id, a." + column(full) + " FROM article_history a WHERE a.id > ? "
        + "AND a.valid_from <= ? AND a.valid_to > ? AND ", SqlFilter.articleHistory(filter), afterId,
        List.of(snapshot, snapshot), limit);
    return SnapshotMerge.merge(current, history, limit, Row::id);
  }

  private List<Row> query(String select, SqlFilter.Sql where, String afterId, List<Long> seqs, int limit) {
    String sql = select + where.condition() + " ORDER BY a.id LIMIT ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      p.setString(i++, afterId);
      for (long seq : seqs) {
        p.setLong(i++, seq);
      }
      for (Object param : where.params()) {
        p.setObject(i++, param);
      }
      p.setInt(i, limit);
      List<Row> rows = new ArrayList<>(Math.min(limit, 1024));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getString(1), rs.getBytes(2)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("cannot list articles", e);
    }
  }

  /** Whether an article existed at change {@code snapshot}. */
  public boolean existsAt(String id, long snapshot) {
    if (exists("SELECT 1 FROM article WHERE id = ? AND seq <= ?", id, snapshot)) {
      return true;
    }
    return db.changes().changedSince(snapshot) && exists(
        "SELECT 1 FROM article_history WHERE id = ? AND valid_from <= ? AND valid_to > ?", id, snapshot, snapshot);
  }

  private boolean exists(String sql, String id, long... seqs) {
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      for (int i = 0; i < seqs.length; i++) {
        p.setLong(i + 2, seqs[i]);
      }
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id, e);
    }
  }

  /** Whether an article exists. */
  public boolean exists(String id) {
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read article " + id, e);
    }
  }

  /** Every article's content digest, by ID. */
  public Map<String, String> digests() {
    Map<String, String> out = new HashMap<>();
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT id, content_digest FROM article");
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read article digests", e);
    }
  }

  /** For each entity an article mentions, every normalized name it is known by. */
  public Map<String, List<String>> entityKeys(String id) {
    String sql = "SELECT e.entity_id, x.alias_key FROM article_entity e LEFT JOIN entity_alias x "
        + "ON x.entity_id = e.entity_id WHERE e.article_id = ?";
    Map<String, List<String>> out = new HashMap<>();
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          List<String> keys = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
          if (rs.getString(2) != null) {
            keys.add(rs.getString(2));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read entities of article " + id, e);
    }
  }

  /** The number of stored articles. */
  public long count() {
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM article");
         ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot count articles", e);
    }
  }

  private static String column(boolean full) {
    return full ? "full_view" : "basic_view";
  }
}
