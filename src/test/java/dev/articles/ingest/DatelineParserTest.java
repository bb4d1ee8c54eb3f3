package dev.articles.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date lines in the forms news sites print them, one line each, outside any article. */
class DatelineParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      الثلاثاء 16 أبريل / نيسان 2024          | 2024-04-16 | GREGORIAN SYRIAC
      الثلاثاء، 16 أبريل 2024                 | 2024-04-16 | GREGORIAN
      16 ابريل 2024                           | 2024-04-16 | GREGORIAN
      تاريخ النشر: 16 نيسان (أبريل) 2024      | 2024-04-16 | SYRIAC GREGORIAN
      الثلاثاء 16 أبريل (نيسان) 2024 م        | 2024-04-16 | GREGORIAN SYRIAC
      الثلاثاء 16-أبريل-2024                  | 2024-04-16 | GREGORIAN
      أبريل 16، 2024                          | 2024-04-16 | GREGORIAN
      أبريل (نيسان) 16، 2024                  | 2024-04-16 | GREGORIAN SYRIAC
      الإثنين، ١٥ نيسان، ٢٠٢٤                 | 2024-04-15 | SYRIAC
      الأربعاء ۵ جويلية ۲۰۲۳                  | 2023-07-05 | MAGHREBI
      الأحد 12 شتنبر 2021 - 14:30             | 2021-09-12 | MOROCCAN
      الاثنين 4 أغشت 2025                     | 2025-08-04 | MOROCCAN
      الأحد 7 رمضان 1445 الموافق 17 مارس 2024 | 2024-03-17 | GREGORIAN
      السبت 1 شباط/فبراير 2025 - آخر تحديث: 10:15 | 2025-02-01 | SYRIAC GREGORIAN
      نشر في: 2022/05/03 - 10:45              | 2022-05-03 | NUMERIC
      الاثنين 15-04-2024                      | 2024-04-15 | NUMERIC
      2024-04-16T10:30:00+03:00               | 2024-04-16 | NUMERIC
      Tuesday 16 April 2024                   | 2024-04-16 | ENGLISH
      Tue, 16 Apr 2024 10:32 GMT              | 2024-04-16 | ENGLISH
      Published On 16 Apr. 2024               | 2024-04-16 | ENGLISH
      April 16th, 2024                        | 2024-04-16 | ENGLISH
      Last updated: Sunday 1st of September 2024 | 2024-09-01 | ENGLISH
      الثلاثاء 16 أبريل / April 2024          | 2024-04-16 | GREGORIAN ENGLISH
      """)
  void parse_dateLine_readsTheDateAndTheNamingSystems(String line, LocalDate date, String namings) {
    DatelineParser.Result r = DatelineParser.parse("t.txt", line);
    assertNotNull(r, line);
    assertEquals(date, r.dateline().date(), line);
    assertEquals(Arrays.stream(namings.split(" ")).map(MonthNaming::valueOf).toList(), r.dateline().namings(), line);
    assertEquals(List.of(), r.warnings(), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "وقالت الوزارة في بيان صدر يوم 16 أبريل 2024 إن العمل سيستمر حتى نهاية الشهر المقبل",
      "الحكومة المغربية ترفع أسعار المحروقات",
      "16 (نيسان 2024",
      "The ministry said on 16 April 2024 that work would go on until the end of next month"})
  void parse_textThatIsNotADateLine_isNull(String line) {
    assertNull(DatelineParser.parse("t.txt", line), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Monday 16 April 2024", "Mon, Apr 16, 2024"})
  void parse_englishWeekdayThatContradictsTheDate_warns(String line) {
    DatelineParser.Result r = DatelineParser.parse("t.txt", line);
    assertNotNull(r, line);
    assertEquals(List.of("WEEKDAY_MISMATCH"), r.warnings().stream().map(Issue::reason).toList(), line);
    assertEquals(line.substring(0, 3), r.dateline().weekday().substring(0, 3), line);
  }
}
