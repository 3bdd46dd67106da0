// A document's text as HTML with each finding marked in place: one `<mark>`
// per finding span, an empty `<mark>` (drawn as a caret) where a finding
// inserts, and the text between them escaped. Findings may overlap without
// nesting (a word flagged by two rules whose spans cross); HTML elements
// must nest, so a finding that crosses another is cut into pieces that carry
// the same `data-f`: the concatenated text of a finding's pieces is exactly
// the text it reports, which is what the browser test checks.
import {escapeAttribute, escapeText} from 'entities/escape'

export interface Span {
  /** Unique in the page: the pieces of one finding share it. */
  id: string
  start: number
  end: number
  /** Attributes of the finding's marks, already escaped (`class="…" data-…`). */
  attributes: string
}

/**
 * Characters that would be invisible, or would reorder the line around them
 * (bidi controls: the "Trojan Source" characters), shown as a labelled box;
 * the character itself stays in the text (so copying and the finding's text
 * are unchanged) but is isolated, so its direction cannot leak out.
 */
const SHOWN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g

/** Document text as HTML text: escaped, with invisible and direction characters labelled. */
export function escapeDocumentText(text: string): string {
  // The HTML parser turns a carriage return into a line feed; a character reference keeps it.
  return escapeText(text)
    .replace(/\r/g, '&#13;')
    .replace(SHOWN, (char) => {
      const code = char.charCodeAt(0)
      const label = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
      // NUL cannot be carried by HTML (the parser drops it): shown as its label only.
      const shown = code === 0 ? '' : char
      return `<span class="tl-cc" data-cp="${label}">${shown}</span>`
    })
}

interface Piece {
  span: Span
  /** This piece continues a finding cut at an earlier boundary. */
  continued: boolean
}

/** `text` as HTML with `spans` (offsets in UTF-16 code units, 0 ≤ start ≤ end ≤ text.length) marked. */
export function highlight(text: string, spans: Span[]): string {
  const starts = new Map<number, Span[]>()
  const ends = new Map<number, Span[]>()
  const points = new Set<number>([0, text.length])
  for (const span of spans) {
    const list = starts.get(span.start) ?? []
    list.push(span)
    starts.set(span.start, list)
    if (span.end > span.start) {
      const closing = ends.get(span.end) ?? []
      closing.push(span)
      ends.set(span.end, closing)
    }
    points.add(span.start)
    points.add(span.end)
  }
  const sorted = [...points].sort((a, b) => a - b)
  const out: string[] = []
  const open: Piece[] = []
  const openTag = (span: Span, continued: boolean) =>
    `<mark ${span.attributes} data-f="${escapeAttribute(span.id)}"${continued ? ' data-cont=""' : ` id="tl-f-${escapeAttribute(span.id)}" tabindex="0"`}>`
  let previous = 0
  for (const point of sorted) {
    if (point > previous) out.push(escapeDocumentText(text.slice(previous, point)))
    previous = point
    // Close what ends here; what was opened inside a closing mark but goes on is reopened.
    const closing = new Set(ends.get(point) ?? [])
    const reopen: Span[] = []
    while (closing.size > 0 && open.length > 0) {
      const top = open.pop()!
      out.push('</mark>')
      if (closing.has(top.span)) closing.delete(top.span)
      else reopen.push(top.span)
    }
    const beginning = starts.get(point) ?? []
    // Insertions: an empty mark, drawn as a caret.
    for (const span of beginning) if (span.end === span.start) out.push(openTag(span, false) + '</mark>')
    // The longest outside, so marks nest as far as they can.
    const opening = [
      ...reopen.map((span) => ({span, continued: true})),
      ...beginning.filter((span) => span.end > span.start).map((span) => ({span, continued: false}))
    ].sort((a, b) => b.span.end - a.span.end)
    for (const piece of opening) {
      out.push(openTag(piece.span, piece.continued))
      open.push(piece)
    }
  }
  // Every span ends at or before the text's end: nothing is left open.
  return out.join('')
}
