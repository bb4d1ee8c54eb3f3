package dev.articles.ingest;

import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the cleaned text of a scraped article into its parts.
 *
 * <p>The layout it reads, each part optional except the title and some body text:
 *
 * <ol>
 *   <li>a date line, among the first three lines;
 *   <li>the title, once or repeated;
 *   <li>the dek, then the image caption (the dek again, or another line, ending in a photo credit such as
 *       {@code (غيتي)} or {@code [رويترز]}), then the lead: these three stand together with no blank line
 *       between them, or apart when the caption repeats the dek word for word; a dek has no closing
 *       punctuation, and a dek that carries the credit itself is also the caption, unless it repeats the
 *       title: then it is the caption alone, and the page has no dek; with no dek, the lead is the opening
 *       paragraph;
 *   <li>the body: one block per line, where a line is a <b>heading</b> when it has at most {@value
 *       #MAX_HEADING_WORDS} words, does not end in sentence punctuation ({@code . ! ? ؟ : ؛ …} or a closing
 *       quotation mark) unless it is a numbered question ({@code ١- ماذا حدث؟}) or, outside an interview, a
 *       topic put as a short question with no question word ({@code كلفة على المواطن؟}), and is followed by
 *       another block; every other line is a <b>paragraph</b>;
 *   <li>the sources line, {@code المصادر:} followed by a line, or {@code المصدر: X} on one line;
 *   <li>site boilerplate, which is dropped wherever it stands ({@link Boilerplate}).
 * </ol>
 */
public final class ArticleParser {
  static final int MAX_HEADING_WORDS = 12;
  static final int MAX_TITLE_WORDS = 40;
  static final int MAX_DEK_WORDS = 60;
  static final int MAX_CREDIT_WORDS = 6;

  private static final Pattern CREDIT =
      Pattern.compile("^(.*?\\S)\\s*(?:[(（]([^()（）]{1,80})[)）]|\\[([^\\[\\]]{1,80})\\])\\s*$");
  private static final String SENTENCE_END = ".!?؟:؛…\"»”'’)";
  private static final Pattern SOURCES = Pattern.compile("^(?:ال)?(?:مصادر|مصدر)\\s*[:：]\\s*(.*)$");
  private static final Pattern SOURCE_SPLIT = Pattern.compile("\\s*[،,؛;+|]\\s*");

  private ArticleParser() {}

  /** A non-empty, non-boilerplate line and the blank-line-separated group it stands in. */
  private record Line(String text, int group) {}

