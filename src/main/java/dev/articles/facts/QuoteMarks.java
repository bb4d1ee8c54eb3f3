package dev.articles.facts;

import java.util.ArrayList;
import java.util.List;

/** Pairs quotation marks: "…" (ASCII), «…» and “…”, the last also written reversed, ”…“, in RTL text. */
final class QuoteMarks {
  private QuoteMarks() {}

  static boolean isMark(String token) {
    return token.equals("\"") || token.equals("«") || token.equals("»") || token.equals("“") || token.equals("”");
  }

  /** The token indices of each opening and closing mark, in order, not nested. */
  static List<int[]> pairs(Tokens t) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      String mark = t.get(i).norm();
      int close = -1;
      if (mark.equals("\"")) {
        close = next(t, i + 1, "\"");
      } else if (mark.equals("«")) {
        close = next(t, i + 1, "»");
      } else if (mark.equals("“")) {
        close = next(t, i + 1, "”");
        close = close < 0 ? next(t, i + 1, "“") : close;
      } else if (mark.equals("”")) {
        close = next(t, i + 1, "“");
        close = close < 0 ? next(t, i + 1, "”") : close;
      }
      if (close > i) {
        out.add(new int[] {i, close});
        i = close + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int next(Tokens t, int from, String mark) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).norm().equals(mark)) {
        return i;
      }
    }
    return -1;
  }

  /** Which tokens stand inside a quotation, marks included. */
  static boolean[] inside(Tokens t, List<int[]> pairs) {
    boolean[] in = new boolean[t.size()];
    for (int[] p : pairs) {
      for (int i = p[0]; i <= p[1]; i++) {
        in[i] = true;
      }
    }
    return in;
  }
}
