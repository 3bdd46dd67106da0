// Arabic character classes and the normalised comparison key shared by rules.
// Everything here works on strings; rules report on the original text, never on a key.
import {ARABIC_LETTER as ARABIC_LETTER_FLAG, CODE_CLASS, WHITE_SPACE} from './code-classes.ts'

/** Harakat (short-vowel marks), superscript alef and Quranic marks. */
export const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g
export const TATWEEL = '\u0640'
/** Zero-width joiners and direction marks that may sit inside a word. */
export const JOINERS = /[\u200C\u200D\u200E\u200F\u061C]/g
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/u
export const ARABIC_LETTERS_ONLY = /^[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C\u200D]+$/u
export const LATIN_LETTER = /\p{Script=Latin}/u

/** Whether a string has at least one Arabic letter. */
export function hasArabic(value: string): boolean {
  return ARABIC_LETTER.test(value)
}

/** Whether a string has at least one Latin letter. */
export function hasLatin(value: string): boolean {
  return LATIN_LETTER.test(value)
}

// What `normalize` does to each UTF-16 code unit: KEEP it, DROP it, or put
// the code unit stored here in its place. A table: `normalize` runs on every
// word of every document.
const KEEP = -1
const DROP = -2
const REPLACE = new Int16Array(0x10000).fill(KEEP)
for (const [from, to] of [
  [0x0622, 0x0627], // آ → ا
  [0x0623, 0x0627], // أ
  [0x0625, 0x0627], // إ
  [0x0671, 0x0627], // ٱ
  [0x0649, 0x064a], // ى → ي
  [0x06cc, 0x064a], // ی
  [0x0629, 0x0647], // ة → ه
  [0x06c1, 0x0647], // ہ
  [0x06d5, 0x0647], // ە
  [0x06a9, 0x0643], // ک → ك
  [0x0624, 0x0621], // ؤ → ء
  [0x0626, 0x0621] // ئ
]) {
  REPLACE[from] = to
}
for (const code of [0x0640, 0x0670, 0x200c, 0x200d, 0x200e, 0x200f, 0x061c]) REPLACE[code] = DROP
for (let code = 0x064b; code <= 0x065f; code++) REPLACE[code] = DROP
for (let code = 0x0610; code <= 0x061a; code++) REPLACE[code] = DROP
for (let code = 0x41; code <= 0x5a; code++) REPLACE[code] = code + 32 // A-Z → a-z

/**
 * Normalise a word for comparison: drop harakat, tatweel and joiners, unify
 * alef forms, final yā' and tā' marbūṭa, hamza seats and Persian lookalikes;
 * lower-case Latin letters.
 */
export function normalize(value: string): string {
  const length = value.length
  let index = 0
  while (index < length && REPLACE[value.charCodeAt(index)] === KEEP) index++
  if (index === length) return value
  let result = value.slice(0, index)
  let from = index
  for (; index < length; index++) {
    const replacement = REPLACE[value.charCodeAt(index)]
    if (replacement === KEEP) continue
    result += value.slice(from, index)
    if (replacement !== DROP) result += String.fromCharCode(replacement)
    from = index + 1
  }
  return result + value.slice(from)
}

const PROCLITICS = ['وبال', 'وكال', 'فبال', 'فال', 'وال', 'بال', 'كال', 'ولل', 'فلل', 'ال', 'لل']
const SUFFIXES = ['هما', 'كما', 'تين', 'تان', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يه', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي']

/**
 * A light stemmer in the spirit of Larkey's light10: strip a leading
 * conjunction (و/ف) when the rest stays long, the article with its
 * prepositions, and common suffixes, on a normalised word.
 */
export function stem(word: string): string {
  let w = normalize(word)
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف')) && !w.startsWith('وال') && !w.startsWith('فال')) {
    // Only a conjunction if what follows still looks like a word of its own.
    const rest = w.slice(1)
    if (rest.length >= 3) w = rest
  }
  for (const prefix of PROCLITICS) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 2) {
      w = w.slice(prefix.length)
      break
    }
  }
  if (w.length > 4 && (w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ك'))) {
    // A preposition on an indefinite word: only strip when the rest is long.
    w = w.slice(1)
  }
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length)
      break
    }
  }
  return w
}

/** Strip only the article and leading clitics, keep the word's ending. */
export function stripProclitics(word: string): string {
  let w = normalize(word)
  for (const prefix of PROCLITICS) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 2) return w.slice(prefix.length)
  }
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف'))) return w.slice(1)
  return w
}

/** Whether a UTF-16 code unit is white space as `\s` and `trim` see it. */
export function isWhiteSpaceCode(code: number): boolean {
  return (CODE_CLASS[code & 0xffff]! & WHITE_SPACE) !== 0
}

/** Whether a UTF-16 code unit is an Arabic-script letter (not a mark, digit or punctuation). */
export function isArabicLetterCode(code: number): boolean {
  return (CODE_CLASS[code & 0xffff]! & ARABIC_LETTER_FLAG) !== 0
}
