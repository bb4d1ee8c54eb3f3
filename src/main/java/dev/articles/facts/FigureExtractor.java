package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Bound;
import dev.articles.facts.ExtractedFact.Figure;
import dev.articles.ingest.CalendarNames;
import dev.articles.text.MatchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds figures: a number and the noun it counts, {@code نحو 3000 جندي}, with scale words applied
 * ({@code ٤٫٥ مليارات} is 4.5e9), percentages, approximation markers, and number words that count something
 * ({@code عشرة أيام}). Years, dates, times, identifiers and ordinals are not figures.
 */
final class FigureExtractor {
  private static final Set<String> PERCENT_WORDS = Set.of("بالمئه", "بالمائه", "بالميه", "%", "٪"); // بالمية, spoken
  /** Fractions before a number word: نصف مليون is half of it. */
  private static final Set<String> FRACTIONS = Set.of("نصف", "ربع", "ثلث", "بنصف", "ونصف");
  private static final Set<String> PERCENT_AFTER_FI = Set.of("المئه", "المائه", "الميه");
  /** A fraction that opens a figure before a scale word: نصف مليون, ربع مليار. */
  private static final java.util.Map<String, Double> FRACTION_OF = java.util.Map.of("نصف", 0.5, "بنصف", 0.5,
      "ربع", 0.25, "بربع", 0.25);
  private static final Set<String> IDENTIFIER_WORDS = words("رقم الرقم القرار قرار المادة مادة الفقرة فقرة "
      + "البند بند الطريق طريق الحافلة الرحلة رحلة المرسوم مرسوم القانون قانون الدورة الكيلو تحت "
      + "فورمولا الفورمولا للفورمولا استاد الاستاد ملعب التعميم تعميم الدقيقة الساخن الهاتف هاتف المرتبة "
      + "بالمرتبة المركز بالمركز بالرقم برقم عيار العيار"); // عيار 21: a gold's grade
  /** Identifier words that are also places, where a number with a counted noun after it counts who is there. */
  private static final Set<String> PLACES = words("المركز بالمركز الدورة دورة");
  /** Spans and times in the plural or the accusative, which a number before them counts, whatever precedes it. */
  private static final Set<String> COUNTED_SPANS = words("يوما أياما أيام ساعات دقائق شهرا أشهر أسابيع أسبوعا "
      + "عاما سنوات أعوام مرات");
  /** Spans of time, which a number with the article counts: الـ48 ساعة الماضية. */
  private static final Set<String> SPANS = words("ساعة ساعات دقيقة دقائق يوما يوم أيام أسبوعا أسبوع أسابيع شهرا "
      + "شهر أشهر شهور عاما عام سنة سنوات أعوام");
  /** Currencies, after which a number that follows an identifier word is a price: الرحلة 300 درهم. */
  private static final Set<String> CURRENCIES = words("درهم دراهم دولار دولارا دولارات دينار دينارا دنانير ريال ريالا "
      + "ريالات جنيه جنيها جنيهات ليرة ليرات يورو أوقية");
  private static final Set<String> YEAR_WORDS = words("عام العام عامي سنة السنة سنتي منذ حتى بحلول أفق مطلع "
      + "نهاية بداية أواخر "
      + "أوائل منتصف خلال صيف خريف شتاء ربيع موسم موديل طراز"); // موديل 2016: a model year
  /** Plans and events named by their year: رؤية 2030, أجندة 2063, مونديال 2030. */
  private static final Set<String> NAMED_BY_YEAR = words("رؤية خطة استراتيجية إستراتيجية أجندة مونديال إكسبو ميزانية موازنة");
  private static final Set<String> NOT_UNITS = words("من في إلى على عن مع و أو ثم قد لا لم لن ما كما التي الذي بفعل نحو مثلا ضمن خلال عبر "
      + "الذين هذا هذه ذلك تلك بين حتى منذ قبل بعد عند أن إن فقط ظهرا عصرا صباحا مساء فجرا ليلا كل كان كانت كنا كنت كانوا "
      + "الصبح الظهر الضهر العصر المغرب بالليل بالليلة " // من الساعة ١٠ الصبح, الساعة 12 بالليل: a time of day, as spoken
      + "أول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر " // 2025 ثاني أو ثالث أكثر الأعوام حرا: a rank
      + "منه منها منهم " // إلى غاية 26 منه: the 26th of the month just named
      + "أكثر أقل أزيد حوالي حوالى قرابة زهاء"); // في 2023 أكثر من 17 ألف مهاجر: the marker of the next figure

  /** Nouns that begin with و, which a year-like number counts rather than being joined to: 2000 وافد, 1900 وظيفة. */
  private static final Set<String> WAW_NOUNS = words("وافد وافدا وافدين وافدون وحدة وحدات وثيقة وثائق وجبة وجبات "
      + "وظيفة وظائف وسيلة وسائل ولادة ولادات وفاة وفيات ورقة ورشة ورش وديعة ودائع وكالة واحة وسام وصفة وصفات");

