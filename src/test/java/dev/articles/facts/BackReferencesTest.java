package dev.articles.facts;

import static dev.articles.facts.FactFixtures.quotes;
import static dev.articles.facts.FactFixtures.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a later mention is, across sentences and paragraphs: a surname, a first name, a rank and surname, or a bare
 * role or description (الوزير, المسؤول الصومالي, الفلاح نفسه) is the person named in full before; a verb with no
 * subject, a participle, the second verb of a sentence, a pluperfect with كان قد and a quotation that opens a
 * sentence or runs over two paragraphs go on with the speaker before them; and a headline that quotes a role is
 * whom the body names.
 */
class BackReferencesTest {
  @Test
  void officeCalledByAnotherTitle_isTheOneWhoHoldsIt() throws Exception {
    assertEquals(List.of("حسام الدين عبد المنعم", "حسام الدين عبد المنعم", "كمال بن عيسى", "كمال بن عيسى"),
        speakers("خسارة وحكم",
            "أقر المدير الفني لنادي النيل، حسام الدين عبد المنعم، بالخسارة وقال: «الفريق لم يكن في يومه».",
            "ورد المدرب بحدة: «لم يطلب مني أحد الرحيل».",
            "وقال وكيل الجمهورية لدى القطب الجزائي كمال بن عيسى إن «الأمر يتعلق بشبكة منظمة».",
            "وأضاف ممثل النيابة: «لقد تم تضخيم الفواتير في بعض المشاريع»."));
  }

  @Test
  void surnameThenWhomHeCallsOn_isTheOneNamedBefore() throws Exception {
    assertEquals(List.of("الدكتور هيرفيه دوبوا", "الدكتور هيرفيه دوبوا", "محمد الحكومة"), speakers("الكوليرا",
        "وقال ممثل المنظمة الدكتور هيرفيه دوبوا إن «الوباء ينتشر بسرعة».",
        "ودعا دوبوا المانحين إلى «التحرك الآن وليس بعد أن تمتلئ المستشفيات».",
        "وقال محمد الحكومة: «هذا اسم عائلتي»."));
  }

  @Test
  void surnameBeforeWhatHeDoes_thenASecondVerb_isTheOneNamedBefore() throws Exception {
    assertEquals(List.of("سالم بن خميس العريمي", "سالم بن خميس العريمي"), speakers("موسم الكنعد",
        "«البحر هذا العام كريم»، قال الصياد سالم بن خميس العريمي وهو يفرغ شباكه.",
        "ويهز العريمي رأسه موافقا، ثم يقول: «الشباب إذا رجعوا إلى البحر، رجعت الحياة إلى صور»."));
  }

  @Test
  void kunyaSaidAgainWithWhatHeIs_isTheFullNameFromBefore() throws Exception {
    assertEquals(List.of("أبو خالد عواد", "أبو خالد عواد"), speakers("الزيتون",
        "ويقول المزارع الستيني، أبو خالد عواد، إن «هذه الأشجار زرعها جدي».",
        "ويضيف أبو خالد، وهو أب لتسعة أبناء: «الزيتون ليس مجرد مصدر رزق بالنسبة لنا»."));
  }

