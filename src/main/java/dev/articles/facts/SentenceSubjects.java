package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;
import java.util.List;

/**
 * Who speaks when a reporting verb names no one after it, read from the words just before it: a subject
 * written before the verb (فلان، مدير المخيم، قال), the subject of the verb the و joins it to (وتفقد الوزير
 * فلان الموقع، وقال), the document a جاء فيه refers to, or whom an interviewer asked (سألنا الخبير فلانا …،
 * فأجاب). {@link EarlierSubjects} looks further back, to earlier verbs and sentences.
 */
final class SentenceSubjects {
  /** "In its turn", opening a sentence before its subject: بدوره، بدورها. */
  private static final java.util.Set<String> IN_TURN = java.util.Set.of("بدوره", "بدورها", "بدورهم");

  /** "Seemed", as written: the normal form would also match بدأ, "began". */
  private static final java.util.Set<String> SEEMED = java.util.Set.of("بدا", "وبدا", "بدت", "وبدت");

  /** How far before جاء فيها, set off by a comma, the document it refers to may stand. */
  private static final int DOCUMENT_REACH = 16;

  /** The most words a subject before its verb runs to: المتحدث باسم وزارة الصحة الدكتور فلان الفلاني. */
  static final int MAX_OPENING_SUBJECT_WORDS = 12;

  private final SpeakerParser speakers;
  private final SpeakerHistory history;

  SentenceSubjects(SpeakerParser speakers, SpeakerHistory history) {
    this.speakers = speakers;
    this.history = history;
  }


