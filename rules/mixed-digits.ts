import {defineRule} from '../src/engine/define-rule.ts'
import type {Localized} from '../src/engine/locale.ts'
import {isWhiteSpaceCode} from '../src/language/arabic.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

type System = 'western' | 'eastern' | 'persian'

// A number: digit groups joined by a decimal, thousands, time, date or range
// separator (`3.5`, `1,200`, `14:30`, `23/5/2022`, `٣٫٥`).
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,:/\u066B\u066C-][0-9\u0660-\u0669\u06F0-\u06F9]+)*/g
const LATIN = lazyRegExp(() => /\p{Script=Latin}/u)
const WESTERN_DIGIT = /[0-9]/
const EASTERN_DIGIT = /[\u0660-\u0669]/
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/
const LETTER = lazyRegExp(() => /\p{L}/u)
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/

const BASE: Record<System, number> = {western: 0x30, eastern: 0x660, persian: 0x6f0}
// An adjective of the word "digits" in each language (\`أرقام غربية\`).
const LABEL: Record<System, Localized> = {
  western: {en: 'Western', ar: 'غربية'},
  eastern: {en: 'Eastern Arabic', ar: 'مشرقية'},
  persian: {en: 'Persian', ar: 'فارسية'}
}

function systemOf(code: number): System | undefined {
  if (code >= 0x30 && code <= 0x39) return 'western'
  if (code >= 0x660 && code <= 0x669) return 'eastern'
  if (code >= 0x6f0 && code <= 0x6f9) return 'persian'
  return undefined
}

/** The digit systems in a number, in order of first use. */
function systemsOf(value: string): System[] {
  const found: System[] = []
  for (let index = 0; index < value.length; index++) {
    const system = systemOf(value.charCodeAt(index))
    if (system && !found.includes(system)) found.push(system)
  }
  return found
}

/** Rewrite the digits of a number in another system; separators stay. */
export function convertDigits(value: string, to: System): string {
  let result = ''
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const system = systemOf(code)
    result += system ? String.fromCharCode(BASE[to] + code - BASE[system]) : value[index]
  }
  return result
}

interface Found {
  start: number
  end: number
  value: string
  systems: System[]
}


/** The offset of the next `lineBreak` from `from`, or the text's length. */
function breakAt(text: string, lineBreak: '\n' | '\r', from: number): number {
  const index = text.indexOf(lineBreak, from)
  return index === -1 ? text.length : index
}

/**
 * Whether the text has digits this rule could report: Persian digits, or
 * digits of a system other than the preferred one (with `auto`, of both
 * systems). Most documents use one system throughout.
 */
export function mayReport(text: string, preferred: unknown): boolean {
  if (PERSIAN_DIGIT.test(text)) return true
  if (preferred === 'western') return EASTERN_DIGIT.test(text)
  if (preferred === 'eastern') return WESTERN_DIGIT.test(text)
  return WESTERN_DIGIT.test(text) && EASTERN_DIGIT.test(text)
}

/**
 * Numbers that belong to the Arabic text: not part of a token with Latin
 * letters (`F-16`, `COVID-19`, a URL, an e-mail address) and not on a line
 * without Arabic letters.
 */
function collectNumbers(text: string): Found[] {
  const numbers: Found[] = []
  // Numbers come in text order, so tokens and lines are found moving forward:
  // the whitespace-delimited token around the last number and whether it is
  // Latin; the line that holds it (from `lineStart` to the line break at
  // `lineEnd`) and whether it is Arabic; the next `\n` and `\r`.
  let tokenStart = 0
  let tokenEnd = 0
  let latinToken = false
  let lineStart = 0
  let lineEnd = -1
  let nextLf = -1
  let nextCr = -1
  let arabicLine = false
  NUMBER.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = NUMBER.exec(text))) {
    const start = match.index
    const end = start + match[0].length
    if (start >= tokenEnd) {
      tokenStart = start
      while (tokenStart > 0 && !isWhiteSpaceCode(text.charCodeAt(tokenStart - 1))) tokenStart--
      tokenEnd = end
      while (tokenEnd < text.length && !isWhiteSpaceCode(text.charCodeAt(tokenEnd))) tokenEnd++
      const token = text.slice(tokenStart, tokenEnd)
      latinToken = LATIN().test(token) || token.includes('@')
    }
    if (latinToken) continue
    // A designation joined by a hyphen to its name (`كوفيد-19`, `سكود-2`) keeps the name's digits.
    if (text[start - 1] === '-' && LETTER().test(text[start - 2] ?? '')) continue
    if (tokenStart > lineEnd) {
      while (tokenStart > lineEnd) {
        if (lineEnd >= 0) lineStart = lineEnd + 1
        if (nextLf < lineStart) nextLf = breakAt(text, '\n', lineStart)
        if (nextCr < lineStart) nextCr = breakAt(text, '\r', lineStart)
        lineEnd = Math.min(nextLf, nextCr)
      }
      const line = text.slice(lineStart, lineEnd)
      arabicLine = ARABIC_LETTER.test(line) || !LATIN().test(line)
    }
    if (!arabicLine) continue
    numbers.push({start, end, value: match[0], systems: systemsOf(match[0])})
  }
  return numbers
}

