package dev.articles.facts;

import dev.articles.text.MatchText;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed word classes the extractors key on, in normalized form. Open classes (names of people,
 * organizations and places) come from the gazetteer instead.
 */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> words(String spaceSeparated) {
    return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(MatchText::normalize)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> words(String spaceSeparated, String asWritten) {
    Set<String> all = new java.util.HashSet<>(words(spaceSeparated));
    all.add(asWritten);
    return Set.copyOf(all);
  }

  private static List<String> phrases(String barSeparated) {
    return Arrays.stream(barSeparated.split("\\|")).map(MatchText::normalize).toList();
  }

  /** Verbs that introduce reported speech, past and present, masculine and feminine, singular and plural. */
  static final Set<String> REPORTING_VERBS = words(
      "قال قالت قالوا يقول تقول أضاف أضافت أضافوا يضيف تضيف تابع تابعت يتابع أكد أكدت أكدوا يؤكد تؤكد "
          + "برر بررت يبرر تبرر التمس التمست يلتمس تلتمس يتذكر تتذكر تذكرت "
          + "أوضح أوضحت يوضح توضح لفت لفتت يلفت أشار أشارت يشير تشير أعلن أعلنت يعلن تعلن ذكر ذكرت يذكر "
          + "صرح صرحت يصرح شدد شددت يشدد اعتبر اعتبرت يعتبر رأى رأت يرى ترى نقل نقلت كشف كشفت يكشف "
          + "أفاد أفادت يفيد حذر حذرت يحذر طالب طالبت أعرب أعربت استدرك استدركت ختم ختمت زعم زعمت "
          + "أردف أردفت جاء ورد نفى نفت ينفي تساءل تساءلت أجاب أجابت علق علقت دعا دعت يدعو تدعو "
          + "روى روت يروي تروي اعترف اعترفت يعترف تعترف أقر أقرت يقر تقر أبلغ أبلغت انتقد انتقدت ينتقد "
          + "اتهم اتهمت يتهم تتهم ناشد ناشدت أشاد أشادت رجح رجحت يرجح توقع توقعت يتوقع تتوقع "
          + "رد ردت يرد ترد تتابع تلفت تصرح تشدد تعتبر تكشف تفيد تحذر يطالب تطالب يعرب تعرب يختم تختم "
          + "يستدرك تستدرك يردف تردف يتساءل تتساءل يجيب تجيب يعلق تعلق يروي يحكي تحكي حكى حكت زاد زادت أخبر أخبرت أخبرها أخبره أخبرهم أبلغها أبلغه أبلغهم "
          + "اشتكى اشتكت يشتكي تشتكي شكا شكت يشكو تشكو نبه نبهت ينبه تنبه كتب كتبت يكتب تكتب غرد غردت "
          + "جدد جددت يجدد تجدد "
          + "يغرد تغرد اعتقد اعتقدت يعتقد تعتقد خلص خلصت يخلص تخلص طمأن طمأنت يطمئن تطمئن استطرد استطردت "
          + "يستطرد تستطرد أرجع أرجعت عزا عزت يعزو تعزو شرح شرحت يشرح تشرح ردد رددت يردد "
          + "تعهد تعهدت يتعهد تتعهد قاطعه قاطعها قاطعته صرخ صرخت يصرخ تصرخ هتف هتفت يهتف تهتف همس همست يهمس تهمس "
          + "صاح صاحت يصيح تصيح يخفي تخفي أهاب أهابت يهيب تهيب "
          + "سألني سألتني يسألني تسألني سألوني");

  /** Verbs that report through an intermediary: نقلت الوكالة عن المتحدث قوله. */
  static final Set<String> VIA_VERBS = words("نقل نقلت نقلوا");

  /** The participles of saying itself, after a verb: اعترف خلال التحقيقات قائلا. */
  static final Set<String> SAYING_PARTICIPLES = words("قائلا قائلة");

  /** Participles that continue the sentence's speaker: مشيرًا إلى أن "…". */
  static final Set<String> CONTINUING_PARTICIPLES = words(
      "مشيرا مشيرة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة لافتا لافتة قائلا قائلة معتبرا معتبرة مشددا "
          + "مشددة محذرا محذرة متابعا متابعة مستدركا مستدركة بالقول داعيا داعية مطالبا مطالبة واصفا واصفة");

  /** Verbs whose subject is where the words stand: جاء في البيان: "…". */
  static final Set<String> LOCATIVE_VERBS = words("جاء ورد");

  /** Verbs of calling for something, whose object in quotation marks is what the speaker called for. */
  static final Set<String> CALLING = words("دعا دعت يدعو تدعو داعيا داعية طالب طالبت يطالب تطالب مطالبا مطالبة "
      + "ناشد ناشدت يناشد تناشد مناشدا مناشدة حث حثت يحث تحث");

  /** Verbs of being, which open a clause before its subject: كانت التلميذة هبة تقلب كتابا. */
  static final Set<String> BEING = words("كان كانت كانوا يكون تكون ظل ظلت بات باتت أصبح أصبحت");

  /** Relatives, who take a pronoun for whose they are: والدها, زوجته. */
  static final Set<String> KINSHIP = words("والد والدة زوج زوجة ابن ابنة شقيق شقيقة أخ أخت جد جدة عم عمة خال خالة "
      + "حفيد حفيدة صديق صديقة جار جارة زميل زميلة نجل نجلة");

  /** The eldest or youngest of someone's children, before them: كبرى بنات آمنة. */
  static final Set<String> ELDEST = words("كبرى صغرى");

  /** Verbs of returning, which go before a verb of purpose: وعاد المدير ليؤكد, الرشيد عادت لتؤكد. */
  static final Set<String> RETURNING = words("عاد عادت عادوا يعود تعود");

  /** Verbs that say how someone lives or works, after a description of them: موظف متقاعد يبلغ من العمر. */
  static final Set<String> LIVING_VERBS = words("يبلغ تبلغ يعمل تعمل يقيم تقيم يسكن تسكن يملك تملك يدير تدير "
      + "يعيش تعيش ينحدر تنحدر يمتلك تمتلك يساعد تساعد جاء جاءت قدم قدمت يرافق ترافق يدرس تدرس "
      + "ينتظر تنتظر يقف تقف يجلس تجلس");

  /** Nouns of an interview, before مع and whom it was with: هذا الحوار مع فلان. */
  static final Set<String> INTERVIEWS = words("الحوار حوار المقابلة مقابلة لقاء اللقاء حديث الأسئلة أسئلة");

  /** Nouns for someone's answers, before whose they are (وأجوبة الوزير, ردود الحياري), which open no name. */
  static final Set<String> ANSWERS = words("أجوبة إجابات ردود");

  /** Verbs of interviewing with the one interviewed as their pronoun: وحاورته "الشروق", التقيناها في مقهى. */
  static final Set<String> INTERVIEWED_PRONOUN = words("حاورته حاورتها حاورناه حاورناها التقيناه التقيناها "
      + "التقته التقتها قابلناه قابلناها قابلته قابلتها سألناه سألناها");

  /** Verbs of telling, whose object (the audience) follows the speaker: أبلغ الوزير الصحفيين أن. */
  static final Set<String> TELLING = words("أبلغ أبلغت يبلغ تبلغ");

  /** Whom a speaker tells: they end a speaker phrase after a verb of telling (أبلغ باعبود الصحفيين) or as its
   *  ل-object (قال الوزير للصحفيين). */
  static final Set<String> AUDIENCES = words("الصحفيين الصحافيين الصحفيات الصحافة الحضور الحاضرين المشاركين "
      + "الإعلاميين المراسلين الجمهور");

  /** Whom a verb of calling calls on, after its subject: دعت الوزارة المواطنين إلى. */
  static final Set<String> CALLED = words("المواطنين السكان الأهالي المواطنات الأسر العائلات المسافرين السائقين "
      + "المزارعين التجار الشباب الطلاب الأولياء الجميع الجمهور المستهلكين المرضى الحجاج الزوار الصيادين "
      + "المربين المقيمين الطرفين الأطراف الجانبين");

  /** The plain verb of saying, which names its speaker more surely than any verb before it in the sentence. */
  static final Set<String> SAYING = words("قال قالت وصف وصفت");

  /** Saying in the first person, which the one speaking in the paragraph does: قلت لهم: «…». */
  static final Set<String> FIRST_PERSON_SAYING = words("قلت قلنا أقول نقول");

  /** Reporting verbs with an object pronoun, ه or ها: قاطعه, أكدها; precomputed for the hot path. */
  static final Set<String> REPORTING_WITH_OBJECT = REPORTING_VERBS.stream()
      .flatMap(v -> java.util.stream.Stream.of(v + "ه", v + "ها")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words that end a speaker phrase and introduce what was said. */
  static final Set<String> INTRODUCERS = words("أن إن أنه إنه أنها إنها أنهم إنهم بأن بأنه بأنها قوله قولها");

  /** Words that end a speaker phrase without being part of it. */
  static final Set<String> PHRASE_STOPS = words(
      "في خلال عبر أمام لدى على إلى بعد قبل منذ حول أثناء ضمن عقب إثر لـ ل مع أمس اليوم غدا مساء "
          + "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت آنذاك أيضا كذلك مجددا حينها وقتها "
          + "الليلة صباحا مساء ظهر من عن لنا له لها لهم لهن لهما لي فيه فيها عليه عليها عليهم بالقول حديثه حديثها كلامه كلامها "
          + "ضاحكا مبتسما مازحا غاضبا متسائلا مستغربا متأثرا ساخرا متحسرا مخاطبا ردا "
          + "ضاحكة مبتسمة مازحة غاضبة متسائلة مستغربة متأثرة ساخرة متحسرة مخاطبة "
          + "بصوت بحسرة بغضب بثقة بهدوء بصراحة بنبرة بابتسامة بمرارة بحزن بفخر بأسى بحزم بحماس بإصرار بلهجة بدارجة بلغة باللهجة بالدارجة باللغة بالعربية بالفرنسية بالإنجليزية بالحسانية بحسانية بالأمازيغية "
          + "الذي التي الذين اللذين اللتين اللواتي وهو وهي وهم وهما بينما فيما حين حينما عندما لأن دون بدون "
          + "الأسبوع الشهر بين قرب عند حيث رفقة برفقة داخل خارج تحت فوق وسط قد لقد ذات عاد عادت عادوا يعود تعود كل أكثر أقل "
          + "موجها موجهة بحدة بانفعال بعصبية بتأثر بحرقة بأسف بامتعاض بالحرف حرفيا هذا هذه ذلك تلك هؤلاء يومها يومئذ ساعتها بحسم بوضوح بصرامة بقوة بشدة بتفاؤل بحذر باقتضاب بإيجاز حاليا يوميا "
          + "مرارا تكرارا سابقا مسبقا دائما مؤخرا رغم برغم منتصف مطلع أواخر أوائل ليلة مرة مقابل كلما كما "
          + "صائحا صائحة صارخا صارخة هاتفا هاتفة مستنكرا مستنكرة متهكما متهكمة معاتبا معاتبة");

  /** Ranks and honorifics that come just before a person's name. */
  static final Set<String> RANKS = words(
      "اللواء العميد العقيد الفريق المشير الرائد النقيب المقدم الجنرال الأدميرال الرئيس الوزير الشيخ الدكتور "
          + "د السفير النائب الأمير الملك السيد السيدة المستشار القاضي البروفيسور الأستاذ المهندس الحاج "
          + "الأمين السلطان الإمام المطران البابا الدكتورة المهندسة السفيرة الوزيرة النائبة المستشارة "
          + "القاضية الأستاذة الشيخة الأميرة الملكة الرئيسة الحاجة الكابتن معالي فخامة سمو الأسطى");

  /** An imam as written, which {@link Tokens} keeps apart from أمام (before): إمام المسجد. */
  static final String IMAM = "إمام";

  /** Nouns that head a role: المتحدث باسم …, وزير الخارجية …. */
  static final Set<String> ROLE_HEADS = words(
      "المتحدث المتحدثة الناطق الناطقة متحدث ناطق وزير وزيرة الوزير رئيس رئيسة الرئيس مدير مديرة المدير "
          + "مؤسس المؤسس "
          + "دفاع محامي "
          + "قائد القائد مسؤول المسؤول مسؤولة ممثل ممثلة سفير سفيرة عضو عضوة نائب نائبة أمين أمينة "
          + "مستشار مستشارة محافظ محافظة زعيم زعيمة مبعوث مبعوثة منسق منسقة رئيسة مساعد مساعدة قائدة "
          + "المسؤولة مراسل مراسلة خبير خبيرة محلل محللة كبير كبيرة الاقتصادي الاقتصادية مفوض مفوضة "
          + "المفوض المفوضة مدرب مدربة المدرب لاعب اللاعب حارس مهاجم المهاجم مدافع المدافع هداف الهداف المكلف المكلفة مكلف مكلفة الممثل الممثلة المدير "
          + "المديرة الرئيسة الوزيرة المحافظ المستشار السفير الأمين النائب العضو المنسق المبعوث رئيسة "
          + "حاكم حاكمة الحاكم والي الوالي عمدة باحث باحثة الباحث الباحثة صاحب صاحبة أستاذ أستاذة "
          + "مراقب مراقبة نقيب وكيل وكيلة الوكيل دبلوماسي الدبلوماسي الناشر الناشرة الكاتب الكاتبة "
          + "الصحفي الصحفية الطبيب الطبيبة المحامي "
          + "المحامية الخبير الخبيرة المحلل المحللة الناشط الناشطة الأكاديمي الأكاديمية مصدر المصدر "
          + "عميد عميدة ناشط ناشطة طبيب طبيبة محام محامي محامية مخرج مخرجة المخرج المخرجة ضابط ضابطة "
          + "بطل بطلة شاعر شاعرة فنان فنانة مؤلف مؤلفة القيادي القيادية قيادي قيادية الإعلامي الإعلامية "
          + "إعلامي إعلامية السياسي السياسية البرلماني البرلمانية النقابي النقابية الحقوقي الحقوقية "
          + "الروائي الروائية عامل عاملة موظف موظفة متعامل متعاملة ناقد ناقدة الناقد الناقدة "
          + "أخصائي أخصائية اختصاصي اختصاصية استشاري استشارية الاستشاري الاستشارية شريك شريكة الشريك الشريكة مدعي المدعي "
          + "خطيب مفتي المفتي واعظ واعظة كاهن قس مطران راعي مندوب مندوبة المندوب المندوبة مشرف مشرفة "
          + "المشرف المشرفة القائدة المدربة اللاعبة المستشارة السفيرة الأمينة النائبة العضوة المنسقة المبعوثة "
          + "الحاكمة الوكيلة مغني مغنية مطرب مطربة روائي روائية ملحن ملحنة عالمة "
          + "القائم القائمة قائم كاتب كاتبة", IMAM); // القائمة بأعمال ممثل المنظمة: acting for the office


  /** Nouns that continue a role phrase in construct state: المتحدث باسم وزارة الخارجية. */
  static final Set<String> ROLE_CONTINUATIONS = words(
      "باسم وزارة وزير رئيس قيادة هيئة مجلس حكومة جامعة منظمة مكتب إدارة شركة بعثة مفوضية سفارة قوات "
          + "جيش حركة حزب لجنة وكالة أمين عام نائب مدير مساعد شؤون دائرة مديرية محافظة بلدية جهاز مركز "
          + "معهد اتحاد نقابة جبهة تحالف ائتلاف كتلة برنامج صندوق بنك مصرف سلطة دولة جماعة منطقة ولاية "
          + "بعثة ديوان الديوان شعبة قسم فرع الفرع مؤسسة المؤسسة هيئة المجلس جمعية الجمعية ريف مدينة إقليم "
          + "قطاع منتخب المنتخب نادي النادي فريق الفريق جمعيات شباب مولودية وفاق شبيبة "
          + "ذاته ذاتها نفسه نفسها جهة تنمية دوار قرية حي حملة أحد إحدى شركات قناة جامع مسجد المسجد الجامع كنيسة أبرشية "
          + "محطة ميناء مطار مستشفى مشفى مصنع مصلحة بأعمال");

  /** Outlets spoken to, with the article: للجزيرة نت, للعربية. */
  static final Set<String> MEDIA = words("الجزيرة العربية الحدث الأناضول الشرق المدن الميادين الشروق الخبر النهار "
      + "الأهرام عكاظ البيان الراية الدستور القدس المنار الجديد المصري الأخبار");

  /** Words that open a new clause after a comma: …، بينما رأى …. */
  static final Set<String> CLAUSE_OPENERS = words("بينما فيما حيث لكن كما إذ ثم");

  /** An interviewer's question, whose answer the asked person gives: سألنا الخبير …، فأجاب. */
  static final Set<String> ASKING = words("سألنا سألناه سألناها سألناهم سئل سئلت");

  /**
   * Adjectives that refer back to an organization named before rather than name a new one: المنظمة الأممية,
   * الشركة المذكورة (not الدولي, which names the World Bank in البنك الدولي).
   */
  static final Set<String> REFERRING_ADJECTIVES = words("الأممية الأممي المذكورة المذكور");

  /** The United Nations' bodies, as a role names them: مدير شؤون الأونروا في غزة is a UN official. */
  static final List<String> UN_BODIES = phrases("الأمم المتحدة|الأونروا|أونروا|يونيسف|اليونيسف|منظمة الصحة العالمية|"
      + "برنامج الأغذية العالمي|المفوضية السامية|أوتشا|الفاو|اليونسكو|الأممية|الأممي");

  /** Words that say whose an organization is, after its name: منظمة الأغذية والزراعة التابعة للأمم المتحدة. */
  static final Set<String> AFFILIATED = words("التابع التابعة التابعين المنبثق المنبثقة");

  /** Particles that open a sentence before its subject: لكن الهمامي رد, بينما الوزير قال. */
  static final Set<String> OPENING_PARTICLES = words("لكن ولكن بينما فيما ثم كما أما وأما");

  /** Indefinite nouns that open a verb's object after ب, which no name starts with: أقر بوجود, طالب بضرورة. */
  static final Set<String> BI_OBJECTS = words("وجود ضرورة عدم تقديم توفير تعزيز فتح تشكيل إعادة إجراء إطلاق "
      + "وقف رفع خفض");

  /** Verbs whose object follows ب, after their subject: رحبت الجمعية بالتعديلات, طالب الاتحاد بالإفراج. */
  static final Set<String> VERBS_WITH_BI = words("رحب رحبت أشاد أشادت ندد نددت طالب طالبت تمسك تمسكت "
      + "اعترف اعترفت التزم التزمت اكتفى اكتفت تعهد تعهدت أقر أقرت يطالب تطالب يرحب ترحب يشيد تشيد "
      + "يندد تندد يتعهد تتعهد نوه نوهت ينوه تنوه");

  /** Verbs of asking whose subject may be an outlet, which then asks someone: سألت "الشرق" الدكتور فلانا. */
  static final Set<String> OUTLET_ASKING = words("سألت سأل");

  /** What opens the topic of a question, after whom it was put to: سئل فلان عما إذا, سألت فلانا عن. */
  static final Set<String> ASKED_ABOUT = words("عن عما عمن حول بشأن");

  /** Role heads that are also given names: ويقول أمين للجزيرة نت. */
  static final Set<String> GIVEN_NAME_HEADS = words("أمين أمينة");

  /**
   * Given names written like a present verb, with a ي or ت before three letters or more: a word of that shape
   * before أبو or أم is otherwise the verb that sets the scene (يقلّب أبو عمر الرفاعي), not the name's start.
   */
  static final Set<String> VERB_SHAPED_GIVEN_NAMES = words("يوسف يحيى يحيي ياسين ياسر يزن يزيد يعقوب يونس يامن "
      + "يمان يسرى يسرا ياسمين يمنى يعرب يوشع تامر توفيق تيسير تغريد تسنيم تماضر تقى تقوى تمام تميم تيماء "
      + "تهاني ترك");

  /**
   * Words that open a verb's object clause, after which the word before them is no name: تحسب ما. Not أن,
   * which follows names: رأى فلان بن يمينة أن.
   */
  static final Set<String> VERB_OBJECTS = words("ما ماذا كيف لماذا متى أين هل");

  /** Verbal nouns that open what is confirmed or expected, not who: أكدت قيام المتهمين, توقعت استمرار المنخفض. */
  static final Set<String> ACTION_NOUNS = words("قيام استمرار وجود ضرورة أهمية تراجع ارتفاع انخفاض تسجيل وصول "
      + "إمكانية احتمال حدوث وقوع");

  /** Verbs and participles that give someone a nickname: يناديه جيرانه أبو حمزة, المعروف بأبي وائل. */
  static final Set<String> NICKNAMING = words("يناديه يناديها ينادونه ينادونها يلقبه يلقبها يلقبونه يكنى تكنى "
      + "الملقب الملقبة المعروف المعروفة المكنى يعرفه يعرفها يعرفونه يعرفونها");

  /** What someone owns or runs, which a name after it is the owner of: مزرعة العبري, ورشة الحداد. */
  static final Set<String> OWNED = words("مزرعة عائلة أسرة شركة ورشة محل متجر بيت منزل دكان مصنع مكتب سيارة "
      + "قارب مركب حقل بستان خيمة مطعم مخبز");

  /** The passive of knowing after كما, as someone is known: وتضيف أم محمود، كما تُعرف في المخيم. */
  static final Set<String> KNOWN_AS = words("يعرف تعرف يلقب تلقب");

  /** The first word of a kunya as written (أبو، بأبي، أم، بأم، and the Gulf بو), to the form a later mention takes. */
  static final java.util.Map<String, String> KUNYA = java.util.Map.of(
      "ابو", "ابو", "ابي", "ابو", "بابي", "ابو", "ام", "ام", "بام", "ام", "بو", "بو");

  /** Verbs of writing and bearing before عليها/عليه: a quotation after them is an inscription. */
  static final Set<String> INSCRIBING = words("كتب كتبت خط خطت نقش نقشت مكتوب مكتوبة");

  /** Nouns that describe a person by who they are, which later refer back to them: الشابة العشرينية. */
  static final Set<String> PERSON_NOUNS = words("الشاب الشابة الرجل المرأة السيدة الفتاة الأم الأب الطالب "
      + "الطالبة السائق الصياد التاجر التاجرة المزارع المزارعة البائع البائعة العامل العاملة الموظف الموظفة "
      + "المعلم المعلمة الأستاذ الأستاذة الأرملة الجدة الجد المريض المريضة اللاجئ اللاجئة النازح النازحة");

  /**
   * Indefinite nouns for an ordinary person a reporter quotes without a name, whose place stays with them:
   * {@code متسوقة في سوق الطويل}, {@code متطوع آخر من بيت لاهيا}, {@code أحد العاملين في منظمة إغاثة}.
   */
  static final Set<String> UNNAMED_PEOPLE = words("شاب شابة رجل امرأة سيدة فتاة طالب طالبة سائق سائقة صياد "
      + "تاجر تاجرة مزارع مزارعة فلاح فلاحة بائع بائعة عامل عاملة موظف موظفة معلم معلمة أرملة مريض مريضة "
      + "لاجئ لاجئة نازح نازحة متسوق متسوقة صراف ممرض ممرضة مسعف مسعفة متطوع متطوعة مواطن مواطنة ناشط "
      + "ناشطة طبيب طبيبة مهندس مهندسة حرفي حرفية مقيم مقيمة راكب راكبة مسافر مسافرة زائر زائرة أحد إحدى "
      + "صاحب صاحبة مناصر مناصرة مشجع مشجعة متقاعد متقاعدة ولي ربة رب أم أب حاج حاجة معتمر معتمرة "
      + "ناج ناجية مصاب مصابة جريح جريحة محتج محتجة متظاهر متظاهرة صيدلي صيدلانية بحار ناخب ناخبة مضمر "
      + "مرشد مرشدة نادل حلاق خباز مهاجر مهاجرة مربي مربية غواص غواصة فني فنية حارس حارسة نجار مستثمر مستثمرة "
      + "مترشح مترشحة تلميذ تلميذة سائح سائحة منقب منقبة شاهد شاهدة");

  /** Verbs that put someone in the scene before they speak, which a name can run on from: وقف جورج حداد. */
  static final Set<String> SCENE_VERBS = words("وقف وقفت يقف تقف جلس جلست يجلس تجلس تحدث تحدثت يتحدث تتحدث "
      + "تدخل تدخلت يتدخل تتدخل حمل حملت يحمل تحمل اشتغل يشتغل تشتغل مشى يمشي تمشي يأتي تأتي "
      + "صعد صعدت يصعد تصعد دخل دخلت يدخل خرج خرجت يخرج تخرج نزل نزلت ينزل تنزل اقترب اقتربت يقترب تقترب");

  /** Verbs of issuing after a document: دراسة أصدرها مركز …. */
  static final Set<String> ISSUED = words("أصدرها أصدره أعدها أعده نشرها نشره أجراها أجراه وجهتها وجهها "
      + "أرسلتها أرسلها بعثتها بعثها أصدرته أعدته أجرته");

  /** Nouns of verses, slogans and signs: a quotation after them and a colon is no speech. */
  static final Set<String> INSCRIPTION_NOUNS = words("بيت بيتا البيت أبيات أبياتا شعار شعارا لافتة لافتات "
      + "عبارة هتاف هتافات");

  /** Words that open a sentence with أن before its subject: غير أن، إلا أن، كما أن. */
  static final Set<String> CONTRASTS = words("غير إلا بيد كما");

  /** Verbs of carrying someone else's words, with the words as their object: بيان نقلته وكالة الأنباء. */
  static final Set<String> CARRYING = words("نقلته نقلتها نقله نقلها أوردته أوردتها أورده أوردها بثته بثتها");

  /** Nouns of places that are named after people: بجامعة القاضي عياض, بمستشفى الملك فهد. */
  static final Set<String> INSTITUTIONS = words("جامعة مستشفى مشفى مدرسة شارع مطار ميناء مسجد جامع مركز قاعة ملعب "
      + "مدينة حي ساحة جائزة كلية معهد مجمع مستوصف");

  /** Unnamed groups that speak together: يقول سكان, أكد شهود. */
  static final Set<String> GROUPS = words("سكان شهود عمال تجار أهالي مواطنين مزارعين نشطاء ناشطين طلاب نساء رجال "
      + "شبان شباب أطباء نواب خبراء ركاب زوار أساتذة");

  /**
   * Words that begin what is said about someone right after their name: participles (فلان القادم من نابل,
   * فلانة المقيمة في …), verbal nouns with a possessive, the object of أعلن or أبدى (أعلن فلان عزمه الطعن),
   * and بدوره (وكتب العياري بدوره).
   */
  static final Set<String> AFTER_NAME = words("القادم القادمة المقيم المقيمة العائد العائدة النازح النازحة "
      + "البالغ البالغة المنحدر المنحدرة عزمه عزمها نيته نيتها رفضه رفضها استقالته استقالتها ترشحه ترشحها "
      + "تأييده تأييدها استعداده استعدادها رغبته رغبتها موافقته موافقتها اعتراضه اعتراضها انسحابه انسحابها "
      + "تمسكه تمسكها قبوله قبولها بدوره بدورها رضاه رضاها ارتياحه ارتياحها استياءه استياءها أسفه أسفها "
      + "قلقه قلقها تفاؤله تفاؤلها غضبه غضبها امتعاضه امتعاضها سعادته سعادتها");

  /** Adjectives that describe an unnamed source: مصدر مطلع, مسؤول رفيع. */
  static final Set<String> SOURCE_ADJECTIVES = words("مطلع مطلعة رفيع رفيعة بارز بارزة مقرب مقربة كبير كبيرة "
      + "متقاعد متقاعدة سابق سابقة"); // موظف حكومي متقاعد, مسؤول أمني سابق

  /** Groups named by whose kin they are: أولياء تلاميذ, ذوو مرضى, أهالي ضحايا. */
  static final Set<String> GROUPS_OF = words("أولياء ذوو ذوي أهالي أهل أسر عائلات أقارب آباء أمهات عدد");

  /** Verbs of interviewing, whose object then answers: حاورت «البيان» المهندس فلان. */
  static final Set<String> INTERVIEWING = words("حاورت حاور التقت التقى حاورنا التقينا");

  /** Possessive nouns of wording after بحسب or على حد: بحسب تعبيره, على حد قولها. */
  static final Set<String> OWN_WORDS = words("تعبيره تعبيرها قوله قولها وصفه وصفها");

  /** Words of place that open a sentence before its verb: وسط غابة زيتون، يشرف فلان. */
  static final Set<String> OPENERS = words("وسط داخل قرب عند بجوار بين");

  /** Pronouns that open a description after a name and a comma: فلان، وهو طالب جامعي. */
  static final Set<String> DESCRIBING = words("وهو وهي وهم وهما");

  /** Nouns for what someone said, in بهذه الكلمات وصفت فلانة …. */
  static final Set<String> WORDINGS = words("الكلمات الكلمة العبارة العبارات الجملة الجمل");

  /** Given names written with the article, common in the Maghreb: الهادي العياري, الطاهر بن علي. */
  static final Set<String> DEFINITE_GIVEN_NAMES = words("الهادي الحبيب الطاهر المنصف الصادق المهدي البشير "
      + "المنجي العياشي الحسين الحسن الشاذلي المولدي الزبير المعتصم الفاضل المبروك الصافي الطيب الأسعد الناصر "
      + "الصديق");

  /** Role heads that mean spokesperson, so المتحدث باسم … and الناطق باسم … refer to the same office. */
  static final Set<String> SPOKESPERSON = words("المتحدث المتحدثة الناطق الناطقة متحدث ناطق");

  /** Nouns of a plan or a stance, which open what a verb acts on and no name: لخص المتحدث خطة الطوارئ. */
  static final Set<String> PLANS = words("خطة خطط مشروع برنامج استراتيجية إستراتيجية سياسة موقف رؤية");

  /** Nouns that head a document: بيان مشترك, التقرير. */
  static final Set<String> DOCUMENTS = words(
      "بيان البيان تقرير التقرير رسالة الرسالة وثيقة الوثيقة مذكرة المذكرة إعلان الإعلان تغريدة التغريدة "
          + "تدوينة التدوينة منشور المنشور دراسة الدراسة قرار القرار نص النص خطاب الخطاب بلاغ البلاغ "
          + "حيثيات الحيثيات حكم الحكم توصيات خلاصة خلاصات ملخص منطوق تقديرات إحصاءات إحصائيات معطيات");

  /** Adjectives that can follow a place inside an organization's name: بلدية طرابلس الكبرى. */
  static final Set<String> PLACE_ADJECTIVES = words("الكبرى الكبير الجديدة القديمة العاصمة الشمالي الجنوبي");

  /** Nouns that head an organization: وزارة الخارجية المصرية, الحكومة. */
  static final Set<String> ORGANIZATIONS = words(
      "وزارة الوزارة حكومة الحكومة رئاسة الرئاسة جيش الجيش قيادة القيادة مكتب المكتب مجلس المجلس هيئة "
          + "الهيئة منظمة المنظمة وكالة الوكالة سفارة السفارة مفوضية المفوضية شركة الشركة بنك البنك "
          + "صندوق الصندوق مجموعة المجموعة مصلحة المصلحة مصادر المصادر شرطة الشرطة الأمانة أمانة اللجنة لجنة السلطات سلطات سلطة "
          + "السلطة الحركة حركة ولاية الولاية جماعة الجماعة قمة القمة "
          + "الحزب حزب البرلمان الكونغرس البنتاغون الخارجية الداخلية الدفاع الجامعة جامعة الاتحاد اتحاد "
          + "النادي نادي الغرفة غرفة الرابطة رابطة النقابة نقابة الجمعية جمعية المؤسسة مؤسسة الديوان ديوان "
          + "الهلال الصليب المرصد مرصد المركز مركز المعهد معهد الجهاز جهاز المحكمة محكمة النيابة "
          + "كتابة مديرية المديرية بلدية البلدية بعثة البعثة فريق قوات القوات شبكة إدارة الإدارة "
          + "فيدرالية الفيدرالية كونفدرالية الكونفدرالية تنسيقية التنسيقية تعاونية التعاونية منتدى المنتدى "
          + "برنامج البرنامج تجمع التجمع ائتلاف الائتلاف تحالف التحالف دائرة الدائرة خلية الخلية "
          + "مطرانية المطرانية أبرشية الأبرشية بطريركية البطريركية مشيخة المشيخة وحدة الوحدة "
          + "عمالة العمالة مصالح المصالح " // عمالة إقليم طاطا, مصالح ولاية المسيلة: a province's administration
          + "مندوبية المندوبية " // المندوبية الجهوية للفلاحة بمدنين: a Tunisian ministry's regional office
          + "مهرجان المهرجان"); // مهرجان الحمامات للفيلم القصير في بيانه

  /** Organizations that are also a minister's portfolio: وزير الداخلية. */
  static final Set<String> PORTFOLIOS = words("الخارجية الداخلية الدفاع");

  /** A role's head after و, which opens the next person's role: ورئيس, ووزير. */
  static final Set<String> JOINED_ROLE_HEADS;

  /** Every word that can head a speaker phrase, for telling وزير from و + زير. */
  static final Set<String> HEADS;

  static {
    java.util.Set<String> heads = new java.util.HashSet<>();
    heads.addAll(ROLE_HEADS);
    heads.addAll(RANKS);
    heads.addAll(DOCUMENTS);
    heads.addAll(ORGANIZATIONS);
    heads.addAll(ROLE_CONTINUATIONS);
    HEADS = Set.copyOf(heads);
    JOINED_ROLE_HEADS = ROLE_HEADS.stream().map(h -> "و" + h).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Outlets by name, which no role or organization's name is written with: لهسبريس، لعنب بلدي. */
  static final Set<String> OUTLET_NAMES = words("رويترز فرانس سبوتنيك هسبريس أسوشيتد بلومبرغ شينخوا يورونيوز مصراوي "
      + "اندبندنت سكاي عنب");

  /** Media nouns and names a speaker talks to: قال لإذاعة …، لقناة …، لرويترز. */
  static final Set<String> OUTLETS = java.util.stream.Stream.concat(OUTLET_NAMES.stream(),
      words("إذاعة قناة صحيفة وكالة موقع جريدة مجلة تلفزيون شبكة منصة برنامج راديو مراسل مراسلة").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Role heads so generic that, unresolved by role, they refer to the last person quoted: وأشار المسؤول. */
  static final Set<String> GENERIC_REFERENCES = words("المسؤول المسؤولة المتحدث المتحدثة الناطق الناطقة المصدر "
      + "الخبير الخبيرة الأكاديمي الأكاديمية الباحث الباحثة المحلل المحللة الطبيب الطبيبة الصحفي الصحفية "
      + "الدبلوماسي");

  /** Adjectives of age that describe someone about to be named: مربي الجاموس الخمسيني جاسم محيسن. */
  static final Set<String> AGE_ADJECTIVES = words(
      "العشريني العشرينية الثلاثيني الثلاثينية الأربعيني الأربعينية الخمسيني الخمسينية الستيني الستينية "
          + "السبعيني السبعينية الثمانيني الثمانينية");

  /** Feminine participles and adverbs of manner, which name no one: وأجابت ضاحكة, كتبت صراحة. (The masculine end in ا.) */
  static final Set<String> MANNER = words(
      "ضاحكة مبتسمة مازحة غاضبة متسائلة مستغربة متأثرة باكية ساخرة متحسرة مستنكرة محتجة حرفيا بالحرف صراحة علانية");

  /** Adverbs of when something was said, after its verb and no part of a name: وقالت لاحقا أمام المحكمة. */
  static final Set<String> WHEN_SAID = words("لاحقا سابقا مجددا أيضا حينها يومها آنذاك بعدها قبلها");

  /** Nouns of feeling that after ب say how someone spoke, no part of a name: تقول ملك بخجل. */
  static final Set<String> MANNER_NOUNS = words("خجل حسرة مرارة هدوء حزم ثقة فخر حماس أسى ألم غضب حرقة حزن "
      + "ابتسامة صوت لهجة نبرة خيبة دهشة استغراب فرح يأس تعب إحباط حنين قلق أمل");

  /** Words that make a description refer back: المتحدث ذاته, الفلاح نفسه. */
  static final Set<String> SAME = words("ذاته ذاتها نفسه نفسها");

  /** Verbs that give the name of someone just described: مهاجر غيني يدعى مامادو ديالو. */
  static final Set<String> NAMED_AS = words("يدعى تدعى يلقب تلقب");

  /** Occasions of speech after في, which are not places: في مؤتمر صحفي, في تصريحات. */
  static final Set<String> SPEECH_OCCASIONS = words(
      "مؤتمر تصريح تصريحات حديث مقابلة كلمة لقاء اتصال ندوة جلسة اجتماع منشور تغريدة ختام هامش مستهل "
          + "أعقاب مرافعة مداخلة");

  /** Nouns whose quoted complement is a name or a title, not speech: كتاب "…", جمعية "…", عملية "…". */
  static final Set<String> NAMING_NOUNS = words(
      "كتاب رواية فيلم مسلسل برنامج تطبيق منصة عملية مبادرة حملة مشروع جمعية حركة حزب مجموعة ديوان بيت "
          + "مجلة صحيفة وسم هاشتاغ مؤتمر منتدى مهرجان معرض شعار عنوان بعنوان أغنية قصيدة مسرحية خطة "
          + "قانون مشروع اتفاقية اتفاق صفقة تحالف ائتلاف كتلة تكتل قائمة جائزة مسابقة بطولة استراتيجية "
          + "إستراتيجية رؤية لقب"); // بلقب «أبو الزوز»: a nickname

  /** Nouns in construct with نقل, which is then transport and no verb: شركة نقل تونس, وسائل النقل. */
  static final Set<String> TRANSPORTING = words("شركة شركات وزارة وزير قطاع وسائل وسيلة عمليات عملية خدمات خدمة "
      + "شبكة أسطول تكاليف كلفة حافلات شاحنات سيارات مصاريف خطوط");

  /** Verbs of issuing a document, with it as their object: تقرير أصدرته الهيئة. */
  static final Set<String> ISSUING = words("أصدرته أصدرتها أصدره أصدرها أعدته أعدتها أعده أعدها نشرته نشرتها "
      + "نشره نشرها");

  /** A country's own state bodies, whose name the country is no part of: وزارة الصحة في الكويت. */
  static final Set<String> NATIONAL_BODIES = words("وزارة الوزارة الجهاز المؤسسة الهيئة المديرية المندوبية");

  /** Words that open a description by rank among others, which no name does: آخر نافخي الزجاج, أقدم بائع. */
  static final Set<String> SUPERLATIVES = words("آخر أول أقدم أصغر أكبر أشهر أمهر");

  /** Words that join the parts of one person's name: الهادي بن عمر, أحمد سالم ولد محمد, Sudanese أحمد ود البشير. */
  static final Set<String> NAME_LINKS = words("ولد بن بنت ابن أبو آل منت ود");

  /** First parts of compound given names, which a definite word completes: عبد اللطيف, نصر الدين. */
  static final Set<String> COMPOUND_NAME_HEADS = words(
      "عبد نصر سيف نور صلاح علاء عز شمس بدر جمال كمال عماد فخر سعد محي محيي زين تاج بهاء ضياء خير حسام "
          + "شرف نجم ولي أبو");

  /** Words of a clause that withholds a name: فضل عدم ذكر اسمه، طلب عدم الكشف عن هويته. */
  static final Set<String> ANONYMITY = words("عدم الكشف اسمه اسمها هويته هويتها اسمهم هويتهم");

  /** Discourse openers that name no one: من جهته، من جانبه. */
  static final Set<String> SIDE_MARKERS = words("جهته جهتها جانبه جانبها ناحيته ناحيتها جهتهم جانبهم");

  /** Prepositions after which a short quotation is a term, not speech: وفقًا لـ"…". */
  static final Set<String> TERM_PREPOSITIONS = words(
      "ل لـ ب بـ ك وفق وفقا حسب بحسب عن من في على إلى باسم عبارة مصطلح شعار وصف بوصف تسمية اسم");

  /** Sources of attribution after a quotation: "…"، بحسب البيان. */
  static final Set<String> ACCORDING_TO = words("حسب بحسب وفق وفقا طبقا");
}
