// Word classes for telling an accidental repetition from a deliberate one:
// function words, number words, given names that double in real names, and
// the idioms in which Arabic repeats a word on purpose. Lists are written in
// plain spelling and compared on normalize() keys.
import {normalize} from './arabic.ts'

function keys(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean).map((word) => normalize(word)))
}

/** Prepositions that also take pronoun suffixes (`فيه`, `عليها`, `منهم`). */
const PREPOSITIONS = 'في من إلى على عن مع لدى عند بين حول منذ دون ضد نحو لدن سوى عبر تجاه'

const PRONOUN_SUFFIXES = ['ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'نا', 'ي', 'ني']

/**
 * Particles, prepositions, pronouns, demonstratives, relatives, auxiliaries
 * and other grammatical words: repeating one says nothing about a repeated
 * phrase.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = (() => {
  const base = `
    ${PREPOSITIONS} حتى خلال قبل بعد فوق تحت أمام وراء خلف إزاء بشأن وفق وفقا طبقا ضمن غير مثل لدي
    و ف ثم أو أم بل لكن لكنّ ولكن إذ إذا إذن أن إن أنّ إنّ كأن لأن لا لم لن لما لو لولا ما ماذا متى
    أين كيف هل قد لقد سوف كي لكي حيث كما بينما فيما عندما حين حينما إلا إما أما إنما ليس ليست لست
    كان كانت كانوا يكون تكون يكن تكن أصبح صار ظل بات زال يزال تزال مازال ما زال لايزال تم يتم تمت
    هو هي هم هن هما نحن أنا أنت أنتم إياه إياها إياهم
    هذا هذه هذان هاتان هؤلاء ذلك تلك ذاك أولئك هنا هناك هنالك
    الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي
    كل بعض جميع كافة عدة أي أيضا فقط نفس ذات ذاته ذاتها عبر مدى
    يا أيها نعم بلى كلا أجل
  `
  const set = new Set(keys(base))
  for (const preposition of keys(PREPOSITIONS)) {
    for (const suffix of PRONOUN_SUFFIXES) set.add(preposition + suffix)
  }
  // Pronoun-suffixed particles: لأنه، إنها، أنهم، لكنهم، ليته…
  for (const particle of ['ان', 'لان', 'كان', 'لكن', 'ل', 'ب', 'ك']) {
    for (const suffix of PRONOUN_SUFFIXES) set.add(particle + suffix)
  }
  return set
})()

/** Function words whose immediate doubling is never grammatical (`في في`). */
export const NEVER_DOUBLED: ReadonlySet<string> = keys(
  'و في على إلى عن مع منذ لدى الذي التي الذين اللذين اللتين حتى قد لقد سوف لن لم تم يتم وقد'
)

/** Cardinal and ordinal number words: `ألف ألف` and `ثلاثة وثلاثة` are arithmetic, not artefacts. */
export const NUMBER_WORDS: ReadonlySet<string> = keys(`
  صفر واحد واحدة أحد إحدى اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة
  ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين
  سبعون سبعين ثمانون ثمانين تسعون تسعين مائة مئة مائتان مئتان مائتين مئتين ألف ألفا ألفين آلاف
  مليون مليونا مليونين ملايين مليار مليارا مليارين مليارات نصف ربع ثلث
`)

/**
 * Given names that a real name may carry twice in a row (`محمد محمد حسين`,
 * `عبدالله عبدالله`): Egyptian and Afghan naming repeat the father's name.
 */
export const DOUBLED_NAMES: ReadonlySet<string> = keys(`
  محمد أحمد محمود مصطفى علي حسن حسين إبراهيم إسماعيل عبدالله عبد الله عبدالرحمن عبدالعزيز سعيد
  خالد عمر عثمان صالح يوسف يحيى زكريا سليمان موسى عيسى جمال كمال فتحي رمضان شعبان عادل سيد
  حامد حمدي رشاد فؤاد عاطف كامل أمين طه عبده منصور نبيل سامي مجدي
`)

/**
 * Words that Arabic doubles on purpose: distributive and gradual
 * reduplication (`رويدا رويدا`, `خطوة خطوة`, `شيئا فشيئا`), emphatic
 * repetition of an adverb or interjection (`جدا جدا`, `لا لا`, `كلا كلا`),
 * the Saudi title `ولي ولي العهد` (deputy crown prince), and compass points
 * (`شمال شمال شرق`, `شمال وشمال شرق`).
 */
export const REDUPLICATED: ReadonlySet<string> = keys(`
  رويدا رويدًا شيئا شيئًا قليلا قليلًا كثيرا خطوة خطوةً بيتا حجرا حرفا حرفًا كلمة واحدا واحدًا
  اثنين فردا صفا دكا يوما عاما سنة حينا بابا جزءا جزءًا قطعة شبرا ذراعا
  جدا جدًا لا كلا نعم أبدا حقا طبعا فعلا مهلا مهلًا هيا آه
  ولي شمال جنوب شرق غرب
`)

/**
 * Words that intensify when coordinated with themselves: `الكثير والكثير`,
 * `المزيد والمزيد`, `أكثر فأكثر` (elatives are recognised by their pattern).
 */
export const INTENSIFIED: ReadonlySet<string> = keys('كثير كثيرا كبير مزيد عديد')

/**
 * Arabic names of Latin letters, as acronyms are read out: `بي كا كا` (PKK),
 * `يو إس إس` (USS). A doubled letter there is the acronym's own.
 */
export const LETTER_NAMES: ReadonlySet<string> = keys(`
  إيه إي بي سي سي دي إف جي إتش إيتش آي جاي كي كاي كا إل إم إن أو بي كيو آر إس تي يو في دبليو إكس واي زد زي
`)

/** Three-letter elatives of doubled roots (`أقل`, `أشد`), which the four-letter pattern misses. */
const SHORT_ELATIVES = keys('أقل أشد أحب أدق أخف أجل أعم أهم أمس')

/** An elative (`أكثر`, `أفضل`, `أقل`): the comparative that `X فX` makes gradual. */
export function isElative(value: string): boolean {
  const bare = value.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/^[وف]/u, '')
  return /^[أا][\u0628\u062A-\u063A\u0641-\u064A]{3}$/u.test(bare) || SHORT_ELATIVES.has(normalize(bare))
}

