// Word classes for sentence boundaries in Modern Standard Arabic news:
// what can open a sentence, what cannot end one, and which words look like
// verbs. The lists are written in ordinary spelling and compared on the
// normalised key (see `normalize`), so `إلى` / `الى` and `التي` / `التى` match.
import {normalize} from './arabic.ts'

// Letters read as codes (`charCodeAt`) where a word's first letters decide a test.
const ALEF = 0x627
const BEH = 0x628
const TEH = 0x62a
const SEEN = 0x633
const FEH = 0x641
const KAF = 0x643
const LAM = 0x644
const NOON = 0x646
const WAW = 0x648
const YEH = 0x64a

function keys(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => normalize(word)))
}

/** Prepositions written as separate words. */
export const PREPOSITIONS = keys([
  'من', 'في', 'فى', 'على', 'إلى', 'عن', 'مع', 'حول', 'عبر', 'خلال', 'ضد', 'نحو', 'لدى', 'دون', 'بين',
  'تجاه', 'عند', 'ضمن', 'منذ', 'أثناء', 'إزاء', 'حيال', 'جراء', 'بشأن', 'بخصوص', 'وفق', 'طوال', 'عقب',
  'إثر', 'لصالح', 'بحق', 'قبل', 'بعد', 'حتى', 'تحت', 'فوق', 'أمام', 'خلف', 'وراء', 'لأجل', 'بسبب', 'بفضل',
  'بموجب', 'بواسطة', 'لدي'
])

/**
 * Prepositions that never end a sentence: their complement follows. (`بعد`,
 * `قبل`, `حتى`, `فوق`, `تحت`, `أمام`, `خلف` also work as adverbs: `لم يصل بعد.`)
 */
export const PREPOSITIONS_NEEDING_COMPLEMENT = keys([
  'من', 'في', 'فى', 'على', 'إلى', 'عن', 'مع', 'حول', 'عبر', 'خلال', 'ضد', 'نحو', 'لدى', 'بين', 'تجاه',
  'عند', 'ضمن', 'منذ', 'أثناء', 'إزاء', 'حيال', 'جراء', 'بشأن', 'بخصوص', 'وفق', 'طوال', 'عقب', 'إثر',
  'لصالح', 'بموجب', 'بواسطة', 'بسبب', 'بفضل'
])

/** Particles that introduce a clause or a verb: a sentence cannot stop after them. */
export const PARTICLES_NEEDING_COMPLEMENT = keys([
  'أن', 'إن', 'بأن', 'لأن', 'كأن', 'لكي', 'كي', 'لن', 'لم', 'لما', 'قد', 'لقد', 'سوف', 'إذا', 'لو', 'لولا',
  'حيث', 'كيلا', 'لئلا', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'لأنه', 'لأنها', 'عندما', 'بينما',
  'فيما', 'كلما', 'ريثما', 'إذ'
])

/** Relative pronouns: a relative clause must follow. */
export const RELATIVES = keys(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'اللائي', 'الذى', 'التى'])

/** Nouns that only occur as the first term of a construct (`بعض الدول`, `جميع الأطراف`). */
export const CONSTRUCT_NOUNS = keys([
  'بعض', 'جميع', 'معظم', 'أغلب', 'سائر', 'عدد', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ذات', 'ذوي', 'ذو',
  'إحدى', 'كل', 'كلا', 'كلتا', 'شتى', 'مختلف', 'غالبية'
])

/**
 * Construct nouns that may close a sentence after a noun they qualify
 * (`البلاد كافة.` `مرات عدة.` `مجالات شتى.`): listed here so they are not in
 * CONSTRUCT_NOUNS.
 */
const FLEXIBLE_QUANTIFIERS = keys(['كافة', 'عدة', 'شتى', 'مختلف'])

/** Conjunctions and adverbs that open a sentence in news prose. */
export const CONNECTIVES = keys([
  'كما', 'لكن', 'لكنه', 'لكنها', 'لكنهم', 'لكنني', 'لكني', 'ولكن', 'أما', 'إما', 'ثم', 'بل', 'لذلك', 'لذا',
  'كذلك', 'أيضا', 'أيضاً', 'لقد', 'قد', 'إن', 'أن', 'إنه', 'إنها', 'إنهم', 'إنني', 'إننا', 'أنه', 'حيث',
  'غير', 'إلا', 'بيد', 'ناهيك', 'بمعنى', 'أي', 'بحسب', 'حسب', 'وفقا', 'وفقاً', 'طبقا', 'تبعا', 'بالإضافة',
  'إضافة', 'علاوة', 'فضلا', 'فضلاً', 'خلافا', 'خلافاً', 'بالتالي', 'بالمقابل', 'مقابل', 'بالطبع', 'بطبيعة',
  'باختصار', 'بالنظر', 'بحلول', 'بناء', 'بناءً', 'استنادا', 'إثر', 'عقب', 'بعد', 'قبل', 'منذ', 'مع', 'رغم', 'برغم', 'بسبب',
  'بفضل', 'حتى', 'عندما', 'حين', 'حينما', 'حينها', 'بينما', 'فيما', 'كلما', 'إذا', 'إذ', 'لو', 'لولا', 'لأن',
  'كي', 'هكذا', 'ربما', 'الآن', 'اليوم', 'أمس', 'غدا', 'هنا', 'هناك', 'ثمة', 'أولا', 'ثانيا', 'ثالثا',
  'أخيرا', 'أخيراً', 'أولاً', 'ثانياً', 'ختاما', 'مثلا', 'تحديدا', 'عموما', 'جدير', 'تجدر', 'يذكر', 'يشار',
  'يجدر', 'نقلا', 'عودة', 'سواء', 'خصوصا', 'خاصة', 'لا', 'لم', 'لن', 'ليس', 'ليست', 'ما', 'ماذا', 'لماذا',
  'هل', 'كيف', 'متى', 'أين', 'كم', 'مثل', 'كل', 'بعض', 'جميع', 'معظم', 'كلا', 'نعم', 'إذن', 'أجل',
  'سوف', 'وسط', 'لدى', 'لدي', 'لدينا', 'عند', 'بدوره', 'بدورها', 'بدورهم', 'بالنسبة', 'تزامنا', 'تزامناً',
  'خلال', 'لعل', 'لكنّ', 'ليت', 'طالما', 'مهما', 'أينما',
  'حيثما', 'كأن', 'كأنما', 'إنما', 'أيا', 'أيّا', 'يا', 'أيها', 'أيتها', 'آنذاك', 'حاليا', 'حالياً', 'سابقا',
  'لاحقا', 'مؤخرا', 'مؤخراً', 'معا', 'فقط', 'بالفعل', 'فعلا', 'طبعا', 'حقا', 'كلما', 'بمجرد', 'لدى', 'تاليا'
])

