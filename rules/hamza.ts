import {defineRule} from '../src/engine/define-rule.ts'
import {alternatives, quotedAlternatives} from '../src/engine/locale.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {
  cliticPrefixesOf,
  getLexicon,
  isAlefCode,
  isArticlePrefix,
  isBasicLetterCode,
  isLexiconWord,
  lexiconForm,
  replaceInWord,
  type Lexicon
} from '../src/language/lexicon.ts'
import {LETTER_NAMES} from './data/letter-names.ts'
import type {CorpusStats} from '../src/stats/corpus-stats.ts'
import type {LintSettings, RuleContext} from '../src/engine/types.ts'
import {statsFor} from '../src/stats/load.ts'
import {neighboursOf, Spellings, type Ranked} from '../src/stats/spelling.ts'

const ALEFS = ['ا', 'أ', 'إ', 'آ'] as const
const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ'])
// A cheap first look: an alef within the first letters (after at most four clitic letters and marks).
const MAY_START_WITH_ALEF = /^[^\s]{0,8}?[اأإآ]/u
const HAMZA_NEAR_START = /^[^\s]{0,8}?[أإآ]/u

export interface Candidate {
  /** The corrected lexicon form. */
  form: string
  /** Form positions to change, with the new letter. */
  changes: Map<number, string>
  /** The alef as written and as corrected. */
  from: string
  to: string
  /** Where the stem starts in the form (after the clitics). */
  start: number
  /** Whether the stem follows a one-letter preposition or conjunction (no article). */
  afterLetter: boolean
  /** A change between hamza seats only corpus statistics propose (`أن` → `إن`): it needs edited text to use it. */
  seat?: boolean
}

// Hamzat wasl starts the past, imperative and verbal noun of derived verb
// forms VII (انفعل), VIII (افتعل, with its assimilated variants اتّصل,
// اضطرّ, ازدهر) and X (استفعل), and a handful of nouns. A hamza written
// there is an error; a hamza on any other alef (a loan word such as
// `إسترليني`, a name) is not ours to remove. The stem is matched after its
// suffixes, letter by letter: C is a root consonant.
const C = '[\u0621-\u063A\u0641-\u064A]'
const WASL_CORE = new RegExp(
  '^(?:' +
    [
      `است${C}${C}ا?${C}`, // X: استخدم, استخدام
      `است${C}ا${C}`, // X hollow: استفاد, استقال
      `است${C}${C}`, // X doubled: استمر, استعد
      `است${C}${C}[ىا]ء?`, // X defective: استدعى, استدعاء
      `ان${C}${C}ا?${C}`, // VII: انسحب, انتشار, انسحاب
      `ان${C}ا${C}`, // VII hollow: انهار
      `ان${C}${C}`, // VII doubled: انضم
      `ا${C}ت${C}ا?${C}`, // VIII: اعتمد, اعتماد
      `ا${C}تا${C}`, // VIII hollow: اختار, احتاج
      `ات${C}ا?${C}`, // VIII assimilated: اتصل, اتصال, اتفاق
      `ا${C}ت${C}`, // VIII doubled: احتل
      `ا${C}ت${C}[ىا]ء?`, // VIII defective: اشترى, اعتداء
      `ا[صضطظ]ط${C}ا?${C}`, // VIII assimilated: اضطرار, اصطدام
      `ازد${C}ا?${C}` // VIII assimilated: ازدهار
    ].join('|') +
    ')$',
  'u'
)
// Suffixes a verb or verbal noun may carry, longest first (and none).
const WASL_SUFFIXES = ['يات', 'ية', 'ات', 'ة', 'ي', 'ين', 'ون', 'ان', 'تين', 'تان', 'هما', 'هم', 'هن', 'ها', 'ه', 'كم', 'ك', 'نا', 'وا', 'تم', 'تا', 'ت', 'ا', 'ي', '']
const WASL_NOUN = /^(?:ابن|ابنت|ابنة|اسم|اثن|امرأ|امرؤ|امرئ)(?:ا|ان|ين|ه|ها|هما|هم|هن|ك|كم|كما|كن|ي|نا|ة|تان|تين)?$/u

function isWaslStem(body: string): boolean {
  if (WASL_NOUN.test(body)) return true
  for (const suffix of WASL_SUFFIXES) {
    if (body.length - suffix.length >= 4 && body.endsWith(suffix) && WASL_CORE.test(body.slice(0, body.length - suffix.length))) return true
  }
  return false
}

// A hamza on the wrong seat (أ for إ) is an error on form IV verbal nouns
// (إفعال: إنقاذ, إشعال) and إفعيل nouns (إقليم); not when the word ends in
// `اء`, where أفعلاء plurals (`الأصلاء`, `الأشقاء`) share the shape.
const FORM_IV_NOUN = /^إ..[اي]./u

/**
 * Whether a change of the stem's first alef is one the rule may propose.
 * With corpus statistics (`ranked`), any change between hamza seats is a
 * candidate (`أن` → `إن`): edited text decides which one the context takes.
 */
