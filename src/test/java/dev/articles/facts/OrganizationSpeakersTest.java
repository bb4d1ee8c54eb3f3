package dev.articles.facts;

import static dev.articles.facts.FactFixtures.quotes;
import static dev.articles.facts.FactFixtures.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organizations, statements and documents as speakers: a long organization name runs to its end but not into its
 * place, a definite head noun, a nisba or another alias is the organization named before, a statement, report,
 * communiqué or ruling is credited to its issuer unless the document itself is the subject, and the words an
 * agency or an outlet carried are those of whom it quoted.
 */
class OrganizationSpeakersTest {
  @Test
  void aBodyThatCallsOnAllSides_goesOnSpeaking() throws Exception {
    assertEquals(List.of("بعثة الأمم المتحدة للدعم في ليبيا"), speakers("اشتباكات طرابلس",
        "وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء تجدد العنف، ودعت جميع الأطراف إلى "
            + "\"الامتناع عن أي أعمال من شأنها تعريض حياة المدنيين للخطر\"."));
  }

  @Test
  void aGroupByName_andABodyThatCallsOnBothSides_speak_butABodyEndsWhereItsHeadIsNamed() throws Exception {
    assertEquals(List.of("مجموعة دبي للذهب والمجوهرات", "بعثة الأمم المتحدة للدعم في ليبيا", "بيتر كيبروتيتش"),
        speakers("الذهب والانتخابات",
            "وقالت مجموعة دبي للذهب والمجوهرات في بيان: \"يبقى الطلب على السبائك قويا\".",
            "دعت بعثة الأمم المتحدة للدعم في ليبيا الطرفين إلى \"الانخراط بحسن نية في حوار جاد\".",
            "ويشرف على مجموعة المسافات المتوسطة والطويلة المدرب الكيني بيتر كيبروتيتش، الذي التحق بالجامعة قبل عامين.",
            "وقال كيبروتيتش: \"المغرب يملك المواهب\"."));
  }

  @Test
  void renewedItsTrust_isAReportingVerb_whoseSubjectSpeaksOnInTheParticiple() throws Exception {
    assertEquals(List.of("عبد الإله", "المكتب المسير للوداد", "المكتب المسير للوداد"), speakers("الوداد",
        "«الجمهور صبر بزاف، ولكن هاد الفريق ما بقاش كيقنع»، يقول عبد الإله (42 عاما)، وهو مشجع ودادي.",
        "وفي بلاغ نشره ليلا، جدد المكتب المسير للوداد \"ثقته الكاملة في الطاقم التقني\"، داعيا الجماهير إلى "
            + "\"مواصلة الدعم في هذه المرحلة الصعبة من الموسم\"."));
  }

  @Test
  void accordingToAStatementOfTheBodyByOneWord_isTheBodyNamedBefore() throws Exception {
    assertEquals(List.of("المفوضية الوطنية العليا للانتخابات"), speakers("الانتخابات البلدية",
        "وأعلنت المفوضية الوطنية العليا للانتخابات تأجيل الاقتراع. وبحسب بيان للمفوضية، فإن التأجيل شمل بلديات، "
            + "\"إلى حين توفر الظروف الملائمة لضمان سلامة الناخبين\"، دون تحديد موعد جديد."));
  }

  @Test
  void accordingToAReckoning_thenWhoSaid_isTheOneWhoseReckoningItIs() throws Exception {
    assertEquals(List.of("الاتحاد المصري للاسكواش"), speakers("بطلة",
        "وتقفز ملك 31 مركزا في التصنيف، وفقا لحسابات الاتحاد المصري للاسكواش، الذي قال في بيان إنها \"أصغر لاعبة مصرية تحرز لقبا بهذا المستوى\"."));
  }

  @Test
  void estimatesOfABody_areItsWords() throws Exception {
    assertEquals(List.of("المنظمة الدولية للهجرة"), speakers("العودة",
        "وعاد أكثر من مليون شخص إلى ولاية الخرطوم، وفق تقديرات المنظمة الدولية للهجرة، التي تقول إن العائدين "
            + "يواجهون \"دمارا واسعا في البنية التحتية ونقصا حادا في الخدمات الأساسية\"."));
  }

  @Test
  void statementOfANamedBody_isThatBodys_butAJointOneOrOneOfABodyNamedBeforeStaysTheDocument() throws Exception {
    assertEquals(List.of("المرصد الوطني للأمراض الجديدة والمستجدة", "بيان مشترك"), speakers("الحصبة",
        "ووفق بيان للمرصد الوطني للأمراض الجديدة والمستجدة، فإن \"نسبة التغطية بالجرعة الثانية تراجعت\".",
        "وقال بيان مشترك للوسطاء إن «المفاوضات ستستأنف الأسبوع المقبل في القاهرة»."));
  }

