// Helpers the bilingual rules share: the text of a segment as its rules
// compare it, and the pieces of it that must survive translation unchanged.
import {maskCodes} from './placeholders.ts'
import type {BitextInfo, Segment, SegmentText} from './segment.ts'

/** URLs (with a scheme or `www.`), e-mail addresses, hashtags and @-mentions. */
export const LINKS = /\b(?:https?|ftp):\/\/[^\s<>"'«»()]+|\bwww\.[^\s<>"'«»()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*|(?<![\w.])@[A-Za-z_]\w+/gu

/** A link without the punctuation that ends the sentence around it. */
export function trimLink(link: string): string {
  return link.replace(/[.,;:!?؟،؛…]+$/u, '')
}

const proses = new WeakMap<SegmentText, string>()
/** Quick test before the links pattern: most segments have no link. */
export const MAYBE_LINK = /[:@#]|www\./

/**
 * The text with codes masked and links blanked (same length), for the checks
 * that read prose; computed once per text, as most bilingual rules read it.
 */
export function proseOf(text: SegmentText): string {
  let prose = proses.get(text)
  if (prose === undefined) {
    prose = maskCodes(text)
    if (MAYBE_LINK.test(prose)) prose = prose.replace(LINKS, (link) => ' '.repeat(link.length))
    proses.set(text, prose)
  }
  return prose
}

/** Segments that have a target. */
export function translated(segments: readonly Segment[]): (Segment & {target: SegmentText})[] {
  return segments.filter((segment): segment is Segment & {target: SegmentText} => segment.target !== undefined)
}

/** Whether the target language is Arabic (or not declared, the linter's language). */
export function targetIsArabic(bitext: BitextInfo): boolean {
  return !bitext.targetLanguage || /^ar\b|^ar[-_]/i.test(bitext.targetLanguage)
}

/** The start and end of a text without its leading and trailing white space. */
export function trimmedRange(text: string): [number, number] {
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return end > start ? [start, end] : [0, text.length]
}

/** A short quotation of a text for a message. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Write digits in the script a text mostly uses (Arabic-Indic when it has more of those). */
export function inScriptOf(value: string, text: string): string {
  const indic = (text.match(/[٠-٩]/g) ?? []).length
  const western = (text.match(/[0-9]/g) ?? []).length
  return indic > western ? value.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : value
}
