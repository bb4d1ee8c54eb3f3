package dev.articles.search;

import dev.articles.query.Filter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The full-text index of articles and facts, kept next to the database. The database is the truth: the
 * index is updated after each committed ingestion batch, rebuilt from the database where they disagree at
 * startup, and every hit carries the digest it was indexed from, so callers can drop a hit on an article
 * that has changed since.
 */
public final class SearchIndex implements Closeable {
  private static final Logger log = Logger.getLogger(SearchIndex.class.getName());
  /**
   * The layout of the documents and the analysis that made their terms. An index written in another layout
   * is discarded when opened, and the startup check rebuilds it from the database. Bump it when the analyzer
   * changes what terms the same text gives (3: joiners and soft hyphens dropped inside words).
   */
  static final String FORMAT = "3";
  private static final String FORMAT_KEY = "format";

  private final Directory directory;
  private final Analyzer analyzer = new ArabicSearchAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    // Flushes happen on the indexing (parsing) threads, in parallel; a huge buffer would leave one big flush
    // for the end of a pass, on one thread.
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(currentFormat(directory) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
            : IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(32)
        .setUseCompoundFile(false));
    writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    this.searchers = new SearcherManager(writer, null);
  }

  /** True for a new folder or an index in this layout; false (and a log line) for one to rebuild. */
  private static boolean currentFormat(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return true;
    }
    String found = SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY);
    if (FORMAT.equals(found)) {
      return true;
    }
    log.info("search index: layout " + (found == null ? "1" : found) + " found, " + FORMAT
        + " expected; rebuilding it from the database");
    return false;
  }

  /** Opens (or creates) the index in a folder, or in memory when {@code folder} is null. */
  public static SearchIndex open(Path folder) throws IOException {
    return new SearchIndex(folder == null ? new ByteBuffersDirectory() : FSDirectory.open(folder));
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** Replaces an article's documents, its own and its facts'. Visible after {@link #commit()}. */
  public void replace(IndexedArticle article) throws IOException {
    writer.updateDocuments(new Term(IndexFields.ARTICLE, article.id()), article.documents());
  }

  /** Removes an article's documents. Visible after {@link #commit()}. */
  public void delete(String articleId) throws IOException {
    writer.deleteDocuments(new Term(IndexFields.ARTICLE, articleId));
  }

  /** Makes changes durable and visible to searches. */
  public void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }


  /**
   * The digest each indexed article was built from, by article ID, read from doc values: at 100k articles
   * this takes milliseconds where loading the stored documents took seconds. An index written before the
   * digest was a doc value yields nothing, so the startup check re-indexes it all once.
   */
  public Map<String, String> digests() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, String> out = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        BinaryDocValues digests = reader.getBinaryDocValues(IndexFields.DIGEST);
        SortedDocValues ids = reader.getSortedDocValues(IndexFields.ID);
        if (digests == null || ids == null) {
          continue;
        }
        Bits live = reader.getLiveDocs();
        for (int doc = digests.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = digests.nextDoc()) {
          if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            if (id.indexOf('/') < 0) { // article documents; fact IDs are article/fact
              out.put(id, digests.binaryValue().utf8ToString());
            }
          }
        }
      }
      return out;
    } finally {
      searchers.release(s);
    }
  }

  /** One hit: the article or fact ID ({@code article/fact}), its score, and the digest it was indexed from. */
  public record Hit(String id, float score, String digest) {}

  /** A page of hits, and how many match in all. */
  public record Page(List<Hit> hits, int total) {}

  /** Where the last page ended: its last hit's score and ID. */
  public record After(float score, String id) {}

  /**
   * Searches articles. Only article documents have {@link IndexFields#ARTICLE_TEXT} (and only facts
   * {@link IndexFields#FACT_TEXT}), so the text query alone picks the type: a filter on it would cost a
   * step for every match, and most documents are facts.
   */
  public Page searchArticles(SearchQuery query, Filter filter, After after, int limit) {
    Query q = new BooleanQuery.Builder()
        .add(query.toLucene(analyzer, IndexFields.ARTICLE_TEXT), BooleanClause.Occur.MUST)
        .add(LuceneFilter.compile(filter), BooleanClause.Occur.FILTER)
        .build();
    return search(q, after, limit);
  }

  /** Searches facts of one article, or of all when {@code articleId} is null. */
  public Page searchFacts(SearchQuery query, String articleId, Filter filter, After after, int limit) {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(query.toLucene(analyzer, IndexFields.FACT_TEXT), BooleanClause.Occur.MUST)
        .add(LuceneFilter.compile(filter), BooleanClause.Occur.FILTER);
    if (articleId != null) {
      q.add(new TermQuery(new Term(IndexFields.ARTICLE, articleId)), BooleanClause.Occur.FILTER);
    }
    return search(q.build(), after, limit);
  }

  private Page search(Query q, After after, int limit) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        // Ranked by score, ties in index order: a sort on the ID as well would make Lucene collect every
        // document that ties with the page's last, and facts tie often (measured in BENCHMARKS.md).
        ScoreDoc from = after == null ? null : new ScoreDoc(docOf(s, after.id()), after.score());
        TopDocs top = s.searchAfter(from, q, limit);
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc d : top.scoreDocs) {
          Document doc = s.storedFields().document(d.doc);
          hits.add(new Hit(doc.get(IndexFields.ID), d.score, doc.get(IndexFields.DIGEST)));
        }
        // Exact up to Lucene's default threshold (1,000); beyond it, a lower bound: counting every match of a
        // common word would cost more than the page.
        return new Page(hits, (int) Math.min(Integer.MAX_VALUE, top.totalHits.value));
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index unreadable", e);
    }
  }

  /**
   * Where a page's last hit stands in this searcher's index order; -1 if it is gone, so that the next page
   * starts with every hit of its score, repeating some rather than skipping any.
   */
  private static int docOf(IndexSearcher s, String id) throws IOException {
    TopDocs found = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
    return found.scoreDocs.length == 0 ? -1 : found.scoreDocs[0].doc;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