function plausible(from: string, to: string, body: string, prefix: string, lexicon: Lexicon, ranked = false): boolean {
  if (from === 'ا') {
    // A bare `اتـ` + a known word is the colloquial passive (`اتعمل`), not
    // `أتعمل` (`أ` + `تعمل`: interrogative or first person).
    if (prefix === '' && to === 'أ' && body.startsWith('أت') && lexicon.has(body.slice(1))) return false
    // `امحمد`, `امبارك`, `اعمر`: North African spellings of a given name, not
    // the interrogative `أ` before the name.
    return !(prefix === '' && to === 'أ' && GIVEN_NAMES.has(body.slice(1)))
  }
  if (to === 'ا') return isWaslStem(body)
  if (ranked) return true
  if (from === 'أ' && to === 'إ') return FORM_IV_NOUN.test(body) && !body.endsWith('اء')
  // `الأن` → `الآن`, `أخرين` → `آخرين`; a longer stem is a name (`ألماتي`).
  if (from === 'أ' && to === 'آ') return body.length <= 5
  return false
}

/** Given names written in North Africa with a leading bare alef (`امحمد` for `محمد`). */
const GIVEN_NAMES = new Set([
  'محمد', 'محمود', 'مبارك', 'مختار', 'مسعود', 'منصور', 'مفتاح', 'ميلاد', 'مصطفى', 'عمر', 'عمار', 'عبيد', 'علي',
  'حمد', 'حميد', 'حميدة', 'حسن', 'حسين', 'سعيد', 'سالم', 'صالح', 'خالد', 'بشير', 'رمضان', 'فرج', 'جمعة', 'عثمان',
  'يوسف', 'موسى', 'عيسى', 'طارق', 'هشام', 'بوبكر', 'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'حليمة'
])

/**
 * What the rule knows of a written form: the spellings it may propose, and
 * whether the lexicon knows the form itself. Every entry is made with all
 * three properties, in this order: entries of one shape keep the check's
 * optimised code (an entry that gained `spellings` later had another shape, and
 * V8 threw the check's code away for it).
 */
interface Entry {
  candidates: readonly Candidate[]
  known: boolean
  /** The form and its candidates, to rank in context with these statistics (kept for the next occurrence). */
  spellings: Spellings | undefined
  /**
   * For a known word that edited text spells one way only, whether it stands
   * (standsInContext), which its neighbours then cannot change: 1 or 0, worked
   * out at its first occurrence with `spellings`, -1 until then or when the
   * neighbours count. About two thirds of the words ranked over the bench's 10 MB.
   */
  stands: number
}
const NOTHING: Entry = {candidates: [], known: false, spellings: undefined, stands: -1}

/**
 * How many times likelier than the written word, in its context, edited text
 * must find another spelling before a word the lexicon knows is reported:
 * for a bare alef (`اكثر` for `أكثر`), and for a hamza on another seat (`أن`
 * after `قال`, where edited text writes `إن`), where both spellings are often
 * right and only a clear preference counts.
 */
const BARE_RATIO = 20
/** The user's words (`words` in .linterrc.json) as lexicon forms, per settings object. */
const userWordSets = new WeakMap<object, Set<string>>()

function userWordsOf(settings: LintSettings): Set<string> {
  let set = userWordSets.get(settings)
  if (!set) userWordSets.set(settings, (set = new Set((settings.words ?? []).map((word) => lexiconForm(word)))))
  return set
}

/** Whether a form is a user word, alone or after clitics (`وابوجا` for `ابوجا`). */
function isUserWord(form: string, words: Set<string>): boolean {
  if (words.size === 0) return false
  if (words.has(form)) return true
  for (const prefix of prefixesOf(form)) if (form.startsWith(prefix) && words.has(form.slice(prefix.length))) return true
  return false
}
const SEAT_RATIO = 50
/** Occurrences in edited text a spelling on another hamza seat needs before it is proposed. */
const SEAT_MIN_COUNT = 20
/** A word the lexicon does not know stands only if no spelling is this many times likelier (a spelling edited text uses itself). */
const UNKNOWN_RATIO = 3
/** Spellings within this factor of the best one are offered together (suggestions, no fix). */
const CLEAR_MARGIN = 10
/**
 * A form the lexicon does not know that edited text writes at least this often
 * while never writing any of its corrections is a word the lexicon lacks
 * (`الأهرامات`, `الاسكتلندية`), not a slip.
 */
const ATTESTED_MIN_COUNT = 5
/**
 * A form the lexicon does not know that edited text writes this often, with a
 * hamza on a seat, is one of its usual spellings (a name: `آبل`), judged as a
 * known word is. Not a bare alef: edited text drops hamzas often enough.
 */
const USUAL_MIN_COUNT = 100

/**
 * Whether a word's stem may start with an alef after a prefix it starts
 * with. The alef of a leading `ال` is the article's (a hamzat wasl) unless
 * what follows is too short to be a word: `الى`, `الا`, `الف` and `القى`
 * are not article + word, `السيسي` is.
 */
