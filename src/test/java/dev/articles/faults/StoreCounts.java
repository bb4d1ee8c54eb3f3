package dev.articles.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Row counts of the store's tables, read over JDBC, to show that hostile calls changed nothing. */
record StoreCounts(long articles, long facts, long sourceFiles, long settings) {
  static StoreCounts of(String url) {
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      return new StoreCounts(count(s, "article"), count(s, "fact"), count(s, "source_file"), count(s, "setting"));
    } catch (SQLException e) {
      throw new AssertionError("cannot count rows in " + url, e);
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
