// How a word of an organisation's name is read: its normalised core without
// clitics and article, its written spelling, and the cores it may also stand
// for. Used by `org-name-consistency` on every word of a document, and on the
// built-in names by the build (rules/data/organization-words.precomputed.ts).
import {lexiconForm} from './lexicon.ts'
import {normalize} from './arabic.ts'

export interface NameWord {
  /** Normalised, without clitics and article. */
  core: string
  /** The same letters in their written spelling. */
  spell: string
  /** Cores this word may also stand for when a leading letter is a clitic (`وكالة`, `لمكافحة`). */
  alts: string[]
  /** Proclitic letters before the core (normalised), without the article. */
  prefix: string
  definite: boolean
}

const CLITIC_1 = new Set(['و', 'ف', 'ب', 'ل', 'ك'])
export const CONJ = new Set(['و', 'ف'])
export const PREP = new Set(['ب', 'ل', 'ك'])

const ALEF = 0x0627
const LAM = 0x0644
const isConjCode = (code: number) => code === 0x0648 || code === 0x0641 // و ف
const isPrepCode = (code: number) => code === 0x0628 || code === 0x0643 || code === LAM // ب ك ل
// A letter that `.` in a regular expression matches (no line terminator).
// Offsets are checked before reading: a read past the end would make the optimised code bail out.
const isLetterAt = (text: string, i: number) => {
  if (i >= text.length) return false
  const code = text.charCodeAt(i)
  return code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029
}

/**
 * Where the core starts after the article: the article maybe after a
 * conjunction and a preposition (`/^([وف]?[بكل]?)ال(?=..)/`), else the `لل`
 * of a lām before the article (`/^([وف]?)لل(?=..)/`, `للجنة`); 0 without one.
 */
export function articleEnd(n: string): number {
  // Both need two letters after the article's two.
  if (n.length < 4) return 0
  const conj = isConjCode(n.charCodeAt(0)) ? 1 : 0
  const p = isPrepCode(n.charCodeAt(conj)) ? conj + 1 : conj
  if (n.charCodeAt(p) === ALEF && n.charCodeAt(p + 1) === LAM && isLetterAt(n, p + 2) && isLetterAt(n, p + 3)) return p + 2
  if (n.charCodeAt(conj) === LAM && n.charCodeAt(conj + 1) === LAM && isLetterAt(n, conj + 2) && isLetterAt(n, conj + 3)) return conj + 2
  return 0
}

export function analyze(value: string, key = normalize(value)): NameWord {
  const n = key
  // The written letters (hamza seats, yā', tā' marbūṭa kept), without harakat, tatweel and joiners.
  const s = lexiconForm(value)
  // Normalisation keeps one letter for one letter, so offsets in `n` hold in `s`.
  const written = s.length === n.length ? s : n
  const cut = articleEnd(n)
  // The letters before the article: before `ال`, or before the `ل` of `لل`, the article that lost its alef.
  const lead = cut === 0 ? 0 : n.charCodeAt(cut - 2) === ALEF ? cut - 2 : cut - 1
  const prefix = lead ? n.slice(0, lead) : ''
  const definite = cut > 0
  const core = cut ? n.slice(cut) : n
  const alts = [core]
  if (core.length >= 4 && CLITIC_1.has(core[0])) alts.push(core.slice(1))
  if (core.length >= 5 && CONJ.has(core[0]) && PREP.has(core[1])) alts.push(core.slice(2))
  // `لل` before a word that starts with `ل` is `ل` and the article too: `للجنة` is `ل` + `اللجنة`.
  if (cut > 0 && n.charCodeAt(cut - 1) === LAM && n.charCodeAt(cut - 2) !== ALEF) alts.push('ل' + core)
  return {core, spell: cut ? written.slice(cut) : written, alts, prefix, definite}
}