function isStemStart(form: string, prefix: string): boolean {
  const at = prefix.length
  const rest = form.length - at
  if (rest < 2) return false
  const alef = form.charCodeAt(at)
  if (!isAlefCode(alef)) return false
  const article = isArticlePrefix(prefix)
  // ال
  if (!article && alef === 0x0627 && form.charCodeAt(at + 1) === 0x0644 && (rest > 4 || rest < 3)) return false
  // After a lone و ف ب ل ك the stem is long, or a particle after و / ف / ل
  // (`وان`, `فاي`, `لان`): foreign names start with these letters too
  // (`لارا`, `فاليو`, `كاي`).
  return prefix === '' || article || rest >= 4 || (rest === 2 && (prefix === 'و' || prefix === 'ف' || prefix === 'ل'))
}

/** The clitic prefixes a form starts with (longest first). */
function prefixesOf(form: string): readonly string[] {
  return cliticPrefixesOf(form.charCodeAt(0))
}

/** The places where a word's stem may start with an alef: after each clitic prefix it may carry. */
function stemStarts(form: string): number[] {
  const starts: number[] = []
  if (isStemStart(form, '')) starts.push(0)
  for (const prefix of prefixesOf(form)) if (form.startsWith(prefix) && isStemStart(form, prefix)) starts.push(prefix.length)
  return starts
}

function hasStemStart(form: string): boolean {
  if (isStemStart(form, '')) return true
  // After a prefix of one to four letters: an alef among the next letters, or no stem start.
  let alef = false
  for (let i = 1; i < 5 && i < form.length && !alef; i++) alef = isAlefCode(form.charCodeAt(i))
  if (!alef) return false
  // The stem's alef first (isStemStart asks it too): most prefixes tried then never reach
  // the builtin startsWith (a word starting with و tries up to eight).
  for (const prefix of prefixesOf(form)) {
    if (prefix.length < form.length && isAlefCode(form.charCodeAt(prefix.length)) && form.startsWith(prefix) && isStemStart(form, prefix)) return true
  }
  return false
}

/**
 * The spellings of a word that differ from it only in the alef at the start
 * of its stem (after clitics), that the rule may propose and that the
 * lexicon knows. A final yā' / alif maqsūra may change too (unless
 * `changeFinal` is false), but only when no candidate keeps it (`الي` →
 * `إلى` or `إلي`), or always with `everyFinal` (edited text then ranks
 * them), and when the final letter alone is not the fault (`التى`).
 */
export function hamzaCandidates(form: string, lexicon: Lexicon, changeFinal = true, everyFinal = false): Candidate[] {
  const keep: Candidate[] = []
  const swapped: Candidate[] = []
  const seen = new Set<string>()
  const last = form.length - 1
  const finalSwap = form[last] === 'ى' ? 'ي' : form[last] === 'ي' ? 'ى' : undefined
  for (const at of stemStarts(form)) {
    const prefix = form.slice(0, at)
    // `لازالت`: the negation `لا` written joined to a word, not ل + a stem.
    if ((prefix === 'ل' || prefix === 'ول' || prefix === 'فل') && form.length - at > 3 && lexicon.has(form.slice(at + 1))) continue
    const afterLetter = at > 0 && !prefix.endsWith('ال') && !prefix.endsWith('لل')
    for (const alef of ALEFS) {
      if (alef === form[at]) continue
      const changed = form.slice(0, at) + alef + form.slice(at + 1)
      const from = form[at]!
      // Whether the change is plausible without statistics; with them (everyFinal), any
      // change between hamza seats is (see plausible: asked once, for isWaslStem's regular expressions).
      const alone = plausible(from, alef, changed.slice(at), prefix, lexicon)
      if (!alone && !(everyFinal && from !== 'ا' && alef !== 'ا')) continue
      const seat = !alone
      if (!seen.has(changed) && lexicon.has(changed)) {
        seen.add(changed)
        keep.push({form: changed, changes: new Map([[at, alef]]), from: form[at]!, to: alef, start: at, afterLetter, seat})
      }
      if (finalSwap && last > at + 1) {
        const both = changed.slice(0, last) + finalSwap
        if (!seen.has(both) && lexicon.has(both)) {
          seen.add(both)
          swapped.push({form: both, changes: new Map([[at, alef], [last, finalSwap]]), from: form[at]!, to: alef, start: at, afterLetter, seat})
        }
      }
    }
  }
  // When the final letter alone makes a word (`الذى` → `الذي`), a candidate
  // that only reads as the interrogative أ + a word (`ألذى` = أ + `لذى`) is
  // the lexicon's over-generation, not a correction.
  const finalAlone = finalSwap !== undefined && lexicon.has(form.slice(0, last) + finalSwap)
  const kept = finalAlone ? keep.filter((c) => !(c.to === 'أ' && lexicon.has(c.form.slice(c.start + 1)))) : keep
  // With corpus statistics to rank them, both kinds are candidates (`الي`: `إلي` or `إلى`).
  if (everyFinal && changeFinal && !finalAlone) return [...kept, ...swapped]
  if (kept.length > 0 || !changeFinal) return kept
  // A word whose final yā' alone is wrong (`التى`) is alif-maqsura's.
  if (finalAlone) return []
  return swapped
}

