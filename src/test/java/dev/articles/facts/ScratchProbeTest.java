package dev.articles.facts;

import org.junit.jupiter.api.Test;

class ScratchProbeTest {
  private static void show(String label, String... p) throws Exception {
    System.out.println("PROBE " + label + " " + SpeakerAttributionTest.facts("عنوان الخبر", p).stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).map(f -> f.quote().speaker().name()).toList());
  }
  @Test
  void probe() throws Exception {
    show("A", "سمحت السلطات بدخول 4 شاحنات وقود إلى قطاع غزة عبر معبر رفح، بحسب مصدر في الهلال الأحمر الفلسطيني.",
        "وقال المصدر، الذي طلب عدم الكشف عن هويته، إن \"الشاحنات عبرت قرابة الثانية ظهرا\".");
    show("B", "وقال مصدر في الهلال الأحمر الفلسطيني إن الشاحنات وصلت.",
        "وقال المصدر، الذي طلب عدم الكشف عن هويته، إن \"الشاحنات عبرت قرابة الثانية ظهرا\".");
    show("C", "وقال مصدر في الهلال الأحمر الفلسطيني إن \"الشاحنات وصلت\".",
        "وأضاف المصدر إن \"الشاحنات عبرت قرابة الثانية ظهرا\".");
  }
}
