package dev.articles.facts;

import static dev.articles.facts.FactFixtures.facts;
import static dev.articles.facts.FactFixtures.quotes;
import static dev.articles.facts.FactFixtures.speakers;
import static dev.articles.facts.FactFixtures.speakersWithDek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a speaker's name starts and where it ends: the name set off by commas after a long role or before it, a
 * role that itself names someone else, a place, a quoted company or a known organization, and what follows a name
 * without being part of it: a rank or a description, an age, an outlet spoken to, a relative or circumstantial
 * clause, a verbal noun, an audience after a verb of telling. Also nicknames and people known as or named so, a
 * quoted nickname or slogan that is no quotation, and which capital a bare عمان in a role means.
 */
class SpeakerNamesTest {
  @Test
  void whoIsWithSomeone_andWhatTheyStudy_endTheirName() throws Exception {
    assertEquals(List.of("الحاج سعيد عودة", "فاطمة", "ياسمين"), speakers("عائلات",
        "عاد الحاج سعيد عودة وأبناؤه وأحفاده إلى الكروم، وقال: «الزيتونة مثل الأم»",
        "يجلس محمود برفقة زوجته فاطمة أمام البيت. وتقول فاطمة: «بنينا هذا البيت حجرا حجرا».",
        "وتحلم سارة بالطب وياسمين بالإعلام الآلي. وتقول ياسمين: «أحب البرمجة»."));
  }

  @Test
  void aSceneNameEndsBeforeTheThingHandled_andAVerbBeforeAKnownFirstNameIsNoPartOfIt() throws Exception {
    assertEquals(List.of("عوض سالم باحميد", "مازن عبد الله باوزير"), speakers("عسل دوعن",
        "على سفح صخري، يرفع عوض سالم باحميد غطاء خلية خشبية بحذر، وينفث عليها دخانا.",
        "«السدر ما زهر مثل العادة»، يقول باحميد وهو يمسح يديه.",
        "في سوق سيئون، يقف الشاب مازن عبد الله باوزير خلف طاولة صغيرة. ترك مازن (27 عاما) دراسة المحاسبة قبل أربع سنوات.",
        "«الزبون اليوم يريد أن يعرف من أين جاء العسل»، يقول مازن."));
    assertEquals(List.of("العقيد عبد الله عانود محمد", "العقيد عبد الله عانود محمد"), speakers("هجوم القاعدة",
        "وقال المتحدث باسم الجيش، العقيد عبد الله عانود محمد، إن القوات \"تصدت للمهاجمين\".",
        "وأضاف العقيد عانود: «الهجوم بدأ بتفجير سيارة مفخخة»."));
  }

  @Test
  void longNamesAndTheirRoles_endWhereTheWordsStopNamingAnyone() throws Exception {
    assertEquals(List.of("عبدالرحمن يوسف المري"), speakers("المحترفون",
        "وقال المدرب عبدالرحمن يوسف المري، المدير الفني السابق لمنتخب الشباب: \"كل مقعد يذهب لمحترف يخسره لاعب\"."));
    assertEquals(List.of("السيد محمد عبد الله ولد اعل سالم"), speakers("حرائق المراعي",
        "وقال المدير الجهوي للبيئة، السيد محمد عبد الله ولد اعل سالم، إن الحرائق \"أغلبها بسبب الإهمال\"."));
    assertEquals(List.of("جواو مونتيرو"), speakers("الشباب",
        "تمسك المدرب البرتغالي لفريق الشباب جواو مونتيرو بالاستمرار في منصبه، وقال: «لدينا 9 لاعبين مصابين»."));
    assertEquals(List.of("ريم عادل"), speakers("معرض الكتاب",
        "تقف ريم عادل خلف طاولة صغيرة رُصّت عليها نسخ روايتها. وتقول: «الناشرين قالولي الرواية حلوة»."));
    assertEquals(List.of("سعاد المبروك"), speakers("الانتخابات",
        "وفي طرابلس، لم تُخفِ سعاد المبروك، وهي معلمة، تشككها، وقالت: «سمعنا هذا الكلام منذ سنوات»."));
    assertEquals(List.of("يزن"), speakers("الغرامة",
        "وأوضح شقيقه الأصغر، يزن، أن شقيقه \"ما زال مصرا على أنه قال الحقيقة\"."));
  }

  @Test
  void compoundAndSudaneseNames_andTheWordsThatEndThem_stayWhole() throws Exception {
    assertEquals(List.of("الدكتور عبد الملك يحيى الأهدل"), speakers("الغسيل الكلوي",
        "وقال مدير المركز، الدكتور عبد الملك يحيى الأهدل، إن المركز يضم 34 جهازا.",
        "وأضاف الأهدل: \"نعمل بأربع ورديات على مدار الساعة\"."));
    assertEquals(List.of("أحمد ود البشير"), speakers("القمح في الجزيرة",
        "عاد المزارع أحمد ود البشير إلى حواشته في قسم المسلمية.",
        "«لما رجعنا ما لقينا حاجة»، يقول ود البشير."));
    assertEquals(List.of("علي حسين شمص"), speakers("الليطاني",
        "يقف علي حسين شمص عند حافة قناة ري متفرعة من النهر.",
        "«كان أبي يشرب من هذا النهر بكفّيه»، يقول شمص."));
    assertEquals(List.of("آمنة عبد القادر", "مريم", "آمنة عبد القادر"), speakers("النازحون",
        "تقول آمنة عبد القادر (٣٨ عاما): «خرجنا من الخرطوم بملابسنا فقط».",
        "أما مريم، كبرى بنات آمنة (١٥ عاما)، فتقول: «كنت في الصف السابع».",
        "وعند المغرب، تجمع آمنة أطفالها حول صينية العدس، وتقول: «نحن نعيش في مدرسة»."));
  }

  @Test
  void presentVerbBeforeAFeminineNameAndHerFathers_isNoPartOfTheName() throws Exception {
    assertEquals(List.of("آمنة عبد الله"), speakers("حمى الضنك",
        "وعلى فرشة بلاستيكية، ترقد آمنة عبد الله (23 عاما). تقول: \"الحمى عندي من 4 أيام\"."));
  }

  @Test
  void wordsAfterARoleThatAreNoName_endIt() throws Exception {
    String farmer = "الحاج يوسف عبد الله المومني";
    assertEquals(List.of("وكيل الجمهورية", "مصدر مطلع على تفاصيل المشروع", "وائل الشريف", farmer, "فادي سلامة",
        farmer), speakers("المحكمة",
        "وقال وكيل الجمهورية في مرافعة دامت أزيد من ثلاث ساعات إن الملف \"يكشف منظومة كاملة\".",
        "وقال مصدر مطلع على تفاصيل المشروع بما يتراوح بين 280 و320 مليون درهم إن \"الكلفة أقل بكثير\".",
        "أما كاتب الدولة المكلف بالانتقال الطاقي، وائل الشريف، فربط القرار بالطاقات المتجددة، وقال: «كل ميغاواط يخفف عنا».",
        "وقال الحاج يوسف عبد الله المومني إن \"الموسم جيد\". وقال الخبير فادي سلامة إن \"الأسعار مرتفعة\".",
        "وعند الظهر، ويرفع الحاج يوسف يديه بالدعاء: «الله يرحم اللي زرع»."));
  }

  @Test
  void actingForAnOffice_isARole_beforeTheNameSetOff() throws Exception {
    assertEquals(List.of("الدكتورة إيلينا مارتينيز", "جون سميث"), speakers("الكوليرا",
        "وقالت القائمة بأعمال ممثل المنظمة في اليمن، الدكتورة إيلينا مارتينيز، في مؤتمر صحفي: «لدينا اللقاح الفموي».",
        "وقال القائم بأعمال السفارة الأمريكية جون سميث إن \"العلاقات متينة\"."));
  }

  @Test
  void mannerQuantityOrAddressAfterTheSpeaker_isNoPartOfTheName() throws Exception {
    assertEquals(List.of("النائب طوني الحاج", "النائب طوني الحاج", "سليم فارس"), speakers("الموازنة",
        "وقال النائب طوني الحاج إن «الموازنة لا تحمي الفقراء».",
        "وأضاف الحاج موجها كلامه إلى زميله: «أنتم كنتم في الحكومة عندما أقرت الضريبة».",
        "وتدخل رئيس المجلس سليم فارس أكثر من مرة لضبط النقاش، قائلا: «هذه ليست جلسة محاكمة»."));
  }

  @Test
  void anImam_isARoleBeforeTheName_whileBeforeSomeone_endsThePhrase() throws Exception {
    assertEquals(List.of("الشيخ أحمد سالم ولد محمدو", "الشيخ أحمد سالم ولد محمدو", "سيدي ولد أحمد"),
        speakers("المهور",
            "ورأى إمام جامع ابن عباس في نواكشوط، الشيخ أحمد سالم ولد محمدو، أن «التيسير في المهور سنة نبوية».",
            "وقال إمام المسجد الشيخ أحمد سالم ولد محمدو: «هذا ما نردده في خطب الجمعة».",
            "وقال العمدة سيدي ولد أحمد أمام المصلين إن «البلدية ستتكفل بالولائم»."));
  }