  @Test
  void clubByItsShortName_andTheStatementOfTheClubThatIssuedIt_areTheirFullNames() throws Exception {
    assertEquals(List.of("نادي الرجاء الرياضي", "نادي الشرطة العراقي"), speakers("الرجاء",
        "أعلن نادي الرجاء الرياضي، مساء اليوم، التعاقد مع المهاجم مهند عبد الكريم، قادما من نادي الشرطة العراقي.",
        "وقال الرجاء في بلاغ نشره على موقعه الرسمي إنه \"توصل إلى اتفاق نهائي لانتقال اللاعب\".",
        "وكانت الصفقة قد تعثرت، بعدما أصدر نادي الشرطة بيانا اتهم فيه \"أطرافا\" بالتأثير على لاعبه. وجاء في "
            + "البيان: «إدارة النادي لم تتلق أي عرض رسمي مكتوب حتى الآن»."));
  }

  @Test
  void ministryInItsCountry_isTheMinistry_butAMissionInACountryKeepsItsWholeName() throws Exception {
    assertEquals(List.of("وزارة الصحة الاتحادية", "بعثة الأمم المتحدة للدعم في ليبيا"), speakers("الكوليرا",
        "وقالت وزارة الصحة الاتحادية في السودان في بيان إن \"الوضع الوبائي مستقر\".",
        "ورحبت بعثة الأمم المتحدة للدعم في ليبيا بالخطوة، وقالت إن \"الانتخابات البلدية خطوة مهمة\"."));
  }

  @Test
  void reportAnOrganizationIssued_isItsWords_whenTheVerbSaysIn() throws Exception {
    assertEquals(List.of("الهيئة السعودية للبيانات والذكاء الاصطناعي"), speakers("الذكاء الاصطناعي",
        "وتأتي المقابلة بعد أيام من تقرير أصدرته الهيئة السعودية للبيانات والذكاء الاصطناعي، قالت فيه إن \"عدد "
            + "الشركات العاملة في المجال تضاعف\"."));
  }

  @Test
  void postCommentedOn_isThePostersWords_notOnWhat() throws Exception {
    assertEquals(List.of("هيئة البيئة"), speakers("أشجار القرم",
        "وكانت هيئة البيئة قد نشرت على حسابها في منصة إكس مقطعا مصورا لمتطوعين يزرعون الشتلات، وعلقت عليه: "
            + "«كل شتلة تزرعها اليوم هي رئة للأجيال القادمة»."));
  }

  @Test
  void reportQuotedBySectionOrRecommendation_isItsIssuers() throws Exception {
    assertEquals(List.of("وزارة الصحة الاتحادية", "وزارة الصحة الاتحادية", "وزارة الصحة الاتحادية"),
        speakers("الكوليرا",
            "وقالت وزارة الصحة الاتحادية في تقريرها الأسبوعي إن «الإصابات تراجعت في ثلاث ولايات».",
            "وأضافت الوزارة في القسم نفسه: «تشير البيانات إلى انتقال العدوى من المناطق الطرفية».",
            "وجاء في توصيات التقرير أن الوزارة «ستنشئ 25 مركزا إضافيا لعلاج الإسهالات»."));
  }

  @Test
  void placeNamedInTwoWords_staysWithTheBody() throws Exception {
    assertEquals(List.of("محكمة سيدي امحمد", "رئيس بلدية بيت لاهيا"), speakers("حكم في قضية فساد",
        "أصدرت محكمة سيدي امحمد مساء أمس حكما بالحبس عشر سنوات في حق المدير العام السابق.",
        "وقالت المحكمة في منطوق حكمها إن «الوقائع الثابتة في الملف تشكل أدلة كافية».",
        "وقال رئيس بلدية بيت لاهيا إن «المياه لم تصل منذ أسبوع»."));
  }

  @Test
  void letterQuotedAfterAComma_isItsWritersWords() throws Exception {
    List<ExtractedFact> quotes = quotes("حكم في قضية فساد",
        "وكان المحامي مراد زروقي قد قرأ خلال الجلسة الأخيرة رسالة كتبها موكله سليمان بوخالفة من السجن، جاء "
            + "فيها: «خدمت هذا الوطن 32 عاما، ولم أمد يدي يوما إلى المال العام».");
    assertEquals("سليمان بوخالفة", quotes.get(0).quote().speaker().name());
    assertEquals("موكله", quotes.get(0).quote().speaker().role());
  }

