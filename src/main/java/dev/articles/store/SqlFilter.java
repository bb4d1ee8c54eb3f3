package dev.articles.store;

import dev.articles.query.Filter;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Compiles a checked filter AST into a SQL condition with {@code ?} placeholders.
 *
 * <p>Only the fixed templates below ever become SQL text; every value from the filter is a bound
 * parameter. Each comparison is wrapped in {@code COALESCE(…, FALSE)} so that NULL columns make it false
 * rather than unknown, and NOT then means what it says.
 */
final class SqlFilter {
  /** A SQL condition and its parameters, in order. */
  record Sql(String condition, List<Object> params) {}

  private static final String ALIAS = "(SELECT x.entity_id FROM entity_alias x WHERE x.alias_key = ?)";

  private SqlFilter() {}

  /** A condition over articles aliased {@code a}. */
  static Sql articles(Filter filter) {
    List<Object> params = new ArrayList<>();
    return new Sql(compile(filter, params, (c, p) -> articleComparison(c, p, false)), params);
  }

  /** A condition over superseded article versions ({@code article_history}) aliased {@code a}. */
  static Sql articleHistory(Filter filter) {
    List<Object> params = new ArrayList<>();
    return new Sql(compile(filter, params, (c, p) -> articleComparison(c, p, true)), params);
  }

  /** A condition over facts aliased {@code f}. */
  static Sql facts(Filter filter) {
    List<Object> params = new ArrayList<>();
    return new Sql(compile(filter, params, SqlFilter::factComparison), params);
  }

  /** A condition over source files aliased {@code s}. */
  static Sql sourceFiles(Filter filter) {
    List<Object> params = new ArrayList<>();
    return new Sql(compile(filter, params, SqlFilter::sourceFileComparison), params);
  }

  private interface Comparisons {
    String sql(Filter.Compare c, List<Object> params);
  }

  private static String compile(Filter f, List<Object> params, Comparisons comparisons) {
    if (f instanceof Filter.All) {
      return "TRUE";
    }
    if (f instanceof Filter.And and) {
      return join(and.parts(), " AND ", params, comparisons);
    }
    if (f instanceof Filter.Or or) {
      return join(or.parts(), " OR ", params, comparisons);
    }
    if (f instanceof Filter.Not not) {
      return "(NOT " + compile(not.part(), params, comparisons) + ")";
    }
    Filter.Compare c = (Filter.Compare) f;
    return "COALESCE(" + comparisons.sql(c, params) + ", FALSE)";
  }

  private static String join(List<Filter> parts, String op, List<Object> params, Comparisons comparisons) {
    StringJoiner j = new StringJoiner(op, "(", ")");
    for (Filter part : parts) {
      j.add(compile(part, params, comparisons));
    }
    return j.toString();
  }

  private static String articleComparison(Filter.Compare c, List<Object> params, boolean history) {
    // A superseded version's sources and entities are the ones saved with it, under the same valid_to.
    String sources = history ? "article_source_history s WHERE s.article_id = a.id AND s.valid_to = a.valid_to"
        : "article_source s WHERE s.article_id = a.id";
    String entities = history ? "article_entity_history e WHERE e.article_id = a.id AND e.valid_to = a.valid_to"
        : "article_entity e WHERE e.article_id = a.id";
    switch (c.field()) {
      case "published_date":
        params.add(Date.valueOf(LocalDate.parse(c.value())));
        return "a.published_date " + sqlOp(c.op()) + " ?";
      case "language_code":
        params.add(c.value());
        return "a.language_code " + sqlOp(c.op()) + " ?";
      case "source":
        params.add(c.value());
        return exists(c, "SELECT 1 FROM " + sources + " AND s.source_key = ?");
      case "entity":
        params.add(c.value());
        return exists(c, "SELECT 1 FROM " + entities + " AND e.entity_id IN " + ALIAS);
      default:
        throw new IllegalArgumentException("no SQL for article field " + c.field());
    }
  }

  private static String factComparison(Filter.Compare c, List<Object> params) {
    String sql;
    switch (c.field()) {
      case "kind":
        params.add(c.value());
        sql = "f.kind = ?";
        break;
      case "speaker":
        params.add(c.value());
        params.add(c.value());
        sql = "(f.kind = 'QUOTE' AND (f.speaker_key = ? OR f.entity_id IN " + ALIAS + "))";
        break;
      case "entity":
        params.add(c.value());
        sql = "f.entity_id IN " + ALIAS;
        break;
      default:
        throw new IllegalArgumentException("no SQL for fact field " + c.field());
    }
    return c.op() == Filter.Op.NE ? "NOT COALESCE(" + sql + ", FALSE)" : sql;
  }

  private static String sourceFileComparison(Filter.Compare c, List<Object> params) {
    switch (c.field()) {
      case "state":
        params.add(c.value().equals("REFUSED"));
        return "s.refused " + sqlOp(c.op()) + " ?";
      case "reason":
        params.add(c.value());
        return exists(c, "SELECT 1 FROM source_file_reason r WHERE r.file_name = s.file_name AND r.reason = ?");
      default:
        throw new IllegalArgumentException("no SQL for source file field " + c.field());
    }
  }

  private static String exists(Filter.Compare c, String subquery) {
    return (c.op() == Filter.Op.NE ? "NOT EXISTS (" : "EXISTS (") + subquery + ")";
  }

  private static String sqlOp(Filter.Op op) {
    switch (op) {
      case NE:
        return "<>";
      case LT:
        return "<";
      case LE:
        return "<=";
      case GT:
        return ">";
      case GE:
        return ">=";
      default:
        return "=";
    }
  }
}