/** Pronouns and demonstratives that open nominal sentences. */
export const PRONOUNS = keys([
  'هو', 'هي', 'هم', 'هن', 'هما', 'أنا', 'نحن', 'أنت', 'أنتم', 'أنتما', 'أنتن', 'هذا', 'هذه', 'ذلك', 'تلك',
  'هؤلاء', 'أولئك', 'هذان', 'هاتان', 'هذين', 'هاتين', 'ذاك', 'هنالك'
])

/**
 * Words after a sentence-initial preposition that make an adverbial opener
 * (`من جهته`, `في المقابل`, `على صعيد آخر`): the preposition does not
 * continue the previous sentence.
 */
export const ADVERBIAL_AFTER_PREPOSITION = keys([
  // من …
  'جهته', 'جهتها', 'جهتهم', 'جهة', 'جانبه', 'جانبها', 'جانبهم', 'جانب', 'ناحيته', 'ناحيتها', 'ناحية',
  'طرفه', 'طرفها', 'هنا', 'ثم', 'حيث', 'أجل', 'جديد', 'المقرر', 'المتوقع', 'الواضح', 'المعروف', 'المنتظر',
  'المهم', 'الضروري', 'الممكن', 'المؤكد', 'الجدير', 'المفترض', 'المرجح', 'المستبعد', 'المحتمل', 'اللافت',
  'الملاحظ', 'الطبيعي', 'الصعب', 'السهل', 'المؤسف', 'المفارقات', 'المنطلق', 'أبرز', 'أهم',
  'بين', 'خلال', 'دون', 'غير', 'قبل', 'بعد', 'وجهة', 'منطلق', 'باب', 'الناحية', 'الجهة', 'الجانب',
  // في …
  'حين', 'حال', 'حالة', 'حالات', 'وقت', 'الوقت', 'ظل', 'إطار', 'سياق', 'السياق', 'المقابل', 'الواقع',
  'الحقيقة', 'النهاية', 'البداية', 'غضون', 'أعقاب', 'إشارة', 'خطوة', 'تصريح', 'تصريحات', 'بيان', 'كلمة',
  'حديث', 'حديثه', 'المحصلة', 'الأثناء', 'ضوء', 'سبيل', 'المجمل', 'أثناء', 'مقابل', 'المرة', 'مرة', 'نهاية',
  'بداية', 'مطلع', 'ختام', 'أول', 'الأول', 'العام', 'الشهر', 'الأسبوع', 'اليوم', 'الأيام', 'السنوات',
  'الماضي', 'القديم', 'الملف', 'معرض', 'رده', 'ردها', 'المحصلة', 'الصدد', 'السياق', 'موازاة',
  'الموازاة', 'المقابل', 'وقتٍ', 'أكثر', 'إحدى', 'أحد', 'ذات', 'الأثناء', 'الختام', 'تقديري', 'رأيي',
  'اعتقادي', 'نظري', 'رأيه', 'نظره', 'أعقاب',
  // على …
  'صعيد', 'الصعيد', 'الرغم', 'رغم', 'سبيل', 'العكس', 'الأقل', 'هامش', 'خلفية', 'إثر', 'مدى', 'مدار', 'حد',
  'أي', 'الجانب', 'المستوى', 'مستوى', 'أثر', 'وقع', 'نحو', 'غرار', 'إيقاع', 'ضوء', 'ذمة', 'لسان', 'عكس',
  // إلى / عن / ب / ل …
  'جانب', 'أن', 'حين', 'وقت', 'قرب', 'ذمة',
  // after a demonstrative: `من هذا المنطلق`, `في هذه الأثناء`, `على هذا الأساس`
  'الأساس', 'الحالة', 'الإطار', 'المرحلة', 'الفترة', 'الشأن', 'المجال', 'الخصوص', 'الاتجاه', 'المعنى',
  'الصدد', 'الحال', 'النحو', 'الأثناء', 'السياق', 'المنطلق', 'الناحية', 'الجهة', 'الجانب', 'الوقت', 'الأيام'
])

