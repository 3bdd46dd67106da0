// Word lists for the `boilerplate` rule: the furniture that web pages and
// news sites leave in scraped text. Entries are written as people write them;
// the rule compares them through `normalize` (no harakat or tatweel, one alef,
// final yā' and tā' marbūṭa unified) and lower-cases Latin.

/** Lines that are furniture when they stand alone (nothing else on the line). */
export const FURNITURE_LINES: readonly string[] = [
  // language switchers and navigation
  'English version',
  'English',
  'النسخة الإنجليزية',
  'النسخة العربية',
  'Français',
  'Next Previous',
  'Previous Next',
  'السابق التالي',
  'التالي السابق',
  'الخبر السابق',
  'الخبر التالي',
  'المقال السابق',
  'المقال التالي',
  'الصفحة الرئيسية',
  'الرئيسية',
  'Home',
  'العودة',
  'إلى الأعلى',
  'العودة إلى الأعلى',
  'Back to top',
  // "read more" and related-content labels
  'Read more',
  'Read also',
  'See also',
  'Related',
  'Related articles',
  'Related news',
  'المزيد',
  'اقرأ المزيد',
  'اقرأ أيضا',
  'اقرأ كذلك',
  'شاهد أيضا',
  'شاهد المزيد',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'مقالات ذات صلة',
  'أخبار متعلقة',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'آخر الأخبار',
  'كلمات مفتاحية',
  'الكلمات المفتاحية',
  'الوسوم',
  'Tags',
  // share bars, print, send, comments
  'شارك',
  'شارك الخبر',
  'شارك المقال',
  'شارك على',
  'طباعة',
  'اطبع',
  'طباعة الخبر',
  'أرسل لصديق',
  'ارسال لصديق',
  'إرسال لصديق',
  'أرسل الخبر',
  'نسخ الرابط',
  'رابط مختصر',
  'الرابط المختصر',
  'حجم الخط',
  'تكبير الخط',
  'تصغير الخط',
  'تعليقات',
  'التعليقات',
  'أضف تعليق',
  'أضف تعليقك',
  'اترك تعليقا',
  'إعلان',
  'إعلانات',
  'Advertisement',
  'Share',
  'Tweet',
  'Print',
  'Email',
  'Comments',
  'Share this',
  // media embeds
  'فيديو',
  'شاهد الفيديو',
  'شاهد بالفيديو',
  'بالصور',
  'Video',
  'Photo'
]

/**
 * Lead-ins that introduce a link to another page: furniture at the start of a
 * line, whatever follows (`اقرأ أيضا: …`).
 */
export const LEAD_INS: readonly string[] = [
  'اقرأ أيضا',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'إقرأ أيضا',
  'شاهد أيضا',
  'شاهد كذلك',
  'طالع أيضا',
  'أخبار ذات صلة',
  'مواضيع ذات صلة',
  'مقالات ذات صلة',
  'مقالات أخرى للكاتب',
  'مقالات أخرى',
  'المزيد من الأخبار',
  'Read more',
  'Read also',
  'See also',
  'Related'
]

/**
 * Lead-ins that are also ordinary words (`للمزيد من المعلومات …`): furniture
 * only when a separator follows them at once (`:`, `/`, `..`, `|`, `>>`, `-`).
 */
export const SEPARATED_LEAD_INS: readonly string[] = ['اقرأ', 'شاهد', 'طالع', 'للمزيد', 'المزيد', 'قد يهمك', 'يهمك', 'تابع', 'تابعوا', 'إقرأ']

/** Tokens of a share bar: a line made only of these is furniture. */
export const SHARE_TOKENS: readonly string[] = [
  'شارك',
  'شاركها',
  'مشاركة',
  'فيسبوك',
  'فيس',
  'بوك',
  'تويتر',
  'إكس',
  'واتساب',
  'واتس',
  'آب',
  'تلغرام',
  'تليجرام',
  'تيليغرام',
  'لينكدإن',
  'لينكد',
  'إن',
  'انستغرام',
  'إنستغرام',
  'يوتيوب',
  'بريد',
  'البريد',
  'الإلكتروني',
  'طباعة',
  'أرسل',
  'لصديق',
  'Facebook',
  'Twitter',
  'X',
  'WhatsApp',
  'Telegram',
  'LinkedIn',
  'Instagram',
  'YouTube',
  'Pinterest',
  'Reddit',
  'Email',
  'E-mail',
  'Print',
  'Share',
  'Tweet',
  'Copy',
  'Link'
]

