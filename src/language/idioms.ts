// Word classes for telling an accidental repetition from a deliberate one:
// function words and number words (which say nothing of a repeated phrase),
// and the few doublings that Arabic grammar makes on purpose where the corpus
// counts cannot see them (src/stats/repetition.ts decides the rest from
// edited text). Lists are written in plain spelling and compared on
// normalize() keys.
import {normalize} from './arabic.ts'
import {lexiconForm} from './lexicon.ts'

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

/** Cardinal and ordinal number words: `ثلاثة وثلاثة` and `ملايين وملايين` add up or intensify. */
export const NUMBER_WORDS: ReadonlySet<string> = keys(`
  صفر واحد واحدة أحد إحدى اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة
  ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين
  سبعون سبعين ثمانون ثمانين تسعون تسعين مائة مئة مائتان مئتان مائتين مئتين ألف ألفا ألفين آلاف
  مليون مليونا مليونين ملايين مليار مليارا مليارين مليارات نصف ربع ثلث
`)

/**
 * Arabic names of Latin letters, as acronyms are read out: `بي كا كا` (PKK),
 * `يو إس إس` (USS). A doubled letter next to another letter name is the
 * acronym's own; the counts know the common acronyms, not every one.
 */
export const LETTER_NAMES: ReadonlySet<string> = keys(`
  إيه إي بي سي سي دي إف جي إتش إيتش آي جاي كي كاي كا إل إم إن أو بي كيو آر إس تي يو في دبليو إكس واي زد زي
`)

/** A letter name that is no Arabic word (`سي`, `إس`, `كا`, not `في` or `أو`): next to a doubled letter, it shows an acronym. */
export function isAcronymLetter(key: string): boolean {
  return LETTER_NAMES.has(key) && !isFunctionWord(key)
}

/**
 * Three-letter elatives of doubled roots (`أقل`, `أشد`), which the four-letter
 * pattern misses (not `أجل` or `أمس`, far more often `for` and `yesterday`).
 */
const SHORT_ELATIVES = keys('أقل أشد أحب أدق أخف أعم أهم')

/** Words of the elative's shape that are no comparative: `أخرى` (the feminine of `آخر`, "other"). */
const NOT_ELATIVES = keys('أخرى')

/** An elative (`أكثر`, `أفضل`, `أقل`): the comparative that `X فX` makes gradual. */
export function isElative(value: string): boolean {
  const bare = value.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/^[وف]/u, '')
  const key = normalize(bare)
  if (NOT_ELATIVES.has(key)) return false
  return /^[أا][\u0628\u062A-\u063A\u0641-\u064A]{3}$/u.test(bare) || SHORT_ELATIVES.has(key)
}

/** Adverbs of degree: `كبير وكبير جدا` (big, and very big) names a second degree, not a repeat. */
export const DEGREE_ADVERBS: ReadonlySet<string> = keys('جدا للغاية')

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
 * Whether a doubled word, as written, is a distributive or gradual
 * accusative (`حرفًا حرفًا`, `بيتا بيتا`: an indefinite accusative, with its
 * tanween written or its `ـا`). The counts compare keys without harakat and
 * see few of these words, so the grammar decides for words they seldom saw.
 */
export function isDistributive(value: string): boolean {
  const written = lexiconForm(value)
  // Not an accusative nisba (`سياسيا`), an adjective: `قرارا سياسيا سياسيا` is a slip.
  if (written.endsWith('يا')) return false
  if (value.includes('\u064B')) return true
  return !written.startsWith('ال') && written.length >= 3 && written.endsWith('ا')
}

/** Plural quantities, which intensify when joined to themselves (`آلاف وآلاف`, `ملايين وملايين`). */
export const PLURAL_QUANTITIES: ReadonlySet<string> = keys('عشرات مئات آلاف ألوف ملايين مليارات')

/** Compass points: `شمال شمال شرق` (north-northeast) doubles one before another. */
export const COMPASS_POINTS: ReadonlySet<string> = keys('شمال جنوب شرق غرب')

/**
 * The Saudi title `ولي ولي العهد` (deputy crown prince, 2015–2017): edited
 * news of those years writes it throughout, and the counts, from 2018, do not
 * have it. Keyed by the doubled word, with the word that must follow.
 */
export const DOUBLED_TITLES: ReadonlyMap<string, string> = new Map([[normalize('ولي'), normalize('العهد')]])

/** Words that link a name to the father's (`محمد بن محمد بن سلمان` is a genealogy, not a repeated phrase). */
export const NAME_LINKS: ReadonlySet<string> = keys('بن بنت ابن ابنة')
