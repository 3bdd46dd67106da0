// A long Markdown file is linted in sections, as a long plain-text file is
// (sections.ts), so that its markup tree, its nlcst tree and what the rules
// gather are those of one section at a time: whole, a Markdown file costs
// about 160 MB of memory per MB of text, and 40 MB passed V8's heap limit.
//
// A section is cut only where Markdown's block structure lets each part parse
// as it parses in the whole file: at the start of a line at column 0 with
// content, after a blank line, outside a fenced code block (``` or ~~~), an
// HTML block that a blank line does not end (<pre>, <script>, <style>,
// <textarea>, a comment, <? ?>, <!X >, CDATA) and a front-matter block. A
// blank line ends a paragraph, a table and every other HTML block; a line at
// column 0 is neither a list item's continuation nor indented code.
//
// The context of a section (lines linted with it, never reported, as in
// sections.ts) is made of whole blocks: it reaches back and forth to such cut
// points only, so it parses as it does in the file. Where no cut point lies
// within CONTEXT_LINES lines, there is no context on that side: a context
// starting inside a block would change how the block parses.
//
// Comments that turn rules off and on (`<!-- translint-disable … -->`) reach
// past a cut: each section is linted after a few comments, before its text,
// that set the rules as the comments before it left them.
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {directiveText} from './directive-texts.ts'

/** Lines on each side of a section linted with it at most (as sections.ts). */
const CONTEXT_LINES = 8
/** Code units of context on each side at most. */
const CONTEXT_MOST = 1 << 12
/**
 * A stretch of Markdown with no cut point longer than this many bytes (one
 * code block, one table or one list of 4 MiB) is not linted: one message says
 * so. Linted whole it took 720-880 MB (see README, Memory).
 */
export const MAX_BLOCK_BYTES = 4 * 1024 * 1024

export interface CutPoints {
  /** Offsets where a section may start, ascending; the first is 0. */
  offsets: number[]
  /** The 1-based line of each (lines counted as vfile-location counts them). */
  lines: number[]
  /** The line of the end of the text. */
  lastLine: number
}

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

export interface MarkdownSection {
  /** The code units whose findings are kept. */
  start: number
  end: number
  /** The code units linted: the section and its context. */
  from: number
  to: number
  /** The 1-based line of `from` (always at column 1). */
  line: number
  /** A stretch without a cut point too large to lint. */
  tooLarge?: boolean
}

/** The index of the first cut point at or after `offset` (the count when none). */
function firstAtOrAfter(offsets: number[], offset: number, low = 0): number {
  let high = offsets.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (offsets[middle]! < offset) low = middle + 1
    else high = middle
  }
  return low
}

function utf8Bytes(text: string, from: number, to: number): number {
  // At most three bytes a code unit: most stretches need no count.
  if ((to - from) * 3 <= MAX_BLOCK_BYTES) return 0
  return Buffer.byteLength(text.slice(from, to), 'utf8')
}

/** The sections of a Markdown text, in order, each of about `size` code units. */
export function markdownSections(text: string, size: number): MarkdownSection[] {
  const {offsets, lines, lastLine} = markdownCutPoints(text)
  const result: MarkdownSection[] = []
  let startIndex = 0
  while (startIndex < offsets.length) {
    const start = offsets[startIndex]!
    let endIndex = firstAtOrAfter(offsets, start + size, startIndex + 1)
    // A short remainder joins this section.
    if (endIndex < offsets.length && text.length - offsets[endIndex]! < size / 2) endIndex = offsets.length
    let end = endIndex < offsets.length ? offsets[endIndex]! : text.length
    let tooLarge = false
    if (utf8Bytes(text, start, end) > MAX_BLOCK_BYTES) {
      // Cut at the last point before the size when there is one; else the stretch to the next point is one uncuttable block.
      const before = firstAtOrAfter(offsets, start + size, startIndex + 1) - 1
      endIndex = before > startIndex ? before : startIndex + 1
      end = endIndex < offsets.length ? offsets[endIndex]! : text.length
      tooLarge = before <= startIndex && utf8Bytes(text, start, end) > MAX_BLOCK_BYTES
    }
    // Context: whole blocks, back to the first cut point within CONTEXT_LINES lines and CONTEXT_MOST code units.
    let fromIndex = startIndex
    while (fromIndex > 0 && lines[startIndex]! - lines[fromIndex - 1]! <= CONTEXT_LINES && start - offsets[fromIndex - 1]! <= CONTEXT_MOST) fromIndex--
    let to = end
    if (endIndex < offsets.length) {
      let toIndex = endIndex
      while (toIndex + 1 < offsets.length && lines[toIndex + 1]! - lines[endIndex]! <= CONTEXT_LINES && offsets[toIndex + 1]! - end <= CONTEXT_MOST) toIndex++
      to = offsets[toIndex]!
      // The end of the text, when it is as near as a cut point would be.
      if (toIndex === offsets.length - 1 && lastLine - lines[endIndex]! <= CONTEXT_LINES && text.length - end <= CONTEXT_MOST) to = text.length
    }
    if (tooLarge) result.push({start, end, from: start, to: end, line: lines[startIndex]!, tooLarge})
    else result.push({start, end, from: offsets[fromIndex]!, to, line: lines[fromIndex]!})
    startIndex = endIndex
  }
  return result
}

