package dev.articles.ingest;

import dev.articles.text.MatchText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The month and weekday name tables, loaded from {@code months.tsv} and {@code weekdays.tsv}.
 *
 * <p>All lookups take normalized text ({@link MatchText}); {@link #MONTH_REGEX} matches any month name in
 * normalized text, longest names first so that {@code كانون الثاني} wins over a shorter prefix.
 */
public final class CalendarNames {
  /** A month name's meaning. */
  public record Month(int number, MonthNaming naming) {}

  private static final Map<String, Month> MONTHS = loadMonths();
  private static final Map<String, DayOfWeek> WEEKDAYS = loadWeekdays();
  private static final java.util.Set<String> FIRST_WORDS = MONTHS.keySet().stream().filter(k -> k.indexOf(' ') > 0)
      .map(k -> k.substring(0, k.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Matches one month name in normalized text; names of two words allow any run of spaces between. */
  public static final String MONTH_REGEX = alternation(MONTHS.keySet());

  /** Matches one weekday name in normalized text. */
  public static final String WEEKDAY_REGEX = alternation(WEEKDAYS.keySet());

  private CalendarNames() {}

  /** The month a normalized name stands for, or null. */
  public static Month month(String normalizedName) {
    Month exact = MONTHS.get(normalizedName);
    return exact != null || normalizedName.indexOf(' ') < 0 ? exact : MONTHS.get(MatchText.collapseSpaces(normalizedName));
  }

  /** The month two normalized words stand for together, such as كانون الثاني, or null. */
  public static Month month(String first, String second) {
    return FIRST_WORDS.contains(first) ? MONTHS.get(first + " " + second) : null;
  }

  /** The weekday a normalized name stands for, or null. */
  public static DayOfWeek weekday(String normalizedName) {
    return WEEKDAYS.get(normalizedName.trim());
  }

  /** Every normalized word of every month and weekday name. */
  public static java.util.Set<String> words() {
    java.util.Set<String> words = new java.util.HashSet<>();
    MONTHS.keySet().forEach(k -> words.addAll(List.of(k.split(" "))));
    words.addAll(WEEKDAYS.keySet());
    return words;
  }

  private static String alternation(java.util.Set<String> names) {
    return names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static Map<String, Month> loadMonths() {
    Map<String, Month> map = new HashMap<>();
    for (String[] row : rows("months.tsv")) {
      map.put(MatchText.normalize(row[0]), new Month(Integer.parseInt(row[1]), MonthNaming.valueOf(row[2])));
    }
    return Map.copyOf(map);
  }

  private static Map<String, DayOfWeek> loadWeekdays() {
    Map<String, DayOfWeek> map = new HashMap<>();
    for (String[] row : rows("weekdays.tsv")) {
      map.put(MatchText.normalize(row[0]), DayOfWeek.of(Integer.parseInt(row[1])));
    }
    return Map.copyOf(map);
  }

  /** Reads a tab-separated resource next to this class, skipping blank lines and # comments. */
  static List<String[]> rows(String resource) {
    InputStream in = CalendarNames.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
