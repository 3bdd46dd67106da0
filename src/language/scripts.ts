// Scripts in Arabic text: which letters belong to which script, how much of a
// text is Arabic, and the shapes of foreign-script tokens that edited Arabic
// news legitimately contains (links, e-mail addresses, handles, units,
// acronyms, model numbers, brand names), plus the Persian/Urdu letters that
// look like Arabic ones.
import {isArabicLetterCode} from './arabic.ts'
import {lazyRegExp} from './lazy-regexp.ts'

/** The foreign scripts told apart in messages. */
export type ForeignScript = 'Latin' | 'Greek' | 'Cyrillic' | 'Hebrew' | 'Armenian' | 'Georgian' | 'Devanagari' | 'CJK' | 'foreign'


const LETTER = lazyRegExp(() => /\p{L}/u)
const ARABIC_SCRIPT = lazyRegExp(() => /\p{Script=Arabic}/u)

/** The foreign script of one character, or `undefined` for Arabic letters and non-letters. */
export function foreignScriptOf(ch: string): ForeignScript | undefined {
  const code = ch.codePointAt(0)!
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ? 'Latin' : undefined
  if (isArabicLetterCode(code) || (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x08ff)) return undefined
  if (code >= 0xfb50 && code <= 0xfeff) return undefined
  if (!LETTER().test(ch)) return undefined
  if ((code >= 0x00c0 && code <= 0x024f) || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0xff21 && code <= 0xff5a)) return 'Latin'
  if (code === 0x00aa || code === 0x00ba) return 'Latin'
  if (code === 0x00b5) return 'Greek' // micro sign
  if (code >= 0x0370 && code <= 0x03ff) return 'Greek'
  if (code >= 0x0400 && code <= 0x052f) return 'Cyrillic'
  if (code >= 0x0590 && code <= 0x05ff) return 'Hebrew'
  if (code >= 0x0530 && code <= 0x058f) return 'Armenian'
  if (code >= 0x10a0 && code <= 0x10ff) return 'Georgian'
  if (code >= 0x0900 && code <= 0x097f) return 'Devanagari'
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return 'CJK'
  // Arabic-script letters outside the ranges above (presentation forms are covered) and
  // letters of other scripts.
  if (ARABIC_SCRIPT().test(ch)) return undefined
  return 'foreign'
}

export interface ScriptCounts {
  arabic: number
  foreign: number
}

/** Count Arabic-script letters and letters of other scripts in a text (one pass). */
export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  let arabic = 0
  let foreign = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) foreign++
      continue
    }
    if (isArabicLetterCode(code)) {
      arabic++
      continue
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      // Astral characters: count letters as foreign.
      const ch = String.fromCodePoint(text.codePointAt(i)!)
      if (LETTER().test(ch)) foreign++
      i++
      continue
    }
    if (code >= 0x0600 && code <= 0x06ff) continue // Arabic marks, digits, punctuation
    if (foreignScriptOf(text[i]!)) foreign++
  }
  return {arabic, foreign}
}

/**
 * A run of ASCII letters (all foreign), or one character that may be a letter
 * of another script (everything outside the Arabic blocks), one code unit at a
 * time. Latin-1's signs and spaces but `ª` `µ` `º` (`«` `»`, the no-break
 * space) and the General Punctuation block (`“` `”` `–` `…`, joiners) hold no
 * letter: left out, Arabic news stops here only at letters, not at each quote
 * and no-break space, where `foreignScriptOf` built a string and tested it
 * against `\p{L}` (compiling that expression in the first document).
 */
const MAYBE_FOREIGN = /[A-Za-z]+|[\u00AA\u00B5\u00BA\u00C0-\u05FF\u0700-\u074F\u0900-\u1FFF\u2070-\uFB4F\uFF00-\uFFFF]/g

/**
 * `countScripts(text, span.start, span.end).foreign` for each of a text's
 * spans (in order, not overlapping), in one regex pass that stops only at runs
 * of ASCII letters and at the characters that may be foreign letters.
 */
