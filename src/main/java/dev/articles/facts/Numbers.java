package dev.articles.facts;

import dev.articles.text.MatchText;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads numbers as Arabic news writes them: digits of any script, separators, scale words, number words. */
final class Numbers {
  private Numbers() {}

  private static final Pattern THOUSANDS = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?");
  private static final Pattern PLAIN = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("[0-9]+,[0-9]{1,2}");

  private static final Map<String, Double> SCALES = new HashMap<>();
  private static final Map<String, Double> WORDS = new HashMap<>();
  /** {@link #WORDS} after ل or ب, as one token, for the name rules' hot path. */
  private static final java.util.Set<String> PREFIXED = new java.util.HashSet<>();

  static {
    scale(1e3, "ألف آلاف ألفا ألفين ألفان");
    scale(1e6, "مليون ملايين مليونا مليونين مليونان");
    scale(1e9, "مليار مليارات مليارا مليارين ملياران");
    scale(1e12, "تريليون تريليونات تريليونا تريليونين");
    word(2, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي"); // the last four before عشر: اثنا عشر
    word(3, "ثلاث ثلاثة تلاتة"); // and as spoken in Egypt and the Levant; not تلات, also a Moroccan place
    word(4, "أربع أربعة");
    word(5, "خمس خمسة");
    word(6, "ستة ست");
    word(7, "سبع سبعة");
    word(8, "ثماني ثمانية ثمان تمانية");
    word(9, "تسع تسعة");
    word(10, "عشر عشرة");
    word(11, "أحد إحدى");
    word(20, "عشرون عشرين");
    word(30, "ثلاثون ثلاثين تلاتين");
    word(40, "أربعون أربعين");
    word(50, "خمسون خمسين");
    word(60, "ستون ستين");
    word(70, "سبعون سبعين");
    word(80, "ثمانون ثمانين تمانين");
    word(90, "تسعون تسعين");
    word(100, "مئة مائة");
    word(200, "مئتا مئتي مئتان مئتين مائتان مائتين");
    word(300, "ثلاثمئة ثلاثمائة ثلثمئة ثلثمائة");
    word(400, "أربعمئة أربعمائة");
    word(500, "خمسمئة خمسمائة");
    word(600, "ستمئة ستمائة");
    word(700, "سبعمئة سبعمائة");
    word(800, "ثمانمئة ثمانمائة ثمانيمئة ثمانيمائة");
    word(900, "تسعمئة تسعمائة");
    word(1000, "ألف");
    word(2000, "ألفا ألفان ألفين ألفي"); // ألفي نسخة: the dual before its noun
    word(1e6, "مليون"); // أكثر من مليون مستعمل
    word(1e9, "مليار");
    word(1e12, "تريليون"); // إلى تريليون درهم
    word(2e6, "مليونا مليونان مليوني مليونين");
    word(2e9, "مليارا ملياران ملياري مليارين");
    for (String w : WORDS.keySet()) {
      if (w.length() > 2) {
        PREFIXED.add("ل" + w);
        PREFIXED.add("ب" + w);
      }
    }
  }

  private static void scale(double factor, String words) {
    for (String w : words.split(" ")) {
      SCALES.put(MatchText.normalize(w), factor);
    }
  }

  private static void word(double value, String words) {
    for (String w : words.split(" ")) {
      WORDS.put(MatchText.normalize(w), value);
    }
  }

  /** The value of a normalized digit token such as {@code 1,200} or {@code 4.5}, or null. */
  static Double digits(String token) {
    if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
      return null;
    }
    if (THOUSANDS.matcher(token).matches()) {
      return Double.parseDouble(token.replace(",", ""));
    }
    if (PLAIN.matcher(token).matches()) {
      return Double.parseDouble(token);
    }
    if (DECIMAL_COMMA.matcher(token).matches()) {
      return Double.parseDouble(token.replace(',', '.'));
    }
    return null;
  }

  /** The factor of a scale word such as {@code مليارات}, or null. */
  static Double scale(String token) {
    return SCALES.get(token);
  }

  /** The value of a cardinal number word such as {@code عشرة}, or null. 11 stands for أحد in أحد عشر only. */
  static Double word(String token) {
    return WORDS.get(token);
  }

  /** A number word after ل or ب, as one token: لأربعة, بثلاثة. */
  static boolean isPrefixedWord(String token) {
    return PREFIXED.contains(token);
  }
}