  /**
   * A subject written before its verb and closed by a comma: {@code محمد الحسن، مدير مخيم أدري، قال إن "…"};
   * or, before a verb joined by و, the subject of the sentence's first verb: {@code وتفقد الوزير فلان
   * الموقع، وقال: "…"}. Null unless those words read as a named person or an organization.
   */
  Attribution subjectBefore(Tokens t, int verbAt, int[] sentence, String verb) {
    Attribution topic = topic(t, verbAt, sentence, verb);
    if (topic != null) {
      return topic;
    }
    Attribution contrasted = afterConjunction(t, verbAt, sentence, verb);
    if (contrasted != null) {
      return contrasted;
    }
    int comma = verbAt - 1;
    String openingWord = Clitics.withoutConjunction(t.get(sentenceStart(sentence, verbAt)).norm());
    String openingRaw = t.original(sentenceStart(sentence, verbAt), sentenceStart(sentence, verbAt) + 1);
    boolean verbFirst = openingWord.equals("لم") || openingWord.equals("لن") || Lexicon.SCENE_VERBS.contains(openingWord)
        || SEEMED.contains(openingRaw); // وبدا فلان متوترا، حيث قال; not بدأ, began, which the normal form shares
    if (comma > 0 && (t.get(comma).is("ثم") || verbFirst && (t.get(comma).is("اذ") || t.get(comma).is("حيث")))) {
      comma--; // …، ثم تساءل: the verb joined as with و; ولم يخف فلان تحفظه، إذ قال: the same subject explains
    }
    if (comma < 2 || !NameWords.isComma(t, comma)) {
      return sceneSubject(t, verbAt, sentence, verb);
    }
    int start = Math.min(verbAt - 1, sentenceStart(sentence, verbAt));
    boolean quoted = false;
    for (int[] pair : QuoteMarks.pairs(t, start, verbAt - 1)) {
      quoted |= QuoteMarks.words(t, pair) > 3; // a quotation before the verb, not a name (كتلة "الإصلاح")
    }
    Attribution asked = askedPerson(t, start, comma);
    if (asked != null) {
      return asked; // وفي حوار، سألنا الخبير فلانا عن …، فأجاب:
    }
    if (quoted) {
      return null;
    }
    if (start + 3 < verbAt && Clitics.withoutConjunction(t.get(start).norm()).equals("من")
        && Lexicon.SIDE_MARKERS.contains(t.get(start + 1).norm()) && NameWords.isComma(t, start + 2)) {
      start += 3; // من جهتها، نصحت الطبيبة فلانة …، وقالت: the side names no one
    } else if (start + 2 < verbAt && IN_TURN.contains(Clitics.withoutConjunction(t.get(start).norm()))
        && NameWords.isComma(t, start + 1)) {
      start += 2; // بدورها، رحبت نقابة صيادلة لبنان في بيان بالحكم، وأكدت: in its turn names no one
    }
    String negation = Clitics.withoutConjunction(t.get(start).norm());
    if (start + 2 < comma && (negation.equals("لم") || negation.equals("لن"))) { // ولم يخف المدرب
      start++; // لم يخف المدرب فلان خيبة أمله، وقال: the verb after its negation
    }
    boolean joined = t.get(verbAt).norm().startsWith("و") || comma < verbAt - 1;
    int opener = NameWords.nextComma(t, start, comma);
    if (joined && opener + 2 < comma
        && Lexicon.PHRASE_STOPS.contains(Clitics.withoutConjunction(t.get(start).norm()))) {
      start = opener + 1; // وأمام أحد الأجنحة، وقف الطالب فلان …، ثم تساءل: the place or time before the verb
    }
    if (joined) {
      start = Math.max(start, whileClause(t, start, comma)); // وصفق الجمهور …، فيما صعد المخرج فلان …، وقال
    }
    if (joined && start + 3 < comma && (t.get(start).is("كما") || t.get(start).is("وكما"))) {
      start++; // كما نعته وزارة الثقافة، وقالت: the verb after the particle, and its subject
    }
    String first = Clitics.withoutConjunction(t.get(start).norm());
    if (!t.get(start).word() || NameWords.isStop(t, start) || Lexicon.PHRASE_STOPS.contains(first)
        || Lexicon.SIDE_MARKERS.contains(first)) {
      return null;
    }
    if (!joined && t.get(start).norm().startsWith("و")) {
      return null;
    }
    if (!joined && Lexicon.OPENING_PARTICLES.contains(t.get(start).norm()) && start + 1 < verbAt - 1) {
      start++; // أما ربة المنزل …، سعاد الحلبي، فتقول; لكن عضو المجلس فلانة، التي صوتت ضده، اعتبرت
      for (int k = start; k + 2 < verbAt; k++) {
        String w = t.get(k + 1).norm();
        if (NameWords.isComma(t, k) && w.startsWith("ف") && Lexicon.RANKS.contains(w.substring(1))) {
          return history.speaking(history.resolve(new Speaker(t.original(k + 1, t.phraseEnd(k + 1)).substring(1), "",
              SpeakerType.PERSON, ""), verb)); // لكن الأرقام لا تقنع الجميع، فالحاجة مبروكة (71 عاما)، التي …، تقول
        }
      }
    }
    boolean described = false;
    if (joined) {
      // وتفقد وزير النفط فلان موقع الحادث، وقال: "…": two verbs, one subject, named after the first
      String head = Clitics.known(t.get(start + 1).norm(), Lexicon.HEADS);
      described = !Lexicon.ROLE_HEADS.contains(head) && !Lexicon.RANKS.contains(head)
          && !Lexicon.ORGANIZATIONS.contains(head);
      String word = t.get(start + 1).norm();
      Speaker bySurname = !described || start + 2 >= comma ? null
          : history.bySurnameInText(word);
      List<Tokens.Token> full = bySurname == null ? List.of() : Tokens.of(bySurname.name()).list();
      if (full.size() >= 2 && full.get(full.size() - 1).norm().equals(t.get(start + 1).norm())) {
        // ويهز العريمي رأسه موافقا، ثم يقول: the surname of someone named before, then what he does; وبدا بنسودة
        // متوترا، حيث قال: a surname the lead gave in full, with no quotation of his yet
        return history.speaking(new Attribution(bySurname, verb, true));
      }
      if (described && !t.get(start + 1).norm().startsWith("ال")) {
        Speaker known = speakers.parse(t, start + 1, comma); // ويشكو كريم حمادي، مؤسس شركة، ويقول إن
        boolean ordinary = Lexicon.SCENE_VERBS.contains(Clitics.withoutConjunction(t.get(start).norm()))
            && Lexicon.UNNAMED_PEOPLE.contains(t.get(start + 1).norm()) && known != null
            && known.type() == SpeakerType.PERSON; // جلست امرأة في الستينيات من عمرها …، وقالت
        if (ordinary) {
          return history.speaking(history.resolve(known, verb));
        }
        boolean kin = known != null && known.type() == SpeakerType.PERSON && NameWords.isKinship(t, start + 1)
            && Tokens.of(known.name()).size() >= 2; // ورثاه صديقه الشاعر فلان الفلاني بقصيدة، وقال
        if (!kin && (known == null || !history.knows(known))) {
          return null;
        }
        described = false;
      }
      start++;
    }
    Speaker named = speakers.parse(t, start, joined ? subjectEnd(t, start - 1, comma) : comma);
    if (described && (named == null || named.role().isEmpty())) {
      return null; // only a description and a name (الطالب الجامعي فلان), not any definite word
    }
    boolean person = named != null && named.type() == SpeakerType.PERSON && !named.name().equals(named.role())
        && !named.name().isEmpty() && (joined || Tokens.of(named.name()).list().size() >= 2);
    boolean withheld = named != null && named.type() == SpeakerType.PERSON
        && UnnamedPeople.clauseStart(t, start, comma) > start; // مصدر في المؤسسة، فضل عدم الكشف عن هويته، قال
    if (!person && !withheld && (named == null || named.type() != SpeakerType.ORGANIZATION)) {
      return null;
    }
    List<Tokens.Token> words = Tokens.of(named.name()).list();
    Speaker ranked = joined && words.size() >= 3 && Lexicon.RANKS.contains(words.get(0).norm())
        ? history.rankedAgain(words.get(0).norm(), words.get(1).norm(), words.get(2).norm()) : null;
    if (ranked != null) {
      return history.speaking(new Attribution(ranked, verb, true)); // ورث الحاج عمار الأرض، ويقول: named so before
    }
    return history.speaking(history.resolve(joined ? withoutObject(named) : named, verb));
  }

  /** Words opening a clause of what happened meanwhile, after a comma: فيما, بينما. */
  private static final java.util.Set<String> WHILE = java.util.Set.of("فيما", "بينما");

  /**
   * The verb of the last clause opened by فيما or بينما after a comma in {@code (start, comma)}, whose subject a
   * verb joined by و right after it goes on with ({@code وصفق الجمهور طويلا، فيما صعد الحلواني إلى المسرح، وقال});
   * -1 when there is none.
   */
  private static int whileClause(Tokens t, int start, int comma) {
    for (int k = comma - 3; k > start; k--) {
      if (NameWords.isComma(t, k) && WHILE.contains(t.get(k + 1).norm()) && t.get(k + 2).word()
          && k + 3 < comma && Numbers.word(t.get(k + 3).norm()) == null && Numbers.digits(t.get(k + 3).norm()) == null) {
        return k + 2;
      }
    }
    return -1;
  }

