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

  /** Rows of child tables whose article is gone: facts, sources and entities. */
  long orphans() throws SQLException {
    long n = 0;
    for (String table : List.of("fact", "article_source", "article_entity")) {
      n += count("SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = t.article_id)");
    }
    return n;
  }

  long count(String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Article ID to its stored digest. */
  Map<String, String> digests() throws SQLException {
    return pairs("SELECT id, content_digest FROM article");
  }

  /**
   * Checks every stored article against the versions its file has had (ID to the bytes of each), and
   * returns, per article ID, the index of the version it holds. Fails on an article that is no version, on
   * one whose title, body or facts are not those of the version its digest names, and on a source-file
   * record that names another version.
   */
  Map<String, Integer> versions(Map<String, List<byte[]>> history) throws Exception {
    Map<String, String> fileDigests = pairs("SELECT file_name, content_digest FROM source_file");
    Map<String, List<Fact>> facts = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT article_id, proto FROM fact "
        + "ORDER BY article_id, ordinal")) {
      while (rs.next()) {
        facts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Fact.parseFrom(rs.getBytes(2)));
      }
    }
    Map<String, Integer> out = new HashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id, content_digest, source_file, full_view FROM article")) {
      while (rs.next()) {
        String id = rs.getString(1);
        String digest = rs.getString(2);
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
        Article a = Article.parseFrom(rs.getBytes(4));
        ParsedArticle parsed = SeedParser.parse(rs.getString(3), versions.get(v));
        assertEquals(digest, a.getContentDigest(), id);
        assertEquals(parsed.title(), a.getTitle(), id + ": the title is not that of version " + v);
        assertEquals(parsed.body().stream().map(Block::text).toList(),
            a.getBodyList().stream().map(dev.articles.v1.Block::getText).toList(), id + ": body of another version");
        List<Fact> own = facts.getOrDefault(id, List.of());
        assertEquals(a.getFactCount(), own.size(), id + ": fact rows against the article's fact_count");
        for (Fact f : own) {
          assertEquals(digest, f.getEvidence().getContentDigest(), f.getName() + " was read from another version");
          assertEquals(f.getText(), Spans.cut(a, f.getEvidence().getSpan()), f.getName());
        }
        assertEquals(digest, fileDigests.get(rs.getString(3)), id + ": its source-file record names another version");
        out.put(id, v);
      }
    }
    return out;
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
