import {defineRule} from '../src/engine/define-rule.ts'
import {arabicCount} from '../src/engine/locale.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {recordsGeneration} from '../src/engine/word-record.ts'
import {cliticPrefixesOf, getLexicon, isAlefCode, isArticlePrefix, isLexiconWord, lexiconForm, type Lexicon} from '../src/language/lexicon.ts'
import {SPELLING_VARIANTS} from './data/spelling-variants.ts'
import {hamzaCandidates} from './hamza.ts'
import {claimOver, nameClaims, type NameClaim} from '../src/language/name-claims.ts'
import type {RuleContext} from '../src/engine/types.ts'
import type {Root} from 'nlcst'

const ALEFS = new Set(['ا', 'أ', 'إ', 'آ'])
const SEATS = new Set(['ؤ', 'ئ', 'ء'])
const ALEF = 0x0627 // ا
const HAMZA = 0x0621 // ء
// Suffixes set aside so that `مسؤول` and `المسئولين` are one word.
const SUFFIXES = ['يات', 'تين', 'تان', 'هما', 'ية', 'ات', 'ين', 'ون', 'ان', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ي', 'ة', 'ا']
const MIN_STEM = 3
// Form IV verbal nouns (إفعال: `إعداد`, `إعلان`) take their hamza: never advise dropping it.
const FORM_IV_NOUN = /^إ..ا./u

/** ؤ ئ ء */
function isSeat(code: number): boolean {
  return code === 0x0624 || code === 0x0626 || code === 0x0621
}

/** Whether a text (or a part of it) has a letter that varies between spellings: ء آ أ ؤ إ ئ ا (U+0621 to U+0627). */
function hasVariantLetter(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x0621 && code <= 0x0627) return true
  }
  return false
}

/** Whether a hamza seat stands inside a stem (not at its ends). */
function hasInnerSeat(form: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) if (isSeat(form.charCodeAt(i))) return true
  return false
}

/**
 * The letters that vary between accepted spellings of one word, unified: the
 * alef that starts the stem (`الإستراتيجية` / `الاستراتيجية`) and the seat
 * of a hamza inside it (`مسؤول` / `مسئول`). A hamza at the end of the stem
 * changes its seat with the case ending (`حلفاؤه`, `حلفائه`, `حلفاءه`) and
 * is not a variant.
 */
function unify(stem: string): string {
  const first = ALEFS.has(stem[0]!) ? 'ا' : stem[0]!
  if (!hasInnerSeat(stem, 0, stem.length)) return first === stem[0] ? stem : first + stem.slice(1)
  let result = first
  for (let i = 1; i < stem.length; i++) result += i < stem.length - 1 && SEATS.has(stem[i]!) ? 'ء' : stem[i]
  return result
}

/** The letter at `i` of `unify(form.slice(start))`, as a code. */
function unifiedAt(form: string, start: number, i: number): number {
  const code = form.charCodeAt(start + i)
  if (i === 0) return isAlefCode(code) ? ALEF : code
  return i < form.length - start - 1 && isSeat(code) ? HAMZA : code
}

/** Whether `unify(form.slice(start))` starts with an already unified spelling. */
function unifiedStartsWith(form: string, start: number, unified: string): boolean {
  if (unified.length > form.length - start) return false
  for (let i = 0; i < unified.length; i++) if (unifiedAt(form, start, i) !== unified.charCodeAt(i)) return false
  return true
}

function variantLetters(stem: string): string {
  let result = ALEFS.has(stem[0]!) ? stem[0]! : '-'
  for (let i = 1; i < stem.length - 1; i++) if (SEATS.has(stem[i]!)) result += stem[i]
  return result
}

const pair = (a: number, b: number): number => (a << 16) | b

/** The listed spellings, unified, by their first two letters (in the order of the list, row by row). */
const FAMILIES = new Map<number, Array<{row: number; spelling: string}>>()
for (const [row, spellings] of SPELLING_VARIANTS.entries()) {
  for (const spelling of spellings.map(unify)) {
    const start = pair(spelling.charCodeAt(0), spelling.charCodeAt(1))
    FAMILIES.set(start, [...(FAMILIES.get(start) ?? []), {row, spelling}])
  }
}

// The first letters of the listed spellings, unified: 1 at their code.
const FAMILY_INITIALS = new Uint8Array(0x10000)
for (const start of FAMILIES.keys()) FAMILY_INITIALS[start >>> 16] = 1

