// A long Markdown or HTML file is linted in sections, as a long plain-text
// file is (sections.ts), so that its markup tree, its nlcst tree and what the
// rules gather are those of one section at a time: whole, a markup file costs
// about 160 MB of memory per MB of text, and 40 MB passed V8's heap limit.
//
// Where a section may start is the format's business (markdown-sections.ts,
// html-sections.ts): each gives its cut points, the places where each part
// parses as it parses in the whole file, given a few lines put before it and
// never reported (`lead`: the open HTML elements around the place, a
// Markdown table's header rows). This module picks sections among those
// points and lints them.
//
// The context of a section (lines linted with it, never reported, as in
// sections.ts) is made of whole blocks: it reaches back and forth to cut
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
 * A stretch of markup with no cut point longer than this many bytes (one
 * code block, one HTML element of text) is not linted: one message says so.
 * Linted whole it took 720-880 MB (see README, Memory).
 */
export const MAX_BLOCK_BYTES = 4 * 1024 * 1024

export interface CutPoints {
  /** Offsets where a section may start, ascending; the first is 0. */
  offsets: number[]
  /** The 1-based line of each (lines counted as vfile-location counts them). */
  lines: number[]
  /** The 1-based column of each, when some are not at a line start (HTML cut within lines); none: all at column 1. */
  columns?: number[]
  /** The line of the end of the text. */
  lastLine: number
  /**
   * What a part that starts at each point is linted after, never reported,
   * so that it parses as in the whole file (empty, or ending with a line
   * break); none when every part needs nothing.
   */
  leads?: string[]
  /**
   * How deep in the markup each point lies: among the points near the size
   * of a section, the section ends at the first of the shallowest (between
   * the children of <body> rather than inside a list). None: the first point.
   */
  depths?: number[]
  /**
   * The lines before each point that the context counts, and before the end:
   * without the lines of code and table rows, so that the context after a
   * paragraph reaches past a code block to the prose after it, as a rule that
   * asks whether a paragraph is the last one needs (none: every line counts).
   */
  contextLines?: number[]
  lastContextLine?: number
  /**
   * Which points lie inside a paragraph (Markdown's, see markdownCutPoints): a
   * section's context, made of whole blocks, reaches to them only from a
   * section that starts (or ends) at one itself. None: no point does.
   */
  inParagraph?: boolean[]
}

export interface MarkupSection {
  /** The code units whose findings are kept. */
  start: number
  end: number
  /** The code units linted: the section and its context. */
  from: number
  to: number
  /** The 1-based line of `from`. */
  line: number
  /** The 1-based column of `from`, when not 1 (HTML cut within lines). */
  column?: number
  /** Linted before the text, never reported (see CutPoints.leads). */
  lead?: string
  /** A stretch without a cut point too large to lint. */
  tooLarge?: boolean
}

