package dev.articles.ingest;

/** One unit of an article body: a heading or a paragraph, with its stored text. */
public record Block(Kind kind, String text) {
  /** Whether a block is a heading or a paragraph. */
  public enum Kind {
    HEADING,
    PARAGRAPH
  }
}
