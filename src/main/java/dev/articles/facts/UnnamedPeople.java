package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;

/**
 * A speaker described but not named: one who asks not to be ({@code وقال صراف في مديرية كريتر طلب عدم ذكر
 * اسمه}, {@code وقالت ممرضة في قسم الحضانة، فضلت عدم كشف اسمها،}), or an ordinary person the reporter met
 * ({@code قالت متسوقة في سوق الطويل إن}). The clause that withholds the name ends the speaker's phrase, and
 * since no name follows, where the speaker works or lives is part of who they are: the place after {@code في}
 * or {@code من} stays with the description, as it does for an unnamed source (مصدر أمني في طرابلس).
 */
final class UnnamedPeople {
  private UnnamedPeople() {}

  /** Verbs of telling a name, before the name withheld: ذكر اسمه, نشر اسمه. */
  private static final java.util.Set<String> WITHHELD = java.util.Set.of("ذكر", "نشر", "كشف");

  /** Prepositions that go on saying where, after a place: قرب, داخل, وسط. */
  private static final java.util.Set<String> NEAR = java.util.Set.of("قرب", "داخل", "خارج", "وسط", "امام", "جوار");

  /**
   * Places one works or lives along, after على: عامل في مطعم على الكورنيش, سائق حافلة على خط صيدا بيروت; and
   * retirement, which describes as a place does: موظف على المعاش في الستينيات.
   */
  private static final java.util.Set<String> ALONG = java.util.Set.of("الكورنيش", "خط", "طريق", "الطريق",
      "الشاطئ", "شاطئ", "ضفاف", "ضفه", "الحدود", "مشارف", "اطراف", "مدخل", "المعاش", "التقاعد");

  /** Words that pick out an occasion of speech after في: في آخر اجتماع, في أول لقاء. */
  private static final java.util.Set<String> WHICH_OCCASION = java.util.Set.of(
      dev.articles.text.MatchText.normalize("آخر"), dev.articles.text.MatchText.normalize("أول"));

  /** Parents, whose child may follow with ل: أب لتلميذ ناجح, أم لثلاثة أطفال. */
  private static final java.util.Set<String> PARENTS = java.util.Set.of("اب", "ام", "والد", "والده");

  /** The most words a description's place may take: ممرضة في أحد المراكز الصحية في إربد. */
  private static final int MAX_PLACE_WORDS = 6;

  /**
   * Where the clause that withholds a name starts in {@code [from, to)}: the first comma, when the words up
   * to the next comma say it ({@code ، طلب عدم ذكر اسمه}), or, with no comma before it, the verb right
   * before {@code عدم} or the name withheld ({@code طلب عدم ذكر اسمه}, {@code رفض ذكر اسمه}); -1 when there
   * is none.
   */
  static int clauseStart(Tokens t, int from, int to) {
    int comma = NameWords.nextComma(t, from, to);
    for (int k = from + 1; k < comma - 1; k++) {
      String next = t.get(k + 1).norm();
      boolean withholding = next.equals("عدم") || next.equals("الكشف") // طلب عدم ذكر اسمه, رفض الكشف عن اسمه
          || k + 2 < comma && WITHHELD.contains(next) && Lexicon.ANONYMITY.contains(t.get(k + 2).norm()); // رفض ذكر اسمه
      if (withholding && t.get(k).word()) {
        boolean condition = k - 1 > from && (t.get(k).is("شريطه") || t.get(k).is("شرط") || t.get(k).is("بشرط"));
        if (condition) {
          for (int v = k - 1; v > from && v >= k - 4; v--) {
            if (Lexicon.SCENE_VERBS.contains(t.get(v).norm())) {
              return v; // مسؤول أمني سابق تحدث للجزيرة نت شريطة عدم نشر اسمه: from the verb he spoke with
            }
          }
        }
        return condition ? k - 1 : k; // تحدث شريطة عدم الكشف عن هويته: the clause starts at its verb
      }
    }
    if (comma >= to || comma == from) {
      return -1;
    }
    int end = NameWords.nextComma(t, comma + 1, to);
    for (int k = comma + 1; k < end; k++) {
      if (Lexicon.ANONYMITY.contains(t.get(k).norm())) {
        return comma;
      }
    }
    return -1;
  }

