package dev.articles.query;

import java.util.ArrayList;
import java.util.List;

/** Splits a filter string into tokens. */
final class Lexer {
  private Lexer() {}

  static List<Token> tokens(String s) throws FilterException {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isISOControl(c)) {
        throw new FilterException(String.format("control character U+%04X is not allowed", (int) c), i);
      } else if (c == '(' || c == ')') {
        out.add(new Token(c == '(' ? Token.Kind.LPAREN : Token.Kind.RPAREN, String.valueOf(c), i));
        i++;
      } else if (c == '"' || c == '\'') {
        i = string(s, i, out);
      } else if (c == '=' || c == ':' || c == '<' || c == '>' || c == '!') {
        int start = i;
        i++;
        if (i < s.length() && s.charAt(i) == '=' && c != '=' && c != ':') {
          i++;
        }
        String op = s.substring(start, i);
        if (op.equals("!")) {
          throw new FilterException("'!' must be followed by '='; use NOT to negate", start);
        }
        out.add(new Token(Token.Kind.OP, op, start));
      } else if (c == '-' && (out.isEmpty() || out.get(out.size() - 1).kind() != Token.Kind.OP)) {
        out.add(new Token(Token.Kind.MINUS, "-", i));
        i++;
      } else {
        int start = i;
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        out.add(new Token(Token.Kind.WORD, s.substring(start, i), start));
      }
    }
    out.add(new Token(Token.Kind.END, "", s.length()));
    return out;
  }

  private static boolean isWordChar(char c) {
    return !Character.isWhitespace(c) && !Character.isISOControl(c)
        && "()\"'=:<>!".indexOf(c) < 0;
  }

  private static int string(String s, int start, List<Token> out) throws FilterException {
    char quote = s.charAt(start);
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        value.append(s.charAt(i + 1));
        i += 2;
      } else if (c == quote) {
        out.add(new Token(Token.Kind.STRING, value.toString(), start));
        return i + 1;
      } else if (Character.isISOControl(c)) {
        throw new FilterException(String.format("control character U+%04X is not allowed", (int) c), i);
      } else {
        value.append(c);
        i++;
      }
    }
    throw new FilterException("unterminated string: no closing " + quote, start);
  }

  static Filter.Op op(String symbol) {
    switch (symbol) {
      case "=":
        return Filter.Op.EQ;
      case "!=":
        return Filter.Op.NE;
      case "<":
        return Filter.Op.LT;
      case "<=":
        return Filter.Op.LE;
      case ">":
        return Filter.Op.GT;
      case ">=":
        return Filter.Op.GE;
      default:
        return Filter.Op.HAS;
    }
  }
}