  @Test
  void nameBeforeEvery_endsThere() throws Exception {
    assertEquals(List.of("أبو خالد"), speakers("المدرسة",
        "يقف أبو خالد كل صباح أمام بوابة المدرسة المغلقة.",
        "وقال أبو خالد (45 عاما): \"قالوا لنا في البداية إنها أيام قليلة\"."));
    List<String> husband = speakers("أسرة في الجيزة",
        "تعيش فاطمة عبد الرحيم مع زوجها وأطفالها في الجيزة.",
        "زوجها عثمان الطيب (45 عاما)، الذي كان يعمل مدرسا، يقول إنه يتابع الأخبار كل ليلة: «كلما سمعنا خبرا "
            + "قلنا: اقتربنا».");
    assertTrue(husband.get(0).endsWith("عثمان الطيب"), husband.toString()); // not كل ليلة, the verb's object
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
  void headlineRoleOfATransportCompany_isNoVerbNaql_andTakesTheSpeakerOfTheBodyQuoteItCuts() throws Exception {
    assertEquals(List.of("محمد علي الورتاني", "محمد علي الورتاني"), speakers(
        "مدير شركة نقل تونس: «300 حافلة جديدة على الطرقات قبل الصيف»",
        "وقال الرئيس المدير العام للشركة، محمد علي الورتاني، إن «بقية الدفعات ستصل على مراحل، ونتوقع أن تكون "
            + "300 حافلة جديدة على الطرقات قبل الصيف»."));
  }

  @Test
  void headlineQuoteNamingNoOne_isWhoeverTheBodyQuotesSayingIt_andDroppedIfNoOneDoes() throws Exception {
    assertEquals(List.of("أم محمد", "أم محمد"), speakers("«نشتري الماء بثمن الخبز».. أزمة مياه خانقة في تعز",
        "وقالت أم محمد (38 عاما): “نشتري الماء بثمن الخبز، وأحيانا نختار بينهما”."));
    assertEquals(List.of(), speakers("«حكومي الذكية» تنطلق بأكثر من 400 خدمة",
        "أطلقت الوزارة اليوم منصة جديدة للخدمات الحكومية."));
  }

  @Test
  void headlineQuotingSomeoneDescribed_isWhoTheBodyQuotesSayingIt_punctuatedOtherwise() throws Exception {
    // The last is short of her surname (الحاجة آمنة حمدان), a known shortfall; her name stops before لا تزال.
    assertEquals(List.of("الحاجة آمنة حمدان", "الحاجة آمنة حمدان", "الحاجة آمنة"), speakers(
        "والدة أسير محرر: \"انتظرته 22 عاما وكنت أخاف أن أموت قبل أن أراه\"",
        "وبين الحشود، وقفت الحاجة آمنة حمدان (76 عاما) تحمل صورة قديمة لابنها، ثم قالت للصحفيين: «انتظرته 22 "
            + "عاما، وكنت أخاف أن أموت قبل أن أراه».",
        "وفي ساعة متأخرة من الليل، كانت الحاجة آمنة لا تزال تستقبل المهنئين، وهي تردد: \"الفرحة ما بتكمل إلا لما "
            + "يطلعوا كلهم\"."));
  }

  @Test
  void theHouseBeforeAColon_isNoVerse_soTheQuoteAfterItIsKept() throws Exception {
    // In an article the kunya then resolves to him (h757); in this short text, to محمد أحمد, a known shortfall.
    assertEquals(List.of("عبد الرحيم محمد أحمد"), speakers("العودة إلى أم درمان",
        "ويقول عبد الرحيم محمد أحمد (63 عاما)، المعروف بين جيرانه بـ\"أبو الطيب\"، وهو يقف في فناء البيت: "
            + "«وجدنا الجدران واقفة والحمد لله، لكنه بيتنا»."));
  }

  @Test
  void roleOfAnAuthorityForRegulatingSomething_runsToItsDefiniteEnd_beforeTheName() throws Exception {
    assertEquals(List.of("جاسم عبدالله المناعي", "جاسم عبدالله المناعي", "جاسم عبدالله المناعي"), speakers(
        "الرئيس التنفيذي لهيئة تنظيم سوق العمل: «البحرنة ليست شعارا.. والأرقام تتحدث»",
        "ج: البحرنة ليست شعارا.. والأرقام تتحدث.",
        "وقال الرئيس التنفيذي لهيئة تنظيم سوق العمل، جاسم عبدالله المناعي، إن «البحرنة ليست شعارا.. والأرقام "
            + "تتحدث»."));
  }

  @Test
  void someoneWhoWasStillWaiting_speaksNext_byFirstNameOrInFullAsNamedBefore() throws Exception {
    assertEquals(List.of("الدكتور محمود عزت", "سعاد عبد الحميد", "سعاد عبد الحميد", "خديجة"), speakers("الطوارئ",
        "وحذر عضو مجلس النقابة، الدكتور محمود عزت، من أن \"استمرار النزيف سيجعل الأزمة أسوأ\".",
        "وتقول سعاد عبد الحميد (55 عاما) إن \"الانتظار طويل\".",
        "وعند الثالثة عصرا، كانت سعاد لا تزال تنتظر في الممر نفسه، وقالت قبل أن تغادر: «ربنا يعدلها».",
        "وفي أحد أحياء مدينة سلا، كانت خديجة، وهي أم لثلاثة أطفال، تنتظر أمام باب مدرسة. تقول: «صرفت على الكتب "
            + "والأدوات هذا العام الكثير»."));
  }

  @Test
  void participleAfterAPluperfect_continuesItsSubject() throws Exception {
    assertEquals(List.of("سامي كرم", "اتحاد الناشرين اللبنانيين"), speakers("معرض الكتاب",
        "ورأى الناشر اللبناني سامي كرم أن \"المعرض فرصة لتصريف جزء من المخزون المتراكم\".",
        "وكان اتحاد الناشرين اللبنانيين قد قدر في تقرير نشره العام الماضي تراجع المبيعات، مشيرا إلى أن "
            + "\"عشرات دور النشر أغلقت أبوابها أو نقلت نشاطها إلى الخارج\"."));
  }

  @Test
  void secondVerbOfASentence_sharesTheFirstVerbsSubject() throws Exception {
    assertEquals(List.of("فيصل المطيري"), speakers("الحريق",
        "وتفقد وزير النفط فيصل المطيري موقع الحادث صباح اليوم، وقال في تصريح للصحفيين: «سلامة العاملين "
            + "أولويتنا القصوى»."));
  }

  @Test
  void undersecretaryReferredToByRole_isTheOneNamedEarlier() throws Exception {
    assertEquals(List.of("الشيخ هلال بن سالم الحارثي", "الشيخ هلال بن سالم الحارثي"), speakers("السياحة",
        "وقال وكيل وزارة التراث والسياحة للسياحة الشيخ هلال بن سالم الحارثي إن “القطاع استقبل عددا كبيرا من "
            + "الزوار”.",
        "وأكد وكيل الوزارة أن “الاستثمارات السياحية قيد التنفيذ تشمل فنادق ومنتجعات”."));
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
  void descriptiveBackReference_andAMannerPhraseAfterAFirstName() throws Exception {
    assertEquals(List.of("الدكتورة سهى الموسوي", "الدكتورة سهى الموسوي"), speakers("النخيل",
        "من جهتها، قالت الدكتورة سهى الموسوي، أستاذة علوم البستنة في جامعة البصرة، إن «العراق يمتلك ثروة كبيرة».",
        "وأضافت الأكاديمية العراقية أن «دعم الصناعات التحويلية ضروري»."));
    assertEquals(List.of("فاطمة سعيد"), speakers("الكوليرا",
        "وفي مركز العزل تجلس ربة منزل تدعى فاطمة سعيد إلى جوار سرير ابنها.",
        "\"جئنا إلى هنا في منتصف الليل بعد أن أصيب ابني\"، تقول فاطمة بصوت متعب."));
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
  void givenNameThatIsAlsoARoleWord() throws Exception {
    assertEquals(List.of("أمين بلقاسمي"), speakers("الانتخابات",
        "وفي حي باب الوادي، يجلس سائق يبلغ من العمر 28 عاما ويدعى أمين بلقاسمي، أمام مقهى مكتظ.",
        "ويقول أمين للجزيرة نت: \"لم أصوت في حياتي\"."));
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
  void aQuotationOverTwoParagraphs_keepsItsSpeaker_andInscriptionsAndVersesAreNoSpeech() throws Exception {
    List<ExtractedFact> quotes = quotes("الاحتيال",
        "وقال محامي الضحايا يوسف الإدريسي إن \"الحكم منصف\".",
        "وتحكي نعيمة، وهي مهاجرة مغربية، تفاصيل ما تعرضت له قائلة: \"رأيت إعلانا على فيسبوك باسم القنصلية. دفعت "
            + "المبلغ الأول.",
        "\"لم أشك في شيء حتى ذهبت إلى القنصلية في يوم الموعد\".",
        "وعلى جدار الثانوية علقت لافتة كتب عليها «النجاح ثمرة الجهد لا الغش»، في رسالة إلى المترشحين.",
        "وزينت المدخل لافتة تحمل بيت المتنبي الشهير «أعز مكان في الدنى سرج سابح.. وخير جليس في الزمان كتاب».");
    assertEquals(List.of("الحكم منصف", "رأيت إعلانا على فيسبوك باسم القنصلية. دفعت المبلغ الأول.",
        "لم أشك في شيء حتى ذهبت إلى القنصلية في يوم الموعد"), quotes.stream().map(ExtractedFact::text).toList());
    assertEquals(List.of("يوسف الإدريسي", "نعيمة", "نعيمة"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
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
  void ageAfterAVerbAndASurname_andASurnameWithTheArticle_areTheFullNames() throws Exception {
    assertEquals(List.of("بيتر كيبروتيتش", "بيتر كيبروتيتش", "نورة العتيبي"), speakers("ماراثون جدة",
        "توج العداء الكيني بيتر كيبروتيتش بلقب النسخة الرابعة من ماراثون جدة الدولي.",
        "وقال كيبروتيتش (27 عاما) للصحفيين عقب السباق: «الرطوبة كانت صعبة في آخر 10 كيلومترات».",
        "وأضاف: “الجمهور في جدة كان رائعا، الناس كانوا يصفقون لنا على طول الكورنيش”.",
        "وفي فئة السيدات، تصدرت السعودية نورة العتيبي ترتيب العداءات السعوديات في سباق نصف الماراثون.",
        "«كنت أركض وأفكر في كل فتاة سعودية تتمنى أن تقف مكاني»، قالت العتيبي التي بدأت الجري قبل أربع سنوات."));
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
  void aFirstNameAlone_afterTheFullNameEarlierInTheSameParagraph() throws Exception {
    assertEquals(List.of("فاطمة آدم إسحاق"), speakers("النازحون",
        "وفي أحد مراكز التوزيع، وقفت فاطمة آدم إسحاق في طابور طويل منذ الفجر. تقول فاطمة، التي فرت من الفاشر: "
            + "\"مشينا أربعة أيام على الأقدام\"."));
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
  void unOfficial_isTheOneWhoseRoleNamesAUnBody_notTheGroupQuotedSince() throws Exception {
    assertEquals(List.of("مرافقو المرضى", "ماركو دي سانتيس"), speakers("غزة",
        "وأوضح مدير شؤون الأونروا في غزة، ماركو دي سانتيس، أن الوكالة تسلمت 23 ألف لتر فقط من الوقود.",
        "وقال مرافقو المرضى إن «الممرضين يستخدمون مصابيح الهواتف المحمولة لتغيير الضمادات ليلا».",
        "وقال المسؤول الأممي إن \"المشكلة ليست في توفر الوقود، بل في الإذن بإدخاله\"."));
  }

  @Test
  void kanaWithAPresentVerb_namesTheSubject_andAnotherOfficeIsAnotherPerson() throws Exception {
    assertEquals(List.of("سعيد الكتبي", "مدير المشروع"), speakers("الفضاء",
        "وقال مدير عام المركز سعيد الكتبي إن «الإطلاق لحظة فخر لكل إماراتي».",
        "وتقول المهندسة إن الفريق عمل ليلا ونهارا. كان مدير المشروع يردد دائما: «لا يوجد في الفضاء شيء اسمه خطأ "
            + "صغير»."));
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
  void definiteRoleAsTopic_isThePersonDescribedSoBefore_notTheChildQuotedSince() throws Exception {
    assertEquals(List.of("الأستاذة آمنة إدريس أونور", "هبة", "الأستاذة آمنة إدريس أونور"), speakers("المدارس",
        "وفي مدرسة الختمية، وقفت مديرة المدرسة، الأستاذة آمنة إدريس أونور، عند البوابة منذ السابعة صباحا.",
        "وقالت الأستاذة آمنة للموقع: «كانت هذه الفصول حتى الشهر الماضي مأوى أكثر من 40 أسرة».",
        "وفي فناء المدرسة، كانت التلميذة هبة (11 عاما) تقلّب كتابا جديدا، وقالت: «اشتقت إلى صاحباتي».",
        "أما المديرة فقالت وهي تغلق البوابة: «اليوم كان بداية، والطريق ما زال طويلا»."));
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
  void givenNameWithTheArticle_introducedWithAnAge_isFoundAgainByIt() throws Exception {
    assertEquals(List.of("الهادي الزريبي", "الهادي الزريبي"), speakers("الخبز",
        "أمام مخبز شعبي في حي التضامن، وقف الهادي الزريبي (58 عاما) في طابور امتد عشرات الأمتار.",
        "يقول الهادي، وهو متقاعد وأب لخمسة أبناء، إنه اعتاد شراء ست خبزات يوميا، \"لكن الخباز لم يسمح لي اليوم "
            + "إلا بثلاث خبزات\".",
        "ويصف الهادي الوقوف اليومي في الطابور بأنه \"إذلال لا يليق بكرامة التونسي\"، حسب تعبيره."));
  }

  @Test
  void reportedThroughAPaperAboutHim_isWhoeverWasJustNamed() throws Exception {
    assertEquals(List.of("المهندس فادي سليمان", "المهندس فادي سليمان"), speakers("الخبز",
        "وقال مدير المخابز المهندس فادي سليمان إن «الإنتاج يكفي حاجة المدينة».",
        "ونقلت عنه صحيفة الوطن المحلية قوله إن «الازدحام مؤقت»."));
  }

  @Test
  void aRoleAttachedWithLi_isWhomTheBareRoleLaterMeans_andACriticWithADefiniteGivenName() throws Exception {
    assertEquals(List.of("ليلى الماجري", "الهادي بن عمر", "الهادي بن عمر"), speakers("السينما",
        "بدأ عرض فيلم «عطش الجنوب» للمخرجة التونسية ليلى الماجري في 12 قاعة عبر البلاد.",
        "وتقول المخرجة في حديث صحفي: «لم أرد أن أصنع فيلما عن أزمة المياه بالأرقام».",
        "الناقد السينمائي الهادي بن عمر رأى في الفيلم «أنضج ما قدمته السينما التونسية الشابة منذ سنوات».",
        "لكن بن عمر لم يخف تحفظه، وقال: «خط الهجرة جاء متعجلا»."));
  }

  @Test
  void aRoleCutShortByAPreposition_thenTheNameSetOff_andANegatedFirstVerbAndARoleWithItsOrigin() throws Exception {
    assertEquals(List.of("ليث العبادي", "ليث العبادي", "جواو فييرا", "جواو فييرا"), speakers("المحكمة",
        "في المقابل، أعلن وكيل الدفاع عن المتهم الأول، ليث العبادي، عزمه الطعن في الحكم.",
        "وقال العبادي للصحفيين: «نحترم القضاء، لكننا نرى أن المحكمة لم تأخذ بتقرير الخبرة».",
        "وأضاف وكيل الدفاع أن موكله «لم ينكر وجود أخطاء إدارية».",
        "من جهته، لم يخف المدرب البرتغالي جواو فييرا (52 عاما) خيبة أمله، وقال: «أتحمل المسؤولية كاملة».",
        "المدرب يتحمل المسؤولية",
        "«لا أبحث عن أعذار»، قال المدرب البرتغالي، الذي أكد أنه لم يفكر في الاستقالة."));
  }

  @Test
  void aHeadlinesSurnameWithWa_isTheWholeNameTheBodyGives() throws Exception {
    assertEquals(List.of("عبد الله بن ناصر الدوسري", "عبد الله بن ناصر الدوسري"), speakers(
        "اتحاد الكرة يرفع عدد المحترفين الأجانب إلى 10 لاعبين.. والدوسري: «القرار يخدم المنافسة»",
        "وقال رئيس الاتحاد السعودي لكرة القدم عبد الله بن ناصر الدوسري إن «القرار يخدم المنافسة ويمنح الأندية "
            + "مرونة أكبر»."));
  }

  @Test
  void officeHolderWhoseSentenceEndsInBilqawl_isTheOneNamedBefore_notTheLastSpeaker() throws Exception {
    assertEquals(List.of("المهندس خالد مبارك العنزي", "الدكتور فهد سالم العتيبي"), speakers("الكهرباء",
        "استبعد وزير الكهرباء الكويتي الدكتور فهد سالم العتيبي العودة إلى القطع المبرمج.",
        "وتولى وكيل الوزارة المهندس خالد مبارك العنزي الرد، فقال إن نسبة الفاقد \"انخفضت من 11% إلى 8.5% "
            + "خلال ثلاث سنوات\".",
        "ورفض الوزير الخوض في تفاصيل الصفقة، واكتفى بالقول: \"كل الخيارات تدرس بالتنسيق مع ديوان المحاسبة\"."));
  }

  @Test
  void quotationInsideAQuotationAfterTheSpeakersOwnVerb_isTheSpeakers() throws Exception {
    assertEquals(List.of("اللواء فهد العتيبي", "اللواء فهد العتيبي"), speakers("المرور",
        "وتابع اللواء فهد العتيبي: «البعض اعتبر الغرامات قاسية، وأنا أقول لهم: \"الغرامة أرخص من حياة إنسان\"، "
            + "وهذا ما نكرره في كل حملة توعية»."));
  }

  @Test
  void secondVerbOfASceneAfterItsOpener_goesOnWithItsSubject_notWithItsObject() throws Exception {
    assertEquals(List.of("فاطمة أيت الحاج"), speakers("زلزال الحوز",
        "في دوار تنصغارت، على بعد نحو 70 كيلومترا جنوب مراكش، تجلس فاطمة أيت الحاج (62 عاما) أمام خيمة زرقاء، "
            + "تفرز حبات اللوز في طبق نحاسي.",
        "تشير بيدها إلى كومة حجارة كانت بيتها، وتضيف: «هنا ولدت خمسة أولاد. الزلزال أخذ البيت في عشرين ثانية»."));
  }

  @Test
  void givenNameWithTheArticleAfterASceneVerb_isTheOneWhoSpeaksNext() throws Exception {
    assertEquals(List.of("الحسين بوزيد"), speakers("ورشة على السفح",
        "وعلى المنحدر المقابل، يقف الحسين بوزيد، وهو بنّاء في الأربعينيات، فوق سقف من الخرسانة لم يجف بعد. يمسح "
            + "العرق عن جبينه ويقول: «نشتغل من الفجر حتى المغرب. المشكلة ليست في اليد العاملة»."));
  }

  @Test
  void relativeClauseAfterABlessingSetOffAfterAName_isThatNamesWords() throws Exception {
    assertEquals(List.of("عبد القادر بن سالم"), speakers("جائزة",
        "تذكرت يومها أستاذي في الثانوية عبد القادر بن سالم، رحمه الله، الذي قال لي وأنا في السادسة عشرة: «لا تكتبي "
            + "لتفوزي، اكتبي لأنك لا تستطيعين الصمت»."));
  }

  @Test
  void ministerNamedAfterACommaBeforeAnyQuote_isTheMinisterLater_andHisSurnameWithBa_isNoManner()
      throws Exception {
    assertEquals(List.of("عبد الكريم بوزيد", "عبد الكريم بوزيد"), speakers("زيارة عمل",
        "أشرف وزير الصحة، عبد الكريم بوزيد، اليوم الأربعاء، على تدشين مصلحة جديدة لمكافحة السرطان.",
        "وقال الوزير، في تصريح للصحافة، إن \"المريض الجزائري لم يعد يقبل الانتظار\".",
        "وأضاف بوزيد: «المصلحة الجديدة ستستقبل المرضى من سطيف والولايات المجاورة»."));
  }
}
