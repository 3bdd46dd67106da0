import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, translated, trimmedRange} from '../src/bitext/compare.ts'

const PAIRS: [string, string][] = [
  ['(', ')'],
  ['[', ']']
]
/** Double quotes in every form English and Arabic write them. */
const QUOTES = /["“”«»„]/g

function count(text: string, mark: string): number {
  let n = 0
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) n++
  return n
}

export default defineBilingualRule({
  id: 'bracket-mismatch',
  description: 'Require the quotations of the source in the target, and brackets and quotes paired where the source pairs them',
  severity: 'warn',
  fixable: false,
  category: 'typography',
  messages: {
    unpaired: {
      en: 'Unexpected {open} `{opening}` and {close} `{closing}` in the target, expected them paired as in the source',
      ar: 'عدد `{opening}` في الترجمة {open} وعدد `{closing}` {close}، والمتوقع أن يتزاوجا كما في الأصل'
    },
    quotes: {
      en: 'Unexpected {target} quotation mark(s) in the target, expected {source} as in the source',
      ar: 'عدد علامات التنصيص في الترجمة {target}، والمتوقع {source} كما في الأصل'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nThe agency (WHO) said "no".\tقالت الوكالة (منظمة الصحة العالمية) «لا».\n', note: '`"…"` may be `«…»` or `“…”` in Arabic.'},
      {
        text: 'source\ttarget\nPolice suspect a Daesh (ISIL) militant.\tتشتبه الشرطة في أحد مقاتلي "داعش".\n',
        note: 'Translators drop a bracketed acronym and quote a transliterated name: brackets and quotes the source does not pair are not compared.'
      }
    ],
    invalid: [
      {
        text: 'source\ttarget\nThe bridge (built in 2011) is high.\tالجسر الذي بني في 2011) مرتفع.\n',
        messages: ['2:37-2:67: Unexpected 0 `(` and 1 `)` in the target, expected them paired as in the source']
      },
      {
        text: 'source\ttarget\nHe said "we will win" today.\tقال إننا سننتصر اليوم.\n',
        messages: ['2:30-2:52: Unexpected 0 quotation mark(s) in the target, expected 2 as in the source'],
        note: 'A quotation of the source lost in the target.'
      },
      {
        text: 'source\ttarget\n"We have mice," he added.\tأضاف قائلاً، "لدينا فئران.\n',
        messages: ['2:27-2:53: Unexpected 1 quotation mark(s) in the target, expected 2 as in the source']
      }
    ]
  },
  checkSegments(bitext, context) {
    return (segments) => {
      for (const segment of translated(segments)) {
        const source = proseOf(segment.source)
        const target = proseOf(segment.target)
        const [start, end] = trimmedRange(segment.target.text)
        for (const [opening, closing] of PAIRS) {
          const open = count(target, opening)
          const close = count(target, closing)
          if (open !== close && count(source, opening) === count(source, closing)) {
            context.report({messageId: 'unpaired', segment, side: 'target', start, end, data: {opening, closing, open, close}, replaces: ['bracket-balance']})
          }
        }
        // A quotation lost, or a quote left unpaired where the source pairs its own.
        const s = source.match(QUOTES)?.length ?? 0
        const t = target.match(QUOTES)?.length ?? 0
        if ((s >= 2 && t === 0) || (s % 2 === 0 && t % 2 === 1)) {
          context.report({messageId: 'quotes', segment, side: 'target', start, end, data: {source: s, target: t}, replaces: ['bracket-balance']})
        }
      }
    }
  }
})
