package dev.articles.query;

/** One token of a filter string. */
record Token(Kind kind, String text, int position) {
  enum Kind {
    WORD, STRING, OP, LPAREN, RPAREN, MINUS, END
  }

  boolean isKeyword(String keyword) {
    return kind == Kind.WORD && text.equals(keyword);
  }

  String describe() {
    switch (kind) {
      case END:
        return "the end of the filter";
      case STRING:
        return "the string \"" + text + "\"";
      default:
        return "'" + text + "'";
    }
  }
}
