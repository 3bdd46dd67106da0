import {defineRule} from '../src/engine/define-rule.ts'
import {quotedAlternatives} from '../src/engine/locale.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {stripProclitics} from '../src/language/arabic.ts'
import {getLexicon, isLexiconWord, lexiconForm, replaceInWord, type Lexicon} from '../src/language/lexicon.ts'
import {hamzaCandidates, hasMaqsura, insideMaqsura, yaSeatSpellings} from './hamza.ts'
import type {CorpusStats} from '../src/stats/corpus-stats.ts'
import {statsFor} from '../src/stats/load.ts'
import {NO_WORD} from '../src/stats/columns.ts'
import {fitsContext, neighboursOf, spelledSeveralWays, Spellings, type Neighbours} from '../src/stats/spelling.ts'

const YA = 'ي'
const MAQSURA = 'ى'

interface Slip {
  /** The written word with the letter it takes. */
  fixed: string
  /** The letter the word takes. */
  to: string
  /** A known word read as a conjunction + a slip (`وفى`): reported only with the habit. */
  joined: boolean
  /** The lexicon form's length. */
  length: number
}

/** Whether a written word ends in ي or ى (harakat and tatweel after it ignored). */
function endsInYa(value: string): boolean {
  let i = value.length - 1
  for (; i >= 0; i--) {
    const code = value.charCodeAt(i)
    if (!((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640)) break
  }
  if (i < 0) return false
  const code = value.charCodeAt(i)
  return code === 0x064a || code === 0x0649
}


/**
 * A word ending in ى the lexicon does not know while its ي spelling is a word
 * (or the reverse). A word that is only missing its hamza (`احدى` → `إحدى`)
 * is left to the hamza rule.
 */
function slip(value: string, lexicon: Lexicon): Slip | undefined {
  const form = lexiconForm(value)
  const end = form.charCodeAt(form.length - 1)
  if (form.length < 2 || (end !== 0x064a && end !== 0x0649) || !isLexiconWord(form)) return undefined
  const to = end === 0x064a ? MAQSURA : YA
  let joined = false
  if (lexicon.has(form)) {
    // `وفى` is a word (he fulfilled), and also و + the slip `فى`.
    const rest = form.slice(1)
    if (!(form[0] === 'و' || form[0] === 'ف') || rest.length < 2 || lexicon.has(rest) || !lexicon.has(rest.slice(0, -1) + to)) return undefined
    joined = true
  } else if (!lexicon.has(form.slice(0, -1) + to)) return undefined
  if (hamzaCandidates(form, lexicon, false).length > 0) return undefined
  return {fixed: replaceInWord(value, new Map([[form.length - 1, to]])), to, joined, length: form.length}
}

/**
 * ى before another letter of its word is never right: a verb or noun in ى
 * takes ا (`تنسىها` → `تنساها`) or ي (`عليه`) before a suffix; the lexicon
 * says which. A ى for the seat of a hamza is the hamza rule's. The spellings
 * to propose, or none.
 */
function insideFixes(value: string, lexicon: Lexicon, stats: CorpusStats | undefined): string[] {
  const at = insideMaqsura(value)
  // A dotless yā' for the seat of a hamza (`وساىل`, `الطوارىء`) is hamza's.
  if (at < 0 || yaSeatSpellings(value, at, lexicon).length > 0) return []
  const options = [value.slice(0, at) + 'ا' + value.slice(at + 1), value.slice(0, at) + YA + value.slice(at + 1)]
  let expected = options.filter((option) => lexicon.has(lexiconForm(option)))
  if (stats && expected.length > 1) {
    // Both are words (`مستواه`, `مستويه`): the one edited text writes far more often, if one is.
    const counts = expected.map((option) => stats.form(lexiconForm(option)))
    const best = Math.max(...counts)
    if (best > 0) expected = expected.filter((_, i) => counts[i]! * CORPUS_RATIO >= best)
  }
  // Otherwise a typo or a missing space (`إلىارتفاع`): not this letter's fault alone.
  return expected
}

// An imperfect verb, after و ف and س ل: `يجرى`, `وسيعطى`, `سنلقى`. Not one
// in ت alone: a form V or VI past (`تعاطى`) beside its verbal noun
// (`تعاطي`) is a choice the statistics can make.
const IMPERFECT = /^[وف]?(?:[سل]?[ين]|ست)/u

/**
 * Whether a word in ى is an imperfect verb whose ى and ي spellings are both
 * words in use: the passive (`يُجرى`, `يُعطى`) and the active (`يجري`, `يعطي`).
 */
function bothVoices(value: string, lexicon: Lexicon, stats: CorpusStats | undefined): boolean {
  const form = lexiconForm(value)
  if (form.length < 4 || form[form.length - 1] !== MAQSURA || !IMPERFECT.test(form)) return false
  const active = form.slice(0, -1) + YA
  if (!lexicon.has(form) || !lexicon.has(active)) return false
  // Only a passive edited text writes at least a twentieth as often as the
  // active (`سيجرى` 12%, `يعطى` 9%; not `ينتمى` or `يقضى`, 1%: slips).
  return !stats || stats.form(form) * CORPUS_RATIO >= stats.form(active)
}

/** What the rule reads from a spelling ending in ي or ى alone, before its context. */
interface Spelling {
  /** An imperfect verb whose ى and ي spellings are both words in use (see bothVoices). */
  voiced: boolean
  /** The spellings edited text chooses between, with statistics (see choicesOf). */
  choices: Choices | null | undefined
  /** A slip the lexicon alone sees, or null. */
  slip: Slip | null
}

function spellingOf(value: string, lexicon: Lexicon, stats: CorpusStats | undefined): Spelling {
  // The slip is worked out once: choicesOf asks it too (its lexicon lookups and hamza candidates are a new word's main cost).
  const slipped = slip(value, lexicon)
  return {voiced: bothVoices(value, lexicon, stats), choices: stats ? choicesOf(value, lexicon, stats, slipped) : null, slip: slipped ?? null}
}

// Words repeat within and across documents: what a written word is, decided
// once per lexicon and statistics and kept on the word's shared record
// (src/engine/word-record.ts, bounded) with a token for the two.
const variants = new WeakMap<Lexicon, Map<CorpusStats | undefined, object>>()

function variantFor(lexicon: Lexicon, stats: CorpusStats | undefined): object {
  let byStats = variants.get(lexicon)
  if (!byStats) variants.set(lexicon, (byStats = new Map()))
  let variant = byStats.get(stats)
  if (!variant) byStats.set(stats, (variant = {}))
  return variant
}

export default defineRule({
  id: 'alif-maqsura',
  description: 'Require the final yā\' or alif maqsūra the word takes, by the lexicon',
  severity: 'warn',
  fixable: true,
  category: 'orthography',
  messages: {
    ya: {
      en: 'Unexpected alif maqsura in `{actual}`, expected `{expected}`',
      ar: 'ألف مقصورة في غير موضعها في `{actual}`، والصواب `{expected}`'
    },
    maqsura: {
      en: 'Unexpected final yā\' in `{actual}`, expected `{expected}`',
      ar: 'ياء في آخر `{actual}` موضعُها ألف مقصورة، والصواب `{expected}`'
    },
    inside: {
      en: 'Unexpected alif maqsura inside `{actual}`, expected `{expected}`',
      ar: 'ألف مقصورة في وسط `{actual}`، والصواب `{expected}`'
    }
  },
  examples: {
    valid: [
      {
        text: 'سيجرى التصويت غدا، ويجرى الإعداد له في القاعة.\n',
        note: 'A verb in `ى` is the passive (`سيُجرى`) as its `ي` spelling is the active: both are right, so it is reported only in a document that writes `ى` for `ي` in other words too.'
      },
      {text: 'وصل الوفد الأممي إلى القاهرة في زيارة تستمر حتى الخميس.\n'},
      {
        text: 'التقى الوزير علي حسن بنظيره على هامش المؤتمر، وأعرب عن رأيه في ما رأى.\n',
        note: 'Both spellings are words here (`على` the preposition and `علي` the name, `رأى` the verb and `رأي` the noun): left alone.'
      },
      {text: 'نقل المصابون إلى مستشفى المدينة، وقال مصطفى وموسى ويحيى إن المستوى جيد.\n'},
      {
        text: 'لا تصدق الكلام الي يقال عن الناس.\n',
        note: 'The colloquial relative (`اللي`) written `الي`: with corpus statistics, edited text never writes `إلى` after `الكلام` or before `يقال`, where chance would, so the word is another one.'
      },
      {
        text: 'وتحدث التقرير الذي نشر في القاهرة عن الرشاوى في القطاع العام.\n',
        note: 'One unknown word ending in `ى` in a text that writes its final yā\' everywhere else is more likely a word the lexicon lacks (here the plural `رشاوى`).'
      }
    ],
    invalid: [
      {
        text: 'ارتفع مستوىه كثيرا، وقالت إنها لن تنسىها.\n',
        note: '`ى` is only ever final: before a pronoun it becomes `ا` (or `ي`), as the lexicon and edited text say.',
        messages: [
          '1:7-1:13: Unexpected alif maqsura inside `مستوىه`, expected `مستواه`',
          '1:35-1:41: Unexpected alif maqsura inside `تنسىها`, expected `تنساها`'
        ],
        output: 'ارتفع مستواه كثيرا، وقالت إنها لن تنساها.\n'
      },
      {
        text: 'وأكد الوزير فى كلمته التى ألقاها أن الدور الذى يقوم به الفريق الأممى مهم.\n',
        note: 'Egyptian print writes a final yā\' without its dots.',
        messages: [
          '1:13-1:15: Unexpected alif maqsura in `فى`, expected `في`',
          '1:22-1:26: Unexpected alif maqsura in `التى`, expected `التي`',
          '1:43-1:47: Unexpected alif maqsura in `الذى`, expected `الذي`',
          '1:63-1:69: Unexpected alif maqsura in `الأممى`, expected `الأممي`'
        ],
        output: 'وأكد الوزير في كلمته التي ألقاها أن الدور الذي يقوم به الفريق الأممي مهم.\n'
      },
      {
        text: 'وشارك في اللقاء التى عقد أمس وزير الخارجية.\n',
        note: 'A short particle is reported even alone.',
        messages: ['1:17-1:21: Unexpected alif maqsura in `التى`, expected `التي`'],
        output: 'وشارك في اللقاء التي عقد أمس وزير الخارجية.\n'
      },
      {
        text: 'بلغت الأسعار الحد الأدني في إحدي المدن، وارتفعت في المسجد الأقصي.\n',
        messages: [
          "1:19-1:25: Unexpected final yā' in `الأدني`, expected `الأدنى`",
          "1:29-1:33: Unexpected final yā' in `إحدي`, expected `إحدى`",
          "1:59-1:65: Unexpected final yā' in `الأقصي`, expected `الأقصى`"
        ],
        output: 'بلغت الأسعار الحد الأدنى في إحدى المدن، وارتفعت في المسجد الأقصى.\n'
      }
    ]
  },
  check(tree, context) {
    const doc = getDocument(tree, context.text)
    const lexicon = getLexicon(context.settings)
    const stats = statsFor(context.settings)
    const slips: Array<{word: WordInfo; slip: Slip}> = []
    const variant = variantFor(lexicon, stats)
    const spellingOfWord = (word: WordInfo): Spelling => {
      const record = word.record
      if (record.maqsuraFor === variant) return record.maqsura as Spelling
      const spelling = spellingOf(word.value, lexicon, stats)
      record.maqsura = spelling
      record.maqsuraFor = variant
      return spelling
    }
    // The document's habits: the words written with each wrong final letter.
    const distinct = new Map<string, Set<string>>()
    const habit = (to: string, value: string) => {
      let set = distinct.get(to)
      if (!set) distinct.set(to, (set = new Set()))
      set.add(stripProclitics(value))
    }
    const voiced: WordInfo[] = []
    for (const word of doc.words) {
      if (hasMaqsura(word.value)) {
        const inside = insideFixes(word.value, lexicon, stats)
        if (inside.length > 0) context.report({messageId: 'inside', start: word.start, end: word.end, expected: inside, data: {expected: quotedAlternatives(inside)}})
      }
      if (!endsInYa(word.value)) continue
      const spelling = spellingOfWord(word)
      // `سيُجرى` (passive) and `سيجري` (active) are both right: which one a
      // sentence takes is grammar, not a spelling edited text can settle.
      if (spelling.voiced) {
        voiced.push(word)
        continue
      }
      if (stats) {
        // Edited text decides between the spellings, next to these words.
        const fixed = corpusChoice(word, spelling.choices, context.text, lexicon, stats)
        if (fixed !== undefined) {
          if (fixed) {
            context.report({messageId: fixed.to === YA ? 'ya' : 'maqsura', start: word.start, end: word.end, expected: [fixed.value]})
            habit(fixed.to, word.value)
          }
          continue
        }
      }
      if (spelling.slip) slips.push({word, slip: spelling.slip})
    }
    // A habit, not a gap in the lexicon: two different words with the same
    // slip in the document, or a short particle (`فى`, `التى`).
    for (const {word, slip} of slips) if (!slip.joined) habit(slip.to, word.value)
    // A verb in ى is reported only in a document that writes ى for ي in
    // other words too (Egyptian print: `فى`, `الذى`).
    if ((distinct.get(YA)?.size ?? 0) >= 2) {
      for (const word of voiced) {
        const fixed = stats ? corpusChoice(word, spellingOfWord(word).choices, context.text, lexicon, stats) : undefined
        if (fixed) context.report({messageId: 'ya', start: word.start, end: word.end, expected: [fixed.value]})
      }
    }
    for (const {word, slip} of slips) {
      const usual = (distinct.get(slip.to)?.size ?? 0) >= 2
      if (slip.joined ? !usual : !usual && slip.length > 4) continue
      context.report({messageId: slip.to === YA ? 'ya' : 'maqsura', start: word.start, end: word.end, expected: [slip.fixed]})
    }
  }
})

/**
 * How many times likelier than the written word, in its context, edited text
 * must find a spelling with the other final letter (`على` for `علي` before
 * `الرغم`; never for `علي حسن`): for a word the lexicon does not know, and
 * for one it knows (`ورأي`, the noun, beside `ورأى`, the verb: both right).
 */
const CORPUS_RATIO = 20
const KNOWN_RATIO = 50

/** The spellings of a word ending in ي or ى that edited text chooses between: the written form first. */
interface Choices {
  form: string
  /** The letter the other final spelling ends in. */
  to: string
  /** The spellings (their lexicon forms), to rank in context. */
  spellings: Spellings
  /** Whether the lexicon knows the written form. */
  known: boolean
  /**
   * What corpusChoice answers at every occurrence of a word edited text spells
   * one way only, where its neighbours change nothing (ALONE_UNKNOWN until its
   * first occurrence, ALONE_NONE when the neighbours count): over the bench's
   * 10 MB, about two thirds of the words this rule ranked.
   */
  alone: Choice | null | undefined | typeof ALONE_UNKNOWN | typeof ALONE_NONE
}

/** The spelling to write instead of a word, and the final letter it takes. */
interface Choice {
  value: string
  to: string
}
const ALONE_UNKNOWN = 0
const ALONE_NONE = 1
/** Neighbours for a ranking that does not read them (see Choices.alone). */
const UNREAD: Neighbours = {previous: NO_WORD, next: NO_WORD}

/**
 * The spellings of a written word ending in ي or ى to rank: with its final
 * letter changed, and its hamza where the bare alef also lacks one (`الي` →
 * `إلى`, `اخري` → `أخرى`). Null when the written word stands whatever its
 * context, undefined when it is for the document's habit to judge. `slipped`
 * is slip(value, lexicon).
 */
function choicesOf(value: string, lexicon: Lexicon, stats: CorpusStats, slipped: Slip | undefined): Choices | null | undefined {
  const form = lexiconForm(value)
  if (form.length < 2 || !isLexiconWord(form)) return null
  // A known word that also reads as و/ف + a slip (`وفى`, he fulfilled, or `و` +
  // `فى`) is judged by the document's habit, as without statistics.
  if (slipped?.joined) return undefined
  const last = form.length - 1
  const to = form[last] === YA ? MAQSURA : YA
  // Only the forms are kept (a word's choices are remembered for thousands of
  // words): the changes that make each are worked out again for a report.
  return {form, to, spellings: new Spellings(stats, [...spellingChanges(form, lexicon).keys()]), known: lexicon.has(form), alone: ALONE_UNKNOWN}
}

/** Each spelling's lexicon form, the written form first, with the changes that make it from the written form. */
function spellingChanges(form: string, lexicon: Lexicon): Map<string, Map<number, string>> {
  const last = form.length - 1
  const to = form[last] === YA ? MAQSURA : YA
  const swapped = form.slice(0, last) + to
  const changes = new Map<string, Map<number, string>>([[form, new Map()], [swapped, new Map([[last, to]])]])
  for (const c of hamzaCandidates(form, lexicon, false)) changes.set(c.form, c.changes)
  for (const c of hamzaCandidates(swapped, lexicon, false)) changes.set(c.form, new Map([...c.changes, [last, to]]))
  return changes
}

/**
 * What edited text says of a word ending in ي or ى, next to its neighbours:
 * the spelling to write (with its final letter changed, and its hamza where
 * the bare alef also lacks one), null when the written word stands,
 * undefined when edited text does not know either spelling.
 */
function corpusChoice(word: WordInfo, choices: Choices | null | undefined, text: string, lexicon: Lexicon, stats: CorpusStats): Choice | null | undefined {
  if (!choices) return choices
  const alone = choices.alone
  if (alone === ALONE_NONE) return choiceIn(word, choices, neighboursOf(text, word, word.index - word.sentence.words[0]!.index), lexicon, stats)
  if (alone !== ALONE_UNKNOWN) return alone
  // The first occurrence: whether the neighbours count (then at every occurrence).
  const ranked = choices.spellings.rank(undefined)
  if (choices.spellings.severalWays || spelledSeveralWays(ranked.map((r) => r.count))) {
    choices.alone = ALONE_NONE
    return corpusChoice(word, choices, text, lexicon, stats)
  }
  return (choices.alone = choiceIn(word, choices, UNREAD, lexicon, stats))
}

/** corpusChoice of a word next to these neighbours. */
function choiceIn(word: WordInfo, choices: Choices, around: Neighbours, lexicon: Lexicon, stats: CorpusStats): Choice | null | undefined {
  const {form, to} = choices
  const last = form.length - 1
  const ranked = choices.spellings.rank(around)
  if (ranked.every((r) => r.count === 0)) return undefined
  const written = ranked.find((r) => r.form === form)!
  const top = ranked.find((r) => r.form !== form)!
  // Only a change of the final letter is this rule's (a hamza alone is hamza's).
  if (top.form[last] !== to || top.share < written.share * (choices.known ? KNOWN_RATIO : CORPUS_RATIO)) return null
  // Frequent enough to win alone, yet never written by these neighbours: another word.
  if (!fitsContext(stats, top.form, around, ranked.map((r) => r.count))) return null
  return {value: replaceInWord(word.value, spellingChanges(form, lexicon).get(top.form)!), to}
}
