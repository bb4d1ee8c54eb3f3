package dev.articles.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Reads the recorded outcome of every seed file. */
public final class SourceFileReads {
  private final Database db;

  public SourceFileReads(Database db) {
    this.db = db;
  }

  /** Every recorded seed file by name, without the serialized message: what the change check needs. */
  public Map<String, SourceFileRecord> all() {
    String sql = "SELECT file_name, article_id, refused, content_digest, size_bytes, modified_ms FROM source_file";
    Map<String, SourceFileRecord> files = new HashMap<>();
    try (Connection c = db.connection(); PreparedStatement p = c.prepareStatement(sql);
         ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        files.put(rs.getString(1), new SourceFileRecord(rs.getString(1), rs.getString(2), rs.getBoolean(3),
            rs.getString(4), rs.getLong(5), rs.getLong(6), null));
      }
      return files;
    } catch (SQLException e) {
      throw new StoreException("cannot read source files", e);
    }
  }
}
