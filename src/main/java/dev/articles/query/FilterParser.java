package dev.articles.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses AIP-160 filter strings: comparisons {@code field op value}, joined by {@code AND}, {@code OR},
 * {@code NOT} (or a leading {@code -}) and parentheses. As AIP-160 says, {@code OR} binds tighter than
 * {@code AND}, and comparisons side by side mean {@code AND}.
 *
 * <p>The result is an AST of checked values; it is never spliced into SQL or a query parser.
 */
public final class FilterParser {
  /** The longest filter accepted, in characters. */
  public static final int MAX_LENGTH = 1024;

  static final int MAX_DEPTH = 16;
  static final int MAX_COMPARISONS = 32;

  private final String text;
  private final FilterSchema schema;
  private final List<Token> tokens;
  private int next;
  private int comparisons;

  private FilterParser(String text, FilterSchema schema, List<Token> tokens) {
    this.text = text;
    this.schema = schema;
    this.tokens = tokens;
  }

  /** Parses a filter; an empty or blank string matches everything. */
  public static Filter parse(String text, FilterSchema schema) throws FilterException {
    if (text.length() > MAX_LENGTH) {
      throw new FilterException("the filter is " + text.length() + " characters; the limit is " + MAX_LENGTH, -1);
    }
    if (text.isBlank()) {
      return new Filter.All();
    }
    FilterParser parser = new FilterParser(text, schema, Lexer.tokens(text));
    Filter filter = parser.expression(0);
    if (parser.peek().kind() != Token.Kind.END) {
      throw new FilterException("unexpected " + parser.peek().describe(), parser.peek().position());
    }
    return filter;
  }

  private Filter expression(int depth) throws FilterException {
    if (depth > MAX_DEPTH) {
      throw new FilterException("the filter nests deeper than " + MAX_DEPTH + " levels", peek().position());
    }
    List<Filter> parts = new ArrayList<>();
    parts.add(sequence(depth));
    while (peek().isKeyword("AND")) {
      next++;
      parts.add(sequence(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
  }

  private Filter sequence(int depth) throws FilterException {
    List<Filter> parts = new ArrayList<>();
    parts.add(factor(depth));
    while (startsTerm(peek())) {
      parts.add(factor(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new Filter.And(parts);
  }

  private Filter factor(int depth) throws FilterException {
    List<Filter> parts = new ArrayList<>();
    parts.add(term(depth));
    while (peek().isKeyword("OR")) {
      next++;
      parts.add(term(depth));
    }
    return parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
  }

  private Filter term(int depth) throws FilterException {
    Token t = peek();
    if (t.isKeyword("NOT") || t.kind() == Token.Kind.MINUS) {
      next++;
      if (depth + 1 > MAX_DEPTH) {
        throw new FilterException("the filter nests deeper than " + MAX_DEPTH + " levels", t.position());
      }
      return new Filter.Not(term(depth + 1));
    }
    if (t.kind() == Token.Kind.LPAREN) {
      next++;
      Filter inner = expression(depth + 1);
      expect(Token.Kind.RPAREN, "')' to close the '(' at character " + (t.position() + 1));
      return inner;
    }
    return comparison();
  }

  private Filter comparison() throws FilterException {
    Token field = peek();
    if (field.kind() != Token.Kind.WORD || field.isKeyword("AND") || field.isKeyword("OR")) {
      throw new FilterException("expected a comparison such as field = \"value\", found " + field.describe(),
          field.position());
    }
    next++;
    Token op = peek();
    if (op.kind() != Token.Kind.OP) {
      throw new FilterException("expected an operator (= != < <= > >= :) after '" + field.text() + "', found "
          + op.describe(), op.position());
    }
    next++;
    Token value = peek();
    if (value.kind() != Token.Kind.WORD && value.kind() != Token.Kind.STRING) {
      throw new FilterException("expected a value after '" + field.text() + " " + op.text() + "', found "
          + value.describe(), value.position());
    }
    next++;
    if (++comparisons > MAX_COMPARISONS) {
      throw new FilterException("the filter has more than " + MAX_COMPARISONS + " comparisons", field.position());
    }
    return schema.check(field.text(), Lexer.op(op.text()), value.text(), field.position());
  }

  private static boolean startsTerm(Token t) {
    return t.kind() == Token.Kind.LPAREN || t.kind() == Token.Kind.MINUS
        || (t.kind() == Token.Kind.WORD && !t.isKeyword("AND") && !t.isKeyword("OR"));
  }

  private void expect(Token.Kind kind, String what) throws FilterException {
    Token t = peek();
    if (t.kind() != kind) {
      throw new FilterException("expected " + what + ", found " + t.describe(), t.position());
    }
    next++;
  }

  private Token peek() {
    return tokens.get(next);
  }

  @Override
  public String toString() {
    return text;
  }
}
