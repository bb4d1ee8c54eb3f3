package dev.articles.facts;

import static dev.articles.facts.FactFixtures.facts;
import static dev.articles.facts.FactFixtures.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers without a name: an unnamed source or official keeps the words that say who it is (its adjective, its
 * place, the body it belongs to) and ends before what it does, the clause withholding its name, the outlet it
 * spoke to or the object after it; said again as definite it is the same source; groups (a plural in the
 * construct state, a plural with its verb, عدد من) are one speaker each. An unnamed source is listed as no entity.
 */
class UnnamedSourcesAndGroupsTest {
  @Test
  void oneOfSeveralBodies_andWhereTheyAre_stayInTheUnnamedSourcesRole() throws Exception {
    assertEquals(List.of("مسؤول في إحدى شركات تكرير الذهب بالمنطقة الحرة", "مصدر بإحدى شركات توزيع المنتجات البترولية"),
        speakers("الذهب والوقود",
            "وقال مسؤول في إحدى شركات تكرير الذهب بالمنطقة الحرة إن المصافي «تعمل بكامل طاقتها تقريبا منذ مارس».",
            "وقال مصدر بإحدى شركات توزيع المنتجات البترولية إن \"المبيعات ارتفعت بنحو 40%\"."));
  }

  @Test
  void anUnnamedOfficialsPlace_isPartOfTheRole_andWhereAChantWasHeardNamesNoOne() throws Exception {
    assertEquals(List.of("مسؤول في مكتب الزراعة بوادي حضرموت", ""), speakers("العسل",
        "وقال مسؤول في مكتب الزراعة بوادي حضرموت إن المكتب يعمل على مشروع، مشيرا إلى أن \"الخطوة ستحمي النحال الصغير\".",
        "وتجمع محتجون أمام مقر الدائرة، حيث رددوا: «نحبو الماء في الروبيني، ماشي في الكاميون»."));
  }

  @Test
  void anUnnamedSourceWhoGivesANameForThemselves_isCalledByIt() throws Exception {
    assertEquals(List.of("أبو فهد", "أبو حيدر"), speakers("البورصة والمطار",
        "قال مستثمر فرد يتداول منذ نحو 20 عاما، فضّل الاكتفاء بكنيته أبو فهد، إن صغار المتداولين \"ما زالوا حذرين\".",
        "وقال مسافر عالق في صالة المغادرة، عرّف نفسه باسم أبو حيدر: «جينا من الصبح ويانا أطفال»."));
  }

  @Test
  void twoUnnamedOfficials_areTheirWholeDescription() throws Exception {
    assertEquals(List.of("مندوبان في التحالف", "مصدران في الوزارة"), speakers("أوبك+",
        "وقال مندوبان في التحالف إن القرار اتخذ \"بعد نقاش قصير نسبيا\".",
        "وقال مصدران في الوزارة إن \"الخطة جاهزة منذ أسابيع\"."));
  }

  @Test
  void directionAndPlaceAfterBi_endTheSourcesDescription_notAName() throws Exception {
    assertEquals(List.of("مسؤول إسرائيلي رفيع", "مسؤول في الهلال الأحمر المصري بشمال سيناء"), speakers("المعابر",
        "نقلت هيئة البث عن مسؤول إسرائيلي رفيع قوله إن إسرائيل \"لن توافق على انسحاب كامل من المحور\".",
        "وقال مسؤول في الهلال الأحمر المصري بشمال سيناء إن 600 شاحنة تنتظر. وأضاف: «بعض الشحنات اقتربت صلاحيتها من الانتهاء»."));
  }

  @Test
  void unnamedSource_isNeitherTheClauseWithholdingItsNameNorAnEarlierOfficial() throws Exception {
    assertEquals(List.of("اللواء يحيى رسول", "مسؤول عسكري"), speakers("مصدر يكشف تفاصيل الاتفاق",
        "وقال المسؤول العسكري اللواء يحيى رسول: \"الانسحاب يجري وفق الخطة المتفق عليها\".",
        "وقال مسؤول عسكري، فضل عدم ذكر اسمه، إن \"المفاوضات ستستأنف الأسبوع المقبل في العاصمة\"."));
  }

  @Test
  void describedPerson_keepsAgeWithMinAlUmrAndRetirement() throws Exception {
    assertEquals(List.of("مزارع في الستينيات من العمر", "موظف على المعاش في الستينيات"), speakers("الفيضانات",
        "وقال مزارع في الستينيات من العمر إن الردمية \"انهارت من الجهة الشمالية\".",
        "وقال موظف على المعاش في الستينيات، وضع مدخراته كلها في المنصة: \"أعطيته 400 ألف جنيه\"."));
  }

  @Test
  void officialWhoContentedHimselfWithSaying_isTheOneWhoSpoke_andAJournalistAskingIsNoPressConference()
      throws Exception {
    assertEquals(List.of("سلوى باعوم", "مسؤول في مصلحة خفر السواحل بعدن", "صحفي", "الدكتور سالم الحارثي"),
        speakers("خفر السواحل",
            "وقالت الناشطة سلوى باعوم إن \"الوضع صعب\".",
            "وحاول «النهار العربي» الحصول على تعليق رسمي، فاكتفى مسؤول في مصلحة خفر السواحل بعدن، رفض الكشف عن "
                + "اسمه، بالقول إن \"الإمكانيات لا تسمح بمراقبة الساحل\".",
            "وأعلن وزير العمل الدكتور سالم الحارثي، في مؤتمر صحفي عقده اليوم بمقر الوزارة، قصر العمل في 30 مهنة.",
            "وسأله صحفي من جريدة الوطن: \"هل ستلجأ الوزارة إلى رفع الحد الأدنى للأجور؟\"، فأجاب الوزير بأن \"الحد "
                + "الأدنى الحالي قيد المراجعة\"."));
  }