export default defineRule({
  id: 'mixed-digits',
  description: 'Disallow mixing Western, Eastern Arabic and Persian digits in one document',
  severity: 'warn',
  fixable: false,
  category: 'typography',
  options: {
    properties: {
      preferred: {
        enum: ['auto', 'western', 'eastern'],
        description: 'The digits to use: `western` (0-9), `eastern` (٠-٩), or `auto` (those most numbers of the document use).'
      }
    },
    defaults: {preferred: 'auto'}
  },
  messages: {
    minority: {
      en: 'Unexpected {system} digits in `{actual}`, expected {preferred} digits (`{expected}`) as in the rest of the document',
      ar: 'أرقام {system} في `{actual}`، والصواب أرقام {preferred} (`{expected}`) كما في سائر المستند'
    },
    preferred: {
      en: 'Unexpected {system} digits in `{actual}`, expected {preferred} digits (`{expected}`)',
      ar: 'أرقام {system} في `{actual}`، والصواب أرقام {preferred} (`{expected}`)'
    },
    persian: {
      en: 'Unexpected Persian digits in `{actual}`, expected {preferred} digits (`{expected}`)',
      ar: 'أرقام فارسية في `{actual}`، والصواب أرقام {preferred} (`{expected}`)'
    },
    mixed: {
      en: 'Unexpected mixed digits in `{actual}`, expected {preferred} digits (`{expected}`)',
      ar: 'أرقام مختلطة في `{actual}`، والصواب أرقام {preferred} (`{expected}`)'
    }
  },
  examples: {
    valid: [
      {text: 'عقد المؤتمر في 12 مارس 2023 بمشاركة 40 دولة.\n'},
      {text: 'عقد المؤتمر في ١٢ مارس ٢٠٢٣ بمشاركة ٤٠ دولة.\n'},
      {
        text: 'وصلت طائرات F-16 في ١٢ مارس ٢٠٢٣ بعد جائحة كوفيد-19، وفق موقع www.example.org/2023.\n',
        note: 'Digits inside Latin tokens (model names, addresses) are part of the Latin text, and a designation joined to its name by a hyphen keeps the name\'s digits: not counted.'
      },
      {
        text: 'English version 2.0\nصدر التقرير في ٥ أبواب.\n',
        note: 'A line without Arabic letters is Latin text: its digits are not counted.'
      }
    ],
    invalid: [
      {
        text: 'السبت ٣ مارس ٢٠١٨\n١٠:٢٨ ص +02:00 بتوقيت القاهرة\n',
        note: 'Most numbers use Eastern Arabic digits: the Western ones are the odd ones out.',
        messages: ['2:10-2:15: Unexpected Western digits in `02:00`, expected Eastern Arabic digits (`٠٢:٠٠`) as in the rest of the document']
      },
      {
        text: 'شارك 25 خبيرًا في 3 جلسات على مدى 4 أيام، وقدم ٢٥ منهم أوراقًا، ثم ٢٥ آخرون.\n',
        note: 'Each minority number is reported once.',
        messages: ['1:48-1:50: Unexpected Eastern Arabic digits in `٢٥`, expected Western digits (`25`) as in the rest of the document']
      },
      {
        text: 'بلغ عدد المشاركين ۱۲۵ مشاركًا من 14 دولة.\n',
        note: 'Persian digits (`۰-۹`, U+06F0–06F9) are never right in Arabic text; `۴ ۵ ۶` even look different.',
        messages: ['1:19-1:22: Unexpected Persian digits in `۱۲۵`, expected Western digits (`125`)']
      },
      {
        text: 'صدر القرار عام ٢٠1٨ بعد 3 جلسات.\n',
        messages: ['1:16-1:20: Unexpected mixed digits in `٢٠1٨`, expected Western digits (`2018`)']
      },
      {
        text: 'عقد المؤتمر في 12 مارس 2023.\n',
        options: {preferred: 'eastern'},
        messages: [
          '1:16-1:18: Unexpected Western digits in `12`, expected Eastern Arabic digits (`١٢`)',
          '1:24-1:28: Unexpected Western digits in `2023`, expected Eastern Arabic digits (`٢٠٢٣`)'
        ]
      }
    ]
  },
  check(_tree, context, options) {
    const text = context.text
    if (!mayReport(text, options.preferred)) return
    const numbers = collectNumbers(text)
    if (numbers.length === 0) return
    let preferred: 'western' | 'eastern'
    if (options.preferred === 'western' || options.preferred === 'eastern') preferred = options.preferred
    else {
      // Persian digits are wrong whatever the majority: they do not vote. A
      // document with Persian digits only gets their Arabic look-alikes.
      let western = 0
      let eastern = 0
      let first: 'western' | 'eastern' | undefined
      for (const number of numbers) {
        if (number.systems.length !== 1 || number.systems[0] === 'persian') continue
        const system = number.systems[0] as 'western' | 'eastern'
        if (system === 'western') western++
        else eastern++
        first ??= system
      }
      preferred = western > eastern ? 'western' : eastern > western ? 'eastern' : (first ?? 'eastern')
    }
    const seen = new Set<string>()
    for (const number of numbers) {
      const [system] = number.systems
      if (number.systems.length === 1 && system === preferred) continue
      if (seen.has(number.value)) continue
      seen.add(number.value)
      const messageId =
        number.systems.length > 1
          ? 'mixed'
          : system === 'persian'
            ? 'persian'
            : options.preferred === 'auto'
              ? 'minority'
              : 'preferred'
      context.report({
        messageId,
        start: number.start,
        end: number.end,
        expected: [convertDigits(number.value, preferred)],
        data: {system: LABEL[system], preferred: LABEL[preferred]}
      })
    }
  }
})
