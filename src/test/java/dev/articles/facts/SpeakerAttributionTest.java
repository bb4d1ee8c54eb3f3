package dev.articles.facts;

import static dev.articles.facts.FactFixtures.facts;
import static dev.articles.facts.FactFixtures.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said it, in the attribution shapes that newswire Arabic uses and that a fixed phrase order gets
 * wrong: the name set off by commas after a long role, a role that itself names someone, an outlet after
 * the name, a generic back-reference, a headline that quotes a role, and a participle after a pluperfect.
 */
class SpeakerAttributionTest {
  @Test
  void nameSetOffByCommas_afterARoleWithAPlace_isTheSpeaker() throws Exception {
    assertEquals(List.of("عبد الإله الزهراوي"), speakers("أسعار السمك ترتفع",
        "وقال رئيس جمعية تجار السمك بالجملة في ميناء الدار البيضاء، عبد الإله الزهراوي، في تصريح صحفي: "
            + "«الإنتاج تراجع بشكل كبير خلال هذا الشهر»."));
  }

  @Test
  void roleThatNamesSomeoneElse_thenAName_isTheNamedPerson() throws Exception {
    assertEquals(List.of("عبد الله ولد سالم"), speakers("الحملة تطعن في النتائج",
        "في المقابل، قال مدير حملة المرشح بيرام الداه اعبيد، عبد الله ولد سالم، إن \"الأرقام المعلنة لا "
            + "تعكس إرادة الناخبين في المكاتب\"."));
  }

  @Test
  void secondPersonAfterAComma_isNotTakenForTheSpeaker() throws Exception {
    assertEquals(List.of("أحمد عطاف"), speakers("الوزيران يبحثان التعاون",
        "وقال وزير الخارجية أحمد عطاف، ونظيره التونسي نبيل عمار، إن \"البلدين يعملان معا على تأمين "
            + "الحدود المشتركة\"."));
  }

  @Test
  void unnamedSource_isNeitherTheClauseWithholdingItsNameNorAnEarlierOfficial() throws Exception {
    assertEquals(List.of("اللواء يحيى رسول", "مسؤول عسكري"), speakers("مصدر يكشف تفاصيل الاتفاق",
        "وقال المسؤول العسكري اللواء يحيى رسول: \"الانسحاب يجري وفق الخطة المتفق عليها\".",
        "وقال مسؤول عسكري، فضل عدم ذكر اسمه، إن \"المفاوضات ستستأنف الأسبوع المقبل في العاصمة\"."));
  }

  @Test
  void outletAfterTheName_isNotPartOfIt() throws Exception {
    assertEquals(List.of("الدكتور مروان الحمادي"), speakers("الغاز القطري",
        "وقال كبير محللي الطاقة في مركز أبحاث خليجي الدكتور مروان الحمادي لرويترز: \"قطر تراهن على أن "
            + "الطلب الآسيوي سيبقى قويا\"."));
  }

  @Test
  void genericReferenceWithAnAdjective_isTheLastPersonQuoted() throws Exception {
    assertEquals(List.of("محمد عبدي نور", "محمد عبدي نور"), speakers("الجفاف في الصومال",
        "وقال حاكم إقليم باي محمد عبدي نور في تصريحات صحفية: «نحتاج بشكل عاجل إلى خيام وصهاريج مياه».",
        "وأشار المسؤول الصومالي إلى أن «الرعاة فقدوا معظم مواشيهم في الأشهر الأخيرة»."));
  }

  @Test
  void headlineQuotingARole_takesTheSpeakerTheBodyNames() throws Exception {
    List<String> found = speakers("الوزير: \"المتحف سيغير خريطة السياحة الثقافية\"",
        "وقال وزير السياحة والآثار شريف عبد المنعم خلال جولة مع الصحفيين: \"المتحف سيغير خريطة السياحة "
            + "الثقافية في العالم\".");
    assertEquals(List.of("شريف عبد المنعم", "شريف عبد المنعم"), found);
  }

  @Test
  void participleAfterAPluperfect_continuesItsSubject() throws Exception {
    assertEquals(List.of("سامي كرم", "اتحاد الناشرين اللبنانيين"), speakers("معرض الكتاب",
        "ورأى الناشر اللبناني سامي كرم أن \"المعرض فرصة لتصريف جزء من المخزون المتراكم\".",
        "وكان اتحاد الناشرين اللبنانيين قد قدر في تقرير نشره العام الماضي تراجع المبيعات، مشيرا إلى أن "
            + "\"عشرات دور النشر أغلقت أبوابها أو نقلت نشاطها إلى الخارج\"."));
  }

  @Test
  void rankWordInsideAName_staysInTheName() throws Exception {
    assertEquals(List.of("محمد الأمين ولد بوبكر"), speakers("فرز الأصوات",
        "وقال المتحدث باسم اللجنة الوطنية المستقلة للانتخابات محمد الأمين ولد بوبكر في مؤتمر صحفي: "
            + "\"عمليات الفرز تسير بشكل طبيعي في كل الولايات\"."));
  }

