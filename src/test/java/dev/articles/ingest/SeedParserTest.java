package dev.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedParserTest {
  private static final Path SEED = Path.of("seeds/000_eb0e55b8ce852041.txt");

  /** An article's text, parsed as the file {@code name} holding it in UTF-8 would be. */
  private static ParsedArticle parse(String name, String text) throws Exception {
    return SeedParser.parse(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static ParsedArticle parseSeed() throws Exception {
    return SeedParser.parse(SEED.getFileName().toString(), Files.readAllBytes(SEED));
  }

  @Test
  void parse_seed_readsEveryMetadataField() throws Exception {
    ParsedArticle a = parseSeed();
    assertEquals("باستثناء الاستشاريين.. العراق يعلن بدء انسحاب القوات الأميركية", a.title());
    assertEquals(LocalDate.of(2024, 4, 16), a.dateline().date());
    assertEquals("الثلاثاء", a.dateline().weekday());
    assertEquals("الثلاثاء 16 أبريل / أبريل 2024", a.dateline().rawText());
    assertEquals(List.of(MonthNaming.GREGORIAN, MonthNaming.GREGORIAN), a.dateline().namings());
    assertEquals("اتفاق ثنائي بين العراق والولايات المتحدة يقضي بإنهاء الوجود العسكري الأميركي نهاية العام الجاري",
        a.subtitle());
    assertEquals(a.subtitle(), a.imageCaption());
    assertEquals("غيتي", a.imageCredit());
    assertTrue(a.lead().startsWith("الناطق باسم القائد العام للقوات المسلحة العراقية يعلن بدء انسحاب"), a.lead());
    assertEquals(List.of("العربي", "وكالات"), a.sources());
    assertEquals("ar", a.languageCode());
    assertTrue(a.rightToLeft());
    assertEquals(342, a.wordCount());
    assertTrue(a.warnings().isEmpty(), a.warnings().toString());
  }

  @Test
  void parse_seed_findsTheThreeHeadingsInOrder() throws Exception {
    List<String> headings = parseSeed().body().stream()
        .filter(b -> b.kind() == Block.Kind.HEADING).map(Block::text).toList();
    assertEquals(List.of("استمرار التنسيق الاستخباري", "بقاء المستشارين العسكريين", "إنهاء الوجود الأميركي"), headings);
  }

  @Test
  void parse_seed_dropsBoilerplateAndKeepsParagraphs() throws Exception {
    ParsedArticle a = parseSeed();
    assertEquals(14, a.body().size()); // 11 paragraphs and 3 headings
    for (Block b : a.body()) {
      for (String junk : List.of("Changed", "شارك القصة", "تابع القراءة", "Close", "المصادر")) {
        assertFalse(b.text().contains(junk), junk + " left in: " + b.text());
      }
    }
    assertTrue(a.body().get(0).text().startsWith("بدأت القوات القتالية الأميركية"));
    assertTrue(a.body().get(a.body().size() - 1).text().startsWith("وتقود الولايات المتحدة تحالفًا دوليًا"));
  }

  @Test
  void parse_siteChromeAfterTheSources_isDroppedQuietly_butAParagraphThereIsWarnedOf() throws Exception {
    String article = "الأحد 3 مارس 2024\n\nالحكومة تقر الموازنة\n\nأقرت الحكومة الموازنة العامة للعام المقبل "
        + "بعد نقاش استمر أسبوعين.\n\nوقال وزير المالية إن الموازنة تراعي الأولويات.\n\nالمصدر: الجزيرة\n\n";
    String chrome = "اقرأ أيضا\nالحكومة تحيل مشروع الميزانية الجديدة إلى مجلس الأمة\nاشترك في النشرة البريدية "
        + "لتصلك أهم الأخبار يوميا\n© 2025 جميع الحقوق محفوظة\n";
    chrome += "اقرأ أيضا: كيف يؤثر قانون الجنسية الجديد على اللاجئين العرب المقيمين في ألمانيا منذ سنوات؟\n";
    ParsedArticle quiet = parse("a.txt", article + chrome);
    assertEquals(List.of("الجزيرة"), quiet.sources());
    assertTrue(quiet.warnings().isEmpty(), quiet.warnings().toString());
    String paragraph = "وأضاف الوزير أن العجز المتوقع سيتراجع إلى أقل من ثلاثة في المئة من الناتج المحلي بحلول "
        + "نهاية العام المقبل.\n";
    ParsedArticle warned = parse("b.txt", article + chrome + paragraph);
    assertEquals(List.of("TRAILING_TEXT_DROPPED"), warned.warnings().stream().map(Issue::reason).toList());
    assertEquals("1", warned.warnings().get(0).metadata().get("lines"));
  }

  @Test
  void parse_shortLineEndingInAQuotedName_isAHeading_butOneEndingInReportedWordsIsNot() throws Exception {
    String text = "الأحد 3 مارس 2024\n\nالمولودية تفوز على الشبيبة\n\nفوز ثمين في الجولة العاشرة\n"
        + "فوز ثمين في الجولة العاشرة (الخبر)\nفازت المولودية على الشبيبة بهدفين لهدف.\n\n"
        + "ارتياح في معسكر \"العميد\"\n\nوقال المدرب: \"لا تعليق\"\n\n"
        + "ورفع المشجعون لافتة كتب عليها \"الفوز لنا مهما طال الانتظار\"\n\nوتلعب المولودية الجولة المقبلة خارج أرضها.\n";
    ParsedArticle a = parse("h.txt", text);
    assertEquals(List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH),
        a.body().stream().map(Block::kind).toList());
  }

  @Test
  void parse_shortTopicPutAsAQuestion_isAHeading_butNotInAnInterview() throws Exception {
    String head = "الأحد 3 مارس 2024\n\nالناقل الوطني للمياه\n\nمشروع بكلفة ثلاثة مليارات\n"
        + "مشروع بكلفة ثلاثة مليارات (بترا)\nوقعت الحكومة عقد المشروع اليوم.\n\n";
    ParsedArticle report = parse("h.txt", head + "كلفة على المواطن؟\n\nوبحسب التقديرات سترتفع الفاتورة.\n\n"
        + "وتأخر المشروع بسبب التمويل.\n");
    assertEquals(List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH),
        report.body().stream().map(Block::kind).toList());
    ParsedArticle asked = parse("h.txt", head + "ماذا يتغير؟\n\nوتأخر المشروع بسبب التمويل.\n\n"
        + "وهل يكفي الماء؟ يقول الخبراء إن الحاجة أكبر.\n");
    assertEquals(List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH),
        asked.body().stream().map(Block::kind).toList());
    ParsedArticle interview = parse("h.txt", head + "كلمة أخيرة؟\n\nشكرا لكم.\n\nوماذا بعد؟\n\nسنواصل العمل.\n");
    assertTrue(interview.body().stream().allMatch(b -> b.kind() == Block.Kind.PARAGRAPH));
  }

  @Test
  void parse_dekThatEndsInAQuotation_isTheDek_whenTheCaptionRepeatsIt() throws Exception {
    String text = "الخميس 21 أوت 2025\n\nالمولودية تستهل موسمها بفوز أمام 40 ألف مناصر\n\n"
        + "المدرب خالد بن عيسى: \"الفريق لا يزال في بداية الطريق\"\n"
        + "المدرب خالد بن عيسى: \"الفريق لا يزال في بداية الطريق\" (الخبر)\n"
        + "افتتح نادي مولودية الجزائر مشواره في البطولة بفوز صعب على ضيفه.\n\nوسجل الهدف الأول في الدقيقة العاشرة.\n";
    ParsedArticle a = parse("d.txt", text);
    assertEquals("المدرب خالد بن عيسى: \"الفريق لا يزال في بداية الطريق\"", a.subtitle());
    assertEquals("الخبر", a.imageCredit());
    assertEquals("افتتح نادي مولودية الجزائر مشواره في البطولة بفوز صعب على ضيفه.", a.lead());
  }
}
