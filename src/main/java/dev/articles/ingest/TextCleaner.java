package dev.articles.ingest;

import java.text.Normalizer;

/**
 * The text hygiene every stored text gets: LF line endings, no BOM or bidi control marks, NBSP as a space,
 * and NFC. Nothing else changes, so stored text stays the text as written.
 */
public final class TextCleaner {
  private TextCleaner() {}

  public static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\u00A0' || c == '\u202F') {
        out.append(' ');
      } else if (!isInvisibleControl(c)) {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** The BOM and the bidi controls: LRM, RLM, ALM, embeddings, overrides and isolates. */
  static boolean isInvisibleControl(char c) {
    return c == '\uFEFF' || c == '\u200E' || c == '\u200F' || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
