package dev.articles.api;

import dev.articles.query.Filter;
import dev.articles.query.FilterException;
import dev.articles.query.FilterParser;
import dev.articles.query.FilterSchema;
import dev.articles.v1.ArticleView;
import java.util.Map;

/** Checks the request fields that several RPCs share: page size, view and filter. */
final class Requests {
  /** The page size used when a request asks for 0. */
  static final int DEFAULT_PAGE_SIZE = 50;
  /** The largest page; larger requests are coerced to it. */
  static final int MAX_PAGE_SIZE = 1000;

  private Requests() {}

  static int pageSize(int requested) {
    if (requested < 0) {
      throw ServiceException.invalid("page_size", "INVALID_PAGE_SIZE",
          "page_size must not be negative, got " + requested, Map.of("page_size", Integer.toString(requested)));
    }
    return requested == 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
  }

  /** Whether to read the FULL view; UNSPECIFIED takes the RPC's default. */
  static boolean fullView(ArticleView view, boolean defaultFull) {
    switch (view) {
      case ARTICLE_VIEW_UNSPECIFIED:
        return defaultFull;
      case ARTICLE_VIEW_BASIC:
        return false;
      case ARTICLE_VIEW_FULL:
        return true;
      default:
        throw ServiceException.invalid("view", "INVALID_VIEW", "view " + view + " is not a known view",
            Map.of("view", String.valueOf(view)));
    }
  }

  static Filter filter(String text, FilterSchema schema) {
    try {
      return FilterParser.parse(text, schema);
    } catch (FilterException e) {
      throw ServiceException.invalid("filter", "INVALID_FILTER", "filter: " + e.getMessage(),
          Map.of("position", Integer.toString(e.position() + 1)));
    }
  }
}