/** Whether a word has a ى (a loop over the code units: asked of every word, cheaper than String#includes). */
export function hasMaqsura(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === 0x0649) return true
  return false
}

/** Where ى stands before another letter of a word (-1 if nowhere): never right there. */
export function insideMaqsura(value: string): number {
  for (let at = value.indexOf('ى'); at !== -1; at = value.indexOf('ى', at + 1)) {
    // Not past the end: a read out of range sends optimised code back to the interpreter.
    const next = at + 1 < value.length ? value.charCodeAt(at + 1) : 0
    // ء to ي, in one comparison that every ى reaches (a final one too): a comparison first
    // reached after the check was optimised (a ى before a letter is rare) threw its code away.
    if ((next - 0x0621) >>> 0 <= 0x064a - 0x0621) return at
  }
  return -1
}

const PRONOUN_SUFFIX = /^(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|ني|نا)$/u

/**
 * The spellings with a hamza for the ى at `at`: `ىء` is an old spelling of
 * `ئ` (`الطوارىء` → `الطوارئ`) or of `يء` (`شىء` → `شيء`), `ىئ` a doubled
 * seat (`خاطىئ` → `خاطئ`), and a dotless yā' before a letter is `ئ` typed
 * without its hamza (`وساىل` → `وسائل`). Those the lexicon knows; for `ىء`
 * and `ىئ`, `ئ` when it knows neither. Empty when the ى is no hamza's seat.
 */
export function yaSeatSpellings(value: string, at: number, lexicon: Lexicon): string[] {
  const next = value[at + 1]
  const head = value.slice(0, at)
  // A final ى before a pronoun is an alef there (`أنسىه` → `أنساه`): alif-maqsura's.
  if (PRONOUN_SUFFIX.test(value.slice(at + 1)) && lexicon.has(lexiconForm(head + 'ا' + value.slice(at + 1)))) return []
  const options = next === 'ء' ? [head + 'ئ' + value.slice(at + 2), head + 'يء' + value.slice(at + 2)] : next === 'ئ' ? [head + value.slice(at + 1)] : [head + 'ئ' + value.slice(at + 1)]
  const known = options.filter((option) => lexicon.has(lexiconForm(option)))
  return known.length > 0 || (next !== 'ء' && next !== 'ئ') ? known : options.slice(0, 1)
}

/**
 * Report a ى that stands for the seat of a hamza (see yaSeatSpellings); false when it does not.
 * A function of its own, called for the few words with a ى before a letter: inside the check,
 * each of its branches first taken after the check was optimised threw that code away.
 */
function reportYaSeat(word: WordInfo, at: number, lexicon: Lexicon, context: RuleContext): boolean {
  const fixes = yaSeatSpellings(word.value, at, lexicon)
  if (fixes.length === 0) return false
  // A fix the lexicon does not know (`ىء` → `ئ` in a name) is only a suggestion.
  const sure = fixes.length === 1 && lexicon.has(lexiconForm(fixes[0]!))
  context.report({messageId: 'yaSeat', start: word.start, end: word.end, expected: fixes, suggest: !sure, data: {expected: quotedAlternatives(fixes)}})
  return true
}

/** A word the lexicon does not know and cannot correct: a name, a loan. */
function unknownWord(word: WordInfo | undefined, lexicon: Lexicon): boolean {
  if (!word) return false
  const form = lexiconForm(word.value)
  return isLexiconWord(form) && !lexicon.has(form) && hamzaCandidates(form, lexicon).length === 0
}

/**
 * Whether a word stands beside an unknown word in its sentence. Foreign names
 * come in runs (`دانييل لانتاني`, `ويلز فارجو`), and a name that starts with
 * و ف ب ل ك looks like a clitic + a word missing its hamza.
 */
function nextToName(word: WordInfo, lexicon: Lexicon): boolean {
  const words = word.sentence.words
  const i = word.indexInSentence
  return unknownWord(words[i - 1], lexicon) || unknownWord(words[i + 1], lexicon)
}

const LETTERS = new Set(LETTER_NAMES)
// Particles whose hamza is chosen by the syntax, not by the word: أن / إن
// (with a pronoun: أنه / إنه, أنها / إنها), أنما / إنما, أما / إما, ألا / إلا.
const SYNTACTIC = /^(?:ان(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|ني|نا|ي)?|انما|اما|الا)$/u

// Letter names that are also frequent words (`أي`, `أن`, `أم`, the article):
// a run of only these is words (`أن أي اتفاق`), not an acronym.
const WORDLIKE_LETTERS = new Set(['اي', 'ان', 'ام', 'ال'])

// The lookbehind starts the match only where a run of digits and hyphens
// starts: otherwise each of a long run's characters starts a scan to its end.
const TRAILING_DIGITS = /(?<![\p{N}-])[\p{N}-]+$/u