/** The index of the first cut point at or after `offset` (the count when none). */
export function firstAtOrAfter(offsets: number[], offset: number, low = 0): number {
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

/**
 * The cut point where a section that starts at cut point `startIndex` ends:
 * the first at or after `start + size`, or with depths the first of the
 * shallowest up to another `size` on (the count of points when none).
 */
function endOf(cuts: CutPoints, startIndex: number, size: number): number {
  const {offsets, depths} = cuts
  const first = firstAtOrAfter(offsets, offsets[startIndex]! + size, startIndex + 1)
  if (!depths || first >= offsets.length) return first
  let best = first
  const limit = offsets[first]! + size
  for (let index = first + 1; index < offsets.length && offsets[index]! < limit && depths[best]! > 0; index++) {
    if (depths[index]! < depths[best]!) best = index
  }
  return best
}

/** The sections of a markup text with these cut points, in order, each of about `size` code units. */
export function sectionsAt(text: string, cuts: CutPoints, size: number): MarkupSection[] {
  const {offsets, lines, leads, columns} = cuts
  const counted = cuts.contextLines ?? lines
  const lastLine = cuts.contextLines ? cuts.lastContextLine! : cuts.lastLine
  const result: MarkupSection[] = []
  let startIndex = 0
  while (startIndex < offsets.length) {
    const start = offsets[startIndex]!
    let endIndex = endOf(cuts, startIndex, size)
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
    // Context: whole blocks, back to the first cut point within CONTEXT_LINES lines and CONTEXT_MOST code units;
    // to one inside a paragraph only when the section starts inside one, or no other is that near.
    const {inParagraph} = cuts
    let fromIndex = startIndex
    let fromInParagraph = startIndex
    for (let index = startIndex - 1; index >= 0 && counted[startIndex]! - counted[index]! <= CONTEXT_LINES && start - offsets[index]! <= CONTEXT_MOST; index--) {
      if (!inParagraph?.[index] || inParagraph[startIndex]) fromIndex = index
      else fromInParagraph = index
    }
    if (fromIndex === startIndex) fromIndex = fromInParagraph
    let to = end
    if (endIndex < offsets.length) {
      let reach = endIndex
      let toIndex = endIndex
      while (reach + 1 < offsets.length && counted[reach + 1]! - counted[endIndex]! <= CONTEXT_LINES && offsets[reach + 1]! - end <= CONTEXT_MOST) {
        reach++
        if (!inParagraph?.[reach] || inParagraph[endIndex]) toIndex = reach
      }
      if (toIndex === endIndex) toIndex = reach
      to = offsets[toIndex]!
      // The end of the text, when it is as near as a cut point would be.
      if (reach === offsets.length - 1 && lastLine - counted[endIndex]! <= CONTEXT_LINES && text.length - end <= CONTEXT_MOST) to = text.length
    }
    const section: MarkupSection = tooLarge
      ? {start, end, from: start, to: end, line: lines[startIndex]!, tooLarge}
      : {start, end, from: offsets[fromIndex]!, to, line: lines[fromIndex]!}
    const column = columns?.[tooLarge ? startIndex : fromIndex]
    if (column !== undefined && column !== 1) section.column = column
    if (!tooLarge && leads?.[fromIndex]) section.lead = leads[fromIndex]
    result.push(section)
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

/** Line breaks as vfile-location counts them (CRLF, CR or LF). */
function countLines(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length
}

/** Move a message found in a section linted after `header` to its place in the file. */
function placeInFile(message: VFileMessage, header: string, headerLines: number, section: MarkupSection): number {
  // The part's first line after the header starts at the section's column (a cut within a line).
  const columnShift = (section.column ?? 1) - 1
  const shiftPoint = (point: {line: number; column: number; offset?: number}) => {
    if (point.offset !== undefined) point.offset += section.from - header.length
    if (point.line === headerLines + 1) point.column += columnShift
    point.line += section.line - 1 - headerLines
  }
  const firstLine = message.line === headerLines + 1
  const place = message.place
  if (place && 'start' in place) {
    shiftPoint(place.start)
    shiftPoint(place.end)
  } else if (place) shiftPoint(place)
  if (message.line !== undefined) message.line += section.line - 1 - headerLines
  if (firstLine && message.column !== undefined) message.column += columnShift
  const offset = place && 'start' in place ? place.start.offset : place?.offset
  return offset ?? -1
}

/**
 * Lint `file` (Markdown or HTML, as `processor` reads it) in `sections`,
 * keeping in `file` the findings that start in each section, as `take`
 * leaves them (see lintInSections in sections.ts). A section too large is
 * not linted: `tooLarge` says so.
 */
export function lintMarkupSections(
  processor: Processor<Root>,
  file: VFile,
  text: string,
  sections: MarkupSection[],
  tooLarge: (section: MarkupSection) => void,
  take: (messages: VFileMessage[]) => VFileMessage[] = (messages) => messages
): void {
  const directives: Directive[] = []
  let state = new DirectiveState()
  // Directives folded into `state`, all before `folded`.
  let applied = 0
  let folded = 0
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    if (section.tooLarge) {
      tooLarge(section)
      continue
    }
    if (section.from < folded) {
      // Context reaching back past the last fold (sections shorter than their context): fold again.
      state = new DirectiveState()
      applied = 0
    }
    while (applied < directives.length && directives[applied]!.offset < section.from) state.apply(directives[applied++]!.attributes)
    folded = section.from
    // The comments first: in HTML the lead opens elements, and a comment inside them would still apply
    // (unified-message-control goes by place), but before them it is where such comments stand in a file.
    const header = state.header() + (section.lead ?? '')
    const headerLines = countLines(header)
    const part = new VFile({path: file.path, cwd: file.cwd, value: header + text.slice(section.from, section.to)})
    part.data = {...file.data}
    processor.runSync(processor.parse(part), part)
    const last = index === sections.length - 1
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

/** The fatal message on a stretch too large to lint, worded by `key` (a text of directive-texts.ts with {size} and {max}). */
export function tooLargeMessage(file: VFile, text: string, section: MarkupSection, key: 'markdownBlockTooLarge' | 'htmlBlockTooLarge'): void {
  const mebibytes = (count: number) => `${Math.round((count / (1024 * 1024)) * 10) / 10} MiB`
  const bytes = Buffer.byteLength(text.slice(section.start, section.end), 'utf8')
  const message = file.message(directiveText(file, key, {size: mebibytes(bytes), max: mebibytes(MAX_BLOCK_BYTES)}), {
    place: {line: section.line, column: section.column ?? 1, offset: section.start},
    source: 'translint'
  })
  message.fatal = true
}
