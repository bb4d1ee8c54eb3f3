package dev.articles.facts;

import static dev.articles.facts.FactFixtures.quoteTexts;
import static dev.articles.facts.FactFixtures.quotes;
import static dev.articles.facts.FactFixtures.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which quoted words are speech, and whose: a quoted predicate of an أن clause, what a verb of calling or of
 * describing quotes, a quotation inside a quotation and the one it is credited to, against a quoted name or a
 * word something was called, which are no quotes.
 */
class QuoteDetectionTest {


  @Test
  void twoWordsOfPredicateAfterTheClausesSubject_areSpeech_butANameThereIsNot() throws Exception {
    assertEquals(List.of("تدرس جديا", "يظل ملائما"), quoteTexts("البنوك",
        "وقال مصرفي كبير في البنك إن الإدارة «تدرس جديا» طرح سندات خضراء العام المقبل.",
        "واعتبر المجلس أن المستوى الحالي «يظل ملائما» في ظل تراجع التضخم.",
        "وأعلن الوزير أن السفينة «بحر مغلق» رست في الميناء."));
  }

  @Test
  void quotationAfterATownNamedBeit_isSpeech_butAfterAVerseItIsNot() throws Exception {
    assertEquals(List.of("متطوع آخر من بيت لاهيا", "متطوع من بيت حانون"), FactFixtures.speakers("المطبخ",
        "وقال متطوع آخر من بيت لاهيا إن «سعر كيلو الحطب وصل إلى 8 شواكل».",
        "وقال متطوع من بيت حانون: «نحتاج يوميا إلى أكثر من 300 كيلو».",
        "وعلى الجدار كتب بيت شعر قديم: «ومن يتهيب صعود الجبال يعش أبد الدهر بين الحفر»."));
  }

  @Test
  void planNamedThenDescribedByARelativeClause_isNoSpeech() throws Exception {
    assertEquals(List.of(), quotes("الحرائق",
        "وكانت الحكومة قد أقرت في نيسان الماضي \"الخطة الوطنية لإدارة حرائق الغابات\"، التي تتضمن تجهيز مراكز "
            + "للإنذار المبكر."));
  }

  @Test
  void strategyNamedAfterDimn_isNoSpeech_evenInsideWhatWasSaid() throws Exception {
    assertEquals(List.of(), quotes("منصة حكومية",
        "وأطلقت الوزارة منصة جديدة، في خطوة قالت الوزارة إنها تأتي ضمن \"استراتيجية قطر الرقمية 2030\"."));
  }

  @Test
  void planNamedAfterBihasab_isNoSpeech() throws Exception {
    assertEquals(List.of(), quotes("الجفاف",
        "وبحسب «خطة الاستجابة الإنسانية للصومال ٢٠٢٥»، تحتاج المنظمات الإغاثية إلى ١٫٤٣ مليار دولار."));
  }

  @Test
  void shortQuotationClaimedAsOwnWords_orEndingAReportedClause_isSpeech() throws Exception {
    assertEquals(List.of("شبه منعدم", "بعدالة بين المحافظات", "توطين الوظائف النوعية وليس العددية فقط"),
        quoteTexts("الأسعار",
            "وقال الفلاح إن الكلفة ارتفعت، وهو ما يجعل هامش الربح لدى صغار الفلاحين \"شبه منعدم\"، على حد تعبيره.",
            "وأوضح الخفاجي أن الطلب ارتفع، مؤكدا أن الوزارة تعمل على توزيع ما هو متاح «بعدالة بين المحافظات».",
            "واعتبرت الوزارة أن النتائج مشجعة، وأكدت أنها ماضية في \"توطين الوظائف النوعية وليس العددية فقط\"."));
  }

  @Test
  void quotedWordsThatACallingParticipleCallsFor_areSpeech() throws Exception {
    assertEquals(List.of("كارين هولم", "كارين هولم"), FactFixtures.speakers("سوريا",
        "وقالت منسقة الشؤون الإنسانية كارين هولم إن «أكثر من 88 ألف أسرة ما زالت تعيش في مراكز إيواء»، داعية "
            + "المانحين إلى «الفصل بين العمل الإنساني والحسابات السياسية»."));
  }