  /**
   * The subject of a verb of the scene that a reporting verb joined by و goes on from, with no comma between:
   * {@code وقف المتهم داخل القفص وقال}. Null unless the clause opens with that verb and a definite role or a
   * name that reads as someone named before.
   */
  private Attribution sceneSubject(Tokens t, int verbAt, int[] sentence, String verb) {
    if (verbAt < 3 || !t.get(verbAt).norm().startsWith("و")) {
      return null;
    }
    int start = verbAt - 1;
    while (start > 0 && sentence[start - 1] == sentence[verbAt] && t.get(start - 1).word()) {
      start--;
    }
    String opening = t.get(start).norm();
    if (start + 2 >= verbAt || !NameWords.hasArticle(t, start + 1) || !Lexicon.SCENE_VERBS.contains(opening)
        && !Lexicon.SCENE_VERBS.contains(Clitics.withoutConjunction(opening))) {
      return null;
    }
    Speaker named = speakers.parse(t, start + 1, verbAt);
    if (named == null || named.type() != SpeakerType.PERSON) {
      return null;
    }
    named = withoutObject(named);
    if (Tokens.of(named.name()).size() == 1 && named.role().isEmpty()) { // المتهم: the one named after it before
      Speaker earlier = history.namedAfter(t.get(start + 1).norm());
      return earlier == null ? null : history.speaking(new Attribution(earlier, verb, true));
    }
    return known(named, verb);
  }

  /**
   * The topic of {@code أما … فـ}, which is the subject of the verbs after it: {@code أما الهيئة العامة
   * للبيئة فأكدت في بيان أن "…"}, {@code أما مريم منت محمد، وهي بائعة، فتبدي حذرا، وتقول:}. Null unless the
   * sentence opens so and the topic reads as a named person or an organization.
   */
  Attribution topic(Tokens t, int verbAt, int[] sentence, String verb) {
    int start = verbAt;
    while (start > 0 && sentence[start - 1] == sentence[verbAt] && verbAt - start < 40) {
      start--;
    }
    if (!Clitics.withoutConjunction(t.get(start).norm()).equals("اما") && !t.get(start).is("اما")) {
      return null;
    }
    int end = start + 1;
    while (end < verbAt && (t.get(end).word() || NameWords.isComma(t, end))
        && !(end > start + 1 && opensWithFa(t, end) && !nameSetOffBeforeFa(t, end)
        && !Lexicon.RANKS.contains(t.get(end - 1).norm()) // أما والده، الحاج فتحي عبد الله، فيرى: a name after a rank
        && !(end + 1 <= verbAt && t.get(end + 1).norm().startsWith("ف")
        && (Lexicon.REPORTING_VERBS.contains(t.get(end + 1).norm().substring(1)) || t.get(end + 1).is("فقد"))))) {
      end++; // أما ربة المنزل …، سعاد الحلبي، فتقول: commas and all, up to the فـ
    }
    if (end == start + 1) {
      return null;
    }
    Speaker named = speakers.parse(t, start + 1, end);
    for (int p = start + 3; p <= end && p < t.size(); p++) {
      if (t.get(p).is("(") && !NameWords.hasArticle(t, p - 1) && NameWords.hasArticle(t, p - 2)
          && speakers.isNameWord(t, p - 1) && !t.get(p - 1).norm().startsWith("ب")
          && !speakers.isPlace(t.get(p - 1).norm())) { // not كلية العلوم بالرباط (28 سنة) // أما الابنة الكبرى فاطمة (14 عاما)، …، فتقول: the name before her age
        named = new Speaker(t.original(p - 1, p), t.original(start + 1, p - 1), SpeakerType.PERSON, "");
        break;
      }
    }
    int comma = NameWords.nextComma(t, start + 1, end);
    if (comma == start + 2 && (t.endsAsWritten(start + 1, "ه") || t.endsAsWritten(start + 1, "ها"))) {
      Speaker apposed = speakers.parse(t, comma + 1, NameWords.nextComma(t, comma + 1, end));
      if (identified(apposed) && apposed.type() == SpeakerType.PERSON) {
        named = apposed; // أما منافسه، الأستاذ المتقاعد الحبيب الشعري (64 عاما)، فقد اعتبر: whose rival, then who
      }
    }
    boolean definiteRole = named != null && named.type() == SpeakerType.PERSON && named.name().isEmpty()
        && named.role().startsWith("ال"); // أما المديرة فقالت: whoever that role named before
    if (!identified(named) && !definiteRole && Lexicon.UNNAMED_PEOPLE.contains(t.get(start + 1).norm())) {
      Speaker described = new Speaker(t.original(start + 1, comma), "", SpeakerType.PERSON, "");
      return history.speaking(new Attribution(described, verb, true)); // أما صاحب ورشة في سترة، فرأى
    }
    return identified(named) || definiteRole ? history.speaking(history.resolve(named, verb)) : null;
  }