/** A spelt-out Latin letter, possibly with digits (`اتش17`), normalised; or undefined. */
function letterName(word: WordInfo | undefined): string | undefined {
  if (word === undefined) return undefined
  // The key is the normalised word; a key ending in a letter has no digits to drop.
  const key = word.key
  const name = isBasicLetterCode(key.charCodeAt(key.length - 1)) ? key : key.replace(TRAILING_DIGITS, '')
  return LETTERS.has(name) ? name : undefined
}

/** Particles and adverbs whose bare-alef spelling has one usual correction (`الى` → `إلى`). */
const USUAL = new Set(['إلى', 'إذا', 'أو', 'أي', 'أيضا', 'أيضًا', 'إذ', 'أين', 'أمس'])

/** English phrases written in Arabic letters whose words read like Arabic ones missing a hamza. */
const LOAN_PHRASES = new Set(['واي فاي', 'هاي فاي', 'واي ماكس'])

/** The first words of the loan phrases. */
const LOAN_STARTS = new Set([...LOAN_PHRASES].map((phrase) => phrase.split(' ')[0]!))

/** Whether a word begins a loan phrase (`واي فاي`, Wi-Fi: not `وأي`). */
function inLoanPhrase(word: WordInfo): boolean {
  if (!LOAN_STARTS.has(word.value)) return false
  const next = word.sentence.words[word.indexInSentence + 1]
  return next !== undefined && LOAN_PHRASES.has(`${word.value} ${next.value}`)
}

/** Whether a word is one of a run of spelt-out Latin letters: an acronym (`سي اي ايه`). */
function inLetterRun(word: WordInfo): boolean {
  if (!letterName(word)) return false
  const words = word.sentence.words
  const i = word.indexInSentence
  let start = i
  let end = i
  while (start > 0 && letterName(words[start - 1])) start--
  while (end < words.length - 1 && letterName(words[end + 1])) end++
  if (start === end) return false
  for (let j = start; j <= end; j++) if (!WORDLIKE_LETTERS.has(letterName(words[j])!)) return true
  return false
}

/** Every stem with a hamza on its first alef the document writes (clitics stripped). */
function attestedStems(words: readonly WordInfo[]): Set<string> {
  const stems = new Set<string>()
  for (const word of words) {
    if (!HAMZA_NEAR_START.test(word.value)) continue
    const form = lexiconForm(word.value)
    if (form.length > 1 && HAMZA_ALEFS.has(form[0]!)) stems.add(form)
    for (const prefix of prefixesOf(form)) {
      if (form.length > prefix.length + 1 && form.startsWith(prefix) && HAMZA_ALEFS.has(form[prefix.length]!)) stems.add(form.slice(prefix.length))
    }
  }
  return stems
}

/** The candidate that spells a form (one always does, for a form ranked other than the written one). */
function candidateOf(candidates: readonly Candidate[], form: string): Candidate {
  for (const candidate of candidates) if (candidate.form === form) return candidate
  throw new Error(`hamza: no candidate spells ${form}`)
}

/**
 * Whether a word the lexicon knows stands where its spellings are ranked (most
 * likely first): no other spelling edited text may use here, or none it
 * clearly prefers to the one written. The check decides the same with the
 * arrays it makes to choose a fix; asked at about every tenth word of news,
 * nearly always with this answer, so without making any.
 */
function standsInContext(ranked: readonly Ranked[], form: string, candidates: readonly Candidate[]): boolean {
  let written: Ranked | undefined
  let top: Ranked | undefined
  let bare = false
  for (const r of ranked) {
    if (r.form === form) written = r
    else if (top === undefined) {
      // A change of seat counts only where edited text uses that spelling (as the check filters).
      const candidate = candidateOf(candidates, r.form)
      if (!candidate.seat || r.count >= SEAT_MIN_COUNT) {
        top = r
        bare = candidate.from === 'ا'
      }
    }
  }
  if (top === undefined) return true
  if (written === undefined) return false
  return top.share < written.share * (bare ? BARE_RATIO : SEAT_RATIO)
}

// Words repeat within and across documents: one decision per written form
// that may start its stem with an alef, kept on the form's shared record
// (src/engine/word-record.ts, bounded) with the lexicon and statistics it was
// made with. Candidates differ with and without corpus statistics (which rank
// the final-letter variants too): one token for each lexicon and each.
const variants = [new WeakMap<Lexicon, object>(), new WeakMap<Lexicon, object>()]

function variantFor(lexicon: Lexicon, withStats: boolean): object {
  const table = variants[withStats ? 1 : 0]!
  let variant = table.get(lexicon)
  if (!variant) table.set(lexicon, (variant = {}))
  return variant
}