  private static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : s.split(" ")) {
      out.add(MatchText.normalize(w));
    }
    return Set.copyOf(out);
  }

  List<ExtractedFact> extract(List<TextUnit> units) {
    List<ExtractedFact> out = new ArrayList<>();
    for (TextUnit unit : units) {
      Tokens t = unit.tokens();
      int i = 0;
      while (i < t.size()) {
        int next = figureAt(unit, t, i, out);
        i = next > i ? next : i + 1;
      }
    }
    return out;
  }

  /** Reads a figure whose number is token {@code i}; returns the index after it, or {@code i} if none. */
  private int figureAt(TextUnit unit, Tokens t, int i, List<ExtractedFact> out) {
    String tok = t.get(i).norm();
    Double value = Numbers.digits(tok);
    if (value == null && tok.length() > 2 && tok.startsWith("ال") && Character.isDigit(tok.charAt(2))
        && i + 1 < t.size() && (SPANS.contains(t.get(i + 1).norm()) || t.get(i + 1).is("%") // ضريبة الـ11%
        || Numbers.scale(t.get(i + 1).norm()) != null)) { // لا تملك الـ3.5 ملايين دولار المطلوبة
      value = Numbers.digits(tok.substring(2)); // خلال الـ48 ساعة الماضية; not الـ63 لعيد, an ordinal
    }
    if (value == null && tok.startsWith("ال") && i + 1 < t.size() && (t.get(i + 1).is("عشر") || t.get(i + 1).is("عشره"))
        && Numbers.word(tok.substring(2)) != null) {
      return i + 2; // الخمسة عشر عاما: "the fifteen", counted before, as الثلاثة is; not عشر عاما, ten
    }
    boolean fromWord = false;
    boolean teen = false;
    boolean compound = false;
    if (value == null && FRACTION_OF.containsKey(tok) && i + 1 < t.size() && Numbers.scale(t.get(i + 1).norm()) != null
        && Numbers.scale(t.get(i + 1).norm()) >= 1000) {
      value = FRACTION_OF.get(tok); // نحو نصف مليون زائر: half of the scale after it
      fromWord = true;
    }
    if (value == null && !Clitics.withoutConjunction(tok).equals("لست")) { // لست تاجرا: "I am not", no six
      for (Clitics.Bare b : Clitics.forms(tok)) {
        value = Numbers.word(b.form());
        if (value != null) {
          break;
        }
      }
      fromWord = value != null;
      Double one = ONE_IN_ACCUSATIVE.get(Clitics.withoutConjunction(tok));
      if (one != null && (continuesCompound(t, i + 1) || i + 1 < t.size() && wordAfterWaw(t.get(i + 1).norm()) != null)) {
        value = one; // تبلغ مليارا و50 مليون جنيه: one billion in the accusative, not the two of مليارا دولار
      }
      teen = fromWord && i + 1 < t.size() && (t.get(i + 1).is("عشر") || t.get(i + 1).is("عشره")) && value < 12;
      if (teen) {
        value = value == 11 ? 11 : value + 10; // اثني عشر شهرا, ثلاثة عشر يوما, أحد عشر لاعبا
      }
      boolean between = i > 0 && (t.get(i - 1).is("بين") || t.get(i - 1).is("وبين")); // بين خمسة وعشرين: a range
      Double tens = fromWord && !teen && !between && value < 10 && i + 1 < t.size() && t.get(i + 1).norm().startsWith("و")
          && t.get(i + 1).norm().length() > 4 ? Numbers.word(t.get(i + 1).norm().substring(1)) : null;
      if (tens != null && tens >= 20 && tens < 100 && tens % 10 == 0) {
        value += tens; // خمسة وعشرين في المئة: the units, then the tens
        compound = true;
      }
      if (fromWord && (value == 11 && !teen || NameWords.hasArticle(t, i))) {
        return i; // أحد is "one of", and الثلاثة is "the three"; ألف, normalized الف, is no article
      }
      if (fromWord && !teen && TWO_AFTER_NOUN.contains(Clitics.withoutConjunction(tok)) && i > 0
          && !NameWords.hasArticle(t, i - 1) && !NameWords.isStop(t, i - 1) && isUnit(t, i - 1)
          && (t.get(i - 1).norm().endsWith("ين") || t.get(i - 1).norm().endsWith("ان"))) { // a dual, not سوى
        int s = t.get(i - 1).start(); // لاعبين اثنين: two follows what it counts, as an adjective
        int e = t.get(i).end();
        out.add(new ExtractedFact(ExtractedFact.Kind.FIGURE, unit.span(s, e), unit.text().substring(s, e), null,
            new Figure(2, t.original(i - 1, i), Bound.EXACT), null, null));
        return i + 1;
      }
      if (fromWord && i > 0
          && (FRACTIONS.contains(t.get(i - 1).norm())
          || Numbers.digits(t.get(i - 1).norm()) != null && !isYear(t, i - 1))) { // not منذ 2023 أربعة مهندسين
        return i; // نصف مليون: a fraction of the number; "100 مليون صحة": the scale of a number passed over
      }
    }
    boolean toDigits = !fromWord && i + 3 < t.size() && t.get(i + 1).is("الي") && Numbers.digits(t.get(i + 2).norm()) != null
        && value != null && value < 1000 && Numbers.scale(t.get(i + 3).norm()) == null; // not عام 2024 إلى 15.8 مليار
    Double toPercent = !fromWord && value != null && i + 4 < t.size() && isPercent(t.get(i + 1))
        && t.get(i + 2).is("الي") && isPercent(t.get(i + 4)) ? Numbers.digits(t.get(i + 3).norm()) : null;
    boolean percentToPercent = toPercent != null && toPercent <= RANGE_SPREAD * value; // بنسبة 25% إلى 30%; not 2% إلى 27%
    int or = i + 1 < t.size() && isPercent(t.get(i + 1)) ? i + 2 : i + 1;
    boolean orNext = value != null && or + 1 < t.size() && t.get(or).is("او") // ثلاث أو أربع سنوات, 200 أو 300 ألف
        && (Numbers.digits(t.get(or + 1).norm()) != null && !fromWord || fromWord && Numbers.word(t.get(or + 1).norm()) != null);
    if (value != null && !teen && i > 0 && (t.get(i - 1).is("بين") || t.get(i - 1).is("وبين") || orNext
        || percentToPercent && !t.get(i - 1).is("من")
        || t.get(i - 1).is("من") && !fromWord && i + 2 < t.size() && t.get(i + 1).is("الي") // من 10 إلى
        || toDigits && !t.get(i - 1).is("الساعه"))) { // بمقدار 3 إلى 4 درجات: a range with no من
      int after = range(unit, t, i, value, out);
      if (after > i) {
        return after; // بين 20 و30 ألف رأس: one figure, from the lower number to the upper one
      }
    }
    if (value == null || notAFigure(t, i, fromWord) || insideQuotedName(t, i)) {
      return i;
    }
    int afterNumber = teen || compound ? i + 2 : i + 1;
    int j = afterNumber;
    boolean percent = false;
    if (j < t.size() && Numbers.scale(t.get(j).norm()) != null) {
      value = scaled(value, Numbers.scale(t.get(j).norm())); // 16.1 مليار is 16100000000, not …0002
      j++;
      if (j < t.size() && Numbers.scale(t.get(j).norm()) != null
          && Numbers.scale(t.get(j).norm()) > Numbers.scale(t.get(j - 1).norm())) {
        value = scaled(value, Numbers.scale(t.get(j).norm())); // 6 آلاف مليار دينار: thousands of billions
        j++;
      }
    }
    double magnitude = j > afterNumber ? Numbers.scale(t.get(j - 1).norm()) : fromWord && value >= 1000
        ? Math.pow(1000, Math.floor(Math.log10(value) / 3)) : 0;
    if (magnitude >= 1000 && j < t.size() && (t.get(j).is("ونصف") || t.get(j).is("ونص"))) { // ونص: in dialect
      value += magnitude / 2; // مليون ونصف المليون دونم: one and a half million
      j++;
      if (j < t.size() && t.get(j).norm().startsWith("ال") && Numbers.scale(t.get(j).norm().substring(2)) != null) {
        j++;
      }
    }
    boolean inDigits = magnitude > 0 && continuesCompound(t, j); // 41 ألفا و300 حالة, مليونين و500 ألف نسمة
    Double part = inDigits ? Numbers.digits(t.get(j + 1).norm())
        : magnitude > 0 && j < t.size() ? wordAfterWaw(t.get(j).norm()) : null; // ألف وخمسمائة, مليون ومئة ألف
    if (part != null) {
      int k = inDigits ? j + 2 : j + 1;
      Double partScale = k < t.size() ? Numbers.scale(t.get(k).norm()) : null;
      int after = partScale == null ? k : k + 1;
      if (partScale != null && partScale > magnitude && part < magnitude && magnitude == 1000) {
        value = scaled(value + part, partScale); // 17 ألفا و600 مليار دينار: seventeen thousand six hundred billion
        j = after;
      } else if ((partScale == null ? part : scaled(part, partScale)) < magnitude) {
        value += partScale == null ? part : scaled(part, partScale); // مليونين و500 ألف نسمة
        j = after;
      }
    }
    if (j < t.size() && PERCENT_WORDS.contains(t.get(j).norm())) {
      percent = true;
      j++;
    } else if (j + 1 < t.size() && t.get(j).is("في") && PERCENT_AFTER_FI.contains(t.get(j + 1).norm())) {
      percent = true;
      j += 2;
    }
    String unitNoun = "";
    int end = j;
    if (percent) {
      unitNoun = "%";
    } else {
      int u = j;
      if (u + 1 < t.size() && t.get(u).is("من") && t.get(u + 1).word()) {
        u++; // 3000 من الجنود
      }
      if (u < t.size() && isUnit(t, u)) {
        end = u + 1;
        if (end < t.size() && DIMENSIONS.contains(t.get(end).norm())) {
          end++; // 400 متر مربع, ٤٥ ألف متر مكعب: a square or cubic unit is another unit
        } else if (end < t.size() && POWER.contains(t.get(u).norm()) && PER_HOUR.contains(t.get(end).norm())) {
          end++; // 100 كيلوواط ساعة: energy, not power
        } else if (end < t.size() && (t.get(u).is("نقطه") || t.get(u).is("نقاط")) && (t.get(end).is("اساس")
            || t.get(end).is("اساسيه") || t.get(end).is("مئويه"))) { // 50 نقطة أساسية, as Tunisian papers write it
          end++; // 300 نقطة أساس, 3 نقاط أساس: basis points; 2 نقطة مئوية: percentage points
        } else if (end < t.size() && t.get(u).norm().startsWith("جزء") && t.get(end).is("بالمليون")) {
          end++; // 6 آلاف جزء بالمليون: parts per million
        } else if (end < t.size() && (t.get(u).norm().startsWith("ميل") || t.get(u).is("اميال"))
            && NAUTICAL.contains(t.get(end).norm())) {
          end++; // 40 ميلا بحريا, 9 أميال بحرية: a nautical mile is another unit
        } else if (end + 1 < t.size() && t.get(end).is("/") && joined(t, u, end) && joined(t, end, end + 1)
            && t.get(end + 1).word() && Numbers.digits(t.get(end + 1).norm()) == null) {
          end += 2; // 140 كلم/سا: a unit per another, a speed
        }
        unitNoun = t.original(u, end);
      }
    }
    if (unitNoun.isEmpty() && j == afterNumber) {
      return i; // a bare number names nothing it counts
    }
    if (magnitude == 0 && !percent && !unitNoun.isEmpty() && end < t.size() && t.get(end).is("ونصف")) {
      value += 0.5; // سبع سنوات ونصف: and a half of what it counts
      end++;
    }
    int start = i;
    Bound bound = Bound.EXACT;
    Marker marker = Marker.before(t, i);
    if (marker == null && end + 1 < t.size() && t.get(end).is("علي") && t.get(end + 1).is("الاقل")) {
      bound = Bound.MORE_THAN; // 30 يوما على الأقل: at least, after the figure
      end += 2;
    } else if (marker == null && end < t.size() && t.get(end).is("تقريبا")) {
      bound = Bound.ABOUT; // 41 ألف مترشح تقريبا: about, after the figure
      end++;
    }
    if (marker != null) {
      bound = marker.bound();
      start = marker.start();
    }
    int s = t.get(start).start();
    int e = t.get(end - 1).end();
    out.add(new ExtractedFact(ExtractedFact.Kind.FIGURE, unit.span(s, e), unit.text().substring(s, e), null,
        new Figure(value, unitNoun, bound), null, null));
    return end;
  }

  /**
   * A range after بين whose lower number is token {@code i}: {@code بين 14 و15 دينارا}, {@code ما بين 600 و700
   * خيمة}, {@code بين ثلاثة وخمسة أيام}, {@code بين 20 و30 ألف رأس}. The upper number is read as a figure of its
   * own, whose scale the lower number shares when it has none. After من the lower number is bare and إلى follows
   * it ({@code من 48 إلى 72 ساعة}); {@code من 8 جنيهات إلى 10 جنيهات} is a change, two figures. Returns the index
   * after the range, or {@code i}.
   */
  private int range(TextUnit unit, Tokens t, int i, double lower, List<ExtractedFact> out) {
    int k = i + 1;
    Double lowerScale = k < t.size() ? Numbers.scale(t.get(k).norm()) : null;
    if (lowerScale != null) {
      k++; // بين 1.5 مليون و2 مليون
    }
    boolean lowerPercent = k < t.size() && isPercent(t.get(k));
    if (lowerPercent) {
      k++; // بين 1% و2%: each end with its sign
    }
    int upperAt;
    Double raw;
    if (k + 1 < t.size() && (t.get(k).is("و") && joined(t, k, k + 1) || t.get(k).is("او")
        || (k == i + 1 || lowerPercent && k == i + 2) && t.get(k).is("الي"))
        && Numbers.digits(t.get(k + 1).norm()) != null) { // بين 14 و15, and من 10 إلى 12 ساعة: a bare number to one counted
      upperAt = k + 1;
      raw = Numbers.digits(t.get(k + 1).norm());
    } else if (k < t.size() && t.get(k).norm().startsWith("و") && t.get(k).norm().length() > 2
        && Numbers.word(t.get(k).norm().substring(1)) != null) {
      upperAt = k; // وخمسة
      raw = Numbers.word(t.get(k).norm().substring(1));
    } else if (k + 1 < t.size() && t.get(k).is("او") && Numbers.word(t.get(k + 1).norm()) != null) {
      upperAt = k + 1; // ثلاث أو أربع سنوات
      raw = Numbers.word(t.get(k + 1).norm());
    } else {
      return i;
    }
    List<ExtractedFact> upper = new ArrayList<>(1);
    int end = figureAt(unit, t, upperAt, upper);
    if (end <= upperAt || upper.size() != 1 || upper.get(0).figure().bound() != Bound.EXACT || raw == 0
        || lowerPercent && !upper.get(0).figure().unit().equals("%")) {
      return i; // بين 2016 و2021: years, not a range of figures
    }
    Figure high = upper.get(0).figure();
    double factor = Math.rint(high.value() / raw);
    double low = lowerScale != null ? scaled(lower, lowerScale)
        : factor >= 1000 && lower < raw ? scaled(lower, factor) : lower; // بين 20 و30 ألفا: 20000
    if (low >= high.value()) {
      return i;
    }
    boolean opened = t.get(i - 1).is("بين") || t.get(i - 1).is("وبين") || t.get(i - 1).is("من");
    boolean either = t.get(upperAt - 1).is("او");
    int from = !opened && (lowerPercent || either) ? i : i >= 2 && t.get(i - 2).is("ما") ? i - 2 : i - 1; // بنسبة 25% إلى 30%: no opening word
    int s = t.get(from).start() + (t.get(from).is("وبين") ? 1 : 0); // وبين 5% و6%: the range, not the و before it
    int e = t.get(end - 1).end();
    out.add(new ExtractedFact(ExtractedFact.Kind.FIGURE, unit.span(s, e), unit.text().substring(s, e), null,
        new Figure(low, high.unit(), Bound.RANGE, high.value()), null, null));
    return end;
  }

  /**
   * How many times its lower end a range's upper end written with إلى and no من may be: بنسبة 25% إلى 30% is a
   * range, خفض الفائدة 2% إلى 27% a change and where it ended.
   */
  private static final double RANGE_SPREAD = 3;

  /** Whether a token is a percent sign, Latin or Arabic: % or ٪. */
  private static boolean isPercent(Tokens.Token tok) {
    return tok.is("%") || tok.is("٪");
  }

  /** A number times its scale word, in decimal, so that a decimal fraction keeps its digits. */
  private static double scaled(double value, double scale) {
    return java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
  }

  /** Past verbs that follow a year as its sentence goes on: موسم 2025 شهد مشاركة. */
  private static final Set<String> YEAR_VERBS = words("شهد بلغ سجل عرف كان شكل مثل");

  /** Events named by the last two digits of their year: نكبة 48, نكسة 67. */
  private static final Set<String> EVENTS_BY_YEAR = words("نكبة نكسة حرب انتفاضة");

  /** What makes a line a telephone line, whose number is no figure: الخط الأخضر 1899, الخط المجاني 80100. */
  private static final Set<String> HOTLINES = words("الأخضر المجاني الموحد الساخن");

  /** The forms of two that follow the noun they count, as its adjective: لاعبين اثنين, مرتين اثنتين. */
  private static final Set<String> TWO_AFTER_NOUN = words("اثنان اثنين اثنتان اثنتين");

  /** Wholes whose numbered parts a number after من names: المادة 101 من الدستور, الجولة 14 من الدوري. */
  private static final Set<String> WHOLES = words("الدستور دستور قانون القانون الدوري البطولة المجلة مجلة اللائحة "
      + "النظام الاتفاقية المرسوم القرار الميثاق");

  /** Words that make a unit of length one of area or volume: متر مربع, كيلومترات مربعة, أقدام مكعبة. */
  private static final Set<String> DIMENSIONS = words("مربع مربعا مربعة مكعب مكعبا مكعبة");
  /** The adjective that makes a mile nautical: ميلا بحريا. */
  private static final Set<String> NAUTICAL = words("بحري بحريا بحرية");
  /** Units of power, which ساعة after them makes units of energy: كيلوواط ساعة. */
  private static final Set<String> POWER = words("واط كيلوواط ميغاواط ميجاواط غيغاواط جيغاواط جيجاواط كيلووات ميغاوات");
  private static final Set<String> PER_HOUR = words("ساعة ساعي");

  private static boolean isUnit(Tokens t, int u) {
    Tokens.Token tok = t.get(u);
    if (!tok.word() || Numbers.digits(tok.norm()) != null || NOT_UNITS.contains(tok.norm())) {
      return false;
    }
    // A unit is a noun: not a month name, not Latin, not a word that opens with a preposition (2 للموسم), not
    // one that ends in a possessive (2030 توقعاتكم: a year, then what the year holds).
    String w = tok.norm();
    boolean possessed = w.length() > 5 && w.endsWith("كم") || w.length() > 6 && w.endsWith("هم");
    return CalendarNames.month(w) == null && !isLatin(w) && !w.startsWith("لل") && !possessed;
  }

  /** Years, dates, times, identifiers and number words that do not count anything are not figures. */
  private static boolean notAFigure(Tokens t, int i, boolean fromWord) {
    Tokens.Token prev = i > 0 ? t.get(i - 1) : null;
    Tokens.Token next = i + 1 < t.size() ? t.get(i + 1) : null;
    if (next != null && (isMonthAt(t, i + 1) || next.is(":") && joined(t, i, i + 1) || next.is("/")
        || next.is("-"))) {
      return true; // 16 أبريل, 10:30, 16/04/2024, 2014-2017
    }
    if (fromWord && t.get(i).is("الفا") && prev != null && prev.word() && NameWords.hasArticle(t, i - 1)) {
      return true; // الرئيس السابق ألفا كوندي: a given name after a title, no two thousand
    }
    Double value = Numbers.digits(t.get(i).norm());
    boolean noDay = value != null && value > 31 && value < 100; // خلال تشرين الأول 35 طنا: no day of the month
    boolean counted = next != null && !isYear(t, i) && (t.get(i).norm().length() == 3 || noDay) && isUnit(t, i + 1);
    if (prev != null && (prev.is(":") && joined(t, i - 1, i) || prev.is("/") || prev.is("-")
        || !fromWord && !counted && isMonthEnding(t, i - 1))) { // منذ بداية جوان 143 مخالفة: a count after a month
      return true; // not في الحديدة: 60 سريرا, a figure after a colon; nor أب لخمسة أطفال, آب the month
    }
    String before = prev == null ? "" : prev.norm();
    boolean price = next != null && (CURRENCIES.contains(next.norm()) || isPercent(next)
        || next.is("درجه") || next.is("درجات")); // مادة 2%, تحت 47 درجة: a measure, not the under-23 team
    boolean headcount = next != null && (PLACES.contains(before) && next.norm().length() >= 4 && next.norm().endsWith("ا")
        && !next.norm().endsWith("يا") // في المركز 23 متطوعا counts volunteers; المركز 23 عالميا is a rank
        || COUNTED_SPANS.contains(next.norm()) && !before.endsWith("تحت")); // رحلة 40 يوما; not تحت 23 عاما
    if (!fromWord && !price && !headcount && (IDENTIFIER_WORDS.contains(before)
        || before.startsWith("و") && IDENTIFIER_WORDS.contains(before.substring(1)))) {
      return true; // رقم 5, وتحت 23; فتحت 3 is a verb, not ف + تحت; الرحلة بثلاث ساعات counts hours
    }
    if (!fromWord && i > 2 && prev.is("و") && joined(t, i - 1, i) && NameWords.hasArticle(t, i - 2)
        && t.get(i - 3).is("الساعه")) {
      return true; // الساعة السادسة و40 دقيقة: the minutes of a time of day
    }
    if (!fromWord && t.get(i).norm().length() == 2 && EVENTS_BY_YEAR.contains(before)) {
      return true; // نكبة 48, حرب 67: an event named by its year's last two digits
    }
    if (!fromWord && i > 1 && HOTLINES.contains(before) && (t.get(i - 2).is("الخط") || t.get(i - 2).is("خط")
        || t.get(i - 2).is("الرقم") || t.get(i - 2).is("رقم"))) { // الرقم الأخضر 1021: a number to call
      return true; // الخط الأخضر 1899: a hotline's number
    }
    if (!fromWord && next != null && next.is("من") && i + 2 < t.size() && WHOLES.contains(t.get(i + 2).norm())) {
      return true; // المادة 101 من الدستور, الجولة 14 من الدوري: a part numbered within a whole
    }
    if (!fromWord && next != null && (next.is("لسنه") || next.is("لعام")) && i + 2 < t.size()) {
      Double year = Numbers.digits(t.get(i + 2).norm());
      if (year != null && year >= 1800 && year <= 2200) {
        return true; // المرسوم عدد 417 لسنة 2024: a law's number and year
      }
    }
    if (fromWord && prev != null && ORDINALS.contains(prev.norm())
        && (t.get(i).is("عشر") || t.get(i).is("عشره"))) { // not تقاسم المركز الثالث ثلاثة طلاب: a count after it
      return true; // الفرقة السادسة عشرة مشاة: the tens of a compound ordinal
    }
    if (fromWord && Clitics.withoutConjunction(t.get(i).norm()).equals("الف")
        && (t.original(i, i + 1).indexOf('\u0651') >= 0 || next != null && next.norm().endsWith("ا")
            && next.norm().length() > 3 && Numbers.scale(next.norm()) == null)) {
      return true; // ألّف الكاتب, ثم ألف كتابا: the verb "wrote"; a thousand counts ألف كتاب, not كتابا
    }
    if (fromWord && prev != null && prev.is("الساعه")) {
      return true; // الساعة خمسة ونص الصبح: a time of day, said as it is spoken
    }
    if (fromWord) {
      boolean percent = next != null && next.is("في") && i + 2 < t.size()
          && PERCENT_AFTER_FI.contains(t.get(i + 2).norm()); // سبعين في المئة
      return next == null || !next.word() || NOT_UNITS.contains(next.norm()) && !continuesCompound(t, i + 1) && !percent;
    }
    return isYear(t, i);
  }

  /** Whether tokens {@code a} and {@code b} touch, with no space between (10:30, not الحديدة: 60). */
  private static boolean joined(Tokens t, int a, int b) {
    return t.get(a).end() == t.get(b).start();
  }

  /** Whether {@code و} and digits joined to it stand at {@code k}: the smaller part of a compound number. */
  /** The number a word joined to و gives ({@code وخمسمائة}, {@code ومئة}), or null; not وأحد, "and one of". */
  private static Double wordAfterWaw(String w) {
    Double v = w.length() > 2 && w.startsWith("و") ? Numbers.word(w.substring(1)) : null;
    return v == null || v == 11 ? null : v;
  }

  private static boolean continuesCompound(Tokens t, int k) {
    return k + 1 < t.size() && t.get(k).is("و") && joined(t, k, k + 1) && Numbers.digits(t.get(k + 1).norm()) != null;
  }

  /** Scale words whose accusative singular is written as their dual in construct: مليونا, مليارا. */
  private static final Map<String, Double> ONE_IN_ACCUSATIVE = Map.of("مليونا", 1e6, "مليارا", 1e9);

  /** Definite ordinals that open a compound ordinal with عشر/عشرة (الحادي عشر, السادسة عشرة). */
  private static final Set<String> ORDINALS = Set.of(
      "الحادي", "الحاديه", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس", "الخامسه",
      "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه");

  private static boolean isLatin(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** A number that opens a short quoted name, such as the campaign «100 مليون صحة», counts nothing. */
  private static boolean insideQuotedName(Tokens t, int i) {
    if (i == 0 || !QuoteMarks.isMark(t.get(i - 1).norm())) {
      return false;
    }
    for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
      if (QuoteMarks.isMark(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number at {@code i} is a year: 1900–2100, after a year word, or naming nothing after it. */
  /** A verbal noun of the derived forms, which nothing counts: اندفاعا, استثمارا, انتشارا. */
  private static boolean derivedVerbalNoun(String w) {
    return w.length() >= 6 && (w.startsWith("ان") || w.startsWith("است")) && w.charAt(w.length() - 3) == 'ا';
  }

  static boolean isYear(Tokens t, int i) {
    String tok = t.get(i).norm();
    if (!DateExtractor.isYearToken(tok) && !tok.equals("2100")) {
      return tok.length() == 4 && tok.charAt(0) == '1' && tok.chars().allMatch(Character::isDigit) && i > 0
          && Clitics.in(t.get(i - 1).norm(), YEAR_WORDS); // شيد عام 1897: an older year, after a year word
    }
    if (i > 0 && Clitics.forms(t.get(i - 1).norm()).stream().anyMatch(b -> YEAR_WORDS.contains(b.form()))) {
      return true; // عام 2025, وخلال 2024, لسنة 2025
    }
    if (i > 0 && Clitics.withoutConjunction(t.get(i - 1).norm()).equals("في") && i + 1 < t.size()
        && t.get(i + 1).word() && (looksLikePastVerb(t.get(i + 1).norm()) || derivedVerbalNoun(t.get(i + 1).norm())
        || looksLikeDerivedPastVerb(t.get(i + 1).norm()))) {
      return true; // وفي 2021 قرر, وفي 2023 استغرق, منذ اكتشافه في 2016 اندفاعا: a year, then what happened; not في 2000 قرية
    }
    if (i > 1 && NameWords.hasArticle(t, i - 1) && Clitics.in(t.get(i - 2).norm(), YEAR_WORDS)) {
      return true; // للسنة المالية 2026, العام الدراسي 2025: a year word and its adjective
    }
    for (int k = i - 1; k >= Math.max(0, i - 3) && t.get(k).word(); k--) {
      if (Clitics.in(t.get(k).norm(), NAMED_BY_YEAR)) {
        return true; // رؤية السعودية 2030 رفع نسبة …, خطة دبي الحضرية 2040: the year a plan is named by
      }
    }
    int before = i > 1 && t.get(i - 1).is("و") ? i - 2 : -1;
    if (before >= 0 && DateExtractor.isYearToken(t.get(before).norm()) && isYear(t, before)) {
      return true; // عامي 2020 و2021 بسبب: a year joined to a year
    }
    String next = i + 1 < t.size() ? t.get(i + 1).norm() : "";
    boolean purpose = next.length() >= 5 && next.charAt(0) == 'ل' && "يتن".indexOf(next.charAt(1)) >= 0
        && !next.startsWith("لير") && !next.startsWith("ليتر") && !next.startsWith("ليل") && !next.startsWith("ليال");
    boolean weDid = next.length() >= 5 && next.endsWith("نا") && !tok.endsWith("00"); // في جفاف 2017 خسرنا; not 2000 فدانا
    if (next.equals("ب") || next.equals("ل") || purpose || weDid || YEAR_VERBS.contains(next) || next.length() >= 4
        && (next.endsWith("ت") && !next.endsWith("ات") || next.charAt(0) == 'س' && "يتن".indexOf(next.charAt(1)) >= 0)) {
      return true; // في ٢٠٢٤ جاءت, حج 2026 ستبلغ, حج 2025 شهد, 2026 بـ, في 2021 لتؤسس: a verb or a preposition
    }
    return i + 1 >= t.size() || !t.get(i + 1).word() || next.equals("م") || next.equals("ه")
        || NOT_UNITS.contains(next) || (next.startsWith("و") && next.length() > 3 && !WAW_NOUNS.contains(next)) // إكسبو 2030 ونهائيات
        || next.startsWith("ب") && !next.startsWith("بال") && next.length() > 3 && !CURRENCIES.contains(next.substring(1))
        && Marker.before(t, i) == null;
        // 2026 بأغلبية, 2030 بشكل: no unit is written with the preposition; but نحو 1900 بعثة counts missions
  }

  /**
   * A past verb of the derived forms, as counted nouns are not: استغرق, انطلق, ارتفع; not امرأة, استمارة,
   * اجتماعا.
   */
  private static boolean looksLikeDerivedPastVerb(String w) {
    boolean ending = !w.endsWith("ا") && !w.endsWith("ه") && !w.endsWith("ة");
    return ending && (w.startsWith("است") && w.length() == 6 || w.startsWith("ان") && w.length() == 5
        || w.length() == 5 && w.charAt(0) == 'ا' && w.charAt(2) == 'ت');
  }

  /** A past verb of three letters, as counted nouns are not: قرر, بدأ, فاز; not قرية, شخصا. */
  private static boolean looksLikePastVerb(String w) {
    return w.length() == 3 && !w.endsWith("ه") && !w.endsWith("ا") && !w.startsWith("ال") || w.equals("تم");
  }

  private static boolean isMonthAt(Tokens t, int i) {
    return CalendarNames.month(t.get(i).norm()) != null
        || (i + 1 < t.size() && CalendarNames.month(t.get(i).norm(), t.get(i + 1).norm()) != null);
  }

  private static boolean isMonthEnding(Tokens t, int i) {
    String w = t.get(i).norm();
    boolean joined = w.startsWith("و") && w.length() > 2 && i + 1 < t.size()
        && DateExtractor.isYearToken(t.get(i + 1).norm()); // بين كانون الثاني وآب 2025
    return CalendarNames.month(w) != null || joined && CalendarNames.month(w.substring(1)) != null
        || (i > 0 && CalendarNames.month(t.get(i - 1).norm(), t.get(i).norm()) != null);
  }

  /** An approximation marker right before a number: نحو، حوالي، قرابة، أكثر من، أقل من. */
  private record Marker(int start, Bound bound) {
    private static final Set<String> ABOUT = words("نحو حوالي حوالى قرابة زهاء تقريبا");
    private static final Set<String> NEAR = words("يقارب تقارب يناهز ناهز ناهزت تناهز قارب قاربت");
    private static final Set<String> MORE = words("أكثر أزيد أكتر الأكثر"); // أكتر من: as spoken in Egypt
    private static final Set<String> LESS = words("أقل الأقل");
    private static final Set<String> OVER = words("يزيد يربو ينيف");
    /** Above, right before the number: تكلف فوق 600 ألف ريال. A verb (تتجاوز 11 مليون) states the figure. */
    private static final Set<String> EXCEEDING = words("فوق");
    /** Verbs of surpassing after ما: more than. */
    private static final Set<String> SURPASSING = words("يفوق تفوق");

    static Marker before(Tokens t, int i) {
      if (i >= 1) {
        for (Clitics.Bare b : Clitics.forms(t.get(i - 1).norm())) {
          if (ABOUT.contains(b.form())) {
            return new Marker(i - 1, Bound.ABOUT); // نحو, and بنحو with its preposition
          }
          if (b.form().equals("حدود") && !(i >= 2 && t.get(i - 2).is("الي"))) { // في حدود 28 في المائة, بحدود
            // 9.6 مليارات: about; إلى حدود ثلاثة أشهر is up to
            return new Marker(i >= 2 && t.get(i - 2).is("في") && b.form().equals(t.get(i - 1).norm()) ? i - 2 : i - 1,
                Bound.ABOUT);
          }
        }
      }
      if (i >= 2 && t.get(i - 2).is("علي") && t.get(i - 1).is("الاقل")) {
        return new Marker(i - 2, Bound.MORE_THAN); // على الأقل 250 جنيه: at least, before the figure
      }
      if (i >= 3 && t.get(i - 3).is("لا") && (t.get(i - 1).is("علي") || t.get(i - 1).is("عن"))
          && (OVER.contains(t.get(i - 2).norm()) || t.get(i - 2).is("تزيد"))) {
        return new Marker(i >= 4 && t.get(i - 4).is("ما") ? i - 4 : i - 3, Bound.LESS_THAN); // ما لا يزيد على 180 يوما
      }
      if (i >= 2 && NEAR.contains(t.get(i - 1).norm()) && (t.get(i - 2).is("ما") || t.get(i - 2).is("بما"))) {
        return new Marker(i - 2, Bound.ABOUT);
      }
      if (i >= 2 && SURPASSING.contains(t.get(i - 1).norm()) && (t.get(i - 2).is("ما") || t.get(i - 2).is("بما"))) {
        return new Marker(i - 2, Bound.MORE_THAN); // بقيمة ما يفوق 60 مليون درهم
      }
      if (i >= 1 && NEAR.contains(t.get(i - 1).norm())) {
        return new Marker(i - 1, Bound.ABOUT); // مخزون يناهز 5,2 مليارات متر مكعب
      }
      if (i >= 1 && EXCEEDING.contains(t.get(i - 1).norm()) && !(i >= 2 && t.get(i - 2).is("ما"))) {
        return new Marker(i - 1, Bound.MORE_THAN); // كل نقلة تكلف فوق 600 ألف ريال
      }
      if (i >= 2 && t.get(i - 1).is("من")) {
        for (Clitics.Bare b : Clitics.forms(t.get(i - 2).norm())) {
          if (MORE.contains(b.form())) {
            return new Marker(i - 2, Bound.MORE_THAN); // أكثر من, and بأكثر من with its preposition
          }
          if (LESS.contains(b.form())) {
            return new Marker(i - 2, Bound.LESS_THAN);
          }
        }
      }
      if (i >= 3 && (t.get(i - 1).is("علي") || t.get(i - 1).is("عن")) && OVER.contains(t.get(i - 2).norm())
          && (t.get(i - 3).is("ما") || t.get(i - 3).is("بما"))) {
        return new Marker(i - 3, Bound.MORE_THAN); // ما يزيد على 190 دولة, مدينة بما يزيد على 2.5 مليار, ما يربو على
      }
      if (i >= 2 && (t.get(i - 1).is("علي") || t.get(i - 1).is("عن"))
          && (OVER.contains(t.get(i - 2).norm()) || t.get(i - 2).is("تزيد"))) {
        return new Marker(i - 2, Bound.MORE_THAN); // بقيمة تزيد على 1.8 مليار دولار, صفقة يزيد على
      }
      if (i >= 3 && t.get(i - 1).is("من") && t.get(i - 2).is("يقرب")
          && (t.get(i - 3).is("ما") || t.get(i - 3).is("بما"))) {
        return new Marker(i - 3, Bound.ABOUT); // ما يقرب من 40 ألف طالب
      }
      if (i >= 2 && (t.get(i - 1).is("دون") || t.get(i - 1).is("فوق")) && t.get(i - 2).is("ما")) {
        return new Marker(i - 2, t.get(i - 1).is("دون") ? Bound.LESS_THAN : Bound.MORE_THAN); // ما دون 70 دولارا
      }
      if (i >= 4 && t.get(i - 1).is("عن") && (t.get(i - 2).is("يقل") || t.get(i - 2).is("تقل"))
          && t.get(i - 3).is("لا")) { // ما لا يقل عن, قيمة لا تقل عن
        return new Marker(i >= 4 && t.get(i - 4).is("ما") ? i - 4 : i - 3, Bound.MORE_THAN);
      }
      return null;
    }
  }
}
