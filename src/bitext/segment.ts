// The shape every bilingual format parses into: segments of source and target
// text, each with the map from its decoded text back to the original file, so
// that findings are placed, and fixes applied, in the file as written.

/**
 * A run of a segment's decoded text and where it stands in the file. An
 * `exact` piece is the same characters in both (plain text); an inexact one
 * is an escape, a character reference or an inline code, whose decoded text
 * differs from what the file holds there.
 */
declare module 'vfile-message' {
  interface VFileMessage {
    /** The id of the segment of a bilingual file the message is about. */
    segment?: string
  }
}

export interface Piece {
  /** Range in the segment's decoded text. */
  start: number
  end: number
  /** Range in the file. */
  rawStart: number
  rawEnd: number
  exact: boolean
}

/** A protected span of a segment's text: an inline tag or a placeholder, never prose. */
export interface Code {
  start: number
  end: number
  /** `tag` (an XLIFF or TMX inline element) or `placeholder` (`%s`, `{0}`, ICU, …). */
  kind: 'tag' | 'placeholder'
  /** How it is compared with the other side: the element name and id, or the placeholder as written. */
  key: string
  /** The text as the file holds it. */
  raw: string
}

export interface SegmentText {
  /** The decoded text; an inline tag stands as one U+E000 character. */
  text: string
  /** Range of the whole content in the file. */
  rawStart: number
  rawEnd: number
  pieces: Piece[]
  codes: Code[]
}

export interface Segment {
  /** Position in the file's list of segments. */
  index: number
  /** The id reports carry: XLIFF `id`, PO `msgctxt`/`msgid`, TMX `tuid`, the TSV/CSV `id` column or row number. */
  id: string
  source: SegmentText
  /** Undefined when the file has no target for this source (an untranslated XLIFF unit). */
  target: SegmentText | undefined
  note?: string
  /**
   * The forms of one PO plural entry (`msgstr[0]` … `msgstr[n]`) share a
   * group: they are not one source translated differently, and a form may
   * leave out the number its language says by the noun (`ملف`, `ملفان`).
   */
  plural?: {group: string; index: number}
}

/**
 * What a bilingual file says of itself, known once it has been read through:
 * its format, the language codes it declares (XLIFF, TMX, PO; undefined when
 * it declares none), and how a fix is written into it.
 */
export interface BitextInfo {
  format: BitextFormat
  sourceLanguage?: string
  targetLanguage?: string
  /**
   * Write `text` so that it reads as `text` inside the segment at this raw
   * offset (escaping for the format); undefined when it cannot be written
   * there safely (a tab in a TSV field), so the fix is dropped.
   */
  escape(text: string, rawOffset: number): string | undefined
}

/** A bilingual file with all its segments in memory (tests, scripts, small files). */
export interface Bitext extends BitextInfo {
  segments: Segment[]
}

/**
 * A format's reader: walks the file once, calling `onSegment` with each
 * segment in file order as soon as it is read, and returns what the file says
 * of itself. It keeps no segment: a caller that wants them all collects them,
 * and a large file is linted a window of segments at a time (lint.ts).
 * Throws a BitextError when the file cannot be read.
 */
export type BitextReader = (raw: string, onSegment: (segment: Segment) => void) => BitextInfo

export type BitextFormat = 'xliff' | 'po' | 'tmx' | 'tsv' | 'csv'

/** A bilingual file that cannot be read: the message names the problem and where. */
export class BitextError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BitextError'
  }
}

/** Builds a SegmentText piece by piece. */
export class TextBuilder {
  text = ''
  pieces: Piece[] = []
  codes: Code[] = []
  constructor(
    readonly rawStart: number,
    public rawEnd: number
  ) {}

  /** Text copied as it stands in the file. */
  exact(value: string, rawStart: number): void {
    if (value.length === 0) return
    const last = this.pieces[this.pieces.length - 1]
    const start = this.text.length
    if (last && last.exact && last.end === start && last.rawEnd === rawStart) {
      last.end += value.length
      last.rawEnd += value.length
    } else {
      this.pieces.push({start, end: start + value.length, rawStart, rawEnd: rawStart + value.length, exact: true})
    }
    this.text += value
  }

  /** Decoded text that the file writes differently (an escape, a reference). */
  decoded(value: string, rawStart: number, rawEnd: number): void {
    const start = this.text.length
    this.pieces.push({start, end: start + value.length, rawStart, rawEnd, exact: false})
    this.text += value
  }

  /** An inline element: one U+E000 in the text, protected. */
  tag(key: string, rawStart: number, rawEnd: number, raw: string): void {
    const start = this.text.length
    this.decoded('\uE000', rawStart, rawEnd)
    this.codes.push({start, end: start + 1, kind: 'tag', key, raw})
  }

  finish(): SegmentText {
    return {text: this.text, rawStart: this.rawStart, rawEnd: this.rawEnd, pieces: this.pieces, codes: this.codes}
  }
}

/** A segment text that is the file's characters exactly (TSV fields, CSV fields without quotes). */
export function exactText(value: string, rawStart: number): SegmentText {
  const builder = new TextBuilder(rawStart, rawStart + value.length)
  builder.exact(value, rawStart)
  return builder.finish()
}

/**
 * The file offset of a text offset. At a piece boundary the earlier piece's
 * end is used for an end offset and the later piece's start for a start.
 * `exact` tells whether the offset falls inside (or at the edge of) an exact piece.
 */
export function rawOffset(text: SegmentText, offset: number, side: 'start' | 'end'): {offset: number; exact: boolean} {
  const pieces = text.pieces
  if (pieces.length === 0) return {offset: text.rawStart, exact: true}
  // Binary search: the last piece starting at or before the offset.
  let low = 0
  let high = pieces.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (pieces[mid]!.start <= offset) low = mid
    else high = mid - 1
  }
  let piece = pieces[low]!
  if (side === 'end' && offset === piece.start && low > 0 && pieces[low - 1]!.end === offset) piece = pieces[low - 1]!
  if (offset >= piece.end) return {offset: piece.rawEnd, exact: piece.exact}
  if (piece.exact) return {offset: piece.rawStart + (offset - piece.start), exact: true}
  // Inside an escape or a code: the whole of it.
  return {offset: side === 'start' ? piece.rawStart : piece.rawEnd, exact: offset === piece.start && side === 'start'}
}

/**
 * The file range of a text range, and whether it is the same characters in
 * the file (so a fix on it can be applied as it is).
 */
export function rawRange(text: SegmentText, start: number, end: number): {start: number; end: number; exact: boolean} {
  const a = rawOffset(text, start, 'start')
  const b = rawOffset(text, end, 'end')
  let exact = a.exact && b.exact
  if (exact) {
    // Every piece the range crosses must be exact.
    for (const piece of text.pieces) {
      if (piece.end <= start && !(piece.end === start && start === end)) continue
      if (piece.start >= end && !(start === end && piece.start === start)) break
      if (!piece.exact && !(piece.end <= start || piece.start >= end)) exact = false
    }
    if (b.offset - a.offset !== end - start) exact = false
  }
  return {start: a.offset, end: Math.max(a.offset, b.offset), exact}
}