  @Test
  void unnamedSource_isNotListedAsAnEntity() throws Exception {
    List<ExtractedFact> found = facts("مصدر يكشف تفاصيل الاتفاق",
        "وقال مسؤول حكومي إن \"الحكومة ستعلن قرارها خلال الأسبوع المقبل\".");
    assertEquals(1, found.stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).count());
    assertEquals(List.of(), found.stream().filter(f -> f.kind() == ExtractedFact.Kind.ENTITY)
        .map(f -> f.entity().canonicalName()).filter(n -> n.contains("مسؤول")).toList());
  }

  @Test
  void bareOmanInAStoryFromJordan_isAmman() throws Exception {
    List<String> jordan = entityIds(facts("الأونروا في الأردن",
        "وقال مدير شؤون الأونروا في الأردن ماركوس هولم للصحفيين في عمان: «نحتاج إلى التمويل بسرعة»."));
    assertEquals(true, jordan.contains("amman") && !jordan.contains("oman"), jordan.toString());
    List<String> oman = entityIds(facts("محادثات في مسقط",
        "وقال وزير الخارجية العماني في مسقط إن \"عمان مستعدة لاستضافة جولة جديدة من المحادثات\"، "
            + "بحضور وفد من الأردن."));
    assertEquals(true, oman.contains("oman") && !oman.contains("amman"), oman.toString());
  }

  private static List<String> entityIds(List<ExtractedFact> facts) {
    return facts.stream().filter(f -> f.kind() == ExtractedFact.Kind.ENTITY).map(f -> f.entity().id()).toList();
  }

  @Test
  void subjectBeforeTheVerb_setOffByCommas_isTheSpeaker() throws Exception {
    assertEquals(List.of("آدم يعقوب", "محمد الحسن"), speakers("مخيمات اللاجئين",
        "وقال اللاجئ آدم يعقوب: \"الناس يقفون في الطابور منذ الفجر للحصول على الماء\".",
        "محمد الحسن، مدير مخيم أدري، قال إن \"المخيم صمم لاستقبال عدد أقل بكثير من الناس\"."));
  }

  @Test
  void attributionAfterTheQuote_withAPlaceTheGazetteerMayNotKnow() throws Exception {
    assertEquals(List.of("بيير دوبوا", "جان مارتان"), speakers("نقص الغذاء",
        "\"لم نعد قادرين على توزيع الحصص الغذائية كاملة\"، قال منسق برنامج الأغذية العالمي في تشاد بيير دوبوا.",
        "\"الوضع يزداد سوءا كل يوم في المخيمات\"، قال مدير المكتب في أدري جان مارتان."));
  }

  @Test
  void sourceWithARelativeClause_isTheEarlierSource() throws Exception {
    assertEquals(List.of("مصدر حكومي", "مصدر حكومي"), speakers("القمح",
        "وقال مصدر حكومي إن \"المخزون الاستراتيجي من القمح يكفي حتى نهاية مايو المقبل\".",
        "وأضاف المصدر الذي طلب عدم الكشف عن هويته أن \"الدولة تدفع حاليا سعرا أقل مما كان عليه\"."));
  }

  @Test
  void reportedThroughAnAgency_isWhomTheAgencyQuoted() throws Exception {
    assertEquals(List.of("مسؤول في الشركة"), speakers("حقل الشرارة",
        "\"لن يستأنف الإنتاج قبل صدور تعليمات واضحة من المؤسسة\"، بحسب ما نقلت وكالة رويترز عن مسؤول في الشركة."));
  }

  @Test
  void memberForAConstituency_isNamedAfterIt() throws Exception {
    assertEquals(List.of("علي التباوي"), speakers("الجنوب الليبي",
        "وقال عضو مجلس النواب عن منطقة أوباري علي التباوي إن \"سكان الجنوب لا يحصلون على أبسط الخدمات\"."));
  }

  @Test
  void quotedNameOfAnAssociation_isPartOfTheRole_andNoQuote() throws Exception {
    List<ExtractedFact> found = facts("المودعون",
        "وقالت رئيسة جمعية \"صرخة المودعين\" نادين خوري إن \"المصارف تعاملنا كأننا متسولون على أبواب أموالنا\".");
    assertEquals(List.of("نادين خوري"), found.stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE)
        .map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void circumstantialClause_endsTheName_andABookTitleIsNoQuote() throws Exception {
    assertEquals(List.of("سعاد المصري"), speakers("المودعون",
        "\"نحن لا نطلب صدقة، بل نطالب بحقنا\"، قالت المودعة سعاد المصري وهي تحمل لافتة أمام المصرف.",
        "ويرى الخبير المصرفي إيلي حداد، مؤلف كتاب \"ودائع في مهب الريح\"، أن الحل يبدأ بتدقيق شامل."));
  }

  @Test
  void personDescribedThenNamed_isTheName() throws Exception {
    assertEquals(List.of("مامادو ديالو"), speakers("قوارب الهجرة",
        "\"لا أحد يريد أن يموت في البحر، لكننا لا نملك خيارا آخر\"، قال مهاجر غيني يدعى مامادو ديالو، "
            + "التقيناه في حي الحرية."));
  }

  @Test
  void definiteOrganizationAlone_isTheOneNamedEarlierInFull() throws Exception {
    assertEquals(List.of("وزارة الحج والعمرة"), speakers("موسم الحج",
        "وتتوقع وزارة الحج والعمرة أن يؤدي الفريضة هذا العام عدد كبير من الحجاج.",
        "وقالت الوزارة في بيان إن \"جميع خطط التفويج والنقل جرى اعتمادها بالتنسيق مع الجهات المعنية\"."));
  }

  @Test
  void sentenceOpeningWithAccordingTo_creditsTheIssuerOfTheStatement() throws Exception {
    assertEquals(List.of("الأمانة العامة لمجلس الوزراء"), speakers("الكهرباء",
        "وبحسب بيان صادر عن الأمانة العامة لمجلس الوزراء، فإن الحكومة «ستتخذ إجراءات عاجلة لمحاسبة المقصرين "
            + "في ملف الصيانة»."));
  }

  @Test
  void narratingAndAdmittingVerbs_reportSpeech() throws Exception {
    assertEquals(List.of("محمد عبد الرزاق", "محمد عبد الرزاق", "رشيد بلحوت"), speakers("حلب",
        "ويروي الشاب محمد عبد الرزاق الذي فقد منزله أن عائلته «سجلت اسمها لدى لجنة التعويضات قبل أشهر».",
        "وتابع: «نعيش ستة أشخاص في غرفة صغيرة داخل مدرسة».",
        "في المقابل، اعترف مدرب شباب بلوزداد رشيد بلحوت بأن فريقه \"دفع ثمن الأخطاء الفردية في اللحظات الحاسمة\"."));
  }

  @Test
  void sourceRefusingToBeNamed_keepsItsDescription() throws Exception {
    assertEquals(List.of("مسؤول مصري"), speakers("قناة السويس",
        "وقال مسؤول مصري رفض الكشف عن اسمه إن \"الهيئة قد تعلن خلال أيام عن تخفيضات جديدة\"."));
  }

  @Test
  void documentAsSubjectStays_documentAsPlaceIsItsIssuer() throws Exception {
    assertEquals(List.of("التقرير", "شركة البترول الوطنية الكويتية"), speakers("الحريق",
        "وأوضح التقرير أن «الاحتياجات الإنسانية تفوق بكثير ما يسمح بدخوله».",
        "وأوضحت شركة البترول الوطنية الكويتية، في بيان نشرته على حسابها، أن الحريق اندلع مساء أمس.",
        "وجاء في البيان: «تمت السيطرة على الحريق بالكامل خلال ساعتين»."));
  }

  @Test
  void secondVerbOfASentence_sharesTheFirstVerbsSubject() throws Exception {
    assertEquals(List.of("فيصل المطيري"), speakers("الحريق",
        "وتفقد وزير النفط فيصل المطيري موقع الحادث صباح اليوم، وقال في تصريح للصحفيين: «سلامة العاملين "
            + "أولويتنا القصوى»."));
  }

  @Test
  void longOrganizationName_runsToTheNextStop() throws Exception {
    assertEquals(List.of("فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ"), speakers("الإضرابات",
        "وحذرت فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ في بلاغ من أن «استمرار الإضرابات يهدد بسنة بيضاء»."));
  }

  @Test
  void undersecretaryReferredToByRole_isTheOneNamedEarlier() throws Exception {
    assertEquals(List.of("الشيخ هلال بن سالم الحارثي", "الشيخ هلال بن سالم الحارثي"), speakers("السياحة",
        "وقال وكيل وزارة التراث والسياحة للسياحة الشيخ هلال بن سالم الحارثي إن “القطاع استقبل عددا كبيرا من "
            + "الزوار”.",
        "وأكد وكيل الوزارة أن “الاستثمارات السياحية قيد التنفيذ تشمل فنادق ومنتجعات”."));
  }

  @Test
  void nameFirst_withItsRoleSetOffAfterIt() throws Exception {
    assertEquals(List.of("فادي الخوري", "محمود فقيه"), speakers("الرئاسة",
        "وقال فادي الخوري، النائب عن تكتل «الجمهورية القوية»، إن «الفريق الآخر هرب من الدورة الثانية».",
        "«لن نقبل برئيس تحد يفرض على شريحة واسعة من اللبنانيين»، رد النائب عن كتلة الوفاء للمقاومة محمود فقيه."));
  }

  @Test
  void describedPeople_keepTheirWholeNames() throws Exception {
    assertEquals(List.of("عبد الرحيم آدم", "أحمد سالم ولد محمد"), speakers("النازحون",
        "وقال النازح الخمسيني عبد الرحيم آدم، الذي فر من الخرطوم، إن \"الناس تعبوا من الوعود\".",
        "ويقول سائق القطار الخمسيني أحمد سالم ولد محمد إن «الرحلة طويلة وشاقة في الصيف»."));
  }

  @Test
  void participle_continuesTheSubjectOfItsSentencesFirstVerb_intoTheNextParagraph() throws Exception {
    assertEquals(List.of("الدكتورة منى الزعبي"), speakers("المياه",
        "وتحدثت الخبيرة في شؤون المياه الدكتورة منى الزعبي عن أثر المشروع على المدى البعيد، قائلة:",
        "«الناقل الوطني سيخفف الضغط على الأحواض الجوفية المستنزفة»."));
  }

  @Test
  void pluperfectReportingVerb_isItsSubjects() throws Exception {
    assertEquals(List.of("وكالة الإمارات للفضاء"), speakers("الفضاء",
        "وكانت وكالة الإمارات للفضاء قد أعلنت في بيان أن «حجم الاستثمارات في القطاع الفضائي الوطني كبير»."));
  }

  @Test
  void mannerAdverb_namesNoOne_andAGenitiveAfterAnAttachmentStaysInTheRole() throws Exception {
    assertEquals(List.of("الهادي بن عمر", "الهادي بن عمر", "عبد اللطيف الزواري"), speakers("الزيتون",
        "ويقول الفلاح الستيني الهادي بن عمر، الذي يملك حقلا صغيرا، إن «الأسعار الحالية لا تغطي كلفة الجني».",
        "ويضيف بحسرة: «تركت جزءا من الصابة على الأشجار».",
        "وقال رئيس الغرفة النقابية الوطنية لمصدري زيت الزيتون عبد اللطيف الزواري إن «تعافي الإنتاج الإسباني "
            + "أغرق السوق»."));
  }

  @Test
  void outletAfterAnUnnamedSource_isNotItsName() throws Exception {
    assertEquals(List.of("مصدر نقابي"), speakers("المناجم",
        "وكشف مصدر نقابي لهسبريس أن «عمال المناولة يطالبون بإدماجهم في الشركة»."));
  }

  @Test
  void nameAfterAPlaceOfSeveralWords_andTheSameSpokesman() throws Exception {
    assertEquals(List.of("مأمون الدرويش", "مأمون الدرويش"), speakers("العودة",
        "وقال مدير العلاقات العامة في معبر باب الهوى الحدودي مأمون الدرويش في حديث للأناضول: «نستقبل يوميا "
            + "عددا كبيرا من العائدين».",
        "وزاد المتحدث ذاته أن «الحركة ترتفع في نهاية كل أسبوع»."));
  }

  @Test
  void personIntroducedByName_isWhoAnsweredAQuestion() throws Exception {
    assertEquals(List.of("وزير الرياضة", "جود الحربي", "جود الحربي"), speakers("الدوري النسائي",
        "وقال وزير الرياضة: \"الدوري النسائي يكبر كل موسم\".",
        "والتقينا لاعبة خط الوسط في نادي الأهلي، وهي طالبة جامعية تدعى جود الحربي.",
        "وعندما سألناها عن بداياتها، قالت: \"كنت ألعب مع إخوتي في الحي\".",
        "وأجابت ضاحكة: \"ما زلت ألعب معهم كلما عدت إلى البيت\"."));
  }

  @Test
  void longNamesWithLinks_andKnownOrganizationsInsideARole() throws Exception {
    assertEquals(List.of("الشيخ عيسى بن خالد آل خليفة", "كلير بونفيس"), speakers("الحلبة",
        "وقال الرئيس التنفيذي لحلبة البحرين الدولية الشيخ عيسى بن خالد آل خليفة في مؤتمر صحفي إن \"التذاكر نفدت\".",
        "وحذرت المتحدثة باسم منظمة أطباء بلا حدود في اليمن، كلير بونفيس، من أن \"الفرق الطبية تعمل فوق طاقتها\"."));
  }

  @Test
  void descriptiveBackReference_andAMannerPhraseAfterAFirstName() throws Exception {
    assertEquals(List.of("الدكتورة سهى الموسوي", "الدكتورة سهى الموسوي"), speakers("النخيل",
        "من جهتها، قالت الدكتورة سهى الموسوي، أستاذة علوم البستنة في جامعة البصرة، إن «العراق يمتلك ثروة كبيرة».",
        "وأضافت الأكاديمية العراقية أن «دعم الصناعات التحويلية ضروري»."));
    assertEquals(List.of("فاطمة سعيد"), speakers("الكوليرا",
        "وفي مركز العزل تجلس ربة منزل تدعى فاطمة سعيد إلى جوار سرير ابنها.",
        "\"جئنا إلى هنا في منتصف الليل بعد أن أصيب ابني\"، تقول فاطمة بصوت متعب."));
  }

  @Test
  void afterThatsHowAndThroughAnOutletWithAQuotedName() throws Exception {
    assertEquals(List.of("مصدر حكومي", "سارة الغامدي"), speakers("الوقود",
        "ونقل موقع \"القاهرة 24\" عن مصدر حكومي قوله إن «الحكومة لن تقترب من سعر أسطوانة البوتاجاز».",
        "\"وجود الدوري النسائي غير نظرة الأسر إلى الرياضة\"، هكذا علقت الإعلامية الرياضية سارة الغامدي."));
  }

  @Test
  void agencyWithAQuotedName_quotingAnUnnamedSource() throws Exception {
    assertEquals(List.of("مصدر حكومي إيطالي"), speakers("الغاز",
        "ونقلت وكالة \"نوفا\" الإيطالية عن مصدر حكومي إيطالي قوله إن «المفاوضات حول عقود طويلة الأجل بلغت "
            + "مرحلة متقدمة»."));
  }

  @Test
  void ambassadorToACountry_andTheDiplomatLater() throws Exception {
    assertEquals(List.of("جوفاني بوليتسي", "جوفاني بوليتسي"), speakers("الغاز",
        "وقال سفير إيطاليا لدى الجزائر جوفاني بوليتسي في تصريح للصحافة: «الجزائر شريك موثوق».",
        "وأضاف الدبلوماسي الإيطالي أن «الممر الجديد سيجعل من البلدين مركزا للطاقة»."));
  }

  @Test
  void unnamedSourceAndTheClauseAboutIt() throws Exception {
    assertEquals(List.of("دبلوماسي غربي"), speakers("المناخ",
        "«الإمارات تريد أن تثبت أن الدول المنتجة للنفط قادرة على قيادة التحول»، قال دبلوماسي غربي حضر الاجتماع."));
  }

  @Test
  void personDescribedByAge_isWhomAFirstNameOrAColonLaterRefersTo() throws Exception {
    assertEquals(List.of("سارة أبو عودة", "جاسم محيسن", "سيد عبد الفتاح"), speakers("النزوح",
        "تراجع الطالبة النازحة من شمال القطاع سارة أبو عودة (18 عاما) دروسها على ضوء مصباح صغير.",
        "وتقول سارة: \"كنت أحلم بدراسة الطب\".",
        "في قضاء الجبايش يقف مربي الجاموس الخمسيني جاسم محيسن على حافة مستنقع جاف.",
        "ويقول محيسن لوكالة فرانس برس: «نفق كثير من الجاموس».",
        "وأمام محطة وقود، يقف سيد عبد الفتاح (52 عاما)، وهو سائق ميكروباص، قبل أن يقول لـ\"مصراوي\":",
        "«كل زيادة في البنزين يدفع ثمنها الراكب في النهاية»."));
  }

  @Test
  void nameAtTheEndOfALongDescription() throws Exception {
    assertEquals(List.of("آدم يعقوب إسحق", "هبة النجار"), speakers("الذهب",
        "ويقول المعدن الأهلي القادم من مدينة الفاشر آدم يعقوب إسحق (29 عاما)، الذي يعمل في حفر الآبار منذ سنوات، "
            + "إن \"الحفر اليدوي يمتد إلى أعماق كبيرة\".",
        "في حين ترى المرشدة التربوية في إحدى مدارس خان يونس هبة النجار أن \"الطلبة يعانون صدمات نفسية\"."));
  }

  @Test
  void organizationsRunToTheirEnd_andTheSecondVerbSharesTheSubject() throws Exception {
    assertEquals(List.of("فريق خبراء الأمم المتحدة المعني بالسودان", "قوات الدعم السريع"), speakers("الذهب",
        "وقال فريق خبراء الأمم المتحدة المعني بالسودان في تقرير إن \"شبكات مرتبطة بطرفي النزاع تسيطر على مناجم\".",
        "ونفت قوات الدعم السريع في بيان مضاد هذه الاتهامات، وقالت إن \"المناجم تديرها المجتمعات المحلية\"."));
  }

  @Test
  void interviewerAskedSomeone_whoAnswersInTheNextParagraph() throws Exception {
    assertEquals(List.of("مصدر ملاحي", "الدكتور صباح العبيدي"), speakers("النفط",
        "وقال مصدر ملاحي إن \"الناقلات عادت إلى الميناء\".",
        "وفي حوار مع الجزيرة نت، سألنا الخبير النفطي الدكتور صباح العبيدي عن الأثر المالي لعودة الصادرات، فأجاب:",
        "\"العائدات الإضافية قد تصل إلى مبالغ كبيرة شهريا\"."));
  }

  @Test
  void compoundFirstName_afterTheWholeName_andSomeoneNamedWithAConjunction() throws Exception {
    assertEquals(List.of("عبد الله سعيد", "عبد الله سعيد", "محمود عبد الحميد"), speakers("المنفذ",
        "ويروي سائق شاحنة خمسيني من مدينة الغيضة، يدعى عبد الله سعيد، أنه أمضى ليلتين في الساحة، ويقول: "
            + "\"ننام في الشاحنات\".",
        "ويضيف عبد الله أن \"أجرة النقل ارتفعت كثيرا\".",
        "ويقول موظف في وزارة التخطيط، يسكن في حي شبرا ويدعى محمود عبد الحميد (٤٢ عاما)، إن «الرحلة اليومية طويلة»."));
  }

  @Test
  void theSameFarmer_andAsForConstructions() throws Exception {
    assertEquals(List.of("الحسين بوشعيب", "الحسين بوشعيب", "سعاد الحلبي"), speakers("الجفاف",
        "يقول الحسين بوشعيب لهسبريس: \"زرعت هكتارات كثيرة هذا الموسم\".",
        "ويضيف الفلاح نفسه أن \"الديون تراكمت على الفلاحين الصغار\".",
        "أما ربة المنزل السبعينية من حي الميدان، سعاد الحلبي، فتقول إن \"ثمن كيلو اللحم صار أكبر من الراتب\"."));
  }

  @Test
  void documentOfAMinistryWithACoordinatedName_andAnOrganizationWithItsFullName() throws Exception {
    assertEquals(List.of("بلاغ وزارة التجهيز والماء", "الإدارة العامة للجمارك العمانية"), speakers("الماء",
        "\"الوضعية المائية تفرض ترشيد استعمال المياه\"، بحسب بلاغ وزارة التجهيز والماء.",
        "وقالت الإدارة العامة للجمارك العمانية في بيان إنها \"أنجزت المرحلة الأولى من التوسعة\"."));
  }

  @Test
  void nameAfterAnUnknownPlace_beforeAnOutlet() throws Exception {
    assertEquals(List.of("حسين عواضة"), speakers("الحرائق",
        "وقال رئيس مركز الدفاع المدني في مرجعيون حسين عواضة للجزيرة نت: \"فرقنا تعمل في ظروف خطرة جدا\"."));
  }

  @Test
  void givenNameThatIsAlsoARoleWord() throws Exception {
    assertEquals(List.of("أمين بلقاسمي"), speakers("الانتخابات",
        "وفي حي باب الوادي، يجلس سائق يبلغ من العمر 28 عاما ويدعى أمين بلقاسمي، أمام مقهى مكتظ.",
        "ويقول أمين للجزيرة نت: \"لم أصوت في حياتي\"."));
  }

  @Test
  void twoSpeakersInOneSentence() throws Exception {
    assertEquals(List.of("ناصر بن طالب"), speakers("الانتخابات",
        "واعتبر القيادي في حركة مجتمع السلم ناصر بن طالب أن \"المشاركة الواسعة هي الضمانة\"."));
    assertEquals(List.of("سليم عواد", "ناصر بن طالب"), speakers("الانتخابات",
        "وفي تجمع شعبي بولاية وهران، قال مدير حملة أحد المترشحين سليم عواد إن \"يوم الاقتراع سيكون موعدا لقطع "
            + "الطريق\"، بينما اعتبر القيادي في حركة مجتمع السلم ناصر بن طالب أن \"المشاركة الواسعة هي الضمانة\"."));
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
  void regionsAndVillagesInsideRoles_andASourceFromAnAuthority() throws Exception {
    assertEquals(List.of("رشيد الوزاني", "محمد أوبلا", "مصدر من السلطة المحلية"), speakers("الزلزال",
        "وقال المدير الجهوي للإسكان بجهة مراكش آسفي رشيد الوزاني، في تصريح لهسبريس: «نحن أمام ورش غير مسبوق».",
        "وقال رئيس جمعية تنمية دوار تنصغارت محمد أوبلا إن «غلاء مواد البناء ضاعف كلفة المسكن»، فيما أكد مصدر "
            + "من السلطة المحلية أن «فرقا تقنية تزور الدواوير بشكل دوري»."));
  }

  @Test
  void describedThenNamed_inTheMiddleOfAPhrase_andAccordingToWhatAnAgencyConfirmed() throws Exception {
    assertEquals(List.of("محمد عارف"), speakers("العمال",
        "وقال عامل باكستاني يعمل سائقا لشاحنة نقل، يدعى محمد عارف، إن \"الشركة تدفع الرواتب في موعدها\"."));
    assertEquals(List.of("منظمة الأغذية والزراعة للأمم المتحدة"), speakers("الصيد",
        "\"قطاع الصيد في اليمن يوفر مصدر رزق لأكثر من 500 ألف شخص\"، وفق ما أكدته منظمة الأغذية والزراعة "
            + "للأمم المتحدة في بيان."));
  }

  @Test
  void nameSetOffAfterAQuotedOrganization_andAfterARoleWithAComma() throws Exception {
    assertEquals(List.of("يوهانس باير", "منذر بن سلامة"), speakers("الهجرة",
        "\"لا يمكن الحديث عن شراكة في إدارة الهجرة\"، قال مدير عمليات منظمة \"سي ووتش\" الإنسانية في البحر "
            + "المتوسط، يوهانس باير، في تصريح.",
        "\"الملف ليس ماليا فقط\"، يقول الباحث في علوم التربية، منذر بن سلامة."));
  }

  @Test
  void peopleKnownAsOrNamed_andAReporterAsOutlet() throws Exception {
    assertEquals(List.of("أبو علي الحاج", "حسام الدين عبد العال", "آمنة عبد الله"), speakers("المولدات",
        "في حي الطريق الجديدة، يدير رجل خمسيني، ويعرف باسم أبو علي الحاج، شبكة اشتراكات كبيرة.",
        "يقول أبو علي: \"المازوت يشكل معظم كلفتي\".",
        "في ميناء سفاجا، يجلس مرشد سياحي خمسيني، اسمه حسام الدين عبد العال، أمام مكتب مغلق. يقول: \"كنا نستقبل "
            + "سفينة كل أسبوع\".",
        "وتقول آمنة عبد الله لمراسل الجزيرة نت: \"نشرب من الماء نفسه\"."));
  }

  @Test
  void nameAfterTheLastComma_withAnAgeOrAnOutlet_andAnUnnamedSourceWithAnOutlet() throws Exception {
    assertEquals(List.of("رهف العمري", "لحسن أوبلا", "مسؤول حكومي", "تاجر لؤلؤ"), speakers("البطالة",
        "تقول خريجة الهندسة المعمارية القادمة من مدينة الزرقاء، رهف العمري (27 عاما): \"أرسلت طلبات كثيرة\".",
        "يقول الفلاح الخمسيني، الأب لستة أبناء، لحسن أوبلا لهسبريس: «الطريق مقطوعة منذ أيام».",
        "في المقابل، قال مسؤول حكومي للجزيرة نت، طالبا عدم الكشف عن اسمه، إن \"عدد الخريجين المسجلين قليل\".",
        "وقال تاجر لؤلؤ، طلب عدم نشر اسمه، إن \"الطلب على اللؤلؤ الطبيعي ارتفع\"."));
  }

  @Test
  void closingWordsAndMannerAfterASurname() throws Exception {
    assertEquals(List.of("حسام الطراونة", "حسام الطراونة", "إبراهيم بوعلي", "إبراهيم بوعلي"), speakers("المهن",
        "وقال الخبير حسام الطراونة إن \"السوق لا تستوعب الخريجين\".",
        "ويختم الطراونة حديثه بالقول: \"ما لم نربط التعليم بحاجات السوق سنبقى نخرج عاطلين\".",
        "وقال الغواص إبراهيم بوعلي: \"اللؤلؤ الطبيعي لا يزال الأغلى\".",
        "وأضاف بوعلي ضاحكا: \"سألني حفيدي مرة عن اللؤلؤ المزروع\"."));
  }

  @Test
  void topicOfAmma_aMaghrebiGivenName_aQuotedNameInTheRole_andAnOrganizationWithItsGenitives() throws Exception {
    assertEquals(List.of("الهيئة العامة للبيئة", "الهادي العياري", "ندى أبو شقرا",
            "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"), speakers("الفسفاط",
        "أما الهيئة العامة للبيئة فأكدت في بيان أن \"التخييم العشوائي يهدد الغطاء النباتي\".",
        "وقال الرئيس المدير العام لشركة فسفاط قفصة، الهادي العياري، خلال ندوة صحفية: \"هدفنا بلوغ 5 ملايين طن\".",
        "وقالت رئيسة تعاونية \"زيتنا\" في بلدة حاصبيا، ندى أبو شقرا، إن \"كثيرا من المزارعين لم يصلوا إلى حقولهم\".",
        "وقال المنتدى التونسي للحقوق الاقتصادية والاجتماعية في تقرير إن \"نسبة البطالة في الولاية مرتفعة\"."));
  }

  @Test
  void nameEndsAtAClauseOrAVerb_andASideMarkerBeforeTheFirstVerb() throws Exception {
    assertEquals(List.of("مشعل الشمري", "مشعل الشمري", "الدكتورة نوف الرشيدي", "نجلاء عبد الحميد"), speakers("البر",
        "ويقول مشعل الشمري، وهو موظف حكومي، إن \"البر متنفس الكويتيين\".",
        "وتابع مشعل بينما كان يثبت أوتاد الخيمة: \"كلفة تجهيز المخيم بلغت نحو 800 دينار\".",
        "من جهتها، نصحت الطبيبة في مستشفى العدان الدكتورة نوف الرشيدي مرتادي البر بالحذر، وقالت: \"نستقبل كل "
            + "شتاء حالات اختناق\".",
        "وفي المحطة، وقفت موظفة خمسينية تدعى نجلاء عبد الحميد تحسب ما ستدفعه، وقالت: \"أدفع الآن 50 جنيها زيادة\"."));
  }

  @Test
  void aNameWithHamzaOnItsAlef_introducedBeforeBilQawl_andTheAskedDean() throws Exception {
    assertEquals(List.of("إلياس الخوري", "إلياس الخوري", "فرج بوخطوة", "فرج بوخطوة"), speakers("الزيتون",
        "ويلخص مزارع ستيني من بلدة القليعة، يدعى إلياس الخوري، معاناة المزارعين بالقول:",
        "\"كنا نقطف الزيتون ونحن نسمع القصف. العمال غادروا.\"",
        "وتابع إلياس أن \"الزيت اللبناني مطلوب في الخارج\".",
        "وفي مقابلة مع \"الجزيرة نت\"، سئل عميد بلدية درنة المكلف فرج بوخطوة عن مصير العائلات، فأجاب: \"لدينا "
            + "قوائم بنحو 900 عائلة\".",
        "وعند سؤاله عن الاتهامات، قال بوخطوة: \"كل الملفات تمر عبر لجان فنية\"."));
  }

  @Test
  void aYearJoinedToAYear_isNoFigure() throws Exception {
    List<String> figures = facts("التخييم", "وكانت السلطات قد علقت موسم التخييم عامي 2020 و2021 بسبب الجائحة، "
        + "قبل أن تسمح بنحو 300 مخيم.").stream().filter(f -> f.kind() == ExtractedFact.Kind.FIGURE)
        .map(ExtractedFact::text).toList();
    assertEquals(List.of("بنحو 300 مخيم"), figures);
  }

  @Test
  void attributionInTheNextSentence_andNicknames() throws Exception {
    assertEquals(List.of("عبده سالم باحميش", "عبده سالم باحميش", "فاطمة العلي", "خالد العدوان"), speakers("الصيادون",
        "«كنا نعود بقارب ممتلئ، أما اليوم فنعود بما لا يغطي ثمن الديزل». هكذا يلخص الصياد عبده سالم باحميش، المعروف "
            + "بين زملائه بأبي وائل، حال المهنة.",
        "«سعر الدبة الديزل وصل إلى 45 ألف ريال»، يقول أبو وائل.",
        "\"أنتظر دوري منذ الفجر، والجلسة صارت أقصر\". بهذه الكلمات وصفت فاطمة العلي، وهي مريضة كلى، رحلتها.",
        "في الحي، ينتظر خالد العدوان، وهو سائق أجرة يناديه جيرانه أبو حمزة، وصول صهريج.",
        "“المياه لم تصلنا منذ 6 أيام”، يقول أبو حمزة."));
  }

  @Test
  void aTopicWithCommas_aDescriptionAfterTheName_andTheSubjectOfAPurposiveVerb() throws Exception {
    List<ExtractedFact> quotes = facts("الدفع",
        "أما مريم منت محمد، وهي بائعة خضار أربعينية، فتبدي حذرا أكبر، وتقول: «عندما تنقطع الشبكة لا أبيع شيئا».",
        "وتضيف مريم أن «الوكلاء يأخذون 50 أوقية عن كل عملية سحب».",
        "وقال القحطاني، وهو طالب جامعي في كلية علوم الحاسب: \"أتدرب يوميا نحو 8 ساعات\".",
        "ويقول التاجر محمد الأمين ولد سيدي، الذي يبيع الملابس، إن أغلب زبائنه يدفعون عبر الهاتف.",
        "ويعود ولد سيدي ليؤكد أن «المشكلة في الشبكة وليست في التطبيق».").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("مريم منت محمد", "مريم منت محمد", "القحطاني", "محمد الأمين ولد سيدي"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertEquals("طالب جامعي في كلية علوم الحاسب", quotes.get(2).quote().speaker().role());
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
  void aQuotationOverTwoParagraphs_keepsItsSpeaker_andInscriptionsAndVersesAreNoSpeech() throws Exception {
    List<ExtractedFact> quotes = facts("الاحتيال",
        "وقال محامي الضحايا يوسف الإدريسي إن \"الحكم منصف\".",
        "وتحكي نعيمة، وهي مهاجرة مغربية، تفاصيل ما تعرضت له قائلة: \"رأيت إعلانا على فيسبوك باسم القنصلية. دفعت "
            + "المبلغ الأول.",
        "\"لم أشك في شيء حتى ذهبت إلى القنصلية في يوم الموعد\".",
        "وعلى جدار الثانوية علقت لافتة كتب عليها «النجاح ثمرة الجهد لا الغش»، في رسالة إلى المترشحين.",
        "وزينت المدخل لافتة تحمل بيت المتنبي الشهير «أعز مكان في الدنى سرج سابح.. وخير جليس في الزمان كتاب».")
        .stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("الحكم منصف", "رأيت إعلانا على فيسبوك باسم القنصلية. دفعت المبلغ الأول.",
        "لم أشك في شيء حتى ذهبت إلى القنصلية في يوم الموعد"), quotes.stream().map(ExtractedFact::text).toList());
    assertEquals(List.of("يوسف الإدريسي", "نعيمة", "نعيمة"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void aReportOfAnOrganization_andTheReportLater_areTheOrganizations() throws Exception {
    assertEquals(List.of("منظمة الأغذية والزراعة", "البنك الدولي"), speakers("المياه",
        "وحذر تقرير لمنظمة الأغذية والزراعة من أن «تدهور العملة يدفع الصيادين إلى ترك المهنة».",
        "وبحسب تقرير صادر عن البنك الدولي، تبلغ نسبة الفاقد نحو 48%. ويقول التقرير إن “خفض الفاقد أرخص مصدر "
            + "جديد للمياه”."));
  }

  @Test
  void quotedNicknames_peopleIntroducedBeforeADescription_andDescriptionsThatReferBack() throws Exception {
    assertEquals(List.of("مريم منت محمود", "أحمدو ولد الطالب", "حليمة عبدي نور", "سلمى الخطيب", "سلمى الخطيب",
            "فاطمة الزهراء البقالي", "فاطمة الزهراء البقالي", "عبد الحق الوزاني", "عبد الحق الوزاني"),
        speakers("الذهب",
            "ويقول أحمدو ولد الطالب، وهو شاب ثلاثيني يلقبه رفاقه \"بوحديدة\"، إنه باع قطيعا من الغنم.",
            "وفي خيمة، تقول مريم منت محمود إن \"المنقبين يعيشون على الأمل\".",
            "وعاد \"بوحديدة\" ليقول وهو يشير إلى حفرة: \"هذه الحفر تقتلنا أحيانا\".",
            "وتبيع حليمة عبدي نور، وهي أرملة أربعينية، الخضار في السوق.",
            "وتقول: \"قبل سنوات كنت أخاف أن يسرقني أحد في الطريق\".",
            "\"دخلت المعرض ومعي 100 ألف ليرة\"، تقول سلمى الخطيب، وهي طالبة ماجستير.",
            "وتضيف الشابة العشرينية أن \"سعر الرواية المترجمة يعادل أجر أسبوع\".",
            "وتحكي فاطمة الزهراء البقالي، وهي أستاذة بالتعليم الابتدائي، أنها أدت تسبيقا، «واليوم أؤدي قرض البنك».",
            "وتساءلت الأستاذة بمرارة: «من سيعيد إلينا السنوات التي ضاعت؟».",
            "وقال عبد الحق الوزاني، عضو هيئة الدفاع، إن «موكلي لم تكن لديه نية النصب».",
            "وأضاف المحامي ذاته أن «الشركة عرضت على المشترين تسوية ودية»."));
  }

  @Test
  void aRankAndFirstName_aFamilyNameBeforeTheObject_coordinatedDescriptions_andAStudyItsCentreIssued()
      throws Exception {
    assertEquals(List.of("الشيخ عبده قاسم الحرازي", "سالم الرميثي", "منذر العلي", "مركز مقديشو للبحوث والدراسات"),
        speakers("البن",
            "وفي مديرية حراز، يقف الشيخ عبده قاسم الحرازي بين مدرجات زرعها بأشجار البن.",
            "ويختم الشيخ عبده حديثه وهو يقطف حبات البن: «أجدادنا صدروا البن من ميناء المخا».",
            "ويختصر الصياد الستيني سالم الرميثي علاقة أهل الساحل بالقرم بالقول:",
            "“السمك عاد إلى الخيران منذ توسعت الغابات”.",
            "وقال الروائي والناقد السوري منذر العلي إن \"كثيرا من الكتب أصبحت معروضة\".",
            "وحذرت دراسة أصدرها مركز مقديشو للبحوث والدراسات من أن \"اعتماد الاقتصاد على الدولار يحرم البنك "
                + "المركزي من أدواته\"."));
  }

  @Test
  void aOneWordNicknameBeforeTheSpeech_andAVerseAfterAColon_areNoQuotations_andFatahatCountsItsFigure()
      throws Exception {
    List<ExtractedFact> facts = facts("المعرض",
        "ويعمل مع الحرازي شاب عشريني يدعى فهد المقطري، يلقبه أهل القرية «الدكتور».",
        "ويقول «الدكتور» مبتسما إن «تجفيف الحبوب رفع سعر الكيلوغرام».",
        "وعلى الواجهة علقت لافتة تحمل بيتا للشاعر نزار قباني: \"هذي دمشق وهذي الكأس والراح\".",
        "وفتحت الشركة 3 نقاط جديدة لشراء الذهب.");
    assertEquals(List.of("تجفيف الحبوب رفع سعر الكيلوغرام"), facts.stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).map(ExtractedFact::text).toList());
    assertEquals(List.of("3 نقاط"), facts.stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.FIGURE).map(ExtractedFact::text).toList());
  }

  @Test
  void aNicknameAfterOr_aPost_aStatementItsIssuerPublished_andARoleThatReturnsWithAPurposiveVerb() throws Exception {
    assertEquals(List.of("سعاد الجبوري", "حيدر الموسوي", "الاتحاد الكويتي لكرة القدم", "الاتحاد الكويتي لكرة القدم",
            "جوزيه ماريا فيريرا", "جوزيه ماريا فيريرا"), speakers("الكهرباء",
        "وفي الحي، تجلس سعاد الجبوري، أو \"أم أحمد\" كما يناديها الجيران، على عتبة البيت.",
        "تقول أم أحمد: \"ندفع لصاحب المولدة 25 ألف دينار عن كل أمبير\".",
        "وكتب عضو مجلس محافظة البصرة حيدر الموسوي على منصة إكس: \"أربعة ملايين إنسان يدفعون ثمن سوء التخطيط\".",
        "وأصدر الاتحاد الكويتي لكرة القدم بيانا أكد فيه أن \"أي ناد لم يسدد مستحقات لاعبيه سيحرم من التسجيل\".",
        "وأضاف البيان أن \"لجنة أوضاع اللاعبين تلقت 17 شكوى\".",
        "وقال مدرب القادسية البرتغالي جوزيه ماريا فيريرا في مؤتمر صحفي إن \"سانتوس يمنحنا حلولا هجومية\".",
        "وعاد المدرب البرتغالي ليؤكد أن \"الضغط الجماهيري جزء من اللعبة\"."));
  }

  @Test
  void quotationsInARow_onTheTongueOf_aSubjectAfterGhayrAnna_andARelativeClauseOfTheFirstSubject() throws Exception {
    assertEquals(List.of("إبراهيم كوليبالي", "إبراهيم كوليبالي", "محمد يوسف الشاذلي", "الدكتورة منى فتحي",
            "الدكتورة منى فتحي", "جمعية المودعين ورابطة المودعين"), speakers("المهاجرون",
        "«دفعت 1500 دينار للمهرب ولم يأت القارب». «لن أعود إلى بلدي خالي اليدين». بهذه الجمل القصيرة يلخص إبراهيم "
            + "كوليبالي، وهو شاب من ساحل العاج، حكايته.",
        "وجاء على لسان مدير منطقة آثار سقارة، محمد يوسف الشاذلي، أن \"الموقع لم يكشف بعد إلا عن جزء من أسراره\".",
        "غير أن أستاذة الآثار المصرية بجامعة القاهرة الدكتورة منى فتحي حذرت من \"الاستعجال في الإعلان عن "
            + "الاكتشافات قبل دراستها علميا ونشرها في الدوريات\".",
        "وأضافت: \"الاكتشاف الحقيقي يبدأ بعد انتهاء المؤتمر الصحفي\".",
        "ورحبت جمعية المودعين ورابطة المودعين، في بيان مشترك، بالحكم الذي وصفتاه بأنه “انتصار للحق على منطق الأمر "
            + "الواقع”، ودعتا المودعين إلى توثيق ملفاتهم."));
  }

  @Test
  void aFamilyNameEndsTheNameBeforeItsObject_aDescriptionThatReturns_andTheLastRankOfARole() throws Exception {
    assertEquals(List.of("المهندس سعيد بن حمد الحارثي", "الشيخ ناصر بن علي الكندي", "الشيخ ناصر بن علي الكندي",
            "سالم بن خميس العبري", "الدكتورة مريم بنت سعيد الرواحي"), speakers("الأفلاج",
        "وقال المدير العام للموارد المائية، المهندس سعيد بن حمد الحارثي، إن \"الوزارة خصصت 18 مليون ريال\".",
        "وفي حارة العقر، يتفقد عريف الفلج الشيخ ناصر بن علي الكندي الساقية كل صباح، ويوزع حصص المياه.",
        "يقول الكندي وهو يشير إلى مجرى الماء الضعيف: \"كان الفلج يسقي نخيل الحارة كلها\".",
        "ويضيف العريف أن \"الشباب يهاجرون إلى مسقط للعمل في الوظائف\".",
        "ويملك المزارع سالم بن خميس العبري مزرعة تضم 350 نخلة.",
        "\"لجأنا إلى حفر بئر على نفقتنا\"، يقول العبري.",
        "وتعتقد الباحثة في هندسة الموارد المائية بجامعة السلطان قابوس الدكتورة مريم بنت سعيد الرواحي أن "
            + "\"الأفلاج نظام هندسي واجتماعي\"."));
  }

  @Test
  void slogansJoinedByWa_areTerms_andANicknamingWordThatOpensAParagraph_isNoError() throws Exception {
    List<ExtractedFact> facts = facts("الاحتجاج",
        "ورفع المتضررون لافتات كتب عليها «بغينا ديورنا» و«لا للإفلات من العقاب أبدا في هذه القضية».",
        "المعروف بأبي وائل بين زملائه يعمل في الميناء.",
        "يلقبه أهل الحي \"الدكتور\" منذ سنوات.");
    assertEquals(List.of(), facts.stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList());
  }

  @Test
  void aQuotationParagraphTheNextAttributes_aSurnameThatIsARank_andFirstNamesWrittenInFullBefore() throws Exception {
    assertEquals(List.of("الدكتورة رنا الحاج", "مايا خوري", "الدكتورة رنا الحاج", "أمينة بن عودة", "ميرسك",
            "كريم حمادي"), speakers("الجامعة",
        "وقالت رئيسة اللجنة، الدكتورة رنا الحاج، إن \"الأستاذ المتعاقد يتقاضى 600 دولار\".",
        "\"لا أملك المال لأنتقل إلى جامعة خاصة، فقسط الفصل يفوق ما يجنيه أبي\".",
        "بهذه الكلمات عبرت مايا خوري، الطالبة في كلية العلوم، عن خوفها.",
        "وعادت الحاج لتؤكد أن الأساتذة \"لا يريدون معاقبة الطلاب\".",
        "في وهران، تدير أمينة بن عودة منصة رقمية لحجز مواعيد الأطباء.",
        "وتقول أمينة لـ«الخبر»: «أصعب ما في الأمر لم يكن التمويل».",
        "وأعلنت شركات، بينها ميرسك الدنماركية، تعليق مرور سفنها.",
        "وقالت ميرسك في بيان إن «جميع السفن سيعاد توجيهها حول أفريقيا».",
        "ويشكو كريم حمادي، مؤسس شركة ناشئة، من صعوبة الدفع بالعملة الصعبة، ويقول إن «المبلغ المسموح لا يكفي»."));
  }

  @Test
  void aStatementAnAgencyCarried_aSentencesSpeakerGoesOn_andVerbsOfPurposeAfterARole() throws Exception {
    assertEquals(List.of("وزارة اقتصاد المعرفة", "وزارة اقتصاد المعرفة", "الدكتور عمر حسن الطيب",
            "الدكتورة شيخة بنت علي الرواحية", "الدكتورة شيخة بنت علي الرواحية", "الدكتور سالم الهنائي",
            "الدكتور سالم الهنائي", "هالة بن عامر", "هالة بن عامر"), speakers("الصحة",
        "وأعلنت وزارة اقتصاد المعرفة، في بيان نقلته وكالة الأنباء الجزائرية، أن «نصا تنظيميا جديدا قيد الإعداد».",
        "وأشار البيان إلى أن «الجزائر تطمح إلى بلوغ 20 ألف مؤسسة ناشئة».",
        "ويضيف الدكتور عمر حسن الطيب أن العيادة تستقبل يوميا أكثر من 300 مريض، أغلبهم من الأطفال، ويتابع: \"نفدت "
            + "لدينا المحاليل الوريدية\".",
        "وتوضح الدكتورة شيخة بنت علي الرواحية، استشارية الأمراض المعدية، أن \"الأعراض تظهر بعد أيام\".",
        "وتحذر الرواحية من تناول المسكنات دون استشارة طبية، قائلة: “الأسبرين قد يزيد خطر النزيف”.",
        "وقال مدير عام الخدمات الصحية الدكتور سالم الهنائي إن “الفرق تعمل على مدار الساعة”.",
        "وعاد مدير عام الخدمات الصحية ليطمئن السكان بأن “الوضع تحت السيطرة”.",
        "وقالت هالة بن عامر، الباحثة في منظمة محامون من أجل العدالة، إن \"التمويل الأوروبي يجعل الاتحاد شريكا\".",
        "وطالبت بن عامر بإخضاع المراكز لرقابة مستقلة، مشيرة إلى أن \"منظمات الإغاثة لا تستطيع الوصول\"."));
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
  void anAgencyWithAQuotedAcronym_aLongLinkedName_aCoachWithHisPossessive_andTheVerbBayyana() throws Exception {
    assertEquals(List.of("المهندس فهد بن ناصر العتيبي", "عبد الله بن سعد الخريجي", "عبد الرحيم التازي",
            "عبد الرحيم التازي", "الدكتور حسن شيخ عمر"), speakers("المطار",
        "ونقلت وكالة الأنباء السعودية “واس” عن نائب الرئيس للعمليات، المهندس فهد بن ناصر العتيبي، قوله إن “الشركة "
            + "ستبدأ رحلاتها قريبا”.",
        "وقال المتحدث الرسمي باسم الهيئة، عبد الله بن سعد الخريجي، في تصريح لـ“عكاظ”، إن “المطار يعمل بطاقة "
            + "تفوق طاقته”.",
        "ويرى مدربه عبد الرحيم التازي، الذي يشرف على تكوينه، أن «أيوب يملك ذاكرة قوية».",
        "وتابع المدرب أن اللاعبين «يحتاجون إلى المشاركة في دوريات مغلقة بالخارج».",
        "وبين مدير قسم الطوارئ، الدكتور حسن شيخ عمر، أن \"القسم يستقبل يوميا 15 مصابا\"."));
  }

  @Test
  void groups_aRankAndSurname_ownWordsAfterTheQuotation_andAVerbInsideADescription() throws Exception {
    assertEquals(List.of("متقاعدون", "سائقون في سوق بكارو", "المهندس سامر الخطيب", "المهندس سامر الخطيب",
            "المهندس سامر الخطيب", "نجلاء البرعصي", "سهام العبادي"), speakers("التقاعد",
        "ويقول متقاعدون التقتهم \"الغد\" إن رواتبهم \"لم تعد تغطي فواتير الكهرباء والدواء وأقساط البنوك\".",
        "ويقول سائقون في سوق بكارو إن \"الحصول على رخصة يستغرق أسابيع\".",
        "وقال مدير التسويق، المهندس سامر الخطيب، إن \"التعرفة السابقة لم تعد تغطي الكلفة\".",
        "وأضاف المهندس الخطيب أن الشركة \"تعمل على استبدال الكابلات النحاسية القديمة\".",
        "ويرى الخطيب أن المشروع يتأخر، \"وهذا الرقم يتطلب تفكيرا مختلفا في الإدارة\"، بحسب تعبيره.",
        "وتقول نجلاء البرعصي، وهي محامية تتابع قضايا موقوفين، إن \"الحبس الاحتياطي تحول إلى عقوبة مسبقة\".",
        "وقالت سهام العبادي إنها تعمل في متجر، \"حتى لا أمد يدي لأحد من الناس في هذه الظروف\"، كما قالت."));
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
  void aSubjectAfterAPlace_aMannerOpeningTheNextParagraph_aLetterItsAssociationSent_andAnEngineerInAField()
      throws Exception {
    assertEquals(List.of("عبد الستار الفراتي", "محمد لخضر بوعلام", "جمعية تجار حي العثمانية", "نسيمة بلقاسمي",
            "نسيمة بلقاسمي"), speakers("الترامواي",
        "وسط غابة زيتون بمنطقة الحنشة، يشرف عبد الستار الفراتي على عمال يجنون الحبات، ويقول: \"الصابة باهية\".",
        "\"منذ ثمانية أشهر لا يكاد يدخل المحل زبون، والكراء يدفع كل شهر\".",
        "بمرارة يلخص محمد لخضر بوعلام، صاحب محل بحي العثمانية، ما آلت إليه تجارته.",
        "وجاء في رسالة وجهتها جمعية تجار حي العثمانية إلى الوالي أن \"الأشغال تحولت إلى عقوبة جماعية\".",
        "وترى المهندسة في التخطيط العمراني، نسيمة بلقاسمي، أن المشروع \"سيغير طريقة تنقل الوهرانيين\".",
        "وتدعو بلقاسمي إلى تشجيع النقل العام، معتبرة أن الأزمة \"لن تنتهي ما دامت الحافلات قليلة في الأحياء\"."));
  }

  @Test
  void aDirectorNamedAfterHisRole_chantsAndVersesAfterTheirNouns_aNicknameKnownAs_andAnOfficerInAUnit()
      throws Exception {
    List<ExtractedFact> quotes = facts("الألغام",
        "وقال مخرج العرض، شريف الدمرداش، لـ\"مصراوي\" إن أعضاء الفرقة \"تلقوا الحكم بفرحة كبيرة\".",
        "وارتدى عداؤون قمصانا طبعت عليها عبارة محمود درويش «على هذه الأرض ما يستحق الحياة»، فيما ردد أطفال هتاف "
            + "«بالروح بالدم نفديك يا فلسطين».",
        "وقال ضابط في فوج الهندسة لـ\"الأخبار\" إن \"الفرق تعمل يوميا من الفجر حتى المغيب\".",
        "\"نحن لا نخاف من الزرع، نخاف مما تحت التراب\"، يقول الحاج حسين فقيه وهو يشير إلى حقله.",
        "ويعرف الرجل في البلدة باسم \"أبو علي\"، وقد زرع هذه الأرض طوال 40 عاما.",
        "ويضيف أبو علي أن \"شتول التبغ يجب أن تزرع قبل نهاية أيار\".",
        "الدكتور مأمون عبد الرحيم، مدير مستشفى بشائر، قال لراديو دبنقا إن المستشفى “يستقبل يوميا أكثر من 50 حالة”.")
        .stream().filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("شريف الدمرداش", "ضابط في فوج الهندسة", "الحاج حسين فقيه", "الحاج حسين فقيه",
        "الدكتور مأمون عبد الرحيم"), quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void roleOfSomeonesRole_thenAName_isTheNamedPerson() throws Exception {
    assertEquals(List.of("معتصم آدم النور", "معتصم آدم النور"), speakers("الوسطاء يواصلون الاتصالات",
        "في المقابل، قال المستشار السياسي لقائد قوات الدعم السريع معتصم آدم النور إن قواته \"قبلت بكل مقترحات "
            + "الوسطاء\"، وأضاف: \"من يعرقل وصول الغذاء إلى الناس هو من يقصف الأسواق بالطيران\"."));
  }

  @Test
  void theStatement_afterAStatementQuotedAsItself_isThatStatement() throws Exception {
    assertEquals(List.of("بيان مشترك للوسطاء", "بيان مشترك للوسطاء"), speakers("المحادثات تنتهي دون اتفاق",
        "انتهت جولة جديدة من المحادثات بين الجيش السوداني وقوات الدعم السريع دون التوصل إلى اتفاق.",
        "وجاء في بيان مشترك للوسطاء، صدر عقب انتهاء المحادثات في مدينة جدة: «نأسف لعدم تمكن الطرفين من "
            + "الاتفاق على آلية لإيصال المساعدات».",
        "وأضاف البيان أن «الوسطاء سيواصلون اتصالاتهم مع الطرفين لضمان فتح المعابر في أقرب وقت»."));
  }

  @Test
  void surnameAlone_afterADescriptionAndTheFullName_isTheFullName() throws Exception {
    assertEquals(List.of("بيتر كيبروتيتش"), speakers("كيبروتيتش يتوج بلقب الماراثون",
        "توج العداء الكيني بيتر كيبروتيتش بلقب النسخة الرابعة من ماراثون جدة الدولي.",
        "وقطع كيبروتيتش مسافة السباق متقدما على مواطنه صامويل كيتور بفارق 38 ثانية.",
        "وقال كيبروتيتش (27 عاما) للصحفيين عقب السباق: «الرطوبة كانت صعبة في آخر 10 كيلومترات»."));
  }

  @Test
  void personIntroducedByKanaQad_isWhoTheNextUnnamedVerbMeans() throws Exception {
    assertEquals(List.of("أحمد علي", "الدكتور ماجد الحلفي"), speakers("الكوليرا في البصرة",
        "وقال مدير الصحة العامة أحمد علي: \"الوضع تحت السيطرة\".",
        "وكان مدير دائرة صحة البصرة الدكتور ماجد الحلفي قد تفقد صباح اليوم ردهة العزل في مستشفى البصرة "
            + "التعليمي، حيث يرقد ١١ مصابا بينهم أطفال.",
        "وقال للصحفيين: \"خصصنا ٤ مستشفيات لاستقبال حالات الإسهال الحاد\"."));
  }

  @Test
  void groupsAndUnnamedSources_keepTheWordsThatSayWhoTheyAre() throws Exception {
    assertEquals(List.of("ذوو مرضى في مستشفى الكندي ببغداد", "أولياء تلاميذ في ولاية البليدة",
        "متطوعون في غرفة الطوارئ بحي الرديف", "نازحين في مخيم زمزم", "مصدر قضائي مطلع", "مسؤول أردني رفيع",
        "مصدر مطلع على سير المفاوضات"), speakers("شهادات من الميدان",
        "وقال ذوو مرضى في مستشفى الكندي ببغداد: «كنا نشتري الأدوية من الصيدليات الخاصة».",
        "وقال أولياء تلاميذ في ولاية البليدة: «نسمع على مواقع التواصل أن اللقاح يسبب مضاعفات».",
        "وقال متطوعون في غرفة الطوارئ بحي الرديف: “نحن نحفر المراحيض وننقل المرضى بعربات الكارو”.",
        "ونقلت وكالة رويترز عن نازحين في مخيم زمزم قولهم إن \"الناس يأكلون أوراق الشجر\".",
        "وقال مصدر قضائي مطلع، طلب عدم الكشف عن اسمه، إن \"المدان اعترف بذلك أمام قاضي التحقيق\".",
        "وقال مسؤول أردني رفيع، طلب عدم ذكر اسمه: «الإنزال الجوي رسالة تضامن، لكنه لا يكفي».",
        "وقال مصدر مطلع على سير المفاوضات إن \"وفد الجيش طالب بضمانات مكتوبة\"."));
  }

  @Test
  void ageAfterAVerbAndASurname_andASurnameWithTheArticle_areTheFullNames() throws Exception {
    assertEquals(List.of("بيتر كيبروتيتش", "بيتر كيبروتيتش", "نورة العتيبي"), speakers("ماراثون جدة",
        "توج العداء الكيني بيتر كيبروتيتش بلقب النسخة الرابعة من ماراثون جدة الدولي.",
        "وقال كيبروتيتش (27 عاما) للصحفيين عقب السباق: «الرطوبة كانت صعبة في آخر 10 كيلومترات».",
        "وأضاف: “الجمهور في جدة كان رائعا، الناس كانوا يصفقون لنا على طول الكورنيش”.",
        "وفي فئة السيدات، تصدرت السعودية نورة العتيبي ترتيب العداءات السعوديات في سباق نصف الماراثون.",
        "«كنت أركض وأفكر في كل فتاة سعودية تتمنى أن تقف مكاني»، قالت العتيبي التي بدأت الجري قبل أربع سنوات."));
  }

  @Test
  void nameSetOffAfterADescriptionOrARank_isTheSpeaker_withTheRank() throws Exception {
    assertEquals(List.of("ليلى بن سالم", "الكابتن فؤاد ناصر باعلوي"), speakers("افتتاح المهرجان",
        "وقالت رئيسة لجنة التحكيم، المخرجة التونسية ليلى بن سالم، في كلمة الافتتاح: «السينما الأفريقية لم تعد "
            + "تنتظر اعتراف الآخرين».",
        "وقال نائب المدير العام للمؤسسة، الكابتن فؤاد ناصر باعلوي، إن \"الميناء استقبل هذا العام سفنا جديدة\"."));
  }

  @Test
  void nameAfterTheQuotation_describedAfterwards_isTheNameAlone() throws Exception {
    assertEquals(List.of("الهادي بن عمر"), speakers("مهرجان قرطاج",
        "«دفعت 160 دينارا ثمنا للتذاكر، وهذا مبلغ كبير بالنسبة لأستاذ متقاعد مثلي»، يقول الهادي بن عمر القادم "
            + "من مدينة نابل لحضور السهرة الافتتاحية برفقة ابنته."));
  }

  @Test
  void aMillionWithoutDigits_andBimaYuqarib_areFigures_butNotHalfAMillionOrANamedCampaign() throws Exception {
    List<String> figures = facts("التذاكر",
        "ودخل المنصة أكثر من مليون مستعمل، وتباع الصفيحة بما يقارب 550 شيكلا، فيما زار المعرض نصف مليون "
            + "شخص ضمن مبادرة \"100 مليون صحة\".")
        .stream().filter(f -> f.kind() == ExtractedFact.Kind.FIGURE)
        .map(f -> f.text() + " " + (long) f.figure().value() + " " + f.figure().bound()).toList();
    assertEquals(List.of("أكثر من مليون مستعمل 1000000 MORE_THAN", "بما يقارب 550 شيكلا 550 ABOUT"), figures);
  }

  @Test
  void verbalNounAfterAName_isNotPartOfIt_andAShortNegatedClauseIsSpeech() throws Exception {
    List<ExtractedFact> quotes = facts("الدفاع يطعن في الحكم",
        "وأعلن محامي المتهم طارق عبد الحميد عزمه الطعن على الحكم، وقال: «الحكم قاس ولم يراع الوقائع».",
        "وأشار عبد الحميد إلى أن الدفاع قدم مستندات كثيرة، لكن المحكمة \"لم تلتفت إليها\".",
        "ووصف المحامي الحكم بأنه \"درس قاس\" للمقاولين.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.QUOTE).toList();
    assertEquals(List.of("الحكم قاس ولم يراع الوقائع", "لم تلتفت إليها"),
        quotes.stream().map(ExtractedFact::text).toList(), "a short quotation without a negated verb is a term");
    assertEquals(List.of("طارق عبد الحميد", "طارق عبد الحميد"),
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
  void anOrganizationReferredToByItsHeadNoun_isTheOneNamedBefore() throws Exception {
    assertEquals(List.of("برنامج الأغذية العالمي"), speakers("القافلة",
        "أعلن برنامج الأغذية العالمي التابع للأمم المتحدة وصول قافلة إلى المخيم.",
        "وقال البرنامج في بيان إن \"القافلة قطعت مسافة طويلة في الصحراء\"."));
    assertEquals(List.of("منظمة الأغذية والزراعة"), speakers("القمح",
        "وتقول منظمة الأغذية والزراعة إن الإنتاج تراجع.",
        "وقالت المنظمة الأممية في تقرير إن \"نحو 2.5 مليون هكتار تضررت من الجفاف\"."));
    assertEquals(List.of("منظمة الأغذية والزراعة"), speakers("القمح",
        "وقالت منظمة الأغذية والزراعة التابعة للأمم المتحدة في تقرير إن \"الإنتاج تراجع بشدة\"."));
  }

  @Test
  void aParticipleAfterAVerbAndASurname_isThePersonNamedBefore() throws Exception {
    assertEquals(List.of("ماركوس فيلدمان", "سلطة المياه", "ماركوس فيلدمان"), speakers("المساعدات",
        "وقال المدير القطري للبرنامج في السودان، ماركوس فيلدمان، إن \"القافلة مهمة جدا للنازحين\".",
        "وقالت سلطة المياه في بيان إن \"الحصة قليلة جدا هذا العام\".",
        "ودعا فيلدمان الأطراف المتحاربة إلى تسهيل وصول القوافل، قائلا: \"نحتاج إلى ممرات آمنة ومفتوحة\"."));
    assertEquals(List.of("المهندس أحمد الزعتري", "سلطة المياه الفلسطينية", "المهندس أحمد الزعتري"), speakers("المياه",
        "وقال مدير دائرة المياه المهندس أحمد الزعتري إن \"الضخ سيستمر طوال الأسبوع\".",
        "أما سلطة المياه الفلسطينية فقالت في بيان إن \"حصة الفرد قليلة جدا\".",
        "وعاد الزعتري ليناشد المواطنين التعاون مع طواقم البلدية، قائلا: \"نطلب من الجميع ترشيد الاستهلاك\"."));
  }

  @Test
  void aSubjectBeforeItsVerb_withoutAComma_isTheSpeaker_andTheOutletSpokenToIsNot() throws Exception {
    assertEquals(List.of("محمود سليمان", "محمود سليمان"), speakers("المترو",
        "وأعلنت الشركة المصرية لإدارة وتشغيل المترو أن الأسعار ثابتة.",
        "المتحدث باسم الشركة محمود سليمان أكد لـ\"اليوم السابع\" أن \"الاشتراكات الشهرية ستسري على الامتداد\".",
        "وكانت الشركة قد أعلنت الأسعار. سليمان قال للصحفيين إن \"التشغيل يبدأ غدا\"."));
    assertEquals(List.of("عادل الشعيبي"), speakers("الأسعار",
        "عادل الشعيبي، رئيس الغرفة التجارية في عدن، قال لـ«عدن الغد» إن «الأسعار ارتفعت بنسبة 25% منذ بداية العام»."));
  }

  @Test
  void anOrganizationBeforeTheObjectOfItsVerb_andWhatARulingSays() throws Exception {
    assertEquals(List.of("الجمعية الأردنية للوقاية من حوادث الطرق"), speakers("المخالفات",
        "ورحبت الجمعية الأردنية للوقاية من حوادث الطرق بالتعديلات، وقالت في بيان إن «تشديد العقوبات خطوة ضرورية»."));
    assertEquals(List.of("الحكم"), speakers("الودائع",
        "وكان المودع قد تقدم بدعواه في تشرين الأول 2023.",
        "وجاء في الحكم أن «امتناع المصرف عن تسديد الوديعة يشكل إخلالا بموجباته»."));
  }

  @Test
  void aFirstNameAlone_afterTheFullNameEarlierInTheSameParagraph() throws Exception {
    assertEquals(List.of("فاطمة آدم إسحاق"), speakers("النازحون",
        "وفي أحد مراكز التوزيع، وقفت فاطمة آدم إسحاق في طابور طويل منذ الفجر. تقول فاطمة، التي فرت من الفاشر: "
            + "\"مشينا أربعة أيام على الأقدام\"."));
  }

  @Test
  void squareAndCubicUnits_areUnitsOfTheirOwn() throws Exception {
    List<String> figures = facts("المساحة", "تبلغ مساحة الشقة 400 متر مربع، وتضخ البلدية نحو ٤٥ ألف متر مكعب "
        + "يوميا، وتغطي الغابة 12 كيلومترا مربعا، على بعد 5 أمتار من النهر.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.FIGURE).map(f -> f.figure().value() + " " + f.figure().unit())
        .toList();
    assertEquals(List.of("400.0 متر مربع", "45000.0 متر مكعب", "12.0 كيلومترا مربعا", "5.0 أمتار"), figures);
  }

  @Test
  void aVerbOrAQuotationWithNoSpeaker_afterASentenceThatNamedOne_isThatSentencesSubject() throws Exception {
    String before = "وتساءلت النائبة سناء الشرقاوي: «من يضمن أن صاحب المخبز لن يرفع سعر الرغيف؟».";
    assertEquals(List.of("النائبة سناء الشرقاوي", "المهندس طارق الدميري"), speakers("الخبز", before,
        "في المقابل، أيد رئيس لجنة الخطة والموازنة، المهندس طارق الدميري، الفكرة من حيث المبدأ. وقال: «الدعم "
            + "العيني بصورته الحالية لم يعد قابلا للاستمرار»."));
    assertEquals(List.of("النائبة سناء الشرقاوي", "ياسر عبد المقصود"), speakers("الخبز", before,
        "أما عضو المجلس عن حزب المصريين الأحرار، ياسر عبد المقصود، فطالب بتأجيل التصويت على المبدأ. «لا يصح أن "
            + "نصوت على مبدأ لم نر تفاصيله، ولا أن نجرب في قوت الناس»، بحسب ما قال في كلمته."));
    assertEquals(List.of("النائبة سناء الشرقاوي", "المستشار رضا عبد الحكيم"), speakers("الخبز", before,
        "وتدخل وكيل المجلس، المستشار رضا عبد الحكيم، الذي أدار الجلسة، لتهدئة النقاش، قائلا إن «المجلس لن "
            + "يناقش أي مشروع قانون في هذا الشأن»."));
  }

  @Test
  void aQuotationThatOpensASentence_continuesTheOneReportedOnBefore() throws Exception {
    assertEquals(List.of("خالد عبد الله", "الدكتور نزار الصائغ", "فتحي العياري", "أمادو"), speakers("الموصل",
        "يقول النجار خالد عبد الله (47 عاما) إنه كان يملك ورشة ورثها عن جده. «بدأت من الصفر، بمنشار يدوي وطاولة "
            + "مستعارة».",
        "وتثير هذه المسألة قلق المعنيين. فالدكتور نزار الصائغ، أستاذ العمارة في جامعة الموصل، يرى أن «غياب ضوابط "
            + "واضحة للبناء يهدد المدينة القديمة».",
        "وقال المتحدث باسم المنتدى فتحي العياري إن الأرقام مقلقة.",
        "وكتب العياري بدوره على صفحته: «تراجع الوصول إلى لامبيدوزا لا يعني تراجع المأساة».",
        "«لا أستطيع أن أعود إلى أمي بيدين فارغتين»، يقول أمادو بفرنسية ممزوجة بعربية."));
  }

  @Test
  void aBareRole_isTheOneQuotedByName_whomTheTextDescribedSo() throws Exception {
    assertEquals(List.of("الدكتور هشام عبد الرؤوف", "الدكتور هشام عبد الرؤوف"), speakers("الخبز",
        "ووفقا للمقترح الذي عرضه وزير التموين والتجارة الداخلية، الدكتور هشام عبد الرؤوف، على النواب، سيحصل "
            + "كل فرد على مبلغ شهري.",
        "وقال عبد الرؤوف أمام الجلسة إن «الدولة تتحمل اليوم أكثر من 105 قروش في كل رغيف».",
        "وأضاف الوزير: «لن نطبق شيئا قبل حوار مجتمعي واسع»."));
  }

  @Test
  void surnamesThatLookLikeAMannerOrAPreposition_andTheNamesakeOfAUniversity() throws Exception {
    assertEquals(List.of("الحسين أوبلا", "الدكتورة نادية بنعلي", "الدكتورة نادية بنعلي"),
        speakers("الجفاف",
            "على أطراف المدينة، يمر الحسين أوبلا بين صفوف أشجار برتقال يابسة.",
            "«حفرت البئر على عمق 80 مترا في التسعينيات»، يقول أوبلا (58 عاما).",
            "فالدكتورة نادية بنعلي، الباحثة في الهيدرولوجيا بجامعة ابن زهر في أكادير، ترى أن «الفرشة المائية "
                + "تستنزف منذ عقود».",
            "وتشير الباحثة إلى أن منسوب الفرشة ينخفض كل عام.",
            "وترى بنعلي أن هذه الهجرة «الوجه الآخر لأزمة الماء، فحين تجف البئر تفرغ القرية»."));
  }

  @Test
  void aParticiple_goesOnWithTheSentencesFirstSpeaker_andARelativeClauseWithTheOneBeforeIt() throws Exception {
    assertEquals(List.of("المهندس عماد الزعبي", "المهندس هايل العدوان", "المهندس هايل العدوان",
        "المهندس عماد الزعبي", "المهندس هايل العدوان"), speakers("الناقل",
        "وقال وزير المياه والري، المهندس عماد الزعبي، إن «الناقل الوطني ليس خيارا، بل مسألة بقاء».",
        "وفي مجلس النواب، قال رئيس لجنة الزراعة والمياه، المهندس هايل العدوان، إن اللجنة ستستدعي الحكومة «لمناقشة "
            + "تفاصيل اتفاقيات التمويل وأثرها على الدين العام»، مؤكدا دعمه للمشروع «شرط ألا يتحول إلى عبء على الأجيال».",
        "وقال الزعبي إن «الحكومة ستتحمل فرق الكلفة كاملا».",
        "ولم يقنع هذا التطمين العدوان، الذي قال في تصريح لاحق: «نريد أن نرى الأرقام مكتوبة في الموازنة»."));
  }

  @Test
  void anOrganizationEndsAtItsPlace_andAnUnnamedSourceKeepsItsAdjectiveAndPlace() throws Exception {
    assertEquals(List.of("تجمع الشركات المستوردة للنفط"), speakers("المحروقات",
        "من جهته، قال تجمع الشركات المستوردة للنفط في بيان إن «الكميات الموجودة في الخزانات كافية»."));
    assertEquals(List.of("مؤسسة كهرباء لبنان"), speakers("الكهرباء",
        "من جهتها، عزت مؤسسة كهرباء لبنان تراجع التغذية إلى تأخر فتح الاعتمادات، وقالت في بيان إنها «تعمل وفق "
            + "خطة تقنين طارئة»."));
    assertEquals(List.of("صاحب مخبز بلدي في حي شبرا"), speakers("الخبز",
        "ويقول صاحب مخبز بلدي في حي شبرا، فضل عدم ذكر اسمه، إن المخابز غير مطمئنة للتحول، «لأننا لا نعرف هل "
            + "سيستمر دعم الدقيق لنا»."));
  }

  @Test
  void compoundNumbers_aThousandAlone_aFigureAfterAColon_butNotAPlansYear() throws Exception {
    List<String> figures = facts("الكوليرا", "سجلت المحافظات 41 ألفا و300 حالة، وكتب الطبيب: «في الحديدة: 60 سريرا "
        + "عند 10:30 صباحا»، وقالت سارة: «أدفع ألف ريال للمواصلات»، فيما بلغ العدد مليونين و500 ألف نسمة. "
        + "وتستهدف رؤية السعودية 2030 رفع نسبة المشاركة.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.FIGURE).map(f -> f.figure().value() + " " + f.figure().unit())
        .toList();
    assertEquals(List.of("41300.0 حالة", "60.0 سريرا", "1000.0 ريال", "2500000.0 نسمة"), figures);
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
  void aVerbOfPurposeAfterAName_anObjectPronounAfterBihasbima_andASideBeforeTheFirstVerb() throws Exception {
    assertEquals(List.of("يوسف عبد الرحيم قبها", "سالم بن خميس الفارسي", "أيمن الشريف"), speakers("الزيتون",
        "وقال المزارع يوسف عبد الرحيم قبها إن الموسم صعب.",
        "ويعود يوسف ليشرح: «الأرض تحتاج إلى حراثة وتقليم طوال العام».",
        "ويستغرق بناء السفينة ثمانية أشهر، بحسب ما يوضحه سالم بن خميس الفارسي، مالك الورشة.",
        "وقال الفارسي إن «خشب الساج نستورده من الهند».",
        "وأقال النادي المدرب أيمن الشريف بعد الخسارة.",
        "من جهته، ودع الشريف لاعبي الفريق برسالة على إنستغرام، كتب فيها: «أشكر كل لاعب قاتل معي»."));
  }

  @Test
  void aNicknameGivenInARelativeClause_isTheSurnamesOwner() throws Exception {
    assertEquals(List.of("علي حسن الزبيدي", "الحاج عبده محمد فقيرة", "علي حسن الزبيدي"), speakers("الصيادون",
        "وقال الصياد علي حسن الزبيدي إن «البحر غدار».",
        "وقال الحاج عبده محمد فقيرة إن «القوارب تحطمت».",
        "ويقول الزبيدي، الذي يعرفه صيادو الميناء باسم \"أبو ناصر\"، إن الريح اشتدت.",
        "أبو ناصر، من جهته، يشرح أن المحرك يحتاج إلى قطع غيار، «وهذا مبلغ لا يملكه أي صياد في الحديدة»."));
  }

  @Test
  void theDefenceSetOffByTheLawyersName_isTheLawyer() throws Exception {
    assertEquals(List.of("عبد اللطيف الوزاني"), speakers("الحكم",
        "في المقابل، اعتبر دفاع المتهم الرئيسي، المحامي عبد اللطيف الوزاني، في تصريح لهسبريس، أن الحكم «قاس ولم "
            + "يأخذ بعين الاعتبار الوثائق»."));
  }

  @Test
  void definiteOrganizationEndingInAlef_isTheSpeaker_notTheMannerOfSpeaking() throws Exception {
    assertEquals(List.of("الأونروا"), speakers("غزة",
        "وفي منشور على منصة إكس، قالت الأونروا إن \"مخزون الوقود لدى الوكالة يكفي بالكاد ثلاثة أيام\"."));
  }

  @Test
  void organizationByAnotherAlias_isNamedAsWritten() throws Exception {
    assertEquals(List.of("يونيسف"), speakers("غزة",
        "وحذرت منظمة الأمم المتحدة للطفولة من أن توقف محطات التحلية يهدد الأطفال.",
        "وقالت يونيسف في بيان: \"الأطفال في غزة لا يموتون تحت القصف فقط\"."));
  }

  @Test
  void pluralInTheConstructState_andAPluralWithItsVerb_areGroups() throws Exception {
    assertEquals(List.of("مرافقو المرضى", "سكان"), speakers("غزة",
        "وقال مرافقو المرضى إن «الممرضين يستخدمون مصابيح الهواتف المحمولة لتغيير الضمادات ليلا».",
        "«صرنا نشتري الدقيق بالكيلو بعد أن كنا نشتريه بالكيس»، قال سكان تحدثوا للجزيرة نت."));
  }

  @Test
  void unOfficial_isTheOneWhoseRoleNamesAUnBody_notTheGroupQuotedSince() throws Exception {
    assertEquals(List.of("مرافقو المرضى", "ماركو دي سانتيس"), speakers("غزة",
        "وأوضح مدير شؤون الأونروا في غزة، ماركو دي سانتيس، أن الوكالة تسلمت 23 ألف لتر فقط من الوقود.",
        "وقال مرافقو المرضى إن «الممرضين يستخدمون مصابيح الهواتف المحمولة لتغيير الضمادات ليلا».",
        "وقال المسؤول الأممي إن \"المشكلة ليست في توفر الوقود، بل في الإذن بإدخاله\"."));
  }

  @Test
  void roleAndNameSetOffBeforeTheVerb_afterGhayraAnna() throws Exception {
    assertEquals(List.of("عز الدين بن سالم", "منير الحاج علي"), speakers("الزيت",
        "وقال وزير الفلاحة عز الدين بن سالم إن «الموسم الحالي استثنائي من حيث الإنتاج».",
        "غير أن النائب عن كتلة «الوفاء للوطن» المعارضة، منير الحاج علي، اعتبر أن الأرقام المعلنة «تخفي حقيقة "
            + "مرة، وهي أن تونس ما زالت تبيع زيتها سائبا»."));
  }

  @Test
  void firstPersonSayingInAnAnswer_isTheOneAnswering() throws Exception {
    assertEquals(List.of("طارق الشناوي", "طارق الشناوي"), speakers("الإسماعيلي",
        "وللوقوف على حجم الأزمة، حاورت الجزيرة نت رئيس النادي الإسماعيلي طارق الشناوي، الذي تولى الرئاسة في ديسمبر.",
        "س: هل تفكرون في بيع لاعبين لتجاوز الأزمة؟",
        "ج: قلت لمجلس الإدارة من أول يوم: «لن نبيع أبناء النادي لسداد ديون لم نصنعها»."));
  }

  @Test
  void kanaWithAPresentVerb_namesTheSubject_andAnotherOfficeIsAnotherPerson() throws Exception {
    assertEquals(List.of("سعيد الكتبي", "مدير المشروع"), speakers("الفضاء",
        "وقال مدير عام المركز سعيد الكتبي إن «الإطلاق لحظة فخر لكل إماراتي».",
        "وتقول المهندسة إن الفريق عمل ليلا ونهارا. كان مدير المشروع يردد دائما: «لا يوجد في الفضاء شيء اسمه خطأ "
            + "صغير»."));
  }

  @Test
  void unnamedSourceSaidAgainAsDefinite_isTheSameSource() throws Exception {
    assertEquals(List.of("مصدر في وزارة المالية", "حيدر العبودي", "مصدر في وزارة المالية"), speakers("الموازنة",
        "وقال مصدر في وزارة المالية طلب عدم الكشف عن اسمه إن «الوزارة تحتاج شهريا إلى تريليونات الدنانير».",
        "«الحكومة مطالبة بإرسال جداول الموازنة»، قال عضو اللجنة المالية النيابية حيدر العبودي.",
        "وختم المصدر في وزارة المالية بالقول: «الرواتب مؤمنة حتى نهاية العام»."));
  }

  @Test
  void bareOrganizationHead_isTheOneAnEarlierParagraphNamedInFull() throws Exception {
    assertEquals(List.of("البنك الدولي"), speakers("الزلزال",
        "وقدر البنك الدولي في تقرير له الأضرار المادية المباشرة بخمسة مليارات دولار.",
        "وقال البنك إن «حلب تحملت وحدها 45% من إجمالي الأضرار»."));
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
  void pluperfectRoleWithQad_isTheRoleNamedBefore() throws Exception {
    assertEquals(List.of("الدكتور نادر العبادي", "الدكتور نادر العبادي"), speakers("التوجيهي",
        "وقال وزير التربية والتعليم الدكتور نادر العبادي إن «اللجنة تعمل على مدار الساعة».",
        "وكان الوزير قد أكد أن النتائج ستعلن في موعدها، وأن “تأخير الإعلان غير وارد إطلاقا”، على حد قوله."));
  }

  @Test
  void rankAndSurname_isTheFullName_evenAfterItWasMentionedSo() throws Exception {
    assertEquals(List.of("رشيد بلقاسمي", "رشيد بلقاسمي"), speakers("السيارات",
        "دشّن وزير الصناعة رشيد بلقاسمي، اليوم، مصنعا لتركيب السيارات في ولاية وهران.",
        "وقال الوزير بلقاسمي، في كلمة خلال حفل التدشين، إن \"هذا المصنع ليس مجرد خط تركيب\".",
        "وكان الوزير بلقاسمي قد استبق هذه التحفظات في كلمته، إذ تابع قائلا: \"لن نكرر أخطاء الماضي\"."));
  }

  @Test
  void quotedCompanyNameInTheRole_thenTheNameSetOff() throws Exception {
    assertEquals(List.of("سمير بن عيسى"), speakers("السيارات",
        "من جهته، أوضح الرئيس المدير العام لشركة «أطلس موتورز الجزائر»، سمير بن عيسى، أن \"أول سيارة ستخرج من خط "
            + "الإنتاج في سبتمبر المقبل\"."));
  }

  @Test
  void definiteRoleAsTopic_isThePersonDescribedSoBefore_notTheChildQuotedSince() throws Exception {
    assertEquals(List.of("الأستاذة آمنة إدريس أونور", "هبة", "الأستاذة آمنة إدريس أونور"), speakers("المدارس",
        "وفي مدرسة الختمية، وقفت مديرة المدرسة، الأستاذة آمنة إدريس أونور، عند البوابة منذ السابعة صباحا.",
        "وقالت الأستاذة آمنة للموقع: «كانت هذه الفصول حتى الشهر الماضي مأوى أكثر من 40 أسرة».",
        "وفي فناء المدرسة، كانت التلميذة هبة (11 عاما) تقلّب كتابا جديدا، وقالت: «اشتقت إلى صاحباتي».",
        "أما المديرة فقالت وهي تغلق البوابة: «اليوم كان بداية، والطريق ما زال طويلا»."));
  }

  @Test
  void topicWhoseNameStartsWithFa_isNotCutAtTheName() throws Exception {
    assertEquals(List.of("العميد منير الساحلي", "فتحي العياري"), speakers("الهجرة",
        "وقال المتحدث باسم الحرس الوطني، العميد منير الساحلي، إن «الوحدات البحرية تعمل على مدار الساعة».",
        "أما المتحدث باسم المنتدى التونسي للحقوق الاقتصادية والاجتماعية، فتحي العياري، فاعتبر أن «الأرقام الرسمية "
            + "لا تقول كل شيء»."));
  }

  @Test
  void nisbaOfAnOrganization_isThatOrganization_notASumBeforeADescription() throws Exception {
    assertEquals(List.of("البنك المركزي المصري", "البنك المركزي المصري"), speakers("الفائدة",
        "وقال البنك المركزي المصري في بيان إن \"القرار يعكس تقييم اللجنة لأحدث التطورات\".",
        "ووقعت مصر اتفاقا مع الإمارات بقيمة 35 مليار دولار، وهو أكبر استثمار أجنبي في تاريخها.",
        "وتابع المركزي في بيانه أن اللجنة \"ستواصل تقييم أثر قراراتها على الاقتصاد\"."));
  }

  @Test
  void unnamedPeopleDescribed_endBeforeWhatTheyDo() throws Exception {
    assertEquals(List.of("عامل إغاثة آخر", "شيخ عشيرة آخر", "موظف متقاعد"), speakers("الجفاف",
        "وأكد عامل إغاثة آخر يعمل مع منظمة محلية أن “العيادات سجلت أكثر من 2,300 حالة سوء تغذية”.",
        "“لم نر جفافا كهذا منذ عام 2011”، قال شيخ عشيرة آخر طلب عدم ذكر اسمه.",
        "ويقول موظف متقاعد يبلغ من العمر 60 عاما إن «اللجان تعمل بطاقة محدودة»."));
  }

  @Test
  void sourceThatWithholdsItsName_inAClauseSetOff_isTheSpeaker_notTheObjectAfterIt() throws Exception {
    assertEquals(List.of("مصدر عسكري في بورتسودان"), speakers("الذهب",
        "كما نفى مصدر عسكري في بورتسودان، طلب عدم الكشف عن هويته، أي صلة للجيش بعمليات التهريب، قائلا إن "
            + "«الشركات التي يذكرها التقرير تعمل وفق القانون»."));
  }

  @Test
  void participleAfterWhatSomeoneNamedRejected_isThatPersons() throws Exception {
    assertEquals(List.of("النائب مروان صعب", "حسن فحص"), speakers("الرئاسة",
        "وقال النائب مروان صعب إن «المعارضة لن تتراجع عن ترشيح حداد».",
        "وقال عضو كتلة التنمية والتحرير حسن فحص إن الجلسة قانونية.",
        "وعاد صعب ليدعو إلى إبقاء الجلسة مفتوحة، وهو ما رفضه فحص، معتبرا أن «الحوار هو الطريق الوحيد للخروج من "
            + "الأزمة»."));
  }

  @Test
  void describingVerbs_nameTheirSubject_notWhatTheyDescribe() throws Exception {
    assertEquals(List.of("يوسف المحميد", "عبد الرحمن ولد أحمدو", "عبد الرحمن ولد أحمدو"), speakers("الانتخابات",
        "ويصف الخبير الاقتصادي البحريني يوسف المحميد السباق بأنه \"أنجح استثمار رياضي في المنطقة\"، حسب تعبيره.",
        "ووصف المتحدث باسم الائتلاف، عبد الرحمن ولد أحمدو، ما جرى بأنه \"مسرحية انتخابية محسومة النتائج سلفا\"، "
            + "حسب تعبيره، داعيا أنصار المعارضة إلى \"التعبير السلمي عن رفضهم\"."));
  }

  @Test
  void givenNameWithTheArticle_introducedWithAnAge_isFoundAgainByIt() throws Exception {
    assertEquals(List.of("الهادي الزريبي", "الهادي الزريبي"), speakers("الخبز",
        "أمام مخبز شعبي في حي التضامن، وقف الهادي الزريبي (58 عاما) في طابور امتد عشرات الأمتار.",
        "يقول الهادي، وهو متقاعد وأب لخمسة أبناء، إنه اعتاد شراء ست خبزات يوميا، \"لكن الخباز لم يسمح لي اليوم "
            + "إلا بثلاث خبزات\".",
        "ويصف الهادي الوقوف اليومي في الطابور بأنه \"إذلال لا يليق بكرامة التونسي\"، حسب تعبيره."));
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
  void quoteNamedAtTheEnd_afterAnOutletSpokenTo_andARelativeClauseAfterAKunya() throws Exception {
    assertEquals(List.of("عمر الحمادي", "الحاج أبو جاسم"), speakers("العقارات",
        "«ما نراه اليوم ليس فقاعة بالمعنى الكلاسيكي»، بحسب ما قاله لـ«الجزيرة نت» المحلل العقاري عمر الحمادي.",
        "يقف الحاج أبو جاسم (68 عاما) على ضفة جدول متفرع من نهر دجلة.",
        "ويروي أبو جاسم، الذي يملك 12 دونما من البساتين، كيف تبددت الوعود: «في الربيع جاءنا المهندس من دائرة "
            + "الموارد المائية»."));
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
  void subjectAfterAnOpeningPhrase_aRoleWithTwoGenitives_andWhomTheSpeakerTold() throws Exception {
    assertEquals(List.of("عبد الحكيم إبراهيم الشمري", "عبد الرحمن سالم باعبود"), speakers("الألمنيوم",
        "وفي هذا السياق، رئيس غرفة تجارة وصناعة البحرين عبد الحكيم إبراهيم الشمري قال إن \"المشروع سيفتح الباب "
            + "أمام عشرات المصانع\".",
        "وقال محافظ البنك المركزي عبد الرحمن سالم باعبود إن الدفعة وصلت.",
        "وأبلغ باعبود الصحفيين: «الدفعة الأولى، وقيمتها 400 مليون دولار، وصلت إلى حساب البنك»."));
  }

  @Test
  void reportedThroughAPaperAboutHim_isWhoeverWasJustNamed() throws Exception {
    assertEquals(List.of("المهندس فادي سليمان", "المهندس فادي سليمان"), speakers("الخبز",
        "وقال مدير المخابز المهندس فادي سليمان إن «الإنتاج يكفي حاجة المدينة».",
        "ونقلت عنه صحيفة الوطن المحلية قوله إن «الازدحام مؤقت»."));
  }

  @Test
  void audienceIsCutOnlyAfterAVerbOfTelling() throws Exception {
    assertEquals(List.of("رئيس مجلس النواب", "رئيس مجلس النواب"), speakers("البرلمان",
        "وقال رئيس مجلس النواب إن «الجلسة ستعقد في موعدها».",
        "وأبلغ رئيس مجلس النواب الصحفيين: «لا تأجيل»."));
  }

  @Test
  void aNumberOfResidents_isAGroup() throws Exception {
    assertEquals(List.of("عدد من سكان القرية"), speakers("الفخار",
        "ويقول عدد من سكان القرية إن الحرفة \"لم تعد تطعم خبزا\"، وإن البنات يفضلن الدراسة."));
  }
}
