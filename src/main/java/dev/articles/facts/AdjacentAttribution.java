package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;

/**
 * Attributes a quotation from what stands right around it, when its own sentence has no reporting verb before
 * it: a verb or {@code بحسب} right after it ({@code "…"، قال الوزير}), a colon after a short name before it
 * ({@code الوزير: "…"}), or a sentence of its own after it ({@code "…". هكذا يلخص الصياد فلان}).
 */
final class AdjacentAttribution {
  private final SpeakerParser speakers;
  private final SpeakerHistory history;

  AdjacentAttribution(SpeakerParser speakers, SpeakerHistory history) {
    this.speakers = speakers;
    this.history = history;
  }

  /** The attribution of a quotation: its sentence's verb, a verb right after it, or a colon before it. */
  Attribution attribute(Tokens t, int[] pair, int[] sentence, Attribution inSentence) {
    if (inSentence != null) {
      return inSentence;
    }
    boolean asked = pair[1] > 0 && (t.get(pair[1] - 1).is("؟") || t.get(pair[1] - 1).is("?"));
    Attribution after = asked && answers(t, pair[1] + 1) ? null : attributionAfter(t, pair[1] + 1, sentence);
    if (after != null) {
      return after;
    }
    int before = pair[0] - 1;
    if (before >= 0 && Lexicon.INTRODUCERS.contains(t.get(before).norm())) {
      before--;
    }
    if (before == 1 && t.get(before).is(":") && t.get(0).is("ج")) {
      Speaker interviewed = history.current(); // ج: «…»: an interview's answer, quoted
      return new Attribution(interviewed != null && interviewed.type() == SpeakerType.PERSON ? interviewed : SpeakerHistory.NO_ONE,
          "", true);
    }
    if (before >= 0 && t.get(before).is(":")) {
      int outlet = outletBeforeColon(t, before);
      if (outlet > 0) {
        before = outlet; // الباحثة التربوية ريما عساف لـ«النهار»: "…": who spoke, before the paper spoken to
      }
      int start = before;
      while (start > 0 && sentence[start - 1] == sentence[before] && t.get(start - 1).word()) {
        start--;
      }
      boolean own = false;
      for (int k = start; k < before && !own; k++) {
        own = (k == start || t.get(k).norm().startsWith("و") || NameWords.isComma(t, k - 1))
            && firstPersonSaying(t, k, before); // …، لكننا نقول دائما: "…"
      }
      if (start < before && own) { // وقفت أمامه يوم الهدم وقلت لنفسي: the one answering
        Speaker interviewed = history.interviewee(); // ضحكت وقلت له: "…", after someone the answer quoted
        Attribution speaking = interviewed != null ? new Attribution(interviewed, "", true)
            : history.carried(""); // ج: قلت لمجلس الإدارة: «…»: the one answering
        return speaking != null ? speaking : new Attribution(SpeakerHistory.NO_ONE, "", true);
      }
      int from = start;
      while (from + 1 < before && SpeakerNames.opensClause(t.get(from).norm())) {
        from++; // وعاد لعرابي ليقاطعها من مقعده: "…": the verb that opened the clause, then who
      }
      int end = before - from >= 2 && NameWords.isPresentVerb(t.get(before - 1).norm()) ? before - 1 : before;
      String only = end - from == 1 ? t.get(from).norm() : "";
      if (only.length() > 4 && only.charAt(0) == 'و' && NameWords.isPresentVerb(only.substring(1))) {
        end = from; // وتسأل: "…": the verb alone, whose subject is who spoke before
      }
      Attribution subject = from < end && end - from <= 8 // لكن الهادي يرفض: "…": who, and what he does
          ? history.resolve(speakers.parse(t, from, end), "") : null;
      if (subject != null) {
        return subject;
      }
      return history.carried("") != null ? history.carried("") : new Attribution(SpeakerHistory.NO_ONE, "", false);
    }
    return null;
  }

  /** The index of ل before an outlet in quotation marks that ends right at {@code colon}, or -1. */
  private static int outletBeforeColon(Tokens t, int colon) {
    if (colon < 3 || !QuoteMarks.isMark(t.get(colon - 1).norm())) {
      return -1;
    }
    int open = colon - 2;
    while (open > 0 && colon - open <= 5 && !QuoteMarks.isMark(t.get(open).norm())) {
      open--;
    }
    return open > 0 && QuoteMarks.isMark(t.get(open).norm()) && (t.get(open - 1).is("ل") || t.get(open - 1).is("لـ"))
        ? open - 1 : -1;
  }

  /** كان in the first person, before a verb of saying in the present: كنت أقول, كنا نقول. */
  private static final java.util.Set<String> FIRST_PERSON_BEING = java.util.Set.of("كنت", "كنا");

  /** Pronouns of the one speaking, before their verb: وأنا أقول, ونحن نقول. */
  private static final java.util.Set<String> FIRST_PERSON = java.util.Set.of("انا", "نحن", "لكننا", "لكنني", "لكني");

