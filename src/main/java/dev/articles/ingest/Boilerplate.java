package dev.articles.ingest;

import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognizes site boilerplate lines, from the data file {@code boilerplate.txt}. */
public final class Boilerplate {
  private static final Set<String> LINES = new HashSet<>();
  private static final List<Pattern> PATTERNS = new ArrayList<>();

  static {
    for (String[] row : CalendarNames.rows("boilerplate.txt")) {
      String entry = String.join("\t", row).strip();
      if (entry.startsWith("re:")) {
        PATTERNS.add(Pattern.compile(entry.substring(3)));
      } else {
        LINES.add(MatchText.normalize(entry));
      }
    }
  }

  private Boilerplate() {}

  /** Whether a whole line is boilerplate. */
  public static boolean isBoilerplate(String line) {
    String norm = MatchText.key(line);
    if (norm.isEmpty()) {
      return false;
    }
    if (LINES.contains(norm)) {
      return true;
    }
    for (Pattern p : PATTERNS) {
      if (p.matcher(norm).matches()) {
        return true;
      }
    }
    return false;
  }
}
