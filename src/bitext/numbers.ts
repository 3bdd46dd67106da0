// Numbers of a source (English or another Latin-script language) and of an
// Arabic target, as values to compare: digits in any script (`25`, `٢٥`, `۲۵`),
// with Arabic and Western separators (`٣٫٥` = `3.5`, `٢٬٥٠٠` = `2,500` =
// `2 500`), scale words (`2 million` = `٢ مليون` = `مليوني`), and numbers
// written in words on either side (`four` = `أربعة`, `16th` = `السادس عشر`,
// `1960s` = `الستينيات`). Each number carries every value it may stand for;
// a number in words, an ordinal or a decade is never required to appear on
// the other side (Arabic usually writes them out), only matched when it does.
import {normalize} from '../language/arabic.ts'

export interface NumberToken {
  start: number
  end: number
  raw: string
  /** The values it may stand for. */
  values: number[]
  /** Written in digits (what may be reported); words, ordinals and decades are not. */
  digits: boolean
  /** Not reported when unmatched (a word, an ordinal, a decade, minutes of a time, a code like `F1`). */
  optional: boolean
  /**
   * Thousands written in reversed group order for right-to-left display
   * (`000 6`, `٠٠٠ ,١`): the range of the digit tokens this one stands for.
   */
  covers?: [number, number]
  /** An ordinal or decade ending of a source number (`th`, `s`). */
  suffix?: string
}

const SCALES_EN: Record<string, number> = {hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9}
const WORDS_EN: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000, dozen: 12, dozens: 12, half: 0.5, twice: 2, once: 1, single: 1,
  double: 2, triple: 3, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9
}

/** Digits of every script to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
}

const DIGIT = '[0-9٠-٩۰-۹]'
/**
 * A number in digits: groups of three after a thousands mark (`,` `٬` `،`, or
 * a space before exactly three digits), then a decimal part (`.` `٫`, or a
 * comma not followed by three digits).
 */
const NUMBER = new RegExp(
  `(?<![0-9٠-٩۰-۹])${DIGIT}{1,3}(?:(?:[,٬،]|[ \\u00A0\\u202F\\u2009](?=${DIGIT}{3}(?!${DIGIT})))${DIGIT}{3}(?!${DIGIT}))+(?:[.٫]${DIGIT}+)?|(?<![0-9٠-٩۰-۹])${DIGIT}+(?:[.٫,،]${DIGIT}+(?![0-9٠-٩۰-۹]|[,٬]${DIGIT}))?`,
  'gu'
)

const REVERSED = new RegExp(`(?<![0-9٠-٩۰-۹])${DIGIT}{3}(?:[ ,٬،\\u00A0]{1,3}${DIGIT}{3})*[ ,٬،\\u00A0]{1,3}${DIGIT}{1,3}(?![0-9٠-٩۰-۹])`, 'gu')

function valueOf(raw: string): number {
  const ascii = asciiDigits(raw)
  // Thousands marks out, the decimal mark as a point.
  const grouped = /^[0-9]{1,3}(?:[,٬، \u00A0\u202F\u2009][0-9]{3})+(?:[.٫][0-9]+)?$/.test(ascii)
  const plain = grouped ? ascii.replace(/[,٬، \u00A0\u202F\u2009]/g, '') : ascii
  return Number(plain.replace(/[٫,،]/, '.'))
}

