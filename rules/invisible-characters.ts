import {defineRule} from '../src/engine/define-rule.ts'
import {isHorizontalSpace} from './whitespace.ts'

type Kind =
  // Embeddings, overrides, isolates: they reorder what is shown.
  | 'bidi'
  // LRM, RLM, ALM: allowed where they can matter (option `allowDirectionMarks`).
  | 'mark'
  // ZWNJ, ZWJ: allowed where they change how letters join.
  | 'joiner'
  // ZWSP: a hidden word break.
  | 'space'
  // Always safe to delete: nothing shown changes.
  | 'removable'

const CHARACTERS = new Map<number, [Kind, string]>([
  [0x00ad, ['removable', 'SOFT HYPHEN']],
  [0x061c, ['mark', 'ARABIC LETTER MARK']],
  [0x180e, ['removable', 'MONGOLIAN VOWEL SEPARATOR']],
  [0x200b, ['space', 'ZERO WIDTH SPACE']],
  [0x200c, ['joiner', 'ZERO WIDTH NON-JOINER']],
  [0x200d, ['joiner', 'ZERO WIDTH JOINER']],
  [0x200e, ['mark', 'LEFT-TO-RIGHT MARK']],
  [0x200f, ['mark', 'RIGHT-TO-LEFT MARK']],
  [0x202a, ['bidi', 'LEFT-TO-RIGHT EMBEDDING']],
  [0x202b, ['bidi', 'RIGHT-TO-LEFT EMBEDDING']],
  [0x202c, ['bidi', 'POP DIRECTIONAL FORMATTING']],
  [0x202d, ['bidi', 'LEFT-TO-RIGHT OVERRIDE']],
  [0x202e, ['bidi', 'RIGHT-TO-LEFT OVERRIDE']],
  [0x2060, ['removable', 'WORD JOINER']],
  [0x2061, ['removable', 'FUNCTION APPLICATION']],
  [0x2062, ['removable', 'INVISIBLE TIMES']],
  [0x2063, ['removable', 'INVISIBLE SEPARATOR']],
  [0x2064, ['removable', 'INVISIBLE PLUS']],
  [0x2066, ['bidi', 'LEFT-TO-RIGHT ISOLATE']],
  [0x2067, ['bidi', 'RIGHT-TO-LEFT ISOLATE']],
  [0x2068, ['bidi', 'FIRST STRONG ISOLATE']],
  [0x2069, ['bidi', 'POP DIRECTIONAL ISOLATE']],
  [0x206a, ['removable', 'INHIBIT SYMMETRIC SWAPPING']],
  [0x206b, ['removable', 'ACTIVATE SYMMETRIC SWAPPING']],
  [0x206c, ['removable', 'INHIBIT ARABIC FORM SHAPING']],
  [0x206d, ['removable', 'ACTIVATE ARABIC FORM SHAPING']],
  [0x206e, ['removable', 'NATIONAL DIGIT SHAPES']],
  [0x206f, ['removable', 'NOMINAL DIGIT SHAPES']],
  [0xfeff, ['removable', 'ZERO WIDTH NO-BREAK SPACE']],
  [0xfff9, ['removable', 'INTERLINEAR ANNOTATION ANCHOR']],
  [0xfffa, ['removable', 'INTERLINEAR ANNOTATION SEPARATOR']],
  [0xfffb, ['removable', 'INTERLINEAR ANNOTATION TERMINATOR']]
])

const CANDIDATE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g
const ISOLATE_OPEN = new Set([0x2066, 0x2067, 0x2068])
const ISOLATE_CLOSE = 0x2069

// Joining types (Unicode ArabicShaping): right-joining letters connect only to
// the letter before them; non-joining ones to nothing; the other Arabic letters
// connect on both sides. Marks and format characters are transparent.
const RIGHT_JOINING =
  /[\u0622-\u0625\u0627\u0629\u062F-\u0632\u0648\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0759-\u075B\u076B\u076C\u0771\u0773\u0774\u0778\u0779]/