  @Test
  void describingWithBianna_isSpeech_butOneWordItWasCalledIsNot() throws Exception {
    assertEquals(List.of("عمر عبد الباقي"), FactFixtures.speakers("الذهب",
        "من جهته، وصف المتحدث الرسمي باسم قوات الدعم السريع عمر عبد الباقي التقرير بأنه «منحاز ويعتمد على مصادر "
            + "مرتبطة بالجيش».",
        "وصدر الحكم في قرار وصفه محامون بأنه «سابقة» في ظل الأزمة المصرفية."));
  }

  @Test
  void quotedPredicateOfAThatClause_isSpeech_evenInThreeWords() throws Exception {
    assertEquals(List.of("حيدر الربيعي", "حيدر الربيعي"), FactFixtures.speakers("الرواتب",
        "قال المتحدث باسم وزارة المالية، حيدر الربيعي، إن الوزارة «أطلقت تمويل الرواتب فور استكمال التدقيق»، "
            + "مؤكدا أن التأخير «فني وليس سياسيا»."));
  }

  @Test
  void verbAfterAPreposition_isItsNoun_andAPledgeIsSpeech() throws Exception {
    assertEquals(List.of("الجيش الإسرائيلي", "اللجنة العليا للمشاريع والإرث"), FactFixtures.speakers("الزيتون",
        "وقال الجيش الإسرائيلي، في رد مكتوب على استفسار للأناضول، إن قواته «تعمل على منع الاحتكاك».",
        "وتعهدت اللجنة العليا للمشاريع والإرث منذ البداية بأن «لا يتحول أي ملعب إلى فيل أبيض»."));
  }

