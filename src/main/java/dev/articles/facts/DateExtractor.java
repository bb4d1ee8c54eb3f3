package dev.articles.facts;

import dev.articles.facts.ExtractedFact.DateMention;
import dev.articles.facts.ExtractedFact.Granularity;
import dev.articles.facts.ExtractedFact.PeriodPart;
import dev.articles.ingest.CalendarNames;
import dev.articles.ingest.MonthNaming;
import dev.articles.text.MatchText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds temporal expressions: full dates, months in any naming system (also in dual form, {@code ديسمبر/
 * كانون الأول}), years ({@code منذ عام 2014}), and relative phrases ({@code نهاية العام الجاري},
 * {@code تموز الماضي}, {@code أمس}), resolved against the article's date where it has one.
 */
final class DateExtractor {
  private static final Map<String, PeriodPart> PARTS = new HashMap<>();
  private static final Map<String, Integer> DIRECTIONS = new HashMap<>();

  static {
    for (String w : "بداية مطلع أوائل مستهل".split(" ")) {
      PARTS.put(MatchText.normalize(w), PeriodPart.START);
    }
    for (String w : "منتصف أواسط".split(" ")) {
      PARTS.put(MatchText.normalize(w), PeriodPart.MIDDLE);
    }
    for (String w : "نهاية أواخر آخر ختام".split(" ")) {
      PARTS.put(MatchText.normalize(w), PeriodPart.END);
    }
    for (String w : "الجاري الحالي".split(" ")) {
      DIRECTIONS.put(MatchText.normalize(w), 0);
    }
    for (String w : "الماضي الماضية المنصرم المنصرمة الفائت السابق".split(" ")) {
      DIRECTIONS.put(MatchText.normalize(w), -1);
    }
    for (String w : "المقبل المقبلة القادم القادمة".split(" ")) {
      DIRECTIONS.put(MatchText.normalize(w), 1);
    }
  }

  private final LocalDate articleDate;

  /** @param articleDate the article's date, to resolve relative expressions against; may be null */
  DateExtractor(LocalDate articleDate) {
    this.articleDate = articleDate;
  }

  List<ExtractedFact> extract(List<TextUnit> units) {
    List<ExtractedFact> out = new ArrayList<>();
    for (TextUnit unit : units) {
      Tokens t = unit.tokens();
      int i = 0;
      while (i < t.size()) {
        int next = dateAt(unit, t, i, out);
        i = next > i ? next : i + 1;
      }
    }
    return out;
  }