interface Directive {
  offset: number
  /** `disable a b`, `enable`, `ignore a`: as markup.ts reads the comment. */
  attributes: string
}

/**
 * The state the `translint-disable`/`enable` comments before an offset leave,
 * as unified-message-control reads them: a comment without rule ids sets every
 * rule and forgets what came before it; one with ids sets those rules. Kept
 * as the last such comment and the last verb of each rule named after it.
 */
class DirectiveState {
  private all: string | undefined
  private byRule = new Map<string, string>()

  apply(attributes: string): void {
    const [verb, ...ids] = attributes.split(/\s+/)
    if (verb !== 'disable' && verb !== 'enable') return
    if (ids.length === 0) {
      this.all = verb
      this.byRule.clear()
    } else for (const id of ids) this.byRule.set(id, verb)
  }

  /**
   * Comments that set the rules so, each followed by a blank line (empty when
   * nothing is set). Each state is set twice, the opposite first, so that
   * unified-message-control keeps a mark of it: a rule without a mark is
   * judged by the comments without rule ids at the end of the section, not
   * before it.
   */
  header(): string {
    const opposite = (verb: string) => (verb === 'disable' ? 'enable' : 'disable')
    let header = this.all ? `<!-- translint-${opposite(this.all)} -->\n\n<!-- translint-${this.all} -->\n\n` : ''
    for (const [id, verb] of this.byRule) header += `<!-- translint-${opposite(verb)} ${id} -->\n\n<!-- translint-${verb} ${id} -->\n\n`
    return header
  }
}

/** Move a message found in a section linted after `header` to its place in the file. */
function placeInFile(message: VFileMessage, header: string, headerLines: number, section: MarkdownSection): number {
  const shiftPoint = (point: {line: number; column: number; offset?: number}) => {
    if (point.offset !== undefined) point.offset += section.from - header.length
    point.line += section.line - 1 - headerLines
  }
  const place = message.place
  if (place && 'start' in place) {
    shiftPoint(place.start)
    shiftPoint(place.end)
  } else if (place) shiftPoint(place)
  if (message.line !== undefined) message.line += section.line - 1 - headerLines
  const offset = place && 'start' in place ? place.start.offset : place?.offset
  return offset ?? -1
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
  const directives: Directive[] = []
  let state = new DirectiveState()
  // Directives folded into `state`, all before `folded`.
  let applied = 0
  let folded = 0
  for (let index = 0; index < all.length; index++) {
    const section = all[index]!
    if (section.tooLarge) {
      tooLargeMessage(file, text, section)
      continue
    }
    if (section.from < folded) {
      // Context reaching back past the last fold (sections shorter than their context): fold again.
      state = new DirectiveState()
      applied = 0
    }
    while (applied < directives.length && directives[applied]!.offset < section.from) state.apply(directives[applied++]!.attributes)
    folded = section.from
    const header = state.header()
    const headerLines = (header.match(/\n/g) ?? []).length
    const part = new VFile({path: file.path, cwd: file.cwd, value: header + text.slice(section.from, section.to)})
    part.data = {...file.data}
    processor.runSync(processor.parse(part), part)
    const last = index === all.length - 1
    const inside = part.messages.filter((message) => {
      // A message without a place (the warning on markup nested too deeply) is kept at its section's start.
      const offset = message.place ? placeInFile(message, header, headerLines, section) : section.start
      return offset >= section.start && (offset < section.end || (last && offset === section.end))
    })
    for (const found of (part.data.translintDirectives as Directive[] | undefined) ?? []) {
      const offset = found.offset + section.from - header.length
      if (offset >= section.start && offset < section.end) directives.push({offset, attributes: found.attributes})
    }
    for (const message of take(inside)) file.messages.push(message)
  }
}

function tooLargeMessage(file: VFile, text: string, section: MarkdownSection): void {
  const mebibytes = (count: number) => `${Math.round((count / (1024 * 1024)) * 10) / 10} MiB`
  const bytes = Buffer.byteLength(text.slice(section.start, section.end), 'utf8')
  const message = file.message(directiveText(file, 'markdownBlockTooLarge', {size: mebibytes(bytes), max: mebibytes(MAX_BLOCK_BYTES)}), {
    place: {line: section.line, column: 1, offset: section.start},
    source: 'translint'
  })
  message.fatal = true
}
