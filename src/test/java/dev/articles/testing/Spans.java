package dev.articles.testing;

import dev.articles.v1.Article;
import dev.articles.v1.TextSpan;

/** Applies a span to an article the way the proto tells clients to: by code points of the part's text. */
public final class Spans {
  private Spans() {}

  public static String cut(Article a, TextSpan span) {
    String text;
    switch (span.getPart()) {
      case ARTICLE_PART_TITLE:
        text = a.getTitle();
        break;
      case ARTICLE_PART_SUBTITLE:
        text = a.getSubtitle();
        break;
      case ARTICLE_PART_LEAD:
        text = a.getLead();
        break;
      case ARTICLE_PART_IMAGE_CAPTION:
        text = a.getImage().getCaption();
        break;
      case ARTICLE_PART_BODY:
        text = a.getBody(span.getBlockIndex()).getText();
        break;
      default:
        throw new AssertionError("no part in " + span);
    }
    return text.substring(text.offsetByCodePoints(0, span.getStartOffset()),
        text.offsetByCodePoints(0, span.getEndOffset()));
  }
}
