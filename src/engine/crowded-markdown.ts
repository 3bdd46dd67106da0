// Markdown whose inline marks micromark resolves in time quadratic in their
// number within one paragraph: runs of `*`/`_` that never close (its
// attention resolver walks back over every opener for each closer), `[`
// without `]` (the GFM footnote call looks back over every open label), and
// `[a](` repeated (its text resolver, which also overflows the stack past
// about 100,000). 64,000 characters of `*_` took half a minute to parse and
// 200,000 more than two; no paragraph of prose holds thousands of these marks.
// A paragraph that does is not parsed: the document is refused with a warning
// (markup.ts), as markup nested too deeply is.

/** Emphasis, strike-through, link and footnote marks (`* _ ~ [ ]`) one paragraph may hold. */
export const MAX_MARKS_PER_PARAGRAPH = 10_000

/** Where a paragraph with too many marks starts and ends (offsets). */
export interface CrowdedParagraph {
  start: number
  end: number
}

/** A line that starts a paragraph of its own: a list item or a heading (a blank line ends one). */
const BLOCK_START = /^[ \t]{0,3}(?:[-+*]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)/
/** A code fence: what follows, up to the closing fence, is not parsed for marks. */
const FENCE = /^[ \t]{0,3}(?:```|~~~)/

function isMark(code: number): boolean {
  // * _ ~ [ ]
  return code === 0x2a || code === 0x5f || code === 0x7e || code === 0x5b || code === 0x5d
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false
  }
  return true
}

/**
 * The first paragraph (lines up to a blank line or a line that starts a list
 * item or a heading) holding more than `limit` marks, if any; code fences are
 * skipped. One pass over the text.
 */
export function crowdedParagraph(text: string, limit = MAX_MARKS_PER_PARAGRAPH): CrowdedParagraph | undefined {
  let start = 0
  let marks = 0
  let inFence = false
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    // Only the line's first characters say whether it is a fence or starts a block.
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 16))
    if (FENCE.test(head)) {
      inFence = !inFence
      marks = 0
    } else if (!inFence) {
      if (isBlank(text, lineStart, lineEnd) || BLOCK_START.test(head)) {
        start = lineStart
        marks = 0
      }
      for (let index = lineStart; index < lineEnd; index++) {
        if (isMark(text.charCodeAt(index)) && ++marks > limit) {
          const next = text.indexOf('\n', index)
          return {start, end: next === -1 ? text.length : next}
        }
      }
    }
    lineStart = lineEnd + 1
  }
  return undefined
}
