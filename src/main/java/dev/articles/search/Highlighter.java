package dev.articles.search;

import dev.articles.v1.Article;
import dev.articles.v1.ArticlePart;
import dev.articles.v1.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

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

  /**
   * Marks the words of one text whose forms meet the query's. It splits words on letters and digits and
   * applies the analyzer's own normalization, spelling variants and proclitic variants to each, without
   * running a whole Lucene token stream per result.
   */
  private static void mark(Analyzer analyzer, Set<String> terms, ArticlePart part, int block, String text,
                           List<TextSpan> out) {
    int i = 0;
    java.util.ArrayDeque<String> variants = new java.util.ArrayDeque<>();
    while (i < text.length() && out.size() < MAX_HIGHLIGHTS) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isWordChar(text.charAt(i))) {
        i++;
      }
      String word = SpellingVariantFilter.unify(dev.articles.text.MatchText.normalize(text.substring(start, i)));
      if (word.isEmpty()) {
        continue;
      }
      boolean hit = terms.contains(word);
      if (!hit) {
        variants.clear();
        CliticVariantFilter.variants(word, ArabicSearchAnalyzer.protectedWords(analyzer), variants);
        for (String v : variants) {
          hit |= terms.contains(v);
        }
      }
      if (hit) {
        out.add(TextSpan.newBuilder()
            .setPart(part)
            .setBlockIndex(block)
            .setStartOffset(text.codePointCount(0, start))
            .setEndOffset(text.codePointCount(0, i))
            .build());
      }
    }
  }

  /** Word characters as the standard tokenizer sees Arabic and Latin text: letters, digits and marks. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
