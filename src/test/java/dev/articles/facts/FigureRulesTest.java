package dev.articles.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What counts as a figure and what it measures, in the shapes that a naive number-and-noun reader gets
 * wrong: numbers that name rather than count, compound units, scale words on decimal fractions, and number
 * words that follow a word spelled like a month.
 */
class FigureRulesTest {

  /** The figures of an article made of body paragraphs, as "text = value unit bound". */
  private static List<String> figures(String... paragraphs) throws Exception {
    return FactFixtures.facts("أرقام", paragraphs).stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.FIGURE)
        .map(f -> f.text() + " = " + f.figure().value() + " " + f.figure().unit() + " " + f.figure().bound())
        .toList();
  }

  @Test
  void compoundOrdinal_isNoFigure() throws Exception {
    assertEquals(List.of(), figures(
        "وقال المتحدث باسم الجيش ياسر عبد الباقي إن \"السيطرة على مقر الفرقة السادسة عشرة مشاة باتت مسألة وقت\"."));
  }

  @Test
  void moreThanWithYazid_isApproximate_andAYearAfterBihulul_isNoFigure() throws Exception {
    assertEquals(List.of("ما يزيد على 190 دولة = 190.0 دولة MORE_THAN"), figures(
        "ومن المقرر أن تنطلق أعمال المؤتمر بمشاركة ما يزيد على 190 دولة، لتخفض الانبعاثات بحلول 2035 مقارنة بغيرها."));
  }

  @Test
  void lawNumberWithItsYear_isNoFigure() throws Exception {
    assertEquals(List.of("30 يوما = 30.0 يوما EXACT"), figures(
        "ونص المرسوم عدد 417 لسنة 2024 على تعليق التصدير مدة 30 يوما."));
  }

  @Test
  void kilowattHour_isOneUnit() throws Exception {
    assertEquals(List.of("100 كيلوواط ساعة = 100.0 كيلوواط ساعة EXACT"), figures(
        "وتبدأ التعرفة الجديدة من أول 100 كيلوواط ساعة في الشهر."));
  }

  @Test
  void scaleWordOnADecimalFraction_keepsItsDigits() throws Exception {
    assertEquals(List.of("16.1 مليار متر مكعب = 1.61E10 متر مكعب EXACT"), figures(
        "وبلغت حقينة السدود 16.1 مليار متر مكعب."));
  }

  @Test
  void numberWordAfterAb_father_isAFigure_notADateAfterTheMonthAb() throws Exception {
    assertEquals(List.of("لخمسة أطفال = 5.0 أطفال EXACT"), figures(
        "ويعيش أبو محمد، وهو أب لخمسة أطفال، في غرفة واحدة."));
  }

  @Test
  void basisPoints_areOneUnit() throws Exception {
    assertEquals(List.of("300 نقطة أساس = 300.0 نقطة أساس EXACT"), figures("وخفض البنك الفائدة 300 نقطة أساس."));
  }

  @Test
  void numberNamingAStadiumOrACircular_isNoFigure_butAPriceAfterAnIdentifierWordIs() throws Exception {
    assertEquals(List.of("974 حاوية = 974.0 حاوية EXACT", "150 دولارا = 150.0 دولارا EXACT",
        "300 درهم = 300.0 درهم EXACT"), figures(
        "وبني استاد 974 المشيد من 974 حاوية شحن. ويتيح التعميم 166 سحب 150 دولارا إضافية. فإذا تجاوز سعر الرحلة "
            + "300 درهم فلن يستفيد منه الناس."));
  }

  @Test
  void definiteNumberCountsASpan_butIsAnOrdinalOtherwise() throws Exception {
    assertEquals(List.of("الـ48 ساعة = 48.0 ساعة EXACT"), figures(
        "وأحبطت الوحدات خلال الـ48 ساعة الماضية محاولات عدة، في الذكرى الـ63 لعيد الاستقلال."));
  }

  @Test
  void yearBeforeAPrepositionOrAMarker_isNoFigure() throws Exception {
    assertEquals(List.of("4 مليارات دولار = 4.0E9 دولار EXACT", "نحو 3.8 مليارات دينار = 3.8E9 دينار ABOUT"),
        figures("وهوت الإيرادات إلى 4 مليارات دولار في 2024 بفعل التوترات، وتبلغ اعتمادات الدعم لسنة 2024 نحو 3.8 "
            + "مليارات دينار."));
  }

  @Test
  void percentAfterAnIdentifierWord_aYearBeforeAPossessive_andMathalan() throws Exception {
    assertEquals(List.of("2% = 2.0 % EXACT"), figures(
        "سيكون وزن كل مادة 2% من المعدل. وما توقعاتكم لعام 2030؟ وصنف جيزة 45 مثلا ما زال من أنعم الأقطان."));
  }
}
