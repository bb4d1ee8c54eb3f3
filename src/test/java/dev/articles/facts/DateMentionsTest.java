package dev.articles.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Months named in running text, in one or two naming systems, resolved against the article's date. */
class DateMentionsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      وتنتهي المهلة في ديسمبر/ كانون الأول 2024.     | ديسمبر/ كانون الأول 2024    | 2024-12-01 | GREGORIAN SYRIAC
      وتنتهي المهلة في أبريل (نيسان) 2025.           | أبريل (نيسان) 2025          | 2025-04-01 | GREGORIAN SYRIAC
      وكان الاتفاق قد وقع في تموز (يوليو) الماضي.     | تموز (يوليو) الماضي         | 2023-07-01 | SYRIAC GREGORIAN
      وبدأت الأشغال في 5 غشت 2023.                   | 5 غشت 2023                  | 2023-08-05 | MOROCCAN
      """)
  void month_inRunningText_isOneDateWithEveryNamingSystem(String sentence, String text, LocalDate date,
                                                          String namings) throws Exception {
    List<ExtractedFact> dates = FactFixtures.facts("خبر عن المهلة", sentence).stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.DATE && f.text().equals(text)).toList();
    assertEquals(1, dates.size(), sentence + " gave " + FactFixtures.facts("خبر عن المهلة", sentence));
    assertEquals(date, dates.get(0).date().date());
    assertEquals(List.of(namings.split(" ")), dates.get(0).date().namings().stream().map(Enum::name).toList());
  }
}