  private int dateAt(TextUnit unit, Tokens t, int i, List<ExtractedFact> out) {
    int start = i;
    PeriodPart part = PeriodPart.WHOLE;
    String first = Clitics.withoutConjunction(t.get(i).norm());
    for (Clitics.Bare b : Clitics.forms(t.get(i).norm())) {
      if (PARTS.containsKey(b.form()) && i + 1 < t.size()) {
        part = PARTS.get(b.form());
        i++;
        break;
      }
    }
    Match m = month(t, i);
    if (m == null && i < t.size() && Numbers.digits(t.get(i).norm()) != null && i + 1 < t.size()) {
      Match after = month(t, i + 1);
      if (after != null && day(t.get(i).norm()) > 0) {
        m = new Match(after.month, after.end, after.namings, day(t.get(i).norm()));
      }
    }
    if (m != null && (m.day > 0 || !AMBIGUOUS_MONTHS.contains(t.get(i).norm()) || hasMonthContext(t, start, m))) {
      return emitMonth(unit, t, start, m, part, out);
    }
    int y = i;
    if (y < t.size() && (t.get(y).is("عام") || t.get(y).is("العام") || t.get(y).is("سنه") || t.get(y).is("السنه"))) {
      y++;
      if (y < t.size() && DIRECTIONS.containsKey(t.get(y).norm()) && articleDate != null) {
        int year = articleDate.getYear() + DIRECTIONS.get(t.get(y).norm());
        return emit(unit, t, start, y + 1, LocalDate.of(year, 1, 1), Granularity.YEAR, true, part, List.of(), out);
      }
    }
    if (y < t.size() && FigureExtractor.isYear(t, y) && (y > i || part != PeriodPart.WHOLE
        || (i > 0 && t.get(i - 1).is("منذ")) || first.equals("منذ") || isYearContext(t, y))) {
      int from = start > 0 && t.get(start - 1).is("منذ") ? start - 1 : start;
      int year = Integer.parseInt(t.get(y).norm());
      return emit(unit, t, from, y + 1, LocalDate.of(year, 1, 1), Granularity.YEAR, false, part, List.of(), out);
    }
    if (i + 1 < t.size() && (t.get(i).is("الشهر") || t.get(i).is("الاسبوع"))
        && DIRECTIONS.containsKey(t.get(i + 1).norm())) {
      int dir = DIRECTIONS.get(t.get(i + 1).norm());
      LocalDate d = articleDate == null ? null : t.get(i).is("الشهر")
          ? articleDate.withDayOfMonth(1).plusMonths(dir) : articleDate.plusWeeks(dir);
      Granularity g = t.get(i).is("الشهر") ? Granularity.MONTH : Granularity.NONE;
      return emit(unit, t, start, i + 2, g == Granularity.NONE ? null : d, d == null ? Granularity.NONE : g, true,
          part, List.of(), out);
    }
    String bare = Clitics.withoutConjunction(t.get(i).norm());
    if (part == PeriodPart.WHOLE && (bare.equals("امس") || bare.equals("غدا"))) {
      LocalDate d = articleDate == null ? null : articleDate.plusDays(bare.equals("امس") ? -1 : 1);
      return emit(unit, t, i, i + 1, d, d == null ? Granularity.NONE : Granularity.DAY, true, part, List.of(), out);
    }
    DayOfWeek weekday = t.get(i).norm().startsWith("ال") ? CalendarNames.weekday(bare) : null;
    if (part == PeriodPart.WHOLE && weekday != null) {
      int end = i + 1;
      int dir = 0;
      if (end < t.size() && DIRECTIONS.containsKey(t.get(end).norm())) {
        dir = DIRECTIONS.get(t.get(end).norm());
        end++;
      }
      LocalDate d = null;
      if (articleDate != null) {
        d = dir > 0 ? articleDate.with(TemporalAdjusters.next(weekday))
            : dir < 0 ? articleDate.with(TemporalAdjusters.previous(weekday))
            : articleDate.with(TemporalAdjusters.previousOrSame(weekday));
      }
      return emit(unit, t, i, end, d, d == null ? Granularity.NONE : Granularity.DAY, true, part, List.of(), out);
    }
    return start;
  }

  /** Month names that are also everyday words (مارس "practised", آب "father") count only in date context. */
  private static final java.util.Set<String> AMBIGUOUS_MONTHS = java.util.Set.of("مارس", "اب");

  private static boolean hasMonthContext(Tokens t, int start, Match m) {
    if (m.namings.size() > 1) {
      return true;
    }
    boolean before = start > 0 && (t.get(start - 1).is("شهر") || t.get(start - 1).is("في")
        || PARTS.containsKey(Clitics.withoutConjunction(t.get(start - 1).norm())));
    boolean after = m.end < t.size() && (isYearToken(t.get(m.end).norm())
        || DIRECTIONS.containsKey(t.get(m.end).norm()));
    return before || after || start < m.end - 1;
  }

  private static boolean isYearContext(Tokens t, int y) {
    return y > 0 && (t.get(y - 1).is("في") || t.get(y - 1).is("حتي") || t.get(y - 1).is("قبل")
        || t.get(y - 1).is("بعد"));
  }

