// The \`boilerplate\` rule's word lists as the sets of keys it compares with, and
// the tables of first letters it reads before keying a token. Data made from
// data: the build writes these values into dist/ (scripts/precompute.mjs), so
// a start does not key the lists again.
import {
  APP_WORDS,
  BYLINE_WORDS,
  DOWNLOAD_WORDS,
  NAV_WORDS,
  OPENING_PARTICLES,
  CALL_VERBS,
  CHANNEL_WORDS,
  FURNITURE_INSIDE,
  FURNITURE_LINES,
  LEAD_INS,
  MONTH_PARTS,
  MONTHS,
  SEPARATED_LEAD_INS,
  SHARE_TOKENS,
  SHARE_FILLERS,
  STAMP_LABELS,
  STAMP_WORDS,
  STRUCTURE_WORDS,
  WEEKDAYS,
  WIRE_MARKERS,
  WIRE_ZONE_LETTERS,
  YA_NOUNS
} from './boilerplate.ts'
import {keyOf, phraseKey, wordCount} from './boilerplate-key.ts'

const keySet = (list: readonly string[]): Set<string> => new Set(list.map(phraseKey))

export const FURNITURE = keySet(FURNITURE_LINES)
export const LEADS = [...keySet(LEAD_INS)]
export const SEPARATED_LEADS = [...keySet(SEPARATED_LEAD_INS)]
/** A phrase key and its words, split once. */
export interface Phrase {
  key: string
  words: string[]
}
const phrases = (keys: readonly string[]): Phrase[] => keys.map((key) => ({key, words: key.split(' ')}))
export const LEAD_PHRASES = phrases(LEADS)
export const SEPARATED_PHRASES = phrases(SEPARATED_LEADS)
/** First words of the furniture lines and of the separated lead-ins: a line opening otherwise is neither. */
export const FURNITURE_FIRST_WORDS = new Set([...FURNITURE].map((phrase) => phrase.split(' ')[0]))
export const SEPARATED_FIRST_WORDS = SEPARATED_PHRASES.map((phrase) => phrase.words[0])
export const INSIDE = [...keySet(FURNITURE_INSIDE)]
/** First words of the lead-ins and inside phrases: a line without one cannot hold them. */
export const LEAD_FIRST_WORDS = new Set(LEADS.map((lead) => lead.split(' ')[0]))
export const INSIDE_FIRST_WORDS = new Set(INSIDE.map((phrase) => phrase.split(' ')[0]))
/** The most keys in a furniture line and in a separated lead-in. */
export const FURNITURE_WORDS = wordCount(FURNITURE)
export const SEPARATED_WORDS = wordCount(SEPARATED_LEADS)
export const SHARE = keySet(SHARE_TOKENS)
export const SHARE_OR_FILLER = new Set([...SHARE, ...keySet(SHARE_FILLERS)])
export const CALLS = keySet(CALL_VERBS)
export const CHANNELS = keySet(CHANNEL_WORDS)
export const APPS = keySet(APP_WORDS)
export const DOWNLOADS = keySet(DOWNLOAD_WORDS)
export const NAV = keySet(NAV_WORDS)
export const BYLINES = keySet(BYLINE_WORDS)
export const WEEKDAY = keySet(WEEKDAYS)
export const MONTH = keySet(MONTHS)
export const MONTH_PART = keySet(MONTH_PARTS)
export const STAMP = keySet(STAMP_WORDS)
export const STAMP_LABEL = phrases([...keySet(STAMP_LABELS)])
export const STRUCTURE = keySet(STRUCTURE_WORDS)
export const PARTICLE = keySet(OPENING_PARTICLES)
export const WIRE = keySet(WIRE_MARKERS)
export const ZONE = keySet(WIRE_ZONE_LETTERS)
export const YA_NOUN = keySet(YA_NOUNS)
/** The words a stamp's first part may be when it is a word (its label aside), and the first words of the labels. */
export const STAMP_OPENERS = new Set([...WEEKDAY, ...MONTH, ...ZONE, ...STAMP, ...MONTH_PART, 'منذ'])
export const STAMP_LABEL_FIRSTS = STAMP_LABEL.map((label) => label.words[0])


// A token opening with an Arabic letter (U+0621–U+064A but tatweel) has a
// key that opens with that letter as \`normalize\` writes it: for a set of
// keys, a table of the letters its keys may open with rules most tokens out.
export const ARABIC_FIRST = 0x0621
const ARABIC_LAST = 0x064a
function openings(set: Set<string>): Uint8Array {
  const table = new Uint8Array(ARABIC_LAST - ARABIC_FIRST + 1)
  const firsts = new Set([...set].map((key) => key.charAt(0)))
  for (let code = ARABIC_FIRST; code <= ARABIC_LAST; code++) {
    // Tatweel is dropped: a token opening with it is always keyed.
    if (code === 0x0640 || firsts.has(keyOf(String.fromCharCode(code)))) table[code - ARABIC_FIRST] = 1
  }
  return table
}
export const INSIDE_OPENINGS = openings(INSIDE_FIRST_WORDS)
export const CALL_OPENINGS = openings(CALLS)
export const CHANNEL_OPENINGS = openings(CHANNELS)
export const APP_OPENINGS = openings(APPS)
export const DOWNLOAD_OPENINGS = openings(DOWNLOADS)

// Most tokens open with a letter some key of a set opens with too (an alef
// for the article): their first three letters rule out far more. A token whose
// first three code units are letters of ء–ي (no tatweel) has a key that opens
// with those letters as `normalize` writes them, which a key of the set must
// open with too. Each letter is written as its normalised letter's place in
// ء–ي (LETTER_PLACES, 255 for tatweel), three places packed in 18 bits.
export const LETTER_PLACES = new Uint8Array(ARABIC_LAST - ARABIC_FIRST + 1)
for (let code = ARABIC_FIRST; code <= ARABIC_LAST; code++) {
  const key = keyOf(String.fromCharCode(code))
  LETTER_PLACES[code - ARABIC_FIRST] = key.length === 1 ? key.charCodeAt(0) - ARABIC_FIRST : 255
}
/** The first three letters of a key, packed; -1 when they are not three letters of ء–ي. */
function threeLetters(key: string): number {
  if (key.length < 3) return -1
  let packed = 0
  for (let i = 0; i < 3; i++) {
    const place = key.charCodeAt(i) - ARABIC_FIRST
    if (place < 0 || place > ARABIC_LAST - ARABIC_FIRST || LETTER_PLACES[place] !== place) return -1
    packed = (packed << 6) | place
  }
  return packed
}
function prefixes(set: Set<string>): Set<number> {
  const result = new Set<number>()
  for (const key of set) {
    const packed = threeLetters(key)
    if (packed >= 0) result.add(packed)
  }
  return result
}
export const INSIDE_PREFIXES = prefixes(INSIDE_FIRST_WORDS)
export const CALL_PREFIXES = prefixes(CALLS)
export const CHANNEL_PREFIXES = prefixes(CHANNELS)
export const APP_PREFIXES = prefixes(APPS)
export const DOWNLOAD_PREFIXES = prefixes(DOWNLOADS)
