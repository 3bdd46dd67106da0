import {defineRule} from '../src/engine/define-rule.ts'
import {isHorizontalSpace} from './whitespace.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

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
  // C0 and C1 control characters (tab and line breaks aside): not text at
  // all, and some drive a terminal (ESC, BEL).
  | 'control'

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

// The C0 controls (tab, line feed and carriage return are text), DEL and the
// C1 controls, by their Unicode names (the C1 ones by their name aliases).
const C0_NAMES = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', '', '', 'LINE TABULATION', 'FORM FEED', '', 'SHIFT OUT', 'SHIFT IN', 'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK', 'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE',
  'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE'
]
const C1_NAMES = [
  'PADDING CHARACTER', 'HIGH OCTET PRESET', 'BREAK PERMITTED HERE', 'NO BREAK HERE', 'INDEX', 'NEXT LINE',
  'START OF SELECTED AREA', 'END OF SELECTED AREA', 'CHARACTER TABULATION SET', 'CHARACTER TABULATION WITH JUSTIFICATION',
  'LINE TABULATION SET', 'PARTIAL LINE FORWARD', 'PARTIAL LINE BACKWARD', 'REVERSE LINE FEED', 'SINGLE SHIFT TWO',
  'SINGLE SHIFT THREE', 'DEVICE CONTROL STRING', 'PRIVATE USE ONE', 'PRIVATE USE TWO', 'SET TRANSMIT STATE',
  'CANCEL CHARACTER', 'MESSAGE WAITING', 'START OF GUARDED AREA', 'END OF GUARDED AREA', 'START OF STRING',
  'SINGLE GRAPHIC CHARACTER INTRODUCER', 'SINGLE CHARACTER INTRODUCER', 'CONTROL SEQUENCE INTRODUCER',
  'STRING TERMINATOR', 'OPERATING SYSTEM COMMAND', 'PRIVACY MESSAGE', 'APPLICATION PROGRAM COMMAND'
]
C0_NAMES.forEach((name, code) => {
  if (name) CHARACTERS.set(code, ['control', name])
})
CHARACTERS.set(0x7f, ['control', 'DELETE'])
C1_NAMES.forEach((name, index) => CHARACTERS.set(0x80 + index, ['control', name]))