/** The listed spellings that `unify(form.slice(start))` may start with. */
function familiesAt(form: string, start: number): Array<{row: number; spelling: string}> | undefined {
  const initial = unifiedAt(form, start, 0)
  if (FAMILY_INITIALS[initial] !== 1) return undefined
  return FAMILIES.get(pair(initial, unifiedAt(form, start, 1)))
}

// The first two letters of every listed spelling (with each alef form), to skip most words at once.
const FAMILY_HEADS = new Set<number>()
for (const spelling of SPELLING_VARIANTS.flat()) {
  const firsts = ALEFS.has(spelling[0]!) ? [...ALEFS] : [spelling[0]!]
  for (const first of firsts) FAMILY_HEADS.add(pair(first.charCodeAt(0), spelling.charCodeAt(1)))
}

function isFamilyHead(text: string, at: number): boolean {
  return at + 1 < text.length && FAMILY_HEADS.has(pair(text.charCodeAt(at), text.charCodeAt(at + 1)))
}

/** Whether a listed spelling may start within the first letters of a word (after clitics). */
function mayBeFamily(value: string): boolean {
  for (let i = 0; i < 5 && i < value.length - 1; i++) if (isFamilyHead(value, i)) return true
  return false
}

/** How one written word spells the group it belongs to; the same for every occurrence of the word. */
interface Shape {
  /** The group. */
  key: string
  form: string
  /** Where the compared part (stem, or the family's spelling) starts and ends in the form. */
  start: number
  end: number
  /** How the compared part is spelt: its variant letters, or the family spelling. */
  spelling: string
  family: boolean
  /** The group's occurrences in the document being checked (one record per key, shared by its shapes). */
  group: Group
}

/**
 * A group's occurrences in one document, kept on the record every shape of the
 * group points to: a document's words are gathered without a table of its
 * groups, one lookup per word fewer.
 */
interface Group {
  /** The check whose occurrences `occurrences` holds (see `checks`). */
  check: number
  occurrences: Occurrence[]
}

interface Occurrence {
  word: WordInfo
  shape: Shape
}

/** Affixes by the letter they start (prefixes) or end (suffixes) with, in their order. */
function byLetter(affixes: readonly string[], at: (affix: string) => number): Map<number, string[]> {
  const map = new Map<number, string[]>()
  for (const affix of affixes) map.set(at(affix), [...(map.get(at(affix)) ?? []), affix])
  return map
}

const SUFFIXES_BY_FINAL = byLetter(SUFFIXES, (suffix) => suffix.charCodeAt(suffix.length - 1))

/**
 * Where the stem of a form starts: after its clitics. A lone و ف ب ل ك is
 * only set aside before a stem that does not start with an alef: in `كامل`,
 * `وكان`, `لابد` the letter belongs to the word.
 */
function stemStart(form: string): number {
  // (An empty form has no first letter to read.)
  if (form.length === 0) return 0
  // Asked of every word: the tests of lengths and letters come before the builtin
  // startsWith, which most prefixes tried then never reach (a word starting with و
  // tries up to eight).
  for (const prefix of cliticPrefixesOf(form.charCodeAt(0))) {
    const rest = form.length - prefix.length
    if (rest < MIN_STEM) continue
    if (!isArticlePrefix(prefix) && (rest < 4 || isAlefCode(form.charCodeAt(prefix.length)))) continue
    if (!form.startsWith(prefix)) continue
    return prefix.length
  }
  return 0
}

/** Where the stem of a form ends: before one suffix, if the stem stays long enough. */
function stemEnd(form: string, start: number): number {
  const suffixes = SUFFIXES_BY_FINAL.get(form.charCodeAt(form.length - 1))
  if (!suffixes) return form.length
  for (const suffix of suffixes) {
    if (form.endsWith(suffix) && form.length - suffix.length - start >= MIN_STEM) return form.length - suffix.length
  }
  return form.length
}

/**
 * A cheap first look at a form whose stem starts at `start`: whether the stem
 * may start with an alef, hold a hamza seat or start like a listed spelling.
 * Most words do none of these.
 */
function mayVary(form: string, start: number): boolean {
  if (form.length - start < MIN_STEM) return false
  return isAlefCode(form.charCodeAt(start)) || hasInnerSeat(form, start, form.length) || familiesAt(form, start) !== undefined
}

