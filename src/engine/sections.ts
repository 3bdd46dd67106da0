// A plain-text file longer than WHOLE code units is linted in sections, each
// about SECTION code units of whole lines, so that the tree, the document
// model and what the rules gather are those of one section at a time: memory
// stays bounded and the garbage collector copies a small tree, whatever the
// size of the file (a 48 MB file as one tree takes about 4 GB). Each section
// is linted with a few lines of the text around it, and only the findings that
// start inside it are kept, so a rule that looks at the lines near a finding
// (a repeated line, the line before, a run of blank lines) finds what it finds
// in the whole file. What a rule compares across a whole document (one
// spelling of a word, one name of a body, one digit system, a repeated byline
// or paragraph) it compares within a section and its context. A line longer
// than a section is cut between two sentences (or, failing that, two words,
// or in a text without spaces after a final mark), with at most CONTEXT_MOST
// code units of context on each side; what a rule judges from a whole line
// (brackets and quotes paired over a paragraph, a period in quoted or reported
// speech opened earlier in the line, a web address that runs on without a
// space) it then judges within the section.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {placeWithin} from './define-rule.ts'

/**
 * Plain text up to this many code units (about 1.8 MB of Arabic in UTF-8,
 * some 170,000 words) is linted whole. Its tree may take 500 MB: a word list
 * of 200,000 lines.
 */
export const WHOLE = 1 << 20
/**
 * Code units of plain text linted at once in a longer file: about 28 KB of
 * Arabic in UTF-8, some 2,500 words. Larger sections compare more of the text
 * with itself but cost more: the tree of a section outlives the
 * young-generation collections during its linting, each of which copies it,
 * and it no longer fits the processor's caches; smaller ones lint their
 * context lines over too often. With every rule on, 24 MB of news took, in
 * processor seconds (alternating runs), 8.3–8.6 in sections of 8 Ki code
 * units, 7.5–8.2 in 16 Ki, 8.8–9.1 in 24 Ki, 8.2–10.2 in 32 Ki and 9.6–10.0 in
 * 64 Ki, and peaked at 220, 240, 390–400, 390 and 405–440 MB of RSS.
 */
export const SECTION = 1 << 14
/**
 * Lines on each side of a section linted with it, never reported: as far as
 * any rule looks from a line (a quotation may run over 8 paragraphs; the first
 * and last 3 lines of a text are its edges for boilerplate). Each is linted
 * twice, so more would cost time for nothing: with 16, a 12 MB file took
 * about a tenth more processor time.
 */
const CONTEXT_LINES = 8
/** Code units of context on each side at most, when the lines are long (a few sentences). */
const CONTEXT_MOST = 1 << 12

export interface Section {
  /** The code units whose findings are kept. */
  start: number
  end: number
  /** The code units linted: the section and its context. */
  from: number
  to: number
  /** The 1-based line and column of `from`. */
  line: number
  column: number
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || (code > 0x7f && /\s/u.test(String.fromCharCode(code)))
}

/**
 * Whether the line that ends at the line feed at `lineFeed` has a character
 * other than white space (read back from its end).
 */
function lineHasContent(text: string, lineFeed: number): boolean {
  for (let index = lineFeed - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (code === 0x0a) return false
    if (!isSpace(code)) return true
  }
  return false
}

const FINAL_MARKS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x06d4, 0x2026])

/**
 * The first place in text[from, to] where a sentence starts inside a line
 * (after a final mark and a space, at a character that is not white space);
 * failing that, a word (after a space); in a text without spaces, the first
 * place after a final mark; -1 when there is none.
 */
function innerCut(text: string, from: number, to: number): number {
  let word = -1
  let mark = -1
  for (let index = Math.max(from, 2); index <= to && index < text.length; index++) {
    const before = text.charCodeAt(index - 1)
    if (isSpace(text.charCodeAt(index))) continue
    if (before === 0x20) {
      if (FINAL_MARKS.has(text.charCodeAt(index - 2))) return index
      if (word === -1) word = index
    } else if (mark === -1 && FINAL_MARKS.has(before) && !FINAL_MARKS.has(text.charCodeAt(index))) mark = index
  }
  return word !== -1 ? word : mark
}

/** A letter, digit or mark: part of a word, as the tokenizer reads it. */
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u

/**
 * The last place in text[from, to] where a word ends or starts (a letter,
 * digit or mark on one side, another character on the other, never inside a
 * surrogate pair); -1 when there is none (one long word).
 */
function tokenCut(text: string, from: number, to: number): number {
  for (let index = Math.min(to, text.length - 1); index > from; index--) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) continue
    if (WORDLIKE.test(text[index - 1]!) !== WORDLIKE.test(String.fromCodePoint(text.codePointAt(index)!))) return index
  }
  return -1
}

/**
 * Where the section that reaches `at` ends: at the first line start from
 * there whose line before has content (so a run of blank lines, which the
 * whitespace rule counts, never spans a cut); when no line starts within a
 * section's length, where a sentence (or a word) starts inside the line;
 * else at a line start with content before within another section's length.
 * A text with none of those (a run of blank lines longer than a section, a
 * line of marks and letters without spaces or final marks) is cut at any
 * line start, else where a word ends or starts: as one section such a text
 * was one tree, 5.3 GB for 39 MB of blank lines. Failing all, at the next
 * line start with content before, or the end of the text (one long word is
 * one node: cheap).
 */
