package dev.articles.ingest;

import java.util.List;

/**
 * An article as the parser read it, before facts and storage. All text is stored text: cleaned, not
 * normalized.
 *
 * @param dateline the date line, or null when the file has none
 * @param title the headline
 * @param subtitle the dek, without its photo credit; empty when absent
 * @param lead the lead paragraph; empty when absent
 * @param imageCaption the lead image's caption, without the credit; empty when absent
 * @param imageCredit the photo credit, such as {@code غيتي}; empty when absent
 * @param body headings and paragraphs in reading order
 * @param sources the sources named on the sources line
 * @param languageCode the BCP-47 language, such as {@code ar}
 * @param rightToLeft whether the text runs right to left
 * @param wordCount words in the title, subtitle, lead and body
 * @param warnings problems noticed but accepted
 */
public record ParsedArticle(
    Dateline dateline,
    String title,
    String subtitle,
    String lead,
    String imageCaption,
    String imageCredit,
    List<Block> body,
    List<String> sources,
    String languageCode,
    boolean rightToLeft,
    int wordCount,
    List<Issue> warnings) {

  public ParsedArticle {
    body = List.copyOf(body);
    sources = List.copyOf(sources);
    warnings = List.copyOf(warnings);
  }
}