const NON_JOINING = /[\u0621\u0674]/
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9]/
const TRANSPARENT = /[\p{Mn}\p{Me}\u200B\u200E\u200F\u061C\u00AD\u2060-\u2064\u206A-\u206F\uFEFF]/u
const LINE_BREAK = /[\n\r]/
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
// Scripts and symbols where ZWJ/ZWNJ have their own jobs (emoji sequences,
// Indic conjuncts): left alone.
const OTHER_USE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20E3\uFE0F\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Syriac}\p{Script=Mongolian}\p{Script=Nko}]/u
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const LETTER = /\p{L}/u
const NUMBER = /\p{N}/u

function isDualJoining(char: string): boolean {
  return char === '\u0640' || (ARABIC_LETTER.test(char) && !RIGHT_JOINING.test(char) && !NON_JOINING.test(char))
}

/** The letter before connects to what follows. */
function joinsForward(char: string | undefined): boolean {
  return char !== undefined && isDualJoining(char)
}

/** The letter after connects to what precedes. */
function joinsBackward(char: string | undefined): boolean {
  return char !== undefined && (isDualJoining(char) || RIGHT_JOINING.test(char))
}

export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${CHARACTERS.get(code)?.[1] ?? 'UNKNOWN'}`
}

export default defineRule({
  id: 'invisible-characters',
  description: 'Disallow invisible characters: zero-width characters, soft hyphens and direction controls',
  severity: 'error',
  fixable: true,
  category: 'typography',
  recommended: true,
  options: {
    properties: {
      allowDirectionMarks: {
        type: 'boolean',
        description: 'Allow LRM, RLM and ALM where they can change the display (next to a Latin run, a number or punctuation).'
      },
      allowIsolates: {
        type: 'boolean',
        description: 'Allow direction isolates (LRI, RLI, FSI) closed by a PDI on the same line.'
      }
    },
    defaults: {allowDirectionMarks: true, allowIsolates: false}
  },
  messages: {
    bidi: 'Unexpected invisible `{name}`, expected none',
    invisible: 'Unexpected invisible `{name}`, expected none',
    betweenWords: 'Unexpected invisible `{name}` between words, expected a space or none'
  },
  examples: {
    valid: [
      {text: 'أعلنت المنظمة نتائج التقرير السنوي.\n'},
      {
        text: '\uFEFFأعلنت المنظمة نتائج التقرير.\n',
        note: 'A byte order mark at the very start of the file is not text.'
      },
      {
        text: 'قالت شبكة (CNN)\u200F إن الاجتماع انتهى.\n',
        note: 'A right-to-left mark after a Latin run keeps the bracket on the right side (option `allowDirectionMarks`).'
      },
      {
        text: 'كتب اسمه بالفارسية: می\u200Cخواهم.\n',
        note: 'A zero-width non-joiner that stops two letters from joining changes what is shown: it is kept.'
      },
      {
        text: 'ورد الاسم \u2067Apple Inc.\u2069 في القائمة.\n',
        options: {allowIsolates: true}
      }
    ],
    invalid: [
      {
        text: 'وقع الطرفان\u200B على الاتفاق\u00AD في الرياض.\n',
        note: 'Zero-width spaces beside a space and soft hyphens show nothing: they are removed.',
        messages: [
          '1:12-1:13: Unexpected invisible `U+200B ZERO WIDTH SPACE`, expected none',
          '1:25-1:26: Unexpected invisible `U+00AD SOFT HYPHEN`, expected none'
        ],
        output: 'وقع الطرفان على الاتفاق في الرياض.\n'
      },
      {
        text: 'حساب المستخدم \u202Eabc.exe\u202C مرفق بالرسالة.\n',
        note: 'Overrides and embeddings make the shown text differ from the stored one ("Trojan Source"): always reported, at the rule\'s severity (`error` by default), and never removed silently.',
        messages: [
          '1:15-1:16: Unexpected invisible `U+202E RIGHT-TO-LEFT OVERRIDE`, expected none',
          '1:23-1:24: Unexpected invisible `U+202C POP DIRECTIONAL FORMATTING`, expected none'
        ],
        output: 'حساب المستخدم \u202Eabc.exe\u202C مرفق بالرسالة.\n'
      },
      {
        text: 'التقى الوزير\u200Bنظيره الفرنسي.\n',
        note: 'A zero-width space between two words hides a word break: a space or nothing, the reader decides.',
        messages: ['1:13-1:14: Unexpected invisible `U+200B ZERO WIDTH SPACE` between words, expected a space or none'],
        output: 'التقى الوزير\u200Bنظيره الفرنسي.\n'
      },
      {
        text: 'الحوار\u200D الاقتصادي \u200Cوالاجتماعي وال\u200Dمنظمة\n',
        note: 'Joiners that change nothing: after a letter that cannot join, beside a space, or between letters that join anyway.',
        messages: [
          '1:7-1:8: Unexpected invisible `U+200D ZERO WIDTH JOINER`, expected none',
          '1:19-1:20: Unexpected invisible `U+200C ZERO WIDTH NON-JOINER`, expected none',
          '1:34-1:35: Unexpected invisible `U+200D ZERO WIDTH JOINER`, expected none'
        ],
        output: 'الحوار الاقتصادي والاجتماعي والمنظمة\n'
      },
      {
        text: 'أكد المتحدث\u200F أن الحوار\u200F مستمر.\n',
        note: 'A direction mark between Arabic letters and spaces changes nothing: removed. With `allowDirectionMarks: false` every mark is reported.',
        options: {allowDirectionMarks: false},
        messages: [
          '1:12-1:13: Unexpected invisible `U+200F RIGHT-TO-LEFT MARK`, expected none',
          '1:23-1:24: Unexpected invisible `U+200F RIGHT-TO-LEFT MARK`, expected none'
        ],
        output: 'أكد المتحدث أن الحوار مستمر.\n'
      },
      {
        text: 'الاجت\u200Fماع انتهى.\n',
        note: 'A right-to-left mark between two Arabic letters is never needed.',
        messages: ['1:6-1:7: Unexpected invisible `U+200F RIGHT-TO-LEFT MARK`, expected none'],
        output: 'الاجتماع انتهى.\n'
      },
      {
        text: 'ورد الاسم \u2067Apple Inc.\u2069 في القائمة.\n',
        note: 'Isolates are reported unless `allowIsolates` is on.',
        messages: [
          '1:11-1:12: Unexpected invisible `U+2067 RIGHT-TO-LEFT ISOLATE`, expected none',
          '1:22-1:23: Unexpected invisible `U+2069 POP DIRECTIONAL ISOLATE`, expected none'
        ],
        output: 'ورد الاسم \u2067Apple Inc.\u2069 في القائمة.\n'
      },
      {
        text: 'انتهى البيان. \u2060\nوصدر \u200B بيان آخر.\n',
        note: 'Removing a character never leaves a doubled or trailing space behind.',
        messages: [
          '1:14-1:16: Unexpected invisible `U+2060 WORD JOINER`, expected none',
          '2:6-2:8: Unexpected invisible `U+200B ZERO WIDTH SPACE`, expected none'
        ],
        output: 'انتهى البيان.\nوصدر بيان آخر.\n'
      }
    ]
  },
  check(_tree, context, options) {
    const text = context.text
    CANDIDATE.lastIndex = 0
    // Balanced isolates on one line, when allowed.
    const allowed = new Set<number>()
    let match: RegExpExecArray | null
    if (options.allowIsolates) {
      const open: number[] = []
      for (const found of text.matchAll(/[\u2066-\u2069\n\r]/g)) {
        const code = found[0].charCodeAt(0)
        if (ISOLATE_OPEN.has(code)) open.push(found.index)
        else if (code === ISOLATE_CLOSE) {
          const start = open.pop()
          if (start !== undefined) {
            allowed.add(start)
            allowed.add(found.index)
          }
        } else open.length = 0
      }
    }
    // First decide what happens to each run, then work out the deletions
    // together: a deletion takes along the spaces it would otherwise leave
    // doubled, leading or trailing, seeing past the runs deleted beside it.
    const findings: Finding[] = []
    const deleted = new Set<number>()
    while ((match = CANDIDATE.exec(text))) {
      const start = match.index
      const char = match[0]
      const code = char.charCodeAt(0)
      const [kind] = CHARACTERS.get(code)!
      let end = start + 1
      while (kind !== 'bidi' && text[end] === char) end++
      CANDIDATE.lastIndex = end
      if (code === 0xfeff && start === 0) continue
      const data = {name: codePointName(code)}
      if (kind === 'bidi') {
        if (!allowed.has(start)) findings.push({start, end, data, fix: 'bidi'})
        continue
      }
      const before = neighbour(text, start, -1)
      const after = neighbour(text, end, 1)
      const prev = before === -1 ? undefined : codePointEndingAt(text, before)
      const next = after >= text.length ? undefined : String.fromCodePoint(text.codePointAt(after)!)
      let fix: Finding['fix'] = 'delete'
      if (kind === 'joiner') {
        if ((prev && OTHER_USE.test(prev)) || (next && OTHER_USE.test(next))) continue
        const forward = joinsForward(prev)
        const backward = joinsBackward(next)
        // ZWNJ matters when it stops a join; ZWJ when it makes one on one side only.
        const matters = code === 0x200c ? forward && backward : forward !== backward
        if (matters) {
          if (end - start === 1) continue
          // A doubled joiner: one is enough.
          findings.push({start: start + 1, end, data, fix: 'extra'})
          continue
        }
      } else if (kind === 'mark') {
        if (!redundantMark(text, start, end, code === 0x200e ? 'ltr' : 'rtl')) {
          if (options.allowDirectionMarks) continue
          fix = 'none'
        }
      } else if (kind === 'space') {
        if (prev && next && WORD_CHAR.test(prev) && WORD_CHAR.test(next)) fix = 'choose'
      }
      findings.push({start, end, data, fix})
      if (fix === 'delete') for (let index = start; index < end; index++) deleted.add(index)
    }
    for (const finding of findings) {
      const {start, end, data} = finding
      if (finding.fix === 'bidi') {
        context.report({messageId: 'bidi', start, end, expected: [], data})
      } else if (finding.fix === 'none') {
        context.report({messageId: 'invisible', start, end, expected: [], data, severity: 'warn'})
      } else if (finding.fix === 'choose') {
        context.report({messageId: 'betweenWords', start, end, expected: [' ', ''], data, severity: 'warn'})
      } else if (finding.fix === 'extra') {
        context.report({messageId: 'invisible', start, end, expected: [''], data, severity: 'warn'})
      } else {
        const [from, to] = deletion(text, start, end, deleted)
        context.report({messageId: 'invisible', start: from, end: to, actual: text.slice(start, end), expected: [''], data, severity: 'warn'})
      }
    }
  }
})

interface Finding {
  start: number
  end: number
  data: {name: string}
  /** bidi: never fixed; delete: removed; extra: a doubled joiner, one removed; choose: a space or nothing; none: left to the reader. */
  fix: 'bidi' | 'delete' | 'extra' | 'choose' | 'none'
}

/** The whole character whose last code unit is at `index`. */
function codePointEndingAt(text: string, index: number): string {
  const code = text.charCodeAt(index)
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const high = text.charCodeAt(index - 1)
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 1, index + 1)
  }
  return text[index]
}

type Direction = 'ltr' | 'rtl'

/** The strong direction of a character, `number` for digits, undefined for neutrals. */
function directionOf(char: string): Direction | 'number' | undefined {
  if (NUMBER.test(char)) return 'number'
  if (!LETTER.test(char)) return undefined
  return RTL_LETTER.test(char) ? 'rtl' : 'ltr'
}

/**
 * Whether removing a direction mark changes nothing shown: the nearest strong
 * characters on both sides (across spaces and punctuation, not digits) have
 * the mark's direction; at the edge of the line, the line's own direction
 * (its first strong character besides the mark) does.
 */
function redundantMark(text: string, start: number, end: number, direction: Direction): boolean {
  let lineStart = start
  while (lineStart > 0 && !LINE_BREAK.test(text[lineStart - 1])) lineStart--
  let lineEnd = end
  while (lineEnd < text.length && !LINE_BREAK.test(text[lineEnd])) lineEnd++
  const side = (from: number, step: 1 | -1): Direction | 'number' | 'edge' => {
    for (let index = from; step === 1 ? index < lineEnd : index >= lineStart; index += step) {
      const found = directionOf(text[index])
      if (found) return found
    }
    return 'edge'
  }
  const lineDirection = (): Direction | undefined => {
    for (let index = lineStart; index < lineEnd; index++) {
      if (index >= start && index < end) continue
      const found = directionOf(text[index])
      if (found === 'ltr' || found === 'rtl') return found
    }
    return undefined
  }
  const sides = [side(start - 1, -1), side(end, 1)]
  // Alone with neutrals on its line, a mark has nothing to act on.
  if (sides[0] === 'edge' && sides[1] === 'edge') return true
  for (const found of sides) {
    if (found === 'edge' ? lineDirection() !== direction : found !== direction) return false
  }
  return true
}

/**
 * The nearest character on one side that is not a transparent mark or
 * another invisible character (joiners excepted): -1 or `text.length` at the
 * edges.
 */
function neighbour(text: string, from: number, step: 1 | -1): number {
  let index = step === 1 ? from : from - 1
  while (index >= 0 && index < text.length && TRANSPARENT.test(text[index])) index += step
  return index
}

/**
 * The range to delete for an invisible run so that no whitespace problem is
 * left behind: the spaces it separated, or a whole line of spaces and
 * invisible characters. `deleted` holds every offset deleted beside it.
 */
function deletion(text: string, start: number, end: number, deleted: Set<number>): [number, number] {
  let left = start
  while (left > 0 && deleted.has(left - 1)) left--
  let right = end
  while (right < text.length && deleted.has(right)) right++
  let lineStart = left
  while (lineStart > 0 && !LINE_BREAK.test(text[lineStart - 1])) lineStart--
  let lineEnd = right
  while (lineEnd < text.length && !LINE_BREAK.test(text[lineEnd])) lineEnd++
  if (onlySpacesAndDeleted(text, lineStart, lineEnd, deleted)) return [lineStart, lineEnd]
  const atLineStart = left === lineStart
  const atLineEnd = right === lineEnd
  const spaceBefore = left > lineStart && isHorizontalSpace(text[left - 1])
  const spaceAfter = right < lineEnd && isHorizontalSpace(text[right])
  if ((atLineStart || spaceBefore) && spaceAfter) {
    // Deleting would leave a leading or doubled space: take the spaces after too.
    let to = right
    while (to < lineEnd && isHorizontalSpace(text[to])) to++
    return [start, to]
  }
  if (spaceBefore && atLineEnd) {
    // Deleting would leave a trailing space: take the spaces before too.
    let from = left
    while (from > lineStart && isHorizontalSpace(text[from - 1])) from--
    return [from, end]
  }
  return [start, end]
}

/**
 * Whether a line holds nothing but spaces and deleted characters: emptied
 * whole, it is a blank line, as whitespace already counts it.
 */
function onlySpacesAndDeleted(text: string, from: number, to: number, deleted: Set<number>): boolean {
  for (let index = from; index < to; index++) {
    if (!deleted.has(index) && !isHorizontalSpace(text[index])) return false
  }
  return true
}
