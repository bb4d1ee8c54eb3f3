package dev.articles.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import dev.articles.query.Filter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the recorded outcome of every seed file. */
public final class SourceFileReads {
  private final Database db;

  public SourceFileReads(Database db) {
    this.db = db;
  }

  /** One recorded seed file, without the serialized message, if it was ever seen. */
  public Optional<SourceFileRecord> record(String fileName) {
    String sql = "SELECT file_name, article_id, refused, content_digest, size_bytes, modified_ms FROM source_file "
        + "WHERE file_name = ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, fileName);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(new SourceFileRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), null, null)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read source file " + fileName, e);
    }
  }

  /** Every recorded seed file by name, without the serialized message: what the change check needs. */
  public Map<String, SourceFileRecord> all() {
    String sql = "SELECT file_name, article_id, refused, content_digest, size_bytes, modified_ms FROM source_file";
    Map<String, SourceFileRecord> files = new HashMap<>();
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql);
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        files.put(rs.getString(1), new SourceFileRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), null, null));
      }
      return files;
    } catch (SQLException e) {
      throw new StoreException("cannot read source files", e);
    }
  }

  /** A file name and its serialized {@code SourceFile}. */
  public record Row(String fileName, byte[] proto) {}

  /** One file's serialized {@code SourceFile}, if it was ever seen. */
  public Optional<byte[]> find(String fileName) {
    try (Connection c = db.connection();
         PreparedStatement p = c.prepareStatement("SELECT proto FROM source_file WHERE file_name = ?")) {
      p.setString(1, fileName);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read source file " + fileName, e);
    }
  }

  /** Up to {@code limit} files after {@code afterName} that match {@code filter}, in name order. */
  public List<Row> page(Filter filter, String afterName, int limit) {
    SqlFilter.Sql where = SqlFilter.sourceFiles(filter);
    String sql = "SELECT s.file_name, s.proto FROM source_file s WHERE s.file_name > ? AND " + where.condition()
        + " ORDER BY s.file_name LIMIT ?";
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      p.setString(i++, afterName);
      for (Object param : where.params()) {
        p.setObject(i++, param);
      }
      p.setInt(i, limit);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getString(1), rs.getBytes(2)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new StoreException("cannot list source files", e);
    }
  }
}
