package dev.articles.search;

import dev.articles.query.Filter;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Compiles a checked filter AST into a Lucene query over the index's keyword fields, with the same meaning
 * as the SQL the lists use: a comparison on a missing value is false, and NOT negates it.
 */
final class LuceneFilter {
  private LuceneFilter() {}

  static Query compile(Filter f) {
    if (f instanceof Filter.All) {
      return new MatchAllDocsQuery();
    }
    if (f instanceof Filter.And and) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      and.parts().forEach(p -> b.add(compile(p), BooleanClause.Occur.FILTER));
      return b.build();
    }
    if (f instanceof Filter.Or or) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
      or.parts().forEach(p -> b.add(compile(p), BooleanClause.Occur.SHOULD));
      return b.build();
    }
    if (f instanceof Filter.Not not) {
      return negate(compile(not.part()));
    }
    Filter.Compare c = (Filter.Compare) f;
    Query positive = comparison(c);
    return c.op() == Filter.Op.NE && !c.field().equals("published_date") ? negate(positive) : positive;
  }

  private static Query negate(Query q) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
        .add(q, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static Query comparison(Filter.Compare c) {
    switch (c.field()) {
      case "published_date":
        return dateRange(LocalDate.parse(c.value()).toEpochDay(), c.op());
      case "language_code":
        return new TermQuery(new Term(IndexFields.LANGUAGE, c.value()));
      case "source":
        return new TermQuery(new Term(IndexFields.SOURCE, c.value()));
      case "entity":
        return new TermQuery(new Term(IndexFields.ENTITY, c.value()));
      case "kind":
        return new TermQuery(new Term(IndexFields.KIND, c.value()));
      case "speaker":
        return new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.KIND, "QUOTE")), BooleanClause.Occur.FILTER)
            .add(new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(new TermQuery(new Term(IndexFields.SPEAKER_KEY, c.value())), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.ENTITY, c.value())), BooleanClause.Occur.SHOULD)
                .build(), BooleanClause.Occur.FILTER)
            .build();
      default:
        throw new IllegalArgumentException("no index field for " + c.field());
    }
  }

  /** A date comparison; only documents that have a date can match, as in SQL. */
  private static Query dateRange(long day, Filter.Op op) {
    switch (op) {
      case LT:
        return LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, Long.MIN_VALUE, day - 1);
      case LE:
        return LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, Long.MIN_VALUE, day);
      case GT:
        return LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, day + 1, Long.MAX_VALUE);
      case GE:
        return LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, day, Long.MAX_VALUE);
      case NE:
        return new BooleanQuery.Builder()
            .add(LongPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, Long.MIN_VALUE, Long.MAX_VALUE),
                BooleanClause.Occur.FILTER)
            .add(LongPoint.newExactQuery(IndexFields.PUBLISHED_DAY, day), BooleanClause.Occur.MUST_NOT)
            .build();
      default:
        return LongPoint.newExactQuery(IndexFields.PUBLISHED_DAY, day);
    }
  }
}
