package dev.articles.facts;

import dev.articles.facts.ExtractedFact.Quote;
import dev.articles.facts.ExtractedFact.Speaker;
import dev.articles.facts.ExtractedFact.SpeakerType;
import dev.articles.facts.SpeakerHistory.Attribution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds direct quotations in "…", «…» and “…”, and who said them.
 *
 * <p>A quotation is speech when something attributes it: a reporting verb earlier in its sentence
 * ({@code وقال X: إن "…"}), an attribution right after it ({@code "…"، قال X} or {@code "…"، بحسب البيان}),
 * or a colon after a short name, as in headlines ({@code الوزير: "…"}). {@link QuotedTerms} tells quoted
 * terms and titles from speech.
 *
 * <p>This class walks the paragraphs and keeps what one paragraph leaves for the next (a colon at its end, a
 * question before an answer, a quotation that the next sentence attributes). {@link ReportingClause} reads a
 * verb and its speaker phrase; with none, {@link SentenceSubjects} looks for one elsewhere in the sentence,
 * and failing that (وأضاف: "…") the last speaker carries over, across paragraphs, until another is named.
 * {@link AdjacentAttribution} reads what stands right after or before a quotation. {@link SpeakerHistory}
 * resolves roles, surnames and back-references to whom they name.
 */
final class QuoteExtractor {
  private final Gazetteer gazetteer;
  private final SpeakerHistory history;
  private final LaterNames laterNames;
  private final Introductions introductions;
  private final Mentions mentions;
  private final ReportingClause clauses;
  private final AdjacentAttribution adjacent;
  private final InnerQuotations inner;
  private final InterviewIntroduction interviewIntroduction;
  private final EarlierSubjects earlier;
  /** The attribution a paragraph ended on with a colon, for a quotation that makes up the next one. */
  private Attribution colonCarry;
  /** A paragraph that is one quotation and names no one, for the next paragraph to attribute (هكذا يصف فلان). */
  private ExtractedFact unattributed;
  /**
   * Who spoke the quotation that ended the paragraph before {@link #unattributed}, who goes on speaking in it
   * when the paragraph after names no one ("…"، قال فلان. ⏎ "…". as the same person's next words); or null.
   */
  private Speaker unattributedBy;
  /** Whether the paragraph before was an interviewer's question, which a quotation standing alone answers. */
  private boolean askedBefore;
  /** Whether an answer marked ج: was read: the article is an interview, whose answers may also go unmarked. */
  private boolean answered;
  /** Whether the article is an interview of unmarked questions and answers (InterviewIntroduction). */
  private boolean questionsAndAnswers;
  /** Who gave the article's first answer to a question, or null. */
  private Speaker firstAnswerer;
  /** The person the headline gives the words of (فلانة: …), as an interview's does, or null. */
  private Speaker headline;
  /** A role the headline quotes with no name (مدرب الإسماعيلي: «…»), or null. */
  private Speaker headlineRole;
  /** The quoted words after the headline's role (مغني الراب الأردني «ظِلّ»:), normalized, or null. */
  private String headlineQuoted;
  private final SpeakerParser speakers;
  /** Who spoke the last line of a transcript (الجلاصي: …), whose words go on in an unnamed paragraph after it. */
  private Speaker transcribing;
  /**
   * The one a paragraph not ending in a colon said an interview was with ({@code وفي حوار مع "الصباح نيوز"، تحدث
   * مدير المهرجان فلان عن …}), whom answers go to when no interviewee was announced; null until one is.
   */
  private Speaker introducedForAnswers;
  /** Whether that introduction gives them the office the headline quotes with no name (الرئيس التنفيذي). */
  private boolean introducedInHeadlineRole;

  /** Whether the paragraph before asked the interviewee, not the reader: not فهل تفكر الأسرة في العودة؟. */
  private boolean askedInterviewee;
  /** The first part of a quotation run over two paragraphs, given the speaker of the second once it is known. */
  private ExtractedFact runOn;
  /** Whether the paragraph before was an answer, which a paragraph with no question between may go on. */
  private boolean answeredBefore;
  /** Whether the paragraph after this one asks a question, so that this one is still the answer before it. */
  private boolean nextAsks;
  /** Headline quotations that name no one («…».. أزمة مياه), kept only if the body repeats them. */
  private final List<ExtractedFact> headlineOrphans = new ArrayList<>();

