package dev.articles.ingest;

import dev.articles.text.MatchText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads date lines such as {@code الثلاثاء 16 أبريل / نيسان 2024}, {@code ١٦ نيسان ٢٠٢٤}, {@code 16/04/2024} or
 * {@code Tuesday 16 April 2024}.
 *
 * <p>A line is a date line when it holds one date and little else: at most {@value #MAX_OTHER_WORDS} words
 * beyond the weekday, the date and filler such as {@code نشر في}, {@code م} or a Hijri date. The date is built
 * from the month table, not from a locale, so every naming system and spelling variant is read the same way.
 */
public final class DatelineParser {
  static final int MAX_OTHER_WORDS = 3;

  private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}])";
  private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}])";
  private static final String MONTH = NOT_LETTER_BEFORE + "(" + CalendarNames.MONTH_REGEX + ")" + NOT_LETTER_AFTER;
  private static final String MONTH2 = NOT_LETTER_BEFORE + "(" + CalendarNames.MONTH_REGEX + ")" + NOT_LETTER_AFTER;

  /** An English ordinal suffix on the day: {@code 16th April 2024}. */
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** A second name for the month: {@code / نيسان}, {@code - نيسان} or {@code (نيسان)}. */
  private static final String DUAL = "(?:\\s*[/\\\\\\-–]\\s*" + MONTH2 + "|\\s*[(（]\\s*" + MONTH2 + "\\s*[)）])?";

  /** Day, month name (or a dual form), year: {@code 16 أبريل / نيسان 2024}, {@code 16-أبريل-2024}. */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![0-9])([0-9]{1,2})" + ORDINAL + "\\s*[\\-–]?\\s*(?:(?:من|of)\\s+)?(?:شهر\\s+)?" + MONTH + "\\.?" + DUAL
          + "\\s*[،,\\-–]?\\s*(?:(?:عام|سنه)\\s+)?([0-9]{4})(?![0-9])");

  /** Month name first: {@code أبريل 16، 2024}. */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      MONTH + "\\.?" + DUAL + "\\s+([0-9]{1,2})" + ORDINAL + "\\s*[،,]\\s*([0-9]{4})(?![0-9])");

  private static final Pattern NUMERIC_DMY = Pattern.compile(
      "(?<![0-9])([0-9]{1,2})\\s*([/.\\-])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{4})(?![0-9])");

  private static final Pattern NUMERIC_YMD = Pattern.compile(
      "(?<![0-9])([0-9]{4})\\s*([/.\\-])\\s*([0-9]{1,2})\\s*\\2\\s*([0-9]{1,2})(?![0-9])");

  private static final Pattern WEEKDAY = Pattern.compile(
      NOT_LETTER_BEFORE + "(" + CalendarNames.WEEKDAY_REGEX + ")" + NOT_LETTER_AFTER);

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern TIME = Pattern.compile("[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?");

  /** Words that may stand around a date in a date line without making it text. */
  private static final Set<String> FILLER = Arrays.stream((
      "يوم نشر نشرت في بتاريخ تاريخ النشر الموافق اخر تحديث محدث م ميلادي ميلاديه ه هجري هجريه "
          + "الساعه توقيت بتوقيت مكه المكرمه القدس غرينتش غرينيتش gmt utc ص مساء صباحا ظهرا عصرا "
          + "محرم صفر ربيع الاول الثاني الاخر جمادي الاولي الاخره الثانيه رجب شعبان رمضان شوال ذو القعده "
          + "الحجه عام سنه - updated published posted last on at date am pm")
      .split(" ")).map(MatchText::normalize).collect(Collectors.toUnmodifiableSet());

  private DatelineParser() {}

  /** The result of reading a line: the date line, and warnings about it. */
  public record Result(Dateline dateline, List<Issue> warnings) {}

  /** Reads a line as a date line, or returns null when it is not one. */
  public static Result parse(String fileName, String line) {
    MatchText text = MatchText.of(line.strip());
    String norm = text.normalized(); // lower case, so English names match as listed
    Found found = find(norm);
    if (found == null) {
      return null;
    }
    Matcher weekdayMatch = WEEKDAY.matcher(norm);
    String weekday = "";
    DayOfWeek weekdayValue = null;
    int weekdayStart = -1;
    int weekdayEnd = -1;
    if (weekdayMatch.find()) {
      weekdayStart = weekdayMatch.start(1);
      weekdayEnd = weekdayMatch.end(1);
      weekday = text.original().substring(text.originStart(weekdayStart), text.originEnd(weekdayEnd));
      weekdayValue = CalendarNames.weekday(weekdayMatch.group(1));
    }
    if (otherWords(norm, found.start, found.end, weekdayStart, weekdayEnd) > MAX_OTHER_WORDS) {
      return null;
    }
    List<Issue> warnings = new ArrayList<>();
    if (found.monthMismatch) {
      warnings.add(Issue.warning(fileName, "MONTH_MISMATCH",
          "the date line's dual month names disagree; the first was used", Map.of("line", line.strip())));
    }
    LocalDate date = null;
    try {
      date = LocalDate.of(found.year, found.month, found.day);
    } catch (DateTimeException e) {
      warnings.add(Issue.warning(fileName, "INVALID_DATE",
          "the date line names no real date (" + found.day + "/" + found.month + "/" + found.year + ")",
          Map.of("line", line.strip())));
    }
    if (date != null && weekdayValue != null && date.getDayOfWeek() != weekdayValue) {
      warnings.add(Issue.warning(fileName, "WEEKDAY_MISMATCH",
          "the date line says " + weekday + " but " + date + " is a " + date.getDayOfWeek(),
          Map.of("weekday", weekday, "date", date.toString(), "expected", date.getDayOfWeek().toString())));
    }
    return new Result(new Dateline(line.strip(), weekday, date, found.namings), warnings);
  }

  private record Found(int start, int end, int day, int month, int year, List<MonthNaming> namings,
                       boolean monthMismatch) {}

  private static Found find(String norm) {
    // Groups: the day, the month, its second name after a slash or in brackets (one of two), the year.
    Matcher m = DAY_MONTH_YEAR.matcher(norm);
    if (m.find()) {
      return named(m, Integer.parseInt(m.group(1)), m.group(2), dual(m, 3), Integer.parseInt(m.group(5)));
    }
    m = MONTH_DAY_YEAR.matcher(norm);
    if (m.find()) {
      return named(m, Integer.parseInt(m.group(4)), m.group(1), dual(m, 2), Integer.parseInt(m.group(5)));
    }
    m = NUMERIC_DMY.matcher(norm);
    if (m.find()) {
      return numeric(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
    m = NUMERIC_YMD.matcher(norm);
    if (m.find()) {
      return numeric(m, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
    }
    return null;
  }

  /** The month's second name, from whichever of the two {@link #DUAL} groups from {@code group} on matched. */
  private static String dual(Matcher m, int group) {
    return m.group(group) != null ? m.group(group) : m.group(group + 1);
  }

  private static Found named(Matcher m, int day, String first, String second, int year) {
    CalendarNames.Month a = CalendarNames.month(first);
    List<MonthNaming> namings = new ArrayList<>(List.of(a.naming()));
    boolean mismatch = false;
    if (second != null) {
      CalendarNames.Month b = CalendarNames.month(second);
      namings.add(b.naming());
      mismatch = b.number() != a.number();
    }
    return new Found(m.start(), m.end(), day, a.number(), year, namings, mismatch);
  }

  private static Found numeric(Matcher m, int day, int month, int year) {
    return new Found(m.start(), m.end(), day, month, year, List.of(MonthNaming.NUMERIC), false);
  }

  private static int otherWords(String norm, int start, int end, int weekdayStart, int weekdayEnd) {
    StringBuilder rest = new StringBuilder(norm);
    blank(rest, start, end);
    if (weekdayStart >= 0) {
      blank(rest, weekdayStart, weekdayEnd);
    }
    String remainder = TIME.matcher(rest).replaceAll(" ");
    int count = 0;
    Matcher words = WORD.matcher(remainder);
    while (words.find()) {
      if (!FILLER.contains(words.group())) {
        count++;
      }
    }
    return count;
  }

  private static void blank(StringBuilder s, int start, int end) {
    for (int i = start; i < end; i++) {
      s.setCharAt(i, ' ');
    }
  }
}
