// Find a term in Arabic text as Arabic writes it: with clitics before it
// (`و` `ف` `ب` `ل` `ك`, and the article's alef dropped after `ل`: `للأمم` is
// `ل` + `الأمم`), with or without the article, with any hamza seat, `ة`/`ه`,
// `ى`/`ي`, harakat and tatweel (normalize()).
import {normalize} from './arabic.ts'

export interface TermMatch {
  start: number
  end: number
  /** The clitics before the term as written (`وب`), and whether the article's alef was dropped after `ل`. */
  prefix: string
  merged: boolean
}

const WORD = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C\u200D]+/gu
const PROCLITICS = /^(?:[وف]?[بلك]?|[وف])$/u

/** A term as normalised words. */
export function termWords(term: string): string[] {
  return (term.match(WORD) ?? []).map(normalize)
}

/** Words of a text with their offsets and normalised keys. */
export function textWords(text: string): {start: number; end: number; key: string; raw: string}[] {
  return [...text.matchAll(WORD)].map((m) => ({start: m.index!, end: m.index! + m[0].length, key: normalize(m[0]), raw: m[0]}))
}

/** How the first word of a term can stand in a text word: the length of the clitics before it, or undefined. */
function firstWordPrefix(word: string, term: string): {length: number; merged: boolean} | undefined {
  const definite = term.startsWith('ال')
  const bare = definite ? term.slice(2) : term
  for (let length = 0; length <= 2 && length < word.length; length++) {
    const prefix = word.slice(0, length)
    if (length > 0 && !PROCLITICS.test(prefix)) continue
    const rest = word.slice(length)
    if (rest === term) return {length, merged: false}
    // `ل` + `الأمم` = `للأمم`.
    if (definite && prefix.endsWith('ل') && rest === `ل${bare}`) return {length, merged: true}
    // The article the term does not write, or the one it writes left out.
    if (!definite && (rest === `ال${term}` || (prefix.endsWith('ل') && rest === `ل${term}`))) return {length, merged: false}
    if (definite && rest === bare) return {length, merged: false}
  }
  return undefined
}

/** Every place a term stands in a text. */
export function findTerm(text: string, term: string, words = textWords(text)): TermMatch[] {
  const wanted = termWords(term)
  if (wanted.length === 0) return []
  const found: TermMatch[] = []
  for (let i = 0; i + wanted.length <= words.length; i++) {
    const first = firstWordPrefix(words[i]!.key, wanted[0]!)
    if (!first) continue
    let ok = true
    for (let j = 1; j < wanted.length; j++) {
      // Inner words as written (a space or a joiner between them).
      const gap = text.slice(words[i + j - 1]!.end, words[i + j]!.start)
      if (words[i + j]!.key !== wanted[j] || !/^\s+$/u.test(gap)) {
        ok = false
        break
      }
    }
    if (!ok) continue
    // The prefix in the text's own characters (normalisation keeps one character per letter here).
    const raw = words[i]!.raw
    let prefixEnd = 0
    for (let letters = 0; prefixEnd < raw.length && letters < first.length; prefixEnd++) if (/\p{L}/u.test(raw[prefixEnd]!)) letters++
    found.push({start: words[i]!.start + prefixEnd, end: words[i + wanted.length - 1]!.end, prefix: raw.slice(0, prefixEnd), merged: first.merged})
  }
  return found
}

/** Whether a source term stands in a source text. */
export function hasSourceTerm(text: string, term: string, caseSensitive: boolean, wholeWord: boolean): boolean {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  const pattern = wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped
  return new RegExp(pattern, caseSensitive ? 'u' : 'iu').test(text)
}