  /**
   * The speaker {@code parsed} from {@code [from, stop)}, widened to the whole phrase when it is a bare
   * description that stopped at its place: {@code صراف} becomes {@code صراف في مديرية كريتر}. A name, a
   * role with a name, or an occasion of speech after في ({@code في تصريح}) is left as it is.
   */
  static Speaker withPlace(Speaker parsed, Tokens t, int from, int stop) {
    if (parsed != null && parsed.type() == SpeakerType.PERSON && !parsed.name().isEmpty() && !parsed.role().isEmpty()
        && !NameWords.hasArticle(t, from) && t.original(from, stop).equals(parsed.role() + " " + parsed.name())
        && Tokens.of(parsed.name()).size() == 1) {
      return new Speaker("", t.original(from, stop), SpeakerType.PERSON, ""); // عضو في المجلس البلدي أوباري،
    } // فضل عدم ذكر اسمه: one who withholds a name gave none, and the word before the comma is the place's
    if (parsed == null || parsed.type() != SpeakerType.PERSON || parsed.name().isEmpty() == parsed.role().isEmpty()) {
      return parsed; // no one, or a name with its role
    }
    boolean asRole = parsed.name().isEmpty(); // مصدر من داخل النادي stays a role, صراف a description
    String described = asRole ? parsed.role() : parsed.name();
    for (int x = from + 1; x < stop - 1; x++) {
      if (t.original(from, x).equals(described)) {
        while (x + 2 < stop && !asRole && NameWords.isNisba(t.get(x).norm()) && !NameWords.hasArticle(t, x)) {
          x++; // زائرة بحرينية في العشرينيات: her origin, then her age
        }
        String whole = t.original(from, stop);
        boolean whose = x + 2 < stop && !asRole && t.get(x).norm().startsWith("لل") && !NameWords.isComma(t, x + 1)
            && placeFollows(t, x + 1, stop); // مشجع للفيصلي في الثلاثينيات: whose fan, then the age
        return !placeFollows(t, x, stop) && !whose ? parsed
            : new Speaker(asRole ? "" : whole, asRole ? whole : "", SpeakerType.PERSON, "");
      }
    }
    return parsed;
  }

  /**
   * An ordinary person a scene verb brings in at {@code start}, described up to {@code to} (its comma): the noun
   * and its words, without what they do by ب (تجلس سيدة ستينية بانتظار …), a parent with the count of children
   * (أم لثلاثة أطفال), then the place or the decade of their age (سائق أجرة في الخمسينيات).
   */
  static Speaker inScene(SpeakerParser parser, Tokens t, int start, int to) {
    int stop = start + 1;
    while (stop < t.phraseEnd(start) && !t.get(stop).norm().startsWith("ب")) {
      stop++;
    }
    String of = t.get(start + 1).norm();
    boolean parent = start + 3 < to && of.charAt(0) == 'ل' && Numbers.isPrefixedWord(of);
    Speaker base = parent ? new Speaker("", t.original(start, start + 3), SpeakerType.PERSON, "")
        : parser.parse(t, start, stop);
    if (base != null && Lexicon.KUNYA.containsKey(t.get(start).norm()) && start + 3 < stop
        && base.name().startsWith(t.original(start, start + 3)) && !NameWords.hasArticle(t, start + 2)) {
      return new Speaker(t.original(start, start + 2), "", SpeakerType.PERSON, ""); // تقف أم محمد حاملة كيسا
    } // من الخبز: a kunya names her, and what she carries is neither name nor place
    return ordinaryWithPlace(base, t, start, to);
  }

