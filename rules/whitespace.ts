import {defineRule} from '../src/engine/define-rule.ts'
import type {Localized, PlaceholderValue} from '../src/engine/locale.ts'
import type {RuleContext} from '../src/engine/types.ts'

// Horizontal whitespace: space, tab, no-break space and the other Unicode
// spaces. Line breaks (`\n`, `\r\n`, a lone `\r`) are never part of it.
const NBSP = '\u00A0'
const LINE_BREAK = /\r\n|\n|\r/g

function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    (code >= 0xa0 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000))
  )
}

/** Two or more of the characters `isSpaceCode` accepts. */
const SPACE_RUN = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}/g

export function isHorizontalSpace(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && isSpaceCode(char.charCodeAt(0))
}

interface Line {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character, before the line break. */
  end: number
  /** Offset of the next line (after the line break), or the text's length. */
  next: number
  /** The line break (`''` on a last line without one). */
  lineBreak: string
  /** End of the leading whitespace (`end` on a blank line). */
  indentEnd: number
  /** Start of the trailing whitespace (`start` on a blank line). */
  trailStart: number
  blank: boolean
}

// Invisible characters that show nothing on their own: a line of them and
// spaces looks blank (invisible-characters reports the characters).
const IGNORABLE = /^[ \t\u00A0\u1680\u2000-\u200F\u202F\u205F\u3000\u00AD\u061C\u2060-\u2064\uFEFF]*$/

/** Split a text into lines; `\r\n` is one line break. */
function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  const push = (end: number, lineBreak: string) => {
    let indentEnd = start
    while (indentEnd < end && isSpaceCode(text.charCodeAt(indentEnd))) indentEnd++
    let trailStart = end
    while (trailStart > indentEnd && isSpaceCode(text.charCodeAt(trailStart - 1))) trailStart--
    const blank = indentEnd === end || IGNORABLE.test(text.slice(indentEnd, trailStart))
    lines.push({start, end, next: end + lineBreak.length, lineBreak, indentEnd, trailStart, blank})
  }
  LINE_BREAK.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = LINE_BREAK.exec(text))) {
    push(match.index, match[0])
    start = match.index + match[0].length
  }
  // The empty piece after a final line break is not a line.
  if (start < text.length) push(text.length, '')
  return lines
}

// Each kind of white space: its name (one, several) in each language.
const NAMES: Record<string, {en: [string, string]; ar: [string, string]}> = {
  ' ': {en: ['space', 'spaces'], ar: ['مسافة', 'مسافات']},
  '\t': {en: ['tab', 'tabs'], ar: ['مسافة جدولة', 'مسافات جدولة']},
  [NBSP]: {en: ['no-break space', 'no-break spaces'], ar: ['مسافة غير فاصلة', 'مسافات غير فاصلة']},
  other: {en: ['other space character', 'other space characters'], ar: ['محرف مسافة آخر', 'محارف مسافة أخرى']}
}

const descriptions = new Map<string, Localized>()

/**
 * Describe a run of whitespace: "`2` spaces", "`1` space and `1` no-break
 * space"; in Arabic the count follows the name ("مسافات (`2`)"), which spares
 * the agreement of a number with its noun (worked out once per run).
 */
export function describeWhitespace(value: string): Localized {
  let description = descriptions.get(value)
  if (description === undefined) {
    if (descriptions.size >= 1000) descriptions.clear()
    descriptions.set(value, (description = describe(value)))
  }
  return description
}