  /** Parses cleaned text; refuses text that is not an article. */
  public static ParsedArticle parse(String fileName, String text) throws RefusedFileException {
    refuseNonArticle(fileName, text);
    List<Issue> warnings = new ArrayList<>();
    List<Line> lines = contentLines(text);

    Dateline dateline = takeDateline(fileName, lines, warnings);
    if (lines.isEmpty()) {
      throw new RefusedFileException(fileName, "NO_TITLE", "no text after the date line");
    }
    String title = lines.remove(0).text();
    int titleWords = countWords(title);
    if (titleWords > MAX_TITLE_WORDS) {
      throw new RefusedFileException(fileName, "NO_TITLE", "the first line is a " + titleWords
          + "-word paragraph, not a title", Map.of("words", Integer.toString(titleWords)));
    }
    while (!lines.isEmpty() && sameText(lines.get(0).text(), title)) {
      lines.remove(0);
    }
    List<String> sources = takeSources(fileName, lines, warnings);

    Header header = Header.take(lines, title);
    List<Block> body = new ArrayList<>();
    boolean interview = lines.stream().filter(l -> isQuestion(l.text())).count() >= 2;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).text();
      boolean heading = i + 1 < lines.size() && (isHeadingShaped(line) || !interview && isTopicQuestion(line));
      body.add(new Block(heading ? Block.Kind.HEADING : Block.Kind.PARAGRAPH, line));
    }
    if (body.isEmpty() && header.lead.isEmpty()) {
      throw new RefusedFileException(fileName, "NO_BODY", "a title but no body text");
    }
    if (dateline == null) {
      warnings.add(Issue.warning(fileName, "NO_DATELINE", "no date line; the published date is unset", Map.of()));
    }
    int words = countWords(title) + countWords(header.subtitle) + countWords(header.lead);
    for (Block b : body) {
      words += countWords(b.text());
    }
    return new ParsedArticle(dateline, title, header.subtitle, header.lead, header.caption, header.credit,
        body, sources, "ar", true, words, warnings);
  }

  private static void refuseNonArticle(String fileName, String text) throws RefusedFileException {
    String trimmed = text.strip();
    char first = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
    char last = trimmed.isEmpty() ? ' ' : trimmed.charAt(trimmed.length() - 1);
    if (first == '<' && last == '>' || first == '{' && last == '}' || first == '[' && last == ']') {
      throw new RefusedFileException(fileName, "NOT_AN_ARTICLE",
          "markup or data, not article text (starts with '" + first + "')", Map.of("starts_with", String.valueOf(first)));
    }
    double share = TextDecoder.arabicShare(text);
    if (share < 0.5) {
      throw new RefusedFileException(fileName, "UNSUPPORTED_LANGUAGE",
          String.format("not Arabic text (%.0f%% of letters are Arabic)", share * 100),
          Map.of("arabic_share", String.format("%.2f", share)));
    }
  }

  private static List<Line> contentLines(String text) {
    List<Line> lines = new ArrayList<>();
    int group = 0;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        group++;
      } else if (!Boilerplate.isBoilerplate(line)) {
        lines.add(new Line(MatchText.collapseSpaces(line), group));
      }
    }
    return lines;
  }

  private static Dateline takeDateline(String fileName, List<Line> lines, List<Issue> warnings) {
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      DatelineParser.Result result = DatelineParser.parse(fileName, lines.get(i).text());
      if (result != null) {
        lines.remove(i);
        warnings.addAll(result.warnings());
        return result.dateline();
      }
    }
    return null;
  }

  /** Words in a line after the sources from which it reads as a paragraph rather than a link or a notice. */
  static final int PROSE_MIN_WORDS = 12;

  /** A full sentence of some length: what a paragraph is and a related link, a notice or a copyright is not. */
  private static boolean looksLikeProse(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.split("\\s+").length >= PROSE_MIN_WORDS && ".!?؟…\"»”".indexOf(s.charAt(s.length() - 1)) >= 0
        && !RELATED.matcher(MatchText.normalize(s)).lookingAt();
  }

  /** A related link's lead-in, however long the headline after it: اقرأ أيضا: كيف يؤثر …؟ */
  private static final Pattern RELATED = Pattern.compile("(?:اقرا|شاهد|طالع)\\s*(?:ايضا|كذلك)");

  /** Removes the sources line, and whatever trails it, from the end of the lines. */
  private static List<String> takeSources(String fileName, List<Line> lines, List<Issue> warnings) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = SOURCES.matcher(MatchText.normalize(lines.get(i).text()));
      if (!m.matches()) {
        continue;
      }
      String line = lines.get(i).text();
      String value = line.substring(line.indexOf(':') >= 0 ? line.indexOf(':') + 1 : line.indexOf('：') + 1).strip();
      int end = i + 1;
      if (value.isEmpty() && end < lines.size()) {
        value = lines.get(end++).text();
      }
      long prose = lines.subList(end, lines.size()).stream().filter(l -> looksLikeProse(l.text())).count();
      if (prose > 0) { // site chrome after the sources is expected; a paragraph there may be a lost one
        warnings.add(Issue.warning(fileName, "TRAILING_TEXT_DROPPED",
            prose + " paragraph(s) after the sources line were dropped with the site's boilerplate",
            Map.of("lines", Long.toString(prose))));
      }
      lines.subList(i, lines.size()).clear();
      List<String> sources = new ArrayList<>();
      for (String s : SOURCE_SPLIT.split(value)) {
        if (!s.isBlank()) {
          sources.add(s.strip());
        }
      }
      return sources;
    }
    return List.of();
  }

  /** The dek, caption, credit and lead, taken from the front of the remaining lines. */
  private record Header(String subtitle, String caption, String credit, String lead) {
    static Header take(List<Line> lines, String title) {
      if (lines.isEmpty()) {
        return new Header("", "", "", "");
      }
      Line first = lines.get(0);
      Matcher firstCredit = creditOf(first.text());
      String subtitle;
      String caption = "";
      String credit = "";
      Line last;
      if (firstCredit != null) {
        caption = firstCredit.group(1);
        // A caption that repeats the title is the photo's, and the page has no dek.
        subtitle = sameText(caption, title) ? "" : caption;
        credit = creditText(firstCredit);
        last = lines.remove(0);
      } else if (lines.size() > 1 && (isDekShaped(first.text()) || repeatedAsCaption(first, lines.get(1))
          || quotationBeforeCaption(first, lines.get(1)))) {
        subtitle = first.text();
        last = lines.remove(0);
        Line next = lines.get(0);
        Matcher nextCredit = creditOf(next.text());
        // The caption stands with the dek, or repeats it word for word even across a blank line.
        boolean isCaption = nextCredit != null && countWords(nextCredit.group(1)) <= MAX_DEK_WORDS
            && (next.group() == last.group() || sameText(nextCredit.group(1), subtitle));
        if (isCaption) {
          caption = nextCredit.group(1);
          credit = creditText(nextCredit);
          last = lines.remove(0);
        }
      } else {
        // No dek: the lead is the opening paragraph, as a reader would take it.
        boolean lead = !isHeadingShaped(first.text());
        return new Header("", "", "", lead ? lines.remove(0).text() : "");
      }
      // The lead stands with the dek and caption; when they come blank-separated but the caption repeats
      // the dek, the layout is still the seed's, and the next line is the lead.
      boolean spacedLayout = !caption.isEmpty() && last.group() != first.group() && caption.equals(subtitle);
      String lead = "";
      if (lines.size() > 1 && (lines.get(0).group() == last.group() || spacedLayout)
          && !isHeadingShaped(lines.get(0).text())) {
        lead = lines.remove(0).text();
      }
      return new Header(subtitle, caption, credit, lead);
    }
  }

  private static Matcher creditOf(String line) {
    Matcher m = CREDIT.matcher(line);
    return m.matches() && countWords(creditText(m)) <= MAX_CREDIT_WORDS ? m : null;
  }

  /** The credit inside (…) or […]. */
  private static String creditText(Matcher m) {
    return (m.group(2) != null ? m.group(2) : m.group(3)).strip();
  }

  /**
   * Whether the next line repeats this one with a photo credit, which makes it the dek however it ends: {@code
   * المدرب فلان: "…"} then {@code المدرب فلان: "…" (الخبر)}.
   */
  private static boolean repeatedAsCaption(Line line, Line next) {
    Matcher credit = creditOf(next.text());
    return credit != null && countWords(line.text()) <= MAX_DEK_WORDS && sameText(credit.group(1), line.text());
  }

  /**
   * Whether a short line that ends in a quotation has a captioned line right under it, which makes it the dek:
   * {@code وزير المالية: «الملحق لا يرتب أي ضرائب جديدة»} then {@code جانب من الجلسة (بترا)}.
   */
  private static boolean quotationBeforeCaption(Line line, Line next) {
    String text = line.text().strip();
    return creditOf(next.text()) != null && next.group() == line.group() && countWords(text) <= MAX_DEK_WORDS
        && !text.isEmpty() && "\"»”".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean isDekShaped(String line) {
    return countWords(line) <= MAX_DEK_WORDS && !endsSentence(line);
  }

  static boolean isHeadingShaped(String line) {
    if (line.length() > 120 || countWords(line) > MAX_HEADING_WORDS) {
      return false;
    }
    return !endsSentence(line) || isQuestionHeading(line);
  }

  /**
   * A numbered heading that asks a question, as explainers number theirs: {@code ١- ماذا حدث؟}. A question on
   * its own line otherwise is an interviewer's or the writer's, and a paragraph.
   */
  private static boolean isQuestionHeading(String line) {
    String s = line.strip();
    return !s.isEmpty() && (s.charAt(s.length() - 1) == '؟' || s.charAt(s.length() - 1) == '?')
        && NUMBERED.matcher(s).find();
  }

  /** The most words of a sub-heading put as a question without a question word: كلفة على المواطن؟. */
  static final int MAX_TOPIC_QUESTION_WORDS = 4;

  /** Words that open an asked question, with or without و or ف before them. */
  private static final Pattern QUESTION_WORD =
      Pattern.compile("^[وف]?(ما|ماذا|لماذا|كيف|متى|أين|اين|هل|من|كم|أي|اي|أليس|ألا|أم)(\\s|$)");

  /**
   * A sub-heading that puts its topic as a question with no question word ({@code كلفة على المواطن؟}), which
   * no interviewer asks that way, or in two words with one ({@code ماذا يتغير؟}); only outside interviews,
   * whose short questions ({@code كلمة أخيرة؟}) are paragraphs.
   */
  private static boolean isTopicQuestion(String line) {
    String s = line.strip();
    return isQuestion(s) && countWords(s) <= MAX_TOPIC_QUESTION_WORDS
        && (!QUESTION_WORD.matcher(s).find() || countWords(s) <= 2); // ماذا يتغير؟
  }

  private static boolean isQuestion(String line) {
    String s = line.strip();
    return !s.isEmpty() && (s.charAt(s.length() - 1) == '؟' || s.charAt(s.length() - 1) == '?');
  }

  private static final Pattern NUMBERED = Pattern.compile("^\\p{Nd}{1,2}\\s*[-–.)]\\s*\\S");

  private static boolean sameText(String a, String b) {
    return MatchText.key(a).equals(MatchText.key(b));
  }

  /**
   * Whether a line ends in sentence punctuation, or in a closing quotation mark after a quotation of more
   * than three words or a colon ({@code وقال: "لا تعليق"}), ignoring trailing whitespace. A short quoted
   * name at the end ({@code ارتياح في معسكر "العميد"}) ends no sentence.
   */
  private static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
      i--;
    }
    if (i < 0 || SENTENCE_END.indexOf(line.charAt(i)) < 0) {
      return false;
    }
    return CLOSING_MARKS.indexOf(line.charAt(i)) < 0 || line.indexOf(':') >= 0 || quotedWordsAtEnd(line, i) > 3;
  }

  /** Closing quotation marks, which end a sentence unless they close a short name: معسكر "العميد". */
  private static final String CLOSING_MARKS = "\"»”'’";

  /** How many words the quotation that closes at {@code close} holds. */
  private static int quotedWordsAtEnd(String line, int close) {
    int open = close - 1;
    while (open >= 0 && "\"«“'‘".indexOf(line.charAt(open)) < 0) {
      open--;
    }
    return open < 0 ? Integer.MAX_VALUE : countWords(line.substring(open + 1, close));
  }

  /** Counts words: runs of letters, marks and digits, joined by inner apostrophes or hyphens. */
  public static int countWords(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
      boolean joiner = inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(i + 1));
      if (wordChar && !inWord) {
        n++;
      }
      inWord = wordChar || joiner;
    }
    return n;
  }
}