  private int emitMonth(TextUnit unit, Tokens t, int start, Match m, PeriodPart part, List<ExtractedFact> out) {
    int end = m.end;
    Integer year = null;
    boolean relative = false;
    if (end < t.size() && isYearToken(t.get(end).norm())) {
      year = Integer.parseInt(t.get(end).norm());
      end++;
    } else if (end + 1 < t.size() && t.get(end).is("من") && isYearToken(t.get(end + 1).norm())) {
      year = Integer.parseInt(t.get(end + 1).norm());
      end += 2;
    } else if (articleDate != null) {
      relative = true;
      int dir = 0;
      if (end < t.size() && DIRECTIONS.containsKey(t.get(end).norm())) {
        dir = DIRECTIONS.get(t.get(end).norm());
        end++;
      }
      year = resolveYear(m.month, dir);
    } else if (end < t.size() && DIRECTIONS.containsKey(t.get(end).norm())) {
      relative = true;
      end++;
    }
    LocalDate date = null;
    Granularity g = Granularity.NONE;
    if (year != null) {
      try {
        date = LocalDate.of(year, m.month, m.day > 0 ? m.day : 1);
        g = m.day > 0 ? Granularity.DAY : Granularity.MONTH;
      } catch (DateTimeException e) {
        date = LocalDate.of(year, m.month, 1);
        g = Granularity.MONTH;
      }
    }
    return emit(unit, t, start, end, date, g, relative, part, m.namings, out);
  }

  /** The year of a month named without one: this year, or the nearest past or coming one. */
  private int resolveYear(int month, int direction) {
    int year = articleDate.getYear();
    int current = articleDate.getMonthValue();
    if (direction < 0) {
      return month < current ? year : year - 1;
    }
    if (direction > 0) {
      return month > current ? year : year + 1;
    }
    return year;
  }

  private record Match(int month, int end, List<MonthNaming> namings, int day) {}

  /** A month name at {@code i}, or a dual form {@code أغسطس/آب} or {@code أبريل (نيسان)}; null if none. */
  private static Match month(Tokens t, int i) {
    Match first = singleMonth(t, i);
    if (first == null) {
      return null;
    }
    int j = first.end;
    boolean bracket = j + 1 < t.size() && t.get(j).is("(");
    if (j + 1 < t.size() && (t.get(j).is("/") || t.get(j).is("\\") || t.get(j).is("-") || bracket)) {
      Match second = singleMonth(t, j + 1);
      if (second != null && (!bracket || second.end < t.size() && t.get(second.end).is(")"))) {
        List<MonthNaming> both = new ArrayList<>(first.namings);
        both.addAll(second.namings);
        return new Match(first.month, bracket ? second.end + 1 : second.end, both, 0); // past the ")"
      }
    }
    return first;
  }

  private static Match singleMonth(Tokens t, int i) {
    if (i >= t.size() || !t.get(i).word()) {
      return null;
    }
    for (Clitics.Bare b : Clitics.forms(t.get(i).norm())) {
      if (i + 1 < t.size()) {
        CalendarNames.Month two = CalendarNames.month(b.form(), t.get(i + 1).norm());
        if (two != null) {
          return new Match(two.number(), i + 2, List.of(two.naming()), 0);
        }
      }
      CalendarNames.Month one = CalendarNames.month(b.form());
      if (one != null) {
        return new Match(one.number(), i + 1, List.of(one.naming()), 0);
      }
    }
    return null;
  }

  private static int day(String token) {
    if (token.isEmpty() || token.length() > 2 || !Character.isDigit(token.charAt(0))
        || (token.length() == 2 && !Character.isDigit(token.charAt(1)))) {
      return 0;
    }
    int d = Integer.parseInt(token);
    return d >= 1 && d <= 31 ? d : 0;
  }

  /** A year from 1900 to 2099, in ASCII digits (tokens are normalized). */
  static boolean isYearToken(String token) {
    if (token.length() != 4 || !(token.startsWith("19") || token.startsWith("20"))) {
      return false;
    }
    return Character.isDigit(token.charAt(2)) && Character.isDigit(token.charAt(3));
  }

  private static int emit(TextUnit unit, Tokens t, int from, int to, LocalDate date, Granularity g,
                          boolean relative, PeriodPart part, List<MonthNaming> namings, List<ExtractedFact> out) {
    int s = t.get(from).start();
    int e = t.get(to - 1).end();
    out.add(new ExtractedFact(ExtractedFact.Kind.DATE, unit.span(s, e), unit.text().substring(s, e), null, null,
        new DateMention(date, g, relative, part, namings), null));
    return to;
  }
}