  /**
   * Whether the word at {@code i} is the فـ that ends a topic, on a verb (فتقول, فأكدت, فاعتبر) or a pronoun
   * (فهي): not a name that begins with ف, such as فاطمة or فهد, whose rest reads as neither, nor one right
   * before the فـ of the verb ({@code أما محاميه الأستاذ مجدي فرحات فقال}).
   */
  private static boolean opensWithFa(Tokens t, int i) {
    String w = t.get(i).norm();
    if (!w.startsWith("ف") || w.length() < 3) {
      return false;
    }
    String rest = w.substring(1);
    char first = rest.charAt(0);
    return first == 'ي' || first == 'ت' || first == 'ن' || rest.endsWith("ت") || Lexicon.REPORTING_VERBS.contains(rest)
        || Lexicon.CALLING.contains(rest) || rest.equals("هو") || rest.equals("هي") || rest.equals("هم")
        || Lexicon.BEING.contains(rest); // أما ممثل النيابة العامة، فكان قد التمس
  }

  /**
   * Whether the word at {@code i} opens a name set off by commas that the topic's فـ follows, so that its
   * own ف is a letter of the name: {@code أما المتحدث باسم المنتدى، فتحي العياري، فاعتبر}.
   */
  private static boolean nameSetOffBeforeFa(Tokens t, int i) {
    int end = NameWords.setOffEnd(t, i - 1);
    return end > 0 && end + 1 < t.size() && t.get(end + 1).norm().startsWith("ف");
  }

  /** The most words of an unnamed person's description before their verb: أستاذة لغة فرنسية في متوسطة بالشراقة. */
  private static final int MAX_DESCRIPTION_WORDS = 8;

  /**
   * The subject after a sentence's opening {@code غير أن}, {@code إلا أن} or {@code كما أن}, before its verb:
   * {@code غير أن أستاذة الآثار الدكتورة منى فتحي حذرت من "…"}.
   */
  private Attribution afterConjunction(Tokens t, int verbAt, int[] sentence, String verb) {
    int start = verbAt;
    while (start > 0 && sentence[start - 1] == sentence[verbAt]) {
      if (t.get(start - 1).word()) {
        start--;
      } else if (quotedNameOpening(t, start - 1) > 0) {
        start = quotedNameOpening(t, start - 1); // غير أن النائبة عن كتلة «التغيير» فلانة اعتبرت
      } else {
        break;
      }
    }
    int end = verbAt;
    if (start > 2 && NameWords.isComma(t, start - 1)) { // غير أن أستاذة …، رفضت ذكر اسمها، قالت
      int open = start - 2;
      while (open > 0 && t.get(open).word()) {
        open--;
      }
      boolean withheld = false;
      for (int k = open + 1; k < start - 1; k++) {
        withheld |= Lexicon.ANONYMITY.contains(t.get(k).norm());
      }
      if (withheld && NameWords.isComma(t, open)) {
        end = open; // the subject is before the clause that withholds the name
        start = open;
        while (start > 0 && sentence[start - 1] == sentence[verbAt] && t.get(start - 1).word()) {
          start--;
        }
      }
    }
    if (start + 3 > end || !Clitics.in(t.get(start).norm(), Lexicon.CONTRASTS) || !t.get(start + 1).is("ان")) {
      return null;
    }
    Speaker named = speakers.parse(t, start + 2, end);
    if (named != null && named.type() == SpeakerType.PERSON && named.name().isEmpty()
        && !named.role().startsWith("ال") && end - start - 2 <= MAX_DESCRIPTION_WORDS
        && t.list().subList(start + 2, end).stream().allMatch(Tokens.Token::word)) {
      String nominative = SpeakerParser.nominative(t, start + 2, end); // غير أن مصدرا من داخل النادي أكد
      String described = nominative != null ? nominative : t.original(start + 2, end); // غير أن أستاذة لغة قالت
      return history.speaking(new Attribution(new Speaker(described, described, SpeakerType.PERSON, ""), verb,
          false));
    }
    return known(named, verb);
  }


  /**
   * Where a name of up to three words in quotation marks opens, when {@code close} is its closing mark and a word
   * stands before it ({@code كتلة «التغيير»}); -1 otherwise.
   */
  private static int quotedNameOpening(Tokens t, int close) {
    if (!QuoteMarks.isMark(t.get(close).norm())) {
      return -1;
    }
    for (int open = close - 1; open > 0 && close - open <= 4; open--) {
      if (!t.get(open).word()) {
        return QuoteMarks.isMark(t.get(open).norm()) && open < close - 1 && t.get(open - 1).word() ? open : -1;
      }
    }
    return -1;
  }

  /**
   * The subject between a sentence's first verb and a reporting verb with the ل of purpose: {@code ويعود ولد
   * سيدي ليؤكد أن "…"}, or before a verb of returning: {@code الرشيد عادت لتؤكد}. Null unless those words
   * read as a named person.
   */
  Attribution purposeSubject(Tokens t, int verbAt, int[] sentence, String verb) {
    int start = verbAt;
    while (start > 0 && sentence[start - 1] == sentence[verbAt]
        && (t.get(start - 1).word() || QuoteMarks.isMark(t.get(start - 1).norm()))) {
      start--; // وعاد "بوحديدة" ليقول: a nickname in quotation marks
    }
    if (verbAt - start < 2 || verbAt - start > NameWords.MAX_NAME_WORDS + 3) {
      return null;
    }
    if (Lexicon.RETURNING.contains(t.get(verbAt - 1).norm())) {
      return known(speakers.parse(t, start, verbAt - 1), verb); // الرشيد عادت لتؤكد: the subject before both
    }
    return known(speakers.parse(t, start + 1, verbAt), verb);
  }

