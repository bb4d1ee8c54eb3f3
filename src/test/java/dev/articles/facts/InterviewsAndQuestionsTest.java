package dev.articles.facts;

import static dev.articles.facts.FactFixtures.facts;
import static dev.articles.facts.FactFixtures.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interviews and questions asked: the answers after ج or after a question are the interviewee's words, whether
 * the interview is introduced with حاورت, التقى, هذا الحوار مع or only in the dek, and whoever was asked (سئل,
 * سألنا, an outlet that asked) is who answers, in the same paragraph or the next.
 */
class InterviewsAndQuestionsTest {
  @Test
  void personIntroducedByName_isWhoAnsweredAQuestion() throws Exception {
    assertEquals(List.of("وزير الرياضة", "جود الحربي", "جود الحربي"), speakers("الدوري النسائي",
        "وقال وزير الرياضة: \"الدوري النسائي يكبر كل موسم\".",
        "والتقينا لاعبة خط الوسط في نادي الأهلي، وهي طالبة جامعية تدعى جود الحربي.",
        "وعندما سألناها عن بداياتها، قالت: \"كنت ألعب مع إخوتي في الحي\".",
        "وأجابت ضاحكة: \"ما زلت ألعب معهم كلما عدت إلى البيت\"."));
  }

  @Test
  void intervieweeMetByFirstNameAndAge_isTheFullNameWrittenBefore() throws Exception {
    assertEquals(List.of("فاطمة عبد الرحيم", "فاطمة عبد الرحيم"), speakers("أسرة سودانية في الجيزة",
        "في شقة صغيرة بحي فيصل، تعيش فاطمة عبد الرحيم مع زوجها وأطفالها منذ فرارهم من أم درمان.",
        "التقينا فاطمة (38 عاما) بين ماكينات الخياطة، وكان لنا معها هذا الحوار:",
        "س: كيف وصلتم إلى القاهرة؟",
        "ج: خرجنا من أم درمان في الليل بحقائب قليلة.",
        "وتختم فاطمة حديثها: \"نعد الأيام للعودة\"."));
  }