/** The numbers written in a Latin-script source; with `words: false`, only those in digits. */
export function sourceNumbers(text: string, words = true): NumberToken[] {
  const tokens: NumberToken[] = []
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index!
    const end = start + match[0].length
    const value = valueOf(match[0])
    const before = text.slice(Math.max(0, start - 1), start)
    const after = text.slice(end, end + 16)
    const suffix = /^(st|nd|rd|th|s|'s|’s)\b/i.exec(after)?.[1]?.toLowerCase()
    const scale = /^[\s-]*(hundred|thousand|million|billion|trillion|bn|m)\b/i.exec(after)?.[1]?.toLowerCase()
    const values = [value]
    if (scale) values.push(value * SCALES_EN[scale]!)
    // `1960s` may be `الستينيات`; `20s` the twenties.
    if (suffix === 's' || suffix === "'s" || suffix === '’s') values.push(value % 100, value % 100 === 0 ? value / 100 + 1 : value)
    // `F1`, `G20`, `3D`, `4G` are names; `70km`, `10am` are a number and its unit.
    const code = /[A-Za-z]/.test(before) || (/^[A-Z]/.test(after) && !suffix && !scale)
    const minutes = /:$/.test(text.slice(Math.max(0, start - 1), start))
    // One and two are mostly written by the noun's own form in Arabic (`عام`, `عامين`).
    const small = value === 1 || value === 2
    tokens.push({start, end, raw: match[0], values, digits: true, optional: Boolean(suffix) || code || minutes || small, suffix})
    if (/^:[0-9]{2}\b/.test(after)) {
      // `10:30`: the hour and minutes, and `1030` as a 24-hour clock in words.
      values.push(value * 100 + Number(after.slice(1, 3)))
    }
  }
  if (!words) return tokens
  for (const match of text.matchAll(/\b([A-Za-z]+)(?:-([A-Za-z]+))?\b/g)) {
    const first = WORDS_EN[match[1]!.toLowerCase()]
    if (first === undefined) continue
    const second = match[2] ? WORDS_EN[match[2].toLowerCase()] : undefined
    const value =
      second === undefined ? first : first >= 20 && second < 10 ? first + second : second >= 100 && first < 100 ? first * second : first
    tokens.push({start: match.index!, end: match.index! + match[0].length, raw: match[0], values: [value], digits: false, optional: true})
  }
  for (const match of text.matchAll(/[²³¼½¾]/g)) {
    const value = {'²': 2, '³': 3, '¼': 0.25, '½': 0.5, '¾': 0.75}[match[0]]!
    tokens.push({start: match.index!, end: match.index! + 1, raw: match[0], values: [value], digits: false, optional: true})
  }
  return tokens
}

// Arabic number words by their normalised form (normalize(): no hamza seats, ة → ه, ى → ي).
const UNITS_AR: [string[], number][] = [
  [['واحد', 'واحده', 'احد', 'احدي'], 1],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'], 2],
  [['ثلاث', 'ثلاثه'], 3],
  [['اربع', 'اربعه'], 4],
  [['خمس', 'خمسه'], 5],
  [['ست', 'سته'], 6],
  [['سبع', 'سبعه'], 7],
  [['ثمان', 'ثماني', 'ثمانيه'], 8],
  [['تسع', 'تسعه'], 9],
  [['عشر', 'عشره'], 10]
]
const TENS_AR: [string, number][] = [
  ['عشر', 20], ['ثلاث', 30], ['اربع', 40], ['خمس', 50], ['ست', 60], ['سبع', 70], ['ثمان', 80], ['تسع', 90]
]
const ORDINALS_AR: [string[], number][] = [
  [['اول', 'اولي'], 1],
  [['ثاني', 'ثانيه'], 2],
  [['ثالث', 'ثالثه'], 3],
  [['رابع', 'رابعه'], 4],
  [['خامس', 'خامسه'], 5],
  [['سادس', 'سادسه'], 6],
  [['سابع', 'سابعه'], 7],
  [['ثامن', 'ثامنه'], 8],
  [['تاسع', 'تاسعه'], 9],
  [['عاشر', 'عاشره'], 10],
  [['حادي', 'حاديه'], 1]
]

type Kind = 'unit' | 'ten' | 'tens' | 'hundred' | 'thousand' | 'scale' | 'ordinal' | 'decade'
// Built on first use: only the bilingual rules ask, and a run over plain text should not pay for it (with the
// normalising of every key, about 3 ms of a cold start).
let WORDS_AR: Map<string, {kind: Kind; value: number}> | undefined

function arabicNumberWords(): Map<string, {kind: Kind; value: number}> {
  const words = new Map<string, {kind: Kind; value: number}>()
  const setWord = words.set.bind(words)
  // Keys as normalize() writes them, whatever the spelling in this table.
  words.set = (key, value) => setWord(normalize(key), value)
  for (const [forms, value] of UNITS_AR) for (const form of forms) words.set(form, {kind: value === 10 ? 'ten' : 'unit', value})
  for (const [stem, value] of TENS_AR) {
    words.set(`${stem}ون`, {kind: 'tens', value})
    words.set(`${stem}ين`, {kind: 'tens', value})
    // Decades: `الستينيات`, `الستينات`, `عشرينيات`.
    for (const ending of ['ينيات', 'ينات']) words.set(`${stem}${ending}`, {kind: 'decade', value})
  }
  for (const [forms, value] of ORDINALS_AR) for (const form of forms) words.set(form, {kind: 'ordinal', value})
  for (const form of ['مية', 'مئة', 'مائة', 'ماية']) words.set(form, {kind: 'hundred', value: 100})
  for (const form of ['ميتان', 'ميتين', 'مئتان', 'مئتين', 'مائتان', 'مائتين']) words.set(form, {kind: 'hundred', value: 200})
  for (const [forms, value] of UNITS_AR.slice(2, 9)) {
    for (const form of forms) for (const hundred of ['مية', 'مئة', 'مائة']) words.set(`${form.replace(/ه$/, '')}${hundred}`, {kind: 'hundred', value: value * 100})
  }
  words.set('الف', {kind: 'thousand', value: 1e3})
  words.set('الاف', {kind: 'thousand', value: 1e3})
  for (const form of ['الفان', 'الفين']) words.set(form, {kind: 'thousand', value: 2e3})
  for (const form of ['مليون', 'ملايين']) words.set(form, {kind: 'scale', value: 1e6})
  for (const form of ['مليونان', 'مليونين', 'مليوني']) words.set(form, {kind: 'scale', value: 2e6})
  for (const form of ['مليار', 'مليارات', 'بليون', 'بلايين']) words.set(form, {kind: 'scale', value: 1e9})
  for (const form of ['ملياران', 'مليارين', 'ملياري']) words.set(form, {kind: 'scale', value: 2e9})
  return words
}

