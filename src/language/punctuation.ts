// Character classes and bracket pairing shared by the punctuation rules
// (punctuation-spacing, latin-punctuation, detached-conjunction,
// bracket-balance). Everything works on one paragraph's text (one line) by
// index; rules add the paragraph's offset when they report.
import {isArabicLetterCode} from './arabic.ts'
import {CODE_CLASS, codesOf, SPACE} from './code-classes.ts'

/** Marks that take no space before and one space after. */
export const SPACING_MARKS = new Set(['،', '؛', ':', '.', '؟', '!', ',', ';', '?'])
/** Latin marks that have an Arabic form. */
export const LATIN_TO_ARABIC: Readonly<Record<string, string>> = {',': '،', ';': '؛', '?': '؟'}

/** Opening → closing for every bracket and quote kind. */
export const PAIRS: Readonly<Record<string, string>> = {'(': ')', '[': ']', '{': '}', '«': '»', '“': '”', '"': '"'}
const CLOSING_TO_OPENING: Readonly<Record<string, string>> = {')': '(', ']': '[', '}': '{', '»': '«', '”': '“'}
/** Kinds whose two characters are sometimes typed the other way round (`»…«`, `”…“`). */
const MIRRORABLE = new Set(['«', '“'])
/** Kinds where one character alone may do both jobs (`”…”`). */
const SYMMETRIC_WHEN_ALONE = new Set(['“'])

const BRACKET_CHARS = /[()[\]{}«»“”"]/g

// Brackets are read from a paragraph by code unit, and their characters and
// kinds taken from these tables, never by indexing the text (`text[i]`): the
// optimised code of an indexed read holds only the kinds of string it has met
// (flat, sliced, two-byte…), and each new one threw it away (4 compilations
// of pairBrackets over the first 10 MB, against 1 now).
const BRACKET_CHAR: (string | undefined)[] = []
const BRACKET_KIND: (string | undefined)[] = []
for (const [opening, closing] of Object.entries(PAIRS)) {
  BRACKET_CHAR[opening.charCodeAt(0)] = opening
  BRACKET_CHAR[closing.charCodeAt(0)] = closing
  BRACKET_KIND[opening.charCodeAt(0)] = opening
  BRACKET_KIND[closing.charCodeAt(0)] = opening
}

export function isBracketChar(ch: string): boolean {
  return ch in PAIRS || ch in CLOSING_TO_OPENING
}

/** Horizontal whitespace inside a line (not line breaks). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false
  return isSpaceCode(ch.charCodeAt(0))
}

/** `isSpace` for a UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  return (CODE_CLASS[c & 0xffff]! & SPACE) !== 0
}

/** Arabic letters (not digits, marks or punctuation). */
export function isArabicLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false
  return isArabicLetterCode(ch.charCodeAt(0))
}


/** Harakat, tatweel and other combining marks that sit inside Arabic words. */
export function isArabicMark(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed)
}

const LETTER = /\p{L}/u
const DIGIT = /\p{Nd}/u
const LATIN = /\p{Script=Latin}/u
const MARK = /\p{M}/u

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if (c >= 0x30 && c <= 0x39) return true
  if (c < 0x80) return false
  return DIGIT.test(ch)
}

export function isLatinLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true
  if (c < 0xc0) return false
  return LATIN.test(ch)
}

/** Any letter, of any script. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true
  if (c < 0xc0) return false
  if (isArabicLetter(ch)) return true
  return LETTER.test(ch)
}

/** A character that belongs to a word: letter, digit, combining mark, tatweel, joiner. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false
  if (isLetter(ch) || isDigit(ch) || isArabicMark(ch)) return true
  const c = ch.charCodeAt(0)
  if (c === 0x200c || c === 0x200d) return true
  return c >= 0x300 && MARK.test(ch)
}

/** Eastern Arabic and Persian digits. */
export function isArabicDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)
}

/** Start of the run of word characters that ends at `end` (exclusive). */
export function wordStartBefore(text: string, end: number): number {
  let i = end
  while (i > 0 && isWordChar(text[i - 1])) i--
  return i
}

/** End of the run of word characters that starts at `start`. */
export function wordEndAfter(text: string, start: number): number {
  let i = start
  while (i < text.length && isWordChar(text[i])) i++
  return i
}

/** Number of letters (not marks) in text[start, end). */
export function letterCount(text: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) if (isLetter(text[i])) n++
  return n
}

/** Index of the first non-space character at or after `i` (text.length if none). */
export function skipSpacesForward(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++
  return i
}