/** A document's check, as the words it judges in context see it (see judgeInContext). */
interface Judged {
  context: RuleContext
  lexicon: Lexicon
  stats: CorpusStats | null | undefined
  words: readonly WordInfo[]
  /**
   * attestedStems(words), made when first asked (NOT_GATHERED until then): a Set from the
   * start, as a field first undefined changed the object's shape and threw judgeInContext's
   * optimised code away.
   */
  attested: Set<string>
}
const NOT_GATHERED: Set<string> = new Set()

/**
 * An entry's spellings, ranked with these statistics from now on, and whether
 * a known word edited text spells one way only stands wherever it is
 * (Entry.stands): at the first occurrence of the word with these statistics.
 */
function rankWith(entry: Entry, form: string, stats: CorpusStats): void {
  // A loop, not a spread of a mapped array: the spread met arrays of two shapes and
  // threw the check's optimised code away (`--trace-deopt`, wrong map).
  const forms = [form]
  for (const candidate of entry.candidates) forms.push(candidate.form)
  const spellings = new Spellings(stats, forms)
  entry.spellings = spellings
  entry.stands = entry.known && !spellings.severalWays ? (standsInContext(spellings.rank(undefined), form, entry.candidates) ? 1 : 0) : -1
}

/**
 * The check of a word with spellings to propose, past the tests of the word
 * alone: edited text ranks its spellings next to its neighbours, the document
 * and the names around it have their say, and what is left is reported. Run for
 * a few words in a hundred, and kept out of the check's loop over every word:
 * the shapes this part meets (arrays of spellings made in several ways) threw
 * the loop's optimised code away each time they were new to it (`--trace-deopt`);
 * now only this function is compiled again.
 */
function judgeInContext(word: WordInfo, form: string, entry: Entry, judged: Judged): void {
  const {candidates, known} = entry
  const {context, lexicon, stats} = judged
  let ranked = stats ? entry.spellings!.rank(neighboursOf(context.text, word, word.index - word.sentence.words[0]!.index)) : undefined
  if (ranked && known && standsInContext(ranked, form, candidates)) return
  // A change of seat is a candidate only where edited text uses that spelling (not a name: `إيريك`).
  ranked = ranked?.filter((r) => r.form === form || !candidates.find((c) => c.form === r.form)!.seat || r.count >= SEAT_MIN_COUNT)
  if (ranked && ranked.length < 2) return
  let chosen: readonly Candidate[] = ranked ? candidates.filter((c) => ranked!.some((r) => r.form === c.form)) : candidates
  const written = ranked?.find((r) => r.form === form)
  if (written && !known && written.count >= ATTESTED_MIN_COUNT && ranked!.every((r) => r.form === form || r.count === 0)) return
  const frequent = written !== undefined && written.count >= USUAL_MIN_COUNT
  if (ranked && written && (known || frequent || ranked.some((r) => r.form !== form && r.count > 0))) {
    // Edited text decides: the spellings it prefers here, by far over the one written.
    const others = ranked.filter((r) => r.form !== form)
    const top = others[0]!
    const bare = candidates.find((c) => c.form === top.form)!.from === 'ا'
    // A frequent form on another seat is a usual spelling (`آبل`); a frequent bare alef is still a slip.
    const usual = known || (frequent && !bare)
    // A word the lexicon knows stands unless edited text clearly prefers another
    // spelling here; one it does not know, only if edited text writes it about as
    // often as the alternative (`إسترليني`, a loan word).
    if (usual ? top.share < written.share * (bare ? BARE_RATIO : SEAT_RATIO) : written.count >= 5 && top.share < written.share * UNKNOWN_RATIO) return
    // Gathered by a loop: an array made by `map` has another shape (holey), which threw this
    // function's optimised code away where `chosen` is read below.
    const close: Candidate[] = []
    for (const r of others) if (r.share >= top.share / CLEAR_MARGIN) close.push(candidateOf(candidates, r.form))
    chosen = close
  }
  if (chosen.length > 1) {
    if (chosen.every((c) => c.form.length - c.start > 2 && !SYNTACTIC.test(form.slice(c.start)))) {
      // Several spellings are words (and edited text does not settle it
      // here): the one the document itself uses is the fix. Not for
      // particles whose hamza follows the syntax.
      if (judged.attested === NOT_GATHERED) judged.attested = attestedStems(judged.words)
      const used = chosen.filter((c) => judged.attested.has(c.form.slice(c.start)))
      if (used.length === 1) chosen = used
    }
    if (chosen.length > 1) {
      // A common particle has one spelling; the lexicon's others are rare
      // words or the interrogative `أ` before a word (`ألى`, `آلى` for `إلى`).
      const usual = chosen.filter((c) => USUAL.has(c.form.slice(c.start)))
      if (usual.length === 1) chosen = usual
    }
  }
  // Foreign names come in runs the lexicon does not know (`آن فرانك`, `إيد ديفي`):
  // a name that starts like a clitic + a word, or with another hamza seat, is left alone.
  // (Asked last, of the words edited text would correct: it reads the neighbours.)
  if ((candidates.every((c) => c.afterLetter) || candidates.every((c) => c.seat)) && nextToName(word, lexicon)) return
  if (inLetterRun(word) || inLoanPhrase(word)) return
  const fixes = chosen.map((c) => replaceInWord(word.value, c.changes))
  if (chosen.length > 1) {
    context.report({messageId: 'ambiguous', start: word.start, end: word.end, expected: fixes, data: {candidates: alternatives(fixes)}})
    return
  }
  const {from, to} = chosen[0]!
  const messageId = known && from !== 'ا' ? 'context' : from === 'ا' ? 'missing' : to === 'ا' ? 'wasl' : 'form'
  context.report({messageId, start: word.start, end: word.end, expected: fixes})
}

