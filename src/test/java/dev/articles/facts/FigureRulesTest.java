package dev.articles.facts;

import static dev.articles.facts.FactFixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What counts as a figure and what it measures, in the shapes that a naive number-and-noun reader gets
 * wrong: numbers that name rather than count, compound units, scale words on decimal fractions, number words
 * that follow a word spelled like a month, compound numbers and a thousand or a million without digits.
 */
class FigureRulesTest {

  /** The figures of an article made of body paragraphs, as "text = value unit bound". */
  private static List<String> figures(String... paragraphs) throws Exception {
    return facts("أرقام", paragraphs).stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.FIGURE)
        .map(f -> f.text() + " = " + f.figure().value() + " " + f.figure().unit() + " " + f.figure().bound())
        .toList();
  }

  @Test
  void percentAfterTheArticle_isAFigure_andAPlansYearThreeWordsOn_isNot() throws Exception {
    assertEquals(List.of("الـ11% = 11.0 % EXACT", "5.8 ملايين نسمة = 5800000.0 نسمة EXACT"), figures(
        "وقال النائب إن ضريبة الـ11% على القيمة المضافة أرهقت الناس.",
        "وتستهدف خطة دبي الحضرية 2040 استيعاب 5.8 ملايين نسمة."));
  }

  @Test
  void thousandsAndHundredsOfBillions_areOneFigure_andAHalfAfterTheUnitCounts() throws Exception {
    assertEquals(List.of("17 ألفا و600 مليار دينار = 1.76E13 دينار EXACT",
        "نحو 5 آلاف و900 مليار دينار = 5.9E12 دينار ABOUT", "سبع سنوات ونصف = 7.5 سنوات EXACT"), figures(
        "ويتضمن المشروع نفقات بقيمة 17 ألفا و600 مليار دينار، منها نحو 5 آلاف و900 مليار دينار للتحويلات.",
        "وقضت المحكمة بسجنه سبع سنوات ونصف."));
  }

  @Test
  void yearBeforeADerivedPastVerb_isNoFigure() throws Exception {
    assertEquals(List.of("أكثر من أربعة أشهر = 4.0 أشهر MORE_THAN"), figures(
        "وفي 2023 استغرق الأمر أكثر من أربعة أشهر."));
  }

  @Test
  void percentToPercent_isOneRange_butAChangeToAFarHigherOneIsTwo() throws Exception {
    assertEquals(List.of("25% إلى 30% = 25.0 % RANGE", "2% = 2.0 % EXACT", "27% = 27.0 % EXACT"), figures(
        "وتراجع الغطاء النباتي بنسبة 25% إلى 30% منذ الثمانينيات.",
        "ورفع البنك الفائدة 2% إلى 27% دفعة واحدة."));
  }

  @Test
  void oneNumberOrTheNext_isOneRange() throws Exception {
    assertEquals(List.of("ثلاث أو أربع سنوات = 3.0 سنوات RANGE", "200 أو 300 ألف دينار = 200000.0 دينار RANGE",
        "5% أو 6% = 5.0 % RANGE"), figures(
        "وتحتاج الشجرة ثلاث أو أربع سنوات لتثمر.",
        "ويباع الجاموس بـ200 أو 300 ألف دينار.",
        "وبدأ ذلك عام 2020 أو 2021.",
        "وكانت النسبة 5% أو 6% في أحسن الأحوال."));
  }

  @Test
  void alphaAfterATitle_andAYearBeforeWhatWeDid_areNoFigures() throws Exception {
    assertEquals(List.of("2000 فدان = 2000.0 فدان EXACT"), figures(
        "ومنهم الرئيس السابق ألفا كوندي ورئيس الوزراء.",
        "وقال: «في جفاف 2017 خسرنا كثيرا، وزرعنا بعده 2000 فدان»."));
  }

  @Test
  void lastIAmNot_isNoSix_butForSixMonthsIs() throws Exception {
    assertEquals(List.of("لستة أشهر = 6.0 أشهر EXACT"), figures(
        "وقال المتهم: «أنا لست تاجر مخدرات، ولست مجرما»، وقد سجن لستة أشهر."));
  }

  @Test
  void compoundOrdinal_isNoFigure() throws Exception {
    assertEquals(List.of(), figures(
        "وقال المتحدث باسم الجيش ياسر عبد الباقي إن \"السيطرة على مقر الفرقة السادسة عشرة مشاة باتت مسألة وقت\"."));
  }

  @Test
  void moreThanWithYazid_isApproximate_andAYearAfterBihulul_isNoFigure() throws Exception {
    assertEquals(List.of("ما يزيد على 190 دولة = 190.0 دولة MORE_THAN"), figures(
        "ومن المقرر أن تنطلق أعمال المؤتمر بمشاركة ما يزيد على 190 دولة، لتخفض الانبعاثات بحلول 2035 مقارنة بغيرها."));
    assertEquals(List.of("بما يزيد على 2.5 مليار دولار = 2.5E9 دولار MORE_THAN"), figures(
        "وقال إن المؤسسة مدينة بما يزيد على 2.5 مليار دولار، معظمها لخزينة الدولة."));
  }

  @Test
  void hotlineNumberAndRank_areNoFigures_butTheCountRankedAmongIs() throws Exception {
    assertEquals(List.of(), figures("كما أن الخط الساخن 17506055 يستقبل الشكاوى على مدار الساعة."));
    assertEquals(List.of("180 دولة = 180.0 دولة EXACT"), figures(
        "وأشار إلى أن ليبيا حلت في المرتبة 173 من أصل 180 دولة في مؤشر مدركات الفساد."));
  }

  @Test
  void nauticalMiles_areOneUnit() throws Exception {
    assertEquals(List.of("نحو 40 ميلا بحريا = 40.0 ميلا بحريا ABOUT"), figures(
        "وانقلب القارب على بعد نحو 40 ميلا بحريا من السواحل الليبية."));
  }

  @Test
  void partNumberedWithinALawOrALeague_isNoFigure() throws Exception {
    assertEquals(List.of(), figures("وقدم النواب طلبا استنادا إلى المادة 101 من الدستور في الجولة 14 من الدوري."));
  }

  @Test
  void theVerbWroteSpelledLikeAThousand_isNoFigure() throws Exception {
    assertEquals(List.of("ألف نسخة = 1000.0 نسخة EXACT"), figures(
        "وقد ألّف الكاتب روايته الأولى في المنفى، ثم ألف كتابا عن الحرب بيعت منه ألف نسخة."));
  }

  @Test
  void twoThousandAsADualInConstruct_isAFigure() throws Exception {
    assertEquals(List.of("ألفي نسخة = 2000.0 نسخة EXACT"), figures("وطبعت الدار ألفي نسخة من الرواية."));
  }

  @Test
  void countAfterATwoWordMonth_isAFigure_butAnHourSaidTheSpokenWayIsNot() throws Exception {
    assertEquals(List.of("35 طنا = 35.0 طنا EXACT"), figures(
        "وسلمت المنظمة خلال تشرين الأول 35 طنا من الأدوية.",
        "المية بتقطع من الساعة ١٠ الصبح لحد المغرب."));
  }

  @Test
  void yearAfterAJoinedMonthOrBeforeARank_isNoFigure_butACountAfterAYearIs() throws Exception {
    assertEquals(List.of("أربعة مهندسين = 4.0 مهندسين EXACT"), figures(
        "الأمم المتحدة: 2025 ثاني أو ثالث أكثر الأعوام حرا. وكان متوسط الحرارة بين كانون الثاني وآب 2025 تجاوز "
            + "المعدل، وخسرنا منذ 2023 أربعة مهندسين لصالح شركات خليجية."));
  }

  @Test
  void speedIsOneUnitPerAnother_andAGreenNumberToCallIsNoFigure() throws Exception {
    assertEquals(List.of("140 كلم/سا = 140.0 كلم/سا EXACT"), figures(
        "كانت الحافلة تسير بسرعة 140 كلم/سا، ووضعت الحماية المدنية الرقم الأخضر 1021 تحت تصرف المواطنين."));
  }

  @Test
  void numberToCallAndTheYearABudgetIsNamedBy_areNoFigures() throws Exception {
    assertEquals(List.of(), figures(
        "ودعا الهلال الأحمر إلى الاتصال بالرقم 997 فور وقوع أي حادث، وقال إن ميزانية 2026 ستتضمن اعتمادات جديدة."));
  }

  @Test
  void rangeAfterBayna_isOneFigureFromItsLowerEnd_withTheUpperEndsScaleAndUnit() throws Exception {
    assertEquals(List.of("بين 14 و15 دينارا = 14.0 دينارا RANGE", "ما بين 2000 و2500 شخص = 2000.0 شخص RANGE",
        "بين ثلاثة وخمسة أيام = 3.0 أيام RANGE", "بين 20 و30 ألف رأس = 20000.0 رأس RANGE", "بين 6 و7% = 6.0 % RANGE",
        "مليون ونصف المليون دونم = 1500000.0 دونم EXACT", "بين 1% و2% = 1.0 % RANGE", "بين ١٪ و٢٪ = 1.0 % RANGE"),
        figures(
        "بلغ السعر بين 14 و15 دينارا، وحضر ما بين 2000 و2500 شخص، وتتراوح الإقامة بين ثلاثة وخمسة أيام، ونفق بين "
            + "20 و30 ألف رأس، وسجلت بين 6 و7%، وبين 2016 و2021 شهد اليمن أسوأ تفش، وتقلصت المساحة إلى مليون ونصف "
            + "المليون دونم، وتراوح الخفض بين 1% و2%، وبين ١٪ و٢٪ في الربع الأول."));
  }

  @Test
  void hundredsWrittenAsOneWord_areFigures_andAYearBeforeKanaIsNot() throws Exception {
    assertEquals(List.of("أربعمئة كيلوغرام = 400.0 كيلوغرام EXACT", "ثلاثمائة شخص = 300.0 شخص EXACT"), figures(
        "كنا نعود ومعنا أربعمئة كيلوغرام من السمك، وحضر ثلاثمائة شخص، وفي 2024 كان الموسم أسوأ."));
  }

  @Test
  void yearAfterAYearWordWithItsPreposition_isNoFigure() throws Exception {
    assertEquals(List.of("74.6 مليون دينار = 7.46E7 دينار EXACT"), figures(
        "ميزانية البلدية لسنة 2025 تبلغ 74.6 مليون دينار."));
  }

  @Test
  void nearlyAndUpwardsOfWrittenAsPhrases_areApproximate() throws Exception {
    assertEquals(List.of("ما يقرب من 40 ألف طالب = 40000.0 طالب ABOUT"), figures(
        "وتقدم للامتحان ما يقرب من 40 ألف طالب في مختلف المحافظات."));
    assertEquals(List.of("تزيد على 1.8 مليار دولار = 1.8E9 دولار MORE_THAN"), figures(
        "ووقعت الحكومة اتفاقية بقيمة تزيد على 1.8 مليار دولار مع التحالف المنفذ."));
    assertEquals(List.of("ما يربو على 300 أسرة = 300.0 أسرة MORE_THAN"), figures(
        "ووزعت الجمعية المساعدات على ما يربو على 300 أسرة في القرى المتضررة."));
  }

  @Test
  void dayOfAMonthInItsMauritanianSpelling_isNoFigure() throws Exception {
    assertEquals(List.of("نحو 9,700 مترشح = 9700.0 مترشح ABOUT"), figures(
        "ومن المقرر أن تنطلق الدورة التكميلية يوم 4 أغشت المقبل، بمشاركة نحو 9,700 مترشح."));
  }

  @Test
  void lawNumberWithItsYear_isNoFigure() throws Exception {
    assertEquals(List.of("30 يوما = 30.0 يوما EXACT"), figures(
        "ونص المرسوم عدد 417 لسنة 2024 على تعليق التصدير مدة 30 يوما."));
  }

  @Test
  void kilowattHour_isOneUnit() throws Exception {
    assertEquals(List.of("100 كيلوواط ساعة = 100.0 كيلوواط ساعة EXACT"), figures(
        "وتبدأ التعرفة الجديدة من أول 100 كيلوواط ساعة في الشهر."));
  }

  @Test
  void scaleWordOnADecimalFraction_keepsItsDigits() throws Exception {
    assertEquals(List.of("16.1 مليار متر مكعب = 1.61E10 متر مكعب EXACT"), figures(
        "وبلغت حقينة السدود 16.1 مليار متر مكعب."));
  }

  @Test
  void numberWordAfterAb_father_isAFigure_notADateAfterTheMonthAb() throws Exception {
    assertEquals(List.of("لخمسة أطفال = 5.0 أطفال EXACT"), figures(
        "ويعيش أبو محمد، وهو أب لخمسة أطفال، في غرفة واحدة."));
  }

  @Test
  void basisPoints_areOneUnit() throws Exception {
    assertEquals(List.of("300 نقطة أساس = 300.0 نقطة أساس EXACT"), figures("وخفض البنك الفائدة 300 نقطة أساس."));
    assertEquals(List.of("2 نقطة مئوية = 2.0 نقطة مئوية EXACT"), figures("وتراجع التضخم 2 نقطة مئوية."));
  }

  @Test
  void aboveOrNearingOrTheLessThan_boundsTheFigure() throws Exception {
    assertEquals(List.of("فوق 600 ألف ريال = 600000.0 ريال MORE_THAN", "تقارب 40% = 40.0 % ABOUT",
        "الأقل من 5000 درهم = 5000.0 درهم LESS_THAN"), figures("كل نقلة تكلف فوق 600 ألف ريال، بزيادة تقارب 40%، "
            + "مع إعفاء الحسابات الأقل من 5000 درهم."));
  }

  @Test
  void aYearThenAVerbOfPurpose_isNoFigure() throws Exception {
    assertEquals(List.of(), figures("تركت وظيفتها في 2021 لتؤسس شركتها الخاصة."));
  }

  @Test
  void numberNamingAStadiumOrACircular_isNoFigure_butAPriceAfterAnIdentifierWordIs() throws Exception {
    assertEquals(List.of("974 حاوية = 974.0 حاوية EXACT", "150 دولارا = 150.0 دولارا EXACT",
        "300 درهم = 300.0 درهم EXACT"), figures(
        "وبني استاد 974 المشيد من 974 حاوية شحن. ويتيح التعميم 166 سحب 150 دولارا إضافية. فإذا تجاوز سعر الرحلة "
            + "300 درهم فلن يستفيد منه الناس."));
  }

  @Test
  void definiteNumberCountsASpan_butIsAnOrdinalOtherwise() throws Exception {
    assertEquals(List.of("الـ48 ساعة = 48.0 ساعة EXACT"), figures(
        "وأحبطت الوحدات خلال الـ48 ساعة الماضية محاولات عدة، في الذكرى الـ63 لعيد الاستقلال."));
  }

  @Test
  void yearBeforeAPrepositionOrAMarker_isNoFigure() throws Exception {
    assertEquals(List.of("4 مليارات دولار = 4.0E9 دولار EXACT", "نحو 3.8 مليارات دينار = 3.8E9 دينار ABOUT"),
        figures("وهوت الإيرادات إلى 4 مليارات دولار في 2024 بفعل التوترات، وتبلغ اعتمادات الدعم لسنة 2024 نحو 3.8 "
            + "مليارات دينار."));
  }

  @Test
  void percentAfterAnIdentifierWord_aYearBeforeAPossessive_andMathalan() throws Exception {
    assertEquals(List.of("2% = 2.0 % EXACT"), figures(
        "سيكون وزن كل مادة 2% من المعدل. وما توقعاتكم لعام 2030؟ وصنف جيزة 45 مثلا ما زال من أنعم الأقطان."));
  }

  @Test
  void aYearJoinedToAYear_isNoFigure() throws Exception {
    List<String> figures = facts("التخييم", "وكانت السلطات قد علقت موسم التخييم عامي 2020 و2021 بسبب الجائحة، "
        + "قبل أن تسمح بنحو 300 مخيم.").stream().filter(f -> f.kind() == ExtractedFact.Kind.FIGURE)
        .map(ExtractedFact::text).toList();
    assertEquals(List.of("بنحو 300 مخيم"), figures);
  }

  @Test
  void aMillionWithoutDigits_halfAMillion_andBimaYuqarib_areFigures_butNotANamedCampaign() throws Exception {
    List<String> figures = facts("التذاكر",
        "ودخل المنصة أكثر من مليون مستعمل، وتباع الصفيحة بما يقارب 550 شيكلا، فيما زار المعرض نصف مليون "
            + "شخص ضمن مبادرة \"100 مليون صحة\".")
        .stream().filter(f -> f.kind() == ExtractedFact.Kind.FIGURE)
        .map(f -> f.text() + " " + (long) f.figure().value() + " " + f.figure().bound()).toList();
    assertEquals(List.of("أكثر من مليون مستعمل 1000000 MORE_THAN", "بما يقارب 550 شيكلا 550 ABOUT",
        "نصف مليون شخص 500000 EXACT"), figures);
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
  void compoundNumbers_aThousandAlone_aFigureAfterAColon_butNotAPlansYear() throws Exception {
    List<String> figures = facts("الكوليرا", "سجلت المحافظات 41 ألفا و300 حالة، وكتب الطبيب: «في الحديدة: 60 سريرا "
        + "عند 10:30 صباحا»، وقالت سارة: «أدفع ألف ريال للمواصلات»، فيما بلغ العدد مليونين و500 ألف نسمة. "
        + "وتستهدف رؤية السعودية 2030 رفع نسبة المشاركة.").stream()
        .filter(f -> f.kind() == ExtractedFact.Kind.FIGURE).map(f -> f.figure().value() + " " + f.figure().unit())
        .toList();
    assertEquals(List.of("41300.0 حالة", "60.0 سريرا", "1000.0 ريال", "2500000.0 نسمة"), figures);
  }

  @Test
  void teensWrittenInWords_countAsOneNumber_andAMatchMinuteIsNoFigure() throws Exception {
    assertEquals(List.of("اثني عشر شهرا = 12.0 شهرا EXACT", "أحد عشر لاعبا = 11.0 لاعبا EXACT",
        "إحدى عشرة عائلة = 11.0 عائلة EXACT", "90 دقيقة = 90.0 دقيقة EXACT"), figures(
        "وخاض الفريق اثني عشر شهرا من التحضير، وشارك أحد عشر لاعبا، وتنتظر إحدى عشرة عائلة.",
        "وسجل اللاعب هدفا في الدقيقة 27 حين استغل خطأ الدفاع، وتستغرق الجولة 90 دقيقة."));
  }

  @Test
  void atLeastAfterAFigure_andBasisPointsInThePlural() throws Exception {
    assertEquals(List.of("30 يوما على الأقل = 30.0 يوما MORE_THAN", "بنحو 3 نقاط أساس = 3.0 نقاط أساس ABOUT"),
        figures("ويجب إخطار المشتركين قبل 30 يوما على الأقل، فيما ارتفعت الفائدة بنحو 3 نقاط أساس."));
  }

  @Test
  void aboutAfterTheFigure_orInTheRangeOf_isApproximate_butUpTo_isNot() throws Exception {
    assertEquals(List.of("41 ألف مترشح تقريبا = 41000.0 مترشح ABOUT", "في حدود 28 في المائة = 28.0 % ABOUT",
        "بحدود 9.6 مليارات متر مكعب = 9.6E9 متر مكعب ABOUT", "ثلاثة أشهر = 3.0 أشهر EXACT"), figures(
        "وتقدم 41 ألف مترشح تقريبا للامتحان، وبلغت نسبة الملء في حدود 28 في المائة فقط.",
        "وبلغ الخزين بحدود 9.6 مليارات متر مكعب، ونوفر لهم التخزين إلى حدود ثلاثة أشهر."));
  }

  @Test
  void yearAfterAYearWordAndItsAdjective_orBeforeAPreposition_isNoFigure() throws Exception {
    assertEquals(List.of("71 نائبا = 71.0 نائبا EXACT"), figures(
        "وأقر المجلس مشروع قانون الموازنة العامة للسنة المالية 2026 بأغلبية 71 نائبا.",
        "وتستضيف المملكة كأس العالم 2030 بشراكة مع إسبانيا والبرتغال."));
  }

  @Test
  void yearAfterASeason_isNoFigure_butDegreesUnderAMeasureAre() throws Exception {
    assertEquals(List.of("47 درجة = 47.0 درجة EXACT"), figures(
        "وقد عاشت المدينة صيف 2023 موجة مماثلة، وشهدت في خريف 2022 تفشيا للكوليرا.",
        "ويقول عامل: «لا أحد يستطيع حمل الإسمنت تحت 47 درجة»."));
  }

  @Test
  void halfOrQuarterOfAScale_isAFigure_butAHalfAfterTheScaleIsNotReadAsOne() throws Exception {
    assertEquals(List.of("نحو نصف مليون زائر = 500000.0 زائر ABOUT", "ربع مليار دولار = 2.5E8 دولار EXACT"), figures(
        "ويتوقع المنظمون استقبال نحو نصف مليون زائر، بكلفة تبلغ ربع مليار دولار."));
  }

  @Test
  void nearingAndNotLessThanInTheFeminine_areApproximate() throws Exception {
    assertEquals(List.of("يناهز 5,2 مليارات متر مكعب = 5.2E9 متر مكعب ABOUT",
        "لا تقل عن 100 مليون دينار = 1.0E8 دينار MORE_THAN"), figures(
        "وبلغ مخزون السدود ما مجموعه يناهز 5,2 مليارات متر مكعب، وسط توقعات بعائدات لا تقل عن 100 مليون دينار."));
  }

  @Test
  void olderYearAndHotline_areNoFigures_butTwoAfterADualNounIs() throws Exception {
    assertEquals(List.of("خمس سنوات = 5.0 سنوات EXACT", "نحو 9 آلاف مكالمة = 9000.0 مكالمة ABOUT",
        "350 كيلومترا = 350.0 كيلومترا EXACT", "لاعبين اثنين = 2.0 لاعبين EXACT"), figures(
        "القصر الذي شيد عام 1897 يفتح أبوابه بعد ترميم استمر خمس سنوات.",
        "وتلقى الخط الأخضر 1899 نحو 9 آلاف مكالمة، فيما بلغت سرعة القطار على الخط الجديد 350 كيلومترا.",
        "ولا تضم دكة البدلاء سوى لاعبين اثنين جاهزين، ولم يبق سوى اثنين من الحراس."));
  }

  @Test
  void minutesOfATimeAndAnEventByItsYear_areNoFigures_andNahazaIsAbout() throws Exception {
    assertEquals(List.of("ناهز 81 عاما = 81.0 عاما ABOUT"), figures(
        "اصطدم القطار في الساعة السادسة و٤٠ دقيقة صباحا.",
        "وقال الحاج: «عشت نكبة 48 وحروبا كثيرة».",
        "وتوفي الموسيقار عن عمر ناهز 81 عاما."));
  }

  @Test
  void yearBeforeTheMarkerOfTheNextFigure_isNoFigure_andAYearLikeCountOfANounInWaw_is() throws Exception {
    assertEquals(List.of("أكثر من 17 ألف مهاجر = 17000.0 مهاجر MORE_THAN"), figures(
        "وبحسب المنتدى، وصل إلى السواحل الإيطالية في 2023 أكثر من 17 ألف مهاجر."));
    assertEquals(List.of("نحو 2000 وافد = 2000.0 وافد ABOUT"), figures(
        "واستقبل المخيم نحو 2000 وافد جديد خلال الأسبوع الماضي وحده."));
  }

  @Test
  void goldsGrade_isNoFigure_andAMillionAndAHalfInDialect_is() throws Exception {
    assertEquals(List.of("٦٢٦٠ جنيها = 6260.0 جنيها EXACT"), figures(
        "وسجل سعر جرام الذهب عيار ٢٤ ٦٢٦٠ جنيها، وتراجع عيار ٢١ يخسر قيمته."));
    assertEquals(List.of("بمليون ونص دينار = 1500000.0 دينار EXACT"), figures(
        "ويقول المزارع إن جاره باع بستانه بمليون ونص دينار فقط."));
  }

  @Test
  void bareNumberFromMinToACountedOne_isARange_butAChangeFromOneAmountToAnotherIsTwo() throws Exception {
    assertEquals(List.of("من 10 إلى 12 ساعة = 10.0 ساعة RANGE", "8 جنيهات = 8.0 جنيهات EXACT",
        "10 جنيهات = 10.0 جنيهات EXACT", "5% = 5.0 % EXACT", "4.75% = 4.75 % EXACT"), figures(
        "يعمل من 10 إلى 12 ساعة يوميا، وارتفعت التذكرة من 8 جنيهات إلى 10 جنيهات، والفائدة من 5% إلى 4.75%، "
            + "والاختبارات من 9 إلى 13 جوان."));
    assertEquals(List.of(), figures("وكانت الخمسة عشر عاما الماضية صعبة."));
  }

  @Test
  void percentInWordsAndUnitsBeforeTens_areOneFigure_butAFiveAndTwentyRangeIsNot() throws Exception {
    assertEquals(List.of("نحو سبعين في المئة = 70.0 % ABOUT", "بنحو خمسة وعشرين في المئة = 25.0 % ABOUT"), figures(
        "وقال إن نحو سبعين في المئة من الأسر فقدت مصدر دخلها، وإن الأسعار ارتفعت بنحو خمسة وعشرين في المئة."));
    assertEquals(List.of("بين خمسة وعشرين يوما = 5.0 يوما RANGE"), figures(
        "وتستغرق الرحلة بين خمسة وعشرين يوما بحسب الطقس."));
  }

  @Test
  void belowWithMaDuna_isLessThan_andACountAfterAMonth_isAFigure() throws Exception {
    assertEquals(List.of("ما دون 70 دولارا = 70.0 دولارا LESS_THAN", "143 مخالفة = 143.0 مخالفة EXACT"), figures(
        "وحذر من أسعار النفط إذا بقيت ما دون 70 دولارا للبرميل.",
        "وأكدت الهيئة أنها رصدت منذ بداية جوان 143 مخالفة، فيما صدر القرار في يونيو 2025."));
  }

  @Test
  void yearBeforeAVerbOrASplitPreposition_isNoFigure_butATrillionInWordsIs() throws Exception {
    assertEquals(List.of("41 ألف حاج = 41000.0 حاج EXACT", "تريليون درهم = 1.0E12 درهم EXACT"), figures(
        "وأبلغت الوزارة الجزائر بأن حصتها لموسم حج 2026 ستبلغ 41 ألف حاج، وأن موسم 2025 شهد مشاركة واسعة.",
        "وقال إن نحو ربع الطاقة المولدة في ٢٠٢٤ جاءت من مصادر متجددة، وإن السوق يصل إلى تريليون درهم سنويا."));
  }

  @Test
  void thousandsOfBillions_areOneScale() throws Exception {
    assertEquals(List.of("أكثر من 6 آلاف مليار دينار = 6.0E12 دينار MORE_THAN"), figures(
        "وتبلغ نفقات الميزانية أكثر من 6 آلاف مليار دينار للسنة المقبلة."));
  }

  @Test
  void yearBeforeWithinOrThrough_isNoFigure() throws Exception {
    assertEquals(List.of(), figures(
        "وشارك اللاعب في بطولة 2024 ضمن المنتخب، ونشرت نتائج دورة 2024 عبر المنصة الرقمية."));
  }

  @Test
  void aSpokenPercent_isAPercent_andASpokenTimeOfDay_isNoFigure() throws Exception {
    assertEquals(List.of("90 بالمية = 90.0 % EXACT"), figures(
        "وقالت ريم: «حليت 90 بالمية من الأسئلة».",
        "وأضافت: «صرنا نطلع من البيت الساعة خمسة ونص الصبح»."));
  }

  @Test
  void aSpokenNumberWord_countsAsTheWrittenOneDoes() throws Exception {
    assertEquals(List.of("تلاتة أسابيع = 3.0 أسابيع EXACT", "تمانية أفدنة = 8.0 أفدنة EXACT"), figures(
        "وقال المزارع: «المية بقالها تلاتة أسابيع ما وصلتش، وعندي تمانية أفدنة عطشانة»."));
  }

  @Test
  void aSpokenMoreThan_isABound_andAYearBeforeAPastVerb_isNoFigure() throws Exception {
    assertEquals(List.of("أكتر من 40 ألف جنيه = 40000.0 جنيه MORE_THAN"), figures(
        "وقال العامل: «المصاريف بقت أكتر من 40 ألف جنيه».",
        "وفاز ببطولة الجمهورية، وفي 2021 قرر الاحتراف."));
  }

  @Test
  void aNumberInWordsJoinedByWaw_isOneFigure() throws Exception {
    assertEquals(List.of("أكثر من ألف وخمسمائة اسم = 1500.0 اسم MORE_THAN",
        "أكثر من مليون ومئة ألف طالب = 1100000.0 طالب MORE_THAN"), figures(
        "وتحفظ دفترا فيه أكثر من ألف وخمسمائة اسم.",
        "ويعود إلى المدارس أكثر من مليون ومئة ألف طالب."));
  }

  @Test
  void atLeastBefore_andNoMoreThan_areBounds_butNotExceeding_isTheFigureItself() throws Exception {
    assertEquals(List.of("على الأقل 250 جنيه = 250.0 جنيه MORE_THAN", "900 دينار = 900.0 دينار EXACT",
        "لا تزيد على 50 كيلوغراما = 50.0 كيلوغراما LESS_THAN"), figures(
        "وقال: «التوك توك بيجيب لي على الأقل 250 جنيه في اليوم».",
        "وتتقاضى جراية لا تتجاوز 900 دينار شهريا، وحقيبة لا تزيد على 50 كيلوغراما."));
  }

  @Test
  void aModelYear_isNoFigure_andBasisPointsMayBeAnAdjective() throws Exception {
    assertEquals(List.of("50 نقطة أساسية = 50.0 نقطة أساسية EXACT"), figures(
        "ويملك شاحنة موديل 2016 اشتراها بالتقسيط.",
        "ورفع البنك نسبة الفائدة بـ50 نقطة أساسية."));
  }

  @Test
  void whatSurpasses_isMoreThan_andAnApproximatedYearLikeNumber_countsWhatFollows() throws Exception {
    assertEquals(List.of("ما يفوق 60 مليون درهم = 6.0E7 درهم MORE_THAN", "نحو 1900 بعثة = 1900.0 بعثة ABOUT"), figures(
        "وبلغت قيمة الصفقات ما يفوق 60 مليون درهم.",
        "وقال إن عدد البعثات لهذا العام يبلغ نحو 1900 بعثة ومنحة."));
  }

  @Test
  void aCountAfterAnOrdinal_andPartsPerMillion_areFigures() throws Exception {
    assertEquals(List.of("ثلاثة طلاب = 3.0 طلاب EXACT", "أكثر من 6 آلاف جزء بالمليون = 6000.0 جزء بالمليون MORE_THAN"),
        figures("وتقاسم المركز الثالث ثلاثة طلاب.",
            "وبلغت الملوحة أكثر من 6 آلاف جزء بالمليون."));
  }

  @Test
  void gigawattHoursWrittenWithJ_areOneUnit() throws Exception {
    assertEquals(List.of("نحو 420 جيغاواط ساعي = 420.0 جيغاواط ساعي ABOUT"), figures(
        "وستنتج المحطة نحو 420 جيغاواط ساعي في السنة."));
  }

  @Test
  void oneBillionInTheAccusative_beforeAnotherPart_isNotTwo() throws Exception {
    assertEquals(List.of("مليارا و٥٠ مليون جنيه = 1.05E9 جنيه EXACT", "مليارا دولار = 2.0E9 دولار EXACT"),
        figures("وتبلغ الخطة مليارا و٥٠ مليون جنيه، مقابل مليارا دولار العام الماضي."));
  }

  @Test
  void aCountAfterTheWordForCentre_isAFigure_butARankIsNot() throws Exception {
    assertEquals(List.of("23 متطوعا = 23.0 متطوعا EXACT"),
        figures("ويعمل في المركز 23 متطوعا بالتناوب، واحتل المنتخب المركز 23 عالميا."));
  }

  @Test
  void aCountAfterAWordThatOftenNumbersThings_isAFigure_whenASpanOrACountedNounFollows() throws Exception {
    assertEquals(List.of("40 يوما = 40.0 يوما EXACT", "٣ مرات = 3.0 مرات EXACT", "775 عارضا = 775.0 عارضا EXACT",
        "الـ3.5 ملايين دولار = 3500000.0 دولار EXACT"), figures(
        "يروون رحلة 40 يوما نحو الشرق، وتقطع المرأة هذا الطريق ٣ مرات كل يوم.",
        "وشارك في هذه الدورة 775 عارضا، والبلدية لا تملك الـ3.5 ملايين دولار المطلوبة.",
        "وتنطلق بطولة كأس آسيا تحت 23 عاما، وتشهد البلاد منذ اكتشاف الذهب في 2016 اندفاعا نحو التنقيب."));
  }

  @Test
  void aRangeWithoutMin_isOneFigure_andATimeOrADayOfTheMonthIsNone() throws Exception {
    assertEquals(List.of("بمقدار 3 إلى 4 درجات = 3.0 درجات RANGE", "15.8 مليار دينار = 1.58E10 دينار EXACT"), figures(
        "وستنخفض درجات الحرارة بمقدار 3 إلى 4 درجات، وارتفعت الصادرات من سنة 2024 إلى 15.8 مليار دينار.",
        "وقال: «كلمتنا الساعة 12 بالليل»، وتتواصل الدورة إلى غاية 26 منه.",
        "وقالت: «الوحدة الصحية عندنا بتقفل الساعة ٢ الضهر»."));
  }

  @Test
  void nauticalMilesInThePlural_areOneUnit() throws Exception {
    assertEquals(List.of("نحو 9 أميال بحرية = 9.0 أميال بحرية ABOUT"), figures("وغرق المركب على بعد نحو 9 أميال بحرية."));
  }
}