  /**
   * Whether the word at {@code i} is itself a verb in the first person of saying or of having been ({@code قلت},
   * {@code كنت أقول}), which opens the speaker's own clause wherever it stands.
   */
  static boolean firstPersonVerb(Tokens t, int i) {
    String w = Clitics.withoutConjunction(t.get(i).norm());
    return Lexicon.FIRST_PERSON_SAYING.contains(w) || FIRST_PERSON_BEING.contains(w);
  }

  /**
   * Whether the clause {@code [start, before)} opens with the speaker's own verb of saying, after its pronoun or
   * a conjunction: {@code قلت لمجلس الإدارة}, {@code وأنا أقول دائما لفريقي}.
   */
  static boolean firstPersonSaying(Tokens t, int start, int before) {
    if (start + 1 < before && (t.get(start).is("كما") || t.get(start).is("وكما"))) {
      start++; // وكما أقول لطلابي دائما: as the speaker says
    }
    if (start + 1 < before && FIRST_PERSON.contains(Clitics.withoutConjunction(t.get(start).norm()))) {
      start++;
    }
    String done = Clitics.withoutConjunction(t.get(start).norm());
    if (start + 1 < before && (t.get(start).is("لقد") || done.equals("قد"))) {
      start++; // وقد قلت للشركات بوضوح, لقد قلت في هذه القاعة: the speaker's own, done
    }
    if (start + 1 < before && FIRST_PERSON_BEING.contains(Clitics.withoutConjunction(t.get(start).norm()))) {
      start++; // كنت أقول لأولادي: what the speaker used to say
    }
    return Lexicon.FIRST_PERSON_SAYING.contains(Clitics.withoutConjunction(t.get(start).norm()));
  }

  /** Verbs of answering, which after a question in marks say who answered it, not who asked. */
  private static final java.util.Set<String> ANSWERING = java.util.Set.of("اجاب", "اجابت", "رد", "ردت");

  /** Whether an answer follows at {@code i}, past a comma: «…؟»، فأجاب الوزير. */
  private static boolean answers(Tokens t, int i) {
    while (i < t.size() && NameWords.isComma(t, i)) {
      i++;
    }
    if (i >= t.size()) {
      return false;
    }
    String w = t.get(i).norm();
    String bare = w.length() > 3 && (w.charAt(0) == 'ف' || w.charAt(0) == 'و') ? w.substring(1) : w;
    return ANSWERING.contains(bare);
  }