/**
 * Words a share bar spells its buttons with besides the share words (`شارك هذا المقال`,
 * `شارك على فيسبوك تويتر واتساب`): prepositions and what is being shared. A line made only of
 * these and share words, opening with a share word, is a share bar.
 */
export const SHARE_FILLERS: readonly string[] = [
  'على',
  'عبر',
  'هذا',
  'هذه',
  'المقال',
  'الخبر',
  'الموضوع',
  'التقرير',
  'الصفحة',
  'مع',
  'أصدقائك',
  'this',
  'article',
  'on',
  'via'
]

/** Phrases that make a short line furniture wherever they sit in it. */
export const FURNITURE_INSIDE: readonly string[] = [
  'جميع الحقوق محفوظة',
  'كل الحقوق محفوظة',
  'حقوق النشر محفوظة',
  'حقوق الطبع محفوظة',
  'الحقوق محفوظة',
  'All rights reserved',
  'اضغط هنا',
  'إضغط هنا',
  'انقر هنا',
  'أنقر هنا',
  'إنقر هنا',
  'اضغط على الرابط',
  'click here'
]

/**
 * Calls to action addressed to the reader (second person, imperative)…
 */
export const CALL_VERBS: readonly string[] = [
  'يمكنكم',
  'تابعونا',
  'تابعنا',
  'تابعوا',
  'اشترك',
  'اشتركوا',
  'اشتركي',
  'انضم',
  'انضموا',
  'حمل',
  'حملوا',
  'نزل',
  'نزلوا',
  'زوروا',
  'سجل',
  'سجلوا',
  'Follow',
  'Subscribe',
  'Download',
  'Join'
]

/** …about a channel of the site (`our page`, a social network, the newsletter): together with a call verb, a promo line. */
export const CHANNEL_WORDS: readonly string[] = [
  'تطبيقنا',
  'قناتنا',
  'صفحتنا',
  'حسابنا',
  'حساباتنا',
  'موقعنا',
  'نشرتنا',
  'البريدية',
  'فيسبوك',
  'تويتر',
  'يوتيوب',
  'تلغرام',
  'تليجرام',
  'واتساب',
  'انستغرام',
  'إنستغرام',
  'newsletter'
]

/** An app or its notifications: a promo only with a download word too (`تطبيق` alone is also "applying"). */
export const APP_WORDS: readonly string[] = ['تطبيق', 'التطبيق', 'تطبيقات', 'إشعارات', 'الإشعارات', 'app', 'notifications']
export const DOWNLOAD_WORDS: readonly string[] = ['تحميل', 'لتحميل', 'بتحميل', 'حمل', 'حملوا', 'تنزيل', 'نزلوا', 'تثبيت', 'download', 'install']

/** Navigation links: two or more of these opening a line are furniture (`Next Previous`). */
export const NAV_WORDS: readonly string[] = ['Next', 'Previous', 'Prev', 'Home', 'التالي', 'السابق', 'الرئيسية']

/** First words of a byline or a credit line. */
export const BYLINE_WORDS: readonly string[] = [
  'محرر',
  'المحرر',
  'بقلم',
  'كتب',
  'كتبت',
  'كتبه',
  'كتابة',
  'تحرير',
  'إعداد',
  'مراسل',
  'مراسلة',
  'تصوير',
  'متابعة',
  'By'
]

/** Weekday names (with and without the article). */
export const WEEKDAYS: readonly string[] = [
  'السبت',
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'سبت',
  'أحد',
  'اثنين',
  'ثلاثاء',
  'أربعاء',
  'خميس',
  'جمعة',
  'Saturday',
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Sat',
  'Sun',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri'
]

/** Month names: Egyptian/Gulf, Levantine, Maghrebi, Hijri and English. */
export const MONTHS: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'إبريل',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'أغسطس',
  'اغسطس',
  'سبتمبر',
  'أكتوبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين',
  'جانفي',
  'فيفري',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'محرم',
  'صفر',
  'ربيع',
  'جمادى',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'القعدة',
  'الحجة',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec'
]