/** Demonstratives, skipped when looking for the head of an adverbial phrase. */
export const DEMONSTRATIVES = keys(['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين', 'هؤلاء', 'أولئك'])

/**
 * Whether the words after a sentence-initial preposition make an adverbial
 * opener (`من جهته`, `في هذه الأثناء`) rather than the rest of a cut phrase.
 */
export function isAdverbialPhrase(following: readonly string[]): boolean {
  let index = 0
  if (following[index] !== undefined && DEMONSTRATIVES.has(following[index])) index++
  const head = following[index]
  if (head === undefined) return index > 0
  return ADVERBIAL_AFTER_PREPOSITION.has(head) || ADVERBIAL_AFTER_PREPOSITION.has(withoutConjunction(head))
}

/**
 * Circumstantial participles that news prose puts at the head of a sentence
 * (`مشيرا إلى أن …`, `مؤكدة أن …`): not bare nouns.
 */
export function isCircumstantial(key: string): boolean {
  // مُفعِلاً / مُتفعِّلاً / مُستفعِلاً in the accusative, written with a final
  // alef (tanwin): `مشيرا`, `مؤكدا`, `متمنيا`.
  return key.length >= 5 && key.startsWith('م') && key.endsWith('ا') && !key.startsWith('ما')
}

/**
 * Prepositions that continue a phrase when they open a sentence (the
 * temporal and causal ones, `بعد` `منذ` `بسبب` …, open sentences freely).
 */
export const CORE_PREPOSITIONS = keys(['من', 'في', 'فى', 'على', 'إلى', 'عن', 'حول', 'لدى', 'ضد', 'نحو', 'تجاه', 'بين', 'دون', 'عبر', 'ضمن', 'إزاء', 'حيال', 'بشأن', 'بخصوص'])

/**
 * Titles and professions that open a byline or an author's note at the end
 * of an article (`محلل سياسي`, `كاتب صحفي`).
 */
export const ROLE_NOUNS = keys([
  'محلل', 'محللة', 'كاتب', 'كاتبة', 'الكاتب', 'الكاتبة', 'أستاذ', 'أستاذة', 'باحث', 'باحثة', 'صحفي', 'صحفية',
  'صحافي', 'صحافية', 'إعلامي', 'إعلامية', 'مراسل', 'مراسلة', 'خبير', 'خبيرة', 'رئيس', 'رئيسة', 'مدير', 'مديرة',
  'سفير', 'سفيرة', 'وزير', 'وزيرة', 'عضو', 'نائب', 'مستشار', 'مستشارة', 'المتحدث', 'متحدث', 'أمين', 'محرر',
  'محررة', 'المحرر', 'محاضر', 'أكاديمي', 'أكاديمية', 'مؤلف', 'ناشط', 'ناشطة', 'مترجم', 'ترجمة', 'إعداد',
  'تحرير', 'بقلم', 'تصوير', 'مندوب', 'الناطق', 'ناطق',
  // honorifics that head a signature block
  'المهندس', 'مهندس', 'الدكتور', 'دكتور', 'الأستاذ', 'السيد', 'السيدة', 'الشيخ', 'اللواء', 'العميد',
  'العقيد', 'المستشار', 'معالي', 'سعادة', 'فضيلة', 'سمو'
])

/** Labels of page furniture that scrapers leave in a text (tags, "read also", share buttons). */
export const FURNITURE_LABELS = keys([
  'سمات', 'وسوم', 'الوسوم', 'كلمات', 'الكلمات', 'اقرأ', 'إقرأ', 'اقرا', 'شارك', 'شاركها', 'تابعونا', 'تابعنا',
  'المصدر', 'مصدر', 'المزيد', 'للتواصل', 'للاشتراك', 'لمزيد', 'نقلا', 'نقلاً', 'طباعة', 'إرسال', 'تعليقات', 'التعليقات', 'مواضيع', 'أخبار', 'الأخبار', 'روابط', 'مقالات'
])