function cutAfter(text: string, at: number, size: number): number {
  const limit = Math.min(text.length, at + size)
  for (let index = Math.max(at, 1); index <= limit; index++) {
    if (text.charCodeAt(index - 1) === 0x0a && lineHasContent(text, index - 1)) return index
  }
  const inner = innerCut(text, at, limit)
  if (inner !== -1) return inner
  const farther = Math.min(text.length, limit + size)
  for (let lineFeed = text.indexOf('\n', limit); lineFeed !== -1 && lineFeed < farther; lineFeed = text.indexOf('\n', lineFeed + 1)) {
    if (lineHasContent(text, lineFeed)) return lineFeed + 1
  }
  if (farther < text.length) {
    // A line start as vfile-location counts lines: after LF, or after a CR alone (a file of CRs is lines too).
    for (let index = limit; index > at; index--) {
      const before = text.charCodeAt(index - 1)
      if (before === 0x0a || (before === 0x0d && text.charCodeAt(index) !== 0x0a)) return index
    }
    const token = tokenCut(text, at, limit)
    if (token !== -1) return token
  }
  for (let lineFeed = text.indexOf('\n', farther); lineFeed !== -1; lineFeed = text.indexOf('\n', lineFeed + 1)) {
    if (lineHasContent(text, lineFeed)) return lineFeed + 1
  }
  return text.length
}

/**
 * Where the context before a section that starts at `start` starts:
 * CONTEXT_LINES lines back, or, when they are long, at most CONTEXT_MOST
 * code units back, where a sentence or word starts.
 */
function contextBefore(text: string, start: number): number {
  const limit = Math.max(0, start - CONTEXT_MOST)
  let lines = 0
  for (let index = start - 1; index > limit; index--) {
    if (text.charCodeAt(index - 1) === 0x0a && ++lines === CONTEXT_LINES) return index
  }
  if (limit === 0) return 0
  const inner = innerCut(text, limit, start)
  return inner === -1 ? start : inner
}

/** Where the context after a section that ends at `end` ends, as contextBefore. */
function contextAfter(text: string, end: number): number {
  const limit = Math.min(text.length, end + CONTEXT_MOST)
  let lines = 0
  for (let index = end; index < limit; index++) {
    if (text.charCodeAt(index) === 0x0a && ++lines === CONTEXT_LINES) return index + 1
  }
  if (limit === text.length) return text.length
  const inner = innerCut(text, limit, Math.min(text.length, limit + CONTEXT_MOST))
  return inner === -1 ? limit : inner
}

/** The sections of a text, in order, each of about `size` code units (one for a shorter text). */
export function sections(text: string, size = SECTION): Section[] {
  const result: Section[] = []
  let start = 0
  // Lines are counted as vfile-location counts them (CRLF, CR or LF), up to `counted`.
  let line = 1
  let lineStart = 0
  let counted = 0
  while (start < text.length) {
    let end = cutAfter(text, start + size, size)
    // A short remainder joins this section.
    if (text.length - end < size / 2) end = text.length
    const from = contextBefore(text, start)
    if (from < counted) {
      // Context reaching back past the one before (sections shorter than their context): count again.
      line = 1
      lineStart = 0
      counted = 0
    }
    for (; counted < from; counted++) {
      const code = text.charCodeAt(counted)
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(counted + 1) !== 0x0a)) {
        line++
        lineStart = counted + 1
      }
    }
    result.push({start, end, from, to: contextAfter(text, end), line, column: from - lineStart + 1})
    start = end
  }
  if (result.length === 0) result.push({start: 0, end: 0, from: 0, to: 0, line: 1, column: 1})
  return result
}

/**
 * Lint one section of `file` (plain text) with `processor` and return the
 * findings that start inside it (at the very end of the text, in the last
 * section). `text` holds the file's code units from `offset` on, at least as
 * far as the section's context reaches: the whole text in one thread, or only
 * a batch of sections' share of it in a worker thread (see
 * sectioned-task.ts). `index` and `count` place the section among the file's.
 */
export function lintSection(
  processor: Processor<Root>,
  file: VFile,
  text: string,
  offset: number,
  section: Section,
  index: number,
  count: number
): VFileMessage[] {
  const part = new VFile({path: file.path, cwd: file.cwd, value: text.slice(section.from - offset, section.to - offset)})
  part.data = {...file.data}
  placeWithin(part, section.from, section.line, section.column)
  processor.runSync(processor.parse(part), part)
  const last = index === count - 1
  return part.messages.filter((message) => {
    const place = message.place
    // A message without a place (none of the rules' has none) is kept once.
    const at = (place && 'start' in place ? place.start.offset : place?.offset) ?? (index === 0 ? 0 : -1)
    return at >= section.start && (at < section.end || (last && at === section.end))
  })
}

/**
 * Lint `file` (plain text) section by section with `processor`, keeping in
 * `file` the findings that start in each section, as `take` leaves them (the
 * engine caps the findings of a rule there, so they never pile up: see
 * findings-limit.ts).
 */
export function lintInSections(
  processor: Processor<Root>,
  file: VFile,
  text: string,
  size = SECTION,
  take: (messages: VFileMessage[]) => VFileMessage[] = (messages) => messages
): void {
  const all = sections(text, size)
  for (let index = 0; index < all.length; index++) {
    for (const message of take(lintSection(processor, file, text, 0, all[index]!, index, all.length))) file.messages.push(message)
  }
}
