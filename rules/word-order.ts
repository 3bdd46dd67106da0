// A title abbreviation stands before the name it belongs to: `د. بدر`. Machine
// translation that moves the verb to the head of the clause (Arabic
// verb–subject order) can leave the title behind: "Dr. Badr confirmed" comes
// out as `د. أكد بدر`, the title now before the verb. The rule looks for a
// title abbreviation followed at once by a common news verb.
//
// English puts the reporting verb after the words reported ("…, he added.");
// Arabic puts it first (`وأضاف أن …`, `وقال: «…»`). A sentence that ends
// with a comma and a reporting verb alone (`…، أضاف.`, `…، قال هو.`) is that
// English order carried over: edited news never writes it (none in the 7.7
// million words of the corpus the statistics are built from), and the
// statistics confirm, verb by verb, that edited text seldom ends a sentence
// with it.
import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {isKnownVerb} from '../src/language/sentence-words.ts'
import {Col} from '../src/stats/corpus-stats.ts'
import {statsFor} from '../src/stats/load.ts'
import {REPORTING_VERBS, SUBJECT_PRONOUNS} from './data/reporting-verbs.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

/** Titles written as abbreviations (the parser keeps the period in the word): doctor, professor doctor, engineer. */
const TITLES = new Set(['د.', 'أ.د.', 'ا.د.', 'م.'])
const NUMBER = lazyRegExp(() => /^[\p{N}]+$/u)
/**
 * Whether the text may hold a title: a period after `د` or `م` that does not
 * end a longer Arabic word (`أ.د.` ends in `.د.`). A quick filter over the
 * periods only; the words themselves decide.
 */
export function mayHaveTitle(text: string): boolean {
  for (let i = text.indexOf('.', 1); i !== -1; i = text.indexOf('.', i + 1)) {
    const letter = text.charCodeAt(i - 1)
    if (letter !== 0x062f && letter !== 0x0645) continue
    const before = i > 1 ? text.charCodeAt(i - 2) : 0x20
    if (before < 0x0621 || before > 0x064a) return true
  }
  return false
}

/** Whether a word, after `previous`, is a title abbreviation (`د.`). */
function isTitle(word: WordInfo, previous: WordInfo | undefined): boolean {
  // After a number, `د.` is minutes and `م.` the era (`2024 م.`): a new sentence may follow.
  return TITLES.has(word.value) && !(previous && NUMBER().test(previous.value))
}

/**
 * The share of a verb's occurrences that end a sentence or paragraph in
 * edited text at or above which a sentence may end with it (`قال` 0.2%,
 * `تقول` 1.6% in edited news, mostly `كما يقول.`).
 */
