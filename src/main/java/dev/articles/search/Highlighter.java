package dev.articles.search;

import dev.articles.v1.Article;
import dev.articles.v1.ArticlePart;
import dev.articles.v1.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks where a query's words stand in an article: each word of the stored text whose analyzed forms meet
 * the query's, as a span in code points, the unit of fact evidence.
 */
public final class Highlighter {
  /** The most highlights one result carries. */
  public static final int MAX_HIGHLIGHTS = 20;

  private Highlighter() {}

  public static List<TextSpan> highlights(Analyzer analyzer, SearchQuery query, Article article) {
    Set<String> terms = query.positiveTerms(analyzer);
    List<TextSpan> out = new ArrayList<>();
    mark(analyzer, terms, ArticlePart.ARTICLE_PART_TITLE, 0, article.getTitle(), out);
    mark(analyzer, terms, ArticlePart.ARTICLE_PART_SUBTITLE, 0, article.getSubtitle(), out);
    mark(analyzer, terms, ArticlePart.ARTICLE_PART_LEAD, 0, article.getLead(), out);
    for (int i = 0; i < article.getBodyCount() && out.size() < MAX_HIGHLIGHTS; i++) {
      mark(analyzer, terms, ArticlePart.ARTICLE_PART_BODY, i, article.getBody(i).getText(), out);
    }
    return out.size() > MAX_HIGHLIGHTS ? out.subList(0, MAX_HIGHLIGHTS) : out;
  }

  private static void mark(Analyzer analyzer, Set<String> terms, ArticlePart part, int block, String text,
                           List<TextSpan> out) {
    if (text.isEmpty() || out.size() >= MAX_HIGHLIGHTS) {
      return;
    }
    try (TokenStream ts = analyzer.tokenStream(part.name(), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int lastStart = -1;
      while (ts.incrementToken()) {
        if (offset.startOffset() != lastStart && terms.contains(term.toString())) {
          lastStart = offset.startOffset(); // stacked forms of one word share its offsets
          out.add(TextSpan.newBuilder()
              .setPart(part)
              .setBlockIndex(block)
              .setStartOffset(text.codePointCount(0, offset.startOffset()))
              .setEndOffset(text.codePointCount(0, offset.endOffset()))
              .build());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
