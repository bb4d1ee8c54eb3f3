package dev.articles.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * One fact read from an article, before it gets a name. Exactly one of the details is set, per kind.
 *
 * @param kind what kind of fact it is
 * @param span where it stands
 * @param text the fact's text: exactly the text at {@code span}
 * @param quote set for quotes
 * @param figure set for figures
 * @param date set for dates
 * @param entity set for entities
 */
public record ExtractedFact(Kind kind, Span span, String text, Quote quote, Figure figure, DateMention date,
                            Entity entity) {

  /** The kinds of fact. */
  public enum Kind {
    QUOTE,
    FIGURE,
    DATE,
    ENTITY
  }

  /** A quotation: who said it, with which verb, and whether the speaker was inferred. */
  public record Quote(Speaker speaker, String verb, boolean inferred) {}

  /** A quotation's source. */
  public record Speaker(String name, String role, SpeakerType type, String entityId) {}

  /** A speaker's type. */
  public enum SpeakerType {
    UNKNOWN,
    PERSON,
    ORGANIZATION,
    DOCUMENT
  }

  /**
   * A figure: the value with scale applied, the unit noun as written, and how approximate it is; a RANGE runs
   * from {@code value} to {@code upper}, which is 0 for any other bound.
   */
  public record Figure(double value, String unit, Bound bound, double upper) {
    public Figure(double value, String unit, Bound bound) {
      this(value, unit, bound, 0);
    }

    public boolean approximate() {
      return bound != Bound.EXACT;
    }
  }

  /** How a figure relates to the true amount. */
  public enum Bound {
    EXACT,
    ABOUT,
    MORE_THAN,
    LESS_THAN,
    RANGE
  }

  /**
   * A temporal expression, resolved as far as the text allows.
   *
   * @param date the resolved date, or null; a YEAR has January 1, a MONTH the first of the month
   * @param granularity how precise {@code date} is
   * @param relative whether it was resolved against the article's date
   * @param periodPart which part of the period it points at
   * @param namings the month-naming systems of its month names
   */
  public record DateMention(LocalDate date, Granularity granularity, boolean relative, PeriodPart periodPart,
                            List<dev.articles.ingest.MonthNaming> namings) {}

  /** How precise a resolved date is. */
  public enum Granularity {
    NONE,
    YEAR,
    MONTH,
    DAY
  }

  /** A part of a period. */
  public enum PeriodPart {
    WHOLE,
    START,
    MIDDLE,
    END
  }

  /** A mention of a known entity. */
  public record Entity(String id, String canonicalName, EntityType type) {}

  /** The type of an entity. */
  public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE
  }
}
