// A long Markdown file is linted in sections (see markup-sections.ts). A
// section is cut only where Markdown's block structure lets each part parse
// as it parses in the whole file: at the start of a line at column 0 with
// content, after a blank line, outside a fenced code block (``` or ~~~), an
// HTML block that a blank line does not end (<pre>, <script>, <style>,
// <textarea>, a comment, <? ?>, <!X >, CDATA) and a front-matter block. A
// blank line ends a paragraph, a table and every other HTML block; a line at
// column 0 is neither a list item's continuation nor indented code. Tight
// lists, tables and fenced code, which may run for megabytes without a blank
// line, are cut inside too (see markdownCutPoints).
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {endsWithFinalMark} from './document.ts'
import {lintMarkupSections, sectionsAt, tooLargeMessage, type CutPoints, type MarkupSection} from './markup-sections.ts'

/** A closing fence, after the `>` of its block quote and indentation. */
const CLOSING_FENCE = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/
/** The HTML blocks that a blank line does not end, by CommonMark's start conditions 1-5, and their end marks. */
const RAW_START = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i
const RAW_END = /<\/(?:script|pre|style|textarea)>/i

function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false
  }
  return true
}

/** The mark that ends the HTML block this line opens, when a blank line does not end it. */
function htmlBlockEnd(line: string): RegExp | undefined {
  if (RAW_START.test(line)) return RAW_END
  const trimmed = line.replace(/^ {0,3}/, '')
  if (trimmed.startsWith('<!--')) return /-->/
  if (trimmed.startsWith('<?')) return /\?>/
  if (trimmed.startsWith('<![CDATA[')) return /\]\]>/
  if (/^<![A-Za-z]/.test(trimmed)) return />/
  return undefined
}

/**
 * Whether `line` ends the container (a list item, a block quote) of a code
 * block fenced after `prefix`, and so the code block: fenced code has no lazy
 * lines, so a line at column 0 that is not `>` ends a list item or a block
 * quote (a blank line ends a block quote). A fence with at most three spaces
 * before it is in no container.
 */
function endsContainer(prefix: string, line: string, blank: boolean): boolean {
  if (/^ {0,3}$/.test(prefix)) return false
  const quoted = prefix.includes('>')
  if (blank) return quoted
  const first = line.charCodeAt(0)
  return first !== 0x20 && first !== 0x09 && !(quoted && first === 0x3e)
}

/** Front matter is at most this long: a first line `---` not closed within it is a thematic break. */
const FRONT_MATTER_MOST = 1 << 16

/**
 * Whether the first line, `mark`, opens front matter closed by the same line
 * within FRONT_MATTER_MOST code units: a document that starts with a
 * thematic break (`---`) would otherwise have no cut point at all.
 */
function closesFrontMatter(text: string, mark: string): boolean {
  const head = text.slice(0, FRONT_MATTER_MOST)
  return new RegExp(`[\\r\\n]${mark.replace(/\+/g, '\\+')}[ \\t]*(?:\\r|\\n|$)`).test(head.slice(mark.length))
}

