package dev.articles.api;

/** Makes client-supplied text safe to echo in an error: bounded, with control characters escaped. */
final class Printable {
  static final int MAX = 128;

  private Printable() {}

  static String of(String s) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), MAX) + 8);
    int i = 0;
    while (i < s.length() && out.length() < MAX) {
      int cp = s.codePointAt(i);
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (i < s.length()) {
      out.append("…(").append(s.length()).append(" chars)");
    }
    return out.toString();
  }
}