  /** {@code "…"، قال الوزير} or {@code "…"، بحسب البيان}. */
  private Attribution attributionAfter(Tokens t, int i, int[] sentence) {
    while (i < t.size() && (t.get(i).is("،") || t.get(i).is(","))) {
      i++;
    }
    if (i >= t.size()) {
      return null;
    }
    if (t.get(i).is(".")) {
      return nextSentence(t, i + 1);
    }
    boolean thus = false;
    if (i + 1 < t.size() && (Clitics.withoutConjunction(t.get(i).norm()).equals("هذا")
        || t.get(i).is("هكذا")) && t.get(i + 1).is("ما")) {
      i += 2; // "…"، هذا ما أكده المتحدث
    } else if (i + 1 < t.size() && t.get(i).is("هكذا")) {
      i++; // "…"، هكذا علقت الإعلامية
      thus = true;
    }
    if (i >= t.size()) {
      return null;
    }
    if (i + 1 < t.size() && (t.get(i).is("كما") && Lexicon.REPORTING_VERBS.contains(t.get(i + 1).norm())
        && (i + 2 >= t.size() || !t.get(i + 2).word())
        || Clitics.in(t.get(i).norm(), Lexicon.ACCORDING_TO) && Lexicon.OWN_WORDS.contains(t.get(i + 1).norm())
        || t.get(i).is("علي") && i + 2 < t.size() && t.get(i + 1).is("حد")
        && Lexicon.OWN_WORDS.contains(t.get(i + 2).norm()))) {
      return history.carried(t.original(i, i + 1)); // "…"، كما قالت; "…"، بحسب تعبيره; "…"، على حد قوله
    }
    String word = Clitics.known(t.get(i).norm(), Lexicon.ACCORDING_TO); // وفق is no و + فق
    if (!Lexicon.REPORTING_VERBS.contains(word) && word.endsWith("ه")
        && Lexicon.REPORTING_VERBS.contains(word.substring(0, word.length() - 1))) {
      word = word.substring(0, word.length() - 1); // أكده: the verb with its object pronoun
    }
    if (Lexicon.ACCORDING_TO.contains(word)) {
      int from = i + 1;
      if (from < t.size() && t.get(from).is("ما")) {
        from++;
        if (from < t.size() && ReportingClause.isVerbWithObject(Clitics.withoutConjunction(t.get(from).norm()))) {
          boolean via = Lexicon.VIA_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()));
          boolean locative = Lexicon.LOCATIVE_VERBS.contains(Clitics.withoutConjunction(t.get(from).norm()));
          from = ReportingClause.pastResumptive(t, from + 1);
          if (locative && from < t.size() && t.get(from).is("في")) {
            from++; // حسب ما جاء في بيان الاتحاد: the document's words
          }
          if (from + 1 < t.size() && t.get(from).is("ل") && QuoteMarks.isMark(t.get(from + 1).norm())) {
            from = Introductions.pastOutlet(t, from + 1); // بحسب ما قاله لـ«الجزيرة نت» المحلل فلان
          }
          for (int k = from; via && k < t.phraseEnd(from); k++) {
            if (t.get(k).is("عن")) {
              from = k + 1; // بحسب ما نقلت وكالة رويترز عن مسؤول في الشركة: the speaker follows عن
              break;
            }
          }
        }
      }
      int end = attributionEnd(t, from);
      return from == end ? null : history.resolve(speakers.parse(t, from, end), t.original(i, i + 1));
    }
    if (Lexicon.REPORTING_VERBS.contains(word) || thus && i + 1 < t.size() && t.get(i + 1).word()) {
      // "…"، هكذا لخص فلان تجربته: after هكذا, any verb says who spoke
      int from = ReportingClause.pastAddressed(t, i + 1); // «…»، يقول لي صاحب المحل: to me, then who
      int end = attributionEnd(t, from);
      if (end == from) {
        return history.carried(t.original(i, i + 1));
      }
      Speaker nicknamed = history.calledSo(t, from); // «…»، يقول أبو علي، كما يناديه أهل الحي
      if (nicknamed != null) {
        return history.speaking(new Attribution(nicknamed, t.original(i, i + 1), true));
      }
      return history.speaking(history.resolve(speakers.parse(t, from, end), t.original(i, i + 1)));
    }
    return null;
  }

  /**
   * A quotation that a sentence of its own then attributes, with any verb: {@code "…". هكذا يلخص الصياد
   * فلان} or {@code "…". بهذه الكلمات وصفت فلانة}. Null when the next sentence opens otherwise.
   */
  Attribution nextSentence(Tokens t, int i) {
    while (i < t.size() && QuoteMarks.isMark(t.get(i).norm())) {
      int close = i + 1;
      while (close < t.size() && !QuoteMarks.isMark(t.get(close).norm())) {
        close++;
      }
      i = close + 1; // «…». «…». بهذه الجمل يلخص فلان: quotations in a row, attributed after the last
      if (i < t.size() && t.get(i).is(".")) {
        i++;
      }
    }
    int verb;
    if (i + 1 < t.size() && t.get(i).is("هكذا")) {
      verb = i + 1;
    } else if (i + 2 < t.size() && i == 0 && Lexicon.PHRASE_STOPS.contains(t.get(i).norm())
        && t.get(i).norm().startsWith("ب")) {
      verb = i + 1; // "…". ⏎ بمرارة يلخص فلان ما آلت إليه تجارته
    } else if (i + 2 < t.size() && t.get(i).is("بهذه") && Lexicon.WORDINGS.contains(t.get(i + 1).norm())) {
      verb = i + 2;
      while (verb + 1 < t.size() && NameWords.hasArticle(t, verb)) {
        verb++; // بهذه الجمل القصيرة يلخص
      }
    } else {
      return null;
    }
    int end = attributionEnd(t, verb + 1);
    if (end == verb + 1 || !t.get(verb).word()) {
      return null;
    }
    int comma = NameWords.nextComma(t, verb + 1, end);
    Speaker first = comma < end ? speakers.parse(t, verb + 1, comma) : null;
    Speaker named = first != null && first.type() == SpeakerType.PERSON && Tokens.of(first.name()).list().size() >= 2
        ? first : speakers.parse(t, verb + 1, end); // يشرح حسان الزين، صاحب دار نشر، معادلة الأسعار
    return history.speaking(history.resolve(named, t.original(verb, verb + 1)));
  }

  /**
   * The end of an attribution after a quotation: words, commas and quoted names, to the sentence's end
   * ({@code قال مدير عمليات منظمة "سي ووتش" الإنسانية، يوهانس باير، في تصريح}).
   */
  private static int attributionEnd(Tokens t, int from) {
    int i = from;
    while (i < t.size()) {
      int named = RolePhrase.quotedNameEnd(t, i, t.size());
      if (named > i) {
        i = named;
      } else if (t.get(i).word()) {
        i++;
      } else if ((t.get(i).is("،") || t.get(i).is(",")) && i + 1 < t.size() && t.get(i + 1).word()
          && !t.get(i + 1).norm().startsWith("و") && !NameWords.isStop(t, i + 1)
          && !Lexicon.CLAUSE_OPENERS.contains(t.get(i + 1).norm())
          && !Lexicon.CONTINUING_PARTICIPLES.contains(t.get(i + 1).norm())) {
        i++; // …، يوهانس باير: a name set off; not …، بينما رأى …
      } else {
        break;
      }
    }
    while (i > from && (t.get(i - 1).is("،") || t.get(i - 1).is(","))) {
      i--;
    }
    return i;
  }
}