/** Second words of two-word month names (`كانون الثاني`, `ذو القعدة`): allowed in a stamp, not counted as a month. */
export const MONTH_PARTS: readonly string[] = ['الأول', 'الثاني', 'الآخر', 'الأولى', 'الآخرة', 'ذو', 'ذي']

/**
 * Other words a date or time stamp is made of: era and day-part marks, time
 * zones, relative times.
 */
export const STAMP_WORDS: readonly string[] = [
  'ص',
  'م',
  'هـ',
  'ه',
  'صباحا',
  'مساء',
  'مساءا',
  'ظهرا',
  'عصرا',
  'فجرا',
  'ليلا',
  'الساعة',
  'ساعة',
  'الموافق',
  'يوم',
  'منذ',
  'دقيقة',
  'دقائق',
  'ساعات',
  'ساعتين',
  'أيام',
  'يومين',
  'بتوقيت',
  'توقيت',
  'غرينتش',
  'جرينتش',
  'am',
  'pm',
  'GMT',
  'UTC',
  'EET',
  'EEST',
  'CET',
  'CEST',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'AST',
  'MSK',
  'BST',
  'on',
  'at'
]

/**
 * Labels that sites put before a stamp (`آخر تحديث: …`). A letter's own
 * `التاريخ:` line is content, so it is not listed.
 */
export const STAMP_LABELS: readonly string[] = [
  'آخر تحديث',
  'تم التحديث',
  'تاريخ التحديث',
  'تاريخ النشر',
  'تم النشر',
  'نشر في',
  'نشر بتاريخ',
  'نشرت في',
  'Last updated',
  'Updated',
  'Published',
  'Posted',
  'Posted on'
]

/**
 * Words that open a structural heading (`الفصل الثاني: …`, `المحور الأول`):
 * such lines belong to the document, never to pasted headlines.
 */
export const STRUCTURE_WORDS: readonly string[] = [
  'الفصل',
  'المبحث',
  'المحور',
  'الباب',
  'القسم',
  'الجزء',
  'المادة',
  'البند',
  'الملحق',
  'الجلسة',
  'المطلب',
  'الفرع',
  'أولا',
  'ثانيا',
  'ثالثا',
  'رابعا',
  'خامسا',
  'سادسا',
  'سابعا',
  'ثامنا',
  'تاسعا',
  'عاشرا',
  'Chapter',
  'Section',
  'Part',
  'Article'
]

/**
 * Particles that open clauses and list items but never a headline
 * (`أن يجري …`, `كما تم …`): a line opening with one is not a pasted headline.
 */
export const OPENING_PARTICLES: readonly string[] = [
  'أن',
  'إن',
  'لأن',
  'كي',
  'لكي',
  'حيث',
  'كما',
  'ثم',
  'لكن',
  'لكنه',
  'بل',
  'أو',
  'أي',
  'إذ',
  'إذا',
  'لو',
  'لم',
  'لن',
  'قد',
  'وقد',
  'فقد',
  'ولكن',
  'وأن',
  'بأن',
  'التي',
  'الذي',
  'الذين',
  'مما',
  'و',
  'ف'
]

/**
 * Wire-service conventions (SPA and others): the end and continuation markers
 * and the zone letters of the closing time stamp (`14:21 ت م` = Makkah time,
 * `ت غ` = Greenwich).
 */
export const WIRE_MARKERS: readonly string[] = ['انتهى', 'يتبع', 'تابع', 'نهاية']
export const WIRE_ZONE_LETTERS: readonly string[] = ['ت']

/**
 * Words that start with yā' but are not imperfect verbs; used when looking
 * for the verb of a headline.
 */
export const YA_NOUNS: readonly string[] = [
  'يوم',
  'يوما',
  'يومين',
  'يومي',
  'يومية',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'يناير',
  'يونيسف',
  'يونسكو',
  'يمين',
  'يسار',
  'يد',
  'يدي',
  'يهود',
  'يهودي',
  'يهودية',
  'يورو',
  'يابان',
  'يابانية',
  'ياباني',
  'يمني',
  'يمنية',
  'يونان',
  'يوناني',
  'يونانية',
  'يافا',
  'ينبع',
  'يوسف',
  'يحيى',
  'يعقوب',
  'يونس',
  'يزيد',
  'ياسر',
  'يوليا'
]