const MAX_END_SHARE = 0.05
// A comma, a closing quote or bracket of what was said, or both (`«…»، قال.`, `"…" أضاف.`).
const COMMA = /^(?:[\s"'»”’)]*[،,]|\s*["'»”’)][\s"'»”’)]*)\s*$/u
const FINAL = /^[\s"'»”’)]*[.!]?[\s"'»”’)]*$/u

/**
 * The reporting verb of a sentence that ends `…، قال.`, `…، قال هو.` or
 * `"…" أضاف.`: the last word (or the last but one, before a subject pronoun)
 * right after a comma or a closing quote, with nothing but a final period,
 * quotes or brackets after it.
 */
function trailingReportingVerb(words: readonly WordInfo[], text: string, end: number): WordInfo | undefined {
  let last = words.length - 1
  if (last < 1) return undefined
  if (!FINAL.test(text.slice(words[last]!.end, end))) return undefined
  if (SUBJECT_PRONOUNS.has(words[last]!.key)) {
    if (text.slice(words[last - 1]!.end, words[last]!.start).trim() !== '') return undefined
    last--
  }
  if (last < 1) return undefined
  const verb = words[last]!
  const key = verb.key.length > 3 && (verb.key[0] === 'و' || verb.key[0] === 'ف') && REPORTING_VERBS.has(verb.key.slice(1)) ? verb.key.slice(1) : verb.key
  if (!REPORTING_VERBS.has(key)) return undefined
  if (!COMMA.test(text.slice(words[last - 1]!.end, verb.start))) return undefined
  return verb
}

export default defineRule({
  id: 'word-order',
  description: 'Report a title abbreviation separated from its name by a verb, and a reporting verb left after what was said',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  messages: {
    title: {
      en: 'Unexpected verb `{verb}` after the title `{title}`, expected the name the title belongs to',
      ar: 'الفعل `{verb}` بعد اللقب `{title}`، والمتوقع أن يلي اللقبَ اسمُ صاحبه'
    },
    reporting: {
      en: 'Unexpected reporting verb `{verb}` after what was said, expected it first (`{verb} …`)',
      ar: 'فعل القول `{verb}` بعد المقول، والمتوقع تقديمه (`{verb} …`)'
    }
  },
  examples: {
    valid: [
      {
        text: 'وقال الوزير: «سنعود»، وأضاف أن الوفد سيصل غدا. وهذا ما حدث، كما قال.\n',
        note: 'The reporting verb first, as Arabic puts it; after `كما` it may end a sentence.'
      },
      {text: 'وأكد د. بدر الدين أن التعاون مستمر، وقال م. سامي إن المشروع اكتمل.\n'},
      {
        text: 'انتهت المباراة في الدقيقة 90 د. وسجل الفريق هدفين، وتأسست المدينة عام 1200 م. وقال المؤرخ إنها قديمة.\n',
        note: 'After a number, `د.` is minutes and `م.` the era: a new sentence may start with a verb.'
      }
    ],
    invalid: [
      {
        text: '«سنعود قريبا»، قال.\n',
        note: 'The English order "…, he said." carried into Arabic: edited news never ends a sentence with a reporting verb alone after a comma.',
        messages: ['1:16-1:19: Unexpected reporting verb `قال` after what was said, expected it first (`قال …`)']
      },
      {
        text: '"سنعمل على خفض الانبعاثات"، قال هو.\n',
        messages: ['1:29-1:32: Unexpected reporting verb `قال` after what was said, expected it first (`قال …`)']
      },
      {
        text: '"لدينا الآن فئران غير مصابة بالسكري" أضاف.\n',
        messages: ['1:38-1:42: Unexpected reporting verb `أضاف` after what was said, expected it first (`أضاف …`)']
      },
      {
        text: 'وقال المكتب إن د. أكد بدر أهمية التعاون.\n',
        note: 'The verb moved before the subject and left the title behind (seed 000): `أكد د. بدر`.',
        messages: ['1:16-1:22: Unexpected verb `أكد` after the title `د.`, expected the name the title belongs to']
      },
      {
        text: 'وفي الختام أ.د. شدد محمود على ضرورة المتابعة.\n',
        messages: ['1:12-1:20: Unexpected verb `شدد` after the title `أ.د.`, expected the name the title belongs to']
      }
    ]
  },
  check(tree, context) {
    const text = context.text
    const doc = getDocument(tree, text)
    const stats = statsFor(context.settings)
    for (const sentence of doc.sentences) {
      const verb = trailingReportingVerb(sentence.words, text, sentence.end)
      if (!verb) continue
      // Edited text that ends sentences with this verb (the user's own statistics) lets it stand.
      if (stats) {
        const count = stats.word(verb.key)
        if (count > 0 && (stats.word(verb.key, Col.SentenceEnd) + stats.word(verb.key, Col.ParagraphEnd)) / count >= MAX_END_SHARE) continue
      }
      context.report({messageId: 'reporting', start: verb.start, end: verb.end, data: {verb: verb.value}})
    }
    // Most documents have no title abbreviation at all.
    if (!mayHaveTitle(text)) return
    for (const sentence of doc.sentences) {
      const words = sentence.words
      for (let i = 0; i + 1 < words.length; i++) {
        const word = words[i]!
        if (word.value.length > 4 || !isTitle(word, i > 0 ? words[i - 1] : undefined)) continue
        const next = words[i + 1]!
        // Only white space between the title and the next word.
        if (text.slice(word.end, next.start).trim() !== '' || !isKnownVerb(next.key)) continue
        context.report({messageId: 'title', start: word.start, end: next.end, data: {verb: next.value, title: word.value}})
      }
    }
  }
})
