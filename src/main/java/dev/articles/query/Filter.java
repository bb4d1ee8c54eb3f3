package dev.articles.query;

import java.util.List;

/** A parsed AIP-160 filter: comparisons joined by AND, OR and NOT. Values are already validated. */
public sealed interface Filter {

  /** The filter that matches everything: an empty filter string. */
  record All() implements Filter {}

  /** Every part matches. */
  record And(List<Filter> parts) implements Filter {}

  /** Any part matches. */
  record Or(List<Filter> parts) implements Filter {}

  /** The part does not match. */
  record Not(Filter part) implements Filter {}

  /**
   * One comparison, such as {@code published_date >= "2024-01-01"}.
   *
   * @param field a field the schema allows
   * @param op the operator
   * @param value the value in the schema's canonical form: an ISO date, an enum name or a normalized key
   */
  record Compare(String field, Op op, String value) implements Filter {}

  /** Comparison operators. {@code HAS} is AIP-160's {@code :}. */
  enum Op {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), HAS(":");

    final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