  @Test
  void reportedThroughAnAgency_isWhomTheAgencyQuoted() throws Exception {
    assertEquals(List.of("مسؤول في الشركة"), speakers("حقل الشرارة",
        "\"لن يستأنف الإنتاج قبل صدور تعليمات واضحة من المؤسسة\"، بحسب ما نقلت وكالة رويترز عن مسؤول في الشركة."));
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
  void documentAsSubjectStays_documentAsPlaceIsItsIssuer() throws Exception {
    assertEquals(List.of("التقرير", "شركة البترول الوطنية الكويتية"), speakers("الحريق",
        "وأوضح التقرير أن «الاحتياجات الإنسانية تفوق بكثير ما يسمح بدخوله».",
        "وأوضحت شركة البترول الوطنية الكويتية، في بيان نشرته على حسابها، أن الحريق اندلع مساء أمس.",
        "وجاء في البيان: «تمت السيطرة على الحريق بالكامل خلال ساعتين»."));
  }

  @Test
  void longOrganizationName_runsToTheNextStop() throws Exception {
    assertEquals(List.of("فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ"), speakers("الإضرابات",
        "وحذرت فيدرالية جمعيات آباء وأمهات وأولياء التلاميذ في بلاغ من أن «استمرار الإضرابات يهدد بسنة بيضاء»."));
  }

  @Test
  void agencyWithAQuotedName_quotingAnUnnamedSource() throws Exception {
    assertEquals(List.of("مصدر حكومي إيطالي"), speakers("الغاز",
        "ونقلت وكالة \"نوفا\" الإيطالية عن مصدر حكومي إيطالي قوله إن «المفاوضات حول عقود طويلة الأجل بلغت "
            + "مرحلة متقدمة»."));
  }

  @Test
  void organizationsRunToTheirEnd_andTheSecondVerbSharesTheSubject() throws Exception {
    assertEquals(List.of("فريق خبراء الأمم المتحدة المعني بالسودان", "قوات الدعم السريع"), speakers("الذهب",
        "وقال فريق خبراء الأمم المتحدة المعني بالسودان في تقرير إن \"شبكات مرتبطة بطرفي النزاع تسيطر على مناجم\".",
        "ونفت قوات الدعم السريع في بيان مضاد هذه الاتهامات، وقالت إن \"المناجم تديرها المجتمعات المحلية\"."));
  }

  @Test
  void documentOfAMinistryWithACoordinatedName_speaksForIt_andAnOrganizationWithItsFullName() throws Exception {
    assertEquals(List.of("وزارة التجهيز والماء", "الإدارة العامة للجمارك العمانية"), speakers("الماء",
        "\"الوضعية المائية تفرض ترشيد استعمال المياه\"، بحسب بلاغ وزارة التجهيز والماء.",
        "وقالت الإدارة العامة للجمارك العمانية في بيان إنها \"أنجزت المرحلة الأولى من التوسعة\"."));
  }

  @Test
  void aReportOfAnOrganization_andTheReportLater_areTheOrganizations() throws Exception {
    assertEquals(List.of("منظمة الأغذية والزراعة", "البنك الدولي"), speakers("المياه",
        "وحذر تقرير لمنظمة الأغذية والزراعة من أن «تدهور العملة يدفع الصيادين إلى ترك المهنة».",
        "وبحسب تقرير صادر عن البنك الدولي، تبلغ نسبة الفاقد نحو 48%. ويقول التقرير إن “خفض الفاقد أرخص مصدر "
            + "جديد للمياه”."));
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
  void theStatement_afterAStatementQuotedAsItself_isThatStatement() throws Exception {
    assertEquals(List.of("بيان مشترك", "بيان مشترك"), speakers("المحادثات تنتهي دون اتفاق",
        "انتهت جولة جديدة من المحادثات بين الجيش السوداني وقوات الدعم السريع دون التوصل إلى اتفاق.",
        "وجاء في بيان مشترك للوسطاء، صدر عقب انتهاء المحادثات في مدينة جدة: «نأسف لعدم تمكن الطرفين من "
            + "الاتفاق على آلية لإيصال المساعدات».",
        "وأضاف البيان أن «الوسطاء سيواصلون اتصالاتهم مع الطرفين لضمان فتح المعابر في أقرب وقت»."));
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
  void anOrganizationBeforeTheObjectOfItsVerb_andWhatARulingSays() throws Exception {
    assertEquals(List.of("الجمعية الأردنية للوقاية من حوادث الطرق"), speakers("المخالفات",
        "ورحبت الجمعية الأردنية للوقاية من حوادث الطرق بالتعديلات، وقالت في بيان إن «تشديد العقوبات خطوة ضرورية»."));
    assertEquals(List.of("الحكم"), speakers("الودائع",
        "وكان المودع قد تقدم بدعواه في تشرين الأول 2023.",
        "وجاء في الحكم أن «امتناع المصرف عن تسديد الوديعة يشكل إخلالا بموجباته»."));
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
  void wilayaAndCommune_areOrganizationsNamedByTheirPlace() throws Exception {
    assertEquals(List.of("جماعة برشيد", "ولاية بجاية"), speakers("الماء",
        "وجاء في بيان لجماعة برشيد، توصلت هسبريس بنسخة منه، أن \"الانقطاعات ستكون يومية\".",
        "من جهتها، أعلنت ولاية بجاية، في بيان صادر عن خلية الأزمة، إجلاء 87 عائلة، موضحة أن \"العائلات تم إيواؤها "
            + "بمؤسسات تربوية\"."));
  }

  @Test
  void companyNamedByAChainOfNouns_runsToItsProperName() throws Exception {
    assertEquals(List.of("شركة إدارة محطة حاويات دوراليه"), speakers("الإضراب",
        "وقالت شركة إدارة محطة حاويات دوراليه، في بيان صدر مساء السبت، إن الإضراب \"يهدد بتكبيد الميناء خسائر "
            + "فادحة\"."));
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
  void bareOrganizationHead_isTheOneAnEarlierParagraphNamedInFull() throws Exception {
    assertEquals(List.of("البنك الدولي"), speakers("الزلزال",
        "وقدر البنك الدولي في تقرير له الأضرار المادية المباشرة بخمسة مليارات دولار.",
        "وقال البنك إن «حلب تحملت وحدها 45% من إجمالي الأضرار»."));
  }

  @Test
  void nisbaOfAnOrganization_isThatOrganization_notASumBeforeADescription() throws Exception {
    assertEquals(List.of("البنك المركزي المصري", "البنك المركزي المصري"), speakers("الفائدة",
        "وقال البنك المركزي المصري في بيان إن \"القرار يعكس تقييم اللجنة لأحدث التطورات\".",
        "ووقعت مصر اتفاقا مع الإمارات بقيمة 35 مليار دولار، وهو أكبر استثمار أجنبي في تاريخها.",
        "وتابع المركزي في بيانه أن اللجنة \"ستواصل تقييم أثر قراراتها على الاقتصاد\"."));
  }

  @Test
  void theReportOfAnOrganizationNamedBefore_andTheFullNameAfterAShortOne_areThatOrganization() throws Exception {
    assertEquals(List.of("صندوق النقد الدولي", "صندوق النقد الدولي", "صندوق النقد الدولي"), speakers(
        "هل يكفي تفاؤل صندوق النقد لطمأنة المغاربة؟",
        "يقول صندوق النقد الدولي في تقريره إن «الاقتصاد المغربي أظهر قدرة ملحوظة على الصمود».",
        "ويشير تقرير الصندوق إلى أن الدين استقر، معتبرا أن «مسار خفض الدين يظل ممكنا».",
        "ويضيف الصندوق: «ينبغي أن تواكب الإصلاحات الهيكلية سياسات التشغيل»."));
  }

  @Test
  void aShortNameOfABodyWrittenInFullBefore_theRulingsCourt_andAFeminineBodyBeforeItsObject() throws Exception {
    assertEquals(List.of("المكتب المديري لنادي الرجاء الرياضي", "محكمة جنايات عمان", "محكمة جنايات عمان",
        "وزارة التعليم"), speakers("القضايا",
        "جدد المكتب المديري لنادي الرجاء الرياضي ثقته في الطاقم التقني للفريق الأول.",
        "وقال المكتب المديري في بيان إن «النتائج الأخيرة لا تعكس القيمة الحقيقية للفريق».",
        "وأصدرت محكمة جنايات عمان حكمها في قضية الاختلاس.",
        "وجاء في نص الحكم أن المتهم «استغل موقعه الوظيفي».",
        "وأضاف الحكم أن المتهم «نفذ 137 عملية تحويل».",
        "وأعلنت وزارة التعليم نتائج القبول. ودعت الوزارة الطلاب المقبولين إلى التأكيد، مؤكدة أن «عدم التأكيد "
            + "يعني إلغاء القبول»."));
  }

  @Test
  void nameOfIndefiniteNouns_runsToTheDefiniteNounThatClosesIt_andToItsYear() throws Exception {
    assertEquals(List.of("مؤسسة موانئ خليج عدن اليمنية", "رابطة دوري نجوم العراق", "لجنة كأس العالم 2030",
        "شركة طيران"), speakers("الموانئ",
        "وقالت مؤسسة موانئ خليج عدن اليمنية في بيان إن «السفينة وصلت إلى الميناء صباح اليوم».",
        "وقالت رابطة دوري نجوم العراق في بيان إن \"مراسم التتويج ستقام في ختام الجولة الأخيرة\".",
        "وقالت لجنة كأس العالم 2030 في بيان إن «كلفة الملاعب ستسترجع عبر عائدات الاستغلال».",
        "وأعلنت شركة طيران تعليق رحلاتها، وقالت: «القرار مؤقت حتى إشعار آخر»."));
  }

  @Test
  void verbsObjectAfterAnOrganization_isNotPartOfItsName() throws Exception {
    assertEquals(List.of("جمعية مصارف لبنان", "البنك المركزي اليمني", "جمعية حماية العمال الوافدين",
        "الاتحاد العام للعمال الجزائريين"), speakers("المصارف",
        "في المقابل، حملت جمعية مصارف لبنان الدولة مسؤولية الأزمة، وقالت في بيان إن «المصارف لم تبدد الأموال».",
        "ودعا البنك المركزي اليمني المواطنين إلى الهدوء، وقال إن «الإجراءات الجديدة ستضبط سوق الصرف».",
        "وقالت جمعية حماية العمال الوافدين في بيان إن «العمال يعانون من الحر الشديد».",
        "وقال الاتحاد العام للعمال الجزائريين في بيان إن «الأجور لم تعد تكفي»."));
  }

  @Test
  void cellNamedBefore_isTheOneItsDefiniteHeadRefersTo() throws Exception {
    assertEquals(List.of("خلية الإعلام الأمني"), speakers("ضربات جوية",
        "أعلنت خلية الإعلام الأمني في العراق، اليوم الأربعاء، مقتل 7 مسلحين.",
        "وقالت الخلية في بيان إن \"طائرات القوة الجوية العراقية نفذت أربع ضربات دقيقة\"."));
  }

  @Test
  void definiteHeadAfterAFullNameTheGazetteerDoesNotKnow_isThatName_withoutItsPlace() throws Exception {
    assertEquals(List.of("الهيئة العامة للإحصاء"), speakers("البطالة",
        "أظهر تقرير مسح القوى العاملة الصادر اليوم الأحد عن الهيئة العامة للإحصاء في السعودية تراجع البطالة.",
        "وقالت الهيئة في تقريرها إن \"الانخفاض جاء مدفوعا بارتفاع أعداد العاملين في القطاع الخاص\"."));
  }

  @Test
  void shortNameInBracketsAfterTheFullName_isThatOrganization() throws Exception {
    assertEquals(List.of("الشركة الوطنية للصناعة والمناجم"), speakers("الحديد",
        "أعلنت الشركة الوطنية للصناعة والمناجم (سنيم) في موريتانيا تراجع صادراتها من خام الحديد بنسبة 9%.",
        "وقالت سنيم في تقرير فصلي إن التراجع يعود إلى «توقف القطار المنجمي لمدة 11 يوما في يوليو»."));
  }

  @Test
  void courtOfAKindWithItsTown_andADefiniteHeadAfterAHeadAndAdjective_areWholeNames() throws Exception {
    assertEquals(List.of("محكمة جنايات أسيوط", "النيابة العامة"), speakers("مستريح الصعيد",
        "قضت محكمة جنايات أسيوط، اليوم الخميس، بالسجن المشدد 15 عاما على المتهم الرئيسي.",
        "وقالت المحكمة في حيثيات حكمها إن المتهم «استغل ثقة البسطاء من أبناء قريته».",
        "وكانت النيابة العامة قد أحالت المتهمين إلى المحاكمة في مارس الماضي.",
        "وذكرت النيابة في بيان آنذاك أن المتهم «أسس شركة وهمية لم تمارس أي نشاط تجاري فعلي»."));
  }

  @Test
  void statementOfAnOrganizationNamedInFullInsideARole_isThatOrganizations() throws Exception {
    assertEquals(List.of("الاتحاد البحريني لكرة اليد"), speakers("كرة اليد",
        "من جهته، أكد رئيس الاتحاد البحريني لكرة اليد، خالد يوسف المطوع، أن الاتحاد رصد 150 ألف دينار.",
        "ودعا الاتحاد في بيان الجماهير إلى حضور المباراة، وجاء في البيان: \"نتمنى حضورا جماهيريا كبيرا في "
            + "لقاء قطر، والدخول مجاني للجميع\"."));
  }

  @Test
  void postOfAGroupNamedInQuotationMarks_isThatGroups() throws Exception {
    assertEquals(List.of("محمد عوض الكريم", "غرفة طوارئ بربر"), speakers("فيضانات",
        "وقال محمد عوض الكريم إن \"المياه غمرت الحي كله في ساعة واحدة\".",
        "ونشرت \"غرفة طوارئ بربر\"، وهي مجموعة شبابية تطوعية، تدوينة على منصة إكس جاء فيها: “نحتاج خياما "
            + "وناموسيات وأدوية للإسهال للأطفال”."));
  }

  @Test
  void operativePartOfARulingReadByAJudge_isTheJudges() throws Exception {
    assertEquals(List.of("القاضي نضال العبادي"), speakers("الاحتيال",
        "وجاء في منطوق الحكم الذي تلاه رئيس الهيئة القاضي نضال العبادي: «قررت المحكمة تجريم المتهم الأول "
            + "بجناية الاحتيال المكرر»."));
  }

  @Test
  void companyOfTwoNames_placeAfterLam_andAReportsLengthIsNoSource() throws Exception {
    assertEquals(List.of("شركة كومور إكسبريس", "القيادة العامة لشرطة دبي", "مرصد الخليج للبيئة البحرية"),
        speakers("تحقيقات",
            "وقالت شركة كومور إكسبريس إن الطائرة «خضعت لفحص شامل قبل أسابيع».",
            "ودعت القيادة العامة لشرطة دبي في بيان الجمهور إلى \"عدم مشاركة الرقم السري مع أي جهة\".",
            "وأصدر مرصد الخليج للبيئة البحرية تقريرا سنويا.",
            "وقال المرصد في تقريره، الذي جاء في 84 صفحة، إن \"موجات الحر تسببت في ابيضاض المرجان\"."));
  }

  @Test
  void theOneMourned_isNoPartOfTheMinistrysName() throws Exception {
    assertEquals(List.of("وزارة الشؤون الثقافية"), speakers("رحيل موسيقار",
        "ونعت وزارة الشؤون الثقافية الراحل في بيان قالت فيه إن «الساحة الفنية فقدت قامة كبيرة أفنت عمرها في "
            + "خدمة التراث»."));
  }

  @Test
  void statementIssuedByAnArchdiocese_isTheArchdiocesesWords() throws Exception {
    assertEquals(List.of("مطرانية حمص للروم الأرثوذكس"), speakers("ترميم كنيسة",
        "وبحسب بيان صادر عن مطرانية حمص للروم الأرثوذكس، بلغت كلفة الترميم نحو ٤٥٠ ألف دولار، فيما «تكفلت منظمة "
            + "دولية بترميم الأيقونات والجداريات»."));
  }

  @Test
  void headlineSpeakerByOneWordOfAMinistrysName_isTheMinistryTheBodyQuotes() throws Exception {
    assertEquals(List.of("وزارة التربية والتعليم والتعليم الفني", "وزارة التربية والتعليم والتعليم الفني"),
        speakers("تسريب امتحان الفيزياء يهز الثانوية العامة في مصر.. والتعليم: \"لا إعادة للامتحان\"",
            "من جهتها، قالت وزارة التربية والتعليم والتعليم الفني في بيان: \"لا إعادة للامتحان، فالتسريب جرى بعد "
                + "بدء اللجان\"."));
  }

  @Test
  void ministryWithoutItsNisba_isTheOneNamedWithItBefore() throws Exception {
    assertEquals(List.of("وزارة الصحة الجزائرية"), speakers("موجة الحر",
        "حذرت وزارة الصحة الجزائرية، اليوم الاثنين، من مخاطر ضربات الشمس.",
        "ودعت وزارة الصحة في بيانها المواطنين إلى \"تفادي الخروج بين الساعة الحادية عشرة صباحا والرابعة مساء\"."));
  }

  @Test
  void theStatement_isTheUnitThatSaidSoInAStatementBefore() throws Exception {
    assertEquals(List.of("الوحدة التنفيذية لإدارة مخيمات النازحين"), speakers("السيول",
        "وفي مأرب، قالت الوحدة التنفيذية لإدارة مخيمات النازحين في بيان إن السيول اجتاحت 27 مخيما.",
        "وأوضح البيان أن \"الأسر التي فقدت مأواها تقيم حاليا في مدارس ومساجد قريبة\"."));
  }

  @Test
  void ministryWarningOfSomething_isTheMinistryNamedBefore_notWhatItWarnedOf() throws Exception {
    assertEquals(List.of("وزارة التراث والسياحة"), speakers("الخريف",
        "وأعلنت وزارة التراث والسياحة أن عدد الزوار تجاوز مليون زائر.",
        "وحذرت الوزارة من السباحة في الشواطئ، داعية الزوار إلى \"الالتزام بالتعليمات والابتعاد عن الأودية\"."));
  }

  @Test
  void theStatement_isTheGroupThatIssuedItTogether() throws Exception {
    assertEquals(List.of("فصائل فلسطينية"), speakers("الهدنة",
        "أكدت فصائل فلسطينية، في بيان مشترك صدر مساء أمس الأحد، التزامها الكامل باتفاق وقف إطلاق النار.",
        "وقال البيان إن \"المقاومة ستلتزم بكل ما وقعت عليه\"."));
  }
  @Test
  void theSameStatementAgain_isItsIssuer_andThoseCalledOnAreNoPartOfIt() throws Exception {
    assertEquals(List.of("وزارة الصحة والحماية الاجتماعية", "وزارة الصحة والحماية الاجتماعية",
        "وزارة المياه والبيئة"), speakers("الإضراب",
        "وأكدت وزارة الصحة والحماية الاجتماعية، في بلاغ لها، أن «نسبة المشاركة في الإضراب بلغت 35 في المائة».",
        "وأوضح البلاغ ذاته أن الوزارة \"صرفت الشطر الأول من الزيادة\".",
        "ودعت وزارة المياه والبيئة المواطنين إلى \"الابتعاد عن مجاري السيول وعدم المجازفة بعبور الأودية\"."));
  }
  @Test
  void whatAMinistryDenied_isNoPartOfItsName() throws Exception {
    assertEquals(List.of("وزارة التجارة وتنمية الصادرات"), speakers("الخبز",
        "نفت وزارة التجارة وتنمية الصادرات وجود نقص في الحبوب، وقالت في بيان إن \"المخزون الاستراتيجي يكفي "
            + "حاجيات البلاد لنحو 70 يوما\"."));
  }

  @Test
  void aProvincesAdministration_isAnOrganization_whoseStatementGoesOn() throws Exception {
    assertEquals(List.of("عمالة إقليم طاطا", "عمالة إقليم طاطا"), speakers("السيول",
        "وقالت عمالة إقليم طاطا في بلاغ إن \"السلطات الإقليمية عبأت كل الإمكانيات\".",
        "وأضاف البلاغ أن الطريق أعيد فتحها، وأن \"عملية إحصاء الأضرار متواصلة\"."));
  }

  @Test
  void aFestival_speaksInItsStatementUnderItsFullName() throws Exception {
    assertEquals(List.of("مهرجان الحمامات المتوسطي للفيلم القصير"), speakers("المهرجان",
        "وقال مهرجان الحمامات المتوسطي للفيلم القصير في بيانه الختامي: \"سجلت هذه الدورة رقما قياسيا\"."));
  }

  @Test
  void aPartyComingIn_onTheLine_isThePartyAlone() throws Exception {
    assertEquals(List.of("حزب العمال"), speakers("الإضراب",
        "ودخل حزب العمال على الخط، إذ أعلن في بيان «مساندته المطلقة لنضالات أعوان النقل»."));
  }

  @Test
  void theIssuerOfAStatement_speaksInIt_pastWhenItWasIssued() throws Exception {
    assertEquals(List.of("المكتب السياسي لحزب الاتحاد الاشتراكي"), speakers("القانون",
        "من جهته، أصدر المكتب السياسي لحزب الاتحاد الاشتراكي بلاغا عقب الجلسة، قال فيه إن المشروع «ما يزال "
            + "يتضمن قيودا تفرغ الحق الدستوري من مضمونه»."));
  }

  @Test
  void thePublicCalledOn_isNoPartOfTheMinistry() throws Exception {
    assertEquals(List.of("وزارة الصحة"), speakers("التسمم",
        "ودعت وزارة الصحة الجمهور إلى \"عدم ترك الأطعمة المطبوخة في درجة حرارة الغرفة لفترات طويلة\"."));
  }

  @Test
  void aReportItsNetworkIssued_speaksForTheNetwork_andASharePollIsNoSpeaker() throws Exception {
    assertEquals(List.of("شبكة البقاع للعمل الإنساني", "شبكة البقاع للعمل الإنساني"), speakers("العودة",
        "وبحسب تقرير أصدرته شبكة البقاع للعمل الإنساني، وهي ائتلاف يضم 23 جمعية محلية، فإن نحو 38% من العائلات "
            + "أبدت رغبتها في العودة.",
        "وجاء في التقرير أن \"العائق الأول أمام العودة لم يعد أمنيا فحسب\"، إذ أفادت 64% من العائلات بأن منازلها "
            + "\"متضررة جزئيا أو كليا\"."));
  }

  @Test
  void aMinistrysStatement_speaksForTheMinistry() throws Exception {
    assertEquals(List.of("وزارة الثقافة"), speakers("رحيل الشاعر",
        "وجاء في بيان وزارة الثقافة أن الراحل «سيبقى حاضرا في كل بيت لبناني تغنى فيه قصائده»."));
  }

  @Test
  void whatAFundAnnounced_afterWhatItIsFor_isNoPartOfItsName() throws Exception {
    assertEquals(List.of("الصندوق القومي للمعاشات", "المرصد الوطني للحق في الماء"), speakers("المعاشات",
        "وأعلن الصندوق القومي للمعاشات زيادة المعاشات الشهرية بنسبة 40%، وقال إنها جاءت \"استجابة لارتفاع تكاليف "
            + "المعيشة\".",
        "وقال المرصد الوطني للحق في الماء إن \"ولايات الوسط استأثرت بأكثر الانقطاعات\"."));
  }

  @Test
  void thePolice_areThePoliceOfTheStateNamedBefore() throws Exception {
    assertEquals(List.of("شرطة ولاية البحر الأحمر"), speakers("تهريب الذهب",
        "أعلنت شرطة ولاية البحر الأحمر، اليوم، تفكيك شبكة إجرامية.",
        "وقالت الشرطة في بيان صحفي تلقت «سونا» نسخة منه: \"تمكنت قوة مشتركة من رصد الشبكة\"."));
  }

  @Test
  void aRegionalDelegation_isAnOrganization_andWhatThePoliceAnnounceIsNoPartOfTheirName() throws Exception {
    assertEquals(List.of("المندوبية الجهوية للفلاحة والموارد المائية والصيد البحري", "شرطة عمان السلطانية"),
        speakers("ميناء الصيد",
            "من جهتها، أفادت المندوبية الجهوية للفلاحة والموارد المائية والصيد البحري بمدنين، في بلاغ لها، بأن "
                + "«أشغال جهر الميناء ستنطلق خلال شهر سبتمبر».",
            "أعلنت شرطة عمان السلطانية وفاة خمسة أشخاص في حادث تصادم.",
            "وقالت الشرطة في بيان: \"وقع حادث تصادم بين مركبة صالون وشاحنة\"."));
  }

  @Test
  void aBodyThatUrges_orMournsAndThenSays_isTheSpeaker() throws Exception {
    assertEquals(List.of("وزارة الداخلية", "الحاج عبد الرحيم السروجي", "وزارة الثقافة الفلسطينية"), speakers("الوزارة",
        "أعلنت وزارة الداخلية ضبط تشكيل عصابي. وأهابت الوزارة في ختام بيانها بالمواطنين \"عدم الانسياق وراء "
            + "الإعلانات مجهولة المصدر على مواقع التواصل الاجتماعي\".",
        "وقال الحاج عبد الرحيم السروجي: \"كان يجلس عندي ساعات ويسأل عن أسماء الأدوات القديمة\".",
        "كما نعته وزارة الثقافة الفلسطينية، وقالت في بيان إن \"فلسطين خسرت برحيله ذاكرة حية لمدنها\"."));
  }

  @Test
  void whatABodyConfirmsOrExpects_isNotWhoSpeaks() throws Exception {
    assertEquals(List.of("الوزارة", "المديرية العامة للأرصاد الجوية"), speakers("البيان",
        "وقالت الوزارة في بيان إن التحريات أكدت قيام المتهمين \"بإدارة شركة وهمية لإلحاق العمالة بالخارج دون "
            + "ترخيص\".",
        "أعلنت المديرية العامة للأرصاد الجوية أن الأمطار ستستمر.",
        "وتوقعت الأرصاد استمرار تأثير المنخفض حتى مساء الأربعاء، ودعت في بيانها المواطنين إلى \"الابتعاد عن مجاري "
            + "الأودية وعدم المجازفة بعبورها مهما بدا منسوب المياه منخفضا\"."));
  }

  @Test
  void aSummit_speaksAsABody_byItsFullName() throws Exception {
    assertEquals(List.of("قمة نواكشوط للأمن والتنمية في الساحل"), speakers("القمة",
        "اختتمت قمة نواكشوط للأمن والتنمية في الساحل أعمالها أمس. وتعهدت القمة في بيانها الختامي \"بمحاربة الإرهاب "
            + "والجريمة المنظمة العابرة للحدود\"."));
  }
}