/** A number word with its clitics off: `وبالأربعين` → `اربعين`. */
function numberWord(word: string): {kind: Kind; value: number} | undefined {
  let key = normalize(word)
  WORDS_AR ??= arabicNumberWords()
  const direct = WORDS_AR.get(key)
  if (direct) return direct
  for (let i = 0; i < 3 && key.length > 2; i++) {
    if (key.startsWith('ال')) key = key.slice(2)
    else if (key.startsWith('لل')) key = key.slice(2)
    else if (/^[وفبلك]/.test(key)) key = key.slice(1)
    else break
    const found = WORDS_AR.get(key)
    if (found) return found
  }
  return undefined
}

/** The numbers of an Arabic target: digits with their scale words, and (unless `words` is false) numbers in words. */
export function targetNumbers(text: string, words = true): NumberToken[] {
  const tokens: NumberToken[] = []
  const taken: [number, number][] = []
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index!
    const end = start + match[0].length
    const value = valueOf(match[0])
    const values = [value]
    const after = text.slice(end, end + 20)
    const scale = /^\s*([\p{L}]+)/u.exec(after)
    const word = scale ? numberWord(scale[1]!) : undefined
    if (word && (word.kind === 'scale' || word.kind === 'thousand')) values.push(value * (word.value >= 2e6 || word.value === 2e3 ? word.value / 2 : word.value))
    const time = /^:([0-9٠-٩]{2})/.exec(after)
    if (time) values.push(value * 100 + Number(asciiDigits(time[1]!)))
    // `40.000`: thousands with a point, as some locales write them.
    if (/^[0-9]{1,3}(?:\.[0-9]{3})+$/.test(asciiDigits(match[0]))) values.push(Number(asciiDigits(match[0]).replace(/\./g, '')))
    const before = text.slice(Math.max(0, start - 1), start)
    const minutes = before === ':'
    const code = /\p{Script=Latin}/u.test(before + text.slice(end, end + 1))
    // `كم2`, `م3`: a unit's exponent.
    const exponent = /[\u0621-\u064A]/.test(before) && value <= 3
    tokens.push({start, end, raw: match[0], values, digits: true, optional: minutes || code || exponent})
    taken.push([start, end])
  }
  // Thousands in reversed group order (`000 6`, `٠٠٠ ,١`, `٥٠٠ ,١٧`): text laid out for display, not a different number.
  for (const match of text.matchAll(REVERSED)) {
    const groups = match[0].match(/[0-9٠-٩۰-۹]+/g)!
    const value = Number(asciiDigits(groups.reverse().join('')))
    const start = match.index!
    tokens.push({start, end: start + match[0].length, raw: match[0], values: [value], digits: false, optional: true, covers: [start, start + match[0].length]})
  }
  if (!words) return tokens
  // Runs of number words joined by `و`: `خمسة وعشرين` = 25, `ثلاثة آلاف` = 3000, `السادس عشر` = 16.
  const arabicWords = [...text.matchAll(/[\u0621-\u064A\u0660-\u0669\u0671-\u06D3]+/gu)]
  let i = 0
  while (i < arabicWords.length) {
    const first = numberWord(arabicWords[i]![0])
    if (!first) {
      i++
      continue
    }
    let total = 0
    let current = 0
    let j = i
    const values: number[] = []
    for (; j < arabicWords.length; j++) {
      const word = numberWord(arabicWords[j]![0])
      if (!word) break
      if (j > i) {
        // Consecutive words only (a space between them), the next one maybe with `و`,
        // and only where they make one number: a unit before tens (`خمسة وعشرين`),
        // a unit or an ordinal before `عشر`, anything after a hundred, thousand or
        // scale. Two units (`أربع واثنين`) are a list, not a sum.
        const gap = text.slice(arabicWords[j - 1]!.index! + arabicWords[j - 1]![0].length, arabicWords[j]!.index!)
        if (!/^\s+$/.test(gap)) break
        const previous = numberWord(arabicWords[j - 1]![0])!
        const joins =
          ((previous.kind === 'unit' || previous.kind === 'ordinal') && (word.kind === 'tens' || word.kind === 'ten' || word.kind === 'hundred' || word.kind === 'thousand' || word.kind === 'scale')) ||
          ((previous.kind === 'hundred' || previous.kind === 'thousand' || previous.kind === 'scale') && word.kind !== 'ordinal') ||
          (previous.kind === 'ten' && (word.kind === 'thousand' || word.kind === 'scale')) ||
          (previous.kind === 'tens' && (word.kind === 'thousand' || word.kind === 'scale'))
        if (!joins) break
      }
      values.push(word.value)
      switch (word.kind) {
        case 'unit':
        case 'ordinal':
          current += word.value
          break
        case 'ten':
          // `عشر` after a unit or an ordinal is the teen: `ستة عشر`, `السادس عشر`.
          current += j > i ? 10 : word.value
          break
        case 'tens':
        case 'decade':
          current += word.value
          if (word.kind === 'decade') values.push(1900 + word.value)
          break
        case 'hundred':
          current = current > 0 && current < 10 ? current * 100 : current + word.value
          break
        case 'thousand':
        case 'scale':
          total += (current || 1) * word.value
          current = 0
          break
      }
    }
    const start = arabicWords[i]!.index!
    const end = arabicWords[j - 1]!.index! + arabicWords[j - 1]![0].length
    values.unshift(total + current)
    if (!taken.some(([a, b]) => start < b && a < end)) {
      tokens.push({start, end, raw: text.slice(start, end), values, digits: false, optional: true})
    }
    i = Math.max(j, i + 1)
  }
  return tokens
}

