package dev.articles.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A search query in plain words: words, {@code "quoted phrases"} and {@code -exclusions}. Every word and
 * phrase must match; exclusions must not. The text is never handed to a query parser: each clause is
 * analyzed like the index and turned into term and phrase queries directly.
 */
public final class SearchQuery {
  /** The longest query accepted, in characters. */
  public static final int MAX_LENGTH = 512;
  /** The most words and phrases a query may have. */
  public static final int MAX_CLAUSES = 32;

  /** One word or phrase of a query. */
  record Clause(String text, boolean phrase, boolean excluded) {}

  private final String text;
  private final List<Clause> clauses;

  private SearchQuery(String text, List<Clause> clauses) {
    this.text = text;
    this.clauses = clauses;
  }

  public String text() {
    return text;
  }

  /** Parses a query; the analyzer tells which clauses hold searchable words. */
  public static SearchQuery parse(String text, Analyzer analyzer) throws QueryException {
    if (text.isBlank()) {
      throw new QueryException("QUERY_EMPTY", "query is empty; give at least one word to search for", -1);
    }
    if (text.length() > MAX_LENGTH) {
      throw new QueryException("QUERY_TOO_LONG", "query is " + text.length() + " characters; the limit is "
          + MAX_LENGTH, -1);
    }
    List<Clause> clauses = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        throw new QueryException("INVALID_QUERY", String.format("query has control character U+%04X", (int) c), i);
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean excluded = c == '-';
      if (excluded) {
        i++;
        if (i >= text.length() || Character.isWhitespace(text.charAt(i))) {
          throw new QueryException("INVALID_QUERY", "'-' must be followed by the word or phrase to exclude", start);
        }
      }
      String clause;
      boolean phrase = text.charAt(i) == '"';
      if (phrase) {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          throw new QueryException("INVALID_QUERY", "the phrase opened by the quotation mark at character "
              + (i + 1) + " is not closed", i);
        }
        clause = text.substring(i + 1, close);
        i = close + 1;
      } else {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
          end++;
        }
        clause = text.substring(i, end);
        i = end;
      }
      if (terms(analyzer, clause).isEmpty()) {
        throw new QueryException("INVALID_QUERY", "\"" + clause + "\" at character " + (start + 1)
            + " has no searchable words", start);
      }
      clauses.add(new Clause(clause, phrase, excluded));
      if (clauses.size() > MAX_CLAUSES) {
        throw new QueryException("QUERY_TOO_LONG", "query has more than " + MAX_CLAUSES + " words and phrases", start);
      }
    }
    if (clauses.stream().allMatch(Clause::excluded)) {
      throw new QueryException("INVALID_QUERY", "query only excludes; give at least one word to search for", -1);
    }
    return new SearchQuery(text, List.copyOf(clauses));
  }

  /**
   * The Lucene query over one text field: each clause must (or must not) match in it. One field per clause,
   * not a choice of fields, keeps every required clause a single term, synonym or phrase query, which Lucene
   * scores with block-max skipping.
   */
  Query toLucene(Analyzer analyzer, String field) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Clause clause : clauses) {
      Query q = clause.phrase()
          ? builder.createPhraseQuery(field, clause.text())
          : builder.createBooleanQuery(field, clause.text(), BooleanClause.Occur.MUST);
      all.add(q, clause.excluded() ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST);
    }
    return all.build();
  }

  /** Every analyzed form of the words the query looks for, for highlighting. */
  Set<String> positiveTerms(Analyzer analyzer) {
    Set<String> terms = new HashSet<>();
    for (Clause clause : clauses) {
      if (!clause.excluded()) {
        terms.addAll(terms(analyzer, clause.text()));
      }
    }
    return terms;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
