// The words around a range of a text, as a terminal shows them: a few words of
// context each side (cut at word boundaries), the range itself, and the whole
// fitted to a number of columns (counted as terminals count them: columns.ts).
// Text from the file is made safe to print here:
// control and bidi characters are escaped (escape.ts) and a line break inside
// a range shows as `↵`.
import {shortenMiddle, width} from './columns.ts'
import {escapeForTerminal} from './escape.ts'

/** What marks a range in an excerpt: visible brackets that keep their meaning in right-to-left text (they mirror). */
export const OPEN = '⟦'
export const CLOSE = '⟧'
/** Where an insertion goes. */
export const CARET = '‸'
export const ELLIPSIS = '…'
/** A space or line break in a range that is only whitespace, or in a change that only moves whitespace. */
const VISIBLE_SPACE = '␣'
const VISIBLE_BREAK = '↵'

/** Context each side, in characters (cut back to a word boundary). */
export const CONTEXT = 30


/** Text from a file, safe for a terminal: line breaks as `↵`, other controls and bidi controls escaped. */
export function printable(text: string, showSpaces = false): string {
  let shown = text.replace(/\r?\n|\r/g, VISIBLE_BREAK)
  if (showSpaces) shown = shown.replace(/ /g, VISIBLE_SPACE)
  return escapeForTerminal(shown)
}

/**
 * `printable(text)`, of a text that may be far longer than a line: only its two
 * ends are kept (with `…` between), so a range of a whole long paragraph costs
 * what a short one does. `shortenMiddle` then cuts it to its exact width.
 */
export function printableClipped(text: string, columns: number, showSpaces = false): string {
  const keep = 4 * Math.max(columns, 10)
  if (text.length <= 2 * keep + 1) return printable(text, showSpaces)
  return printable(text.slice(0, keep), showSpaces) + ELLIPSIS + printable(text.slice(-keep), showSpaces)
}

/** Whether `text` is all whitespace (a range that would print as nothing between its brackets). */
export const isBlank = (text: string): boolean => text.length > 0 && /^\s+$/u.test(text)

/** The words and runs of spaces of the context on one side of a range (a context is cut at spaces). */
function contextSegments(text: string, from: number, to: number): string[] {
  return text.slice(from, to).match(/\s+|\S+/gu) ?? []
}

export interface Excerpt {
  /** Context before the range, ready to print (with `… ` when cut). */
  before: string
  /** The range, ready to print, without its brackets; '' for an insertion. */
  span: string
  /** Context after the range, ready to print (with ` …` when cut). */
  after: string
}

export interface ExcerptOptions {
  /** Columns the excerpt may take, brackets and ellipses included. */
  columns: number
  /** Characters of context each side (default `CONTEXT`). */
  context?: number
  /** Show spaces in the range as `␣` (a change of whitespace only). */
  showSpaces?: boolean
}

/** The line around `[start, end)` of `text` (from the start's line to the end's line), with a window bound so long paragraphs cost no more than short ones. */
function contextBounds(text: string, start: number, end: number, reach: number): {from: number; to: number} {
  let from = start
  const lowest = Math.max(0, start - reach)
  while (from > lowest && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--
  let to = end
  const highest = Math.min(text.length, end + reach)
  while (to < highest && text[to] !== '\n' && text[to] !== '\r') to++
  return {from, to}
}

/**
 * The excerpt of `text` around `[start, end)`: up to `context` characters
 * each side, cut back to whole words, then fewer words (and a shortened range)
 * until it fits in `columns` with its brackets.
 */
export function excerpt(text: string, start: number, end: number, options: ExcerptOptions): Excerpt {
  const context = options.context ?? CONTEXT
  // Words are cut whole: the window reaches a little past `context` so the word at its edge is seen whole.
  const {from, to} = contextBounds(text, start, end, context + 20)
  const left = contextSegments(text, from, start)
  const right = contextSegments(text, end, to)
  // Keep the words nearest the range whose total stays within `context`.
  let leftCut = from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r'
  let rightCut = to < text.length && text[to] !== '\n' && text[to] !== '\r'
  let length = 0
  let first = left.length
  while (first > 0 && length + left[first - 1].length <= context) length += left[--first].length
  if (first > 0) leftCut = true
  let kept = {left: left.slice(first), right: [] as string[]}
  length = 0
  let last = 0
  while (last < right.length && length + right[last].length <= context) length += right[last++].length
  if (last < right.length) rightCut = true
  kept.right = right.slice(0, last)

  const raw = text.slice(start, end)
  let span = printableClipped(raw, options.columns, options.showSpaces || isBlank(raw))
  const render = (): Excerpt => {
    // Spaces at the outer edges show nothing (or double the one before `…`): dropped.
    let before = printable(kept.left.join('')).trimStart()
    let after = printable(kept.right.join('')).trimEnd()
    if (leftCut) before = `${ELLIPSIS} ${before}`
    if (rightCut) after = `${after} ${ELLIPSIS}`
    return {before, span, after}
  }
  const total = (e: Excerpt) => width(e.before) + width(e.span) + width(e.after) + (e.span ? 2 : 1)
  const columns = Math.max(1, options.columns)
  // A long range keeps its ends and gives room to the context (at most 60% of the line).
  const spanRoom = Math.max(3, Math.floor(columns * 0.6) - 2)
  if (width(span) > spanRoom) span = shortenMiddle(span, spanRoom)
  let shown = render()
  while (total(shown) > columns && (kept.left.length > 0 || kept.right.length > 0)) {
    // Drop the outermost word of the wider side.
    if (kept.right.length === 0 || (kept.left.length > 0 && width(shown.before) >= width(shown.after))) {
      kept.left = kept.left.slice(1)
      leftCut = true
    } else {
      kept.right = kept.right.slice(0, -1)
      rightCut = true
    }
    shown = render()
  }
  if (total(shown) > columns) {
    // No context fits beside the range: the range alone, shortened.
    leftCut = rightCut = false
    kept = {left: [], right: []}
    span = shortenMiddle(span, Math.max(1, columns - 2))
    shown = render()
  }
  return shown
}

/** An excerpt as one line: the range in brackets (or `‸` for an insertion), `mark` wrapping the range (colour). */
export function renderExcerpt(e: Excerpt, mark: (text: string) => string = (t) => t): string {
  return e.before + (e.span ? mark(OPEN + e.span + CLOSE) : mark(CARET)) + e.after
}
