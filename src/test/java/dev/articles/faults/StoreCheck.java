package dev.articles.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.articles.ingest.Block;
import dev.articles.ingest.ParsedArticle;
import dev.articles.ingest.SeedParser;
import dev.articles.ingest.SeedReader;
import dev.articles.testing.Spans;
import dev.articles.v1.Article;
import dev.articles.v1.Fact;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stopped server's H2 file over JDBC and checks it against the seed files it was built from: each
 * stored article, with its facts and its source-file record, must be exactly one version of its file.
 */
final class StoreCheck implements AutoCloseable {
  private final Connection c;

  /** Opens the database whose files start with {@code base} ({@code base.mv.db}); no server may hold it. */
  StoreCheck(Path base) throws SQLException {
    this.c = DriverManager.getConnection("jdbc:h2:" + base.toAbsolutePath(), "sa", "");
  }

  /**
   * Rows of child tables whose article is gone: facts, sources and entities. Read by full scans, as every
   * query here is: after a crash, H2's indexes are what is in doubt (see {@link #indexMismatches()}).
   */
  long orphans() throws SQLException {
    java.util.Set<String> articles = digests().keySet();
    long n = 0;
    for (String table : List.of("fact", "article_source", "article_entity")) {
      try (Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT article_id FROM " + table + " USE INDEX ()")) {
        while (rs.next()) {
          n += articles.contains(rs.getString(1)) ? 0 : 1;
        }
      }
    }
    return n;
  }

  /**
   * For every table with a primary-key index apart from its rows, how far the index's entry count is from
   * the table's row count, summed: 0 when the indexes hold exactly the rows.
   */
  long indexMismatches() throws SQLException {
    Map<String, String[]> indexes = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT i.TABLE_NAME, i.INDEX_NAME, "
        + "c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
        + "ON c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME AND c.ORDINAL_POSITION = 1 "
        + "WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME = 'PRIMARY KEY' "
        + "AND i.INDEX_CLASS LIKE '%SecondaryIndex'")) {
      while (rs.next()) {
        indexes.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
      }
    }
    long off = 0;
    for (Map.Entry<String, String[]> t : indexes.entrySet()) {
      // Names from the schema, not from input; an index-only range read counts the index's own entries.
      String table = "\"" + t.getKey() + "\"";
      long rows = count("SELECT COUNT(*) FROM " + table + " USE INDEX ()");
      long entries = count("SELECT COUNT(*) FROM (SELECT \"" + t.getValue()[1] + "\", _ROWID_ FROM " + table
          + " USE INDEX (\"" + t.getValue()[0] + "\") WHERE \"" + t.getValue()[1] + "\" >= '')");
      off += Math.abs(entries - rows);
    }
    return off;
  }

  long count(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Article ID to its stored digest. */
  Map<String, String> digests() throws SQLException {
    return pairs("SELECT id, content_digest FROM article USE INDEX ()");
  }

  /**
   * Checks every stored article against the versions its file has had (ID to the bytes of each), and
   * returns, per article ID, the index of the version it holds. Fails on an article that is no version, on
   * one whose title, body or facts are not those of the version its digest names, and on a source-file
   * record that names another version.
   */
  Map<String, Integer> versions(Map<String, List<byte[]>> history) throws Exception {
    return versions(history, null);
  }

  /**
   * As {@link #versions(Map)}, but an article that fails a check is added to {@code damaged} with the reason
   * instead of failing, and left out of the result; with {@code damaged} null, it fails.
   */
  Map<String, Integer> versions(Map<String, List<byte[]>> history, List<String> damaged) throws Exception {
    Map<String, String> fileDigests = pairs("SELECT file_name, content_digest FROM source_file USE INDEX ()");
    Map<String, java.util.TreeMap<Integer, Fact>> facts = new HashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT article_id, ordinal, proto FROM fact USE INDEX ()")) {
      while (rs.next()) {
        facts.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
            .put(rs.getInt(2), Fact.parseFrom(rs.getBytes(3)));
      }
    }
    Map<String, Integer> out = new HashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id, content_digest, source_file, full_view FROM article USE INDEX ()")) {
      while (rs.next()) {
        String id = rs.getString(1);
        try {
          out.put(id, check(id, rs.getString(2), rs.getString(3), rs.getBytes(4), history, facts, fileDigests));
        } catch (AssertionError e) {
          if (damaged == null) {
            throw e;
          }
          damaged.add(e.getMessage());
        }
      }
    }
    return out;
  }

  /** The index of the version an article holds; fails when it is not wholly one version. */
  private static int check(String id, String digest, String sourceFile, byte[] fullView,
                           Map<String, List<byte[]>> history, Map<String, java.util.TreeMap<Integer, Fact>> facts,
                           Map<String, String> fileDigests) throws Exception {
    List<byte[]> versions = history.get(id);
    if (versions == null) {
      throw new AssertionError("article " + id + " has no seed file in any version");
    }
    int v = 0;
    while (v < versions.size() && !SeedReader.sha256(versions.get(v)).equals(digest)) {
      v++;
    }
    if (v == versions.size()) {
      throw new AssertionError("article " + id + " has digest " + digest + ", of no version of its file");
    }
    Article a = Article.parseFrom(fullView);
    ParsedArticle parsed = SeedParser.parse(sourceFile, versions.get(v));
    assertEquals(digest, a.getContentDigest(), id);
    assertEquals(parsed.title(), a.getTitle(), id + ": the title is not that of version " + v);
    assertEquals(parsed.body().stream().map(Block::text).toList(),
        a.getBodyList().stream().map(dev.articles.v1.Block::getText).toList(), id + ": body of another version");
    List<Fact> own = new ArrayList<>(facts.getOrDefault(id, new java.util.TreeMap<>()).values());
    assertEquals(a.getFactCount(), own.size(), id + ": fact rows against the article's fact_count");
    for (Fact f : own) {
      assertEquals(digest, f.getEvidence().getContentDigest(), f.getName() + " was read from another version");
      assertEquals(f.getText(), Spans.cut(a, f.getEvidence().getSpan()), f.getName());
    }
    assertEquals(digest, fileDigests.get(sourceFile), id + ": its source-file record names another version");
    return v;
  }

  private Map<String, String> pairs(String sql) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    c.close();
  }
}