export function countForeignBySpan(text: string, spans: readonly Span[]): number[] {
  const counts: number[] = new Array(spans.length).fill(0)
  if (spans.length === 0) return counts
  let k = 0
  MAYBE_FOREIGN.lastIndex = spans[0]!.start
  let match: RegExpExecArray | null
  while ((match = MAYBE_FOREIGN.exec(text))) {
    const i = match.index
    while (k < spans.length && spans[k]!.end <= i) k++
    if (k === spans.length) break
    const span = spans[k]!
    if (i < span.start) {
      MAYBE_FOREIGN.lastIndex = span.start
      continue
    }
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      // A run of ASCII letters: only its part inside the span counts here.
      const end = i + match[0].length
      if (end <= span.end) counts[k]! += end - i
      else {
        counts[k]! += span.end - i
        MAYBE_FOREIGN.lastIndex = span.end
      }
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // An astral character: a letter counts as foreign; its low half is skipped.
      if (LETTER().test(String.fromCodePoint(text.codePointAt(i)!))) counts[k]!++
      MAYBE_FOREIGN.lastIndex = Math.min(i + 2, span.end)
    } else if (foreignScriptOf(text[i]!)) counts[k]!++
  }
  return counts
}

/**
 * Whether Arabic letters make at least `minShare` of the letters in the spans,
 * given how many foreign letters they hold: `arabicShare` of their
 * `countScripts`, with Arabic letters counted only until the answer is sure
 * (the share only grows with them).
 */
export function hasArabicShare(text: string, spans: readonly Span[], foreign: number, minShare: number): boolean {
  let arabic = 0
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) {
      const code = text.charCodeAt(i)
      if (code < 0x80) continue
      if (isArabicLetterCode(code)) {
        arabic++
        if (arabic / (arabic + foreign) >= minShare) return true
      } else if (code >= 0xd800 && code <= 0xdbff) i++ // as countScripts: the low half is skipped
    }
  }
  return false
}

/** Share of Arabic letters among all letters (1 when there are no letters). */
export function arabicShare(counts: ScriptCounts): number {
  const total = counts.arabic + counts.foreign
  return total === 0 ? 1 : counts.arabic / total
}

/** Whether a string has a letter of a script other than Arabic. */
export function hasForeignLetter(value: string): boolean {
  for (const ch of value) if (foreignScriptOf(ch)) return true
  return false
}

