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

/**
 * Normalise a word for comparison: drop harakat, tatweel and joiners, unify
 * alef forms, final yā' and tā' marbūṭa, and Persian lookalikes.
 */
export function normalize(value: string): string {
  let result = ''
  for (const ch of value) {
    switch (ch) {
      case '\u0622': // آ
      case '\u0623': // أ
      case '\u0625': // إ
      case '\u0671': // ٱ
        result += '\u0627'
        break
      case '\u0649': // ى
      case '\u06CC': // ی
        result += '\u064A'
        break
      case '\u0629': // ة
      case '\u06C1': // ہ
      case '\u06D5': // ە
        result += '\u0647'
        break
      case '\u06A9': // ک
        result += '\u0643'
        break
      case '\u0624': // ؤ
        result += '\u0621'
        break
      case '\u0626': // ئ
        result += '\u0621'
        break
      default: {
        const code = ch.codePointAt(0)!
        if (
          code === 0x0640 ||
          (code >= 0x064b && code <= 0x065f) ||
          code === 0x0670 ||
          (code >= 0x0610 && code <= 0x061a) ||
          code === 0x200c ||
          code === 0x200d ||
          code === 0x200e ||
          code === 0x200f ||
          code === 0x061c
        ) {
          break
        }
        result += ch.toLowerCase()
      }
    }
  }
  return result
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
