// A title abbreviation stands before the name it belongs to: `د. بدر`. Machine
// translation that moves the verb to the head of the clause (Arabic
// verb–subject order) can leave the title behind: "Dr. Badr confirmed" comes
// out as `د. أكد بدر`, the title now before the verb. The rule looks for a
// title abbreviation followed at once by a common news verb.
import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {isKnownVerb} from '../src/language/sentence-words.ts'

/** Titles written as abbreviations (the parser keeps the period in the word): doctor, professor doctor, engineer. */
const TITLES = new Set(['د.', 'أ.د.', 'ا.د.', 'م.'])
const NUMBER = /^[\p{N}]+$/u
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
  return TITLES.has(word.value) && !(previous && NUMBER.test(previous.value))
}

export default defineRule({
  id: 'word-order',
  description: 'Report a title abbreviation separated from its name by a verb',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  recommended: true,
  messages: {
    title: 'Unexpected verb `{verb}` after the title `{title}`, expected the name the title belongs to'
  },
  examples: {
    valid: [
      {text: 'وأكد د. بدر الدين أن التعاون مستمر، وقال م. سامي إن المشروع اكتمل.\n'},
      {
        text: 'انتهت المباراة في الدقيقة 90 د. وسجل الفريق هدفين، وتأسست المدينة عام 1200 م. وقال المؤرخ إنها قديمة.\n',
        note: 'After a number, `د.` is minutes and `م.` the era: a new sentence may start with a verb.'
      }
    ],
    invalid: [
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
    // Most documents have no title abbreviation at all.
    if (!mayHaveTitle(text)) return
    const doc = getDocument(tree, text)
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
