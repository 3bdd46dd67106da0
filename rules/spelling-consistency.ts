import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {CLITIC_PREFIXES, getLexicon, lexiconForm, type Lexicon} from '../src/language/lexicon.ts'
import {SPELLING_VARIANTS} from './data/spelling-variants.ts'
import {hamzaCandidates} from './hamza.ts'

const ARABIC_WORD = /^[\u0621-\u063A\u0641-\u064A]+$/u
const ALEFS = new Set(['ا', 'أ', 'إ', 'آ'])
const SEATS = new Set(['ؤ', 'ئ', 'ء'])
const ARTICLES = new Set(['ال', 'لل', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'وبال', 'فبال', 'وكال', 'فكال'])
// Suffixes set aside so that `مسؤول` and `المسئولين` are one word.
const SUFFIXES = ['يات', 'تين', 'تان', 'هما', 'ية', 'ات', 'ين', 'ون', 'ان', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ي', 'ة', 'ا']
const MIN_STEM = 3
// Form IV verbal nouns (إفعال: `إعداد`, `إعلان`) take their hamza: never advise dropping it.
const FORM_IV_NOUN = /^إ..ا./u

/**
 * The letters that vary between accepted spellings of one word, unified: the
 * alef that starts the stem (`الإستراتيجية` / `الاستراتيجية`) and the seat
 * of a hamza inside it (`مسؤول` / `مسئول`). A hamza at the end of the stem
 * changes its seat with the case ending (`حلفاؤه`, `حلفائه`, `حلفاءه`) and
 * is not a variant.
 */
function unify(stem: string): string {
  let result = ALEFS.has(stem[0]!) ? 'ا' : stem[0]!
  for (let i = 1; i < stem.length; i++) result += i < stem.length - 1 && SEATS.has(stem[i]!) ? 'ء' : stem[i]
  return result
}

function variantLetters(stem: string): string {
  let result = ALEFS.has(stem[0]!) ? stem[0]! : '-'
  for (let i = 1; i < stem.length - 1; i++) if (SEATS.has(stem[i]!)) result += stem[i]
  return result
}

const FAMILIES = SPELLING_VARIANTS.map((row) => row.map(unify))
// The first two letters of every listed spelling (with each alef form), to skip most words at once.
const FAMILY_HEADS = new Set(SPELLING_VARIANTS.flat().flatMap((v) => (ALEFS.has(v[0]!) ? [...ALEFS].map((a) => a + v[1]) : [v.slice(0, 2)])))
const VARIANT_LETTER = /[اأإآؤئء]/u

/** Whether a listed spelling may start within the first letters of a word (after clitics). */
function mayBeFamily(value: string): boolean {
  for (let i = 0; i < 5 && i < value.length - 1; i++) if (FAMILY_HEADS.has(value.slice(i, i + 2))) return true
  return false
}

interface Occurrence {
  word: WordInfo
  form: string
  /** Where the compared part (stem, or the family's spelling) starts and ends in the form. */
  start: number
  end: number
  /** How the compared part is spelt: its variant letters, or the family spelling. */
  spelling: string
  family: boolean
}

/**
 * The stem of a form: clitics and one suffix set aside. A lone و ف ب ل ك is
 * only set aside before a stem that does not start with an alef: in `كامل`,
 * `وكان`, `لابد` the letter belongs to the word.
 */
function stemRange(form: string): [number, number] {
  let start = 0
  for (const prefix of CLITIC_PREFIXES) {
    if (!form.startsWith(prefix) || form.length - prefix.length < MIN_STEM) continue
    if (!ARTICLES.has(prefix) && (ALEFS.has(form[prefix.length]!) || form.length - prefix.length < 4)) continue
    start = prefix.length
    break
  }
  let end = form.length
  for (const suffix of SUFFIXES) {
    if (form.endsWith(suffix) && end - suffix.length - start >= MIN_STEM) {
      end -= suffix.length
      break
    }
  }
  return [start, end]
}

/** The group a word belongs to, and how this occurrence spells it. */
function classify(word: WordInfo): {key: string; occurrence: Occurrence} | undefined {
  if (!VARIANT_LETTER.test(word.value) && !mayBeFamily(word.value)) return undefined
  const form = lexiconForm(word.value)
  if (!ARABIC_WORD.test(form)) return undefined
  const [start, end] = stemRange(form)
  if (end - start < MIN_STEM) return undefined
  const stem = form.slice(start, end)
  const hasVariant = VARIANT_LETTER.test(stem)
  if (!hasVariant && !FAMILY_HEADS.has(stem.slice(0, 2))) return undefined
  // A loan word with spellings listed in rules/data: the listed start decides.
  const whole = unify(form.slice(start))
  for (let row = 0; row < FAMILIES.length; row++) {
    for (const variant of FAMILIES[row]!) {
      if (whole.startsWith(variant)) {
        const spelling = form.slice(start, start + variant.length)
        return {key: `family ${row}`, occurrence: {word, form, start, end: start + variant.length, spelling, family: true}}
      }
    }
  }
  if (!hasVariant) return undefined
  const spelling = variantLetters(stem)
  if (spelling === '-') return undefined
  return {key: unify(stem), occurrence: {word, form, start, end, spelling, family: false}}
}

/**
 * Whether a minority spelling may be advised to take the majority's: the
 * stems differ only in accepted variants. An alef against another hamza form
 * makes two words (`أعداد` / `إعداد`, `أن` / `إن`); a hamza is never advised
 * away from `أ`, `آ` or a form IV verbal noun (`احد` is a slip for `أحد`, not a
 * spelling of it); short stems (`ان`, `انه`) are particles whose hamza
 * depends on the syntax.
 */
function mayAdvise(minority: Occurrence, majority: Occurrence): boolean {
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
function misspelt(occurrence: Occurrence, lexicon: Lexicon): boolean {
  return !lexicon.has(occurrence.form) && hamzaCandidates(occurrence.form, lexicon).length > 0
}

export default defineRule({
  id: 'spelling-consistency',
  description: 'Require one spelling of a word throughout a document',
  severity: 'warn',
  fixable: false,
  category: 'orthography',
  recommended: true,
  messages: {
    mixed: 'Unexpected `{actual}`, expected `{expected}` as spelt {times} elsewhere in this document'
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
    const groups = new Map<string, Occurrence[]>()
    for (const word of doc.words) {
      const found = classify(word)
      if (!found) continue
      let list = groups.get(found.key)
      if (!list) groups.set(found.key, (list = []))
      list.push(found.occurrence)
    }
    let lexicon: Lexicon | undefined
    for (const occurrences of groups.values()) {
      const first = occurrences[0]!.spelling
      if (occurrences.every((o) => o.spelling === first)) continue
      lexicon ??= getLexicon(context.settings)
      // Misspellings are the hamza rule's; what is left are accepted spellings.
      const accepted = occurrences.filter((o) => !misspelt(o, lexicon!))
      const counts = new Map<string, {count: number; first: number; sample: Occurrence}>()
      for (const o of accepted) {
        const entry = counts.get(o.spelling)
        if (entry) entry.count++
        else counts.set(o.spelling, {count: 1, first: o.word.start, sample: o})
      }
      if (counts.size < 2) continue
      // The majority spelling; on a tie, the one the document uses first.
      const [majority, best] = [...counts].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0]!
      const model = best.sample.form.slice(best.sample.start, best.sample.end)
      for (const o of accepted) {
        if (o.spelling === majority || !mayAdvise(o, best.sample)) continue
        const expected = o.form.slice(0, o.start) + model + o.form.slice(o.end)
        context.report({
          messageId: 'mixed',
          start: o.word.start,
          end: o.word.end,
          expected: [expected],
          data: {times: best.count === 1 ? 'once' : `${best.count} times`}
        })
      }
    }
  }
})