/** Every character of the table but the bidi controls, which are looked for in the source (BIDI). */
const CANDIDATE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB]/g
/** Embeddings, overrides and isolates. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g
const ISOLATES_AND_BREAKS = /[\u2066-\u2069\n\r]/g
const ISOLATE_OPEN = new Set([0x2066, 0x2067, 0x2068])
const ISOLATE_CLOSE = 0x2069

// Joining types (Unicode ArabicShaping): right-joining letters connect only to
// the letter before them; non-joining ones to nothing; the other Arabic letters
// connect on both sides. Marks and format characters are transparent.
const RIGHT_JOINING =
  /[\u0622-\u0625\u0627\u0629\u062F-\u0632\u0648\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0759-\u075B\u076B\u076C\u0771\u0773\u0774\u0778\u0779]/
const NON_JOINING = /[\u0621\u0674]/
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9]/
const TRANSPARENT = lazyRegExp(() => /[\p{Mn}\p{Me}\u200B\u200E\u200F\u061C\u00AD\u2060-\u2064\u206A-\u206F\uFEFF]/u)
const LINE_BREAK = /[\n\r]/
const WORD_CHAR = lazyRegExp(() => /[\p{L}\p{M}\p{N}]/u)
// Scripts and symbols where ZWJ/ZWNJ have their own jobs (emoji sequences,
// Indic conjuncts): left alone.
const OTHER_USE = lazyRegExp(() => /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u20E3\uFE0F\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Syriac}\p{Script=Mongolian}\p{Script=Nko}]/u)
const RTL_LETTER = lazyRegExp(() => /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u)
const LETTER = lazyRegExp(() => /\p{L}/u)
const NUMBER = lazyRegExp(() => /\p{N}/u)

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
  description: 'Disallow invisible characters: zero-width characters, soft hyphens, direction controls and control characters',
  severity: 'error',
  fixable: true,
  category: 'typography',
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
    bidi: {
      en: 'Unexpected invisible `{name}`, expected none',
      ar: 'محرف غير مرئي `{name}`، والصواب حذفه'
    },
    invisible: {
      en: 'Unexpected invisible `{name}`, expected none',
      ar: 'محرف غير مرئي `{name}`، والصواب حذفه'
    },
    betweenWords: {
      en: 'Unexpected invisible `{name}` between words, expected a space or none',
      ar: 'محرف غير مرئي `{name}` بين كلمتين، والصواب مسافة أو لا شيء'
    },
    control: {
      en: 'Unexpected control character `{name}`, expected none',
      ar: 'محرف تحكم `{name}`، والصواب حذفه'
    }
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
        text: 'وصل الوفد\u001B[2J إلى العاصمة\u0007.\n',
        note: 'Control characters are not text, and some drive a terminal that shows the file (here: clear the screen, ring the bell). Reported at the rule\'s severity; their removal is offered in the editor, never applied by `--fix`, since what follows them may belong to them.',
        messages: [
          '1:10-1:11: Unexpected control character `U+001B ESCAPE`, expected none',
          '1:26-1:27: Unexpected control character `U+0007 BELL`, expected none'
        ],
        output: 'وصل الوفد\u001B[2J إلى العاصمة\u0007.\n'
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
    // Bidi controls are looked for in the source itself: in Markdown and HTML
    // the text the rules read has its code masked, and a control in code or
    // markup reorders what is shown as much as one in prose.
    const source = String(context.file.value)
    const allowed = options.allowIsolates ? balancedIsolates(source) : new Set<number>()
    BIDI.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = BIDI.exec(source))) {
      const start = match.index
      if (allowed.has(start)) continue
      const data = {name: codePointName(source.charCodeAt(start))}
      context.report({messageId: 'bidi', start, end: start + 1, actual: match[0], expected: [], data, anywhere: true})
    }
    // First decide what happens to each run, then work out the deletions
    // together: a deletion takes along the spaces it would otherwise leave
    // doubled, leading or trailing, seeing past the runs deleted beside it.
    const findings: Finding[] = []
    const shown = new Nearest(text, (i) => !TRANSPARENT().test(text[i]!))
    const marks = new MarkContext(text)
    CANDIDATE.lastIndex = 0
    while ((match = CANDIDATE.exec(text))) {
      const start = match.index
      const char = match[0]
      const code = char.charCodeAt(0)
      const [kind] = CHARACTERS.get(code)!
      let end = start + 1
      while (text[end] === char) end++
      CANDIDATE.lastIndex = end
      if (code === 0xfeff && start === 0) continue
      const data = {name: codePointName(code)}
      if (kind === 'control') {
        findings.push({start, end, data, fix: 'control'})
        continue
      }
      const before = shown.lastBefore(start)
      const after = shown.firstFrom(end)
      const prev = before === -1 ? undefined : codePointEndingAt(text, before)
      const next = after >= text.length ? undefined : String.fromCodePoint(text.codePointAt(after)!)
      let fix: Finding['fix'] = 'delete'
      if (kind === 'joiner') {
        if ((prev && OTHER_USE().test(prev)) || (next && OTHER_USE().test(next))) continue
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
        if (!marks.redundant(start, end, code === 0x200e ? 'ltr' : 'rtl')) {
          if (options.allowDirectionMarks) continue
          fix = 'none'
        }
      } else if (kind === 'space') {
        if (prev && next && WORD_CHAR().test(prev) && WORD_CHAR().test(next)) fix = 'choose'
      }
      findings.push({start, end, data, fix})
    }
    const deletions = new Deletions(text, findings)
    for (const finding of findings) {
      const {start, end, data} = finding
      if (finding.fix === 'control') {
        context.report({messageId: 'control', start, end, expected: [''], suggest: true, data})
      } else if (finding.fix === 'none') {
        context.report({messageId: 'invisible', start, end, expected: [], data, severity: 'warn'})
      } else if (finding.fix === 'choose') {
        context.report({messageId: 'betweenWords', start, end, expected: [' ', ''], data, severity: 'warn'})
      } else if (finding.fix === 'extra') {
        context.report({messageId: 'invisible', start, end, expected: [''], data, severity: 'warn'})
      } else {
        const [from, to] = deletions.range(finding)
        context.report({messageId: 'invisible', start: from, end: to, actual: text.slice(start, end), expected: [''], data, severity: 'warn'})
      }
    }
  }
})

interface Finding {
  start: number
  end: number
  data: {name: string}
  /**
   * delete: removed; extra: a doubled joiner, one removed; choose: a space or
   * nothing; none: left to the reader; control: a control character, whose
   * removal is offered but never applied.
   */
  fix: 'delete' | 'extra' | 'choose' | 'none' | 'control'
}

