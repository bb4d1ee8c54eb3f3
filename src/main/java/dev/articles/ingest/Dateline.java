package dev.articles.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * A date line as read.
 *
 * @param rawText the line as written, after text hygiene
 * @param weekday the weekday as written, or empty
 * @param date the date, or null when the line names an impossible one
 * @param namings the month-naming systems of the month names, in written order
 */
public record Dateline(String rawText, String weekday, LocalDate date, List<MonthNaming> namings) {
  public Dateline {
    namings = List.copyOf(namings);
  }
}