/**
 * A nisba adjective (`العربية`, `الفلسطيني`): doubled, it names relations
 * inside one group (`العلاقات العربية العربية`, `الحوار الفلسطيني الفلسطيني`).
 */
export function isNisba(key: string): boolean {
  const base = key.startsWith('ال') ? key.slice(2) : key
  return base.length >= 4 && (base.endsWith('يه') || base.endsWith('ي'))
}

/**
 * Words that continue a phrase and do not open a sentence of their own:
 * prepositions and relatives. A short "sentence" that starts with one after a
 * period is a piece of the sentence before.
 */
export const CONTINUATIONS: ReadonlySet<string> = keys(
  `${PREPOSITIONS} خلال لدى الذي التي الذين اللذين اللتين اللواتي بما مما`
)

/** Whether a normalised word (conjunction `و`/`ف` allowed) is a function word. */
export function isFunctionWord(key: string): boolean {
  if (FUNCTION_WORDS.has(key)) return true
  if (key.length > 1 && (key.startsWith('و') || key.startsWith('ف'))) return FUNCTION_WORDS.has(key.slice(1))
  return false
}

/** Whether a normalised word (conjunction `و` allowed) is a number word. */
export function isNumberWord(key: string): boolean {
  if (NUMBER_WORDS.has(key)) return true
  if (key.length > 2 && key.startsWith('و')) return NUMBER_WORDS.has(key.slice(1))
  return false
}

/**
 * Whether `first second` (normalised keys of two neighbours, `second` the
 * same word or the same word after `و`/`ف`) is an idiomatic repetition of one word:
 * a listed reduplication, a spelled-out acronym letter, a doubled nisba
 * (`العربية العربية`), an intensifier or elative coordinated with itself
 * (`المزيد والمزيد`, `أكثر فأكثر`), a word with accusative tanween
 * (`خطوةً خطوةً`), or the gradual `X فX` with an accusative first member
 * (`عاما فعاما`).
 */
export function isIdiomaticDoubling(first: string, second: string, firstValue = ''): boolean {
  const base = first.startsWith('ال') ? first.slice(2) : first
  if (REDUPLICATED.has(first)) return true
  if (LETTER_NAMES.has(first)) return true
  // Accusative tanween marks the distributive `X-an X-an` (`حرفًا حرفًا`).
  if (firstValue.includes('\u064B')) return true
  if (first === second) {
    // `العلاقات العربية العربية`: relations inside one group.
    if (isNisba(first)) return true
    if (base === first) {
      // An indefinite accusative without its tanween written (`بيتا بيتا`),
      // or a foreign name that doubles (`باغو باغو`, `بورا بورا`): Arabic
      // nouns do not end in a bare `و`.
      if (first.endsWith('ا') || (first.endsWith('و') && !first.endsWith('وو'))) return true
    }
    return false
  }
  // `الكثير والكثير`, `المزيد والمزيد`, `أكثر فأكثر`
  if (INTENSIFIED.has(base) || isElative(firstValue)) return true
  // `شيئا فشيئا`, `عاما فعاما`: gradual.
  if (second === 'ف' + first && first.endsWith('ا')) return true
  return false
}