/** The isolate openers and PDIs that close each other on one line. */
function balancedIsolates(text: string): Set<number> {
  const allowed = new Set<number>()
  const open: number[] = []
  for (const found of text.matchAll(ISOLATES_AND_BREAKS)) {
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
  return allowed
}

/**
 * The nearest index where a test holds, on either side of positions that move
 * forward through a text (the candidates of one pass, in order). Each look-up
 * scans only what the previous one did not, so a pass tests every index at
 * most about twice: scanning from each candidate was quadratic on a long line
 * of invisible characters. A look-up that moves back scans on its own.
 */
class Nearest {
  /** The last `firstFrom` started at `aheadFrom` and found `ahead`: valid for any start in between. */
  private aheadFrom = Number.POSITIVE_INFINITY
  private ahead = 0
  /** The last `lastBefore` was asked before `backFrom` and found `back`. */
  private backFrom = 0
  private back = -1

  constructor(
    private readonly text: string,
    private readonly test: (index: number) => boolean
  ) {}

  /** The first index at or after `from` where the test holds (`text.length` if none). */
  firstFrom(from: number): number {
    if (from >= this.aheadFrom && from <= this.ahead) return this.ahead
    let index = from
    while (index < this.text.length && !this.test(index)) index++
    this.aheadFrom = from
    this.ahead = index
    return index
  }

  /** The last index before `from` where the test holds (-1 if none). */
  lastBefore(from: number): number {
    const floor = from >= this.backFrom ? this.backFrom : 0
    let index = from - 1
    while (index >= floor && !this.test(index)) index--
    const found = index >= floor ? index : floor === 0 ? -1 : this.back
    if (from >= this.backFrom) {
      this.backFrom = from
      this.back = found
    }
    return found
  }
}

/** The line around a run of characters: its first offset and the offset of its line break (or the text's end). */
class LineBounds {
  private readonly breaks: Nearest
  constructor(text: string) {
    this.breaks = new Nearest(text, (i) => LINE_BREAK.test(text[i]!))
  }

  around(start: number, end: number): [number, number] {
    return [this.breaks.lastBefore(start) + 1, this.breaks.firstFrom(end)]
  }
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
  if (NUMBER().test(char)) return 'number'
  if (!LETTER().test(char)) return undefined
  return RTL_LETTER().test(char) ? 'rtl' : 'ltr'
}

/** What direction marks act on, for the marks of one pass in order. */
class MarkContext {
  private readonly lines: LineBounds
  /** Letters and digits. */
  private readonly strong: Nearest
  /** Letters only: a line's own direction. */
  private readonly letters: Nearest

  constructor(private readonly text: string) {
    this.lines = new LineBounds(text)
    this.strong = new Nearest(text, (i) => directionOf(text[i]!) !== undefined)
    this.letters = new Nearest(text, (i) => LETTER().test(text[i]!))
  }

  /**
   * Whether removing a direction mark changes nothing shown: the nearest strong
   * characters on both sides (across spaces and punctuation, not digits) have
   * the mark's direction; at the edge of the line, the line's own direction
   * (its first strong character besides the mark) does.
   */
  redundant(start: number, end: number, direction: Direction): boolean {
    const text = this.text
    const [lineStart, lineEnd] = this.lines.around(start, end)
    const before = this.strong.lastBefore(start)
    const after = this.strong.firstFrom(end)
    const sides = [before >= lineStart ? directionOf(text[before]!)! : 'edge', after < lineEnd ? directionOf(text[after]!)! : 'edge']
    // Alone with neutrals on its line, a mark has nothing to act on.
    if (sides[0] === 'edge' && sides[1] === 'edge') return true
    for (const found of sides) {
      if (found === 'edge' ? this.lineDirection(lineStart, lineEnd) !== direction : found !== direction) return false
    }
    return true
  }

  /** The direction of a line's first letter (the marks themselves are no letters). */
  private lineDirection(lineStart: number, lineEnd: number): Direction | undefined {
    const first = this.letters.firstFrom(lineStart)
    return first < lineEnd ? (directionOf(this.text[first]!) as Direction) : undefined
  }
}

/**
 * The ranges to delete for the invisible runs of one pass, so that no
 * whitespace problem is left behind: the spaces a run separated, or a whole
 * line of spaces and invisible characters. Runs deleted side by side count as
 * one.
 */
class Deletions {
  /** For each deleted run, the block of adjacent deleted runs it belongs to. */
  private readonly blocks = new Map<Finding, [number, number]>()
  private readonly deleted = new Set<number>()
  private readonly lines: LineBounds
  /** Per line start: whether the line holds nothing but spaces and deleted characters. */
  private readonly blank = new Map<number, boolean>()

  constructor(
    private readonly text: string,
    findings: readonly Finding[]
  ) {
    this.lines = new LineBounds(text)
    let block: Finding[] = []
    const close = () => {
      if (block.length === 0) return
      const range: [number, number] = [block[0]!.start, block[block.length - 1]!.end]
      for (const finding of block) this.blocks.set(finding, range)
      block = []
    }
    for (const finding of findings) {
      if (finding.fix !== 'delete') continue
      for (let index = finding.start; index < finding.end; index++) this.deleted.add(index)
      if (block.length > 0 && block[block.length - 1]!.end !== finding.start) close()
      block.push(finding)
    }
    close()
  }

  range(finding: Finding): [number, number] {
    const text = this.text
    const {start, end} = finding
    const [left, right] = this.blocks.get(finding)!
    const [lineStart, lineEnd] = this.lines.around(left, right)
    if (this.onlySpacesAndDeleted(lineStart, lineEnd)) return [lineStart, lineEnd]
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

  /** Whether a line holds nothing but spaces and deleted characters: emptied whole, it is a blank line, as whitespace already counts it. */
  private onlySpacesAndDeleted(from: number, to: number): boolean {
    let blank = this.blank.get(from)
    if (blank === undefined) {
      blank = true
      for (let index = from; index < to && blank; index++) blank = this.deleted.has(index) || isHorizontalSpace(this.text[index])
      this.blank.set(from, blank)
    }
    return blank
  }
}