/** Common news verbs in the perfect (3rd person masculine singular) and their imperfect. */
const VERB_PAIRS: readonly (readonly [string, string])[] = [
  ['قال', 'يقول'], ['أكد', 'يؤكد'], ['أوضح', 'يوضح'], ['أضاف', 'يضيف'], ['أشار', 'يشير'], ['ذكر', 'يذكر'],
  ['أعلن', 'يعلن'], ['أعرب', 'يعرب'], ['شدد', 'يشدد'], ['لفت', 'يلفت'], ['بين', 'يبين'], ['كشف', 'يكشف'],
  ['نقل', 'ينقل'], ['كتب', 'يكتب'], ['رأى', 'يرى'], ['جاء', 'يجيء'], ['كان', 'يكون'], ['أصبح', 'يصبح'],
  ['بات', 'يبيت'], ['ظل', 'يظل'], ['صار', 'يصير'], ['تم', 'يتم'], ['جرى', 'يجري'], ['وقع', 'يقع'],
  ['قام', 'يقوم'], ['بدأ', 'يبدأ'], ['عاد', 'يعود'], ['وصل', 'يصل'], ['قتل', 'يقتل'], ['أصيب', 'يصاب'],
  ['استقبل', 'يستقبل'], ['التقى', 'يلتقي'], ['بحث', 'يبحث'], ['ناقش', 'يناقش'], ['تناول', 'يتناول'],
  ['استعرض', 'يستعرض'], ['أجرى', 'يجري'], ['عقد', 'يعقد'], ['شارك', 'يشارك'], ['حضر', 'يحضر'],
  ['افتتح', 'يفتتح'], ['دعا', 'يدعو'], ['طالب', 'يطالب'], ['رحب', 'يرحب'], ['أشاد', 'يشيد'], ['ثمن', 'يثمن'],
  ['اتفق', 'يتفق'], ['قرر', 'يقرر'], ['أقر', 'يقر'], ['وافق', 'يوافق'], ['رفض', 'يرفض'], ['نفى', 'ينفي'],
  ['اعتبر', 'يعتبر'], ['وصف', 'يصف'], ['حذر', 'يحذر'], ['تابع', 'يتابع'], ['اختتم', 'يختتم'], ['أفاد', 'يفيد'],
  ['صرح', 'يصرح'], ['أبلغ', 'يبلغ'], ['أعطى', 'يعطي'], ['قدم', 'يقدم'], ['تلقى', 'يتلقى'], ['وجه', 'يوجه'],
  ['أصدر', 'يصدر'], ['نشر', 'ينشر'], ['أظهر', 'يظهر'], ['شهد', 'يشهد'], ['سجل', 'يسجل'], ['بلغ', 'يبلغ'],
  ['ارتفع', 'يرتفع'], ['انخفض', 'ينخفض'], ['تراجع', 'يتراجع'], ['زاد', 'يزيد'], ['حقق', 'يحقق'],
  ['يمكن', 'يمكن'], ['وجد', 'يوجد'], ['أراد', 'يريد'], ['استطاع', 'يستطيع'], ['حاول', 'يحاول'],
  ['سعى', 'يسعى'], ['هدف', 'يهدف'], ['تضمن', 'يتضمن'], ['شمل', 'يشمل'], ['ضم', 'يضم'], ['تولى', 'يتولى'],
  ['اعترف', 'يعترف'], ['أعاد', 'يعيد'], ['أنهى', 'ينهي'], ['انتهى', 'ينتهي'], ['استمر', 'يستمر'],
  ['واصل', 'يواصل'], ['اختار', 'يختار'], ['أطلق', 'يطلق'], ['أنشأ', 'ينشئ'], ['وقع', 'يوقع'], ['منح', 'يمنح'],
  ['فاز', 'يفوز'], ['خسر', 'يخسر'], ['سقط', 'يسقط'], ['هاجم', 'يهاجم'], ['اتهم', 'يتهم'], ['أدان', 'يدين'],
  ['حمل', 'يحمل'], ['دفع', 'يدفع'], ['ترأس', 'يترأس'], ['رأس', 'يرأس'], ['أدى', 'يؤدي'], ['سمح', 'يسمح'],
  ['أتاح', 'يتيح'], ['ساهم', 'يساهم'], ['أسهم', 'يسهم'], ['عمل', 'يعمل'], ['عبر', 'يعبر'], ['اقترح', 'يقترح'],
  ['تطرق', 'يتطرق'], ['أبدى', 'يبدي'], ['تمنى', 'يتمنى'], ['توقع', 'يتوقع'], ['أعتقد', 'أعتقد'],
  ['اعتقد', 'يعتقد'], ['ظن', 'يظن'], ['عرف', 'يعرف'], ['علم', 'يعلم'], ['سأل', 'يسأل'], ['أجاب', 'يجيب'],
  ['رد', 'يرد'], ['انطلق', 'ينطلق'], ['اجتمع', 'يجتمع'], ['انعقد', 'ينعقد'], ['احتفل', 'يحتفل'],
  ['نظم', 'ينظم'], ['أقام', 'يقيم'], ['أدلى', 'يدلي'], ['خرج', 'يخرج'], ['دخل', 'يدخل'], ['غادر', 'يغادر'],
  ['توجه', 'يتوجه'], ['زار', 'يزور'], ['أمر', 'يأمر'], ['نص', 'ينص'], ['تعهد', 'يتعهد'], ['هدد', 'يهدد'],
  ['اختبأ', 'يختبئ'], ['نجا', 'ينجو'], ['أمكن', 'يمكن'], ['ينبغي', 'ينبغي'], ['يجب', 'يجب'], ['ليس', 'ليس'],
  ['يتخذ', 'يتخذ'], ['اتخذ', 'يتخذ'], ['أثبت', 'يثبت'], ['ثبت', 'يثبت'], ['أفرج', 'يفرج'], ['اعتقل', 'يعتقل'],
  ['تسلم', 'يتسلم'], ['سلم', 'يسلم'], ['تحدث', 'يتحدث'], ['ألقى', 'يلقي'], ['أثار', 'يثير'], ['تعرض', 'يتعرض'],
  ['استهدف', 'يستهدف'], ['تسبب', 'يتسبب'], ['فقد', 'يفقد'], ['تمكن', 'يتمكن'], ['أسفر', 'يسفر'], ['نتج', 'ينتج']
]

/** Nouns and names that begin with the imperfect prefix `ي`. */
const NOT_VERBS = keys([
  'يوم', 'يوما', 'يومًا', 'يومي', 'يومية', 'يد', 'يدا', 'يمين', 'يسار', 'يناير', 'يونيو', 'يوليو', 'يونيه',
  'يوليه', 'يورو', 'يهود', 'يهودي', 'يهودية', 'يوسف', 'ياسر', 'يحيى', 'يونس', 'يعقوب', 'يزن', 'يمن', 'ينبوع',
  'يقين', 'يانصيب', 'يافطة', 'يابسة', 'ياقوت', 'يخت', 'يمني', 'يمنية', 'يا', 'يوميا', 'يومياً', 'يونانية',
  'يوناني', 'يابان', 'ياباني', 'يابانية', 'يسرى', 'يسري', 'ياسمين', 'يزيد'
])

