import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, translated, trimmedRange} from '../src/bitext/compare.ts'

/** Round and square brackets, counted by kind; curly ones are placeholders' business. */
const BRACKETS: [string, RegExp][] = [
  ['()', /[()]/g],
  ['[]', /[[\]]/g]
]
/** Double quotes in every form English and Arabic write them. */
const QUOTES = /["“”«»„]/g

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0
}

export default defineBilingualRule({
  id: 'bracket-mismatch',
  description: 'Require the brackets and quotation marks of the source in the target',
  severity: 'warn',
  fixable: false,
  category: 'typography',
  recommended: true,
  messages: {
    brackets: 'Unexpected {target} `{kind}` bracket(s) in the target, expected {source} as in the source',
    quotes: 'Unexpected {target} quotation mark(s) in the target, expected {source} as in the source'
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nThe agency (WHO) said "no".\tقالت الوكالة (منظمة الصحة العالمية) «لا».\n', note: '`"…"` may be `«…»` or `“…”` in Arabic.'}
    ],
    invalid: [
      {
        text: 'source\ttarget\nThe bridge (built in 2011) is high.\tالجسر الذي بني في 2011) مرتفع.\n',
        messages: ['2:37-2:67: Unexpected 1 `()` bracket(s) in the target, expected 2 as in the source']
      },
      {
        text: 'source\ttarget\nHe said "we will win" today.\tقال إننا سننتصر اليوم.\n',
        messages: ['2:30-2:52: Unexpected 0 quotation mark(s) in the target, expected 2 as in the source']
      }
    ]
  },
  checkSegments(bitext, context) {
    for (const segment of translated(bitext)) {
      const source = proseOf(segment.source)
      const target = proseOf(segment.target)
      const [start, end] = trimmedRange(segment.target.text)
      for (const [kind, pattern] of BRACKETS) {
        const s = count(source, pattern)
        const t = count(target, pattern)
        if (s !== t) context.report({messageId: 'brackets', segment, side: 'target', start, end, data: {kind, source: s, target: t}})
      }
      // Quotes: an even count on each side that differs, or an odd one in the target the source does not have.
      const s = count(source, QUOTES)
      const t = count(target, QUOTES)
      if (s !== t && (s % 2 === 0 || t % 2 === 1)) context.report({messageId: 'quotes', segment, side: 'target', start, end, data: {source: s, target: t}})
    }
  }
})