  @Test
  void verdictTheJudgeRead_isNoPartOfHisName() throws Exception {
    assertEquals(List.of("القاضي سامر الحج علي"), speakers("الحكم",
        "وتلا رئيس هيئة المحكمة القاضي سامر الحج علي منطوق الحكم في جلسة علنية، وجاء فيه: \"حكمت المحكمة "
            + "حضوريا بإدانة المتهم\"."));
  }

  @Test
  void aNounWithItsGenitiveAfterTheName_isTheVerbsObject_whileAFeminineFirstNameBeforeASurnameStays() throws Exception {
    assertEquals(List.of("عبد الكريم بوزيدي", "سالمة الشريف"), speakers("البكالوريا",
        "وأعطى وزير التربية عبد الكريم بوزيدي إشارة الانطلاق، حيث صرح بأن \"كل الظروف سخرت لإنجاح الموعد\".",
        "لكن عضو المجلس سالمة الشريف، التي صوتت ضد المشروع، اعتبرت أن البند \"لا يكفي حتى للصيانة\"."));
  }

  @Test
  void alAmin_isAGivenNamesSecondPartAfterARankedName_andADerivedPresentVerbIsNoName() throws Exception {
    assertEquals(List.of("الدكتور محمد الأمين ولد ببانه", "مترشح حر في العشرينيات"), speakers("الرواية",
        "واعتبر أستاذ الأدب بجامعة نواكشوط، الدكتور محمد الأمين ولد ببانه، أن الرواية \"تنتمي إلى جيل جديد\".",
        "وقال مترشح حر في العشرينيات، يجتاز الامتحان للمرة الثالثة، إن \"الضغط النفسي أصعب من الأسئلة نفسها\"."));
  }

  @Test
  void anIndefiniteObjectAfterAKunya_isNoPartOfIt() throws Exception {
    assertEquals(List.of("أم حسين"), speakers("الخيام",
        "في المساء، تشعل أم حسين موقدا صغيرا من الحطب لتحضير الشاي، وتقول: «في كل مرة كنا نرجع ونرمم»."));
  }

  @Test
  void verbalNounParticipleOrPossessedObjectAfterTheName_isNoPartOfIt() throws Exception {
    assertEquals(List.of("الأستاذ منير بن عمار", "رائد الخطيب", "رائد الخطيب", "محمود الطيب", "محمود الطيب"),
        speakers("المحكمة",
        "وطلب الأستاذ منير بن عمار التأجيل، قائلا: «لا يمكن لأي محام أن يدافع عن متهم في ملف لم يطلع عليه».",
        "وقال مدرب الفريق الضيف رائد الخطيب إن «المباراة كانت صعبة».",
        "وأبدى رائد الخطيب استياءه من التحكيم، وقال: «كان هناك خطأ واضح على حارسنا».",
        "ويقول محمود الطيب (52 عاما) إن «العودة كانت قرارا صعبا».",
        "وظل محمود الطيب متمسكا بقراره، وقال: «هذا البيت بناه أبي حجرا حجرا»."));
  }

  @Test
  void delegateHeadsARole_andAProfessorAtAnInstituteSetOffIsNoRankedName() throws Exception {
    assertEquals(List.of("أحمد نايت الحسين", "الدكتور عبد الرحيم بنعمر"), speakers("الطرق",
        "وقال المندوب الوطني للأمن في الطرق، أحمد نايت الحسين، في ندوة صحفية، إن «الأرقام تبقى مرتفعة».",
        "وقال الدكتور عبد الرحيم بنعمر، الأستاذ بالمعهد الوطني لعلوم الآثار، إن \"هذا الحمام ليس منشأة عادية\"."));
  }

  @Test
  void kunyaAsTheNeighboursCallHim_isThePersonJustIntroduced() throws Exception {
    assertEquals(List.of("حسين سلامة", "حسين سلامة", "حسين سلامة"), speakers("صياد من صور",
        "عند الخامسة فجرا، يقف حسين سلامة (58 عاما) على رصيف ميناء الصيادين في صور.",
        "«البحر هو كل ما أملك»، يقول أبو علي، كما يناديه أهل الحي، وهو يرتب شباكه، «ورثته عن أبي، وأبي ورثه "
            + "عن جده، ولم نبتعد عنه يوما».",
        "ويقول أبو علي، كما يناديه أهل الحي، إن «الرزق قليل هذه الأيام»."));
  }

  @Test
  void nameBeforeItsVerb_orBeforeWhatItMoves_isTheFullNameWrittenBefore() throws Exception {
    assertEquals(List.of("خلف إلياس حسو", "خديجة حسن"), speakers("العودة إلى سنجار",
        "تعيش خديجة حسن مع زوجها خلف إلياس حسو في المخيم منذ 11 عاما.",
        "وتمنح الحكومة كل عائلة عائدة منحة مالية، غير أن خلف يقول إنها «لا تكفي لترميم غرفة».",
        "قبل أن يحل المساء، تعيد خديجة الألبوم إلى كيسه البلاستيكي. وتقول: «نحن جاهزون للرحيل»."));
  }