const VERB_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>()
  for (const [perfect, imperfect] of VERB_PAIRS) {
    const p = normalize(perfect)
    const stem = p.endsWith('ي') ? p.slice(0, -1) : p
    for (const form of [p, p + 'ت', p + 'وا', p + 'ا', p + 'تا', p + 'ن', stem + 'ت', stem + 'وا', stem + 'ا']) forms.add(form)
    // Hollow verbs lose their alef before a consonant ending: `كان` → `كنت`, `قلنا`.
    if (p.length === 3 && p[1] === 'ا') for (const ending of ['ت', 'نا', 'تم']) forms.add(p[0] + p[2] + ending)
    const i = normalize(imperfect)
    if (i.startsWith('ي')) {
      const rest = i.slice(1)
      for (const prefix of ['ي', 'ت', 'ن', 'ا']) {
        forms.add(prefix + rest)
        forms.add(prefix + rest + 'ون')
        forms.add(prefix + rest + 'ان')
      }
    }
  }
  return forms
})()

const CONJ = /^[وف]/u
const FUTURE_OR_LAM = /^[سل]/u

/**
 * Whether a normalised word is one of the common news verbs in a finite form
 * (`أكد`, `أكدت`, `يؤكد`, `قالوا`), a leading `و` / `ف` allowed. Stricter
 * than `looksLikeVerb`: no guess from the word's shape.
 */
export function isKnownVerb(key: string): boolean {
  return VERB_FORMS.has(key) || (key.length > 3 && CONJ.test(key) && VERB_FORMS.has(key.slice(1)))
}

/** Whether a normalised word is in the table of common news verbs' finite forms (no conjunction). */
export function isVerbForm(key: string): boolean {
  return VERB_FORMS.has(key)
}

/** Strip a leading conjunction `و` / `ف` from a key when the rest stays a word. */
export function withoutConjunction(key: string): string {
  if (key.length <= 2) return key
  const first = key.charCodeAt(0)
  return first === WAW || first === FEH ? key.slice(1) : key
}

/**
 * Whether a normalised word looks like a finite verb (a known verb, or an
 * imperfect). Give the word as written too, to read a final `ه` as a pronoun.
 */
export function looksLikeVerb(key: string, value?: string): boolean {
  let k = key
  for (let round = 0; round < 3; round++) {
    if (VERB_FORMS.has(k) || hasObjectPronoun(k, value)) return true
    // The shapes below are told apart by the first letter, read as a code: the document
    // model asks this of nearly every word (WordInfo.isPredicate), and three regular
    // expressions a round, each failing on that letter, were most of its cost.
    const first = k.charCodeAt(0)
    if (first === YEH) {
      if (k.length >= 4 && !NOT_VERBS.has(k) && k.charCodeAt(1) !== ALEF) return true
    } else if (first === TEH || first === NOON) {
      // Imperfect with `ت` / `ن` and no long vowel: `تعمل`, `نعمل`, `ترتبط`
      // (a form V verbal noun such as `تقدم` is spelt the same: counted as a verb).
      if (IMPERFECT_T_N.test(k) && !k.endsWith('ه')) return true
    } else if (first === ALEF) {
      // Form X perfect: `است` + three radicals (+ `ت` / `وا`): `استقبل` but not `استقبال`.
      if (FORM_X_PERFECT.test(k)) return true
      // Forms VII / VIII perfect: `ان…` / `ا…ت…`: `انطلق`, `اجتمع`, `اعتبرت`.
      if (FORMS_VII_VIII_PERFECT.test(k)) return true
    }
    if (k.length <= 3) break
    // A leading `و` / `ف`, or `س` / `ل` before an imperfect prefix (`سيعمل`, `لتعزيز`).
    if (first === WAW || first === FEH) k = k.slice(1)
    else if ((first === SEEN || first === LAM) && isImperfectPrefix(k.charCodeAt(1))) k = k.slice(1)
    else break
  }
  return false
}

const IMPERFECT_T_N = /^[تن][^اوي]{3,4}(?:ون|ان|ين)?$/u
const FORM_X_PERFECT = /^است[^ا]{3}(?:ت|وا|ا)?$/u
const FORMS_VII_VIII_PERFECT = /^(?:ان[^ا]{3}|ا[^ا]ت[^ا]{2})(?:ت|وا)?$/u

/** `[يتنا]`: a letter that opens an imperfect (or `ا`). */
function isImperfectPrefix(code: number): boolean {
  return code === YEH || code === TEH || code === NOON || code === ALEF
}

const OBJECT_PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'كم', 'كما', 'نا', 'ني', 'ه', 'ك']

/** The object pronouns by their last letter (as a code): a word ending otherwise has none. */
const PRONOUNS_BY_LAST_LETTER: ReadonlyMap<number, readonly string[]> = (() => {
  const byLast = new Map<number, string[]>()
  for (const pronoun of OBJECT_PRONOUNS) {
    const last = pronoun.charCodeAt(pronoun.length - 1)
    byLast.set(last, [...(byLast.get(last) ?? []), pronoun])
  }
  return byLast
})()

