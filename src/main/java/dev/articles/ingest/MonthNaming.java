package dev.articles.ingest;

/** A family of month names; mirrors {@code articles.v1.MonthNaming}. */
public enum MonthNaming {
  GREGORIAN,
  SYRIAC,
  MAGHREBI,
  MOROCCAN,
  NUMERIC,
  ENGLISH
}
