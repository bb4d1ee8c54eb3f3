package dev.articles.query;

import dev.articles.text.MatchText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields a filter may name, the operators each takes, and how each value is checked. */
public final class FilterSchema {
  /** How a field's values are checked and put in canonical form. */
  public enum Type {
    /** {@code YYYY-MM-DD}; canonical form is the ISO date. */
    DATE,
    /** Free text compared by normalized key ({@link MatchText}). */
    KEY,
    /** A lowercase language tag. */
    LANGUAGE,
    /** One of the names in the field's value set, with or without its prefix; canonical form is the name. */
    ENUM,
    /** An UPPER_SNAKE_CASE code such as an ErrorInfo reason; canonical form is upper case. */
    CODE
  }

  private record Field(Type type, Set<Filter.Op> ops, Set<String> values, String enumPrefix) {}

  private static final Set<Filter.Op> EQUALITY = EnumSet.of(Filter.Op.EQ, Filter.Op.NE, Filter.Op.HAS);
  private static final Set<Filter.Op> ORDERED = EnumSet.of(
      Filter.Op.EQ, Filter.Op.NE, Filter.Op.LT, Filter.Op.LE, Filter.Op.GT, Filter.Op.GE);

  /** The fields of article filters. */
  public static final FilterSchema ARTICLES = new FilterSchema()
      .field("published_date", Type.DATE, ORDERED)
      .field("language_code", Type.LANGUAGE, EQUALITY)
      .field("source", Type.KEY, EQUALITY)
      .field("entity", Type.KEY, EQUALITY);

  /** The fields of fact filters. */
  public static final FilterSchema FACTS = new FilterSchema()
      .enumField("kind", "FACT_KIND_", Set.of("QUOTE", "FIGURE", "DATE", "ENTITY"))
      .field("speaker", Type.KEY, EQUALITY)
      .field("entity", Type.KEY, EQUALITY);

  /** The fields of source-file filters. */
  public static final FilterSchema SOURCE_FILES = new FilterSchema()
      .enumField("state", "STATE_", Set.of("INGESTED", "REFUSED"))
      .field("reason", Type.CODE, EQUALITY);

  private final Map<String, Field> fields = new LinkedHashMap<>();

  private FilterSchema field(String name, Type type, Set<Filter.Op> ops) {
    fields.put(name, new Field(type, ops, Set.of(), ""));
    return this;
  }

  private FilterSchema enumField(String name, String prefix, Set<String> values) {
    fields.put(name, new Field(Type.ENUM, EQUALITY, values, prefix));
    return this;
  }

  /** The field names, for error messages. */
  public String fieldNames() {
    return String.join(", ", fields.keySet());
  }

  /** Checks a comparison and returns it with its value in canonical form. */
  Filter.Compare check(String fieldName, Filter.Op op, String value, int position) throws FilterException {
    Field field = fields.get(fieldName);
    if (field == null) {
      throw new FilterException("unknown field '" + fieldName + "'; filterable fields are " + fieldNames(), position);
    }
    if (!field.ops().contains(op)) {
      throw new FilterException("field '" + fieldName + "' does not support '" + op.symbol() + "'; use one of "
          + field.ops().stream().map(Filter.Op::symbol).collect(Collectors.joining(" ")), position);
    }
    Filter.Op canonicalOp = op == Filter.Op.HAS ? Filter.Op.EQ : op;
    return new Filter.Compare(fieldName, canonicalOp, canonical(fieldName, field, value, position));
  }

  private static String canonical(String name, Field field, String value, int position) throws FilterException {
    switch (field.type()) {
      case DATE:
        try {
          return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
          throw new FilterException("'" + name + "' needs a date as \"YYYY-MM-DD\", not \"" + value + "\"", position);
        }
      case LANGUAGE:
        if (!value.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
          throw new FilterException("'" + name + "' needs a BCP-47 language tag, not \"" + value + "\"", position);
        }
        return value.toLowerCase(java.util.Locale.ROOT);
      case ENUM:
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        String bare = upper.startsWith(field.enumPrefix()) ? upper.substring(field.enumPrefix().length()) : upper;
        if (!field.values().contains(bare)) {
          throw new FilterException("'" + name + "' takes one of " + String.join(", ", field.values().stream()
              .sorted().toList()) + ", not \"" + value + "\"", position);
        }
        return bare;
      case CODE:
        if (!value.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
          throw new FilterException("'" + name + "' needs a code such as NOT_UTF8, not \"" + value + "\"", position);
        }
        return value.toUpperCase(java.util.Locale.ROOT);
      case KEY:
      default:
        String key = MatchText.key(value);
        if (key.isEmpty()) {
          throw new FilterException("'" + name + "' needs a non-empty value", position);
        }
        return key;
    }
  }
}