function describe(value: string): Localized {
  const counts = new Map<string, number>()
  for (const char of value) {
    const key = char in NAMES ? char : 'other'
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const en = [...counts].map(([key, count]) => `\`${count}\` ${NAMES[key]!.en[count === 1 ? 0 : 1]}`)
  const ar = [...counts].map(([key, count]) => `${NAMES[key]!.ar[count === 1 ? 0 : 1]} (\`${count}\`)`)
  return {
    en: en.length === 1 ? en[0]! : `${en.slice(0, -1).join(', ')} and ${en.at(-1)}`,
    ar: ar.length === 1 ? ar[0]! : `${ar.slice(0, -1).join('، ')} و${ar.at(-1)}`
  }
}

/** The indent most lines share, when the document indents its paragraphs consistently. */
function sharedIndent(text: string, lines: Line[]): string | undefined {
  const counts = new Map<string, number>()
  let nonBlank = 0
  for (const line of lines) {
    if (line.blank) continue
    nonBlank++
    if (line.indentEnd > line.start) {
      const indent = text.slice(line.start, line.indentEnd)
      counts.set(indent, (counts.get(indent) ?? 0) + 1)
    }
  }
  let best: string | undefined
  let bestCount = 0
  for (const [indent, count] of counts) {
    if (count > bestCount) {
      best = indent
      bestCount = count
    }
  }
  return best !== undefined && bestCount >= 3 && bestCount * 2 > nonBlank ? best : undefined
}

function reportRun(context: RuleContext, messageId: string, start: number, end: number, expected: string, data: Record<string, PlaceholderValue> = {}) {
  const actual = context.text.slice(start, end)
  context.report({messageId, start, end, expected: [expected], data: {whitespace: describeWhitespace(actual), ...data}})
}

export default defineRule({
  id: 'whitespace',
  description: 'Disallow stray whitespace: trailing, doubled, leading spaces and runs of blank lines',
  severity: 'warn',
  fixable: true,
  category: 'typography',
  options: {
    properties: {
      maxBlankLines: {type: 'integer', minimum: 0, description: 'How many blank lines may follow each other.'},
      allowIndent: {
        type: 'boolean',
        description: 'Allow the paragraph indent that most lines of the document share (a layout, not a stray space).'
      },
      finalNewline: {type: 'boolean', description: 'Require a line break at the end of the file.'}
    },
    defaults: {maxBlankLines: 1, allowIndent: true, finalNewline: false}
  },
  messages: {
    leading: {
      en: 'Unexpected {whitespace} at the start of the line, expected none',
      ar: '{whitespace} في أول السطر، والصواب حذفها'
    },
    indent: {
      en: 'Unexpected {whitespace} at the start of the line, expected {indent} like the other lines',
      ar: '{whitespace} في أول السطر، والصواب {indent} كسائر الأسطر'
    },
    trailing: {
      en: 'Unexpected {whitespace} at the end of the line, expected none',
      ar: '{whitespace} في آخر السطر، والصواب حذفها'
    },
    blank: {
      en: 'Unexpected {whitespace} on a blank line, expected none',
      ar: '{whitespace} في سطر فارغ، والصواب حذفها'
    },
    run: {
      en: 'Unexpected {whitespace} in a row, expected {one}',
      ar: '{whitespace} متتالية، والصواب {one}'
    },
    blankLines: {
      en: 'Unexpected `{count}` blank lines in a row, expected at most `{max}`',
      ar: 'أسطر فارغة متتالية عددها `{count}`، والحد الأقصى `{max}`'
    },
    finalNewline: {
      en: 'Unexpected end of file without a line break, expected a final `{lineBreak}`',
      ar: 'انتهى الملف بلا فاصل أسطر، والمتوقع `{lineBreak}` في آخره'
    }
  },
  examples: {
    valid: [
      {text: 'استقبل وزير الخارجية اليوم وفدًا من البرلمان الأوروبي.\n\nوبحث الجانبان سبل التعاون.\n'},
      {
        text: 'الأمن والتنمية\r\n\r\nناقش المجلس خطة العمل للعام المقبل.\r\n',
        note: 'Windows line breaks (`\\r\\n`) are one line break each: the `\\r` is neither a space nor a blank line.'
      },
      {
        text: 'تقرير المنظمة\n\n تبدأ الدورة الجديدة في الخريف.\n تشارك فيها خمس عشرة دولة.\n تنتهي أعمالها في الشتاء.\n',
        note: 'A paragraph indent that most lines share is a layout, not a stray space (option `allowIndent`).'
      },
      {
        text: 'بلغت المسافة 15\u00A0كيلومترًا.\n',
        note: 'One no-break space between two words is kept: it may hold a number to its unit.'
      },
      {text: 'فقرة أولى.\n\n\nفقرة ثانية.', options: {maxBlankLines: 2}}
    ],
    invalid: [
      {
        text: 'أكد الوزير أهمية التعاون.  وأشار إلى  الخطة الجديدة. \n',
        messages: [
          '1:26-1:28: Unexpected `2` spaces in a row, expected `1` space',
          '1:37-1:39: Unexpected `2` spaces in a row, expected `1` space',
          '1:53-1:54: Unexpected `1` space at the end of the line, expected none'
        ],
        output: 'أكد الوزير أهمية التعاون. وأشار إلى الخطة الجديدة.\n'
      },
      {
        text: 'اختتم المؤتمر أعماله أمس.\n\n\n\nوصدر عنه بيان ختامي.\n',
        note: 'Extra blank lines are removed; one is kept.',
        messages: ['3:1-5:1: Unexpected `3` blank lines in a row, expected at most `1`'],
        output: 'اختتم المؤتمر أعماله أمس.\n\nوصدر عنه بيان ختامي.\n'
      },
      {
        text: 'عنوان الخبر\n وصل الوفد إلى العاصمة صباح اليوم.\nوعقد اجتماعًا مع المسؤولين.\n',
        note: 'A single line that starts with a space, among lines that do not.',
        messages: ['2:1-2:2: Unexpected `1` space at the start of the line, expected none'],
        output: 'عنوان الخبر\nوصل الوفد إلى العاصمة صباح اليوم.\nوعقد اجتماعًا مع المسؤولين.\n'
      },
      {
        text: 'بدأت الجلسة \r\n\r\n\r\n\r\nوانتهت  مساءً.\r\n',
        note: 'Windows line breaks: the spaces and blank lines go, every `\\r\\n` that stays is kept whole.',
        messages: [
          '1:12-1:13: Unexpected `1` space at the end of the line, expected none',
          '3:1-5:1: Unexpected `3` blank lines in a row, expected at most `1`',
          '5:7-5:9: Unexpected `2` spaces in a row, expected `1` space'
        ],
        output: 'بدأت الجلسة\r\n\r\nوانتهت مساءً.\r\n'
      },
      {
        text: '\u00A0\u00A0قالت الوزارة إن\u00A0 البرنامج مستمر.\n\u0020\u0020\n',
        note: 'No-break spaces count as whitespace: at the start of a line or beside another space they are stray.',
        messages: [
          '1:1-1:3: Unexpected `2` no-break spaces at the start of the line, expected none',
          '1:18-1:20: Unexpected `1` no-break space and `1` space in a row, expected `1` space',
          '2:1-2:3: Unexpected `2` spaces on a blank line, expected none'
        ],
        output: 'قالت الوزارة إن البرنامج مستمر.\n\n'
      },
      {
        text: 'تقرير\n\n تبدأ الدورة في الخريف.\n   تشارك فيها خمس دول.\n تنتهي في الشتاء.\n وتصدر توصياتها بعد شهر.\n',
        note: 'In an indented document, a line indented differently gets the shared indent.',
        messages: ['4:1-4:4: Unexpected `3` spaces at the start of the line, expected `1` space like the other lines'],
        output: 'تقرير\n\n تبدأ الدورة في الخريف.\n تشارك فيها خمس دول.\n تنتهي في الشتاء.\n وتصدر توصياتها بعد شهر.\n'
      },
      {
        text: 'عاد الوفد إلى بلاده.',
        options: {finalNewline: true},
        messages: ['1:21-1:21: Unexpected end of file without a line break, expected a final `\\n`'],
        output: 'عاد الوفد إلى بلاده.\n'
      }
    ]
  },
  check(_tree, context, options) {
    const text = context.text
    const lines = splitLines(text)
    const indent = options.allowIndent ? sharedIndent(text, lines) : undefined
    const maxBlank = options.maxBlankLines
    let index = 0
    while (index < lines.length) {
      const line = lines[index]
      if (line.blank) {
        let last = index
        while (last + 1 < lines.length && lines[last + 1].blank) last++
        const count = last - index + 1
        // Whitespace on the blank lines that stay.
        const kept = Math.min(count, maxBlank)
        for (let k = index; k < index + kept; k++) {
          // A line with invisible characters is left to invisible-characters.
          if (lines[k].end > lines[k].start && lines[k].indentEnd === lines[k].end) {
            reportRun(context, 'blank', lines[k].start, lines[k].end, '')
          }
        }
        if (count > maxBlank) {
          const first = lines[index + maxBlank]
          const end = lines[last].next
          context.report({
            messageId: 'blankLines',
            start: first.start,
            end,
            actual: text.slice(first.start, end),
            expected: [''],
            data: {count, max: maxBlank}
          })
        }
        index = last + 1
        continue
      }
      if (line.indentEnd > line.start) {
        const value = text.slice(line.start, line.indentEnd)
        if (indent === undefined) reportRun(context, 'leading', line.start, line.indentEnd, '')
        else if (value !== indent) {
          reportRun(context, 'indent', line.start, line.indentEnd, indent, {indent: describeWhitespace(indent)})
        }
      }
      // Runs of spaces inside the line (a tab is a layout choice: left alone).
      if (line.trailStart - line.indentEnd > 2) {
        const middle = text.slice(line.indentEnd, line.trailStart)
        SPACE_RUN.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = SPACE_RUN.exec(middle))) {
          const value = match[0]
          if (value.includes('\t')) continue
          const position = line.indentEnd + match.index
          const one = /^\u00A0+$/.test(value) ? NBSP : ' '
          reportRun(context, 'run', position, position + value.length, one, {one: describeWhitespace(one)})
        }
      }
      if (line.end > line.trailStart) reportRun(context, 'trailing', line.trailStart, line.end, '')
      index++
    }
    if (options.finalNewline && text.length > 0 && lines.length > 0 && lines[lines.length - 1].lineBreak === '') {
      const lineBreak = lines.length > 1 ? lines[0].lineBreak : '\n'
      context.report({
        messageId: 'finalNewline',
        start: text.length,
        end: text.length,
        actual: '',
        expected: [lineBreak],
        data: {lineBreak: lineBreak === '\r\n' ? '\\r\\n' : lineBreak === '\r' ? '\\r' : '\\n'}
      })
    }
  }
})
