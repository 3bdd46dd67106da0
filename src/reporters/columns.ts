// Columns of text in a terminal, and text cut or wrapped to a number of them.
// Widths are `string-width`'s (East Asian wide characters take two columns,
// harakat and other combining marks none, as terminals lay text out), counted
// directly for the plain Arabic and Latin that most lines are made of.
import {createRequire} from 'node:module'

const ELLIPSIS = '…'

// string-width builds a grapheme segmenter and emoji regular expressions as it loads (about 20 ms, a
// tenth of a cold start), and most reports never meet a text it must measure: it is loaded (as the
// package it is, beside the bundle) for the first such text.
let stringWidth: ((text: string) => number) | undefined
const slowWidth = (text: string): number =>
  (stringWidth ??= (createRequire(import.meta.url)('string-width') as {default: (text: string) => number}).default)(text)

/**
 * Characters that take one column in `string-width` and in terminals, and the
 * Arabic combining marks (harakat, Quranic marks) that take none: most of an
 * Arabic or Latin excerpt, and the summary's ℹ ⚠ ✖ (so a plain report never
 * loads `string-width`). A text made only of them is measured by counting;
 * anything else (wide characters, emoji, format characters, colour codes) by
 * `string-width`, whose grapheme segmentation costs about a hundred times more.
 * tests/prose-report.test.ts checks the two agree on every character listed.
 */
export const NARROW_CLASS = '\\x20-\\x7E\\u00A0-\\u00AC\\u00AE-\\u02FF\\u0606-\\u060F\\u061B\\u061D-\\u064A\\u0660-\\u066F\\u0671-\\u06D5\\u06DE\\u06E5\\u06E6\\u06E9\\u06EE-\\u06FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u21FF\\u2139\\u2423\\u26A0\\u2716\\u27E6-\\u27EF'
export const MARK_CLASS = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED'
const SIMPLE = new RegExp(`^[${NARROW_CLASS}${MARK_CLASS}]*$`)
const MARKS = new RegExp(`[${MARK_CLASS}]`, 'g')

let graphemeSegmenter: Intl.Segmenter | undefined
// In a text made only of the characters above, a grapheme is a character with the marks after it (a mark
// at the start stands alone with the marks after it): none is a prepended, spacing or joining character.
const SIMPLE_GRAPHEME = new RegExp(`[${MARK_CLASS}]+|[^${MARK_CLASS}][${MARK_CLASS}]*`, 'g')

/**
 * The graphemes of `text`, as `Intl.Segmenter` cuts them. A text of plain Arabic and Latin (most lines of
 * a report) is cut without it: the first segmenter of a process costs about 8 ms of processor time (ICU's
 * data is loaded), which the default report of a pre-commit hook would pay for one long line.
 * tests/prose-report.test.ts checks the two agree.
 */
export function graphemesOf(text: string): string[] {
  if (SIMPLE.test(text)) return text.match(SIMPLE_GRAPHEME) ?? []
  return Array.from((graphemeSegmenter ??= new Intl.Segmenter('ar', {granularity: 'grapheme'})).segment(text), (part) => part.segment)
}

/** Columns `text` takes in a terminal (what `string-width` says, counted directly for plain Arabic and Latin). */
export function width(text: string): number {
  if (!SIMPLE.test(text)) return slowWidth(text)
  return text.length - (text.match(MARKS)?.length ?? 0)
}

/** `text` cut to at most `columns`, keeping its start and end with `…` between (whole graphemes only). */
export function shortenMiddle(text: string, columns: number): string {
  if (width(text) <= columns) return text
  if (columns <= 1) return columns === 1 ? ELLIPSIS : ''
  const budget = columns - 1
  const headBudget = Math.ceil(budget / 2)
  // Only the ends are looked at: a grapheme takes at least one code unit, and most take one column.
  const reach = 4 * columns
  let head = ''
  let used = 0
  for (const segment of graphemesOf(text.slice(0, reach))) {
    const w = width(segment)
    if (used + w > headBudget) break
    head += segment
    used += w
  }
  const tailParts = graphemesOf(text.slice(Math.max(head.length, text.length - reach)))
  let tail = ''
  for (let j = tailParts.length - 1; j >= 0; j--) {
    const w = width(tailParts[j])
    if (used + w > budget) break
    tail = tailParts[j] + tail
    used += w
  }
  return head + ELLIPSIS + tail
}

/** `text` cut to at most `columns` at its end, with `…` (whole graphemes only). The last guard of every printed line. */
export function shortenEnd(text: string, columns: number): string {
  if (width(text) <= columns) return text
  let kept = ''
  for (const segment of graphemesOf(text)) {
    if (width(kept + segment) > columns - 1) break
    kept += segment
  }
  return kept + ELLIPSIS
}

/**
 * `text` (no colour codes) in lines of at most `columns`: broken at spaces,
 * a word wider than a line broken between graphemes. The space a line is
 * broken at is dropped; other runs of spaces are kept (they may be quoted).
 */
export function wrap(text: string, columns: number): string[] {
  if (width(text) <= columns) return [text]
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word
    if (width(joined) <= columns) {
      line = joined
      continue
    }
    // The spaces a line is broken at are not shown (nor counted) at its end.
    if (line.trimEnd()) lines.push(line.trimEnd())
    line = word
    // A word wider than a whole line: as many columns of it as fit, line after line.
    while (width(line) > columns) {
      let head = ''
      let used = 0
      for (const segment of graphemesOf(line)) {
        const w = width(segment)
        if (used + w > columns && head) break
        head += segment
        used += w
      }
      lines.push(head)
      line = line.slice(head.length)
    }
  }
  if (line) lines.push(line)
  return lines
}