  @Test
  void verbOrParticleTheNameRanOnFrom_isNoPartOfIt_andARelativeIsTheRole() throws Exception {
    List<ExtractedFact> quotes = quotes("المودعون",
        "أمام فرع أحد المصارف، وقف جورج حداد (67 عاما)، وهو مدرس متقاعد، حاملا دفتر حسابه. يقول: «أودعت "
            + "تعب ثلاثين عاما هنا».",
        "أما نسيمة، وهي موظفة في شركة خاصة، فتقول إنها «تفكر جديا في الهجرة».",
        "أما زميلها يوسف القماطي فقال إن انقطاع الكهرباء «أثر كثيرا على المراجعة».");
    assertEquals(List.of("جورج حداد", "نسيمة", "يوسف القماطي"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertEquals("زميلها", quotes.get(2).quote().speaker().role());
  }

  @Test
  void rankAfterADefiniteBody_startsTheName_butInAnInstitutionsNameItDoesNot() throws Exception {
    assertEquals(List.of("الدكتور أحمد علي", "الدكتور سالم الحارثي"), speakers("الصحة",
        "وقال ممثل الوزارة الدكتور أحمد علي إن «الحملة تبدأ غدا».",
        "وقال رئيس جامعة السلطان قابوس الدكتور سالم الحارثي إن «الجامعة مستعدة»."));
  }

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
  void outletAfterTheName_isNotPartOfIt() throws Exception {
    assertEquals(List.of("الدكتور مروان الحمادي"), speakers("الغاز القطري",
        "وقال كبير محللي الطاقة في مركز أبحاث خليجي الدكتور مروان الحمادي لرويترز: \"قطر تراهن على أن "
            + "الطلب الآسيوي سيبقى قويا\"."));
  }

  @Test
  void rankWordInsideAName_staysInTheName() throws Exception {
    assertEquals(List.of("محمد الأمين ولد بوبكر"), speakers("فرز الأصوات",
        "وقال المتحدث باسم اللجنة الوطنية المستقلة للانتخابات محمد الأمين ولد بوبكر في مؤتمر صحفي: "
            + "\"عمليات الفرز تسير بشكل طبيعي في كل الولايات\"."));
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
  void nameAfterAPlaceOfSeveralWords_andTheSameSpokesman() throws Exception {
    assertEquals(List.of("مأمون الدرويش", "مأمون الدرويش"), speakers("العودة",
        "وقال مدير العلاقات العامة في معبر باب الهوى الحدودي مأمون الدرويش في حديث للأناضول: «نستقبل يوميا "
            + "عددا كبيرا من العائدين».",
        "وزاد المتحدث ذاته أن «الحركة ترتفع في نهاية كل أسبوع»."));
  }

  @Test
  void longNamesWithLinks_andKnownOrganizationsInsideARole() throws Exception {
    assertEquals(List.of("الشيخ عيسى بن خالد آل خليفة", "كلير بونفيس"), speakers("الحلبة",
        "وقال الرئيس التنفيذي لحلبة البحرين الدولية الشيخ عيسى بن خالد آل خليفة في مؤتمر صحفي إن \"التذاكر نفدت\".",
        "وحذرت المتحدثة باسم منظمة أطباء بلا حدود في اليمن، كلير بونفيس، من أن \"الفرق الطبية تعمل فوق طاقتها\"."));
  }

  @Test
  void ambassadorToACountry_andTheDiplomatLater() throws Exception {
    assertEquals(List.of("جوفاني بوليتسي", "جوفاني بوليتسي"), speakers("الغاز",
        "وقال سفير إيطاليا لدى الجزائر جوفاني بوليتسي في تصريح للصحافة: «الجزائر شريك موثوق».",
        "وأضاف الدبلوماسي الإيطالي أن «الممر الجديد سيجعل من البلدين مركزا للطاقة»."));
  }

  @Test
  void nameAtTheEndOfALongDescription() throws Exception {
    assertEquals(List.of("آدم يعقوب إسحق", "هبة النجار"), speakers("الذهب",
        "ويقول المعدن الأهلي القادم من مدينة الفاشر آدم يعقوب إسحق (29 عاما)، الذي يعمل في حفر الآبار منذ سنوات، "
            + "إن \"الحفر اليدوي يمتد إلى أعماق كبيرة\".",
        "في حين ترى المرشدة التربوية في إحدى مدارس خان يونس هبة النجار أن \"الطلبة يعانون صدمات نفسية\"."));
  }

  @Test
  void nameAfterAnUnknownPlace_beforeAnOutlet() throws Exception {
    assertEquals(List.of("حسين عواضة"), speakers("الحرائق",
        "وقال رئيس مركز الدفاع المدني في مرجعيون حسين عواضة للجزيرة نت: \"فرقنا تعمل في ظروف خطرة جدا\"."));
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
  void aDirectorNamedAfterHisRole_chantsAndVersesAfterTheirNouns_aNicknameKnownAs_andAnOfficerInAUnit()
      throws Exception {
    List<ExtractedFact> quotes = quotes("الألغام",
        "وقال مخرج العرض، شريف الدمرداش، لـ\"مصراوي\" إن أعضاء الفرقة \"تلقوا الحكم بفرحة كبيرة\".",
        "وارتدى عداؤون قمصانا طبعت عليها عبارة محمود درويش «على هذه الأرض ما يستحق الحياة»، فيما ردد أطفال هتاف "
            + "«بالروح بالدم نفديك يا فلسطين».",
        "وقال ضابط في فوج الهندسة لـ\"الأخبار\" إن \"الفرق تعمل يوميا من الفجر حتى المغيب\".",
        "\"نحن لا نخاف من الزرع، نخاف مما تحت التراب\"، يقول الحاج حسين فقيه وهو يشير إلى حقله.",
        "ويعرف الرجل في البلدة باسم \"أبو علي\"، وقد زرع هذه الأرض طوال 40 عاما.",
        "ويضيف أبو علي أن \"شتول التبغ يجب أن تزرع قبل نهاية أيار\".",
        "الدكتور مأمون عبد الرحيم، مدير مستشفى بشائر، قال لراديو دبنقا إن المستشفى “يستقبل يوميا أكثر من 50 حالة”.");
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
  void verbalNounAfterAName_isNotPartOfIt_andAShortNegatedClauseIsSpeech() throws Exception {
    List<ExtractedFact> quotes = quotes("الدفاع يطعن في الحكم",
        "وأعلن محامي المتهم طارق عبد الحميد عزمه الطعن على الحكم، وقال: «الحكم قاس ولم يراع الوقائع».",
        "وأشار عبد الحميد إلى أن الدفاع قدم مستندات كثيرة، لكن المحكمة \"لم تلتفت إليها\".",
        "ووصف المحامي الحكم بأنه \"درس قاس\" للمقاولين.");
    assertEquals(List.of("الحكم قاس ولم يراع الوقائع", "لم تلتفت إليها"),
        quotes.stream().map(ExtractedFact::text).toList(), "a short quotation without a negated verb is a term");
    assertEquals(List.of("طارق عبد الحميد", "طارق عبد الحميد"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
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
  void quotedCompanyNameInTheRole_thenTheNameSetOff() throws Exception {
    assertEquals(List.of("سمير بن عيسى"), speakers("السيارات",
        "من جهته، أوضح الرئيس المدير العام لشركة «أطلس موتورز الجزائر»، سمير بن عيسى، أن \"أول سيارة ستخرج من خط "
            + "الإنتاج في سبتمبر المقبل\"."));
  }

  @Test
  void audienceIsCutOnlyAfterAVerbOfTelling() throws Exception {
    assertEquals(List.of("رئيس مجلس النواب", "رئيس مجلس النواب"), speakers("البرلمان",
        "وقال رئيس مجلس النواب إن «الجلسة ستعقد في موعدها».",
        "وأبلغ رئيس مجلس النواب الصحفيين: «لا تأجيل»."));
  }

  @Test
  void basimIsAName_afterARoleButNotAfterASpokesman_andANameEndsAtAPrepositionWithHamza() throws Exception {
    assertEquals(List.of("باسم الغرابي", "المتحدث الرسمي باسم الحكومة", "النائب خالد الصالح"), speakers("الكهرباء",
        "في المقابل، شكك عضو لجنة النفط والطاقة النيابية باسم الغرابي في وعود الوزير، وكتب في تدوينة: «نسمع "
            + "الأرقام نفسها كل عام».",
        "وقال المتحدث الرسمي باسم الحكومة إن «الوعود ستنفذ هذا العام».",
        "وطالب النائب خالد الصالح بإنشاء هيئة مستقلة لإدارة الدين، وقال: «لا يكفي أن نوافق على القرض»."));
  }

  @Test
  void theNeedIsNoPilgrim_andARemarkableInterventionNamesNoOne() throws Exception {
    assertEquals(List.of("عادل كريم الساعدي", "الدكتور فهد العتيبي", "عادل كريم الساعدي"), speakers("الكهرباء",
        "قال وزير الكهرباء عادل كريم الساعدي إن الحاجة الفعلية للبلاد في أشهر الذروة تصل إلى 35 ألف ميغاواط، "
            + "«وهذا يعني أن الفجوة ما زالت قائمة».",
        "وفي مداخلة لافتة، عرض النائب الدكتور فهد العتيبي أرقاما قال إنها «مأخوذة من تقارير ديوان المحاسبة».",
        "وكشف الوزير أن المشروع سيدخل الخدمة، وقال: «الأمر محسوم»."));
  }

  @Test
  void aNameMentioned_aQuestionAsked_andAWordWithAPronoun_nameNoOne() throws Exception {
    assertEquals(List.of("محمد الزغلامي", "", "محمد الزغلامي"), speakers("الجلة",
        "ويروي والدها، محمد الزغلامي، قصة يرددها أهل القرية كلما ذكر اسم ابنته: «ذات مساء وجدتها ترمي حجرا. "
            + "سألتها ماذا تفعلين، فقالت: \"أتدرب يا بابا\"».",
        "ويضيف الأب ضاحكا: «لم يكن لدينا مال لشراء جلة حقيقية»."));
  }

  @Test
  void aGivenNameWithTheArticleAfterARole_aCountAfterAName_andAnObjectAfterBinX() throws Exception {
    assertEquals(List.of("رحمة الزغلامي", "الهادي بن صالح", "رحمة الزغلامي"), speakers("الجلة",
        "وقالت البطلة رحمة الزغلامي إن «الحلبة مكاني الصحيح».",
        "اكتشف المدرب الهادي بن صالح موهبة رحمة خلال بطولة مدرسية. ويقول بن صالح: «رمت يومها 11 مترا».",
        "تتدرب رحمة ست حصص في الأسبوع. وتقول: «سأرمي من أجل كل فتاة في سيدي بوزيد»."));
  }

  @Test
  void kinshipWithAPronoun_thenTheName_isTheNameWithThatRole() throws Exception {
    assertEquals(List.of("فاطمة الجلاصي", "أم محمد"), speakers("الجلة",
        "أما والدتها فاطمة الجلاصي فتقول إنها لا تستطيع مشاهدة ابنتها وهي ترمي: «أغمض عينيّ وأنتظر صراخ الجمهور».",
        "وعلى الشاطئ، تنتظر زوجته أم محمد مع أطفالها الصغار عودة القارب. وتقول: «كل صباح أودعه كأنه لن يعود»."));
  }

  @Test
  void aRoleThenARoleAndNameSetOff_aMannerAfterASurname_andWhoADescriptionSetOffDescribes() throws Exception {
    assertEquals(List.of("يوسف الإدريسي", "الأستاذ كريم بنعلي", "الأستاذ كريم بنعلي", "سعيد أوعلي"),
        speakers("المحاكمة",
            "وقال ممثل النيابة العامة، نائب الوكيل العام للملك يوسف الإدريسي، إن الطريق «لم ينجز منها سوى 3 كيلومترات».",
            "واعتبر دفاع المتهم، الأستاذ كريم بنعلي، أن الملف «بني على خبرة ناقصة».",
            "وقال بنعلي مخاطبا الهيئة: «موكلي لم يكن يوقع وحده»",
            "واستمعت المحكمة إلى 5 شهود، أبرزهم سعيد أوعلي، الموظف السابق بمصلحة التعمير في الجماعة، الذي قال أمام "
                + "الهيئة: «لم أر أي طريق منجزة»."));
  }

  @Test
  void rolesWithAQuotedCompany_aSecondOfficeJoinedByWa_aSpecialist_andInReplyAfterTheRole() throws Exception {
    assertEquals(List.of("سامي الدوسري", "عماد الحسن", "فاطمة جناحي", "هشام عبد الساتر"), speakers("الأسواق",
        "وقال الشريك الإداري في «واحة فنتشرز»، سامي الدوسري، في بيان: «الأمن المائي أحد أكبر التحديات».",
        "وقال مدير التجارة الداخلية وحماية المستهلك في دمشق، عماد الحسن، إن «النشرة السعرية ملزمة».",
        "وقالت أخصائية التغذية العلاجية في المستشفى العسكري فاطمة جناحي إن «المشروبات المحلاة هي العدو الأول».",
        "وقال وزير الزراعة هشام عبد الساتر إن الأضرار كبيرة.",
        "وأجاب الوزير ردا على سؤال بأن «الدولة لا تملك اليوم الأموال الكافية»."));
  }

  @Test
  void aRelativeSetOffAfterAName_thenWhoSaid_isThatName() throws Exception {
    assertEquals(List.of("محمد بن سعيد الكندي"), speakers("الحادث",
        "استقبل ذوو الضحايا المعزين، ومن بينهم محمد بن سعيد الكندي، شقيق أحد المتوفين، الذي قال إن أخاه «كان "
            + "عائدا من عمله في مسقط»."));
  }

  @Test
  void aKunyaBeforeWhatItsBearerMoves_andAPlaceBeforeTheDay_whichAMinistrysNameLeavesOut() throws Exception {
    assertEquals(List.of("أبو محمد", "وزارة الصحة"), speakers("الجفاف",
        "وقال أبو محمد يده على قلبه: «الأرض عطشى، ونحن مثلها».",
        "وقالت وزارة الصحة في الكويت اليوم الأحد إن «الحملة تستهدف كبار السن»."));
  }

  @Test
  void nameWithItsAgeSetOffBeforeADescription_isTheName_andTheDescriptionItsRole() throws Exception {
    List<ExtractedFact> quotes = quotes("نازحون",
        "حواء آدم (38 عاما)، أم لخمسة أطفال، قالت وهي تجلس تحت شجرة: «في الأسابيع الأخيرة لم يبق في السوق شيء».");
    assertEquals("حواء آدم", quotes.get(0).quote().speaker().name());
    assertEquals("أم لخمسة أطفال", quotes.get(0).quote().speaker().role());
  }

  @Test
  void familyNameInYa_beforeTheVerbsObject_staysWithTheName() throws Exception {
    assertEquals(List.of("الدكتور فهد سالم العتيبي", "المهندس خالد مبارك العنزي"), speakers("الكهرباء",
        "استبعد وزير الكهرباء الكويتي الدكتور فهد سالم العتيبي العودة إلى القطع المبرمج، مؤكدا أن الشبكة "
            + "\"قادرة على تجاوز ذروة أغسطس إذا استمر التعاون\".",
        "وتولى وكيل الوزارة المهندس خالد مبارك العنزي الرد على سؤال بشأن الفاقد، فقال إن نسبة الفاقد "
            + "\"انخفضت من 11% إلى 8.5% خلال ثلاث سنوات\"."));
  }

  @Test
  void verbsObjectAfterBi_andAMannerAdverb_areNoPartOfTheName() throws Exception {
    assertEquals(List.of("الدكتور شريف فاروق", "الدكتور شريف فاروق", "الدكتور شريف فاروق"), speakers("التموين",
        "وقال وزير التموين الدكتور شريف فاروق إن \"المخزون آمن ويكفي ستة أشهر\".",
        "وعن سؤال لمراسلة صحيفة الشروق، أقر الوزير بوجود مشكلات فنية في منظومة الصرف، وقال: «نعترف بأن هناك تأخيرا».",
        "وحين سأله صحفي عن التسعير الجبري، رد فاروق بحسم: «لا نفكر في التسعير الجبري، السوق الحرة لها آلياتها»."));
  }

  @Test
  void nameEndsBeforeTheNextOnesRole_andAStudentIsNoVerb() throws Exception {
    assertEquals(List.of("وليد خوري", "طالب جامعي في العشرينيات", "طالب جامعي في العشرينيات"), speakers("الكهرباء",
        "تصاعد السجال بين وزير الطاقة والمياه وليد خوري ورئيس لجنة الأشغال العامة فادي يزبك.",
        "ورد خوري في بيان بالقول إن \"أرقام رئيس اللجنة تعود إلى عام 2021، والهدر انخفض اليوم\".",
        "«كنا نشتري هذه الكتب سرا، مصورة على ورق رديء»، يقول طالب جامعي في العشرينيات وهو يحمل نسخة من "
            + "«القوقعة»، «أما اليوم فأشتريها بغلافها الأصلي ومن دون أن أتلفت حولي»."));
  }

  @Test
  void rankBeforeWhereSomeoneTeaches_isNoSecondName() throws Exception {
    assertEquals(List.of("الدكتور رشيد بوسعادة"), speakers("الأعراس",
        "من جهته، اعتبر الباحث في علم الاجتماع الدكتور رشيد بوسعادة، الأستاذ بجامعة الجزائر 2، أن \"العرس "
            + "تحول من مناسبة اجتماعية إلى استعراض للمكانة\"."));
  }

  @Test
  void aBlessingAfterTheName_andHowManyChildrenAMotherHas_areNoNames() throws Exception {
    assertEquals(List.of("الحاجة آمنة", "فاطمة آيت عبو"), speakers("الذاكرة",
        "وتقول الروائية: أمي، الحاجة آمنة، رحمها الله، كانت تقول: «الكتاب لا يشبع البطن، لكنه يمنع القلب من أن "
            + "يجوع».",
        "وتقف فاطمة آيت عبو، الأم لأربعة أبناء، أمام بيتها الجديد.",
        "وتضيف الأم لأربعة أبناء أن الدفعة الأخيرة من الدعم «تأخرت بسبب ملاحظات تقنية لم يشرحها لنا أحد»."));
  }

  @Test
  void whatSomeoneHoldsAfterTheirName_isNoPartOfIt() throws Exception {
    assertEquals(List.of("سهى دقماق"), speakers("المدارس",
        "أمام البوابة، تمسك سهى دقماق بيد ابنها الصغير. تقول: «المدرسة بعيدة عن البيت ولا نعرف ماذا سيحدث غدا»."));
  }

  @Test
  void definiteNounAndAnAccusativeAfterAFirstName_areTheVerbsObject_butAPartitiveKeepsItsGroup() throws Exception {
    assertEquals(List.of("أسماء أبو شمالة", "أحد الباعة"), speakers("الخيمة",
        "كانت أسماء أبو شمالة معلمة لغة عربية في مدرسة حكومية برفح قبل الحرب.",
        "عند الظهيرة، يخرج الأطفال مسرعين، وتمسح أسماء السبورة استعدادا للفترة الثانية. «بكرا في درس جديد، ويمكن نكون في مدرسة حقيقية»، تقول أسماء.",
        "وقال أحد الباعة ساخرا: \"بقينا نبيع للفرجة\"."));
  }

  @Test
  void initialWithItsDotBeforeAName_isPartOfTheName_andEndsNoSentence() throws Exception {
    assertEquals(List.of("ك. رشيد", "م. سليم", "ب. عبد القادر"), speakers("المحاكمة",
        "وأنكر المتهم الرئيسي، ك. رشيد (61 عاما)، جميع التهم المنسوبة إليه، وقال أمام هيئة المحكمة: «لم أوقع على "
            + "أي صفقة دون المرور عبر لجنة الصفقات».",
        "وقال المتهم م. سليم أمام القاضي: «لم أكن أعرف أن البضاعة مسروقة أصلا».",
        "وصرح المتهم الثاني، ب. عبد القادر، بأنه «لم يكن حاضرا في ذلك اليوم إطلاقا»."));
  }

  @Test
  void presentVerbAndItsObjectAfterAName_isWhatSheDoes() throws Exception {
    assertEquals(List.of("مروة بن علي"), speakers("الامتحانات",
        "أمام إحدى المدارس، وقفت الطالبة مروة بن علي تراجع ملخصاتها قبل دخول القاعة. وقالت مروة (17 عاما): «ذاكرت "
            + "ثماني ساعات يوميا طوال الشهرين الماضيين»."));
  }

  @Test
  void accusativeNounAndAdjectiveAfterAName_andAnOutletBeforeWhoSpoke_areNoPartOfIt() throws Exception {
    assertEquals(List.of("الدكتور عمر صديق عثمان", "أيوب الزياني", "ماريا تيريزا دالماسو"), speakers("المؤتمر",
        "وعقد الدكتور عمر صديق عثمان مؤتمرا صحفيا في مكتبه، وقال: «أمن مصر المائي جزء من أمن السودان».",
        "أما صاحب الهدف أيوب الزياني (19 عاما)، فقال لهسبريس وهو يغالب دموعه: \"حلمت بهذه اللحظة منذ كنت طفلا\".",
        "من جهتها، قالت رئيسة بعثة صندوق النقد الدولي، ماريا تيريزا دالماسو، إن \"الإصلاحات تسير في الاتجاه الصحيح\"."));
  }

  @Test
  void givenNamesWrittenWithTheArticle_openTheName() throws Exception {
    assertEquals(List.of("الأسعد بن حمودة", "الطيب عبد الرحيم"), speakers("المهرجان",
        "وقال مدير المهرجان، الأسعد بن حمودة، إن \"نسبة امتلاء المدارج بلغت 100% في سبع سهرات\".",
        "وقال الناطق الرسمي باسم الحكومة، الطيب عبد الرحيم، في مؤتمر صحفي إن \"الحكومة تتعامل بإيجابية مع أي "
            + "مبادرة\"."));
  }

  @Test
  void whatARoleIsChargedWith_isPartOfTheRole_andTheNameIsSetOffAfterIt() throws Exception {
    assertEquals(List.of("حياة العطار"), speakers("العاملات",
        "وقالت المكلفة بملف النساء العاملات في المنتدى، حياة العطار: «القانون أحدث صنفا خاصا لنقل العمال الفلاحيين»."));
  }

  @Test
  void presentVerbAndTheCountItTakes_afterAName_areNoPartOfIt() throws Exception {
    assertEquals(List.of("ريما سعادة"), speakers("المخرجة ريما سعادة تجمع ثمانية ممثلين في عمل يمتد 95 دقيقة",
        "وأوضحت المخرجة أن التحضير للعمل استغرق 14 شهرا، وأضافت: “الممثلون عاشوا معي داخل هذا الملجأ المتخيل”."));
  }

  @Test
  void verbOfComingBackBeforeASurname_isNoPartOfTheName() throws Exception {
    assertEquals(List.of("عبد الحميد لعرابي", "عبد الحميد لعرابي"), speakers("قانون حماية المستهلك",
        "وفي أولى المداخلات، اعتبر النائب عن حركة مجتمع السلم، عبد الحميد لعرابي، أن العقوبات ضعيفة، وقال: "
            + "\"القانون لا يحمي المستهلك من المضاربين\".",
        "وعاد لعرابي ليقاطعها من مقعده: «ومن يحمي المواطن إذن؟»."));
  }

  @Test
  void envoyToACountry_foreignSurnameWithLam_andHyphenatedGivenName_areWhole() throws Exception {
    assertEquals(List.of("أولاف ليندكفيست", "أولاف ليندكفيست", "الدكتورة ماري-لويز بنتو"), speakers("اليمن",
        "حذر المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن أولاف ليندكفيست من أن \"نافذة السلام تضيق\".",
        "وتابع المبعوث الأممي: «المدنيون يدفعون الثمن كل يوم».",
        "وقالت وكيلة الأمين العام، الدكتورة ماري-لويز بنتو، إن الخطة \"لم تمول إلا بنسبة ضئيلة\"."));
  }

  @Test
  void surnameAfterCompoundGivenName_andRoleSetOffAfterTheName_referBackToTheCoach() throws Exception {
    assertEquals(List.of("عبد الحق الدكالي", "عبد الحق الدكالي", "سامر الحوراني"), speakers("الفيصلي",
        "حمّل الإطار الوطني عبد الحق الدكالي، مدرب نادي الفيصلي، الإرهاق مسؤولية الخسارة.",
        "وقال الدكالي إن \"اللاعبين خاضوا ثلاث مباريات في تسعة أيام\".",
        "وأجاب المدرب المغربي: «كنت أعرف أن الفريق سيتراجع بدنيا بعد الدقيقة الستين».",
        "واعتبر مدرب الوحدات، الأردني سامر الحوراني، أن فريقه \"استحق الفوز لأنه لعب بروح جماعية عالية\"."));
  }

  @Test
  void relativeBeforeTheName_isTheRole_andTheTeacherWhoToldTheSpeaker_isNamed() throws Exception {
    assertEquals(List.of("سالم بن راشد الغيلاني", "ناصر البلوشي", "الدكتورة نجوى الهمامي", "صاحب الضيعة",
        "الدكتورة نجوى الهمامي"),
        speakers("البطل يعود",
        "وفي منزل العائلة، قال والده سالم بن راشد الغيلاني (61 عاما): «كنت أعرف أن هذا اليوم سيأتي، ويومها قال لي "
            + "مدرسه الأستاذ ناصر البلوشي: \"ابنك سيرفع علم عمان يوما\"، فلم أمنعه من التدريب».",
        "وقالت الدكتورة نجوى الهمامي إن \"العاملات في الحقول ما زلن بلا حماية اجتماعية\".",
        "وأضافت أن صاحب الضيعة قال لهن ذات يوم: «من لا يعجبها الأجر فلتبق في بيتها»، مؤكدة أن هذه الجملة "
            + "«تلخص كل شيء عن العمل في الحقول»."));
  }

  @Test
  void subjectOfKanaAfterAFrontedPlace_speaksTheNextVerb_andANameEndingInTalibIsNoStudent() throws Exception {
    assertEquals(List.of("عمر بن طالب"), speakers("تخرج",
        "وفي المدرجات، كان والدها عمر بن طالب يلوّح بعلم صغير، وقال للجزيرة نت: \"لم أدخل الجامعة في حياتي، "
            + "واليوم دخلتها من أوسع أبوابها\"."));
  }

  @Test
  void nameGivenInADescriptionSetOffAfterOneOfAGroup_isTheSpeakers_andTheOutletAfterTheAgeNoRole()
      throws Exception {
    assertEquals(List.of("أحمد سعيد عبد الله"), speakers("تحطم طائرة",
        "وروى أحد الناجين، وهو تاجر من موتسامودو يدعى أحمد سعيد عبد الله (52 عاما)، لإذاعة \"أوراف\" المحلية "
            + "تفاصيل اللحظات الأخيرة، وقال: «شعرنا بهزة قوية ثم سمعت صراخ الناس»."));
    assertEquals("تاجر من موتسامودو", FactFixtures.quotes("تحطم طائرة",
        "وروى أحد الناجين، وهو تاجر من موتسامودو يدعى أحمد سعيد عبد الله (52 عاما)، لإذاعة \"أوراف\" المحلية "
            + "تفاصيل اللحظات الأخيرة، وقال: «شعرنا بهزة قوية ثم سمعت صراخ الناس».").get(0).quote().speaker().role());
  }

  @Test
  void twoOfficesJoinedBeforeTheName_areOneRole_andAShoutAfterTheNameIsNoPartOfIt() throws Exception {
    assertEquals(List.of("فيصل القحطاني"), speakers("تمويل",
        "وقال المؤسس والرئيس التنفيذي للشركة، فيصل القحطاني، إن التمويل سيذهب «إلى التوسع في أسواق الخليج أولا»."));
    assertEquals(List.of("النائب عمر بني مصطفى", "النائب سليمان الزبن"), speakers("جلسة",
        "وقال النائب عمر بني مصطفى: \"كيف تكون الخسائر بهذا الحجم؟\"، فقاطعه النائب سليمان الزبن صائحا: "
            + "\"هذه الأرقام قديمة ولا تعني شيئا\"."));
  }

  @Test
  void onceAfterTheVerb_andAVerbWithItsPrepositionAfterAName_endTheName() throws Exception {
    assertEquals(List.of("سلمى الخطيب", "ناقد"), speakers("رواية",
        "وقالت الكاتبة سلمى الخطيب: «قال لي ناقد مرة: \"روايتك طويلة أكثر مما يجب\"، فضحكت»."));
    assertEquals(List.of("رنا حداد"), speakers("ورشة",
        "ويعمل في الورشة الابن سمير، وزوجته رنا حداد تهتم بالتغليف عبر الإنترنت منذ سنوات.",
        "وتقول رنا إن الطلبات «تضاعفت منذ فتحنا الصفحة على إنستغرام»."));
  }

  @Test
  void courtAnOfficeSitsIn_isNoName_andHerCoach_isTheRoleBeforeHisName() throws Exception {
    assertEquals(List.of("وكيل الجمهورية لدى القطب الجزائي"), speakers("محاكمة",
        "وقال وكيل الجمهورية لدى القطب الجزائي بمحكمة سيدي امحمد إن «الملف يكشف عن منظومة كاملة لتوجيه الصفقات»."));
    assertEquals(List.of("محمد الغازي"), speakers("ماراطون",
        "وتابعت العداءة أن مدربها محمد الغازي كان يردد على مسامعها دائما: «الماراطون يبدأ بعد الكيلومتر الثلاثين»."));
  }

  @Test
  void roleEndingWithWhatItWon_thenANationalityAndADutchName_isThatName() throws Exception {
    assertEquals(List.of("ماركوس فان ديك", "ماركوس فان ديك"), speakers("الهيدروجين",
        "ومن جهته، قال الرئيس التنفيذي للتحالف الأوروبي الفائز بمشروع الدقم، الهولندي ماركوس فان ديك، إن «عمان "
            + "تملك ما لا تملكه أوروبا».",
        "وأشار فان ديك إلى أن الإنتاج سيصدر متوقعا أن تبدأ الشحنات \"في النصف الثاني من العقد\"."));
  }

  @Test
  void nameAfterAnAirportNamedAfterSomeone_isTheChiefExecutives() throws Exception {
    assertEquals(List.of("ثامر الكبيسي"), speakers("المطار",
        "وقال الرئيس التنفيذي لمطار حمد الدولي ثامر الكبيسي إن \"الأرقام تعكس ثقة شركات الطيران\"."));
  }
  @Test
  void ageInBracketsAndAVerbBeforeKin_areNoPartOfTheName_andKinGoesByTheirFullName() throws Exception {
    assertEquals(List.of("شاب ورث الأرض عن والده"), speakers("الحصاد",
        "ويشتكي فلاحون آخرون من تأخر التعاونية. وقال أحدهم، وهو شاب (34 عاما) ورث الأرض عن والده: «سلمنا "
            + "محصولنا في جويلية الماضي ولم نقبض شيئا»."));
    assertEquals(List.of("عدنان السباعي", "ريم السباعي", "ريم السباعي"), speakers("الشاعر",
        "يقول الشاعر عدنان السباعي: «الكتابة صارت أصعب».",
        "وتقول ريم السباعي، ابنته: «أقرأ له كل صباح».",
        "وتقاطعه ابنته ريم قائلة: “بابا بيصحيني أحيانا الساعة تلاتة الفجر”."));
  }

  @Test
  void planThatARoleSummedUp_isNoName_andKinBeforeARoleAndName_isThatName() throws Exception {
    List<ExtractedFact> quotes = quotes("الأمطار",
        "«الفرق الميدانية ستعمل على مدار الساعة»، هكذا لخص المتحدث الرسمي باسم البلدية خطة الطوارئ صباح اليوم.",
        "وقال رئيس النادي فادي شمس الدين: «صديقي الناشر سمير الحايك قال لي قبل أسابيع: \"من سيشتري كتابا اليوم؟\"»");
    assertEquals(List.of("المتحدث الرسمي باسم البلدية", "فادي شمس الدين", "سمير الحايك"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertEquals("الناشر", quotes.get(2).quote().speaker().role());
  }
  @Test
  void whatTheVillageCallsSomeone_andHowTheySpoke_areNoPartOfTheName() throws Exception {
    assertEquals(List.of("الطاهر آيت عمر", "الطاهر آيت عمر", "ملك"), speakers("الحرائق",
        "قال الطاهر آيت عمر إن \"النار أكلت كل شيء\".",
        "يقول عمي الطاهر، كما يناديه أهل القرية، وهو معلم متقاعد: «كانت الساعة الثانية ليلا حين أيقظني نباح الكلب».",
        "تقول ملك بخجل: \"جدي يقول إن يدي خفيفة\"."));
  }
  @Test
  void givenNameAfterAnHonorific_isTheFullNameWrittenBefore() throws Exception {
    assertEquals(List.of("سيد عبد الغفار الخيامي", "الحاجة فاطمة محمود", "الحاجة فاطمة محمود", "سيد عبد الغفار الخيامي"),
        speakers("الخيامية",
            "يقول سيد عبد الغفار الخيامي (68 عاما): «أبي علمني الغرزة الأولى».",
            "وتقول زوجته الحاجة فاطمة محمود: «تزوجته وأنا في الثامنة عشرة».",
            "وتضيف الحاجة فاطمة: «في سنوات الكساد كنا نعيش على القليل».",
            "«اللوحة التي تطلب على الهاتف تخاط على عجل»، يقول عم سيد."));
  }
  @Test
  void universityNamedAfterSomeone_andItsTown_areNoPartOfTheHeadsName() throws Exception {
    assertEquals(List.of("الدكتور عبد اللطيف الموساوي", "الدكتور عبد اللطيف الموساوي"), speakers("الجامعة",
        "قال رئيس جامعة ابن طفيل بالقنيطرة إن \"الدخول كان صعبا جدا هذا العام\".",
        "وقال رئيس جامعة ابن طفيل بالقنيطرة، الدكتور عبد اللطيف الموساوي، إن \"الجامعة تضم 78 ألف طالب\"."));
  }
  @Test
  void namesEndingInANameOfGodOrInTaMarbuta_areWhole_andWhatIsSetOffAfterTheirAgeIsTheirRole() throws Exception {
    List<ExtractedFact> quotes = quotes("الماء",
        "قال محمود عبد التواب (٤٧ عاما)، صاحب محل بقالة، إن \"الزبالة بتفضل مرمية أسبوع كامل\".",
        "ويقول محمد بن علية (63 عاما)، وهو معلم متقاعد، إن العائلات «تشتري صهريج الماء بألفي دينار».",
        "وقال مصدر في مكتب الصحة بمحافظة الحديدة، التابع لسلطات الحوثيين، إن \"الحالات تتزايد كل يوم\".");
    assertEquals(List.of("محمود عبد التواب", "محمد بن علية", "مصدر في مكتب الصحة بمحافظة الحديدة"),
        quotes.stream().map(f -> f.quote().speaker().name()).toList());
    assertEquals(List.of("صاحب محل بقالة", "معلم متقاعد"),
        quotes.subList(0, 2).stream().map(f -> f.quote().speaker().role()).toList());
  }

  @Test
  void aJoinedNameOfGod_aQuotedGroupInTheRole_andARankWithAnAdjective_stillLeadToTheName() throws Exception {
    assertEquals(List.of("يوسف عبدالله المناعي", "عمر الحسيني", "فراس يونس الطائي"), speakers("البنك",
        "وقال الرئيس التنفيذي للبنك، يوسف عبدالله المناعي، في مؤتمر صحافي: \"هذه النتائج لم تأت من فراغ\".",
        "\"الطروحات عادت بقوة إلى السوق\"، قال مدير الأبحاث في مجموعة \"مينا كابيتال\" الأردنية عمر الحسيني.",
        "من جانبه، قال المهندس المقيم في المشروع، فراس يونس الطائي، إن فرق العمل \"واجهت صعوبات كبيرة\"."));
  }

  @Test
  void someoneDescribed_thenKnownByAQuotedNickname_isCalledByIt() throws Exception {
    assertEquals(List.of("أبو الزوز", "زهور بناني"), speakers("الكعك",
        "ويقول بائع الكعك المعروف بين زبائنه بلقب «أبو الزوز» إن زبائنه تراجعوا: «الكعك صار رفاهية».",
        "وتعمل زهور بناني في الطرز منذ أربعين عاما. واليوم يتابع الحساب نحو 48 ألف شخص.",
        "\"الماكينة كتطبع، ما كتطرزش\"، تقول زهور بحزم."));
  }

  @Test
  void aCountInDigitsAfterAName_endsIt_andRightAfterAPhrasesFirstWordsNamesNoOne() {
    SpeakerParser parser = new SpeakerParser(Gazetteer.standard());
    Tokens t = Tokens.of("ويزرع الحاج عبد الستار 4 أفدنة من قصب السكر");
    assertEquals(4, parser.nameEnd(t, 2, t.size())); // عبد الستار, not 4 أفدنة
    Tokens count = Tokens.of("الحساب نحو 48 ألف شخص"); // يتابع الحساب نحو 48 ألف شخص: the account, counted
    assertNull(parser.parse(count, 0, count.size()));
  }

  @Test
  void whatANameWon_herAge_herMood_andAKunyaAfterATrade_areNoPartOfTheName() throws Exception {
    assertEquals(List.of("سلمى بنعيسى", "سلمى بنعيسى", "الحاجة أم محمد", "أبو فراس الزعبي", "وليد الشعبوني"),
        speakers("الجوائز",
        "وفازت المخرجة المغربية سلمى بنعيسى بجائزة أفضل إخراج. وقالت بنعيسى: \"كنت خائفة\".",
        "\"اشتغلنا على هذا العمل أربع سنوات\"، تابعت المخرجة البالغة من العمر 34 عاما.",
        "وخارج القاعة، انهارت والدة المجني عليه، الحاجة أم محمد، باكية فور سماع القرار، وقالت: \"حق ابننا رجع\".",
        "وقال تاجر المواشي أبو فراس الزعبي: \"الطلب هالسنة منيح\".",
        "وقال الناطق الرسمي باسم المحاكم بصفاقس وليد الشعبوني إن النيابة \"ستدرس الأحكام\"."));
  }

  @Test
  void theLanguageSomethingWasSaidIn_andATopicsNegatedVerb_nameNoOne() throws Exception {
    assertEquals(List.of("مامادو", "جورج حداد"), speakers("الهجرة",
        "تحدث الشاب الغيني مامادو (24 عاما) عن رحلته. وقال بفرنسية ممزوجة بكلمات عربية: \"جئت لأعبر البحر\".",
        "أما جورج حداد فلا يتوقع انفراجا قريبا، ويختم: \"الأسعار رح تضل تطلع\"."));
  }

  @Test
  void aMannerOrANegatedVerbBeforeTheColon_isNoSpeaker_soTheSentencesSpeakerGoesOn() throws Exception {
    assertEquals(List.of("أحمد فتحي", "أم أيمن", "أم أيمن"), speakers("الدواء",
        "وبحسب الصيدلي أحمد فتحي، صاحب الصيدلية، فإن الإقبال على الشريط زاد بشكل لافت: \"الناس بقت تشتري بالشريط\".",
        "وقالت أم أيمن، وهي والدة شاب غرق في الحادثة: \"ولدي خرج وما رجعش\". ولم تتمالك دموعها وهي تضيف: "
            + "\"ربي ياخذ الحق\"."));
  }

  @Test
  void aDescriptionThenHisNameSetOff_isThatName_butDecliningToGiveHisNameIsNone() throws Exception {
    assertEquals(List.of("الطيب بشير"), speakers("المطعم",
        "يجلس شاب عشريني أمام صحن من الفول. يقول الشاب، واسمه الطيب بشير، إنه يأتي كل صباح: «الأكل هنا زي أكل "
            + "أمي بالضبط»."));
    assertEquals(List.of("طبيب مقيم"), speakers("المستشفى",
        "وقال طبيب مقيم، طلب عدم ذكر اسمه لأنه غير مخول بالحديث: «نصف الأدوية غير متوفرة»."));
  }

  @Test
  void aForeignNameOpeningWithAlif_isNoPartOfTheRole_andMayEndInLam_butWhomHeToldIsNone() throws Exception {
    assertEquals(List.of("ألبرتو ساليناس"), speakers("بعد الفوز",
        "أبدى المدرب الإسباني ألبرتو ساليناس رضاه عن النتيجة، وقال: \"الفوز جاء بالصبر\"."));
    assertEquals(List.of("ألبرتو مارتين لوبيز"), speakers("قبل المباراة",
        "وقال المدرب ألبرتو مارتين لوبيز في المؤتمر الصحفي: «لن نذهب إلى جدة من أجل التعادل»."));
    assertEquals(List.of("محمد الخوالدة"), speakers("المستشفى",
        "وقال المراجع محمد الخوالدة لمراسلنا: «أبي ينتظر دوره منذ تسعة أشهر»."));
  }

  @Test
  void theDialectHeSpokeIn_isNoName_soTheSubjectOfTheFirstVerbSpeaks() throws Exception {
    assertEquals(List.of("محمد الأمين ولد سيدي"), speakers("المرابطون",
        "ولم يخف صاحب الهدف، محمد الأمين ولد سيدي (24 عاما)، سعادته في المنطقة المختلطة، وقال باللهجة الحسانية: "
            + "«ذا الهدف ماهو لي، ذا للجمهور»."));
    assertEquals(List.of("محمد الأمين"), speakers("المسيرة",
        "«آن ماني سياسي، لكن شفت البلاد ما فيها شي يتبدل»، يقول محمد الأمين بحسانية لا تخلو من الغضب."));
  }

  @Test
  void whatHeExplains_asAnIndirectQuestion_isNoSpeaker() throws Exception {
    assertEquals(List.of("الهادي مفتاح الورفلي", "الهادي مفتاح الورفلي"), speakers("السفنز",
        "يقف الهادي مفتاح الورفلي (61 عاما) أمام مقلاته منذ الفجر. «السفنز لازمه نفس طويل»، يقول.",
        "ويشرح كيف تغيرت الأحوال: «قبل خمس سنين كان شوال الدقيق 50 كيلو بـ90 دينار»."));
  }

  @Test
  void whatHeShowedAfterHisName_isNoPartOfIt_andTheSecondVerbIsHis() throws Exception {
    assertEquals(List.of("يعقوب موسى"), speakers("التقاوي",
        "لكن جاره يعقوب موسى أبدى تحفظا بشأن السعر، وقال: \"التقاوي المحسنة غالية علينا\"."));
  }

  @Test
  void anUnnamedSpokesperson_keepsTheWholeRole() throws Exception {
    assertEquals(List.of("المتحدث باسم أمانة بغداد"), speakers("الأزقة",
        "وقال المتحدث باسم أمانة بغداد إن المشروع \"سيحافظ على الطابع البغدادي للواجهات والشناشيل\"."));
  }

  @Test
  void whichChildSpeaks_isTheirRole_andTheirGivenNameTheName() throws Exception {
    assertEquals(List.of("عمر", "عمر", "سلمى"), speakers("العودة",
        "أما شقيقها الأصغر عمر (24 عاما)، الذي بقي مع والدته في حلب طوال سنوات الحرب، فيقول إن عودة أخته \"فرحة "
            + "كبيرة، بس ناقصة ومش كاملة\". ويضيف: «أبوي توفى سنة 2018 وهي بألمانيا، وما قدرت تجي تودعه».",
        "وتقول ابنتها الكبرى سلمى: «عايزة أرجع المدرسة وأبقى دكتورة، بس أمي محتاجاني»."));
  }

  @Test
  void aGivenNameSpeaks_notTheOneHeTriesToConvinceHisFatherWith() throws Exception {
    assertEquals(List.of("محمود"), speakers("السفنز",
        "منذ ثلاث سنوات، صار ابنه الأكبر محمود (27 عاما) يقف إلى جانبه كل صباح. محمود، خريج المحاسبة الذي لم يجد "
            + "وظيفة حكومية، يقول: «قريت أربع سنين محاسبة، وفي الآخر لقيت روحي نحسب قطع السفنز».",
        "وبين الأب والأم، يحاول محمود إقناع والده بفتح صفحة على فيسبوك وتوصيل الطلبات إلى البيوت."));
  }

  @Test
  void aNameAndWhatHeDoes_beforeAColon_isTheName() throws Exception {
    assertEquals(List.of("الهادي مفتاح الورفلي"), speakers("السفنز",
        "يقف الهادي مفتاح الورفلي (64 عاما) أمام مقلاته في سوق الجمعة منذ الفجر.",
        "لكن الهادي يرفض: \"اللي يبي السفنز يجي لين هنا. السفنز يتاكل سخون من المقلاة\"."));
  }

  @Test
  void aVerbOfMovingThatSetTheScene_isNoPartOfTheName() throws Exception {
    assertEquals(List.of("حسين فرحات"), speakers("العود",
        "حين صعد حسين فرحات (73 عاما) إلى خشبة مسرح المدينة مساء الجمعة، وقف نحو 400 شخص يصفقون.",
        "«هيدا العود كان مكسور من الرقبة، والقصعة فيها شق طويل»، يقول فرحات وهو يمرر أصابعه على الخشب."));
  }

  @Test
  void anotherOfAKnownFamily_isHerself_andBehindTheDockIsNoName() throws Exception {
    assertEquals(List.of("منى نصر الله", "سامح عبد المنعم الدسوقي", "خلف حمود الخلف"), speakers("المحكمة",
        "وقالت منى نصر الله، وهي أستاذة أدب عربي في الجامعة اللبنانية: «بابا كان يكتب كل يوم لحد الأسبوع الماضي».",
        "ويحاكم في القضية المتهم الأول سامح عبد المنعم الدسوقي (52 عاما)، مدير إدارة التعريفة بالجمارك.",
        "وعندما سألته المحكمة عن الاتهامات، وقف الدسوقي خلف القفص الزجاجي وقال بصوت متهدج: \"أنا مظلوم يا ريس، "
            + "وعندي العقد\".",
        "يفتح خلف حمود الخلف (58 عاما) باب الحظيرة، ويقول: «السنة ما شفنا ربيع»."));
  }

  @Test
  void aProsecutorsOfficeAfterBi_isWhereTheRoleSits_notAName() throws Exception {
    assertEquals(List.of("كريم عادل سرحان"), speakers("الجمارك",
        "وفي مستهل الجلسة، ترافع ممثل النيابة العامة، كريم عادل سرحان، رئيس النيابة بنيابة الأموال العامة العليا، "
            + "مطالبا بتوقيع أقصى العقوبة. وقال موجها حديثه إلى هيئة المحكمة: \"المتهم الأول لم يكن موظفا أخطأ "
            + "التقدير\"."));
  }

  @Test
  void herNameAfterIsmuha_aKunyasObject_aMannerAndAsHerNeighboursCallHer_areNoPartOfNames() throws Exception {
    assertEquals(List.of("عائشة المشاقبة", "أم فراس", "ياسين", "المهندس رائد العنانزة"), speakers("الموسم",
        "اسمها عائشة المشاقبة (47 عاما)، وتعمل في الزراعة منذ 22 عاما، وتقول إن أجرتها اليومية لم تتحرك: \"كنا "
            + "ناخذ 10 دنانير، وهسا صرنا ناخذ 12 دينار\".",
        "وعلى بسطة قرب دوار المدينة، تبيع أم فراس الزيتون الأخضر للكبيس. «الناس هالسنة بتشتري 5 كيلو بدل 10 كيلو»، "
            + "تقول أم فراس.",
        "تقول زهية، أو أم ياسين كما يناديها الجيران، إنها تعبت. أما ياسين، فلا يرفع عينيه عن محفظة معلقة. «بغيت "
            + "هذيك، بصح ماما قالت غالية بزاف»، يقول ياسين بخيبة.",
        "وقال مدير زراعة عجلون المهندس رائد العنانزة إن الوزارة \"لن تسمح باستيراد زيت الزيتون هذا الموسم\"."));
  }

  @Test
  void aCompoundGivenNameBeforeAnAge_keepsItsAbd_andAnUncleIsNamedInFull() throws Exception {
    assertEquals(List.of("عبد الأمير حسون الكرخي", "الحاج عبد الكريم يحيى موسى", "سالم عمر باعشن"),
        speakers("الكاهي",
            "عند الفجر، يكون عبد الأمير حسون الكرخي (67 عاما) قد أشعل الفرن. «أبوي فتح المحل سنة 1962 بصينية "
                + "وفرن»، يقول الكرخي.",
            "ويروي الحاج عبد الكريم يحيى موسى (63 عاما) رحلته. «دفناهم جنب الطريق وواصلنا»، يقول موسى.",
            "في دكانه بسوق سيئون، يجلس سالم عمر باعشن (64 عاما) بين جرار العسل.",
            "«العسل ما يكذب، اللي يكذب هو البياع»، يقول العم سالم."));
  }

  @Test
  void aNameAfterACountryBeginningWithLam_isTheName_notMoreOfTheRole() throws Exception {
    assertEquals(List.of("نزيه الخطيب", "طارق الشريف"), speakers("المولدات",
        "وقال رئيس تجمع أصحاب المولدات الخاصة في لبنان نزيه الخطيب إن \"التسعيرة ظالمة وغير واقعية\".",
        "وقال المتحدث باسم المنظمة في ليبيا طارق الشريف إن «كل رقم في هذه الإحصاءات هو إنسان له اسم وعائلة»."));
  }

  @Test
  void aKunyaAsSheIsKnown_aGranddaughterByHerName_andARankedNameBeforeAVerb() throws Exception {
    assertEquals(List.of("الحاجة خديجة حمدان", "الحاجة خديجة حمدان", "لين", "الحاجة خديجة حمدان"), speakers("مخيم جنين",
        "منذ نحو تسعة أشهر، لم تلتئم عائلة الحاجة خديجة حمدان في بيتها.",
        "تقول الحاجة خديجة (67 عاما)، وهي تجلس على فرشة إسفنجية: «خرجنا في اليوم الثالث من العملية العسكرية».",
        "وتضيف أم محمود، كما تُعرف في المخيم: «لي خمسة أبناء، كل واحد منهم اليوم في مكان».",
        "وتقول حفيدتها لين (17 عاما)، ابنة محمود والطالبة في الثانوية العامة: «أريد أن أدرس الطب».",
        "وقبل أن نغادر، كانت الحاجة خديجة تعيد ترتيب أكياس الملابس بجانب فرشتها، وتقول: «كل يوم أرتبها كأننا سنرجع غدا»."));
  }

  @Test
  void aSonNamedAfterHisFathersKunya_isNotGivenHisFathersFamilyName() throws Exception {
    assertEquals(List.of("أبو خالد الزعتري", "خالد"), speakers("الشيكات المرتجعة",
        "في محل ضيق للأقمشة بالخليل، يروي أبو خالد الزعتري (54 عاما): \"اشتغلت بالتجارة 30 سنة وما رجع لي شيك\".",
        "ويقول ابنه خالد (27 عاما)، الذي ترك عمله ليساعد والده: \"الوالد صار ما ينام الليل\"."));
  }

  @Test
  void aRankAndGivenNameBeforeTheirVerbsObject_isTheOneNamedSoBefore() throws Exception {
    assertEquals(List.of("الحاج سيد الزغبي", "الحاج سليمان دراغمة"), speakers("عربة الفول",
        "يقف الحاج سيد الزغبي (64 عاما) أمام قدرة الفول منذ الفجر.",
        "ومع آخر ضوء للنهار، يطفئ الحاج سيد النار تحت القدرة ويمسح يديه. «طول ما أنا واقف على رجلي، النار دي "
            + "هتفضل والعة»، يقول ضاحكا.",
        "ويعيش الحاج سليمان دراغمة (71 عاما) في خيمة بالأغوار.",
        "ورغم كل ذلك، يرفض الحاج سليمان فكرة الرحيل إلى بلدة طمون. ويقول إن أباه رفض الرحيل قبله، \"ولن أكون أنا "
            + "من يطوي الخيمة\"."));
  }

  @Test
  void aDriverOfATaxi_isDescribedBeforeHisName_andAFarmIsNoOne() throws Exception {
    assertEquals(List.of("عبد الرازق المغربي", "حمد بن سالم العبري"), speakers("طوابير الوقود",
        "ويقول سائق سيارة الأجرة عبد الرازق المغربي (52 عاما): «أنا نعيش من السيارة».",
        "فاز المزارع حمد بن سالم العبري (58 عاما) من ولاية بهلاء بالمركز الأول.",
        "وتمتد مزرعة العبري على مساحة نحو 9 أفدنة. ويقول: «ولدت في هذه المزرعة تقريبا»."));
  }

  @Test
  void aPastVerbAndACountAfterAName_areNoPartOfIt() throws Exception {
    assertEquals(List.of("الحاج سليمان دراغمة"), speakersWithDek("رعاة الأغوار",
        "الحاج سليمان دراغمة باع أكثر من 150 رأسا من أغنامه",
        "وقال الحاج سليمان: «لن أرحل»."));
  }

  @Test
  void aPrepositionBeforeAQuotedTerm_aConjunctionOnAGivenName_andWhatARoleAnnounces_nameNoOne() throws Exception {
    assertEquals(List.of("جاد الخوري", "المهدي أوبراهيم", "أحمد عبد الله الطيب"), speakersWithDek("عودة الخدمات",
        "حكومة الولاية تعلن خطة لإعادة تأهيل ٣٨ محطة مياه، والوالي يعلن خطة لإعادة فتح الأسواق",
        "من جهته، تمسك وكيل الدفاع المحامي جاد الخوري بما وصفه بـ\"حالة الضرورة\"، وقال في مرافعته: \"موكلي لم "
            + "يطلب شيئا ليس له\".",
        "واختار شبان طريقا آخر. فالمهدي أوبراهيم (26 عاما)، خريج جامعة ابن زهر، عاد إلى قريته. ويقول: «بعنا عبر "
            + "الإنترنت أكثر من 800 علبة».",
        "أعلن والي ولاية الخرطوم أحمد عبد الله الطيب أن المواطنين عادوا إلى منازلهم.",
        "وقال الوالي إن الوزارة أعادت فتح ٦٤٠ مدرسة، \"ونعمل على استيعاب المعلمين العائدين\"."));
  }

  @Test
  void aCompoundNisbaInARole_isNoPartOfTheName() throws Exception {
    assertEquals(List.of("ويليم فان دير مروي"), speakers("بطل الحواجز",
        "وفي تصريح مقتضب، قال مدربه الجنوب أفريقي ويليم فان دير مروي إن تلميذه \"يملك كل ما يحتاجه للصعود إلى "
            + "منصة التتويج\"."));
  }

  @Test
  void whatSheTurnsOver_isNoOne() throws Exception {
    assertEquals(List.of("أم أحمد"), speakers("أسعار الطماطم",
        "في سوق شعبي بحي إمبابة، وقفت أم أحمد، السيدة الخمسينية، تقلّب حبات الطماطم طويلا قبل أن تكتفي بالقليل. "
            + "وتقول: «كنت باشتري 3 كيلو في الأسبوع»."));
  }

  @Test
  void aSpokesmanForANamedProgramme_isNamedAfterTheProgrammesName() throws Exception {
    assertEquals(List.of("عبدالعزيز بن محمد الشهري"), speakers("الدعم السكني",
        "وبحسب الدليل الإرشادي المنشور على منصة «سكني»، يشترط للاستفادة أن يكون المتقدم متزوجا.",
        "وقال المتحدث الرسمي لبرنامج سكني عبدالعزيز بن محمد الشهري، في تصريح لـ«الوطن»، إن البرنامج يستهدف نحو 40 "
            + "ألف أسرة، متوقعا أن \"ترتفع الأعداد بعد تقييم التجربة\"."));
  }

  @Test
  void aFirstName_isTheNameWrittenLaterWithAFathersName() throws Exception {
    assertEquals(List.of("علي محمد الريمي", "علي محمد الريمي"), speakers("السيول",
        "يجلس علي (39 عاما) على صخرة كبيرة عند حافة الوادي.",
        "\"جرف الماء بيتي وأنا أسمع صراخ جيراني\"، يقول علي بصوت متهدج.",
        "ويعمل علي محمد الريمي مزارعا في المدرجات الزراعية بمديرية ملحان.",
        "ويختم علي الريمي وهو ينهض: «الحمد لله على كل حال»."));
  }

  @Test
  void aGivenNameWithTheArticle_isTheNameLinkedByBint_notWhatTheSceneDescribes() throws Exception {
    assertEquals(List.of("السالكة بنت محمد"), speakers("المطعم المدرسي",
        "تلاميذ مدرسة أم الخير يتناولون الغداء.",
        "تنبعث رائحة الأرز والسمك المجفف من كوخ صغير. تصطف أمامه طوابير من الأطفال، بينما تقف السالكة بنت محمد، "
            + "الطباخة المتطوعة، وراء قدر كبير.",
        "«قبل المطعم، كان نصف الأطفال يغيبون بعد الاستراحة»، تقول السالكة (49 عاما)."));
  }

  @Test
  void whenSomeoneSpoke_andWhatWasWithThem_areNoPartOfTheirName() throws Exception {
    assertEquals(List.of("رنا حداد", "رنا حداد"), speakers("الماراثون",
        "وكان الإنجاز الأبرز للعداءة رنا حداد (31 عاما)، التي حطمت الرقم اللبناني.",
        "وقالت حداد والدموع في عينيها: \"تدربت 14 شهرا لهذا اليوم، أحيانا في الرابعة فجرا\".",
        "وقالت لاحقا أمام باب المحكمة: «ولدي أيمن كان عمره 19 عاما، خرج من الدار ولم يرجع»."));
  }

  @Test
  void whatSomeoneHolds_andTheVerbAfterATopicsName_areNoPartOfWhoSpeaks() throws Exception {
    assertEquals(List.of("أم إياد", "الحاجة آمنة عبد الرحيم", "سلمى"), speakers("الأسرى",
        "وفي الساحة نفسها، وقفت أم إياد، القادمة من مخيم الجلزون، تحمل صورة ابنها المعتقل منذ 2015. تقول: «فرحت لكل "
            + "الأمهات، لكن قلبي محروق».",
        "وقالت الحاجة آمنة عبد الرحيم، وهي تعانق بناتها: «كنت أحلم بهذا اليوم ثلاثين سنة».",
        "أما ابنتها سلمى فقالت إن والدتها \"كانت تتصل بنا كل يوم بعد صلاة العشاء لتطمئننا على حالها\"."));
  }

  @Test
  void aNameWithoutItsMiddle_isTheNameTheTextWritesInFull() throws Exception {
    assertEquals(List.of("المهندس ماهر عبد الكريم الصباغ"), speakers("العائد",
        "يقف رجل أربعيني بين أكوام الحجارة. هو المهندس ماهر عبد الكريم الصباغ، العائد من ألمانيا.",
        "وقال المهندس ماهر الصباغ: \"كنت أعمل في شركة إنشاءات براتب جيد، وتركت كل شيء\"."));
  }
}