/** The script of the first foreign letter in a string. */
export function firstForeignScript(value: string): ForeignScript | undefined {
  for (const ch of value) {
    const script = foreignScriptOf(ch)
    if (script) return script
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Links, addresses, handles and hashtags

export interface Span {
  start: number
  end: number
}

/**
 * A span made here. A class, not an object literal: a `{start, end}` literal
 * shares its hidden class with the parser's positions, whose `start` and
 * `end` hold points, and the first number stored there widened that field for
 * both, which threw away the optimised parser and document model (V8's
 * `--trace-generalization`, then 12 functions dropped for "code
 * dependencies" in a run of mixed-script alone).
 */
class LineSpan implements Span {
  constructor(
    public start: number,
    public end: number
  ) {}
}

// A scheme has at most 32 characters: unbounded, the search for `://` went over
// the rest of a long run of letters and dots from each of its word boundaries.
const URL_RE = /(?:\b[a-z][a-z0-9+.-]{0,31}:\/\/|\bwww\.)[^\s<>"«»“”]+/giu
// An address starts where a run of address characters starts (the lookbehind):
// without it the search would start again at every letter of a long run with
// an `@` somewhere in the text, and a line of one long word took minutes.
const EMAIL_RE = lazyRegExp(() => /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu)
// A bare domain: lower-case labels and a known or two-letter top-level domain.
const DOMAIN_RE = lazyRegExp(
  () => /(?<![\p{L}\p{N}@._-])(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|gov|edu|int|mil|info|biz|io|co|news|tv|me|app|online|site|[a-z]{2})(?:\/[^\s<>"«»“”]*)?(?![\p{L}\p{N}])/giu
)
const HANDLE_RE = /(?<![A-Za-z0-9_@.])@[A-Za-z0-9_]{1,30}\b/gu
const HASHTAG_RE = lazyRegExp(() => /(?<![A-Za-z0-9_&#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu)

/** Spans of URLs, e-mail addresses, bare domains, @handles and #hashtags in a text. */
export function findLinkSpans(text: string): Span[] {
  const spans: Span[] = []
  const at = text.includes('@')
  const kinds = [
    text.includes('://') || text.includes('www.') ? URL_RE : undefined,
    at ? EMAIL_RE() : undefined,
    text.includes('.') ? DOMAIN_RE() : undefined,
    at ? HANDLE_RE : undefined,
    text.includes('#') ? HASHTAG_RE() : undefined
  ]
  for (const re of kinds) {
    if (!re) continue
    re.lastIndex = 0
    for (const match of text.matchAll(re)) {
      let value = match[0]
      // A sentence mark right after a link is not part of it.
      value = value.replace(TRAILING_MARKS, '')
      if (value.length === 0) continue
      spans.push(new LineSpan(match.index, match.index + value.length))
    }
  }
  // One span for a link found by two patterns (a URL and the domain inside it).
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else merged.push(new LineSpan(span.start, span.end))
  }
  return merged
}

// A character reference, or one that translation mangled with a space or an Arabic semicolon
// (`& amp؛`), which is only recognised for the common names.
const REFERENCE_RE =
  /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|&\s?(?:#[0-9]{1,7}|amp|quot|apos|lt|gt|nbsp)\s?[;؛]/g

/** Spans of HTML/XML character references (`&quot;`, `&#39;`, mangled `& amp؛`): markup left in text. */
export function findCharacterReferences(text: string): Span[] {
  if (!text.includes('&')) return []
  const spans: Span[] = []
  REFERENCE_RE.lastIndex = 0
  for (const match of text.matchAll(REFERENCE_RE)) spans.push(new LineSpan(match.index, match.index + match[0].length))
  return spans
}

const ENCLOSED_RE = /\(([^()\n]*)\)|\[([^[\]\n]*)\]|\{([^{}\n]*)\}|«([^«»\n]*)»|"([^"\n]*)"|“([^“”\n]*)”|‘([^‘’\n]*)’|‹([^‹›\n]*)›/gu

/**
 * Spans of bracketed or quoted groups whose content has letters of another
 * script and no Arabic letter: a gloss (`(UNODC)`), a quoted title (`"As
 * Ever"`) or a name given in its own script.
 */
export function findForeignGroups(text: string): Span[] {
  const spans: Span[] = []
  ENCLOSED_RE.lastIndex = 0
  for (const match of text.matchAll(ENCLOSED_RE)) {
    const content = match.slice(1).find((group) => group !== undefined) ?? ''
    const counts = countScripts(content)
    if (counts.foreign > 0 && counts.arabic === 0) spans.push(new LineSpan(match.index, match.index + match[0].length))
  }
  return spans
}

// ---------------------------------------------------------------------------
// Token shapes

/** Letters of a token, without digits and joining punctuation. */
function letters(value: string): string {
  return value.replace(NOT_LETTER(), '')
}

// The patterns of the token tests, built once at load: the bundler turns a
// `\p{…}` literal into a `new RegExp` wherever it stands, a new object per call.
const LOWER_ASCII = /^[a-z]+$/
const VOWEL = /[aeiouy]/
const CLOCK_TIME = lazyRegExp(() => /^[\p{N}]{1,2}[:.٫][\p{N}]{2}$/u)
const UTC_OFFSET = lazyRegExp(() => /^[+\-−][\p{N}]{1,2}(?::?[\p{N}]{2})?$/u)
const ROMAN_NUMERAL = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/
const ACRONYM_PUNCTUATION = /[.&'’-]/g
const NOT_LETTER = lazyRegExp(() => /[^\p{L}]/gu)
const FINAL_POWER = /[²³]$/u
const FINAL_PERIOD = /\.$/
const NUMBER = lazyRegExp(() => /^[+\-−]?[\p{N}]+(?:[.,٫٬،:/][\p{N}]+)*%?$/u)
const TRAILING_MARKS = /[.,،;؛:!?؟)\]}»”'"]+$/u
const CAPITALS = lazyRegExp(() => /^\p{Lu}{2,}s?$/u)
const INITIALS = lazyRegExp(() => /^(?:\p{Lu}\.){2,}$/u)
const NUMBER_CHAR = lazyRegExp(() => /\p{N}/u)
const INNER_CAPITAL = lazyRegExp(() => /\p{Ll}\p{Lu}/u)
const CAPITALS_THEN_LOWER = lazyRegExp(() => /^\p{Lu}{2,}\p{Ll}/u)
const FIRST_LETTER_CAPITAL = lazyRegExp(() => /^\P{L}*\p{Lu}/u)
const LOWER = lazyRegExp(() => /\p{Ll}/u)
const UPPER = lazyRegExp(() => /\p{Lu}/u)
const ZONE_WITH_OFFSET = lazyRegExp(() => /^(?:GMT|UTC)[+\-−]\p{N}{1,2}(?::?\p{N}{2})?$/u)
const LATIN_CLOCK = lazyRegExp(() => /^\p{N}{1,2}(?::\p{N}{2})?(?:am|pm|a\.m|p\.m)\.?$/iu)

/** An acronym or initialism: `UNODC`, `U.S.`, `NGOs`, `XDR-TB`, `AT&T`. */
export function isAcronym(value: string): boolean {
  const bare = value.replace(ACRONYM_PUNCTUATION, '')
  if (CAPITALS().test(bare)) return true
  // Dotted initials: `U.S.`, `U.N.`
  return INITIALS().test(value.endsWith('.') ? value : `${value}.`)
}

/** A code or model number: letters and digits together (`F-16`, `Su-35`, `H5N1`, `CO2`, `802.11n`). */
export function isCode(value: string): boolean {
  return NUMBER_CHAR().test(value) && LETTER().test(value)
}

/** A brand or product spelled with an inner capital: `iPhone`, `eBay`, `YouTube`, `OpenAI`, `eXtra`. */
export function isMixedCase(value: string): boolean {
  return INNER_CAPITAL().test(value) || CAPITALS_THEN_LOWER().test(value)
}

/** A Roman numeral (upper case): `II`, `XIV`. */
export function isRomanNumeral(value: string): boolean {
  return ROMAN_NUMERAL.test(value)
}

/**
 * A lower-case abbreviation with no vowel letter (`stc`, `km`, `mph`, `pdf`):
 * not an English word left untranslated. At least two letters.
 */
export function isVowellessAbbreviation(value: string): boolean {
  const bare = letters(value)
  return bare.length >= 2 && bare.length <= 5 && LOWER_ASCII.test(bare) && !VOWEL.test(bare)
}

/** Whether a token starts with a capital letter. */
export function isCapitalized(value: string): boolean {
  return FIRST_LETTER_CAPITAL().test(value)
}

/** Whether a token has no capital letter. */
export function isLowercase(value: string): boolean {
  return LOWER().test(value) && !UPPER().test(value)
}

const UNITS = new Set(
  (
    'km m cm mm µm μm nm pm kg g mg µg μg t kt mt l L ml mL cl dl ha h hr hrs min s sec ms µs ns ' +
    'Hz kHz MHz GHz THz W kW MW GW TW Wh kWh MWh GWh TWh V kV mV A mA mAh Ah J kJ MJ cal kcal ' +
    'Pa kPa MPa hPa bar mbar psi atm km/h kph m/s mph kn knots mi ft in yd oz lb lbs gal bbl bpd ' +
    'B KB kB MB GB TB PB bit bits bps kbps Kbps Mbps Gbps dB dBm px dpi ppi fps rpm ppm ppb mol mmol ' +
    '°C °F °K K C F x mmHg mg/dL cc CC sq'
  ).split(' ')
)

/** A unit of measurement (after a number): `km`, `MHz`, `°C`, `kWh`. */
export function isUnit(value: string): boolean {
  return UNITS.has(value) || UNITS.has(value.replace(FINAL_POWER, ''))
}

/** A number in Western or Arabic-Indic digits (`3.5`, `١٢٠`, `1,000`, `-2`). */
export function isNumber(value: string): boolean {
  return NUMBER().test(value)
}

/** A clock time or a UTC offset: `10:30`, `٠٥:٢٨`, `+02:00`, `+3`. */
export function isClockTime(value: string): boolean {
  return CLOCK_TIME().test(value) || UTC_OFFSET().test(value)
}

const TIME_LABELS = new Set(
  (
    'AM PM am pm a.m p.m A.M P.M GMT UTC UT EET EEST CET CEST WET WEST BST IST EST EDT CST CDT MST MDT PST PDT AST ADT ' +
    'AKST HST MSK JST KST HKT SGT AEST AEDT ACST AWST NZST NZDT GST PKT IRST TRT SAST CAT EAT WAT ART BRT'
  ).split(' ')
)

/** A Latin time label: `AM`, `p.m.`, a time-zone abbreviation (`GMT`, `EET`), or one with an offset (`GMT+3`). */
export function isTimeLabel(value: string): boolean {
  const bare = value.replace(FINAL_PERIOD, '')
  if (TIME_LABELS.has(bare)) return true
  return ZONE_WITH_OFFSET().test(value)
}

/** A time written with a Latin suffix: `10am`, `9:30pm`. */
export function isLatinClock(value: string): boolean {
  return LATIN_CLOCK().test(value)
}

/** Lower-case words that may stand inside a capitalised name (`Bank of England`, `Fund for Development`). */
export const NAME_PARTICLES = new Set(
  'of the and for de la le les des du da do dos das di del della von van der den ter al el bin bint ibn ben y e et und in on at to a an by with'.split(
    ' '
  )
)

// ---------------------------------------------------------------------------
// Persian and Urdu letters that look like Arabic ones

/** Persian/Urdu letters whose Arabic equivalent is known. */
export const LOOKALIKE_RE = /[\u06A9\u06CC\u06C1\u06C3\u06D5]/u

export interface LookalikeFix {
  /** The word with every certain replacement made (final ambiguous letters kept). */
  certain: string
  /** Candidates, most likely first: one when the replacement is certain, two when it is not. */
  options: string[]
}

const MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u

/** Whether the Arabic letter at `index` ends its word (no Arabic letter follows, marks aside). */
function endsWord(word: string, index: number): boolean {
  for (let i = index + 1; i < word.length; i++) {
    const ch = word[i]!
    if (MARK.test(ch)) continue
    return !isArabicLetterCode(ch.charCodeAt(0))
  }
  return true
}

/**
 * The Arabic spelling of a word typed with Persian/Urdu lookalike letters.
 * `ک` → `ك` and, inside a word, `ی` → `ي`, `ہ`/`ە` → `ه` are certain; at the end
 * of a word `ی` may be `ي` or `ى`, and `ہ`/`ە`/`ۃ` may be `ه` or `ة`.
 * Returns `undefined` when the word has none.
 */
export function arabicFromLookalikes(word: string): LookalikeFix | undefined {
  if (!LOOKALIKE_RE.test(word)) return undefined
  let certain = ''
  let ambiguousAt = -1
  let pair: [string, string] | undefined
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!
    switch (ch) {
      case '\u06A9':
        certain += '\u0643'
        break
      case '\u06CC':
        if (endsWord(word, i)) {
          ambiguousAt = certain.length
          pair = ['\u064A', '\u0649']
          certain += ch
        } else certain += '\u064A'
        break
      case '\u06C1':
      case '\u06D5':
        if (endsWord(word, i)) {
          ambiguousAt = certain.length
          pair = ['\u0647', '\u0629']
          certain += ch
        } else certain += '\u0647'
        break
      case '\u06C3': // Urdu tā' marbūṭa: only ever final
        certain += '\u0629'
        break
      default:
        certain += ch
    }
  }
  if (!pair) return {certain, options: [certain]}
  const options = pair.map((letter) => certain.slice(0, ambiguousAt) + letter + certain.slice(ambiguousAt + 1))
  return {certain, options}
}

/** Letters used in Persian and Urdu and not in Arabic (lookalikes included). */
export const PERSIAN_URDU_RE = /[\u06A9\u06CC\u06C1\u06C3\u06D5\u067E\u0686\u0698\u06AF\u06BE\u06D2\u0679\u0688\u0691\u06BA]/u
