package dev.articles.search;

/** The names of the index's fields, in one place for the writer, the filters and the searches. */
final class IndexFields {
  private IndexFields() {}

  // No field names the document's type: only articles have ARTICLE_TEXT and only facts FACT_TEXT.
  /** The article ID, or for facts {@code article/fact}; also a sorted doc value, read by the startup check. */
  static final String ID = "id";
  /** The article ID, on article and fact documents alike, so an article's documents go together. */
  static final String ARTICLE = "article";
  /** The content digest the document was built from, to tell a stale hit. */
  static final String DIGEST = "digest";

  /**
   * An article's searchable text, one value per part: the title, dek and lead twice each, so that they
   * weigh more than the body in BM25, then each body block.
   */
  static final String ARTICLE_TEXT = "article_text";

  static final String PUBLISHED_DAY = "published_day";
  static final String LANGUAGE = "language";
  static final String SOURCE = "source";
  /** Entity IDs and every normalized name and alias of them. */
  static final String ENTITY = "entity";

  static final String KIND = "kind";
  /** A fact's searchable text: its text, and twice its speaker's name and role or its entity's name. */
  static final String FACT_TEXT = "fact_text";
  static final String SPEAKER_KEY = "speaker_key";
}
