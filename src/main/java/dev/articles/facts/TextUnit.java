package dev.articles.facts;

import dev.articles.ingest.ParsedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of an article's stored text that facts are read from: the title, the dek, the lead, a block.
 * Its tokens are computed once and shared by every extractor.
 */
record TextUnit(Span.Part part, int block, String text, Tokens tokens) {

  TextUnit(Span.Part part, int block, String text) {
    this(part, block, text, Tokens.of(text));
  }

  /** The article's text units in reading order; a caption that repeats the dek or the title is not read twice. */
  static List<TextUnit> of(ParsedArticle a) {
    List<TextUnit> units = new ArrayList<>();
    add(units, Span.Part.TITLE, 0, a.title());
    add(units, Span.Part.SUBTITLE, 0, a.subtitle());
    if (!a.imageCaption().equals(a.subtitle()) && !a.imageCaption().equals(a.title())) {
      add(units, Span.Part.IMAGE_CAPTION, 0, a.imageCaption());
    }
    add(units, Span.Part.LEAD, 0, a.lead());
    for (int i = 0; i < a.body().size(); i++) {
      add(units, Span.Part.BODY, i, a.body().get(i).text());
    }
    return units;
  }

  private static void add(List<TextUnit> units, Span.Part part, int block, String text) {
    if (!text.isEmpty()) {
      units.add(new TextUnit(part, block, text));
    }
  }

  Span span(int start, int end) {
    return new Span(part, block, start, end);
  }
}