/** The group a written word (as its lexicon form, with the stem's start) belongs to, and how it spells it. */
function classify(value: string, form: string, start: number): Shape | undefined {
  if (!hasVariantLetter(value) && !mayBeFamily(value)) return undefined
  if (!isLexiconWord(form)) return undefined
  const end = stemEnd(form, start)
  if (end - start < MIN_STEM) return undefined
  const hasVariant = hasVariantLetter(form, start, end)
  if (!hasVariant && !isFamilyHead(form, start)) return undefined
  // A loan word with spellings listed in rules/data: the listed start decides.
  for (const {row, spelling} of familiesAt(form, start) ?? []) {
    if (unifiedStartsWith(form, start, spelling)) {
      const spelt = form.slice(start, start + spelling.length)
      const key = `family ${row}`
      return {key, form, start, end: start + spelling.length, spelling: spelt, family: true, group: groupOf(key)}
    }
  }
  if (!hasVariant) return undefined
  const stem = form.slice(start, end)
  const spelling = variantLetters(stem)
  if (spelling === '-') return undefined
  const key = unify(stem)
  return {key, form, start, end, spelling, family: false, group: groupOf(key)}
}

// Words repeat within and across documents: one classification per written
// word that may vary, kept on the word's shared record (src/engine/word-record.ts,
// bounded, cleared only between two documents: the shapes of one key must share
// their group while a document is gathered). The groups are dropped with the
// records, so no shape made later points to a group an earlier shape lost.
const groupsByKey = new Map<string, Group>()
/** The records' generation the groups belong to (recordsGeneration). */
let groupsGeneration = 0
/** Checks run so far: stamps a group's occurrences with the check that gathered them. */
let checks = 0
const NO_OCCURRENCES: Occurrence[] = []

function groupOf(key: string): Group {
  let group = groupsByKey.get(key)
  if (!group) groupsByKey.set(key, (group = {check: 0, occurrences: NO_OCCURRENCES}))
  return group
}

/**
 * Whether a minority spelling may be advised to take the majority's: the
 * stems differ only in accepted variants. An alef against another hamza form
 * makes two words (`أعداد` / `إعداد`, `أن` / `إن`); a hamza is never advised
 * away from `أ`, `آ` or a form IV verbal noun (`احد` is a slip for `أحد`, not a
 * spelling of it); short stems (`ان`, `انه`) are particles whose hamza
 * depends on the syntax.
 */
function mayAdvise(minority: Shape, majority: Shape): boolean {
  if (minority.family) return true
  const a = minority.form.slice(minority.start, minority.end)
  const b = majority.form.slice(majority.start, majority.end)
  if (a[0] === b[0]) return true
  if (a.length < 4) return false
  if (a[0] !== 'ا' && b[0] !== 'ا') return false
  if (b[0] === 'ا') return a[0] === 'إ' && !FORM_IV_NOUN.test(a)
  return true
}

/** A misspelling the hamza rule reports (it has its own fix). */
function misspelt(shape: Shape, lexicon: Lexicon): boolean {
  return !lexicon.has(shape.form) && hamzaCandidates(shape.form, lexicon).length > 0
}