  /**
   * The speaker {@code parsed} from {@code [from, to)} that opens with a noun for an ordinary person
   * ({@code متسوقة}, {@code سائق أجرة}, {@code متطوع شاب}), widened to the place after it up to the first
   * comma, when nothing but a place is there: not a time ({@code أمس}), an occasion or anything else.
   */
  static Speaker ordinaryWithPlace(Speaker parsed, Tokens t, int from, int to) {
    if (!Lexicon.UNNAMED_PEOPLE.contains(t.get(from).norm())) {
      return parsed;
    }
    int stop = NameWords.nextComma(t, from, to);
    if (PARENTS.contains(t.get(from).norm()) && stop - from <= 4 && from + 1 < stop && t.get(from + 1).word()
        && t.get(from + 1).norm().startsWith("ل") && !t.get(from + 1).norm().startsWith("لل")) {
      boolean plain = true;
      for (int k = from + 1; k < stop; k++) {
        plain &= t.get(k).word() && !NameWords.hasArticle(t, k) && !NameWords.isStop(t, k);
      }
      if (plain) {
        return new Speaker(t.original(from, stop), "", SpeakerType.PERSON, ""); // أب لتلميذ ناجح، وهو …
      }
    }
    for (int k = from + 1; k < stop; k++) {
      if (t.get(k).is("(")) {
        stop = k; // قال مواطن من مسقط (38 عاما) قدم مع أسرته: the place, then the age and the rest
        break;
      }
    }
    boolean placed = false;
    for (int k = from + 1; k < stop; k++) {
      String w = t.get(k).norm();
      String after = k + 2 < stop && t.get(k + 1).is("من") ? t.get(k + 2).norm() : "";
      boolean fromPlace = !after.isEmpty() && !after.startsWith("عمر") && !after.equals("العمر")
          && (t.get(k + 2).word() && !NameWords.isStop(t, k + 2)); // مزارع في الستينيات من قرية الأعروق, من تاونات
      if (t.get(k - 1).is("في") && isDecade(w) && !fromPlace) { // not مزارع في الستينيات من سكان الحي
        stop = k + 2 < stop && t.get(k + 1).is("من") && (t.get(k + 2).norm().startsWith("عمر") || t.get(k + 2).is("العمر"))
            ? k + 3 : k + 1; // معلمة في الثلاثينيات شاركت في التدريب, حاج في الستينيات من عمره (من العمر): the age ends it
        break;
      }
      boolean genitive = placed && w.startsWith("ال") && !t.get(k - 1).norm().startsWith("ال"); // سوق الجمعة
      if (placed && NEAR.contains(w)) {
        continue; // شاب يعمل في مقهى قرب محطة القطار: still where he is
      }
      if (placed && w.length() > 2 && w.charAt(0) == 'ل' && !w.startsWith("لل")
          && Lexicon.OUTLETS.contains(w.substring(1))) {
        stop = k; // أحد المزارعين في قسم المناقل لوكالة رويترز: the place, then whom he told
        break;
      }
      if (w.equals("علي") && k + 1 < stop && ALONG.contains(t.get(k + 1).norm())
          && (k > from + 1 || t.get(k + 1).norm().startsWith("ال"))) {
        placed = true; // سائق حافلة صغيرة على خط صيدا بيروت: where he works
        continue;
      }
      if (placed && (Lexicon.LIVING_VERBS.contains(w) || Lexicon.SCENE_VERBS.contains(w)) && k > from + 2) {
        stop = k; // معلمة من ولاية نزوى جاءت مع طالباتها: the place, then what she does
        break;
      }
      if (Lexicon.PHRASE_STOPS.contains(w) && !w.equals("في") && !w.equals("من") && !genitive
          || Lexicon.SPEECH_OCCASIONS.contains(w) || Lexicon.BEING.contains(w)) {
        if (!placed || t.get(k - 1).is("في") || t.get(k - 1).is("من")
            || t.get(k - 2).is("في") && WHICH_OCCASION.contains(t.get(k - 1).norm())) {
          return parsed; // أحد المسؤولين في آخر اجتماع: when he said it, not where he is
        }
        stop = k; // كتب طالب من الزرقاء على منصة إكس: the place, then where he wrote
        break;
      }
      if (w.equals("في") && k > from + 2 && t.get(k - 2).is("من") && k + 1 < stop && !NameWords.hasArticle(t, k + 1)) {
        stop = k; // شاب من مالي في تنظيف السمك: where he is from, then what he does
        break;
      }
      placed |= w.equals("في") || w.equals("من");
    }
    return withPlace(parsed, t, from, stop);
  }

  /** Whether a word is a decade of someone's age: الثلاثينيات, العشرينات. */
  private static boolean isDecade(String w) {
    return w.startsWith("ال") && (w.endsWith("ينيات") || w.endsWith("ينات")) && w.length() >= 9;
  }

  /** How close an unnamed source is to what it knows: مطلع على, مقرب من, مشارك في. */
  private static final java.util.Set<String> CLOSE_TO = java.util.Set.of("مطلع", "مطلعه", "مقرب", "مقربه", "مشارك",
      "مشاركه", "قريب", "قريبه");

  /** Whether {@code [x, stop)} is في or من and a place of a few words, with no punctuation or occasion. */
  private static boolean placeFollows(Tokens t, int x, int stop) {
    if (x + 2 < stop && CLOSE_TO.contains(t.get(x).norm())
        && (t.get(x + 1).is("في") || t.get(x + 1).is("من") || t.get(x + 1).is("علي"))) {
      x++; // مصدر مشارك في اللقاءات, مصدر مقرب من الحكومة: how close the source is, then to what
    }
    boolean along = t.get(x).is("علي") && x + 1 < stop && ALONG.contains(t.get(x + 1).norm()); // على خط صيدا
    if (!(t.get(x).is("في") || t.get(x).is("من") || t.get(x).is("داخل") || along) || stop - x - 1 > MAX_PLACE_WORDS
        || Lexicon.SPEECH_OCCASIONS.contains(t.get(x + 1).norm()) || Lexicon.SIDE_MARKERS.contains(t.get(x + 1).norm())) {
      return false;
    }
    for (int k = x + 1; k < stop; k++) {
      if (!t.get(k).word() || Lexicon.SAME.contains(t.get(k).norm())) {
        return false; // not في المنطقة نفسها, a place named before
      }
    }
    return true;
  }
}
