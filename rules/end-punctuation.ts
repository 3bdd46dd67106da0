import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, translated} from '../src/bitext/compare.ts'

/** Closing quotes and brackets, white space, direction marks and masked codes after a final mark. */
const CLOSERS = /["'»”’)\]\s\uE000\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]*$/u
/** A final mark, read as its class: the Latin and Arabic forms of one mark are the same class. */
const MARK = /(\.\.\.|…|[.!?؟;؛,،:۔])$/u

const CLASS: Record<string, string> = {
  '.': '.', '۔': '.', '!': '!', '?': '?', '؟': '?', ';': ';', '؛': ';', ',': ',', '،': ',', ':': ':', '...': '…', '…': '…'
}
/** The form an Arabic target takes for each class. */
const ARABIC: Record<string, string> = {'.': '.', '!': '!', '?': '؟', ';': '؛', ',': '،', ':': ':', '…': '…'}

/** The final mark of a text (before closing quotes and brackets) and where it is. */
function finalMark(text: string): {mark: string; start: number; end: number; at: number} | undefined {
  const closers = CLOSERS.exec(text)!
  const body = text.slice(0, closers.index)
  const match = MARK.exec(body)
  if (!match) return {mark: '', start: body.length, end: body.length, at: body.length}
  // `?!`, `!!`: the class of the last one; `..` is not an ellipsis.
  return {mark: match[1]!, start: match.index!, end: body.length, at: body.length}
}

export default defineBilingualRule({
  id: 'end-punctuation',
  description: 'Require the final mark of the source in the target, in its Arabic form',
  severity: 'warn',
  fixable: true,
  category: 'typography',
  messages: {
    different: {
      en: 'Unexpected `{actual}` at the end, expected `{expected}` as the source ends with `{source}`',
      ar: '`{actual}` في آخر الترجمة، والصواب `{expected}` لأن الأصل ينتهي بـ`{source}`'
    },
    missing: {
      en: 'Unexpected end without a final mark, expected `{expected}` as the source ends with `{source}`',
      ar: 'الترجمة بلا علامة في آخرها، والصواب `{expected}` لأن الأصل ينتهي بـ`{source}`'
    },
    extra: {
      en: 'Unexpected `{actual}` at the end, expected no final mark as in the source',
      ar: '`{actual}` في آخر الترجمة، والصواب حذفها لأن الأصل بلا علامة في آخره'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nIs it ready?\tهل هو جاهز؟\nFirst; then\tأولا؛ ثم\n', note: '`?` is `؟` and `;` is `؛` in Arabic: the same mark.'},
      {text: 'source\ttarget\n"We will win," he said.\t"سننتصر"، قال.\n', note: 'Closing quotes and brackets are looked past.'},
      {text: 'source\ttarget\nSave as\tحفظ باسم\n'}
    ],
    invalid: [
      {
        text: 'source\ttarget\nDo you want to delete it?\tهل تريد حذفه.\n',
        messages: ['2:39-2:40: Unexpected `.` at the end, expected `؟` as the source ends with `?`'],
        output: 'source\ttarget\nDo you want to delete it?\tهل تريد حذفه؟\n'
      },
      {
        text: 'source\ttarget\nThe file was saved.\tتم حفظ الملف\n',
        messages: ['2:33-2:33: Unexpected end without a final mark, expected `.` as the source ends with `.`'],
        output: 'source\ttarget\nThe file was saved.\tتم حفظ الملف.\n'
      },
      {
        text: 'source\ttarget\nSettings\tالإعدادات.\n',
        messages: ['2:19-2:20: Unexpected `.` at the end, expected no final mark as in the source'],
        output: 'source\ttarget\nSettings\tالإعدادات\n'
      }
    ]
  },
  checkSegments(bitext, context) {
    return (segments) => {
      for (const segment of translated(segments)) {
        const source = finalMark(proseOf(segment.source))!
        const target = finalMark(proseOf(segment.target))!
        const sourceClass = CLASS[source.mark] ?? ''
        const targetClass = CLASS[target.mark] ?? ''
        if (sourceClass === targetClass) continue
        if (!/\p{L}/u.test(segment.target.text)) continue
        if (!sourceClass) {
          // Only a sentence mark added where the source has none; a colon or comma may be the target's grammar.
          if (targetClass === '.' || targetClass === '!' || targetClass === '?') {
            context.report({messageId: 'extra', segment, side: 'target', start: target.start, end: target.end, expected: ['']})
          }
          continue
        }
        const expected = ARABIC[sourceClass]!
        if (!targetClass) {
          context.report({messageId: 'missing', segment, side: 'target', start: target.at, end: target.at, actual: '', expected: [expected], data: {source: source.mark}})
        } else {
          context.report({messageId: 'different', segment, side: 'target', start: target.start, end: target.end, expected: [expected], data: {source: source.mark}})
        }
      }
    }
  }
})