  @Test
  void quotationInsideAQuotation_isItsOwnQuote_byWhomTheOuterOneReports() throws Exception {
    List<ExtractedFact> quotes = quotes("المودعون",
        "أمام فرع أحد المصارف، يقول المدرس المتقاعد جورج حداد: «كل شهر آتي إلى هنا فيقول لي "
            + "الموظف: \"عد الشهر المقبل، التعميم لم يتغير\". جمعت 220 ألف دولار في 40 عاما من التعليم».",
        "وأضاف: «لن أتوقف عن المجيء حتى أستعيد مالي كاملا».");
    assertEquals(List.of("جورج حداد", "الموظف", "جورج حداد"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertEquals("عد الشهر المقبل، التعميم لم يتغير", quotes.get(1).text());
  }

  @Test
  void quotationInsideAQuotation_withNoVerbOfItsOwn_isNoOnes_notTheOuterSpeakers() throws Exception {
    List<ExtractedFact> quotes = quotes("الزيتون",
        "«خرجنا مع الفجر، وما إن بدأنا القطاف حتى نزل المستوطنون من التلة: \"ارحلوا من هنا، هذه أرضنا\"، ثم "
            + "رشقونا بالحجارة»، قالت أم محمد حمايل.");
    assertEquals(List.of("أم محمد حمايل", ""), quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void twoQuotedWordsAsThePredicateOfAThatClause_beforeAParticiple_areSpeech() throws Exception {
    assertEquals(List.of("خميس البلوشي", "خميس البلوشي"), FactFixtures.speakers("الأسماك",
        "في المقابل، يرى خميس البلوشي، وهو صاحب محل لبيع الأسماك، أن القرار «جاء متأخرا»، مضيفا أن «المواطن كان "
            + "يشتري الكنعد العماني بسعر أعلى»."));
  }

  @Test
  void quotedNameInsideAQuotation_isNoQuote() throws Exception {
    assertEquals(List.of("دبلوماسي غربي"), FactFixtures.speakers("المناخ",
        "«الإمارات تريد أن تثبت أن \"اتفاق الإمارات\" ليس مجرد شعار»، قال دبلوماسي غربي حضر الاجتماع."));
  }

  @Test
  void nestedQuotationSaidToTheSpeaker_isTheOneTheyJustMentioned_orTheOrganizationNamedAfterLana() throws Exception {
    assertEquals(List.of("الحاج عثمان الطيب", "الوكيل", "الوزير", "صندوق النقد الدولي"), speakers("الخبز",
        "ويقول الحاج عثمان الطيب، صاحب المخبز، إن حصته تقلصت، ويضيف: «كل يوم أذهب إلى الوكيل فيقول لي: "
            + "\"الباخرة لم تفرغ بعد\"».",
        "وكشف الوزير أن المباحثات كانت صعبة، قائلا: «قال لنا صندوق النقد الدولي بوضوح: \"لا دعم لقطاع يخسر\"»."));
  }

  @Test
  void headlineSpeakerBeforeThePaperSpokenTo_andWhatTheSpeakerUsedToSay_areTheirs() throws Exception {
    assertEquals(List.of("ريما عساف", "محمد الطاهر", "محمد الطاهر"), speakers(
        "الباحثة التربوية ريما عساف لـ«النهار»: \"40 ألف تلميذ في الجنوب خارج المدارس\"",
        "وروى رب الأسرة، محمد الطاهر (44 عاما)، تفاصيل ما عاشته أسرته، قائلا: «نفد الماء في اليوم الثاني. كنت "
            + "أقول لأولادي: \"اصبروا، سيأتون\"، وأنا نفسي لم أكن متأكدا»."));
  }

  @Test
  void nestedQuotationOfSomeoneNamedBeforeARelativeClause_isTheirs() throws Exception {
    assertEquals(List.of("لانا عياد", "الأستاذ خليل صبح"), speakers("التوجيهي",
        "وقالت الطالبة لانا عياد للصحفيين: «أهدي هذا النجاح لأبي، ولمعلمي الأستاذ خليل صبح الذي كان يقول لنا: "
            + "\"العلم هو الشيء الوحيد الذي لا يستطيع أحد مصادرته\"»."));
  }

  @Test
  void bodyNamedInMarksAtTheHeadOfAHeadline_isNoQuote() throws Exception {
    assertEquals(List.of(), speakers("«الاستئناف» تشدد الحكم على مسؤول سابق إلى الحبس 7 سنوات",
        "قضت محكمة الاستئناف اليوم بتشديد الحكم."));
  }

  @Test
  void whatSomeoneCalledTheWordsJustQuoted_isTheirQuotation() throws Exception {
    assertEquals(List.of("المتهم", "وكيل الجمهورية", "النائب أحمد سالم"), speakers("المحاكمة",
        "وأضاف المتهم أن \"التعليمات كانت تأتي من الوزارة الوصية، ولم يكن بإمكاني رفضها\"، وهو ما اعتبره وكيل "
            + "الجمهورية \"محاولة مكشوفة للتنصل من المسؤولية\".",
        "وهو ما وصفه النائب أحمد سالم بأنه \"كلام لا يستند إلى الواقع\"."));
  }

  @Test
  void whatADefendantDeniedAnyLinkTo_isNoSpeaker_soTheAmaSubjectSpeaks() throws Exception {
    assertEquals(List.of("ب. عبد القادر", "ب. عبد القادر"), speakers("المحاكمة",
        "أما المتهم ب. عبد القادر، فقد نفى أي صلة له بالشاحنة، مؤكدا أنه باعها لشخص \"لا يعرف سوى اسمه الأول\"، "
            + "وأن \"عقد البيع ضاع أثناء انتقاله من مسكنه\"."));
  }

  @Test
  void whatWasDemandedAfterTheSpeaker_isNoPartOfIt_andADescriberGoesOnWithHisParticiple() throws Exception {
    assertEquals(List.of("ممثل النيابة العامة"), speakers("المحاكمة",
        "وطالب ممثل النيابة العامة بتوقيع أقصى عقوبة على المتهم، مؤكدا أنه «استغل ثقة البسطاء وحاجتهم»."));
    assertEquals(List.of("المستشار كريم الدسوقي", "المستشار كريم الدسوقي"), speakers("المحاكمة",
        "وطالبت النيابة العامة بتوقيع أقصى عقوبة على المتهمين، ووصف ممثلها، المستشار كريم الدسوقي، المتهم الأول "
            + "بأنه \"استغل ثقة البسطاء وحاجتهم\"، مؤكدا أن \"الأدلة الفنية وكشوف الحسابات البنكية قاطعة\"."));
  }

  @Test
  void unnamedSourceKeepsHowCloseItIsAndWhereItSits() throws Exception {
    assertEquals(List.of("مصدر فلسطيني مشارك في اللقاءات", "مصدر مسؤول داخل لجنة التعاقدات بالنادي الأهلي"),
        speakers("المفاوضات",
            "وكشف مصدر فلسطيني مشارك في اللقاءات، فضل عدم الكشف عن اسمه، أن \"الخلاف الوحيد الذي بقي عالقا يتعلق "
                + "بمرجعية اللجنة\".",
            "وقال مصدر مسؤول داخل لجنة التعاقدات بالنادي الأهلي، فضّل عدم ذكر اسمه، إن \"العرض وصل عبر البريد "
                + "الإلكتروني مساء الاثنين\"."));
  }

  @Test
  void howHeWasAsHeSpoke_isNoSpeaker() throws Exception {
    assertEquals(List.of("الحاج محمود عبد الغني", "الحاج محمود عبد الغني"), speakers("عرفة",
        "جلس الحاج محمود عبد الغني (74 عاما)، القادم من محافظة سوهاج، يمسح وجهه بمنديل مبلل، وقال: \"جئنا بعد "
            + "انتظار 30 عاما\".",
        "وأضاف وقد غلبته دموعه: \"الحر شديد، بس والله ما حاسس بيه\"."));
  }

  @Test
  void nestedQuestionADaughterAskedHerMother_isTheDaughters() throws Exception {
    assertEquals(List.of("سهى دقماق", "ليال"), speakers("المدارس",
        "أمام البوابة، تمسك سهى دقماق بيد ابنها، وتلوّح لابنتها الكبرى ليال حتى تختفي خلف الباب. تقول: «سألتني "
            + "ليال صباحا: \"إذا سمعنا صوت طيارة شو بعمل؟\"، فقلت لها أن تبقى مع المعلمة»."));
  }

  @Test
  void paragraphThatIsOneQuotation_afterAnAttributedOne_goesOnWithItsSpeaker() throws Exception {
    assertEquals(List.of("سامي بن سليمان", "سامي بن سليمان", "عبد الرحيم الفلاحي"), speakers("الانتخابات",
        "وقال الناطق الرسمي باسم الهيئة، سامي بن سليمان، في ندوة صحفية: \"نسبة المشاركة مقبولة بالنظر إلى طبيعة "
            + "هذه الانتخابات\".",
        "\"الهيئة سخرت أكثر من 1,200 عون ومراقب لتأمين 164 مكتب اقتراع، ولم نسجل أي إخلالات\".",
        "«المشاركة كانت ضعيفة في الأرياف»، قال المراقب عبد الرحيم الفلاحي."));
  }

  @Test
  void nestedQuotationAfterLiAndARank_isTheirs() throws Exception {
    List<ExtractedFact> quotes = quotes("الكويت",
        "وقال الدكتور بدر الشريدة إن «ما نشهده تكرار لسيناريو عرفناه، وكما قال لي رئيس المجلس الأسبق عبد الله "
            + "المطوع ذات يوم \"الحل علاج مؤقت لمرض مزمن\"، وهذا ما يتكرر اليوم».");
    assertEquals(List.of("الدكتور بدر الشريدة", "عبد الله المطوع"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void quotedWordsAfterSaidLiterally_areSpeech_ofTheOneWhoToldTheSpeaker() throws Exception {
    List<ExtractedFact> quotes = quotes("الامتحانات",
        "وقال رئيس مركز الامتحان، منير الحمروني، إن \"المراقب أبلغني أنه رأى المترشح يخفي هاتفا، وقال لي حرفيا "
            + "«سأتكفل بالأمر»، لكن الهاتف لم يحجز\".");
    assertEquals(List.of("منير الحمروني", "المراقب"), quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertEquals("سأتكفل بالأمر", quotes.get(1).text());
  }

  @Test
  void programmeNamedWithinItsFramework_aWordQuotedInAGoingClause_areNoQuotes_butThusSummedUpIs() throws Exception {
    List<ExtractedFact> quotes = FactFixtures.quotes("معرض الكتاب",
        "وتنتج المحطات 320 مليون متر مكعب، في إطار «البرنامج الوطني للتزويد بالماء الشروب ومياه السقي 2020-2027».",
        "كتب \"نفدت\" من الأجنحة في اليوم الثالث للمعرض.",
        "“نحن لا نبيع الكتب فقط، بل نصنع عادة القراءة”، هكذا لخص سعود الكندي (42 عاما)، صاحب دار نشر، تجربته.");
    assertEquals(List.of("سعود الكندي"), quotes.stream().map(f -> f.quote().speaker().name()).toList());
  }

  @Test
  void fewWordsEndingAThatClauseBeforeTheNextReportingVerb_areSpeech_andSoAreWordsACauseIsPutDownTo()
      throws Exception {
    assertEquals(List.of("لعب بقلب بطل", "بناء منظومة إعلامية تنافس عالميا",
        "صعود أسعار النفط عالميا بسبب التوترات في المنطقة"), quoteTexts("نهائي وسياسة",
        "أما يوفانوفيتش فرأى أن فريقه «لعب بقلب بطل»، وتابع أن اللاعبين رفضوا الاستسلام.",
        "وأكدت الوزيرة أن الوزارة ستعمل على «بناء منظومة إعلامية تنافس عالميا»، وأوضحت أن القطاع يحتاج وقتا.",
        "وعزا ممثل موزعي المحروقات، طوني الحاج، الارتفاع إلى \"صعود أسعار النفط عالميا بسبب التوترات في المنطقة\"."));
  }

  @Test
  void quotationInsideAQuotation_isTheOneItsClauseDescribes_beforeOrAfterTheVerb() throws Exception {
    assertEquals(List.of("أم ياسين", "الممرضة في العيادة", "أحمد سعيد عبد الله", "المضيفة", "أم دلشاد",
        "والد العروس", "الدكتورة هبة عبد العزيز", "أحد المرممين الشباب"), FactFixtures.speakers("شهادات",
        "وتضيف أم ياسين: «الممرضة في العيادة قالت لي: \"ابنتك تعاني سوء تغذية حادا\"، لكن العلاج غير متوفر».",
        "وقال الناجي أحمد سعيد عبد الله: «سمعت صراخ الناس. المضيفة صرخت: \"انحنوا! انحنوا!\"، وبعدها لم أعد "
            + "أتذكر شيئا».",
        "وتضيف أم دلشاد: «عندما خطب ابني قال لي والد العروس: \"نحن لا نطلب شيئا، نريد فقط أن تفرح البنت\"، "
            + "لكن الناس يقترضون».",
        "وتقول الدكتورة هبة عبد العزيز: «عثرنا على رسوم أصلية، وأذكر أن أحد المرممين الشباب صاح يومها: \"هناك "
            + "وجه ملاك تحت الطلاء!\"، وكانت لحظة لن ننساها»."));
  }

  @Test
  void shortPredicateBeforeQablaAnOrAParticiple_isSpeech_butAWordExplainedAfterIt_isATerm() throws Exception {
    assertEquals(List.of("ليست ضد الإصلاح", "لكننا ضد إصلاح يفرض من فوق", "حقق نتائج مشجعة"),
        quoteTexts("إصلاح",
            "وأوضح الكاتب العام للنقابة أن النقابة \"ليست ضد الإصلاح\"، قبل أن يستدرك: \"لكننا ضد إصلاح يفرض من فوق\".",
            "واعتبرت وزارة التربية، في بلاغ لها، أن المشروع \"حقق نتائج مشجعة\"، مستدلة بتحسن نسب القراءة."));
    assertEquals(List.of("لم تعد تجلب ما يكفي لشراء الوقود"), quoteTexts("صيد",
        "يقول أحدهم، وهو بحار في العشرينيات، إن «الشرفية»، وهي طريقة صيد تقليدية، «لم تعد تجلب ما يكفي لشراء الوقود»."));
  }

  @Test
  void quotationInsideAQuotationAfterThePassiveOfSaying_isAQuoteOfNoOne() throws Exception {
    List<ExtractedFact> found = quotes("إضراب",
        "وأضاف الكاتب العام للنقابة: «جلسنا مع الوزارة مرات كثيرة. في كل مرة يقال لنا \"سننظر في مطالبكم بجدية\"، "
            + "ثم لا يحدث شيء».");
    assertEquals(List.of("سننظر في مطالبكم بجدية", ""), found.stream().filter(f -> f.text().startsWith("سننظر"))
        .flatMap(f -> java.util.stream.Stream.of(f.text(), f.quote().speaker().name())).toList());
  }

  @Test
  void paragraphOfTatweelOnly_isNoLineOfATranscript_andBreaksNothing() throws Exception {
    // found by the fuzzer: a paragraph of tatweel normalizes to nothing
    assertEquals(List.of("نعمل على ذلك منذ أشهر"), quoteTexts("فاصل", "ـــــــ", "وقال الوزير: «نعمل على ذلك منذ أشهر»"));
  }

  @Test
  void innerQuotation_isBySubjectOfTheVerbBeforeTheJoinedVerbOfSaying() throws Exception {
    List<String> all = FactFixtures.speakers("المستشفى",
        "وقال الطبيب عيسى خوري: «في الليلة الأولى جاءتني الممرضة المناوبة وقالت: \"يا دكتور، الأطفال يصلون\"، عندها فهمنا».",
        "ويضيف الدكتور أحمد الشرعبي: «الأسبوع الماضي جاءتني إحدى الأمهات من ريف المدينة تحمل طفلها وقالت: \"مشيت ثلاث ساعات\"».",
        "وتقول سعاد ليث: «ليث رجع العام الماضي وقال لي: \"يا أمي، الصف فيه 48 طالبا\"، وأخشى أن يتكرر».");
    assertEquals(List.of("عيسى خوري", "الممرضة المناوبة", "الدكتور أحمد الشرعبي", "إحدى الأمهات", "سعاد ليث", ""), all);
  }

  @Test
  void aQuotedTitleAsTheHeadlinesSubject_orAsWhatSomeoneWrote_isNoSpeech() throws Exception {
    assertEquals(List.of("الكتابة علاج"), quotes("«ظل الزيتونة» يتوج بالجائزة الكبرى",
        "وقالت الروائية نادين صعب إنها كتبت «بيت الملح» لأتصالح مع المدينة.",
        "وأضافت: «الكتابة علاج».").stream().map(ExtractedFact::text).toList());
  }

  @Test
  void anOrganizationsQuotedName_isNoSpeech() throws Exception {
    assertEquals(List.of("فرقنا التطوعية وزعت 1200 سلة غذائية"), quotes("الجفاف",
        "وقالت منظمة \"شباب من أجل بيداوة\" المحلية في بيان: \"فرقنا التطوعية وزعت 1200 سلة غذائية\".")
        .stream().map(ExtractedFact::text).toList());
  }

  @Test
  void threeWordsOpeningWithAVerb_areWhatWasSaid_evenWhereTheSentenceGoesOn() throws Exception {
    assertEquals(List.of("تحترم أحكام القضاء", "سبق صرفه نقدا", "تعرف مواطن الخلل"), quoteTexts("الحكم",
        "وقال المحامي إن موكلته \"تحترم أحكام القضاء\" لكنها ستطعن في الحكم، موضحا أن جزءا من المبالغ "
            + "\"سبق صرفه نقدا\" للعمال.",
        "ورد المتحدث بالقول إن الوزارة \"تعرف مواطن الخلل\"، وإنها تعاقدت مع استشاريين."));
    assertEquals(List.of(), quoteTexts("الخطة",
        "وقال الوزير إن برنامج \"تطوير المدارس الريفية\" سينطلق في الخريف."));
  }

  @Test
  void aQuotationOpenedAgainInTheNextParagraph_isFoundWhole_andTheSecondPartNamesTheSpeakerOfBoth() throws Exception {
    List<ExtractedFact> found = quotes("الفائدة",
        "وتوقع الطراونة أن يسجل الاقتصاد الأردني نموا بنسبة 2.7% خلال العام الحالي.",
        "«التضخم عندنا من أدنى المعدلات في المنطقة، وهذا ليس صدفة، بل نتيجة سياسة نقدية متحفظة التزمنا بها.",
        "«لكننا لا نريد أن يُفهم الخفض على أنه تحول في النهج»، قال المحافظ هشام الطراونة.");
    assertEquals(List.of("هشام الطراونة", "هشام الطراونة"),
        found.stream().map(f -> f.quote().speaker().name()).toList());
    assertTrue(found.get(0).text().startsWith("التضخم عندنا"), found.get(0).text());
  }
}
