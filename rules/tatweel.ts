import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, isHeadingLike} from '../src/engine/document.ts'
import {TATWEEL} from '../src/language/arabic.ts'

// A tatweel between two Arabic letters (or marks) is decoration inside a word.
const INSIDE = /[\u0621-\u064A\u064B-\u065F\u0670](\u0640+)(?=[\u0621-\u064A\u064B-\u065F\u0670])/u

export default defineRule({
  id: 'tatweel',
  description: 'Disallow kashida (tatweel) inside words',
  severity: 'warn',
  fixable: true,
  category: 'typography',
  options: {
    properties: {
      allowInTitles: {type: 'boolean', description: 'Allow tatweel in title and heading lines.'}
    },
    defaults: {allowInTitles: false}
  },
  messages: {
    tatweel: {
      en: 'Unexpected tatweel in `{actual}`, expected `{expected}`',
      ar: 'تطويل (كشيدة) في `{actual}`، والصواب `{expected}`'
    }
  },
  examples: {
    valid: [
      {text: 'شاركت الأمانة العامة في المؤتمر الدولي.\n'},
      {text: 'صدر في 5 رمضان 1436هـ.\n', note: '`هـ` (the Hijri era) is written with a tatweel: not decoration.'},
      {text: 'الأمانـة العامـة\nشاركت الأمانة في المؤتمر.\n', options: {allowInTitles: true}}
    ],
    invalid: [
      {
        text: 'شاركت الأمانـة الـعـامـة في المؤتمر.\n',
        messages: [
          '1:7-1:15: Unexpected tatweel in `الأمانـة`, expected `الأمانة`',
          '1:16-1:25: Unexpected tatweel in `الـعـامـة`, expected `العامة`'
        ],
        output: 'شاركت الأمانة العامة في المؤتمر.\n'
      },
      {
        text: 'وتم ذلك خــلال الـفـتــرة الماضية.\n',
        messages: [
          '1:9-1:15: Unexpected tatweel in `خــلال`, expected `خلال`',
          '1:16-1:26: Unexpected tatweel in `الـفـتــرة`, expected `الفترة`'
        ],
        output: 'وتم ذلك خلال الفترة الماضية.\n'
      }
    ]
  },
  check(tree, context, options) {
    // Most documents, and most lines of the others, have no tatweel: skip
    // them, unless a character reference (Markdown, HTML) may spell one.
    const references = context.text.includes('&')
    if (!references && !context.text.includes(TATWEEL)) return
    const doc = getDocument(tree, context.text)
    for (const paragraph of doc.paragraphs) {
      if (!references && !paragraph.text.includes(TATWEEL)) continue
      if (options.allowInTitles && isHeadingLike(paragraph)) continue
      for (const sentence of paragraph.sentences) {
        for (const word of sentence.words) {
          if (!word.value.includes(TATWEEL) || !INSIDE.test(word.value)) continue
          const fixed = word.value.replace(/(?<=[\u0621-\u064A\u064B-\u065F\u0670])\u0640+(?=[\u0621-\u064A\u064B-\u065F\u0670])/gu, '')
          context.report({messageId: 'tatweel', start: word.start, end: word.end, expected: [fixed]})
        }
      }
    }
  }
})
