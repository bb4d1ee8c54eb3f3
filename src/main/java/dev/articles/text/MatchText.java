package dev.articles.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * The normalized form of a text for matching, with a map back to the original's offsets.
 *
 * <p>Normalization drops harakat and tatweel, unifies alef forms, ى→ي and ة→ه (Lucene's
 * {@link ArabicNormalizer}), maps Arabic-Indic and Extended Arabic-Indic digits to ASCII, the Arabic
 * thousands and decimal separators to {@code ,} and {@code .}, drops the zero-width joiner and non-joiner, the
 * word joiner and the soft hyphen that scraped pages leave inside words, and lowercases ASCII. It never stems. Each
 * normalized char comes from exactly one original char, so a match in the normalized text maps back to an
 * exact span of the original.
 */
public final class MatchText {
  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

  private final String original;
  private final String normalized;
  private final int[] origin;

  private MatchText(String original, String normalized, int[] origin) {
    this.original = original;
    this.normalized = normalized;
    this.origin = origin;
  }

  /** Normalizes a text, keeping the offset map. */
  public static MatchText of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    char[] one = new char[1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char mapped = mapChar(c, one);
      if (mapped != 0) {
        origin[out.length()] = i;
        out.append(mapped);
      }
    }
    origin[out.length()] = text.length();
    return new MatchText(text, out.toString(), origin);
  }

  /** The normalized form of a text, without the offset map. */
  public static String normalize(String text) {
    char[] buf = text.toCharArray();
    return new String(buf, 0, normalize(buf, buf.length));
  }

  /** Normalizes {@code buf[0, len)} in place, as {@link #of} does; returns the new length. */
  public static int normalize(char[] buf, int len) {
    char[] one = new char[1];
    int out = 0;
    for (int i = 0; i < len; i++) {
      char mapped = mapChar(buf[i], one);
      if (mapped != 0) {
        buf[out++] = mapped;
      }
    }
    return out;
  }

  /** The key a name is compared by: normalized, trimmed, with runs of whitespace as one space. */
  public static String key(String name) {
    return collapseSpaces(normalize(name));
  }

  /** The text trimmed, with every run of whitespace as one space; no regex, as it runs per word. */
  public static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Maps one char, or returns 0 when normalization drops it. */
  private static char mapChar(char c, char[] one) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    if (c == '\u066C') {
      return ',';
    }
    if (c == '\u066B') {
      return '.';
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (c == '\u200C' || c == '\u200D' || c == '\u00AD' || c == '\u2060') {
      return 0; // joiners and soft hyphens that scraped pages leave inside words: the word is the same without
    }
    if (c < '\u0600' || c > '\u06FF') {
      return c;
    }
    if ((c >= '\u0653' && c <= '\u065F') || c == '\u0670') {
      return 0; // marks Lucene leaves alone: maddah and hamza above/below, superscript alef
    }
    if (c == '\u0671') {
      return '\u0627'; // alef wasla
    }
    one[0] = c;
    return ARABIC.normalize(one, 1) == 0 ? 0 : one[0];
  }

  public String original() {
    return original;
  }

  public String normalized() {
    return normalized;
  }

  /** The offset in the original text (UTF-16 units) of the normalized char at {@code index}. */
  public int originStart(int index) {
    return origin[index];
  }

  /** The end offset in the original text (UTF-16 units) of a normalized span ending before {@code end}. */
  public int originEnd(int end) {
    return end == 0 ? 0 : origin[end - 1] + 1 + trailingDropped(origin[end - 1] + 1, end);
  }

  // Harakat after the last matched char belong to it: include them so the span covers the whole word.
  private int trailingDropped(int from, int end) {
    int limit = end < normalized.length() ? origin[end] : original.length();
    int n = 0;
    for (int i = from; i < limit; i++) {
      char c = original.charAt(i);
      if (!isDroppedMark(c)) {
        break;
      }
      n++;
    }
    return n;
  }

  private static boolean isDroppedMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
  }
}
