package dev.articles.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchTextTest {
  @Test
  void normalize_unifiesAlefHamzaYehTehMarbutaDigitsAndDropsMarks() {
    assertEquals("الامريكيه", MatchText.normalize("الأمريكيّة"));
    assertEquals("انسحاب", MatchText.normalize("انْسِـحاب"));
    assertEquals("مستشفي 2024", MatchText.normalize("مستشفى ٢٠٢٤"));
    assertEquals("4.5 و1,200", MatchText.normalize("٤٫٥ و١٬٢٠٠"));
    assertEquals("1990", MatchText.normalize("۱۹۹۰"));
  }

  @Test
  void of_mapsNormalizedSpansBackToTheOriginal() {
    MatchText m = MatchText.of("قالَ الوزيرُ إنّ");
    int at = m.normalized().indexOf("الوزير");
    assertEquals("الوزيرُ", m.original().substring(m.originStart(at), m.originEnd(at + "الوزير".length())));
  }

  @Test
  void normalize_dropsJoinersAndSoftHyphensInsideWords_andSpansStillMapBack() {
    String written = "بدء الانس\u200Cحاب وال\u00ADقوات \u200Dالأميركية";
    assertEquals("بدء الانسحاب والقوات الاميركيه", MatchText.normalize(written));
    MatchText m = MatchText.of(written);
    int at = m.normalized().indexOf("الانسحاب");
    assertEquals("الانس\u200Cحاب", m.original().substring(m.originStart(at), m.originEnd(at + "الانسحاب".length())));
  }

  @Test
  void collapseSpaces_trimsAndJoinsRunsOfWhitespace() {
    assertEquals("a b c", MatchText.collapseSpaces("  a \t b\n\n c  "));
    assertEquals("", MatchText.collapseSpaces(" \t "));
    assertEquals("abc", MatchText.collapseSpaces("abc"));
  }

  @Test
  void key_isNormalizedAndCollapsed() {
    assertEquals("كانون الثاني", MatchText.key("  كانونُ   الثاني "));
  }
}