  @Test
  void describedFarmerKeepsHisVillageAfterHisAge_andAMinistryItsTwoWordRegion() throws Exception {
    assertEquals(List.of("مزارع في الستينيات من قرية الأعروق", "وزارة الصحة بولاية شمال كردفان"), speakers("الجفاف",
        "ويقف مزارع في الستينيات من قرية الأعروق على حافة مدرجه، ويقول: “زرعت الذرة ثلاث مرات منذ أبريل”.",
        "وقالت وزارة الصحة بولاية شمال كردفان إن المستشفيات \"تحتاج بشكل عاجل إلى الأدوية\"."));
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
  void sourceWithARelativeClause_isTheEarlierSource() throws Exception {
    assertEquals(List.of("مصدر حكومي", "مصدر حكومي"), speakers("القمح",
        "وقال مصدر حكومي إن \"المخزون الاستراتيجي من القمح يكفي حتى نهاية مايو المقبل\".",
        "وأضاف المصدر الذي طلب عدم الكشف عن هويته أن \"الدولة تدفع حاليا سعرا أقل مما كان عليه\"."));
  }

  @Test
  void sourceRefusingToBeNamed_keepsItsDescription() throws Exception {
    assertEquals(List.of("مسؤول مصري"), speakers("قناة السويس",
        "وقال مسؤول مصري رفض الكشف عن اسمه إن \"الهيئة قد تعلن خلال أيام عن تخفيضات جديدة\"."));
  }

  @Test
  void sourceKeepsItsPlace_butNotTheNewspaperItSpokeTo() throws Exception {
    assertEquals(List.of("مصدر من إدارة الساورة", "مسؤول في الوزارة", "مصدر في وزارة الصيد"), speakers("الانتقالات",
        "وقال مصدر من إدارة الساورة للشروق إن «المبلغ المعروض لا يعكس قيمة لاعب سجل 19 هدفا».",
        "وقال مسؤول في الوزارة للأهرام إن «المفاوضات مع الشركة ستستأنف الأسبوع المقبل».",
        "وقال مصدر في وزارة الصيد للأخبار إن «المعطيات الأولية لا تثبت حتى الآن أنها تجاوزت المنطقة»."));
  }

  @Test
  void clauseSetOffAboutTheSpeakersSon_isNoName() throws Exception {
    assertEquals(List.of("موظف حكومي في الخمسينيات من نابلس"), speakers("التوجيهي",
        "وقال موظف حكومي في الخمسينيات من نابلس، نجح ابنه في الفرع العلمي، إن الأهالي \"عاشوا عاما كاملا من "
            + "القلق\"."));
  }

  @Test
  void sourceWithholdingTheName_keepsThePlaceBeforeTheComma_andIsTheOneTheDefiniteNounMeansLater()
      throws Exception {
    assertEquals(List.of("عضو في المجلس البلدي أوباري", "مهندس يعمل في الحقل", "مهندس يعمل في الحقل"),
        speakers("الشرارة",
            "وقال عضو في المجلس البلدي أوباري، فضل عدم ذكر اسمه، إن \"الحوار مع الحكومة متواصل، وهناك وعود\".",
            "وأوضح مهندس يعمل في الحقل، طلب عدم الكشف عن اسمه، أن \"المحتجين دخلوا محطة التحكم صباح الجمعة\".",
            "وأضاف المهندس: «الإيقاف المفاجئ ليس مثل الإيقاف المبرمج»."));
  }

  @Test
  void witnessDescribedAfterKanat_andAnElderNamedBeforeHisAgeAndARelativeClause_spoke() throws Exception {
    assertEquals(List.of("موظفة متقاعدة في الستينيات من عمرها", "الحاج عبد الرحمن السيد"), speakers("المستريح",
        "وكانت أولى الشهود موظفة متقاعدة في الستينيات من عمرها، قالت أمام هيئة المحكمة إنها سلمت المتهم \"كل ما "
            + "أملك، 600 ألف جنيه ثمن شقة ورثتها عن والدي\".",
        "وسألها رئيس المحكمة المستشار محمد عبد الستار الجمل عن الإيصال، وهو ما تكرر في شهادة الحاج عبد الرحمن السيد "
            + "(71 عاما)، الذي قال: «أعطيته 350 ألف جنيه على ثلاث دفعات»."));
  }

  @Test
  void unnamedPeopleSetInTheScene_orOneOfAGroupDescribedAfter_areWhoSpeaksNext() throws Exception {
    assertEquals(List.of("موظفة في الثلاثينيات تحمل رضيعها", "امرأة في الثلاثينيات", "سائق أجرة في الخمسينيات",
        "سيدة ستينية"), speakers("العودة",
        "اصطفت عشرات الأمهات منذ الصباح. وقالت إحداهن، وهي موظفة في الثلاثينيات تحمل رضيعها: «ترددت كثيرا "
            + "بسبب ما قرأته على فيسبوك»."
        , "وغير بعيد، جلست امرأة في الثلاثينيات على حقيبة كبيرة تحمل رضيعة نائمة. وقالت: «هو بقي في بيروت يشتغل "
            + "لحد ما نتأكد إنو الوضع آمن»."
        , "وعلى الطرف السوري من المعبر، ينتظر سائق أجرة في الخمسينيات الركاب القادمين. يقول ضاحكا: “من سنة ما "
            + "كنت شوف حدا جاي من لبنان”."
        , "في العيادات الخارجية، تجلس سيدة ستينية بانتظار جلسة العلاج الكيميائي. تقول: «ابني في الخليج يرسل لي "
            + "الدواء مع المسافرين»."));
  }

  @Test
  void survivorsVotersAndProtesters_areUnnamedPeopleWithTheirAge_andAShoutIsSpeech() throws Exception {
    assertEquals(List.of("ناج في العشرينيات من عمره", "ناخبة في الستينيات", "مستوطن ملثم",
        "مضمر سوداني في الأربعينيات"), speakers("الحافلة",
        "وقال ناج في العشرينيات من عمره، أصيب بكسور في يده، إن «الحافلة انحرفت فجأة نحو الجبل»."
        , "وقالت ناخبة في الستينيات: «انتخبت لأني تعبت من الشكوى»."
        , "وصرخ مستوطن ملثم في وجه المزارعين: \"روحوا من هون\".",
        "ويقول مضمر سوداني في الأربعينيات: «السباق يبدأ قبل الشوط بأشهر»."));
  }

  @Test
  void sourceWhoSpokeOnConditionOfAnonymity_andTwoSidesCalledOn_andSomeoneNamedBeforeStepping() throws Exception {
    assertEquals(List.of("مسؤول أمني سابق", "محمد أمين", "سالم بن خميس الحوسني", "سالم بن خميس الحوسني"),
        speakers("الأعراس",
            "ويقول مسؤول أمني سابق تحدث للجزيرة نت شريطة عدم نشر اسمه إن شبكات التهريب «باتت تلجأ إلى المنتجات "
                + "الزراعية الطازجة»."
            , "أما محمد أمين (52 عاما)، وهو أب لتلميذة، فيرى أن الإضراب طال، وطالب الطرفين بـ\"الجلوس إلى الطاولة "
                + "قبل الامتحانات\"."
            , "يقف العريس سالم بن خميس الحوسني (27 عاما) عند مدخل البيت. يقول: «المهر وحده كان 6 آلاف ريال»."
            , "وبحسب بيانات المركز الوطني للإحصاء، سجلت السلطنة نحو 21 ألف عقد زواج."
            , "مع حلول المساء، تتعالى الأهازيج من جديد، ويتقدم سالم وسط أصدقائه رافعا سيفه. «الحمد لله، الدين "
                + "سيسدد يوما ما»، يقول ضاحكا."));
  }

  @Test
  void personDescribedByWhatTheyAreWaitingFor_isTheDescriptionBeforeTheVerb() throws Exception {
    assertEquals(List.of("عامل بناء في الثلاثينات"), speakers("الحافلات",
        "وفي محطة برشلونة، قال عامل بناء في الثلاثينات ينتظر حافلة الخط 20 منذ 40 دقيقة، إن «الحافلات الجديدة "
            + "خبر جيد»."));
  }

  @Test
  void retiredOrFormerAfterTheRole_andAHousewifeInHerForties_stayInTheDescription() throws Exception {
    assertEquals(List.of("موظف حكومي متقاعد", "مسؤول أمني سابق", "ربة منزل في الأربعينيات"), speakers("المياه",
        "وفي سرت، قال موظف حكومي متقاعد (67 عاما) إن \"أهالي الأحياء الشرقية ينتظرون هذه المحطة\".",
        "وقال مسؤول أمني سابق إن \"الوضع خطير\".",
        "وفي حي جبل النزهة، تقول ربة منزل في الأربعينيات إن المياه “لا تصل إلا يوم الجمعة”."));
  }

  @Test
  void decadeOfAnUnnamedPersonsAge_endsTheDescription_unlessWhereTheyLiveFollows() throws Exception {
    assertEquals(List.of("معلمة رياضيات في الثلاثينيات", "حاج إندونيسي في الستينيات من عمره",
        "مزارع في الستينيات من سكان الحي"), speakers("الحر",
        "وقالت معلمة رياضيات في الثلاثينيات شاركت في التدريب إن الطلاب \"متحمسون أكثر منا\".",
        "وقال حاج إندونيسي في الستينيات من عمره إن \"الحر شديد هذا العام\".",
        "وقال مزارع في الستينيات من سكان الحي إن \"النار وصلت إلى البيوت\"."));
  }

  @Test
  void describedPersonAfterGhayrAnna_evenWithholdingTheirName_isTheDescription() throws Exception {
    assertEquals(List.of("أستاذة لغة فرنسية في متوسطة بالشراقة", "أستاذة لغة فرنسية في متوسطة بالشراقة"),
        speakers("الإضراب",
            "غير أن أستاذة لغة فرنسية في متوسطة بالشراقة، رفضت ذكر اسمها، قالت إن «الوزير لم يف بوعوده».",
            "غير أن أستاذة لغة فرنسية في متوسطة بالشراقة قالت إن «الأجور لا تكفي»."));
  }

  @Test
  void personWithholdingTheirName_keepsWhereTheyWork_andNotTheClause() throws Exception {
    assertEquals(List.of("صراف في مديرية كريتر", "ممرضة في قسم الحضانة", "أحد المتطوعين في المركز",
        "شقيق محتجز آخر من درنة"), speakers("الريال اليمني",
        "وقال صراف في مديرية كريتر طلب عدم ذكر اسمه: «السوق تفاعلت مع الخبر خلال ساعات».",
        "وقالت ممرضة في قسم الحضانة، فضلت عدم كشف اسمها: \"إذا انقطعت الكهرباء فقد نخسر طفلا\".",
        "وقال أحد المتطوعين في المركز، طالبا عدم ذكر اسمه، إن «عدد الأسرة لا يكفي».",
        "وقال شقيق محتجز آخر من درنة، طلب عدم الكشف عن اسمه خوفا من الانتقام، إن «شقيقه اعتقل بعد الفيضانات»."));
  }

  @Test
  void personWithholdingTheirName_doesNotTakeTheOccasionOfSpeech() throws Exception {
    assertEquals(List.of("مواطن"), speakers("الخبز",
        "وقال مواطن في حديث للجزيرة، طلب عدم ذكر اسمه، إن «سعر الخبز تضاعف خلال شهر»."));
  }

  @Test
  void ordinaryPersonMetSomewhere_keepsThePlace_andIsTheOneSaidAgainAsDefinite() throws Exception {
    assertEquals(List.of("متسوقة في سوق الطويل", "متسوقة في سوق الطويل", "سائق أجرة في حي المنصورة",
        "متطوع شاب من حي الشجاعية", "شاب في العشرينات"), speakers("الريال اليمني",
        "وعلى بعد أمتار، قالت متسوقة في سوق الطويل إن «راتب زوجي لم يعد يكفي»، مشيرة إلى أن أسرتها استغنت عن اللحوم.",
        "وأضافت المتسوقة، وهي أم تعيل أربعة أطفال: «نحن لا نطلب شيئا كبيرا».",
        "في المقابل، قال سائق أجرة في حي المنصورة إن «الوعود كثيرة»، مضيفا أنه رفع الأجرة.",
        "ويقول متطوع شاب من حي الشجاعية، نزح مع عائلته أربع مرات، إن «العمل هنا ينسيني ما فقدت».",
        "وقال شاب في العشرينات رفض ذكر اسمه: \"سمعنا أن الأمور تغيرت\"."));
  }

  @Test
  void ordinaryPerson_doesNotTakeATimeOrAnOccasion() throws Exception {
    assertEquals(List.of("مواطن", "سائق"), speakers("الخبز",
        "وقال مواطن في حديث للإذاعة إن «سعر الخبز تضاعف».",
        "وقال سائق أمس من المحطة إن «الطابور طويل»."));
  }

  @Test
  void oneOfAGroupDoingSomething_speaksNext_andIsTheMemberSaidAgain() throws Exception {
    assertEquals(List.of("أحمد أبو شمالة", "إحدى المتطوعات", "إحدى المتطوعات"), speakers("المطبخ",
        "وقال المنسق أحمد أبو شمالة إن «المطبخ يطعم ألف شخص يوميا».",
        "في زاوية الساحة، تقطع إحدى المتطوعات البصل بسرعة لافتة. هي معلمة فقدت مدرستها، وتقول: «أعمل هنا "
            + "ثماني ساعات يوميا».",
        "وتضيف المتطوعة بصوت مخنوق: «جاءني طفل صغير أمس يحمل وعاء فارغا»."));
  }

  @Test
  void sourceSpeakingOnCondition_isNotNamedByItsVerb() throws Exception {
    assertEquals(List.of("مصدر مطلع على المفاوضات"), speakers("مراكز البيانات",
        "ووفق مصدر مطلع على المفاوضات تحدث شريطة عدم الكشف عن هويته، فإن بعض الاتفاقيات المعلنة “ما زالت "
            + "مذكرات تفاهم غير ملزمة”."));
  }

  @Test
  void unnamedSourcesBodyOrPlace_goesOnToItsEnd_andIsNoName() throws Exception {
    assertEquals(List.of("مصدر في وزارة الثروة الزراعية والسمكية وموارد المياه",
        "متعامل في سوق المشتقات النفطية بسنغافورة", "مسؤول في إحدى كبرى شركات الاتصالات"), speakers("النفط",
        "وقال مصدر في وزارة الثروة الزراعية والسمكية وموارد المياه إن «الوزارة تدرس حزمة حوافز للتعاونيات».",
        "«الطلب الآسيوي سيبقى قويا»، قال متعامل في سوق المشتقات النفطية بسنغافورة لوكالة بلومبيرغ.",
        "وقال مسؤول في إحدى كبرى شركات الاتصالات، طلب عدم ذكر اسمه، إن \"انقطاع الكهرباء يكلفنا كثيرا\"."));
  }

  @Test
  void unnamedPeopleKeepAPlaceNamedForADayOrAnInstitution_andATopicWithoutAName() throws Exception {
    assertEquals(List.of("سائق سيارة أجرة من سوق الجمعة", "مصدر طبي في مستشفى كسلا التعليمي",
        "صاحب ورشة لتصليح السيارات في سترة"), speakers("القرارات",
        "وقال سائق سيارة أجرة من سوق الجمعة إن القرار «سيقطع رزق العشرات منا ويغلق بيوتا كثيرة».",
        "وقال مصدر طبي في مستشفى كسلا التعليمي لوكالة الصحافة الفرنسية إن «عنابر العزل ممتلئة».",
        "أما صاحب ورشة لتصليح السيارات في سترة، فرأى أن المشكلة في الضمانات، وقال: «البنك يطلب كفيلا وعقارا»."));
  }

  @Test
  void outletAfterAnUnnamedSource_isNotItsName() throws Exception {
    assertEquals(List.of("مصدر نقابي"), speakers("المناجم",
        "وكشف مصدر نقابي لهسبريس أن «عمال المناولة يطالبون بإدماجهم في الشركة»."));
  }

  @Test
  void unnamedSourceAndTheClauseAboutIt() throws Exception {
    assertEquals(List.of("دبلوماسي غربي"), speakers("المناخ",
        "«الإمارات تريد أن تثبت أن الدول المنتجة للنفط قادرة على قيادة التحول»، قال دبلوماسي غربي حضر الاجتماع."));
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
  void pluralInTheConstructState_andAPluralWithItsVerb_areGroups() throws Exception {
    assertEquals(List.of("مرافقو المرضى", "سكان"), speakers("غزة",
        "وقال مرافقو المرضى إن «الممرضين يستخدمون مصابيح الهواتف المحمولة لتغيير الضمادات ليلا».",
        "«صرنا نشتري الدقيق بالكيلو بعد أن كنا نشتريه بالكيس»، قال سكان تحدثوا للجزيرة نت."));
  }

  @Test
  void unnamedSourceSaidAgainAsDefinite_isTheSameSource() throws Exception {
    assertEquals(List.of("مصدر في وزارة المالية", "حيدر العبودي", "مصدر في وزارة المالية"), speakers("الموازنة",
        "وقال مصدر في وزارة المالية طلب عدم الكشف عن اسمه إن «الوزارة تحتاج شهريا إلى تريليونات الدنانير».",
        "«الحكومة مطالبة بإرسال جداول الموازنة»، قال عضو اللجنة المالية النيابية حيدر العبودي.",
        "وختم المصدر في وزارة المالية بالقول: «الرواتب مؤمنة حتى نهاية العام»."));
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
  void aNumberOfResidents_isAGroup() throws Exception {
    assertEquals(List.of("عدد من سكان القرية"), speakers("الفخار",
        "ويقول عدد من سكان القرية إن الحرفة \"لم تعد تطعم خبزا\"، وإن البنات يفضلن الدراسة."));
  }

  @Test
  void aSourceInATownTheGazetteerDoesNotKnow_keepsIt_andAManDescribedByARelativeClause() throws Exception {
    assertEquals(List.of("مصدر أمني في زوارة", "أبو حسن عيتاني"), speakers("الهجرة",
        "وقال مصدر أمني في زوارة إن السلطات أوقفت ثلاثة أشخاص، مضيفا أن \"الشبكة تنشط بين زوارة وصبراتة\".",
        "وقال أبو حسن عيتاني إن البحر تغير. يقول الرجل الذي ورث المهنة عن أبيه: «قبل عشرين سنة كنت أصطاد "
            + "ما يكفي»."));
  }

  @Test
  void anUnnamedVendorEndsBeforeWhatSheWasDoing() throws Exception {
    assertEquals(List.of("بائعة أخرى"), speakers("الصيد",
        "وقالت بائعة أخرى كانت تجلس بجانبها، رفضت ذكر اسمها: «نحن أيضا نحتاج إلى تعويض»."));
  }

  @Test
  void unnamedPeople_keepTheirPlaceOrAge_andTheLaterSayingVerbOfTheSentenceGoesOnInItsParticiple()
      throws Exception {
    assertEquals(List.of("مصدر من داخل المحكمة", "مناصر في العشرينيات من عمره", "مواطن من مسقط",
        "موظف المبيعات في الشركة", "ولي أمر طالب في الخمسينيات من عمره"), speakers("شهادات",
        "وقال مصدر من داخل المحكمة إن الجلسة «استمرت قرابة سبع ساعات، وعرفت حضور عشرات المشتكين».",
        "وقال مناصر في العشرينيات من عمره، يدرس في جامعة باب الزوار، لـ«الخبر»: \"نحن لا نطلب المستحيل، نريد "
            + "فريقا يقاتل في الملعب\".",
        "وشكا زوار من ارتفاع الأسعار، إذ قال مواطن من مسقط (38 عاما) قدم مع أسرته إن إيجار الشقة بلغ 45 ريالا، "
            + "مضيفا: \"الطبيعة هنا لا تقدر بثمن، لكن الأسعار تجاوزت المعقول\".",
        "وقال لي موظف المبيعات في الشركة بالحرف: \"أموالك في أمان أكثر من البنك، ولن تخسر شيئا\".",
        "وقال ولي أمر طالب في الخمسينيات من عمره، كان ينتظر تحت شجرة، إن ابنه \"يستحق هذه الفرصة بعد انقطاع طويل\"."));
  }

  @Test
  void aSurnameThatEndsAsAPlural_writingInALetter_isNoGroup() throws Exception {
    assertEquals(List.of("لوبرون"), speakers("المدرب يرحل",
        "من جهته، كتب لوبرون في رسالة وداع على حسابه في إنستغرام: “شكرا للأنصار على حبهم، أغادر ورأسي مرفوع”."));
  }

  @Test
  void studentFromATown_writingOnAPlatform_isNoVerbNorAnEarlierCount() throws Exception {
    assertEquals(List.of("طالب من الزرقاء", "شاب يعمل في مقهى قرب محطة القطار"), speakers("نتائج التوجيهي",
        "أكثر من 150 ألف طالب وطالبة تقدموا للامتحانات هذا العام.",
        "وكتب طالب من الزرقاء على منصة إكس: \"رسبت بمادة الرياضيات.. وكأن سنة كاملة ضاعت\".",
        "وقال شاب يعمل في مقهى قرب محطة القطار: \"لا أعرف حتى أسماء المترشحين، ولا أظن أنني سأصوت\"."));
  }

  @Test
  void sourceInARegionTheGazetteerDoesNotKnow_keepsTheRegionsName() throws Exception {
    assertEquals(List.of("مصدر من السلطة المحلية بإقليم طاطا", "مصدر من السلطة المحلية بإقليم طاطا"),
        speakers("فيضانات",
            "وقال مصدر من السلطة المحلية بإقليم طاطا لهسبريس إن «عناصر الوقاية المدنية انتشلت جثة سائق شاحنة».",
            "وأضاف المصدر ذاته أن عمليات البحث «ما تزال متواصلة بمشاركة عناصر من القوات المسلحة الملكية»."));
  }

  @Test
  void sourceSetOffBeforeItsVerbWithTheClauseThatWithholdsTheName_isThatSource_andATimeIsNoOne()
      throws Exception {
    assertEquals(List.of("مصدر في المؤسسة المحلية للمياه والصرف الصحي بتعز", "مسؤول في السلطة المحلية بالمحافظة",
        "عاملة إغاثة في منظمة دولية"), speakers("المياه في تعز",
        "مصدر في المؤسسة المحلية للمياه والصرف الصحي بتعز، فضل عدم الكشف عن هويته لأنه غير مخول بالتصريح، قال إن "
            + "المؤسسة \"لا تغطي اليوم أكثر من 15% من احتياجات المدينة\".",
        "أما مسؤول في السلطة المحلية بالمحافظة، رفض الكشف عن اسمه، فأقر بأن الخطة التي أعلنت العام الماضي لم ينفذ "
            + "منها \"سوى مرحلتها الأولى في ثلاثة أحياء\".",
        "عاملة إغاثة في منظمة دولية، تحدثت شرط عدم ذكر اسمها، قالت إن \"التمويل الإنساني لقطاع المياه انخفض "
            + "بأكثر من النصف\"."));
  }

  @Test
  void ordinaryPersonsPlace_endsWhereWhatTheyDoBegins() throws Exception {
    assertEquals(List.of("معلمة من ولاية نزوى", "فلاح من منطقة الحنشة"), speakers("المعرض",
        "وقالت معلمة من ولاية نزوى جاءت مع طالباتها: \"اشترينا أكثر من 60 قصة لمكتبة الصف\".",
        "وقال فلاح من منطقة الحنشة يملك نحو 400 شجرة: \"دفعنا للعاملة 45 دينارا في اليوم\"."));
  }

  @Test
  void ordinaryPersonWhoseSceneOpensTheSentence_isWhoSpeaksAfterIt() throws Exception {
    assertEquals(List.of("المحامي", "امرأة في الستينيات من عمرها", "طالبة نازحة من الخرطوم"), speakers("المحكمة",
        "وقال المحامي إن \"موكله بريء من كل التهم الموجهة إليه\".",
        "في قاعة المحكمة، جلست امرأة في الستينيات من عمرها تحمل صورة ابنها، وقالت بصوت متهدج: «ابني كان عمره "
            + "31 سنة. دفعنا كل ما نملك ثمن دواء تبين أنه ماء ملون».",
        "في مركز الإيواء، جلست طالبة نازحة من الخرطوم (18 عاما) إلى مقعدها قبل الامتحان، وقالت: “نزحنا ثلاث مرات "
            + "منذ بداية الحرب”."));
  }

  @Test
  void sourceWhoWithholdsTheNameAfterTheFirstVerb_goesOnIntoTheJoinedOne() throws Exception {
    assertEquals(List.of("وزارة الصحة", "مسؤول في جهاز الإمداد الطبي"), speakers("الغسيل الكلوي",
        "وقالت وزارة الصحة إن \"المخزون من المستلزمات كاف لثلاثة أشهر\".",
        "في المقابل، نفى مسؤول في جهاز الإمداد الطبي، طلب عدم ذكر اسمه، هذه الاتهامات، وقال إن \"المستحقات "
            + "المتأخرة للموردين بلغت 40 مليون دينار\"."));
  }

  @Test
  void ordinaryPeople_keepTheirAgeAfterANisbaOrWhoseFanTheyAre_andWhereTheyWorkAlong() throws Exception {
    assertEquals(List.of("غواص بحريني في الثلاثينيات", "عامل عشريني في مطعم على الكورنيش",
        "مشجع للفيصلي في الثلاثينيات", "سائق حافلة صغيرة على خط صيدا بيروت"), speakers("صيف صعب",
        "وقال غواص بحريني في الثلاثينيات، يعمل مرشدا للسياح، إن المواقع «تحولت إلى مقبرة بيضاء».",
        "وفي سوسة، قال عامل عشريني في مطعم على الكورنيش إن \"العمل متواصل حتى منتصف الليل\".",
        "وخارج الملعب، قال مشجع للفيصلي في الثلاثينيات، كان يرتدي قميص النادي: \"الجمهور صبر طويلا\".",
        "أما سائق حافلة صغيرة على خط صيدا بيروت، فأوضح أنه رفع التعرفة، مضيفا: “الركاب يزعلون، لكن ماذا أفعل؟”"));
  }

  @Test
  void whatSomeoneDoesAfterTheComma_andAPrivateCompany_nameNoOne() throws Exception {
    assertEquals(List.of("مزارع ستيني من ناحية غماس", "عامل بنغالي في الأربعينيات من عمره"), speakers("إضراب",
        "وقال مزارع ستيني من ناحية غماس، يلف رأسه بكوفية حمراء: «ورثت الأرض عن أبي وجدي، ولم أرها عطشى هكذا».",
        "توقف نحو 900 عامل في شركة مقاولات خاصة بولاية صحار عن العمل، اليوم الأحد.",
        "وقال عامل بنغالي في الأربعينيات من عمره، يعمل في الشركة منذ تسع سنوات، إن «أغلبنا يرسل كل ما يكسبه "
            + "إلى عائلته»."));
  }

  @Test
  void describedPersonKeepsTheTownAfterTheDecade_andAGroupOfDeputiesItsSide() throws Exception {
    assertEquals(List.of("شاب في العشرينيات من تاونات", "نواب من المعارضة"), speakers("التشغيل الوهمي",
        "وقال شاب في العشرينيات من تاونات، كان من بين الضحايا، لهسبريس: «بعت قطعة أرض ورثتها عن والدي».",
        "إذ رأى نواب من المعارضة أن ذلك \"يفرغ العملية الانتخابية من مضمونها\"."));
  }

  @Test
  void ownerOfAnIndefiniteHouseWithItsAdjective_isADescription_notANamedPerson() throws Exception {
    assertEquals(List.of("صاحب دار نشر بيروتية"), speakers("معرض الكتاب",
        "ولفت صاحب دار نشر بيروتية، فضل عدم ذكر اسمه، إلى أن \"كلفة الورق والشحن ارتفعت بنحو 40%\"."));
  }

  @Test
  void parentOfAPupil_aYoungManFromMaliAtWork_andASourceInAHospitalInATwoWordTown_keepTheirDescriptions()
      throws Exception {
    assertEquals(List.of("أب لتلميذ ناجح", "شاب من مالي", "مصدر طبي في مجمع ناصر الطبي بخان يونس"),
        speakers("البكالوريا",
        "وقال أب لتلميذ ناجح، وهو سائق حافلة في الخمسينيات، إن ابنه \"أول من يحصل على البكالوريا في العائلة\".",
        "على رصيف الميناء، يعمل شاب من مالي في تنظيف السمك مقابل أجر يومي زهيد، وهو ينتظر منذ ستة أشهر.",
        "ويروي الشاب للجزيرة نت: \"دفعت 3000 يورو للمهرب في المرة الأولى\".",
        "وقال مصدر طبي في مجمع ناصر الطبي بخان يونس إن 11 مريضا توفوا \"لأنهم لم يتمكنوا من الوصول\"."));
  }

  @Test
  void aFanIsNoFirstNameToComplete_andAnOfficialInATwoWordTownKeepsIt() throws Exception {
    assertEquals(List.of("مناصر", "مسؤول في محلية أم درمان"), speakers("الديربي",
        "انتهى الديربي أمام أكثر من 40 ألف مناصر غصت بهم مدرجات ملعب 5 جويلية الأولمبي.",
        "وقال مناصر للمولودية قدم من ولاية البليدة: «وصلت إلى الملعب على الساعة العاشرة صباحا».",
        "وقال مسؤول في محلية أم درمان، طلب عدم ذكر اسمه، إن \"الكهرباء عادت إلى نحو 30% فقط من الأحياء\"."));
  }

  @Test
  void ownerOfAShopOfSweets_isADescriptionWithHisAge() throws Exception {
    assertEquals(List.of("صاحب محل حلويات في الخمسينيات من عمره"), speakers("حمص",
        "وقال صاحب محل حلويات في الخمسينيات من عمره، أعاد فتح محله في سوق المسقوف، إن «الناس تعود حين ترى "
            + "جارها عاد»."));
  }

  @Test
  void visitorsOriginAndAge_stayInHerDescription_asATouristsAndAMinersDo() throws Exception {
    assertEquals(List.of("زائرة بحرينية في العشرينيات", "سائح كويتي في الأربعينيات", "منقب في الثلاثينيات"),
        speakers("المهرجان",
        "وقالت زائرة بحرينية في العشرينيات، جاءت برفقة صديقاتها: «هذه أول مرة أرى فيها هذا العدد من الإبل».",
        "وقال سائح كويتي في الأربعينيات إن \"الفرق بين حرارة الكويت وهنا كبير\".",
        "وقال منقب في الثلاثينيات، نجا من الحادث، لوكالة الصحافة الفرنسية: «الرملة طاحت كاملة»."));
  }

  @Test
  void eyewitnessKeepsWhereHeLives() throws Exception {
    assertEquals(List.of("شاهد عيان من سكان حي الشعار"), speakers("الخبز",
        "وقال شاهد عيان من سكان حي الشعار إن \"شجارا اندلع عند الساعة السابعة\"."));
  }
  @Test
  void unnamedOfficialInTheAccusativeAfterLakin_isWrittenAsOnItsOwn() throws Exception {
    assertEquals(List.of("مسؤول في الوزارة"), speakers("الإضراب",
        "لكن مسؤولا في الوزارة، طلب عدم الكشف عن اسمه، أقر بأن \"الخزينة شبه فارغة\"."));
  }
  @Test
  void sourceWhoSpokeOnConditionOfAnonymity_isTheSourceNotTheVerbSetOffAfterIt() throws Exception {
    assertEquals(List.of("مصدر طبي في مستشفى طويلة"), speakers("طويلة",
        "وقال مصدر طبي في مستشفى طويلة، تحدث لهسبريس شريطة عدم الكشف عن هويته، إن المستشفى \"استقبل منذ "
            + "الجمعة 340 مصابا\"."));
  }

  @Test
  void oneOfAGroup_runsToTheFirstDefiniteNounOfItsName() throws Exception {
    assertEquals(List.of("أحد أعضاء لجنة الحي", "أحد عمال التوصيل"), speakers("الماء",
        "من جهته، قال أحد أعضاء لجنة الحي، طلب عدم ذكر اسمه، إن السكان \"راسلوا البلدية أكثر من مرة\".",
        "وقال أحد عمال التوصيل، وهو شاب يعمل على دراجة نارية، إن \"الخوذة تصير مثل الفرن بعد الظهر\"."));
  }

  @Test
  void anUnnamedSourcesPlace_endsAtTheOutletTheyTold_andAHospitalCalledMashfaKeepsItsName() throws Exception {
    assertEquals(List.of("أحد المزارعين في قسم المناقل", "مصدر طبي في مشفى باب الهوى"), speakers("الري",
        "وقال أحد المزارعين في قسم المناقل لوكالة رويترز: \"المياه وصلت، لكننا فقدنا آلياتنا\".",
        "وقال مصدر طبي في مشفى باب الهوى إن المشفى \"استقبل الليلة الماضية 64 حالة\"."));
  }

  @Test
  void sourceInAnOfficeNamedByAChainOfNouns_keepsTheWholeChainAndItsPlace() throws Exception {
    assertEquals(List.of("مصدر في شرطة مكافحة المخدرات بولاية البحر الأحمر"), speakers("الميناء",
        "ويقول مصدر في شرطة مكافحة المخدرات بولاية البحر الأحمر إن \"شبكات التهريب باتت تستغل انشغال الأجهزة\"."));
  }

  @Test
  void aSourceCloseToAnOffice_isDescribedInFull() throws Exception {
    assertEquals(List.of("مصدر نيابي قريب من رئاسة المجلس"), speakers("التعيينات",
        "وفي عين التينة، اكتفى مصدر نيابي قريب من رئاسة المجلس بالقول إن \"التوافق ممكن إذا صفت النيات\"."));
  }

  @Test
  void aSourceInTheAccusativeAfterAnna_isWrittenAsASubject_andSaysWhatFollows() throws Exception {
    assertEquals(List.of("مصدر من داخل المكتب المديري للنادي"), speakers("الانتقالات",
        "غير أن مصدرا من داخل المكتب المديري للنادي أكد للموقع أن الرجاء دفع نحو 4.5 ملايين درهم. وقال المصدر: "
            + "«الصفقة كانت صعيبة»."));
  }

  @Test
  void aSourceInOneOfAKindOfPlace_keepsThePlace() throws Exception {
    assertEquals(List.of("مصدر في إحدى شركات الوساطة", "مصدر في إحدى محطات الوقود بمنطقة الكيش"), speakers("السوق",
        "وقال مصدر في إحدى شركات الوساطة إن \"صناديق استثمار محلية بدأت إعادة بناء مراكزها\".",
        "وأفاد مصدر في إحدى محطات الوقود بمنطقة الكيش بأن الكميات \"تنفد في أقل من ثلاث ساعات\"."));
  }

  @Test
  void aRoleSetOffAfterAName_orBeforeARankedName_isNotTheName() throws Exception {
    assertEquals(List.of("سالمة الزروق", "الحاج محمود الرفاعي", "مصعب الطيب"), speakers("النفايات",
        "أما سالمة الزروق، ربة بيت، فقالت إن \"الحكم لا يعيد الأموال ولا ينظف الشوارع\".",
        "أما مختار المحلة، الحاج محمود الرفاعي، فقال: \"رفعنا 3 كتب للبلدية منذ بداية الأزمة\".",
        "وقال المتطوع في غرفة طوارئ الحي، مصعب الطيب، إن المركز يستقبل 640 شخصا، وأضاف: \"نحتاج إلى 400 خيمة\"."));
  }

  @Test
  void whatACompanyProvides_andAVillageNamedAfterASheikh_areNoNames() throws Exception {
    assertEquals(List.of("مصدر بشركة مياه الشرب والصرف الصحي بسوهاج", "محمود عبد الحكيم"), speakers("المياه",
        "وقال مصدر بشركة مياه الشرب والصرف الصحي بسوهاج إن الشركة تلقت شكاوى، موضحا أن \"الشبكات القديمة لم تعد "
            + "تتحمل الضغط\".",
        "من جهته، قال رئيس الوحدة المحلية لقرية الشيخ يوسف، محمود عبد الحكيم، إن المحطة ستعمل \"خلال ٤٥ يوما\"."));
  }
}
