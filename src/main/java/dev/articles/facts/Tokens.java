package dev.articles.facts;

import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.List;

/**
 * A text split into tokens for matching: words and numbers (compared in normalized form), and single
 * punctuation marks. Every token knows its span in the original text, so a match maps back to exact
 * evidence.
 */
final class Tokens {
  /** One token: its normalized text and its {@code [start, end)} in the original text, in UTF-16 units. */
  record Token(String norm, int start, int end, boolean word) {
    boolean is(String normalized) {
      return norm.equals(normalized);
    }
  }

  private final String text;
  private final List<Token> tokens;

  private Tokens(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  static Tokens of(String text) {
    MatchText m = MatchText.of(text);
    String n = m.normalized();
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < n.length()) {
      char c = n.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isWordChar(c)) {
        int start = i;
        while (i < n.length() && (isWordChar(n.charAt(i)) || isInnerNumberMark(n, i) || isInnerHyphen(n, i))) {
          i++;
          if (i - start <= 2 && i < n.length() && Character.isDigit(n.charAt(i)) && isClitic(n, start, i)) {
            break; // بـ60 is the preposition and the number
          }
        }
        if (isInitial(n, start, i)) {
          i++; // ك. رشيد: the initial keeps its dot, which ends no sentence
        }
        out.add(new Token(imam(text, m.originStart(start), m.originEnd(i), n.substring(start, i)),
            m.originStart(start), m.originEnd(i), true));
      } else {
        out.add(new Token(String.valueOf(c), m.originStart(i), m.originEnd(i + 1), false));
        i++;
      }
    }
    return new Tokens(text, out);
  }

  /**
   * The one word whose hamza tells two words apart that a speaker phrase reads differently: إمام (an imam,
   * a role) keeps its spelling, because normalized it would be أمام (before, which ends a phrase).
   */
  private static String imam(String text, int start, int end, String norm) {
    if (!norm.endsWith(IMAM_NORMALIZED)) {
      return norm; // the hot path: almost no word is either
    }
    String raw = text.substring(start, end);
    int clitics = raw.length() - Lexicon.IMAM.length();
    return clitics >= 0 && clitics <= 2 && raw.endsWith(Lexicon.IMAM)
        && isClitic(raw, 0, clitics) ? raw : norm;
  }

  private static final String IMAM_NORMALIZED = MatchText.normalize(Lexicon.IMAM);

  private static boolean isClitic(String n, int start, int end) {
    for (int k = start; k < end; k++) {
      if ("وفبلك".indexOf(n.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the one letter at {@code [start, end)} is an initial, written with a dot before a name as some
   * papers write an accused's name ({@code ك. رشيد}, {@code ر. ح. (54 عاما)}): an Arabic letter other than و,
   * then a dot, a space and another Arabic letter.
   */
  private static boolean isInitial(String n, int start, int end) {
    return end - start == 1 && n.charAt(start) != 'و' && isArabicLetter(n.charAt(start)) && end + 2 < n.length()
        && n.charAt(end) == '.' && n.charAt(end + 1) == ' ' && isArabicLetter(n.charAt(end + 2));
  }

  private static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** A comma or dot between digits belongs to the number: {@code 1,200} and {@code 4.5} are one token. */
  private static boolean isInnerNumberMark(String n, int i) {
    char c = n.charAt(i);
    return (c == ',' || c == '.') && i > 0 && i + 1 < n.length()
        && Character.isDigit(n.charAt(i - 1)) && Character.isDigit(n.charAt(i + 1));
  }

  /** A hyphen between letters joins one word: {@code ماري-لويز} is one given name, not two words and a dash. */
  private static boolean isInnerHyphen(String n, int i) {
    return n.charAt(i) == '-' && i > 0 && i + 1 < n.length()
        && Character.isLetter(n.charAt(i - 1)) && Character.isLetter(n.charAt(i + 1));
  }

  String text() {
    return text;
  }

  /** Whether token {@code i}, as written in the text (not normalized), ends with {@code suffix}: ة, ى, ته. */
  boolean endsAsWritten(int i, String suffix) {
    return text.startsWith(suffix, tokens.get(i).end() - suffix.length());
  }

  /** Whether token {@code i}, as written in the text (not normalized), starts with {@code prefix}: إ, يت. */
  boolean startsAsWritten(int i, String prefix) {
    return text.startsWith(prefix, tokens.get(i).start());
  }

  List<Token> list() {
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** The original text of tokens {@code [from, to)}. */
  String original(int from, int to) {
    return from >= to ? "" : text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The end of the run of words from {@code from}: the index of the next punctuation mark, or {@link #size()}. */
  int phraseEnd(int from) {
    int i = from;
    while (i < tokens.size() && tokens.get(i).word()) {
      i++;
    }
    return i;
  }

  /** The index of the first token starting at or after {@code offset}, or {@link #size()}. */
  int indexAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