function suffixOf(token: NumberToken): string {
  return token.suffix ?? ''
}

export interface NumberComparison {
  /** Source numbers in digits that no target number matches. */
  missing: NumberToken[]
  /** Target numbers in digits that no source number matches. */
  extra: NumberToken[]
  /** Source numbers of any kind left unmatched (reported or not). */
  unmatched: number
}

/**
 * Match source and target numbers by value, in any order: required numbers
 * first, so a number in words on one side cannot take the place of a digit
 * that another number needs.
 */
export function compareNumbers(source: NumberToken[], target: NumberToken[]): NumberComparison {
  const used = new Set<NumberToken>()
  const matched = new Set<NumberToken>()
  const order = [...source].sort((a, b) => Number(a.optional) - Number(b.optional))
  // Digits with digits first, then words with words, then across: a digit of
  // the target is not used up by a word of the source that has its own.
  for (const pass of ['digits', 'words', 'any'] as const) {
    for (const s of order) {
      if (matched.has(s)) continue
      if (pass !== 'any' && s.digits !== (pass === 'digits')) continue
      const candidate = target.find(
        (t) =>
          !used.has(t) &&
          (pass === 'any' || t.digits === (pass === 'digits') || (pass === 'digits' && t.covers !== undefined)) &&
          t.values.some((v) => s.values.some((w) => Math.abs(v - w) < 1e-9))
      )
      if (candidate) {
        used.add(candidate)
        matched.add(s)
        // A reversed-order number takes the digit groups it is written with.
        if (candidate.covers) for (const t of target) if (t.start >= candidate.covers[0] && t.end <= candidate.covers[1]) used.add(t)
      }
    }
  }
  const missing = source.filter((s) => !matched.has(s) && s.digits && !s.optional)
  const extra = target.filter((t) => !used.has(t) && t.digits && !t.optional)
  // A decade or an ordinal of the source in digits (`20s`, `16th`) that the
  // target writes as another number in words (`عقده الثاني`): a wrong number,
  // though neither side alone would be reported.
  const spelled = target.filter((t) => !used.has(t) && !t.digits && !t.covers)
  const unwritten = source.filter((s) => !matched.has(s) && s.digits && s.optional && /[0-9](?:st|nd|rd|th|s|'s|’s)$/i.test(s.raw + suffixOf(s)))
  const unmatched = source.filter((s) => !matched.has(s)).length
  if (spelled.length > 0 && unwritten.length > 0 && missing.length === 0 && extra.length === 0) {
    return {missing: unwritten.slice(0, spelled.length), extra: spelled.slice(0, unwritten.length), unmatched}
  }
  return {missing, extra, unmatched}
}
