package dev.articles.facts;

/**
 * Where a fact stands: a part of the article, the body block index for BODY, and {@code [start, end)} in
 * UTF-16 units of that part's stored text. The assembler converts offsets to code points for the API.
 */
public record Span(Part part, int block, int start, int end) {
  /** A part of an article that holds text; mirrors {@code articles.v1.ArticlePart}. */
  public enum Part {
    TITLE,
    SUBTITLE,
    LEAD,
    IMAGE_CAPTION,
    BODY
  }
}