export default defineRule({
  id: 'hamza',
  description: 'Require the hamza on hamzat qat\' and forbid it on hamzat wasl, by the lexicon',
  severity: 'warn',
  fixable: true,
  category: 'orthography',
  messages: {
    missing: {
      en: 'Unexpected `{actual}` without hamza, expected `{expected}`',
      ar: '`{actual}` بلا همزة، والصواب `{expected}`'
    },
    wasl: {
      en: 'Unexpected hamza on hamzat wasl in `{actual}`, expected `{expected}`',
      ar: 'همزة على ألف الوصل في `{actual}`، والصواب `{expected}`'
    },
    form: {
      en: 'Unexpected hamza form in `{actual}`, expected `{expected}`',
      ar: 'رسم الهمزة في `{actual}` غير صحيح، والصواب `{expected}`'
    },
    context: {
      en: 'Unexpected `{actual}` here, expected `{expected}`, as edited text writes it next to these words',
      ar: '`{actual}` في هذا الموضع، والصواب `{expected}` كما تكتبها النصوص المحرَّرة بجوار هذه الكلمات'
    },
    ambiguous: {
      en: 'Unexpected `{actual}`, expected {candidates}',
      ar: '`{actual}`، والصواب {candidates}'
    },
    yaSeat: {
      en: 'Unexpected `ى` for the hamza in `{actual}`, expected `{expected}`',
      ar: '`ى` في موضع الهمزة في `{actual}`، والصواب `{expected}`'
    }
  },
  examples: {
    valid: [
      {
        text: 'زار الوفد الأهرامات، وتحدث عن العدالة الاسكتلندية وعن أرباح شركة آبل.\n',
        note: 'A spelling edited text writes while never writing the correction (`الأهرامات`, `الاسكتلندية`), or writes hundreds of times with its hamza on that seat (`آبل`), is a word the lexicon lacks.'
      },
      {text: 'أكدت الأمانة العامة أن الاجتماع سيعقد في إطار الاستعداد للمؤتمر.\n'},
      {text: 'استعرض الوزير إنجازات الوزارة، وأشار إلى انتشار الخدمات الإلكترونية والاتصال بالإنترنت.\n'},
      {
        text: 'بلغت قيمة الصفقة مليون جنيه إسترليني.\n',
        note: 'A hamza is removed only from the stems that take hamzat wasl (derived verb forms VII, VIII, X and a few nouns), not from loan words.'
      },
      {
        text: 'وقال المدرب لارس لاندبيرغ إن الفريق جاهز، ولازالت المفاوضات مستمرة.\n',
        note: 'Names the lexicon does not know are left alone, even when they start like a clitic + a word (`لا` + `ندبيرغ`); so is the negation `لا` written joined to a verb.'
      },
      {
        text: 'وتتصل الأجهزة بشبكة واي فاي في المبنى.\n',
        note: 'English phrases written in Arabic letters (`واي فاي`, Wi-Fi) are not `وأي`.'
      },
      {
        text: 'واستقبل الوكيل امحمد سعيد، ورافقه امبارك علي.\n',
        note: 'A given name written the North African way, with a bare alef (`امحمد`, `امبارك`), is not the interrogative `أ` before the name.'
      }
    ],
    invalid: [
      {
        text: 'تطورت وساىل الإعلام، لكن حالة الطوارىء لم تنته، وهذا شىء خاطىئ.\n',
        note: 'A dotless `ى` inside a word where a hamza stands: `ئ` typed without its hamza, or the old spellings `ىء` and `ىئ`.',
        messages: [
          '1:7-1:12: Unexpected `ى` for the hamza in `وساىل`, expected `وسائل`',
          '1:31-1:39: Unexpected `ى` for the hamza in `الطوارىء`, expected `الطوارئ`',
          '1:54-1:57: Unexpected `ى` for the hamza in `شىء`, expected `شيء`',
          '1:58-1:63: Unexpected `ى` for the hamza in `خاطىئ`, expected `خاطئ`'
        ],
        output: 'تطورت وسائل الإعلام، لكن حالة الطوارئ لم تنته، وهذا شيء خاطئ.\n'
      },
      {
        text: 'وتم خلال اللقاء إستعراض خطة الإنتشار الأمني لإستخدامها في الإنتخابات.\n',
        messages: [
          '1:17-1:24: Unexpected hamza on hamzat wasl in `إستعراض`, expected `استعراض`',
          '1:29-1:37: Unexpected hamza on hamzat wasl in `الإنتشار`, expected `الانتشار`',
          '1:45-1:55: Unexpected hamza on hamzat wasl in `لإستخدامها`, expected `لاستخدامها`',
          '1:59-1:69: Unexpected hamza on hamzat wasl in `الإنتخابات`, expected `الانتخابات`'
        ],
        output: 'وتم خلال اللقاء استعراض خطة الانتشار الأمني لاستخدامها في الانتخابات.\n'
      },
      {
        text: 'واتخذت الحكومة الاجراءات اللازمة في اغسطس الماضي لمواجهة الارهاب.\n',
        note: 'One spelling with a hamza is a word: the fix.',
        messages: [
          '1:16-1:25: Unexpected `الاجراءات` without hamza, expected `الإجراءات`',
          '1:37-1:42: Unexpected `اغسطس` without hamza, expected `أغسطس`',
          '1:58-1:65: Unexpected `الارهاب` without hamza, expected `الإرهاب`'
        ],
        output: 'واتخذت الحكومة الإجراءات اللازمة في أغسطس الماضي لمواجهة الإرهاب.\n'
      },
      {
        text: 'وصل الوفد الى المدينة، وقال ان الزيارة تهدف الى اعداد خطة مشتركة.\n',
        note: 'Edited text decides between the spellings that are words, next to the same words: after `قال` it writes `إن`. Where it does not settle it (`إعداد` or `أعداد` after `إلى`): suggestions, most likely first, no fix.',
        messages: [
          '1:11-1:14: Unexpected `الى` without hamza, expected `إلى`',
          '1:29-1:31: Unexpected `ان` without hamza, expected `إن`',
          '1:45-1:48: Unexpected `الى` without hamza, expected `إلى`',
          '1:49-1:54: Unexpected `اعداد`, expected `إعداد` or `أعداد`'
        ],
        output: 'وصل الوفد إلى المدينة، وقال إن الزيارة تهدف إلى اعداد خطة مشتركة.\n'
      },
      {
        text: 'أكدت الوزارة التزامها بما جاء في إطار الاتفاق، كما اكدت التزامها بما جاء في اطار القانون.\n',
        note: 'When several spellings are words, the one the document itself writes elsewhere is the fix.',
        messages: [
          '1:52-1:56: Unexpected `اكدت` without hamza, expected `أكدت`',
          '1:77-1:81: Unexpected `اطار` without hamza, expected `إطار`'
        ],
        output: 'أكدت الوزارة التزامها بما جاء في إطار الاتفاق، كما أكدت التزامها بما جاء في إطار القانون.\n'
      },
      {
        text: 'وشاركت فرق الأنقاذ في العملية.\n',
        note: 'A verbal noun of form IV takes `إ`, not `أ`.',
        messages: ['1:12-1:19: Unexpected hamza form in `الأنقاذ`, expected `الإنقاذ`'],
        output: 'وشاركت فرق الإنقاذ في العملية.\n'
      }
    ]
  },
  check(tree, context) {
    const doc = getDocument(tree, context.text)
    const lexicon = getLexicon(context.settings)
    const everyFinal = statsFor(context.settings) !== undefined
    const userWords = userWordsOf(context.settings)
    const variant = variantFor(lexicon, everyFinal)
    let stats: CorpusStats | null | undefined
    const judged: Judged = {context, lexicon, stats: undefined, words: doc.words, attested: NOT_GATHERED}
    for (const word of doc.words) {
      if (hasMaqsura(word.value)) {
        const at = insideMaqsura(word.value)
        if (at >= 0 && reportYaSeat(word, at, lexicon, context)) continue
      }
      const form = lexiconForm(word.value)
      if (form.length < 2 || !hasStemStart(form)) continue
      // Without harakat or tatweel, an alef at a stem start is within the first letters.
      if (form !== word.value && !MAY_START_WITH_ALEF.test(word.value)) continue
      if (!isLexiconWord(form)) continue
      const record = word.record
      let entry: Entry
      if (record.hamzaFor === variant) entry = record.hamza as Entry
      else {
        const found = hamzaCandidates(form, lexicon, true, everyFinal)
        entry = found.length === 0 ? NOTHING : {candidates: found, known: lexicon.has(form), spellings: undefined, stands: -1}
        record.hamza = entry
        record.hamzaFor = variant
      }
      const {candidates, known} = entry
      if (candidates.length === 0 || word.value.endsWith('\u0640')) continue
      // The user's own words stand, with or without clitics.
      if (isUserWord(form, userWords)) continue
      // A word the lexicon knows is judged by edited text alone: without statistics, it stands.
      if (known) stats ??= statsFor(context.settings) ?? null
      if (known && !stats) continue
      stats ??= statsFor(context.settings) ?? null
      if (stats && entry.spellings?.stats !== stats) rankWith(entry, form, stats)
      if (entry.stands === 1) continue
      judged.stats = stats
      judgeInContext(word, form, entry, judged)
    }
  }
})
