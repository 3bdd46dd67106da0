// Shapes of Arabic words, read off their letters, that tell the injector where
// an artefact would break a phrase: a noun in the construct state before its
// complement, an adjective agreeing with the noun before it, a preposition
// with a pronoun, a verb before its object. These are the injector's own
// heuristics (not the rules'), tuned to choose places where the result is
// certainly an artefact; they may pass over good places, never pick bad ones.

const MARKS = /[\u064B-\u065F\u0670\u0640]/g

/** The word without harakat and tatweel. */
export const bare = (word: string): string => word.replace(MARKS, '')

export const isArabic = (word: string): boolean => /^[\u0621-\u064A\u064B-\u065F\u0670\u0640]+$/.test(word)

// Standalone prepositions and prepositional adverbs.
const PREPOSITIONS = new Set(
  'في من إلى الى على عن مع حول بين خلال عبر نحو ضد لدى منذ حتى أمام امام بعد قبل عند دون تجاه ضمن وفق إزاء ازاء لصالح بشأن حيال'.split(' ')
)
// Function words: particles, pronouns, demonstratives, relatives, auxiliaries,
// quantifiers. Never the word an artefact is built on.
const FUNCTION_WORDS = new Set(
  [
    ...PREPOSITIONS,
    ...'و ف ثم أو او أم ام بل لا ما لم لن قد إن ان أن إنه انه أنه بأن بان بأنه لأن لان كي لكي كأن لكن لكنه سوف هل إذا اذا إذ لو لولا كما حيث أي اي'.split(' '),
    ...'هو هي هم هن هما نحن أنا انا أنت انت هذا هذه ذلك تلك هؤلاء أولئك هناك هنا'.split(' '),
    ...'الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي اللائي'.split(' '),
    ...'كان كانت كانوا يكون تكون ليس ليست تم يتم سيتم جرى يجري'.split(' '),
    ...'كل بعض جميع معظم كافة عدة عدد أكثر اكثر أقل اقل غير سوى مثل نفس ذات أحد احد إحدى احدى'.split(' ')
  ].map(bare)
)
export const RELATIVES = new Set('الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي'.split(' '))
// Auxiliaries whose complement is a verbal noun (`تم الاتفاق`).
export const AUXILIARIES = new Set('تم يتم سيتم جرى يجري سيجري'.split(' '))
// Words that open a clause whose verb follows (`بأنه تم`, `أن يتم`).
export const CLAUSE_OPENERS = new Set('أن ان بأن بان لأن لان بأنه بانه أنه انه إنه لن لم قد سوف كي لكي'.split(' '))

// Words that open a sentence in news Arabic: a period before them is a real
// sentence end, never an artefact.
const OPENERS = new Set(
  'كما حيث لكن لكنه غير إن ان إلا الا ثم بينما فيما وقد وكان كذلك أيضا ايضا يذكر يشار يأتي جاء ذلك هذا هذه وأكد وقال وأضاف وأوضح وأشار من جهته من جانبه في هذا السياق في المقابل على صعيد'.split(' ')
)

export const isPreposition = (word: string): boolean => PREPOSITIONS.has(bare(word))
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(bare(word))
export const isOpener = (word: string): boolean => OPENERS.has(bare(word))

/** A content word worth building an artefact on: Arabic, three letters or more, no function word. */
export const isContentWord = (word: string): boolean =>
  isArabic(word) && bare(word).length >= 3 && !isFunctionWord(word) && !isPrepositionWithPronoun(word)

/** The article with its proclitics: `ال`, `وال`, `بال`, `لل`, `فال`, `كال`, `وبال`, `ولل`. */
const DEFINITE = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=..)/

export const isDefinite = (word: string): boolean => DEFINITE.test(bare(word)) && !isFunctionWord(word)
/** The word without its article and proclitics (`والمنظمة` → `منظمة`). */
export const stem = (word: string): string => bare(word).replace(DEFINITE, '')

/** Ends in accusative tanween or an indefinite `ـا` (`عاماً`, `جدا`): such words are doubled on purpose. */
export const isAdverbial = (word: string): boolean => /[\u064B]$/.test(word) || /ا$/.test(bare(word))

/** Feminine noun or adjective: tā' marbūṭa at the end. */
export const isFeminine = (word: string): boolean => /ة$/.test(bare(word))

/** A relational adjective (nisba): `اقتصادية`, `السياسي`, `الأوروبيين`. */
export function isNisba(word: string): boolean {
  const s = stem(word)
  return s.length >= 4 && /(?:ية|يين|يون|يات|ي)$/.test(s) && !isFunctionWord(word) && (isDefinite(word) || !looksImperfectVerb(word))
}

// Imperfect verbs open with ي or ت (after an optional و/ف and س). Nouns open
// with ت too (verbal nouns `تعزيز`, plurals `توجيهات`), so a ت-word counts only
// when it is short and has neither their endings nor the `تفعيل` pattern.
export function looksImperfectVerb(word: string): boolean {
  const b = bare(word).replace(/^[وف]?س?(?=[يت])/, '')
  if (isDefinite(word) || b.length < 3 || !/^[\u0621-\u064A]+$/.test(b)) return false
  if (b[0] === 'ي') return true
  return b[0] === 'ت' && b.length <= 5 && !/(?:ات|ة|ي)$/.test(b) && b[3] !== 'ي'
}

// A preposition with a pronoun suffix: `لها`, `عليه`, `منهم`, `إليها`, `فيه`, `بها`, `معهم`.
const PREP_PRONOUN = /^[وف]?(?:ل|ب|من|عن|في|إلي|الي|علي|مع|عند|لدي|بين|حول|ضد)(?:ه|ها|هم|هما|هن|كم|نا)$/
export const isPrepositionWithPronoun = (word: string): boolean => PREP_PRONOUN.test(bare(word))

/** `عبد`, `أبو`, `ابن`, `بن`, `بنت`, `آل`: the parts of an Arabic name that join two names. */
export const NAME_LINKS = new Set('بن بنت ابن'.split(' '))
export const NAME_HEADS = new Set('عبد أبو ابو'.split(' '))

// Nouns of relation after which a doubled nisba names a relation inside one
// group (`العلاقات العربية العربية`): that doubling is grammatical, no artefact.
const RELATION_NOUNS = /(?:علاق|حوار|خلاف|صراع|اقتتال|مصالح|تعاون|قم|تنسيق|تقارب|مفاوض|نزاع|تجار|شراك|تبادل|وحد|اتفاق|لقاء|حرب)/
export const isRelationNoun = (word: string): boolean => RELATION_NOUNS.test(stem(word))