  /**
   * The issuer of a document that a verb then quotes: {@code وأصدر الاتحاد الكويتي لكرة القدم بيانا أكد فيه
   * أن "…"}. Null unless the words before {@code فيه} are a document after its issuer.
   */
  Attribution issuer(Tokens t, int verbAt, int[] sentence, String verb) {
    if (verbAt < 3 || verbAt + 1 >= t.size() || !(t.get(verbAt + 1).is("فيه") || t.get(verbAt + 1).is("فيها"))) {
      return null;
    }
    int documentAt = documentBefore(t, verbAt);
    if (documentAt < 0) {
      return null;
    }
    int start = documentAt;
    while (start > 0 && sentence[start - 1] == sentence[verbAt] && t.get(start - 1).word()) {
      start--;
    }
    return start + 1 < documentAt ? known(speakers.parse(t, start + 1, documentAt), verb) : null;
  }

  /**
   * Where the document that {@code فيه} after {@code verbAt} refers to stands: right before the verb (بيانا أكد
   * فيه), or before a comma and what it was issued after (بلاغا عقب الجلسة، قال فيه). -1 when there is none.
   */
  private static int documentBefore(Tokens t, int verbAt) {
    if (isDocument(t.get(verbAt - 1).norm())) {
      return verbAt - 1;
    }
    if (!NameWords.isComma(t, verbAt - 1)) {
      return -1;
    }
    for (int k = verbAt - 3; k > 0 && k >= verbAt - 5 && t.get(k).word(); k--) {
      if (isDocument(t.get(k).norm()) && Lexicon.PHRASE_STOPS.contains(t.get(k + 1).norm())) {
        return k;
      }
    }
    return -1;
  }

  /** A document's noun, as the object of issuing too: بيان, بيانا. */
  private static boolean isDocument(String w) {
    return Lexicon.DOCUMENTS.contains(w.endsWith("ا") ? w.substring(0, w.length() - 1) : w);
  }

  /** Whether a document is named in the few words before {@code verbAt}: تدوينة على منصة إكس جاء فيها. */
  private static boolean documentJustBefore(Tokens t, int verbAt) {
    for (int k = verbAt - 1; k >= 0 && k >= verbAt - 4 && t.get(k).word(); k--) {
      if (Lexicon.DOCUMENTS.contains(t.get(k).norm())) {
        return true;
      }
    }
    return false;
  }

  /** An organization whose name stands in quotation marks in {@code [from, to)}: ونشرت "غرفة طوارئ بربر". */
  private static Speaker quotedOrganization(Tokens t, int from, int to) {
    for (int open = from; open + 2 < to; open++) {
      if (!QuoteMarks.isMark(t.get(open).norm()) || !Lexicon.ORGANIZATIONS.contains(t.get(open + 1).norm())) {
        continue;
      }
      int close = open + 1;
      while (close < to && close - open <= 5 && t.get(close).word()) {
        close++;
      }
      if (close < to && close > open + 2 && QuoteMarks.isMark(t.get(close).norm())) {
        return new Speaker(t.original(open + 1, close), "", SpeakerType.ORGANIZATION, "");
      }
    }
    return null;
  }

  /**
   * Whoever wrote or issued the document that {@code جاء فيها} refers back to across a comma: {@code قرأ
   * المحامي رسالة كتبها موكله سليمان بوخالفة من سجنه، جاء فيها: «…»}. Null unless such a document names its
   * writer or issuer.
   */
  Attribution documentReferredTo(Tokens t, int verbAt, int[] sentence, String verb) {
    if (verbAt < 3 || verbAt + 1 >= t.size() || !(t.get(verbAt + 1).is("فيه") || t.get(verbAt + 1).is("فيها"))
        || !NameWords.isComma(t, verbAt - 1) && !documentJustBefore(t, verbAt)
        || !Lexicon.LOCATIVE_VERBS.contains(Clitics.withoutConjunction(t.get(verbAt).norm()))
        && !Lexicon.REPORTING_VERBS.contains(Clitics.withoutConjunction(t.get(verbAt).norm()))) { // قالت فيه
      return null;
    }
    for (int k = verbAt - 2; k > 0 && k >= verbAt - DOCUMENT_REACH && sentence[k] == sentence[verbAt]; k--) {
      if (Lexicon.DOCUMENTS.contains(t.get(k).norm())) {
        Speaker issued = speakers.parse(t, k, verbAt - 1);
        if (issued != null && issued.type() != SpeakerType.DOCUMENT) {
          return known(issued, verb);
        }
        if (k + 2 < verbAt - 1 && Lexicon.ISSUING.contains(t.get(k + 1).norm())) {
          Speaker issuer = speakers.parse(t, k + 2, verbAt - 1); // تقرير أصدرته الهيئة …، قالت فيه
          if (issuer != null && issuer.type() == SpeakerType.ORGANIZATION) {
            return known(issuer, verb);
          }
        }
        Speaker quoted = quotedOrganization(t, sentenceStart(sentence, k), k);
        return quoted != null ? known(quoted, verb) : null; // ونشرت "غرفة طوارئ بربر"، وهي …، تدوينة جاء فيها
      }
    }
    return null;
  }

  /** The most words before the name that a role opening a sentence takes: غير أن رئيس اتحادية المنقبين،. */
  private static final int MAX_OPENING_ROLE_WORDS = 8;

