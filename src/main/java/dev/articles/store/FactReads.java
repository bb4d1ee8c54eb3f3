package dev.articles.store;

import dev.articles.query.Filter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads facts: by name, and in keyset pages over one article or all of them. */
public final class FactReads {
  private final Database db;

  public FactReads(Database db) {
    this.db = db;
  }

  /** A fact's position, which is also its list order: the article ID, then the ordinal within it. */
  public record Key(String articleId, int ordinal) implements Comparable<Key> {
    /** The position before every fact. */
    public static final Key START = new Key("", -1);

    @Override
    public int compareTo(Key o) {
      int c = articleId.compareTo(o.articleId);
      return c != 0 ? c : Integer.compare(ordinal, o.ordinal);
    }
  }

  /** A fact's position and its serialized message. */
  public record Row(Key key, byte[] proto) {}

  /** One serialized fact, if it exists. */
  public Optional<byte[]> find(String articleId, String factId) {
    String sql = "SELECT proto FROM fact WHERE article_id = ? AND fact_id = ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, articleId);
      p.setString(2, factId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read fact " + articleId + "/" + factId, e);
    }
  }

  /** Every serialized fact of one article, in order. */
  public List<byte[]> ofArticle(String articleId) {
    String sql = "SELECT proto FROM fact WHERE article_id = ? ORDER BY ordinal";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, articleId);
      List<byte[]> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getBytes(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot read facts of article " + articleId, e);
    }
  }

  /**
   * Up to {@code limit} facts after {@code after}, matching {@code filter}, of one article or, when
   * {@code articleId} is null, of all articles.
   */
  public List<Row> page(String articleId, Filter filter, Key after, int limit) {
    return query("fact f WHERE ", articleId, filter, after, List.of(), limit);
  }

  /**
   * The same page as it stood at change {@code snapshot}: current facts written at or before it, and the
   * superseded facts that were current then. The caller checks afterwards that the snapshot was not pruned.
   */
  public List<Row> page(String articleId, Filter filter, Key after, int limit, long snapshot) {
    List<Row> current = query("fact f WHERE f.seq <= ? AND ", articleId, filter, after, List.of(snapshot), limit);
    if (!db.changes().changedSince(snapshot)) {
      return current;
    }
    List<Row> history = query("fact_history f WHERE f.valid_from <= ? AND f.valid_to > ? AND ", articleId, filter,
        after, List.of(snapshot, snapshot), limit);
    return SnapshotMerge.merge(current, history, limit, Row::key);
  }

  private List<Row> query(String from, String articleId, Filter filter, Key after, List<Long> seqs, int limit) {
    SqlFilter.Sql where = SqlFilter.facts(filter);
    // "article_id >= ?" lets H2 start the primary-key range scan at the cursor; the OR trims its first article.
    String sql = "SELECT f.article_id, f.ordinal, f.proto FROM " + from + "f.article_id >= ? "
        + "AND (f.article_id > ? OR f.ordinal > ?) "
        + (articleId == null ? "" : "AND f.article_id = ? ")
        + "AND " + where.condition() + " ORDER BY f.article_id, f.ordinal LIMIT ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      for (long seq : seqs) {
        p.setLong(i++, seq);
      }
      p.setString(i++, after.articleId());
      p.setString(i++, after.articleId());
      p.setInt(i++, after.ordinal());
      if (articleId != null) {
        p.setString(i++, articleId);
      }
      for (Object param : where.params()) {
        p.setObject(i++, param);
      }
      p.setInt(i, limit);
      List<Row> rows = new ArrayList<>(Math.min(limit, 1024));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(new Key(rs.getString(1), rs.getInt(2)), rs.getBytes(3)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("cannot list facts", e);
    }
  }
}