/**
 * A known verb with an object pronoun: `وصفوه` (`وصفوا` + `ه`), `أبلغها`,
 * `قابلني`. A final `ه` counts only when the word is written with `ه`:
 * normalisation also turns `ة` into `ه` (`حملة` is not `حمل` + `ه`).
 */
function hasObjectPronoun(key: string, value: string | undefined): boolean {
  const pronouns = PRONOUNS_BY_LAST_LETTER.get(key.charCodeAt(key.length - 1))
  if (pronouns === undefined) return false
  for (const pronoun of pronouns) {
    if (!key.endsWith(pronoun) || key.length - pronoun.length < 2) continue
    if (pronoun === 'ه' && (value === undefined || !value.endsWith('\u0647'))) continue
    const rest = key.slice(0, -pronoun.length)
    if (VERB_FORMS.has(rest) || (rest.endsWith('و') && VERB_FORMS.has(rest + 'ا'))) return true
  }
  return false
}

const FORM_III = /^[^ا]ا[^ا]{2}(?:ت|وا|ها|هم|نا)?$/u
const FORM_III_OR_PRONOUN_H = /^[^ا]ا[^ا]{2}(?:ت|وا|ها|هم|نا|ه)?$/u
const HOLLOW_WITH_T = /^[^ا]ا[^ا]ت$/u

/**
 * Whether a sentence's first word may be a verb of a shape that nouns share:
 * form III perfect `فاعل` (`عالج`, `رافقها`) or a hollow perfect with `ت`
 * (`عاشت`, `باتت`). Counted as a verb only at the head of a sentence.
 */
export function mayBeInitialVerb(key: string, value: string = key): boolean {
  const k = withoutConjunction(key)
  // Every shape has `ا` after the first letter (at index 2 if that letter were outside the BMP).
  if (k.charCodeAt(1) !== ALEF && k.charCodeAt(2) !== ALEF) return false
  // A final `ـه` is a pronoun only if written so: normalisation also turns `ـة` (`جامعة`) into `ـه`.
  const shape = value.endsWith('\u0647') ? FORM_III_OR_PRONOUN_H : FORM_III
  return shape.test(k) || HOLLOW_WITH_T.test(k)
}

/**
 * Whether a word needs something after it: a preposition, a particle that
 * introduces a clause, a relative pronoun or a construct-only noun. A leading
 * `و` / `ف` is ignored. Give the word as written too: normalisation merges
 * `كأن` with the verb `كان` and `أن` with `آن`.
 */
export function needsComplement(key: string, value?: string): boolean {
  return complementKind(key, value) !== undefined
}

/** Normalised keys of particles that are other words when written without hamza or with madda. */
const HAMZA_PARTICLES = keys(['كأن', 'بأن'])

/**
 * What each word of the four lists above needs, in one table: a word of a list is read as it
 * is, any other word without its conjunction. The rules ask this of the last word of every
 * sentence, and nine lookups in the separate lists were much of that cost.
 */
const COMPLEMENT_OF: ReadonlyMap<string, 'noun' | 'clause' | 'particle' | 'none'> = (() => {
  const kinds = new Map<string, 'noun' | 'clause' | 'particle' | 'none'>()
  const lists = [PREPOSITIONS_NEEDING_COMPLEMENT, CONSTRUCT_NOUNS, PARTICLES_NEEDING_COMPLEMENT, RELATIVES]
  for (const list of lists) {
    for (const k of list) {
      const kind = FLEXIBLE_QUANTIFIERS.has(k)
        ? 'none'
        : PREPOSITIONS_NEEDING_COMPLEMENT.has(k) || CONSTRUCT_NOUNS.has(k)
          ? 'noun'
          : RELATIVES.has(k)
            ? 'clause'
            : 'particle'
      kinds.set(k, kind)
    }
  }
  return kinds
})()

/** What must follow a word that needs a complement: a noun phrase or a clause. */
export function complementKind(key: string, value?: string): 'noun' | 'clause' | undefined {
  let k = key
  let kind = COMPLEMENT_OF.get(key)
  if (kind === undefined) {
    k = withoutConjunction(key)
    if (k === key) return undefined
    kind = COMPLEMENT_OF.get(k)
  }
  if (kind === undefined || kind === 'none') return undefined
  if (kind !== 'particle') return kind
  if (value !== undefined) {
    if (value.includes('\u0622')) return undefined // `آن` (a time), not `أن`
    if (HAMZA_PARTICLES.has(k) && !/[\u0623\u0625]/u.test(value)) return undefined // `كان`, `بان` (verbs)
  }
  return 'clause'
}

/** What a sentence's first word is, for deciding whether the sentence may start there. */
export type OpenerClass = 'connective' | 'verb' | 'circumstantial' | 'preposition' | 'noun' | 'other'

/** Classify a sentence's first word (normalised key, and the word as written). */
export function openerClass(key: string, value: string = key): OpenerClass {
  // `[\u0621-\u064A]`, `[وف]` and `[بلك]` below are read from the first letter's code.
  const first = key.charCodeAt(0)
  if (!(first >= 0x621 && first <= 0x64a)) return 'other'
  if (CORE_PREPOSITIONS.has(key)) return 'preposition'
  if (CONNECTIVES.has(key) || PRONOUNS.has(key) || PREPOSITIONS.has(key)) return 'connective'
  // A conjunction makes a connective opener (`وقال`, `فالوضع`), except a lone letter.
  if (key.length > 2 && (first === WAW || first === FEH)) return 'connective'
  if (looksLikeVerb(key, value) || mayBeInitialVerb(key, value)) return 'verb'
  if (isCircumstantial(key)) return 'circumstantial'
  // A preposition written on the word: `بالتعاون`, `لتحقيق`, `كعناوين`.
  if ((first === BEH || first === LAM || first === KAF) && key.length > 3) return 'preposition'
  return 'noun'
}

