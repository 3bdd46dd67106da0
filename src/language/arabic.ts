// Arabic character classes and the normalised comparison key shared by rules.
// Everything here works on strings; rules report on the original text, never on a key.

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

// Replacement for each code unit that `normalize` changes: '' drops it.
const REPLACE = new Map<number, string>([
  [0x0622, '\u0627'], // آ
  [0x0623, '\u0627'], // أ
  [0x0625, '\u0627'], // إ
  [0x0671, '\u0627'], // ٱ
  [0x0649, '\u064A'], // ى
  [0x06cc, '\u064A'], // ی
  [0x0629, '\u0647'], // ة
  [0x06c1, '\u0647'], // ہ
  [0x06d5, '\u0647'], // ە
  [0x06a9, '\u0643'], // ک
  [0x0624, '\u0621'], // ؤ
  [0x0626, '\u0621'], // ئ
  [0x0640, ''],
  [0x0670, ''],
  [0x200c, ''],
  [0x200d, ''],
  [0x200e, ''],
  [0x200f, ''],
  [0x061c, '']
])
for (let code = 0x064b; code <= 0x065f; code++) REPLACE.set(code, '')
for (let code = 0x0610; code <= 0x061a; code++) REPLACE.set(code, '')

/**
 * Normalise a word for comparison: drop harakat, tatweel and joiners, unify
 * alef forms, final yā' and tā' marbūṭa, hamza seats and Persian lookalikes;
 * lower-case Latin letters.
 */
export function normalize(value: string): string {
  let result: string | undefined
  let from = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    let replacement: string | undefined
    if (code >= 0x41 && code <= 0x5a) replacement = String.fromCharCode(code + 32)
    else if (code >= 0x0610) replacement = REPLACE.get(code)
    if (replacement === undefined) continue
    result = (result ?? '') + value.slice(from, index) + replacement
    from = index + 1
  }
  return result === undefined ? value : result + value.slice(from)
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
