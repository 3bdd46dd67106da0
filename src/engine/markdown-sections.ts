// A long Markdown file is linted in sections (see markup-sections.ts). A
// section is cut only where Markdown's block structure lets each part parse
// as it parses in the whole file: at the start of a line at column 0 with
// content, after a blank line, outside a fenced code block (``` or ~~~), an
// HTML block that a blank line does not end (<pre>, <script>, <style>,
// <textarea>, a comment, <? ?>, <!X >, CDATA) and a front-matter block. A
// blank line ends a paragraph, a table and every other HTML block; a line at
// column 0 is neither a list item's continuation nor indented code.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
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

/** Where a Markdown text may be cut, in one pass over its lines. */
export function markdownCutPoints(text: string): CutPoints {
  const offsets = [0]
  const lines = [1]
  let lineNumber = 1
  let previousBlank = false
  // The fence that opened the code block we are in (its character and length), or none.
  let fence: string | undefined
  // What comes before that fence on its line: list markers, `>`, indentation.
  let fencePrefix = ''
  // The end mark of the HTML block we are in, or none.
  let html: RegExp | undefined
  // Front matter: `---` or `+++` on the first line, up to the same line again.
  let frontMatter: string | undefined
  let start = 0
  while (start < text.length) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++
    const line = text.slice(start, end)
    const blank = isBlank(line)
    if (frontMatter !== undefined) {
      if (start > 0 && line.trimEnd() === frontMatter) frontMatter = undefined
    } else if (fence !== undefined && !endsContainer(fencePrefix, line, blank)) {
      const closing = CLOSING_FENCE.exec(line)
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length) fence = undefined
    } else if (html !== undefined) {
      if (html.test(line)) html = undefined
    } else {
      fence = undefined
      const first = line.charCodeAt(0)
      // A cut point: a line at column 0 with content, after a blank line.
      if (start > 0 && previousBlank && !blank && first !== 0x20 && first !== 0x09) {
        offsets.push(start)
        lines.push(lineNumber)
      }
      if (start === 0 && (line.trimEnd() === '---' || line.trimEnd() === '+++') && closesFrontMatter(text, line.trimEnd())) frontMatter = line.trimEnd()
      else {
        // A fence may open inside a list item or a block quote: any line whose
        // markers and indentation are followed by a fence is taken for one
        // (wrongly at worst: fewer cut points, never a cut inside code).
        const opening = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})(.*)$/.exec(line)
        if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
          fence = opening[1]
          fencePrefix = line.slice(0, line.indexOf(opening[1]!))
        }
        else {
          html = htmlBlockEnd(line.replace(/^[ \t>]*/, ''))
          // A block that ends on the line it opens.
          if (html && html.test(line.slice(line.indexOf('<') + 2))) html = undefined
        }
      }
    }
    previousBlank = blank
    // The next line: after CRLF, CR or LF.
    if (end < text.length) {
      end += text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1
      lineNumber++
    }
    start = end
  }
  return {offsets, lines, lastLine: lineNumber}
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