  @Test
  void answerWithoutItsMark_inAnInterviewMarkedBefore_isTheInterviewees() throws Exception {
    List<ExtractedFact> quotes = FactFixtures.facts("المعمارية نوف الشهري: أعدنا الحياة إلى بيوت أشيقر",
        "تقود المعمارية السعودية الدكتورة نوف الشهري فريقا من 32 مختصا لترميم البلدة.",
        "س: كيف بدأت فكرة المشروع؟",
        "ج: أشيقر ليست مجرد قرية قديمة، بل هي من أكثر البلدات النجدية احتفاظا بنسيجها.",
        "كيف تعاملتم مع نقص الحرفيين المهرة؟",
        "أطلقنا برنامجا تدريبيا خرّج حتى الآن 48 حرفيا. وأذكر أن أحد كبار السن في البلدة قال لي في اليوم "
            + "الأول: «البيت الطيني مثل الإنسان، إذا لم تسكنه مات».",
        "التمويل والجدول الزمني",
        "فهل تكفي الميزانية؟",
        "يقول مراقبون إن المشروع يحتاج إلى تمويل إضافي خلال السنوات المقبلة.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("الدكتورة نوف الشهري", "الدكتورة نوف الشهري", "أحد كبار السن في البلدة"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertTrue(quotes.get(1).text().startsWith("أطلقنا برنامجا تدريبيا"), quotes.get(1).text());
  }

  @Test
  void transcriptLines_areTheNamedSpeakers_andAnUnnamedParagraphGoesOn_butAQuestionOrAHeadingIsNot()
      throws Exception {
    List<ExtractedFact> quotes = FactFixtures.facts("وزير الفلاحة يتوقع صابة أفضل",
        "استضاف برنامج «صباح الوطن» وزير الفلاحة، الدكتور منير الجلاصي، في حوار عن السدود والحبوب.",
        "سلمى الزواري: سيدي الوزير، ما هو الوضع الحقيقي اليوم؟",
        "الجلاصي: نسبة امتلاء السدود بلغت صباح اليوم 36.4 بالمئة، وهذا أفضل من الموسم الماضي.",
        "السدود في الشمال الغربي تحسنت بفضل أمطار شهري مارس وأفريل.",
        "صابة الحبوب",
        "الجلاصي: هذه صابة لم نرها منذ سنوات").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("الدكتور منير الجلاصي", "الدكتور منير الجلاصي"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertTrue(quotes.get(0).text().startsWith("نسبة امتلاء السدود"), quotes.get(0).text());
    assertTrue(quotes.get(1).text().startsWith("السدود في الشمال الغربي"), quotes.get(1).text());
  }

  @Test
  void headlinedInterview_answersAfterQuestionsAreTheHeadlinesPerson_asTheBodyNamesHer() throws Exception {
    List<ExtractedFact> quotes = FactFixtures.facts("رائدة الأعمال ريم الدوسري: التمويل لم يعد العقبة الأولى",
        "في مستودع صغير شرقي الرياض، تدير ريم الدوسري (34 عاما) شركة «حصاد» للتقنية الزراعية.",
        "وتأتي تجربة الدوسري في وقت ارتفعت فيه مشاركة المرأة في سوق العمل.",
        "كيف جاءت فكرة المشروع؟",
        "بدأت الفكرة من ملاحظة بسيطة: مزارعون يتركون جزءا من محصولهم يتلف لأنهم لا يجدون من يشتريه.",
        "فهل تنجح التجربة؟",
        "يرى خبراء أن السوق ما زالت صغيرة على منصات من هذا النوع.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("ريم الدوسري"), quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void intervieweeMetByTheInterviewer_answersEvenAfterAReportIsQuoted() throws Exception {
    assertEquals(List.of("الدكتورة هالة منصور", "الدكتورة هالة منصور"), speakers("السكري في مصر",
        "بمناسبة اليوم العالمي للسكري، حاورنا الدكتورة هالة منصور، أستاذة الغدد الصماء بجامعة عين شمس.",
        "وتشير تقديرات الاتحاد الدولي للسكري إلى أن نحو 10.9 مليون بالغ في مصر مصابون بالمرض.",
        "س: ما حجم المشكلة؟",
        "ج: المشكلة كبيرة وتتفاقم، ونحو 20% من البالغين لا يعرفون أنهم مصابون.",
        "س: لماذا يتأخر التشخيص؟",
        "ج: لأن النوع الثاني يتسلل بصمت، ولا يراجع كثيرون الطبيب إلا بعد المضاعفات."));
  }

  @Test
  void interviewerAskedSomeone_whoAnswersInTheNextParagraph() throws Exception {
    assertEquals(List.of("مصدر ملاحي", "الدكتور صباح العبيدي"), speakers("النفط",
        "وقال مصدر ملاحي إن \"الناقلات عادت إلى الميناء\".",
        "وفي حوار مع الجزيرة نت، سألنا الخبير النفطي الدكتور صباح العبيدي عن الأثر المالي لعودة الصادرات، فأجاب:",
        "\"العائدات الإضافية قد تصل إلى مبالغ كبيرة شهريا\"."));
  }

  @Test
  void someoneWhoWasAsked_andAParticipleAfterAnObject() throws Exception {
    assertEquals(List.of("الدكتور حسام الدين مرعي", "شيركو عثمان"), speakers("السد",
        "وفي مقابلة مع \"الأهرام\"، سئل أستاذ الجيولوجيا بجامعة القاهرة الدكتور حسام الدين مرعي عن أخطر "
            + "السيناريوهات، فقال:",
        "\"الخطر الحقيقي ليس في سنوات الفيضان\".",
        "ويحمل النائب عن الحزب الديمقراطي الكردستاني في البرلمان الاتحادي شيركو عثمان الحكومة الاتحادية "
            + "مسؤولية التأخير، قائلا إن «بغداد تستخدم ملف الرواتب ورقة ضغط سياسية»."));
  }

  @Test
  void askedAfterARoleWithItsNameSetOff_thenThenAskedAfterAPlace() throws Exception {
    assertEquals(List.of("فهد عبد الله الجعدي", "عبد العزيز المري", "سيدي محمد ولد أعمر", "مصدر في سلطة التنظيم"),
        speakers("الصيد",
            "وفي حديث لبي بي سي، سئل وكيل وزارة الزراعة والري والثروة السمكية لقطاع الأسماك، فهد عبد الله الجعدي، عن "
                + "خطط الحكومة، فأجاب: «وقعنا اتفاقا مع شركة النفط لتوفير الديزل».",
            "وأمام أحد الأجنحة، وقف الطالب الجامعي عبد العزيز المري أمام الرف، ثم تساءل: «كيف يمكن لطالب أن يشتري "
                + "5 كتب؟».",
            "وقال مدير أنظمة ووسائل الدفع بالبنك المركزي الموريتاني، سيدي محمد ولد أعمر، إن «نسبة الشمول المالي "
                + "ارتفعت».",
            "في المقابل، قال مصدر في سلطة التنظيم للوكالة الموريتانية للأنباء إن «قرارات تقييد الإنترنت أمنية»."));
  }

  @Test
  void theSubjectOfAnOpeningVerb_isWhomAnInterviewerThenAsks() throws Exception {
    assertEquals(List.of("الدكتور عمر حسن الطيب", "حواء آدم عبد الله", "حواء آدم عبد الله"), speakers("اللاجئون",
        "وقال الدكتور عمر حسن الطيب إن \"العيادة تستقبل 300 مريض يوميا\".",
        "تجلس حواء آدم عبد الله أمام خيمتها وهي تحتضن رضيعها.",
        "سألناها عما حملته معها، فأجابت: \"لا شيء. خرجنا في الليل بالملابس التي علينا\".",
        "وتقول: \"لا أعرف إن كان حيا أم لا\"."));
  }

  @Test
  void anInterviewsAnswers_areTheIntervieweesQuotations_andAReportItsCouncilIssued() throws Exception {
    List<ExtractedFact> quotes = facts("التحلية",
        "وبحسب تقرير أصدره المجلس الوطني للحريات العامة وحقوق الإنسان الأسبوع الماضي، تكتظ السجون.",
        "وأشار التقرير إلى أن \"عددا من المؤسسات تستوعب أعدادا تفوق طاقتها\".",
        "وحول مراحل التنفيذ، حاورت «البيان» المهندس راشد بن حميد الفلاسي، مدير إدارة مشاريع المياه:",
        "س: أين وصلت أعمال التنفيذ في المحطة؟",
        "ج: أنجزنا نحو 65% من أعمال المرحلة الأولى.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("عددا من المؤسسات تستوعب أعدادا تفوق طاقتها", "أنجزنا نحو 65% من أعمال المرحلة الأولى."),
        quotes.stream().map(ExtractedFact::text).toList());
    assertEquals(List.of("المجلس الوطني للحريات العامة وحقوق الإنسان", "المهندس راشد بن حميد الفلاسي"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void theOneAsked_afterSuilaOrAnOutletThatAsks_answers() throws Exception {
    assertEquals(List.of("نبيل الحمروني", "نبيل الحمروني"), speakers("الإضراب",
        "وقال رئيس الجامعة العامة للتعليم الثانوي نبيل الحمروني إن \"الإضراب ناجح بكل المقاييس\".",
        "وفي مقابلة مع إذاعة \"موزاييك أف أم\"، سئل الحمروني عما إذا كانت الجامعة تتجه إلى المقاطعة، فأجاب: "
            + "\"المقاطعة ليست مطروحة حاليا\"."));
    assertEquals(List.of("الدكتورة نورة الكواري", "الدكتور خالد المهندي", "الدكتور خالد المهندي"), speakers("السكري",
        "وقالت الدكتورة نورة الكواري إن \"الأجهزة مفيدة للمرضى الصغار\".",
        "وعلى هامش الجلسة، سألت \"الشرق\" الدكتور خالد المهندي عن أسباب الارتفاع، فأجاب: \"نمط الحياة هو "
            + "العامل الأول\".",
        "وعن الاستعداد، قال: \"لدينا اليوم 11 عيادة متخصصة\"."));
  }

  @Test
  void interviews_answersAfterJeemOrAQuestion_areTheIntervieweesWords() throws Exception {
    assertEquals(List.of("العقيد خالد مفتاح الصويعي"), speakers("المركز",
        "والتقى فريق القناة مدير المركز، العقيد خالد مفتاح الصويعي، فكان هذا الحوار القصير:",
        "س: كم يبلغ عدد المحتجزين في المركز حاليا؟",
        "ج: «العدد اليوم 912 محتجزا، بينهم 74 امرأة و31 طفلا»."));
    assertEquals(List.of("ريم خوري", "ريم خوري"), speakers("المهرجان",
        "وقالت الممثلة ريم خوري إن «الدور كان صعبا عليها».",
        "- كيف تحضرت لدور أم تبحث عن ابنها؟",
        "«أمضيت ثلاثة أشهر في قرية حدودية، أعيش مع النساء هناك وأستمع إلى حكاياتهن»."));
  }

  @Test
  void firstPersonSayingInAnAnswer_isTheOneAnswering() throws Exception {
    assertEquals(List.of("طارق الشناوي", "طارق الشناوي"), speakers("الإسماعيلي",
        "وللوقوف على حجم الأزمة، حاورت الجزيرة نت رئيس النادي الإسماعيلي طارق الشناوي، الذي تولى الرئاسة في ديسمبر.",
        "س: هل تفكرون في بيع لاعبين لتجاوز الأزمة؟",
        "ج: قلت لمجلس الإدارة من أول يوم: «لن نبيع أبناء النادي لسداد ديون لم نصنعها»."));
  }

  @Test
  void answerAfterAnAnswerThatQuotedSomeoneElse_isTheInterviewee() throws Exception {
    assertEquals(List.of("مريم الشامسي", "مدير المشروع", "مريم الشامسي"), speakers("الفضاء",
        "والتقت هسبريس مهندسة الأنظمة في فريق المشروع، مريم الشامسي، فكان هذا الحوار:",
        "س: ما أصعب مرحلة مررتم بها؟",
        "ج: اختبارات الاهتزاز. كان مدير المشروع يردد دائما: «لا يوجد في الفضاء شيء اسمه خطأ صغير».",
        "س: ما الخطوة التالية؟",
        "ج: أمامنا ستة أشهر من التشغيل التجريبي قبل دخول القمر الخدمة الفعلية."));
  }

  @Test
  void intervieweeNamedAfterABareOutlet_andDescribedAfterTheirRole() throws Exception {
    assertEquals(List.of("عبد الإله الطاهري"), speakers("الإضراب",
        "وللوقوف على مطالب المضربين، حاورت هسبريس عبد الإله الطاهري، عضو لجنة الإعلام في التنسيق الوطني لقطاع "
            + "التعليم، وهو أستاذ للتعليم الابتدائي في إقليم الحوز.",
        "س: ما الذي ترفضونه في النظام الأساسي؟",
        "ج: نرفض أساسا العقوبات الجديدة التي تضمنها."));
  }

  @Test
  void interviewIntroducedAsTheConversationWith_andAnswersWhenOnlyTheDekNamesTheInterviewee() throws Exception {
    assertEquals(List.of("الدكتورة نورة الرومي"), speakers("العمارة",
        "وللوقوف على واقع العمارة التراثية، أجرت «القبس» هذا الحوار مع المعمارية الكويتية الدكتورة نورة الرومي، "
            + "أستاذة العمارة في جامعة الكويت.",
        "س: لماذا تختفي البيوت القديمة؟",
        "ج: لأن قيمة الأرض أصبحت أعلى بكثير من قيمة المبنى في نظر المالك."));
    assertEquals(List.of("المهندس أشرف عبد الحميد"), speakers("القطن",
        "ويتحدث رئيس مجلس إدارة شركة النيل لتصدير الأقطان، المهندس أشرف عبد الحميد، عن تراجع الصادرات.",
        "س: كيف تقيّم موسم التصدير الحالي؟",
        "ج: موسم صعب بكل المقاييس، والأسعار العالمية تراجعت."));
  }

  @Test
  void anInterviewWithAChannel_isTheSubjectsAndItsAnswersAreHis() throws Exception {
    assertEquals(List.of("عادل كريم الساعدي", "عادل كريم الساعدي"), speakers("الكهرباء",
        "قال وزير الكهرباء العراقي عادل كريم الساعدي، في مقابلة مع قناة العراقية الإخبارية، إن «الإنتاج سيرتفع».",
        "وأضاف الساعدي أن الحاجة الفعلية للبلاد في أشهر الذروة تصل إلى 35 ألف ميغاواط.",
        "ومن أبرز ما جاء في المقابلة:",
        "س: متى تنتهي المولدات الأهلية؟",
        "ج: عندما نصل إلى تجهيز 24 ساعة يوميا لن تكون هناك حاجة إليها."));
  }

  @Test
  void answersAfterQuestionLines_areTheIntervieweeNamedInTheLead_beforeAnyoneSpoke() throws Exception {
    assertEquals(List.of("خليفة سالم الشامسي", "خليفة سالم الشامسي"), speakers("الرواية",
        "بعد أربع سنوات من الغياب، يعود الروائي الإماراتي خليفة سالم الشامسي إلى المكتبات بروايته الرابعة.",
        "ما الذي أخذك أربع سنوات كاملة لكتابة هذه الرواية؟",
        "«لم تكن الكتابة هي التي أخذت الوقت، بل البحث في أرشيف الصحف المحلية.»",
        "وهل أنت متفائل بالقارئ الشاب؟",
        "«أنا متفائل أكثر مما يتوقع الناس، فالقارئ الشاب موجود.»"));
  }
}