/** A top-level list item with content: its marker at column 0, a space, text. */
const LIST_ITEM = /^(?:([-+*])|\d{1,9}([.)]))[ \t]+\S/
/** A thematic break, which `* * *` or `- - -` is rather than an item. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
/** A table's delimiter row (with at least one pipe: `---` alone underlines a heading). */
const DELIMITER_ROW = /^ {0,3}(?=[^|]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
/** What starts another block than a table row (a quote, heading, fence, HTML, list item, break). */
const NOT_A_ROW = /^(?:[>#`~<]|[-+*][ \t]|\d{1,9}[.)][ \t]|[-*_][ \t]*[-*_][ \t]*[-*_])/

/** The `>` markers of a line in a block quote (each with the space after it). */
const QUOTE_PREFIX = /^(?:>[ \t]?)*/
/** A setext heading's underline: after a paragraph, it makes a heading of all its lines. */
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/
/** An ordered list's marker. */
const ORDERED_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/

/**
 * Whether a line of a paragraph (after its `>` markers) would start a
 * paragraph that parses the same: it opens no other block and cannot be
 * read as one after a cut. Not indented (code), no block's marker (`#`,
 * `>`, `-`, `+`, `*`, `=`, `_`, `~`, a backtick, `<`, an ordered list's
 * number), no `|` (a table's row), no `:` (a delimiter row), no `[` (a link
 * reference definition, which cannot interrupt a paragraph but can start a
 * part).
 */
function isPlainLine(rest: string): boolean {
  if (rest.length === 0 || /^[\s#>\-+*=_~`<|:[]/.test(rest)) return false
  if (ORDERED_MARKER.test(rest)) return false
  return !rest.includes('|')
}

/** The cells of a table row, as GFM counts them: between unescaped pipes, an outer pipe on each side optional. */
function cellCount(row: string): number {
  const trimmed = row.trim()
  let pipes = 0
  for (let index = 0; index < trimmed.length; index++) {
    const code = trimmed.charCodeAt(index)
    if (code === 0x5c) index++
    else if (code === 0x7c) pipes++
  }
  if (trimmed.startsWith('|')) pipes--
  if (trimmed.length > 1 && trimmed.endsWith('|') && !trimmed.endsWith('\\|')) pipes--
  return pipes + 1
}

/**
 * Where a Markdown text may be cut, in one pass over its lines: between
 * blocks (depth 0), and inside the three blocks that may run for megabytes
 * without a blank line (depth 1, taken only when no cut between blocks lies
 * near a section's size):
 * - a tight list at column 0, before an item of the same list (its marker
 *   the same bullet, or number with the same delimiter, after a line of the
 *   list): each part is a list of the same items;
 * - a table, before a row, the part linted after the table's header row and
 *   delimiter row (its lead) so that it is a table of the same rows;
 * - a code block fenced at column 0, before any of its lines, the part linted
 *   after the opening fence: code of the same lines. Its text is not prose,
 *   but a rule that reads raw characters (bidirectional controls) reads it.
 *
 * And before a paragraph that opens in a block quote (depth 2), and inside
 * a paragraph that runs for megabytes without a blank line (text
 * wrapped at single line breaks, a quoted thread of mail `> …`), before one
 * of its lines (depth 2 after a line that ends a sentence, else 3; taken
 * only when no other cut lies near): a paragraph at column 0 or in a block
 * quote that began after a blank line (so it is in no list item), before a
 * line that would start a paragraph the same way (isPlainLine) and only
 * once the paragraph is known not to be a setext heading (an underline after
 * its last line would make a heading of all of it). Each part is a
 * paragraph, or a block quote of one, of the same lines; what changes is
 * only that the text before the cut and the text after it are two paragraphs
 * (an inline span across the line, rare across a line that ends a sentence,
 * reads as text on both sides).
 */
export function markdownCutPoints(text: string): CutPoints {
  const offsets = [0]
  const lines = [1]
  const leads = ['']
  const depths = [0]
  const contextLines = [1]
  let lineNumber = 1
  // Lines of code and table rows so far (see CutPoints.contextLines).
  let quiet = 0
  const inParagraph = [false]
  const cut = (offset: number, depth: number, lead: string, line = lineNumber, contextLine = lineNumber - quiet) => {
    inParagraph.push(depth >= 2)
    offsets.push(offset)
    lines.push(line)
    depths.push(depth)
    leads.push(lead)
    contextLines.push(contextLine)
  }
  // The quote depth (0: none) of the paragraph of plain lines we are in, when it began after a blank line.
  let paragraphDepth: number | undefined
  // Its cut points so far, kept until the paragraph is known to be no setext heading: offset, depth, line, context line.
  let pending: number[] = []
  // The quote depth at which the line before was blank (-1: at any, a blank line; undefined: not blank).
  let blankAt: number | undefined = -1
  // Whether the line before ended a sentence.
  let endedSentence = false
  // The quote depth of the line before (Infinity: a line of code, HTML or front matter).
  let previousDepth = 0
  /** The paragraph ends at `line` (undefined: at a line of another kind of block): its cuts are made unless `line` underlines it. */
  const endParagraph = (line: string | undefined, depth: number) => {
    if (paragraphDepth === undefined) return
    const rest = line === undefined ? '' : line.slice(QUOTE_PREFIX.exec(line)![0].length)
    if (!(line !== undefined && depth === paragraphDepth && SETEXT_UNDERLINE.test(rest))) {
      // Before a table's delimiter row, the line above may be its header: no cut before that line.
      const made = line !== undefined && DELIMITER_ROW.test(rest) ? pending.length - 4 : pending.length
      for (let index = 0; index < made; index += 4) cut(pending[index]!, pending[index + 1]!, '', pending[index + 2]!, pending[index + 3]!)
    }
    pending = []
    paragraphDepth = undefined
  }
  let previousBlank = false
  // The fence that opened the code block we are in (its character and length), or none.
  let fence: string | undefined
  // What comes before that fence on its line: list markers, `>`, indentation.
  let fencePrefix = ''
  // The opening fence's line and a line break, when it is at column 0 (see above).
  let fenceLead: string | undefined
  // The end mark of the HTML block we are in, or none.
  let html: RegExp | undefined
  // Front matter: `---` or `+++` on the first line, up to the same line again.
  let frontMatter: string | undefined
  // The marker of the list at column 0 whose item the last line at column 0 opened (`-`, `*`, `+`, `.`, `)`).
  let listMarker: string | undefined
  // The line before, when it opened a block at column 0 after a blank line (a table's header row may).
  let blockStart: string | undefined
  // The header and delimiter rows of the table we are in, with a line break after each.
  let tableLead: string | undefined
  let start = 0
  while (start < text.length) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++
    const line = text.slice(start, end)
    const blank = isBlank(line)
    let opensBlock: string | undefined
    let nextBlankAt: number | undefined
    let depthHere = Infinity
    if (frontMatter !== undefined) {
      if (start > 0 && line.trimEnd() === frontMatter) frontMatter = undefined
    } else if (fence !== undefined && !endsContainer(fencePrefix, line, blank)) {
      endParagraph(undefined, 0)
      if (fenceLead !== undefined) {
        cut(start, 1, fenceLead)
        quiet++
      }
      const closing = CLOSING_FENCE.exec(line)
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length) fence = undefined
    } else if (html !== undefined) {
      endParagraph(undefined, 0)
      if (html.test(line)) html = undefined
    } else {
      fence = undefined
      // A paragraph's lines, at column 0 or after the same `>` markers (see above).
      const prefix = QUOTE_PREFIX.exec(line)![0]
      const depth = prefix.split('>').length - 1
      const rest = prefix === '' ? line : line.slice(prefix.length)
      const plain = isPlainLine(rest)
      if (paragraphDepth !== undefined && plain && depth === paragraphDepth) {
        pending.push(start, endedSentence ? 2 : 3, lineNumber, lineNumber - quiet)
      } else {
        endParagraph(line, depth)
        // A paragraph in no list item: after a blank line, or at a `>` deeper than the line before (a quote opens there).
        const opens = start === 0 || blankAt === -1 || blankAt === depth || (depth > previousDepth && previousDepth !== Infinity)
        if (plain && opens && (depth > 0 || listMarker === undefined || previousBlank)) {
          paragraphDepth = depth
          // A paragraph that opens in a block quote, not after a blank line (which makes a cut of depth 0): a cut
          // before it; after a line of a shallower quote (perhaps a lazy line of its paragraph), once it is no heading.
          if (depth > 0 && start > 0 && blankAt !== -1) {
            if (blankAt === depth) cut(start, 2, '')
            else pending.push(start, 2, lineNumber, lineNumber - quiet)
          }
        }
      }
      nextBlankAt = blank ? -1 : isBlank(rest) ? depth : undefined
      depthHere = depth
      endedSentence = endsWithFinalMark(line)
      const first = line.charCodeAt(0)
      const atColumn0 = !blank && first !== 0x20 && first !== 0x09
      // A cut point: a line at column 0 with content, after a blank line.
      if (start > 0 && previousBlank && atColumn0) {
        cut(start, 0, '')
        opensBlock = line
      } else if (start === 0) opensBlock = line
      const item = atColumn0 && !THEMATIC_BREAK.test(line) ? LIST_ITEM.exec(line) : null
      const marker = item ? (item[1] ?? item[2]) : undefined
      if (tableLead !== undefined) {
        if (blank || !atColumn0 || !line.includes('|') || NOT_A_ROW.test(line)) tableLead = undefined
        else {
          cut(start, 1, tableLead)
          quiet++
        }
      } else if (blockStart !== undefined && blockStart.includes('|') && DELIMITER_ROW.test(line) && cellCount(blockStart) === cellCount(line)) {
        tableLead = `${blockStart}\n${line}\n`
        quiet++
      } else if (marker !== undefined && !previousBlank && marker === listMarker) cut(start, 1, '')
      // A line at column 0 that is not an item ends the list, or is a lazy line of its item: no cut till the next item.
      if (atColumn0) listMarker = marker
      if (start === 0 && (line.trimEnd() === '---' || line.trimEnd() === '+++') && closesFrontMatter(text, line.trimEnd())) frontMatter = line.trimEnd()
      else {
        // A fence may open inside a list item or a block quote: any line whose
        // markers and indentation are followed by a fence is taken for one
        // (wrongly at worst: fewer cut points, never a cut inside code).
        const opening = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})(.*)$/.exec(line)
        if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
          fence = opening[1]
          fencePrefix = line.slice(0, line.indexOf(opening[1]!))
          fenceLead = fencePrefix === '' ? `${line}\n` : undefined
          tableLead = undefined
        }
        else {
          html = htmlBlockEnd(line.replace(/^[ \t>]*/, ''))
          // A block that ends on the line it opens.
          if (html && html.test(line.slice(line.indexOf('<') + 2))) html = undefined
          if (html) tableLead = undefined
        }
      }
    }
    previousBlank = blank
    blankAt = nextBlankAt
    previousDepth = depthHere
    if (depthHere === Infinity) endedSentence = false
    blockStart = opensBlock
    // The next line: after CRLF, CR or LF.
    if (end < text.length) {
      end += text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1
      lineNumber++
    }
    start = end
  }
  endParagraph(undefined, 0)
  return {offsets, lines, lastLine: lineNumber, leads, depths, contextLines, lastContextLine: lineNumber - quiet, inParagraph}
}

/** The sections of a Markdown text, in order, each of about `size` code units. */
export function markdownSections(text: string, size: number): MarkupSection[] {
  return sectionsAt(text, markdownCutPoints(text), size)
}

/**
 * Lint `file` (Markdown) section by section with `processor`, keeping in
 * `file` the findings that start in each section, as `take` leaves them (see
 * lintInSections in sections.ts).
 */
export function lintMarkdownInSections(
  processor: Processor<Root>,
  file: VFile,
  text: string,
  size: number,
  take: (messages: VFileMessage[]) => VFileMessage[] = (messages) => messages
): void {
  const all = markdownSections(text, size)
  lintMarkupSections(processor, file, text, all, (section) => tooLargeMessage(file, text, section, 'markdownBlockTooLarge'), take)
}