/** Index of the last non-space character at or before `i` (-1 if none). */
export function skipSpacesBackward(text: string, i: number): number {
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--
  return i
}

/** Whether the `;` at `i` ends an HTML character reference (`&quot;`, `&#39;`). */
export function isEntityEnd(text: string, i: number): boolean {
  if (text[i] !== ';') return false
  let j = i - 1
  while (j >= 0 && i - j <= 10 && /[A-Za-z0-9#]/.test(text[j])) j--
  return j >= 0 && j < i - 1 && text[j] === '&'
}

/**
 * Whether the bracket at `i` belongs to an emoticon: `:)` `:-(` `;)` `=]`,
 * standing alone (a space, a mark or the line's end after it).
 */
export function isEmoticonBracket(text: string, i: number): boolean {
  // By code, with no read past either end: optimised code meets no
  // out-of-bounds read (a bracket at a line's start) and no new kind of string.
  if (i >= text.length) return false
  const code = text.charCodeAt(i)
  if (code !== 0x29 && code !== 0x28 && code !== 0x5d && code !== 0x5b) return false // ) ( ] [
  let j = i - 1
  if (j >= 0 && text.charCodeAt(j) === 0x2d) j-- // -
  if (j < 0) return false
  const before = text.charCodeAt(j)
  if (before !== 0x3a && before !== 0x3b && before !== 0x3d) return false // : ; =
  if (i + 1 >= text.length) return true
  const next = text.charCodeAt(i + 1)
  return isSpaceCode(next) || next === 0x0d || next === 0x0a || SPACING_MARK_CODES.has(next) || next === 0x2026
}

const SPACING_MARK_CODES = new Set([...SPACING_MARKS].map((mark) => mark.charCodeAt(0)))

const ROMAN = /^[ivxlcIVXLC]{1,4}$/
const LABEL_NUMBER = /^\p{Nd}{1,3}$/u

/**
 * Whether the closing bracket at `i` ends a list label: `1)` `12)` `أ)` `b)`
 * `iv)`, written after the line's start or a space.
 */
export function isListLabelBracket(text: string, i: number): boolean {
  if (text[i] !== ')' && text[i] !== ']') return false
  const start = wordStartBefore(text, i)
  if (start === i) return false
  const before = text[start - 1]
  if (start > 0 && !isSpace(before) && before !== '(' && before !== '-' && before !== '–') return false
  const label = text.slice(start, i)
  if (LABEL_NUMBER.test(label)) return true
  if (ROMAN.test(label)) return true
  return letterCount(text, start, i) === 1
}

export type BracketRole = 'open' | 'close'

export interface Bracket {
  /** Index in the paragraph text. */
  index: number
  char: string
  role: BracketRole
  /** Index of the matching bracket, -1 when unpaired. */
  partner: number
  /** The opening character of the kind (`(` `[` `{` `«` `“` `"`). */
  kind: string
  /**
   * Whether the role is sure. Straight quotes whose neighbours contradict an
   * alternating reading are paired by their neighbours alone, and their roles
   * are guesses.
   */
  certain: boolean
}

/** The other character of the bracket's pair (`(` → `)`, `»` → `«`, `"` → `"`). */
export function partnerChar(bracket: Bracket): string {
  if (bracket.kind === '"') return '"'
  return bracket.char === bracket.kind ? PAIRS[bracket.kind] : bracket.kind
}

/**
 * Pair every bracket and quote of one paragraph, each kind on its own. Straight
 * quotes `"` are both opening and closing: with an even count they alternate;
 * with an odd count their neighbours decide (a quote after a space that touches
 * a word opens, one after a word that touches a space closes). `«»` and `“”`
 * typed the other way round throughout a paragraph are paired that way.
 * Emoticons are left out.
 */
export function pairBrackets(text: string): Bracket[] {
  const byKind = new Map<string, number[]>()
  BRACKET_CHARS.lastIndex = 0
  // `test` moves lastIndex past the bracket without building a match array.
  while (BRACKET_CHARS.test(text)) {
    const i = BRACKET_CHARS.lastIndex - 1
    const code = text.charCodeAt(i)
    // `(` `)` `[` `]`
    if ((code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d) && isEmoticonBracket(text, i)) continue
    const kind = BRACKET_KIND[code]!
    let list = byKind.get(kind)
    if (!list) byKind.set(kind, (list = []))
    list.push(i)
  }
  const result: Bracket[] = []
  for (const [kind, indices] of byKind) {
    if (kind === '"') {
      append(result, pairSymmetric(text, indices, kind))
      continue
    }
    const closing = PAIRS[kind]!
    if (SYMMETRIC_WHEN_ALONE.has(kind) && sameCharacter(text, indices)) {
      append(result, pairSymmetric(text, indices, kind))
      continue
    }
    let pairs = pairStack(text, indices, kind, kind, closing)
    if (MIRRORABLE.has(kind) && pairs.some((b) => b.partner === -1)) {
      const mirrored = pairStack(text, indices, kind, closing, kind)
      if (mirrored.every((b) => b.partner !== -1 && !contradicts(text, b))) pairs = mirrored
    }
    // An unpaired bracket, or one whose neighbours say the opposite of its role
    // (`)word`, `word« `), makes every role of its kind in this paragraph a guess.
    if (pairs.some((b) => (b.partner === -1 && !isListLabelBracket(text, b.index)) || contradicts(text, b))) {
      for (let k = 0; k < pairs.length; k++) pairs[k]!.certain = false
    }
    append(result, pairs)
  }
  // Each kind is in order already: merge only when there are several.
  return byKind.size > 1 ? result.sort((a, b) => a.index - b.index) : result
}

/** Whether the text holds the same character at each of these indices. */
function sameCharacter(text: string, indices: readonly number[]): boolean {
  const first = text.charCodeAt(indices[0]!)
  for (let k = 1; k < indices.length; k++) if (text.charCodeAt(indices[k]!) !== first) return false
  return true
}

/**
 * `target.push(...items)` without spreading: a spread passes every item as an
 * argument, and a line of a few hundred thousand brackets overflows the stack.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) target.push(items[k]!)
}

const pairedByParagraph = new WeakMap<object, readonly Bracket[]>()

/**
 * `pairBrackets(maskUrls(paragraph.text))`, worked out once per paragraph for
 * all the rules that read it (so nobody may change the brackets).
 */
export function paragraphBrackets(paragraph: {readonly text: string}): readonly Bracket[] {
  let brackets = pairedByParagraph.get(paragraph)
  if (!brackets) pairedByParagraph.set(paragraph, (brackets = pairBrackets(maskUrls(paragraph.text))))
  return brackets
}

// The kinds `surelyAllPaired` counts on their own, by code unit (0: not a bracket or quote).
const ROUND = 1
const SQUARE = 2
const CURLY = 3
const GUILLEMET = 4
const CURVED = 5
const STRAIGHT = 6
const COUNTED_KIND = new Uint8Array(0x10000)
COUNTED_KIND[0x28] = COUNTED_KIND[0x29] = ROUND
COUNTED_KIND[0x5b] = COUNTED_KIND[0x5d] = SQUARE
COUNTED_KIND[0x7b] = COUNTED_KIND[0x7d] = CURLY
COUNTED_KIND[0xab] = COUNTED_KIND[0xbb] = GUILLEMET
COUNTED_KIND[0x201c] = COUNTED_KIND[0x201d] = CURVED
COUNTED_KIND[0x22] = STRAIGHT

/**
 * Whether `pairBrackets(maskUrls(text))` surely gives every bracket and quote
 * a partner, found without pairing: in one pass by code, each kind's depth
 * never below zero and back to zero at the end (what the stack pairs
 * completely), and straight quotes even in number with no neighbours against
 * their turn (what `pairSymmetric` alternates). Most lines of edited text have
 * only such brackets, and pairing them (a table of kinds, an array and an
 * object per bracket) was most of what `bracket-balance` cost. `false` when
 * unsure: a line with brackets and a web address (pairing masks it), a `“`
 * or `”` kind of one character alone, or anything the depths do not settle.
 */
export function surelyAllPaired(text: string): boolean {
  let brackets = 0
  let round = 0
  let square = 0
  let curly = 0
  let guillemet = 0
  let curved = 0
  let straight = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = COUNTED_KIND[code]!
    if (kind === 0) continue
    brackets++
    if (kind === ROUND) {
      if (isEmoticonBracket(text, i)) continue
      if (code === 0x28) round++
      else if (--round < 0) return false
    } else if (kind === SQUARE) {
      if (isEmoticonBracket(text, i)) continue
      if (code === 0x5b) square++
      else if (--square < 0) return false
    } else if (kind === CURLY) {
      if (code === 0x7b) curly++
      else if (--curly < 0) return false
    } else if (kind === GUILLEMET) {
      if (code === 0xab) guillemet++
      else if (--guillemet < 0) return false
    } else if (kind === CURVED) {
      if (code === 0x201c) curved++
      else if (--curved < 0) return false
    } else {
      // The quote opens on an even turn: its neighbours may not lean to closing, nor on an odd turn to opening.
      if (leanOf(text, i) === (straight % 2 === 0 ? -1 : 1)) return false
      straight++
    }
  }
  if (brackets === 0) return true
  return round === 0 && square === 0 && curly === 0 && guillemet === 0 && curved === 0 && straight % 2 === 0 && !mayHaveUrl(text)
}

function pairStack(text: string, indices: number[], kind: string, opening: string, closing: string): Bracket[] {
  const out: Bracket[] = []
  const stack: Bracket[] = []
  const openingCode = opening.charCodeAt(0)
  const closingCode = closing.charCodeAt(0)
  for (let k = 0; k < indices.length; k++) {
    const index = indices[k]!
    const code = text.charCodeAt(index)
    if (code === openingCode) {
      const bracket: Bracket = {index, char: opening, role: 'open', partner: -1, kind, certain: true}
      stack.push(bracket)
      out.push(bracket)
    } else if (code === closingCode) {
      const bracket: Bracket = {index, char: closing, role: 'close', partner: -1, kind, certain: true}
      const open = stack.pop()
      if (open) {
        open.partner = index
        bracket.partner = open.index
      }
      out.push(bracket)
    }
  }
  return out
}

/** Whether a bracket's neighbours say the opposite of its role. */
function contradicts(text: string, bracket: Bracket): boolean {
  return leanOf(text, bracket.index) === (bracket.role === 'open' ? -1 : 1)
}

/** The UTF-16 codes of characters, for loops that read a line by code. */
export const charCodes = (chars: Iterable<string>): Set<number> => new Set([...chars].map((ch) => ch.charCodeAt(0)))
// What a bracket's or quote's neighbours say, as bits of one table indexed by
// character code (built at load, so leanOf is two look-ups): a space, or
// besides it what a bracket or quote opens after (another opening one, `:`, a
// comma) and what it closes before (a line break, a spacing mark, another
// closing one).
const OPENS_AFTER_BIT = 1
const CLOSES_BEFORE_BIT = 2
const LEAN_TABLE = new Uint8Array(0x10000)
for (const code of codesOf(SPACE)) LEAN_TABLE[code] = OPENS_AFTER_BIT | CLOSES_BEFORE_BIT
for (const ch of [...Object.keys(PAIRS), ':', '،', ',']) LEAN_TABLE[ch.charCodeAt(0)] |= OPENS_AFTER_BIT
for (const ch of ['\r', '\n', ...SPACING_MARKS, ...Object.keys(CLOSING_TO_OPENING)]) LEAN_TABLE[ch.charCodeAt(0)] |= CLOSES_BEFORE_BIT

/** What a bracket's or quote's neighbours say: 1 opening, -1 closing, 0 either. */
export function leanOf(text: string, i: number): number {
  // Outside the text counts as a space on both sides.
  const openSide = i === 0 || (LEAN_TABLE[text.charCodeAt(i - 1)]! & OPENS_AFTER_BIT) !== 0
  const closeSide = i + 1 >= text.length || (LEAN_TABLE[text.charCodeAt(i + 1)]! & CLOSES_BEFORE_BIT) !== 0
  if (openSide === closeSide) return 0
  return openSide ? 1 : -1
}

function pairSymmetric(text: string, indices: number[], kind: string): Bracket[] {
  const count = indices.length
  const leans: number[] = []
  for (let k = 0; k < count; k++) leans.push(leanOf(text, indices[k]!))
  if (count % 2 === 0) {
    // Alternate, unless a quote's neighbours say the opposite of its turn.
    let consistent = true
    for (let k = 0; k < count && consistent; k++) consistent = leans[k] !== (k % 2 === 0 ? -1 : 1)
    if (consistent) {
      const out: Bracket[] = []
      for (let k = 0; k < count; k += 2) {
        const a = indices[k]!
        const b = indices[k + 1]!
        out.push({index: a, char: BRACKET_CHAR[text.charCodeAt(a)]!, role: 'open', partner: b, kind, certain: true})
        out.push({index: b, char: BRACKET_CHAR[text.charCodeAt(b)]!, role: 'close', partner: a, kind, certain: true})
      }
      return out
    }
  }
  // Otherwise the neighbours decide, and quotes may nest (`"… "…" …"`).
  const out: Bracket[] = []
  const stack: Bracket[] = []
  for (let k = 0; k < count; k++) {
    const index = indices[k]!
    const bracket: Bracket = {index, char: BRACKET_CHAR[text.charCodeAt(index)]!, role: 'open', partner: -1, kind, certain: false}
    out.push(bracket)
    const lean = leans[k]
    if (lean === 1 || (lean === 0 && stack.length === 0)) {
      stack.push(bracket)
      continue
    }
    bracket.role = 'close'
    const open = stack.pop()
    if (open) {
      bracket.partner = open.index
      open.partner = bracket.index
    }
  }
  return out
}

/** Arabic spellings of web domain endings (`العربية.نت`): a period there is not a sentence end. */
export const DOMAIN_ENDINGS = new Set(['نت', 'كوم', 'أورج', 'اورج', 'أورغ', 'اورغ', 'إنفو', 'انفو'])

/**
 * Whether the period at `i`, glued to the Arabic letter after it, belongs to
 * an abbreviation or a dotted name rather than ending a sentence: a single
 * letter before it (`أ.د`, `ص.ب`), a chain of short parts (`ان.تي.في`), or a
 * domain ending (`العربية.نت`).
 */
export function isDottedName(text: string, i: number): boolean {
  const beforeStart = wordStartBefore(text, i)
  const beforeLetters = letterCount(text, beforeStart, i)
  const afterEnd = wordEndAfter(text, i + 1)
  const afterLetters = letterCount(text, i + 1, afterEnd)
  const beforeBefore = text[beforeStart - 1]
  // One letter is an abbreviation, unless it is an era after a year (`2015م.`).
  if (beforeLetters === 1 && !isDigit(text[beforeStart]) && !isDigit(beforeBefore)) return true
  if (beforeLetters <= 2 && beforeBefore === '.') return true
  if (afterLetters <= 2 && text[afterEnd] === '.') return true
  const after = text.slice(i + 1, afterEnd)
  return DOMAIN_ENDINGS.has(after)
}

/** Whether a character ends a clause, where a dash pair cannot run on. */
function isClauseEnd(ch: string): boolean {
  return ch === '.' || ch === '،' || ch === '؛' || ch === '؟' || ch === '!'
}

/** Whether the character at `j` is a dash that closes a pair: after a word, not before one. */
function isClosingDash(text: string, j: number): boolean {
  const ch = text[j]
  return (ch === '-' || ch === '–') && isWordChar(text[j - 1]) && !isWordChar(text[j + 1])
}

/**
 * For the last text asked about: at each index, whether a closing dash comes
 * before the next clause end. Worked out once per text from its end, so that
 * asking for every hyphen of a long line is not a scan of the rest of the line each.
 */
let closingAheadText: string | undefined
let closingAhead: Uint8Array = new Uint8Array(0)

/** Whether the hyphen at `i` opens a dash pair closed later in the sentence (`-وهو كذا-`). */
export function hasClosingDash(text: string, i: number): boolean {
  if (closingAheadText !== text) {
    closingAhead = new Uint8Array(text.length + 1)
    for (let j = text.length - 1; j >= 0; j--) {
      closingAhead[j] = isClauseEnd(text[j]) ? 0 : isClosingDash(text, j) ? 1 : closingAhead[j + 1]
    }
    closingAheadText = text
  }
  return closingAhead[i + 1] === 1
}

const WWW = /www\./i
// A scheme has at most 32 characters: unbounded, the search for `://` went over
// the rest of a long run of letters from each of its letters.
const URL = /(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s"<>()[\]{}]*[^\s"«»<>()[\]{}.,;:!?،؛]/giu

/** Whether a line may hold a web address: without `://` or `www.` it has none (`urlSpans` is empty). */
export function mayHaveUrl(text: string): boolean {
  return text.includes('://') || WWW.test(text)
}

/**
 * [start, end) spans of web addresses in a line (`https://…`, `www.…`):
 * nothing inside them is prose. A final mark or closing bracket is left out.
 */
export function urlSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!mayHaveUrl(text)) return spans
  URL.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = URL.exec(text))) spans.push([match.index, match.index + match[0].length])
  return spans
}

/** The line with its web addresses blanked out (same length), for pairing brackets and quotes. */
export function maskUrls(text: string, spans = urlSpans(text)): string {
  if (spans.length === 0) return text
  let out = ''
  let cursor = 0
  for (const [start, end] of spans) {
    out += text.slice(cursor, start) + 'x'.repeat(end - start)
    cursor = end
  }
  return out + text.slice(cursor)
}