  /**
   * An organization without the country it is in, which its name leaves out ({@code وزارة الصحة الاتحادية في
   * السودان} is وزارة الصحة الاتحادية); a city stays ({@code جمعية الصيادين التعاونية في الحديدة}).
   */
  private Speaker withoutCountry(Speaker s) {
    if (s == null || s.type() != SpeakerType.ORGANIZATION) {
      return s;
    }
    List<Tokens.Token> words = Tokens.of(s.name()).list();
    if (words.isEmpty() || !Lexicon.NATIONAL_BODIES.contains(words.get(0).norm())) {
      return s; // not بعثة الأمم المتحدة للدعم في ليبيا, نقابة المستشفيات الخاصة في لبنان: their whole name
    }
    for (int k = words.size() - 2; k >= 2; k--) {
      if (words.get(k).is("في") && gazetteer.isCountry(s.name().substring(words.get(k + 1).start()))) {
        return new Speaker(s.name().substring(0, words.get(k - 1).end()), s.role(), s.type(), s.entityId());
      }
    }
    return s;
  }

  QuoteExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.speakers = new SpeakerParser(gazetteer);
    this.mentions = new Mentions(speakers);
    this.history = new SpeakerHistory(mentions);
    this.laterNames = new LaterNames(history, mentions);
    this.introductions = new Introductions(speakers, history);
    SentenceSubjects subjects = new SentenceSubjects(speakers, history);
    this.earlier = new EarlierSubjects(speakers, history, subjects);
    this.clauses = new ReportingClause(speakers, history, introductions, subjects, earlier);
    this.adjacent = new AdjacentAttribution(speakers, history);
    this.inner = new InnerQuotations(clauses, history);
    this.interviewIntroduction = new InterviewIntroduction(speakers, history, mentions);
  }

  /** Every quotation in the units, in reading order. The extractor keeps its speaker state across calls. */
  List<ExtractedFact> extract(List<TextUnit> units) {
    List<ExtractedFact> out = new ArrayList<>();
    questionsAndAnswers = InterviewIntroduction.questionsAndAnswers(units);
    for (int u = 0; u < units.size(); u++) {
      nextAsks = u + 1 < units.size() && units.get(u + 1).part() == Span.Part.BODY && endsInQuestion(units.get(u + 1).tokens());
      extract(units.get(u), out);
    }
    if (unattributed != null && unattributedBy != null) {
      out.add(withSpeaker(unattributed, unattributedBy)); // the article's last paragraph, with no one after it
    }
    unattributed = null;
    laterNames.resolveForward(out);
    for (ExtractedFact orphan : headlineOrphans) {
      int k = out.indexOf(orphan);
      Speaker by = laterNames.repeatedBy(orphan, out.subList(k + 1, out.size()));
      if (by == null) {
        out.remove(k);
      } else {
        out.set(k, withSpeaker(orphan, by)); // «نشتري الماء بثمن الخبز».. in the headline, أم محمد's in the body
      }
    }
    for (int k = 0; k < out.size() && (out.get(k).span().part() == Span.Part.TITLE
        || out.get(k).span().part() == Span.Part.SUBTITLE); k++) { // the headline, and a dek written as one
      Speaker called = history.nicknamed(out.get(k).quote().speaker());
      if (called != null) {
        out.set(k, withSpeaker(out.get(k), called)); // أبو حيدر: «…», then الحاج كاظم جبار، المعروف بـ"أبو حيدر"
        continue;
      }
      if (history.interviewee() != null && describes(out.get(k).quote().speaker())) {
        out.set(k, withSpeaker(out.get(k), history.interviewee())); // طبيب أطفال لهسبريس: «…», the one interviewed
        continue;
      }
      if (questionsAndAnswers && headlineRole != null && firstAnswerer != null
          && describes(out.get(k).quote().speaker())) {
        out.set(k, withSpeaker(out.get(k), firstAnswerer)); // مدرب الرياض: «…», then his press conference's answers
        continue;
      }
      Speaker by = laterNames.repeatedBy(out.get(k), out.subList(k + 1, out.size()));
      Speaker headed = out.get(k).quote().speaker();
      Tokens role = Tokens.of(headed.role());
      String head = headed.role().isEmpty() ? "" : Clitics.withoutConjunction(role.list().get(0).norm());
      List<Tokens.Token> name = Tokens.of(headed.name()).list();
      boolean described = headed.role().isEmpty() || headed.name().equals(headed.role())
          && (!Lexicon.ROLE_HEADS.contains(head) || head.startsWith("ال") || role.endsAsWritten(0, "ه"))
          || !name.isEmpty() && NameWords.isPresentVerb(name.get(0).norm()) // السيول تقتلع الخيام: «…», no one
          || !name.isEmpty() && name.get(0).norm().endsWith("ون") // الأساتذة يعلقون الدروس: «…», her words in the body
          && NameWords.isPresentVerb(name.get(0).norm().substring(0, name.get(0).norm().length() - 2))
          || name.size() == 1 && headed.name().equals(headed.role()) && !head.startsWith("ال")
          && !Lexicon.UNNAMED_PEOPLE.contains(head) && !UNNAMED_SOURCES.contains(head); // وخبير: «…», named in the body
          // والدة أسير محرر: «…», her words again in the body; والمدرب: «…», ومدربه: «…», the coach the body names
      if (by != null && (by.type() == SpeakerType.PERSON && Tokens.of(by.name()).list().size() >= 2 && described
          || headed.name().isEmpty())) { // not مصدر مصرفي: «…», the source as the headline has it; anyone for no one
        out.set(k, withSpeaker(out.get(k), by)); // رائدة أعمال سورية: «…», her words again in the body, named
      }
    }
    out.replaceAll(f -> f.kind() == ExtractedFact.Kind.QUOTE
        ? withSpeaker(f, withoutCountry(byGivenNameInFull(SpeakerNames.tidy(f.quote().speaker())))) : f);
    return out;
  }

  /** Those a headline quotes who stay unnamed even where the body names someone saying the same words. */
  private static final java.util.Set<String> UNNAMED_SOURCES = java.util.Set.of("مصدر", "مصادر", "مسؤول");

  /**
   * Someone known by given name after whose kin they are ({@code ابنته ريم}) or after an honorific ({@code عم
   * سيد}, {@code الحاجة فاطمة}), by the full name the article gives them elsewhere ({@code ريم السباعي}, {@code
   * سيد عبد الغفار الخيامي}, {@code الحاجة فاطمة محمود}); anyone else as they are.
   */
  private Speaker byGivenNameInFull(Speaker s) {
    List<Tokens.Token> name = Tokens.of(s.name()).list();
    boolean kin = name.size() == 1 && !s.role().isEmpty() && NameWords.isKinship(Tokens.of(s.role()), 0);
    boolean compound = name.size() == 3 && name.get(1).is("عبد"); // الحاج عبد الرحمن: one given name of two words
    boolean honored = (name.size() == 2 || compound) && HONORIFICS.contains(name.get(0).norm());
    if (s.type() != SpeakerType.PERSON || !kin && !honored) {
      return s;
    }
    Speaker full = history.byGivenName((compound ? name.get(1).norm() + " " : "") + name.get(name.size() - 1).norm());
    Tokens fullName = full == null ? null : Tokens.of(full.name());
    boolean named = full != null && fullName.list().stream()
        .noneMatch(w -> Lexicon.REPORTING_VERBS.contains(w.norm())) // not الحاج عيسى يقول, a name and its verb
        && !NameWords.isKinship(fullName, fullName.size() - 1); // not محمود إقناع والده, what he tries with whom
    return named ? full : s;
  }

  /** Whether a paragraph ends in a question mark, past any closing quotation marks, quoting anyone or not. */
  private static boolean endsInQuestion(Tokens t) {
    int last = t.size() - 1;
    while (last > 0 && QuoteMarks.isMark(t.get(last).norm())) {
      last--;
    }
    return last >= 0 && (t.get(last).is("؟") || t.get(last).is("?"));
  }

  /** Where the sentence that holds token {@code i} begins, after the last full stop before it. */
  private static int sentenceStartOf(Tokens t, int i) {
    int k = i;
    while (k > 0 && !t.get(k - 1).is(".") && !t.get(k - 1).is("؟") && !t.get(k - 1).is("!")) {
      k--;
    }
    return k;
  }

  /** Words of respect before a given name, as neighbours call an elder: عم سيد, الحاجة فاطمة, با إدريس. */
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("عم", "عمي", "العم", "خاله", "خالتي",
      "الخاله", "الحاج", "الحاجه", "با", "سي", "لاله");

  private void extract(TextUnit unit, List<ExtractedFact> out) {
    Tokens t = unit.tokens();
    int quotedBefore = out.size();
    if (unit.part() == Span.Part.TITLE) {
      headlineSpeaker(t);
    }
    Speaker answering = null;
    if (t.size() > 3 && t.get(0).is("ج") && (t.get(1).is(":") || t.get(1).is("-")) && !QuoteMarks.isMark(t.get(2).norm())) {
      answering = answer(unit, t, 2, out); // ج: أنجزنا نحو 65% من الأعمال: an interview's answer, in the interviewee's words
    } else if ((answered || questionsAndAnswers
        || (history.interviewee() != null || headline != null) && QuoteMarks.pairs(t).isEmpty())
        && (askedInterviewee || answeredBefore && nextAsks && QuoteMarks.pairs(t).isEmpty())
        && unit.part() == Span.Part.BODY && InterviewIntroduction.readsAsAnswer(t) && !t.get(1).is(":")) {
      answering = answer(unit, t, 0, out); // كيف تعاملتم مع …؟ ⏎ أطلقنا برنامجا …: an answer without its ج:, and
      // the paragraph between it and the next question in an interview: لكن يجب أن نكون واقعيين
    } else if (unit.part() == Span.Part.BODY) {
      transcribing = transcript(unit, t, out);
    }
    answered |= answering != null;
    answeredBefore = answering != null;
    if (firstAnswerer == null && answering != null && answering.type() == SpeakerType.PERSON) {
      firstAnswerer = answering;
    }
    if (unattributed != null) {
      Attribution next = adjacent.nextSentence(t, 0); // "…". ⏎ بهذه الكلمات عبرت فلانة …
      if (next != null) {
        out.add(withAttribution(unattributed, next));
      } else if (unattributedBy != null) {
        out.add(withSpeaker(unattributed, unattributedBy)); // the speaker of the paragraph before goes on
      } else if (t.size() > 0 && QuoteMarks.isMark(t.get(0).norm())) {
        runOn = unattributed; // «… ⏎ «…»، قال الطراونة: a quotation run over two paragraphs, whose second names him
      }
      unattributed = null;
    }
    mentions.read(t); // وقفت فاطمة آدم إسحاق في طابور. تقول فاطمة: the full name may be in the same paragraph
    List<int[]> quotes = QuoteMarks.pairs(t);
    boolean[] quoted = QuoteMarks.inside(t, quotes);
    int[] sentence = sentences(t, quoted, 0, t.size());
    Map<Integer, Attribution> bySentence = new HashMap<>();
    Map<Integer, Attribution> firstBySentence = new HashMap<>(); // the sentence's main verb's, for participles
    int q = 0;
    Attribution carried = colonCarry;
    colonCarry = null;
    for (int i = 0; i < t.size(); i++) {
      if (q < quotes.size() && quotes.get(q)[0] == i) {
        int[] pair = quotes.get(q++);
        Attribution a = i == 0 && carried != null ? carried : adjacent.attribute(t, pair, sentence, bySentence.get(sentence[i]));
        if (i > 0 && (a == null || a.inferred()) && QuoteMarks.words(t, pair) >= ORPHAN_MIN_WORDS
            && !QuotedTerms.isTerm(t, pair)) {
          a = continued(t, i, sentence, bySentence, a);
        }
        if (a == null && i == 0 && askedBefore && standsAlone(t, pair) && !QuotedTerms.isTerm(t, pair)) {
          a = history.carried(""); // - كيف تحضرت للدور؟ ⏎ «أمضيت ثلاثة أشهر …»: the answer of the one interviewed
          Speaker named = a == null ? history.lastNamed() : null;
          if (named != null) { // the interviewee named only in the lead, before anyone spoke
            a = history.speaking(new Attribution(named, "", true));
          }
        }
        if (a == null && i == 0 && unit.part() == Span.Part.TITLE && QuoteMarks.words(t, pair) >= 2
            && !QuotedTerms.isTerm(t, pair)) { // not «ألبا» تبدأ توسعة: a company's name
          ExtractedFact orphan = quotation(unit, t, pair, new Attribution(SpeakerHistory.NO_ONE, "", true));
          headlineOrphans.add(orphan);
          out.add(orphan);
          i = pair[1];
          continue;
        }
        if (a == null && i == 0 && standsAlone(t, pair) && !QuotedTerms.isTerm(t, pair)) {
          unattributed = quotation(unit, t, pair, new Attribution(SpeakerHistory.NO_ONE, "", true));
          unattributedBy = lastQuoteEnded(out, unit); // نسبة المشاركة مقبولة"، قال الناطق ⏎ "…": his still
        }
        if (a != null && !QuotedTerms.isTerm(t, pair)) {
          out.add(quotation(unit, t, pair, a));
          inner.extract(unit, t, pair, a.speaker(), out); // «… فيقول لي الموظف: "…"»
          if (QuoteMarks.runsOn(t, pair)) {
            colonCarry = a; // the quotation goes on in the next paragraph, which opens with a mark again
          }
        }
        i = pair[1];
        continue;
      }
      if (!quoted[i] && t.get(i).is("(")) {
        introductions.remember(t, i); // سارة أبو عودة (18 عاما)
      }
      if (quoted[i] || !t.get(i).word()) {
        continue;
      }
      Attribution a = clauses.read(t, i, sentence, bySentence.get(sentence[i]), firstBySentence.get(sentence[i]));
      if (a != null) {
        bySentence.put(sentence[i], a);
        firstBySentence.putIfAbsent(sentence[i], a);
      }
    }
    int last = t.size() - 1;
    if (colonCarry == null && last >= 0 && t.get(last).is(":") && bySentence.containsKey(sentence[last])) {
      colonCarry = bySentence.get(sentence[last]); // وقال المدرب: ⏎ "…" as the next paragraph
    }
    boolean onlyTerms = out.size() == quotedBefore // كيف ولدت فكرة "مطر في غير موسمه"؟: a title, no one's words
        || quotes.stream().allMatch(pair -> QuotedTerms.isTerm(t, pair)); // ضمن مبادرة «حياة كريمة». إلى أي مدى…؟
    boolean askedAfterQuoting = (questionsAndAnswers || history.interviewee() != null) && !quotes.isEmpty()
        && unit.part() == Span.Part.BODY
        && quotes.get(quotes.size() - 1)[1] < sentenceStartOf(t, last); // البنك أكد أن "…". ألا يبرر ذلك الحذر؟
    askedBefore = last >= 0 && (onlyTerms || askedAfterQuoting) && (t.get(last).is("؟") || t.get(last).is("?")
        || history.interviewee() != null && asksFirst(t)); // ماذا عن البحث العلمي؟ المخصصات تبدو متواضعة.
    Speaker answerer = last >= 0 && t.get(last).is(":") && onlyTerms // كان لـ"النهار" هذا الحوار مع الشاعر:
        ? interviewIntroduction.answerer(t, history.interviewee() == null && headline == null) : null;
    if (answerer == null && headline != null && last >= 0 && t.get(last).is(":") && onlyTerms) {
      answerer = otherThanHeadline(interviewIntroduction.speakingIn(t)); // تحدثت نور عن رحلتها مع التفوق:
    }
    if (answerer != null) {
      history.interviewed(answerer); // وفي ما يلي نص الحوار: the questions that follow are put to this person
      if (InterviewIntroduction.metByPronoun(t)) {
        colonCarry = null; // التقيناها حيث كتبت أجزاء من الرواية، وكان هذا الحوار: the one met answers, no verb's subject
      }
    } else if (onlyTerms && unit.part() == Span.Part.BODY && history.interviewee() == null && headline == null) {
      Speaker offered = interviewIntroduction.answerer(t, true);
      if (offered != null) {
        introducedForAnswers = offered; // وفي حوار مع "الصباح نيوز"، تحدث مدير المهرجان فلان عن …، then س: and ج:
        introducedInHeadlineRole = headlineRole != null && dev.articles.text.MatchText.key(t.original(0, t.size()))
            .contains(dev.articles.text.MatchText.key(headlineRole.role())); // يتحدث الرئيس التنفيذي للشركة فلان
      }
    }
    askedInterviewee = askedBefore && !rhetorical(t);
    if (askedInterviewee && carried != null && carried.speaker().type() == SpeakerType.PERSON
        && !carried.speaker().name().isEmpty()) {
      history.interviewed(carried.speaker()); // أجاب فلان عن أسئلة حول الخصوصية: ⏎ هل …؟ ⏎ the answers are his
    }
    if (answering != null) {
      history.introduced(answering); // ج: … كان مدير المشروع يردد: «…»: the next answer is the interviewee's again
    }
    if (runOn != null && out.size() > quotedBefore && out.get(quotedBefore).kind() == ExtractedFact.Kind.QUOTE
        && !out.get(quotedBefore).quote().speaker().name().isEmpty()) {
      out.add(quotedBefore, withSpeaker(runOn, out.get(quotedBefore).quote().speaker()));
    }
    runOn = null;
  }

  /**
   * The speaker of a quotation at {@code i} with no verb of its own in its sentence, or with only an inferred
   * one ({@code a}): whoever the sentence before reported on or named as its subject. {@code يقول النجار فلان
   * إنه خسر ورشته. «بدأت من الصفر …»}; {@code أما النائب فلان، فطالب بالتأجيل. «…»، بحسب ما قال}.
   */
  private Attribution continued(Tokens t, int i, int[] sentence, Map<Integer, Attribution> bySentence,
                                Attribution a) {
    boolean opens = sentence[i - 1] != sentence[i];
    if (a != null) {
      Attribution subject = opens && bySentence.get(sentence[i]) == null
          ? earlier.previousSubject(t, i, sentence, a.verb()) : null;
      return subject != null ? subject : a;
    }
    if (!opens && !NameWords.isComma(t, i - 1)) {
      return null;
    }
    Attribution before = bySentence.get(sentence[i - 1]);
    if (before == null && opens) {
      before = earlier.previousSubject(t, i, sentence, "");
    }
    return before != null ? before : history.carried("");
  }

  /** The most words of a company's name in marks at the end of a headline's speaker: مؤسسة «مدار». */
  private static final int QUOTED_COMPANY_TOKENS = 5;

  /** The most tokens of a question that a remark of the interviewer's follows: ماذا عن …؟ المخصصات متواضعة. */
  private static final int QUESTION_WITH_REMARK_TOKENS = 24;

  /** Whether a short paragraph opens with a question, then remarks on it: ماذا عن البحث العلمي؟ المخصصات …. */
  private static boolean asksFirst(Tokens t) {
    if (t.size() > QUESTION_WITH_REMARK_TOKENS) {
      return false;
    }
    for (int k = 0; k < t.size() - 1; k++) {
      if (t.get(k).is(".") || t.get(k).is("!")) {
        return false;
      }
      if (t.get(k).is("؟") || t.get(k).is("?")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line of a transcript, {@code الجلاصي: نسبة امتلاء السدود بلغت …}: the words after a name and a colon
   * are that person's, when the name is someone's named before; a paragraph after it with no name of its own
   * goes on with the same speaker. A line that asks a question (the interviewer's) is no quotation. Returns
   * who is speaking after this paragraph, or null.
   */
  private Speaker transcript(TextUnit unit, Tokens t, List<ExtractedFact> out) {
    if (t.size() == 0) {
      return null; // a paragraph of tatweel only, which normalizes to nothing: no line of a transcript
    }
    int colon = 1;
    while (colon < Math.min(t.size(), TRANSCRIPT_NAME_WORDS + 1) && t.get(colon).word()) {
      colon++;
    }
    int last = t.size() - 1;
    boolean asks = t.get(last).is("؟") || t.get(last).is("?");
    if (colon + 1 < t.size() && t.get(colon).is(":") && t.get(0).word() && !QuoteMarks.isMark(t.get(colon + 1).norm())) {
      Speaker named = colon == 1 ? history.byOneName(t.get(0).norm()) : null; // الجلاصي: the minister named before
      if (named == null && colon > 2 && speakers.allNameWords(t, 0, colon)) {
        named = new Speaker(t.original(0, colon), "", SpeakerType.PERSON, ""); // سلمى الزواري:
      }
      boolean says = !asks && InterviewIntroduction.readsAsAnswer(t); // not صعب: فيلم عن الذاكرة, a sub-heading
      if (named != null && says) {
        answer(unit, t, colon + 1, named, out);
      }
      return named == null || !says ? null : named;
    }
    if (transcribing != null && InterviewIntroduction.readsAsAnswer(t) && QuoteMarks.pairs(t).isEmpty()) {
      return answer(unit, t, 0, transcribing, out); // …: ⏎ لكن الكميات زادت: the same speaker goes on
    }
    return null;
  }

  /**
   * The person a headline gives the words of, as interviews are headed ({@code رائدة الأعمال ريم الدوسري:
   * التمويل لم يعد العقبة الأولى}): paragraphs after questions to them are then their answers.
   */
  private void headlineSpeaker(Tokens t) {
    int outlet = -1;
    int company = -1;
    int limit = HEADLINE_SPEAKER_WORDS + 1;
    for (int colon = 2; colon < Math.min(t.size() - 1, limit); colon++) {
      if (outlet < 0 && colon + 1 < t.size() && (t.get(colon).is("ل") || t.get(colon).is("لـ"))
          && QuoteMarks.isMark(t.get(colon + 1).norm())) {
        outlet = colon; // الباحثة التربوية ريما عساف لـ«النهار»: the paper spoken to, after the name
        int past = Introductions.pastOutlet(t, colon + 1);
        limit += past - colon;
        colon = past - 1;
        continue;
      }
      if (t.get(colon).is(":")) {
        Speaker named = speakers.parse(t, 0, outlet >= 0 ? outlet : company > 0 ? company : colon);
        List<Tokens.Token> words = named == null ? List.of() : Tokens.of(named.name()).list();
        boolean person = named != null && named.type() == SpeakerType.PERSON && words.size() >= 2
            && !Lexicon.UNNAMED_PEOPLE.contains(words.get(0).norm())
            && !Lexicon.SUPERLATIVES.contains(words.get(0).norm())
            && !words.get(1).is("اعمال") // not رائدة أعمال, آخر نافخي الزجاج: a description
            && !NameWords.isPresentVerb(words.get(0).norm()) // not السيول تقتلع خيام النازحين: what happened
            && !words.get(0).norm().endsWith("ات"); // not مفاوضات مسقط: اتفاق …, the event the news is from
        headline = person ? named : null;
        headlineRole = named != null && named.type() == SpeakerType.PERSON && named.name().isEmpty()
            && !named.role().isEmpty() ? named : null; // مدرب الإسماعيلي: «…», whoever holds that office
        headlineQuoted = headlineRole != null && company > 0 ? String.join(" ", t.list().subList(company + 1,
            colon - 1).stream().map(Tokens.Token::norm).toList()) : null; // مغني الراب «ظِلّ»: a stage name
        return;
      }
      int close = QuoteMarks.isMark(t.get(colon).norm()) && colon >= 3
          ? QuoteMarks.closingAfterWords(t, colon, QUOTED_COMPANY_TOKENS) : -1;
      if (close > 0 && close + 1 < t.size() && t.get(close + 1).is(":")) {
        company = colon; // ريم الكتبي مؤسسة «مدار»: the company founded, after who she is, then the colon
        limit += close - colon + 1;
        colon = close;
        continue;
      }
      if (!t.get(colon).word()) {
        return;
      }
    }
  }

  /**
   * Someone an introduction says is speaking who shares no word with the headline's speaker: the headline named
   * a topic ({@code نتائج الثانوية في البحرين: …}), and the answers that follow are this person's.
   */
  private Speaker otherThanHeadline(Speaker speaking) {
    if (speaking == null) {
      return null;
    }
    java.util.Set<String> headlined = new java.util.HashSet<>();
    Tokens.of(headline.name()).list().forEach(w -> headlined.add(w.norm()));
    return Tokens.of(speaking.name()).list().stream().anyMatch(w -> headlined.contains(w.norm())) ? null : speaking;
  }

  /** Whether a speaker is only described, by an indefinite role or noun: طبيب أطفال, رائدة أعمال سورية. */
  private static boolean describes(Speaker s) {
    if (s.type() != SpeakerType.PERSON) {
      return false;
    }
    String words = s.name().isEmpty() ? s.role() : s.name();
    List<Tokens.Token> tokens = Tokens.of(words).list();
    if (tokens.isEmpty()) {
      return false;
    }
    String first = tokens.get(0).norm();
    return !first.startsWith("ال") && (Lexicon.ROLE_HEADS.contains(first) || Lexicon.UNNAMED_PEOPLE.contains(first)
        || Lexicon.SUPERLATIVES.contains(first) || tokens.size() >= 2 && tokens.get(1).is("اعمال"));
  }

  /** The most words a headline's speaker runs to before the colon: رائدة الأعمال ريم الدوسري. */
  private static final int HEADLINE_SPEAKER_WORDS = 6;

  /** The most words a speaker's name before a transcript's colon runs to. */
  private static final int TRANSCRIPT_NAME_WORDS = 3;

  /**
   * Whether a question is the writer's own, leading into what follows: it opens with ف and a question word
   * ({@code فهل}, {@code فمن سيخلف الزواري؟}).
   */
  private static boolean rhetorical(Tokens t) {
    String first = t.get(0).norm();
    return first.length() > 2 && first.charAt(0) == 'ف' && QUESTION_WORDS.contains(first.substring(1));
  }

  private static final java.util.Set<String> QUESTION_WORDS =
      java.util.Set.of("هل", "من", "ما", "ماذا", "كيف", "لماذا", "متي", "اين", "اي", "كم");

  /**
   * The answer of a question-and-answer interview, from token {@code first} to the paragraph's end, as a
   * quotation of the person interviewed, who is returned.
   */
  private Speaker answer(TextUnit unit, Tokens t, int first, List<ExtractedFact> out) {
    Speaker interviewed = history.interviewee() != null ? history.interviewee()
        : headline != null ? history.namedInFull(headline) // رائدة الأعمال ريم الدوسري: …, as the body names her
        : headlineQuoted != null && history.nicknamed(headlineQuoted) != null
        ? history.nicknamed(headlineQuoted) // مغني الراب الأردني «ظِلّ»: …, the one known so
        : introducedForAnswers != null && (headlineRole == null || introducedInHeadlineRole)
        ? introducedForAnswers // الرئيس التنفيذي لـ«موانئ ظفار»: …, then يتحدث الرئيس التنفيذي للشركة فلان عن …
        : headlineRole != null ? holder(headlineRole) // مدرب الإسماعيلي: «…», then ج: at his press conference
        : history.current();
    if (interviewed == null || interviewed.type() != SpeakerType.PERSON || interviewed.name().isEmpty()) {
      interviewed = history.lastNamed(); // named in the dek only: رئيس الشركة، المهندس فلان، يتحدث عن …
    }
    return interviewed == null ? null : answer(unit, t, first, interviewed, out);
  }

  /**
   * The person named so far who holds the office a role names, or the last named with a role of the same head
   * ({@code سفيرة إسبانيا لدى الأردن، فلانة} for {@code السفيرة الإسبانية لدى الأردن}), or whoever spoke last.
   */
  private Speaker holder(Speaker role) {
    SpeakerHistory.Attribution held = history.resolve(role, "");
    Speaker found = held != null && held.inferred() && !held.speaker().name().isEmpty() ? held.speaker() : null;
    if (found != null && !found.name().equals(found.role())) {
      return found;
    }
    Speaker named = history.lastNamed(); // السفيرة الإسبانية لدى الأردن: …, then سفيرة إسبانيا لدى الأردن، فلانة
    String office = named == null ? "" : named.role().isEmpty() ? named.name() : named.role(); // السفيرة فلانة
    boolean sameOffice = !office.isEmpty() && SpeakerParser.roleHead(office).equals(SpeakerParser.roleHead(role.role()));
    return sameOffice ? named : found != null ? found : history.current();
  }

  /**
   * The speaker of the last quotation found, when it came from the paragraph right before {@code unit} and
   * was said by someone named or described; null otherwise.
   */
  private static Speaker lastQuoteEnded(List<ExtractedFact> out, TextUnit unit) {
    if (out.isEmpty()) {
      return null;
    }
    ExtractedFact last = out.get(out.size() - 1);
    Speaker s = last.quote() == null ? null : last.quote().speaker();
    boolean before = last.span().part() == unit.part() && last.span().block() == unit.span(0, 0).block() - 1;
    return before && s != null && s != SpeakerHistory.NO_ONE && !s.name().isEmpty()
        && s.type() != SpeakerType.UNKNOWN ? s : null;
  }

  /** The words of a paragraph from token {@code first} to its end, as a quotation of {@code interviewed}. */
  private Speaker answer(TextUnit unit, Tokens t, int first, Speaker interviewed, List<ExtractedFact> out) {
    String text = unit.text();
    int start = t.get(first).start();
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    out.add(new ExtractedFact(ExtractedFact.Kind.QUOTE, unit.span(start, end), text.substring(start, end),
        new Quote(interviewed, "", true), null, null, null));
    return interviewed;
  }

  /** A quotation of at least this many words, with no verb of its own, continues whoever spoke before it. */
  static final int ORPHAN_MIN_WORDS = 5;

  /** Whether a quotation makes up its whole paragraph, but for a closing full stop. */
  private static boolean standsAlone(Tokens t, int[] pair) {
    int after = pair[1] + 1;
    return pair[0] == 0 && (after >= t.size() || after == t.size() - 1 && t.get(after).is("."));
  }

  private static ExtractedFact withSpeaker(ExtractedFact f, Speaker s) {
    return s == f.quote().speaker() ? f : new ExtractedFact(f.kind(), f.span(), f.text(),
        new Quote(s, f.quote().verb(), f.quote().inferred()), null, null, null);
  }

  private static ExtractedFact withAttribution(ExtractedFact f, Attribution a) {
    return new ExtractedFact(f.kind(), f.span(), f.text(), new Quote(a.speaker(), a.verb(), a.inferred()), null, null,
        null);
  }

  /** The quotation between a pair of marks, with its attribution. */
  static ExtractedFact quotation(TextUnit unit, Tokens t, int[] pair, Attribution a) {
    String text = unit.text();
    int start = t.get(pair[0]).end();
    int end = QuoteMarks.runsOn(t, pair) ? t.get(pair[1] - 1).end() : t.get(pair[1]).start();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Quote quote = new Quote(a.speaker(), a.verb(), a.inferred());
    return new ExtractedFact(ExtractedFact.Kind.QUOTE, unit.span(start, end), text.substring(start, end), quote,
        null, null, null);
  }

  /**
   * Each token's sentence number among tokens {@code [from, to)}; sentences end at . ! ? ؟ outside the
   * {@code quoted} ones. Tokens before {@code from} are numbered -1 and those from {@code to} on -2, so that
   * no clause is read across the range's edges.
   */
  static int[] sentences(Tokens t, boolean[] quoted, int from, int to) {
    int[] s = new int[t.size()];
    java.util.Arrays.fill(s, 0, from, -1);
    java.util.Arrays.fill(s, to, t.size(), -2);
    int n = 0;
    int stamp = from == 0 ? timeStampEnd(t) : -1;
    for (int i = from; i < to; i++) {
      s[i] = n;
      String tok = t.get(i).norm();
      boolean initial = tok.equals(".") && i > from && t.get(i - 1).word() && t.get(i - 1).norm().length() == 1
          && !Character.isDigit(t.get(i - 1).norm().charAt(0)); // المتهم ر. ح. (54 عاما): a name's initials
      if (i == stamp || !quoted[i] && !initial
          && (tok.equals(".") || tok.equals("!") || tok.equals("?") || tok.equals("؟"))) {
        n++;
      }
    }
    return s;
  }

  /**
   * The last token of a time that opens a paragraph, as live reports stamp theirs ({@code 10:48 وزير الموارد
   * المائية قال}), or -1: the stamp is no part of the sentence after it.
   */
  private static int timeStampEnd(Tokens t) {
    return t.size() > 3 && Numbers.digits(t.get(0).norm()) != null && t.get(1).is(":")
        && Numbers.digits(t.get(2).norm()) != null && t.get(2).norm().length() == 2 ? 2 : -1;
  }
}