  /**
   * The subject of a sentence that opens with a role and a name set off by commas before its first verb, which
   * a later verb joined by و goes on from: {@code غير أن رئيس الاتحادية، محمد ولد بلال، شكك في الخطة، وقال:}.
   */
  Attribution apposedOpeningSubject(Tokens t, int i, int[] sentence, String verb) {
    int start = sentenceStart(sentence, i);
    int first = NameWords.nextComma(t, start, i);
    int second = first < i ? NameWords.nextComma(t, first + 1, i) : i;
    if (first >= i || second >= i - 1 || first - start > MAX_OPENING_ROLE_WORDS + 2
        || second - first - 1 < 2 || second - first - 1 > NameWords.MAX_NAME_WORDS) {
      return null;
    }
    return openingSubject(t, second + 1, sentence, verb);
  }

  /**
   * A subject that opens the sentence, right before its verb: {@code المتحدث باسم الشركة محمود سليمان أكد أن
   * "…"}, {@code الوزير محمد قال إن}. Null unless the words before the verb are a role, a rank or an
   * organization and what they name, or the surname of someone named before.
   */
  Attribution openingSubject(Tokens t, int verbAt, int[] sentence, String verb) {
    int start = sentenceStart(sentence, verbAt);
    if (start < verbAt && Lexicon.OPENING_PARTICLES.contains(t.get(start).norm())) {
      start++; // لكن الهمامي رد قائلا: the particle opens the sentence, the subject follows it
    } else if (start + 1 < verbAt && (t.get(start).is("غير") || t.get(start).is("الا")) && t.get(start + 1).is("ان")) {
      start += 2; // غير أن النائب فلان اعتبر أن
    } else if (start + 3 < verbAt && t.get(start).word() && t.get(start + 1).is("ان")
        && Lexicon.UNNAMED_PEOPLE.contains(t.get(start + 2).norm())) {
      start += 2; // وأذكر أن أحد كبار السن قال لي: the one remembered speaking
    }
    boolean opening = false;
    if (start + 2 < verbAt && Lexicon.PHRASE_STOPS.contains(Clitics.withoutConjunction(t.get(start).norm()))) {
      int comma = NameWords.nextComma(t, start, verbAt);
      if (comma < verbAt - 1 && comma - start <= 4) {
        start = comma + 1; // وفي هذا السياق، رئيس الغرفة فلان قال إن: past the opening phrase
        opening = true;
      }
    }
    String v = t.get(verbAt).norm();
    if (verbAt - start < 1 || v.startsWith("و") || v.startsWith("ب")
        || v.startsWith("ال") || start > 0 && NameWords.isComma(t, start - 1) && !opening) {
      return null; // not بالقول, a verbal noun, nor a clause that a comma opens
    }
    if (verbAt - 1 > start && Lexicon.BEING.contains(t.get(verbAt - 1).norm())) {
      verbAt--; // أستاذي، الدكتور فلان، كان يقول لنا: what he used to say, his subject before كان
    }
    if (verbAt - 1 > start && (t.get(verbAt - 1).is("لا") || t.get(verbAt - 1).is("لم"))) {
      verbAt--; // لكن نوف لا تخفي أن: the verb's negation, after its subject
    }
    boolean apposed = nameSetOffBefore(t, start, verbAt);
    int words = 0;
    for (int k = start; k < verbAt; k++) {
      if (t.get(k).word()) {
        words++;
      } else if (!apposed || !NameWords.isComma(t, k) && !QuoteMarks.isMark(t.get(k).norm())) {
        return null; // مؤتمر صحفي، قال: a subject is no clause set off by commas
      }
    }
    if (words > MAX_OPENING_SUBJECT_WORDS) {
      return null;
    }
    if (verbAt - start == 1) {
      Speaker known = history.byOneName(t.get(start).norm()); // الزعتري قال إن
      if (known != null) {
        return history.speaking(new Attribution(known, verb, true));
      }
      Speaker one = speakers.parse(t, start, verbAt);
      if (one != null && one.type() == SpeakerType.ORGANIZATION && !one.entityId().isEmpty()) {
        return history.speaking(history.resolve(one, verb)); // اليونسكو قالت: one known by name, not البنك
      }
      return NameWords.isKinship(t, start) ? history.speaking(new Attribution(new Speaker(t.original(start, verbAt), "", SpeakerType.PERSON, ""),
          verb, true)) : null; // والدي كان يقول لي: the speaker's own father
    }
    if (verbAt - start >= 3 && NameWords.isKinship(t, start) && !Lexicon.KINSHIP.contains(t.get(start).norm())) {
      Speaker kin = speakers.parse(t, start + 1, verbAt); // صديقي الناشر سمير الحايك قال لي: the friend, by name
      if (identified(kin) && kin.type() == SpeakerType.PERSON && Tokens.of(kin.name()).size() >= 2) {
        return history.speaking(history.resolve(kin, verb));
      }
    }
    String head = Clitics.known(t.get(start).norm(), Lexicon.HEADS);
    if (!Lexicon.ROLE_HEADS.contains(head) && !Lexicon.RANKS.contains(head) && !Lexicon.ORGANIZATIONS.contains(head)
        && !Lexicon.UNNAMED_PEOPLE.contains(head)) {
      boolean name = verbAt - start <= NameWords.MAX_NAME_WORDS && speakers.allNameWords(t, start, verbAt)
          && !t.get(start).norm().startsWith("و");
      if (!name && apposed) {
        int comma = verbAt - 2;
        while (t.get(comma).word()) {
          comma--;
        }
        String set = t.original(comma + 1, verbAt - 1); // أستاذي في معهد السينما، الدكتور فلان، كان يقول
        return known(new Speaker(set, t.original(start, comma), SpeakerType.PERSON, ""), verb);
      }
      return name ? known(new Speaker(t.original(start, verbAt), "", SpeakerType.PERSON, ""), verb) : null;
    }
    Speaker named = speakers.parse(t, start, verbAt);
    boolean source = (t.get(start).is("مصدر") || Lexicon.UNNAMED_PEOPLE.contains(t.get(start).norm()))
        && named != null && named.type() == SpeakerType.PERSON;
    boolean definiteRole = named != null && named.type() == SpeakerType.PERSON && named.name().isEmpty()
        && !named.role().isEmpty() && Lexicon.ROLE_HEADS.contains(head)
        && (NameWords.hasArticle(t, start) || start + 1 < verbAt && NameWords.hasArticle(t, start + 1));
    return identified(named) || source || definiteRole // مصدر دبلوماسي مطلع على المشاورات قال: a source, unnamed
        ? history.speaking(history.resolve(named, verb)) : null; // مدير التصوير كان يقول لنا: whoever holds it

  }

