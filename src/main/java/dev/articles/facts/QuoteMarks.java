package dev.articles.facts;

import java.util.ArrayList;
import java.util.List;

/** Pairs quotation marks: "…" (ASCII), «…» and “…”, the last also written reversed, ”…“, in RTL text. */
final class QuoteMarks {
  private QuoteMarks() {}

  static boolean isMark(String token) {
    return token.equals("\"") || token.equals("«") || token.equals("»") || token.equals("“") || token.equals("”");
  }

  /** The fewest words after an unclosed opening mark for it to open a quotation that runs on. */
  static final int RUNNING_ON_MIN_WORDS = 5;

  /**
   * The token indices of each opening and closing mark, in order, not nested. The last mark of a paragraph,
   * when it opens and nothing closes it, opens a quotation that runs on into the next paragraph, as a
   * quotation of several paragraphs is written; its pair ends at {@code t.size()}.
   */
  static List<int[]> pairs(Tokens t) {
    return pairs(t, 0, t.size());
  }

  /**
   * The pairs among tokens {@code [from, to)}, as {@link #pairs(Tokens)} finds them in a paragraph; one that
   * runs on is found only when {@code to} is the paragraph's end.
   */
  static List<int[]> pairs(Tokens t, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      String mark = t.get(i).norm();
      int close = -1;
      if (mark.equals("\"")) {
        close = next(t, i + 1, to, "\"");
      } else if (mark.equals("«")) {
        close = next(t, i + 1, to, "»");
      } else if (mark.equals("“")) {
        close = next(t, i + 1, to, "”");
        close = close < 0 ? next(t, i + 1, to, "“") : close;
      } else if (mark.equals("”")) {
        close = next(t, i + 1, to, "“");
        close = close < 0 ? next(t, i + 1, to, "”") : close;
      }
      if (close > i) {
        out.add(new int[] {i, close});
        i = close + 1;
      } else {
        if (to == t.size() && opens(mark) && runsOn(t, i)) {
          out.add(new int[] {i, t.size()});
        }
        i++;
      }
    }
    return out;
  }

  private static boolean opens(String mark) {
    return mark.equals("\"") || mark.equals("«") || mark.equals("“") || mark.equals("”");
  }

  /** Whether an unclosed mark at {@code i} is the paragraph's last, with enough words after it. */
  private static boolean runsOn(Tokens t, int i) {
    int words = 0;
    for (int k = i + 1; k < t.size(); k++) {
      if (isMark(t.get(k).norm())) {
        return false;
      }
      words += t.get(k).word() ? 1 : 0;
    }
    return words >= RUNNING_ON_MIN_WORDS;
  }

  /** Whether a pair from {@link #pairs} runs on past its paragraph's end. */
  static boolean runsOn(Tokens t, int[] pair) {
    return pair[1] == t.size();
  }

  private static int next(Tokens t, int from, int to, String mark) {
    for (int i = from; i < to; i++) {
      if (t.get(i).norm().equals(mark)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The closing mark of a quotation opening at {@code open} that holds only words, at most {@code maxWords} of
   * them ({@code «عدن الغد»}, {@code «مدار»}); -1 when there is none.
   */
  static int closingAfterWords(Tokens t, int open, int maxWords) {
    int k = open + 1;
    while (k < t.size() && k <= open + maxWords && t.get(k).word()) {
      k++;
    }
    return k < t.size() && isMark(t.get(k).norm()) ? k : -1;
  }

  /** The number of words between a pair of marks. */
  static int words(Tokens t, int[] pair) {
    int words = 0;
    for (int i = pair[0] + 1; i < pair[1]; i++) {
      words += t.get(i).word() ? 1 : 0;
    }
    return words;
  }

  /** Which tokens stand inside a quotation, marks included. */
  static boolean[] inside(Tokens t, List<int[]> pairs) {
    boolean[] in = new boolean[t.size()];
    for (int[] p : pairs) {
      for (int i = p[0]; i <= Math.min(p[1], t.size() - 1); i++) {
        in[i] = true;
      }
    }
    return in;
  }
}