export default defineRule({
  id: 'spelling-consistency',
  description: 'Require one spelling of a word throughout a document',
  severity: 'warn',
  fixable: false,
  category: 'orthography',
  messages: {
    mixed: {
      en: 'Unexpected `{actual}`, expected `{expected}` as spelt {times} elsewhere in this document',
      ar: '`{actual}`، والصواب `{expected}` كما كُتبت {times} في سائر المستند'
    }
  },
  examples: {
    valid: [
      {text: 'أكد المسؤول الأوروبي أن الاتحاد الأوروبي يدعم المسؤولين المحليين.\n'},
      {
        text: 'تعمل الإدارة على إعداد تقرير عن أعداد اللاجئين، وقال إن الأرقام أولية.\nوأضاف أن الإعداد بدأ قبل شهر.\n',
        note: '`أعداد` (numbers) and `إعداد` (preparation), `أن` and `إن` are different words, not spellings of one.'
      },
      {
        text: 'وأكد الوزير أن لقاءه مع السفير كان مثمرا، وأشار إلى لقائه السابق.\n',
        note: 'A hamza at the end of a stem changes its seat with the case ending: not a variant.'
      }
    ],
    invalid: [
      {
        text: 'قال المسؤول إن المسؤولين في الوزارة التقوا بالمسئول عن الملف.\n',
        messages: ['1:44-1:52: Unexpected `بالمسئول`, expected `بالمسؤول` as spelt 2 times elsewhere in this document']
      },
      {
        text: 'أقر البرلمان الأوروبي الخطة الأوروبية الجديدة.\nوقال المفوض الأوربي إن الاستراتيجية تمتد حتى 2030، وإن الإستراتيجية قابلة للتعديل.\n',
        note: 'A listed loan word (`أوروب` / `أورب`) and an alef variant; on a tie the later spelling is reported.',
        messages: [
          '2:13-2:20: Unexpected `الأوربي`, expected `الأوروبي` as spelt 2 times elsewhere in this document',
          '2:56-2:68: Unexpected `الإستراتيجية`, expected `الاستراتيجية` as spelt once elsewhere in this document'
        ]
      },
      {
        text: 'زار الوزير أمريكا الشهر الماضي، وقال إن العلاقات مع أمريكا قوية وإن أميركا شريك أساسي.\n',
        messages: ['1:69-1:75: Unexpected `أميركا`, expected `أمريكا` as spelt 2 times elsewhere in this document']
      }
    ]
  },
  check(tree, context) {
    const doc = getDocument(tree, context.text)
    if (recordsGeneration() !== groupsGeneration) {
      groupsByKey.clear()
      groupsGeneration = recordsGeneration()
    }
    const check = ++checks
    const groups: Group[] = []
    for (const word of doc.words) {
      const form = lexiconForm(word.value)
      const start = stemStart(form)
      if (!mayVary(form, start)) continue
      const record = word.record
      let shape = record.shape as Shape | null | undefined
      if (shape === undefined) record.shape = shape = classify(word.value, form, start) ?? null
      if (shape === null) continue
      const group = shape.group
      if (group.check !== check) {
        group.check = check
        group.occurrences = []
        groups.push(group)
      }
      group.occurrences.push({word, shape})
    }
    // The lists are the document's: the records keep none (nor the words and trees they hold).
    // Gathered by a loop: `map` makes an array of another shape when it has elements (holey)
    // than when it has none, and the check's optimised code was thrown away for it.
    const lists: Occurrence[][] = []
    for (const group of groups) {
      lists.push(group.occurrences)
      group.occurrences = NO_OCCURRENCES
    }
    // What is left, for the groups spelt more than one way, is a function of its own: its
    // paths, first taken after the check was optimised, threw the check's code away.
    if (lists.length > 0) reportMixed(lists, tree, context)
  }
})

/** Report the minority spellings of each group the document spells more than one way. */
function reportMixed(lists: readonly Occurrence[][], tree: Root, context: RuleContext): void {
  let lexicon: Lexicon | undefined
  // Names of bodies are org-name-consistency's, which knows how each body
  // spells its name: a name it reports is left to it, and a name written as
  // the body writes it counts here but is never advised another spelling.
  const claims = nameClaims(tree)
  const claim = (o: Occurrence): NameClaim | undefined => (claims && claims.length > 0 ? claimOver(claims, o.word.start, o.word.end) : undefined)
  for (const occurrences of lists) {
    const first = occurrences[0]!.shape.spelling
    if (occurrences.every((o) => o.shape.spelling === first)) continue
    lexicon ??= getLexicon(context.settings)
    // Misspellings are the hamza rule's; what is left are accepted spellings.
    const accepted = occurrences.filter((o) => !misspelt(o.shape, lexicon!) && claim(o)?.kind !== 'reported')
    const counts = new Map<string, {count: number; first: number; sample: Shape}>()
    for (const {word, shape} of accepted) {
      const entry = counts.get(shape.spelling)
      if (entry) entry.count++
      else counts.set(shape.spelling, {count: 1, first: word.start, sample: shape})
    }
    if (counts.size < 2) continue
    // The majority spelling; on a tie, the one the document uses first.
    const [majority, best] = [...counts].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0]!
    const model = best.sample.form.slice(best.sample.start, best.sample.end)
    for (const occurrence of accepted) {
      const {word, shape} = occurrence
      if (shape.spelling === majority || !mayAdvise(shape, best.sample) || claim(occurrence)) continue
      const expected = shape.form.slice(0, shape.start) + model + shape.form.slice(shape.end)
      context.report({
        messageId: 'mixed',
        start: word.start,
        end: word.end,
        expected: [expected],
        data: {
          times: {
            en: best.count === 1 ? 'once' : `${best.count} times`,
            ar: arabicCount(best.count, {one: 'مرة واحدة', two: 'مرتين', plural: 'مرات', accusative: 'مرة', singular: 'مرة'})
          }
        }
      })
    }
  }
}