  /**
   * Whether the words before the verb at {@code verbAt} end in a name set off by commas after its role:
   * {@code النائب عن كتلة «الوفاء للوطن» المعارضة، منير الحاج علي، اعتبر}.
   */
  private boolean nameSetOffBefore(Tokens t, int start, int verbAt) {
    if (verbAt - start < 4 || !NameWords.isComma(t, verbAt - 1)) {
      return false;
    }
    int comma = verbAt - 2;
    while (comma > start && t.get(comma).word()) {
      comma--;
    }
    int first = comma + 1 < verbAt - 1 && Lexicon.RANKS.contains(t.get(comma + 1).norm()) ? comma + 2 : comma + 1;
    int name = verbAt - 1 - first;
    return comma > start && NameWords.isComma(t, comma) && name >= 2 && name <= NameWords.MAX_NAME_WORDS
        && speakers.allNameWords(t, first, verbAt - 1); // …، الدكتور فلان الفلاني، كان يقول
  }

  /**
   * Where the subject of the verb at {@code verbAt} ends, at most at {@code end}: before the object of a verb
   * that takes it after ب ({@code ورحبت الجمعية الأردنية للوقاية من حوادث الطرق بالتعديلات}).
   */
  int subjectEnd(Tokens t, int verbAt, int end) {
    for (int k = verbAt + 2; k < end; k++) {
      if (Lexicon.ACTION_NOUNS.contains(t.get(k).norm())) {
        return k; // وتوقعت الأرصاد استمرار تأثير المنخفض: the subject, then what it expects
      }
    }
    if (!Lexicon.VERBS_WITH_BI.contains(Clitics.withoutConjunction(t.get(verbAt).norm()))) {
      return end;
    }
    for (int k = verbAt + 2; k < end; k++) {
      String w = t.get(k).norm();
      if (w.startsWith("بال") && !speakers.isPlace(w.substring(1))) {
        return k;
      }
    }
    return end;
  }

  /** A named person or an organization, resolved and speaking, or null; a role alone resolves to whom it names. */
  private Attribution known(Speaker named, String verb) {
    if (named == null || named.type() != SpeakerType.PERSON && named.type() != SpeakerType.ORGANIZATION) {
      return null;
    }
    Attribution a = history.resolve(named, verb);
    Speaker s = a == null ? null : a.speaker();
    return identified(s) ? history.speaking(a) : null; // وعاد الوالي ليؤكد: the governor named before
  }

  /** An organization, or a person with a name that is more than their role: someone a quotation can be by. */
  static boolean identified(Speaker s) {
    return s != null && (s.type() == SpeakerType.ORGANIZATION
        || s.type() == SpeakerType.PERSON && !s.name().isEmpty() && !s.name().equals(s.role()));
  }

  /** The first token of token {@code i}'s sentence. */
  static int sentenceStart(int[] sentence, int i) {
    int start = i;
    while (start > 0 && sentence[start - 1] == sentence[i]) {
      start--;
    }
    return start;
  }

  /** Whether a definite word is written as a family name is, a nisba in ي (العتيبي), not in ية. */
  private static boolean familyName(String w) {
    return NameWords.isNisba(w) && !w.endsWith("يه");
  }

  /**
   * The first verb's object can run on after its subject's name (تفقد الوزير فيصل المطيري موقع الحادث): a
   * name of three words or more that ends in a noun and its definite genitive loses those two.
   */
  static Speaker withoutObject(Speaker s) {
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    int n = words.size();
    int definiteTail = 0;
    while (definiteTail < n && words.get(n - 1 - definiteTail).norm().startsWith("ال")) {
      definiteTail++;
    }
    if (definiteTail < n && (Lexicon.COMPOUND_NAME_HEADS.contains(words.get(n - 1 - definiteTail).norm())
        || Lexicon.NAME_LINKS.contains(words.get(n - 1 - definiteTail).norm()))) {
      definiteTail--; // النائب عبد الرؤوف المحاسنة: عبد الرؤوف is one name, المحاسنة no object
    }
    if (s.type() == SpeakerType.PERSON && definiteTail >= 2 && n - definiteTail >= 2) {
      // شيركو عثمان الحكومة الاتحادية: a definite object of two words or more after a name; but a family name
      // in ي is the name's own (فهد سالم العتيبي العودة إلى …)
      int last = familyName(words.get(n - definiteTail).norm()) ? n - definiteTail : n - 1 - definiteTail;
      return new Speaker(s.name().substring(0, words.get(last).end()), s.role(), s.type(), s.entityId());
    }
    String last = n == 0 ? "" : words.get(n - 1).norm();
    if (s.type() != SpeakerType.PERSON || n < 4 || !last.startsWith("ال")
        || words.get(n - 2).norm().startsWith("ال") || Lexicon.NAME_LINKS.contains(words.get(n - 2).norm())
        || Lexicon.COMPOUND_NAME_HEADS.contains(words.get(n - 2).norm()) // رضا عبد الحكيم is one name
        || familyName(last)) { // الدكتور فهد سالم العتيبي: a family name
      return s;
    }
    return new Speaker(s.name().substring(0, words.get(n - 3).end()), s.role(), s.type(), s.entityId());
  }

