package dev.articles.generate;

import static dev.articles.generate.Vocabulary.pick;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes article files in the seed's scraped format, for scale tests and benchmarks: date lines in every
 * naming system and digit script, titles once or twice, deks with credits, quotes with named speakers and
 * continuation verbs, figures, dates, headings, sources and boilerplate, from short to about five times the
 * seed's length. The output depends only on the seed and the count: article {@code i} is drawn from its
 * own random stream, so files can be written in parallel and in any order.
 */
public final class CorpusGenerator {
  private static final String[] GREGORIAN = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
      "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  private static final String[] SYRIAC = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
      "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
  private static final String[] MAGHREBI = {"جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت",
      "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
  private static final String[] MOROCCAN = {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
      "شتنبر", "أكتوبر", "نونبر", "دجنبر"};
  private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 6 * 365;

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** The file name of article {@code i}: its ID plus {@code .txt}. */
  public static String fileName(int i) {
    return String.format("art-%07d.txt", i);
  }

  /** Writes articles {@code 0 … count-1} into {@code dir}, in parallel; returns the bytes written. */
  public long write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    return IntStream.range(0, count).parallel().mapToLong(i -> {
      byte[] bytes = article(i).getBytes(StandardCharsets.UTF_8);
      try {
        Files.write(dir.resolve(fileName(i)), bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.length;
    }).sum();
  }

  /** The text of article {@code i}. */
  public String article(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    StringBuilder out = new StringBuilder(8192);
    out.append(dateline(r)).append("\n\n");
    String place = pick(r, Vocabulary.PLACES);
    String title = place + " " + pick(r, Vocabulary.NEWS_VERBS) + " " + pick(r, Vocabulary.NOUNS) + " بشأن "
        + pick(r, Vocabulary.TOPICS);
    out.append(title).append("\n\n");
    if (r.nextInt(10) < 8) {
      out.append(title).append("\n\n");
    }
    if (r.nextBoolean()) {
      out.append("Changed\n\n");
    }
    String dek = "الحكومة في " + place + " تتخذ خطوات جديدة في ملف " + pick(r, Vocabulary.TOPICS) + " وسط ترقب شعبي";
    out.append(dek).append('\n');
    if (r.nextInt(10) < 7) {
      out.append(dek).append(" (").append(pick(r, Vocabulary.CREDITS)).append(")\n");
    }
    out.append("أعلنت السلطات في ").append(pick(r, Vocabulary.CITIES)).append(" عن ").append(pick(r, Vocabulary.NOUNS))
        .append(" تهدف إلى معالجة أزمة ").append(pick(r, Vocabulary.TOPICS)).append(".\n\n");
    body(r, out);
    sources(r, out);
    out.append("\nشارك القصة\n\nتابع القراءة\nClose\n");
    return out.toString();
  }

  private static void body(SplittableRandom r, StringBuilder out) {
    // From 3 blocks to about 70, five times the seed's 14, most of them short.
    double u = r.nextDouble();
    int blocks = 3 + (int) (u * u * 67);
    String speaker = null;
    for (int b = 0; b < blocks; b++) {
      if (b > 1 && b % (3 + r.nextInt(3)) == 0 && b < blocks - 1) {
        out.append(pick(r, Vocabulary.HEADINGS)).append("\n\n");
        continue;
      }
      int kind = r.nextInt(10);
      if (kind < 3 || speaker == null && kind < 5) {
        speaker = pick(r, Vocabulary.RANKS) + " " + Vocabulary.person(r);
        out.append("وقال ").append(pick(r, Vocabulary.ROLES)).append(' ').append(speaker).append(": إن \"")
            .append(pick(r, Vocabulary.SPEECH)).append("\".");
      } else if (kind < 5) {
        out.append(pick(r, Vocabulary.CONTINUATIONS)).append(": \"").append(pick(r, Vocabulary.SPEECH)).append("\".");
      } else if (kind < 6) {
        out.append("وقالت ").append(pick(r, Vocabulary.ORGANIZATIONS)).append(" في بيان إن \"")
            .append(pick(r, Vocabulary.SPEECH)).append("\".");
      } else if (kind < 8) {
        out.append(pick(r, Vocabulary.FILLER)).append("، إذ بلغ العدد ").append(figure(r)).append(" في ")
            .append(pick(r, Vocabulary.CITIES)).append(".");
      } else {
        out.append(pick(r, Vocabulary.FILLER)).append(" منذ عام ").append(2000 + r.nextInt(24)).append(".");
      }
      out.append("\n\n");
    }
  }

  private static String figure(SplittableRandom r) {
    String number = r.nextInt(4) == 0 ? (1 + r.nextInt(9)) + "." + (1 + r.nextInt(9)) + " " + pick(r, Vocabulary.SCALES)
        : Integer.toString(10 + r.nextInt(9990));
    String approx = r.nextBoolean() ? pick(r, Vocabulary.APPROX) + " " : "";
    return approx + digits(r, number) + " " + pick(r, Vocabulary.UNITS);
  }

  private static String dateline(SplittableRandom r) {
    LocalDate d = FIRST_DAY.plusDays(r.nextInt(DAYS));
    int m = d.getMonthValue() - 1;
    String month;
    switch (r.nextInt(6)) {
      case 0:
        month = SYRIAC[m];
        break;
      case 1:
        month = MAGHREBI[m];
        break;
      case 2:
        month = MOROCCAN[m];
        break;
      case 3:
        month = GREGORIAN[m] + " / " + SYRIAC[m];
        break;
      default:
        month = GREGORIAN[m];
    }
    String weekday = r.nextInt(10) < 9 ? WEEKDAYS[d.getDayOfWeek().getValue() - 1] + " " : "";
    return weekday + digits(r, Integer.toString(d.getDayOfMonth())) + " " + month + " "
        + digits(r, Integer.toString(d.getYear()));
  }

  /** Writes ASCII digits in ASCII, Arabic-Indic or Extended Arabic-Indic, 70/20/10. */
  private static String digits(SplittableRandom r, String ascii) {
    int pick = r.nextInt(10);
    char zero = pick < 7 ? '0' : pick < 9 ? '\u0660' : '\u06F0';
    StringBuilder out = new StringBuilder(ascii.length());
    for (char c : ascii.toCharArray()) {
      out.append(Character.isDigit(c) ? (char) (zero + (c - '0')) : c == '.' && zero != '0' ? '\u066B' : c);
    }
    return out.toString();
  }

  private static void sources(SplittableRandom r, StringBuilder out) {
    List<String> s = Vocabulary.SOURCES;
    if (r.nextBoolean()) {
      out.append("المصادر:\n").append(pick(r, s)).append("، ").append(pick(r, s)).append('\n');
    } else {
      out.append("المصدر: ").append(pick(r, s)).append('\n');
    }
  }
}