/** Particles and pronouns that carry or introduce a predicate in a clause. */
const PREDICATE_WORDS = keys([
  'أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأن', 'لأن', 'قد', 'لقد', 'لم', 'لن', 'ليس', 'ليست', 'سوف', 'هو',
  'هي', 'هم', 'هما', 'كان', 'كانت', 'يكون', 'تكون', 'هناك', 'ثمة', 'لدى', 'لديه', 'لديها', 'لدينا', 'عليه',
  'عليها', 'عليهم', 'لا', 'ما', 'إلا'
])
const LONGEST_PREDICATE_WORD = Math.max(...[...PREDICATE_WORDS].map((word) => word.length))

/**
 * Whether a clause (its normalised words) has a finite verb or a particle
 * that carries a predicate (`أن`, `قد`, `ليس`, a copula pronoun). A clause
 * without any is a verbless fragment.
 */
export function hasPredicate(words: readonly string[], values?: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) if (isPredicateWord(words[index], values?.[index])) return true
  return false
}

/** Whether one word (normalised; as written, to read a final `ه`) is a finite verb or a predicate particle: see hasPredicate. */
export function isPredicateWord(word: string, value?: string): boolean {
  // Most words are longer than any predicate particle, even with a conjunction: no lookup
  // (nor a copy without the conjunction) for them. The document model asks this of nearly every word.
  if (word.length <= LONGEST_PREDICATE_WORD + 1 && (PREDICATE_WORDS.has(word) || PREDICATE_WORDS.has(withoutConjunction(word)))) return true
  // `بين` is a preposition far more often than the verb `بيّن`.
  return looksLikeVerb(word, value) && !PREPOSITIONS.has(word)
}