  /** Whom an interviewer asked, in the words before the answer's verb: {@code سألنا الخبير فلانا عن …}. */
  private Attribution askedPerson(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = Clitics.withoutConjunction(t.get(k).norm());
      int asked = k + 1;
      if (Lexicon.OUTLET_ASKING.contains(w)) {
        asked = Introductions.pastOutlet(t, k + 1); // سألت "الشرق" الدكتور فلانا: the paper asks
        if (asked == k + 1) {
          Attribution witness = askedByName(t, k + 1, to);
          if (witness != null) {
            return witness; // سأل المحامي فلان الشاهدة عما …، فأجابت: the witness just heard answers
          }
          continue; // سأل النائب فلان الوزير: the one named asks, and is not the one who answers
        }
      } else if (!Lexicon.ASKING.contains(w)) { // سألنا, سألناه, سئل, سئلت
        continue;
      }
      int about = asked;
      while (about < to && !Lexicon.ASKED_ABOUT.contains(t.get(about).norm())) {
        about++; // سئل الحمروني عما إذا كانت الجامعة …: who was asked, not what about
      }
      Speaker named = about > asked ? speakers.parse(t, asked, about) : null;
      boolean person = named != null && named.type() == SpeakerType.PERSON && !named.name().isEmpty()
          && !named.name().equals(named.role()); // سئل وكيل الوزارة، فلان، عن خطط الحكومة، فأجاب
      if (person) {
        return history.speaking(history.resolve(named, ""));
      }
      Speaker current = history.current(); // سألناها عما حملته، فأجابت; وحين سئلت عما إذا …، أجابت
      return current != null && current.type() == SpeakerType.PERSON ? new Attribution(current, "", true) : null;
    }
    return null;
  }

  /**
   * The one a named asker put a question to, by a definite noun after the asker's name ({@code سأل المحامي
   * ماهر دويكات الشاهدة عما}): whoever spoke last, when that is someone else; null otherwise.
   */
  private Attribution askedByName(Tokens t, int from, int to) {
    int about = from;
    while (about < to && !Lexicon.ASKED_ABOUT.contains(t.get(about).norm())) {
      about++;
    }
    int object = about - 1;
    if (about >= to || object < from + 2 || !NameWords.hasArticle(t, object) || NameWords.hasArticle(t, object - 1)
        || !speakers.isNameWord(t, object - 1)) {
      return null;
    }
    Speaker current = history.current();
    boolean other = current != null && current.type() == SpeakerType.PERSON && !current.name().isEmpty()
        && !t.original(from, object).contains(current.name());
    return other ? new Attribution(current, "", true) : null;
  }

  /** The most words from a sentence's opening subject to the reporting verb joined after its first verb. */
  private static final int JOINED_REACH = 10;

  /**
   * A described person who opens the sentence as the subject of another verb, which the reporting verb is
   * joined to by و: {@code صاحبة البيت اتصلت بي وقالت}, {@code زميل لي زار المنطقة قبل أسابيع وقال لي},
   * {@code والدي عاد من السوق وقال}. Null unless the opening is an unnamed person's noun or kin, with whom or
   * what they are of, a verb follows it, and nothing sets a clause off before the reporting verb.
   */
  Attribution describedOpening(Tokens t, int verbAt, int[] sentence, String verb) {
    int start = sentenceStart(sentence, verbAt);
    if (!t.get(verbAt).norm().startsWith("و") || verbAt - start > JOINED_REACH || verbAt - start < 2) {
      return null;
    }
    for (int k = start; k < verbAt; k++) {
      if (!t.get(k).word()) {
        return null;
      }
    }
    String head = t.get(start).norm();
    int end = start + 1;
    if (!NameWords.isKinship(t, start) || Lexicon.KINSHIP.contains(head)) { // والدي, جاري: whole as they are
      if (!Lexicon.UNNAMED_PEOPLE.contains(head) && !Lexicon.KINSHIP.contains(head)) {
        return null;
      }
      String of = t.get(end).norm();
      boolean someone = of.equals("لي") || of.equals("لنا");
      if (!someone && (!NameWords.hasArticle(t, end) || Lexicon.ROLE_HEADS.contains(of)
          || Lexicon.ORGANIZATIONS.contains(of))) {
        return null; // not طالب الوزير بتوفير, a verb and its subject
      }
      end++;
    }
    if (end >= verbAt - 1 || NameWords.hasArticle(t, end) || Lexicon.REPORTING_VERBS.contains(t.get(end).norm())) {
      return null; // the next word is a verb of the scene, not more of the noun nor the speaking itself
    }
    Speaker described = new Speaker(t.original(start, end), "", SpeakerType.PERSON, "");
    return history.speaking(new Attribution(described, verb, true));
  }
}