const LONE_CLITICS = keys(['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'فال', 'كال', 'ولل', 'وب', 'ول'])
const LONGEST_LONE_CLITIC = Math.max(...[...LONE_CLITICS].map((clitic) => clitic.length))

/** A clitic written alone: a word cut off after its first letters (`… ضمانات ب`). */
export function isLoneClitic(key: string): boolean {
  // Most words are longer than any clitic: ruled out without a lookup.
  return key.length <= LONGEST_LONE_CLITIC && LONE_CLITICS.has(key)
}

const ARTICLE = /^(?:[وف]?(?:ال|لل|بال|كال))/u

/** Whether a word carries the article (`المنطقة`, `للأمم`, `والجريمة`). */
export function isDefinite(key: string): boolean {
  return ARTICLE.test(key) && key.replace(ARTICLE, '').length >= 2
}

/** The word without a conjunction, preposition and article. */
function bare(key: string): string {
  const k = key.replace(ARTICLE, '')
  return k === key ? withoutConjunction(key) : k
}

const COMMON_ADJECTIVES = keys([
  'كبير', 'كبيرة', 'صغير', 'صغيرة', 'جديد', 'جديدة', 'قديم', 'قديمة', 'أول', 'أولى', 'ثاني', 'ثانية', 'أخير',
  'أخيرة', 'متحدة', 'مقبل', 'مقبلة', 'مشترك', 'مشتركة', 'واسع', 'واسعة', 'كامل', 'كاملة', 'شامل', 'شاملة',
  'مختلفة', 'حديثة', 'حديث', 'مستقل', 'مستقلة', 'عليا', 'كبرى', 'صغرى', 'عظمى', 'مباشر', 'مباشرة', 'محتلة',
  'مسلحة', 'مسلح', 'متطرف', 'متطرفة', 'منظمة', 'معنية', 'معني', 'مستدامة', 'نووي', 'نووية'
])

/**
 * Whether a word looks like an adjective that follows its noun: a relative
 * adjective (`الإقليمي`, `التركية`, `العربيين`) or a common adjective.
 */
export function isAdjectiveLike(key: string): boolean {
  const k = bare(key)
  if (COMMON_ADJECTIVES.has(k)) return true
  if (k.length < 4) return false
  return /(?:ي|يه|يين|يون|يات)$/u.test(k) && !/(?:ايه|اي)$/u.test(k)
}

/**
 * A masculine relative adjective (`الإقليمي`, `الجمهوري`): it hardly ever
 * opens a sentence, unlike feminine `ـية` words, many of which are nouns
 * (`القضية`, `الاتفاقية`). Defective participles (`القاضي`, `النادي`,
 * `المحامي`) and verbal nouns (`التحدي`, `التصدي`) are nouns.
 */
export function isMasculineNisba(key: string): boolean {
  const k = bare(key)
  return k.length >= 4 && k.endsWith('ي') && !/^م?[^ا]ا[^ا]ي$/u.test(k) && !/^ت[^ا]{2}ي$/u.test(k) && isAdjectiveLike(key)
}

/** Grammatically feminine form: `ـة` or a sound feminine plural (non-human plurals agree in the feminine). */
function isFeminine(key: string): boolean {
  return key.endsWith('ه') || key.endsWith('ات')
}

/**
 * Whether `next` reads as an adjective of `word`: same definiteness and
 * gender (`القصر` + `الجمهوري`, `السلطات` + `التركية`, `قوة` + `فضائية`).
 */
export function agreesAsAdjective(word: string, next: string): boolean {
  if (!isAdjectiveLike(next) || isClosedClass(word)) return false
  if (isDefinite(word) !== isDefinite(next)) return false
  return isFeminine(bare(word)) === isFeminine(bare(next))
}

/** Connectives, pronouns and prepositions, with or without a leading conjunction. */
function isClosedClass(key: string): boolean {
  const k = withoutConjunction(key)
  return CONNECTIVES.has(key) || PRONOUNS.has(key) || PREPOSITIONS.has(key) || CONNECTIVES.has(k) || PRONOUNS.has(k) || PREPOSITIONS.has(k)
}

/** A content noun without the article and without an accusative ending (`أهمية`, `موعد`, `تأسيس`). */
export function isIndefiniteNoun(key: string): boolean {
  if (isDefinite(key) || isClosedClass(key) || looksLikeVerb(key) || isAdjectiveLike(key)) return false
  if (key.length < 3 || key.endsWith('ا')) return false
  return /^[\u0621-\u064A]+$/u.test(key)
}

/**
 * Participle shapes that are mostly adjectives or names when they close a
 * sentence: `مفعول` (`مقبولة`, `مكشوفة`) and `فاعل` (`صالح`, `كامل`).
 */
export function isParticipleShape(key: string): boolean {
  const k = withoutConjunction(key)
  return /^م[^ا]{2}و[^ا]ه?$/u.test(k) || /^[^ا]ا[^ا]{2}ه?$/u.test(k)
}

/** Whether a word is a function word (connective, pronoun, preposition, particle). */
export function isFunctionWord(key: string): boolean {
  return isClosedClass(key) || PARTICLES_NEEDING_COMPLEMENT.has(key) || RELATIVES.has(key)
}

/** Words that clearly start a new sentence, even after a word left without its complement. */
export const STRONG_OPENERS = keys([
  'كما', 'لكن', 'ولكن', 'أما', 'ثم', 'بل', 'لذلك', 'لذا', 'كذلك', 'لقد', 'حيث', 'غير', 'إلا', 'بيد', 'هذا',
  'هذه', 'ذلك', 'هناك', 'يذكر', 'يشار', 'تجدر', 'جدير', 'من', 'في', 'إن', 'إنه', 'إنها'
])

/** Latin letters spelt out in Arabic, as in initials (`جورج دبليو. بوش`, `بي. بي. سي`). */
export const LETTER_NAMES = keys([
  'إيه', 'ايه', 'بي', 'سي', 'دي', 'إي', 'إف', 'اف', 'جي', 'إتش', 'اتش', 'آي', 'جيه', 'كيه', 'إل', 'إم', 'ام',
  'كيو', 'آر', 'ار', 'إس', 'اس', 'تي', 'يو', 'دبليو', 'إكس', 'اكس', 'واي', 'زد'
])
// (`في` V, `إن` N, `أو` O, `كي` K are also Arabic words and are left out.)

/**
 * After a word that is still waiting for its complement (`wanted`), whether
 * the next sentence clearly starts afresh: a conjunction, a strong opener, or
 * a verb where a noun phrase was due. Otherwise what follows is the missing
 * complement and the period between them is stray.
 */
export function startsAfresh(wanted: 'noun' | 'clause', key: string, value: string = key): boolean {
  if (/^[وف]/u.test(key) || STRONG_OPENERS.has(key)) return true
  return wanted === 'noun' && openerClass(key, value) === 'verb'
}

/**
 * A definite subject with an indefinite predicate (`الحكومة مسؤولة`,
 * `البطالة بين الشباب مرتفعة`): an equational sentence, which needs no verb.
 * A definite noun cannot head a construct, so an indefinite word after it
 * (and after its adjectives or a prepositional phrase) is a predicate, not a
 * genitive.
 */
export function isEquational(words: readonly string[]): boolean {
  if (words.length < 2 || !isDefinite(words[0])) return false
  for (let index = 1; index < Math.min(words.length, 6); index++) {
    const word = words[index]
    if (PREPOSITIONS.has(word)) {
      index++ // skip the preposition's noun
      continue
    }
    if (isDefinite(word)) continue
    if (isFunctionWord(word) || /^[بلك]/u.test(word) || !/^[\u0621-\u064A]+$/u.test(word)) return false
    return true
  }
  return false
}

/**
 * Verbal nouns of the derived forms (`تطوير`, `إطلاق`, `اجتماع`, `انسحاب`,
 * `استخدام`, `مشاركة`, `تعاون`): they take a complement, so one that ends a
 * sentence right before a definite noun has most likely lost it to the period.
 */
export function isVerbalNoun(key: string): boolean {
  const k = withoutConjunction(key)
  return (
    /^ت[^ا]{2}ي[^ا]$/u.test(k) ||
    /^ا[^ا]{2}ا[^ا]$/u.test(k) ||
    /^ا[^ا]ت[^ا]ا[^ا]$/u.test(k) ||
    /^ان[^ا]{2}ا[^ا]$/u.test(k) ||
    /^است[^ا]{2}ا[^ا]$/u.test(k) ||
    /^م[^ا]ا[^ا]{2}ه$/u.test(k) ||
    /^ت[^ا]ا[^ا]{2}$/u.test(k)
  )
}
