import {defineRule} from '../src/engine/define-rule.ts'
import {isWhiteSpaceCode} from '../src/language/arabic.ts'
import {getDocument, isHeadingLike, type DocumentModel, type ParagraphInfo, type WordInfo} from '../src/engine/document.ts'
import type {RuleContext} from '../src/engine/types.ts'
import {
  CONTINUATIONS,
  DOUBLED_NAMES,
  NEVER_DOUBLED,
  isFunctionWord,
  isIdiomaticDoubling,
  isNumberWord
} from '../src/language/idioms.ts'

// Only Arabic letters and marks (no digits, no Latin, no joined punctuation).
const ARABIC_WORD = /^[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C\u200D]+$/u
const SPACE = /^[ \t\u00A0]+$/u
// A key that starts with the article, maybe after a conjunction or preposition.
const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/u
const WAW = 0x0648
const FA = 0x0641
/** `غير`, which negates the adjective after it (`غير الحكومية`). */
const NEGATING = 'غير'

/** How far back the repeated part of a fragment may sit in the sentence before. */
const TAIL_WORDS = 10
/** Shorter sentences may repeat on purpose (`شكرا لكم. شكرا لكم.`). */
const MIN_SENTENCE_WORDS = 4
/** Lines of at least this many words are compared with every earlier line. */
const LONG_PARAGRAPH = 12

interface Options extends Record<string, unknown> {
  maxFragmentWords: number
  allowRepeatedTitle: boolean
}

const ARTICLES = ['وبال', 'وكال', 'فبال', 'فال', 'وال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال']

/**
 * A normalised word without its proclitics: a conjunction, a preposition and
 * the article (`وبالمنطقة`, `للمنطقة`, `منطقة` → `منطقه`), the ending kept, so
 * `المواطنين` and `المواطنات` stay different words.
 */
function bareKey(key: string): string {
  for (const article of ARTICLES) {
    if (key.startsWith(article) && key.length - article.length >= 2) return key.slice(article.length)
  }
  let w = key
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1)
  if (w.length > 4 && (w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ك'))) w = w.slice(1)
  return w
}

function isConjunction(code: number): boolean {
  return code === WAW || code === FA
}

/** Whether the key opens with a conjunction `و`/`ف` that leaves a word (`وتعزيز`, not `وقت`). */
function hasConjunction(key: string): boolean {
  return key.length > 3 && isConjunction(key.charCodeAt(0))
}

/** Whether `key` is `base` or `base` after a conjunction (`وتعزيز` for `تعزيز`). */
function sameOrConjoined(key: string, base: string): boolean {
  return key === base || (hasConjunction(key) && key.length === base.length + 1 && key.endsWith(base))
}

/**
 * Length, first and last code unit of key.slice(from), ten bits each (the
 * last in the low bits): equal strings have equal prints, never negative.
 */
function fingerprint(key: string, from: number): number {
  const length = key.length - from
  if (length <= 0) return 0
  return ((length & 0x3ff) << 20) | ((key.charCodeAt(from) & 0x3ff) << 10) | (key.charCodeAt(key.length - 1) & 0x3ff)
}

/** Whether two runs of words have the same keys. */
function sameWords(a: WordInfo[], b: WordInfo[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k].key !== b[k].key) return false
  return true
}

/** Whether words[a, a + count) and words[b, b + count) have the same keys. */
function sameKeys(words: WordInfo[], a: number, b: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (words[a + k].key !== words[b + k].key) return false
  return true
}

function excerpt(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/u)
  return parts.length <= words ? parts.join(' ') : parts.slice(0, words).join(' ') + ' …'
}

function trimmedRange(paragraph: ParagraphInfo): [number, number] {
  const text = paragraph.text
  const start = paragraph.start + (text.length - text.trimStart().length)
  const end = paragraph.start + text.trimEnd().length
  return [start, end]
}

/** Whether the code unit is one of `"'»”)]`, which may close a sentence before its period. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xbb || code === 0x201d || code === 0x29 || code === 0x5d
}

/** Whether the code unit is one of `"'«“([`, which may open a sentence after a period. */
function isOpener(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xab || code === 0x201c || code === 0x28 || code === 0x5b
}


/**
 * Whether text[from, to) is the gap between two sentences that a single
 * period closes, quotes and brackets allowed (`".` then spaces then `«`).
 */
function isPeriodGap(text: string, from: number, to: number): boolean {
  let p = from
  while (p < to && isCloser(text.charCodeAt(p))) p++
  if (p >= to || text.charCodeAt(p) !== 0x2e) return false
  p++
  while (p < to && isOpener(text.charCodeAt(p))) p++
  if (p >= to || !isWhiteSpaceCode(text.charCodeAt(p))) return false
  p++
  while (p < to && isWhiteSpaceCode(text.charCodeAt(p))) p++
  while (p < to && isOpener(text.charCodeAt(p))) p++
  return p === to
}

/** The last code unit of a key, -1 for an empty key. */
function lastCode(key: string): number {
  return key.length === 0 ? -1 : key.charCodeAt(key.length - 1)
}

const CLASS_BITS = 3
const BARE_KNOWN = 4

/** Per-word arrays, reused from one document to the next (grown when a document has more words). */
interface Scratch {
  bares: string[]
  classes: Uint8Array
  reported: Uint8Array
  prints: Int32Array
  tails: Int32Array
}

function newScratch(size: number): Scratch {
  const n = Math.max(size, 1024)
  return {bares: new Array<string>(n).fill(''), classes: new Uint8Array(n), reported: new Uint8Array(n), prints: new Int32Array(n), tails: new Int32Array(n)}
}

let scratch = newScratch(0)

/** One document's scan: per-word facts computed on first use, and the checks. */
class Scan {
  readonly text: string
  readonly doc: DocumentModel
  readonly all: WordInfo[]
  readonly context: RuleContext
  readonly options: Options
  /** Bare keys (bareKey), valid where `classes` has BARE_KNOWN. */
  readonly bares: string[]
  /**
   * Per-word facts computed on first use: the class plus one in the low
   * bits (0: not computed yet; class 1: Arabic word, 2: and a content
   * word), and BARE_KNOWN once `bares` holds the word's bare key.
   */
  readonly classes: Uint8Array
  readonly reported: Uint8Array
  /**
   * Cheap fingerprints of each key and of its tail after a leading
   * conjunction (-1 without one): keys that differ in them cannot be equal.
   */
  readonly prints: Int32Array
  readonly tails: Int32Array

  constructor(doc: DocumentModel, context: RuleContext, options: Options) {
    this.text = context.text
    this.doc = doc
    this.all = doc.words
    this.context = context
    this.options = options
    const n = doc.words.length
    if (scratch.prints.length < n) scratch = newScratch(n)
    this.bares = scratch.bares
    this.classes = scratch.classes
    this.reported = scratch.reported
    this.prints = scratch.prints
    this.tails = scratch.tails
    this.classes.fill(0, 0, n)
    this.reported.fill(0, 0, n)
    const {prints, tails} = this
    for (let k = 0; k < n; k++) {
      const key = doc.words[k].key
      prints[k] = fingerprint(key, 0)
      tails[k] = key.length > 0 && isConjunction(key.charCodeAt(0)) ? fingerprint(key, 1) : -1
    }
  }

  run(): void {
    this.checkLines()
    this.checkSentences()
    const reported = this.reported
    for (const paragraph of this.doc.paragraphs) {
      let before: WordInfo[] | undefined
      for (const sentence of paragraph.sentences) {
        const words = sentence.words
        if (words.length > 0 && !reported[words[0].index]) {
          if (words.length > 1) this.checkAdjacent(words)
          if (before !== undefined && before.length > 0) this.checkBoundary(before, words)
        }
        before = words
      }
    }
  }

  bare(word: WordInfo): string {
    const index = word.index
    if (this.classes[index] & BARE_KNOWN) return this.bares[index]
    const value = this.isArabic(word) ? bareKey(word.key) : word.key
    this.bares[index] = value
    this.classes[index] |= BARE_KNOWN
    return value
  }

  wordClass(word: WordInfo): number {
    const known = this.classes[word.index] & CLASS_BITS
    if (known !== 0) return known - 1
    let value = 0
    if (ARABIC_WORD.test(word.value)) {
      const b = bareKey(word.key)
      value = b.length >= 3 && !isFunctionWord(word.key) && !isFunctionWord(b) && !isNumberWord(word.key) ? 2 : 1
    }
    this.classes[word.index] |= value + 1
    return value
  }

  isArabic(word: WordInfo): boolean {
    return this.wordClass(word) > 0
  }

  isContent(word: WordInfo): boolean {
    return this.wordClass(word) === 2
  }

  isDefinite(word: WordInfo): boolean {
    return this.isArabic(word) && DEFINITE.test(word.key) && word.key !== this.bare(word)
  }

  /** Content words among the given ones. */
  countContent(words: WordInfo[]): number {
    let count = 0
    for (const word of words) if (this.isContent(word)) count++
    return count
  }

  /** Whether all[from, from + count) has a content word. */
  hasContent(from: number, count: number): boolean {
    for (let k = from; k < from + count; k++) if (this.isContent(this.all[k])) return true
    return false
  }

  spaceBetween(a: WordInfo, b: WordInfo): boolean {
    return SPACE.test(this.text.slice(a.end, b.start))
  }

  /**
   * Lines and paragraphs, compared word by word on their keys. A
   * paragraph's words are a run of the document's word list.
   */
  checkLines(): void {
    const {all, options, text, context, reported} = this
    let previous: ParagraphInfo | undefined
    let previousFrom = 0
    let previousCount = 0
    let first: ParagraphInfo | undefined
    // Long paragraphs by their first word's key.
    let long: Map<string, {paragraph: ParagraphInfo; from: number; count: number}[]> | undefined
    for (const paragraph of this.doc.paragraphs) {
      let count = 0
      let from = 0
      for (const sentence of paragraph.sentences) {
        if (count === 0 && sentence.words.length > 0) from = sentence.words[0].index
        count += sentence.words.length
      }
      if (count === 0) continue
      first ??= paragraph
      let found = false
      if (
        previous !== undefined &&
        previousCount === count &&
        count >= 2 &&
        sameKeys(all, previousFrom, from, count) &&
        this.hasContent(from, count)
      ) {
        const titleCopy = options.allowRepeatedTitle && previous === first && isHeadingLike(previous)
        if (!titleCopy) {
          const [start, end] = trimmedRange(paragraph)
          context.report({messageId: 'line', start, end, data: {excerpt: excerpt(text.slice(start, end))}})
          found = true
        }
      } else if (count >= LONG_PARAGRAPH && !isHeadingLike(paragraph)) {
        const lead = all[from].key
        long ??= new Map()
        const candidates = long.get(lead)
        const earlier = candidates?.find((other) => other.count === count && sameKeys(all, other.from, from, count))
        if (earlier) {
          const [start, end] = trimmedRange(paragraph)
          context.report({
            messageId: 'paragraph',
            start,
            end,
            data: {excerpt: excerpt(text.slice(start, end)), line: earlier.paragraph.line}
          })
          found = true
        } else if (candidates) {
          candidates.push({paragraph, from, count})
        } else {
          long.set(lead, [{paragraph, from, count}])
        }
      }
      if (found) reported.fill(1, from, from + count)
      previous = paragraph
      previousFrom = from
      previousCount = count
    }
  }

  /** Sentences said twice in one paragraph, or again right after a paragraph break. */
  checkSentences(): void {
    const {text, context, reported} = this
    let lastSentence: WordInfo[] | undefined
    let lastParagraph: ParagraphInfo | undefined
    // The paragraph's sentences so far, each unlike the ones before it.
    const seen: WordInfo[][] = []
    for (const paragraph of this.doc.paragraphs) {
      const sentences = paragraph.sentences
      if (sentences.length === 0) continue
      seen.length = 0
      let last: WordInfo[] | undefined
      for (let position = 0; position < sentences.length; position++) {
        const sentence = sentences[position]
        const words = sentence.words
        if (words.length === 0 || reported[words[0].index]) continue
        let known = false
        for (let k = 0; k < seen.length && !known; k++) known = sameWords(seen[k], words)
        const earlier =
          known ||
          (position === 0 &&
            lastSentence !== undefined &&
            sameWords(lastSentence, words) &&
            !isHeadingLike(lastParagraph as ParagraphInfo))
        if (earlier && words.length >= MIN_SENTENCE_WORDS && this.countContent(words) >= 2) {
          const start = words[0].start
          const end = sentence.start + sentence.text.trimEnd().length
          context.report({messageId: 'sentence', start, end, data: {excerpt: excerpt(text.slice(start, end))}})
          for (const word of words) reported[word.index] = 1
          continue
        }
        if (!known) seen.push(words)
        last = words
      }
      lastSentence = last
      lastParagraph = paragraph
    }
  }

  /**
   * A word or phrase said twice in a row inside a sentence. Only words whose
   * fingerprints allow a repeat reach `repeatAt`.
   */
  checkAdjacent(words: WordInfo[]): void {
    const {prints, tails} = this
    // A sentence's words are a run of the document's: words[i] is all[base + i].
    const base = words[0].index
    const length = words.length
    for (let i = 0; i + 1 < length; i++) {
      const at = base + i
      const pa = prints[at]
      const pb = prints[at + 1]
      let maybe =
        pa === pb ||
        tails[at] === pb ||
        // The second word opens with a conjunction and ends as the first does.
        (tails[at + 1] !== -1 && (pa & 0x3ff) === (pb & 0x3ff))
      for (let c = at + Math.min(6, (length - i) >> 1); !maybe && c >= at + 2; c--) {
        maybe = prints[c] === pa || tails[c] === pa
      }
      if (maybe) i = this.repeatAt(words, i)
    }
  }

  /** Reports a word or phrase repeated at words[i]; returns the index of the last word examined. */
  repeatAt(words: WordInfo[], i: number): number {
    const {prints, tails, context} = this
    const base = words[0].index
    const pa = prints[base + i]
    // Phrases first (longest first), so `رئيس البعثة رئيس البعثة` is one finding.
    for (let n = Math.min(6, (words.length - i) >> 1); n >= 2; n--) {
      const c = base + i + n
      if ((prints[c] === pa || tails[c] === pa) && sameOrConjoined(words[i + n].key, words[i].key) && this.samePhrase(words, i, n)) {
        context.report({messageId: 'phrase', start: words[i + n].start, end: words[i + 2 * n - 1].end})
        return i + 2 * n - 1
      }
    }
    const pb = prints[base + i + 1]
    const same = pa === pb || tails[base + i] === pb
    const joined = tails[base + i + 1] !== -1 && (pa & 0x3ff) === (pb & 0x3ff)
    if (!same && !joined) return i
    const a = words[i]
    const b = words[i + 1]
    const ka = a.key
    const kb = b.key
    if (same && (ka === kb || (ka.length === kb.length + 1 && ka.endsWith(kb) && isConjunction(ka.charCodeAt(0))))) {
      // `تطوير تطوير`, and `وتم تم` (the second copy lost the conjunction).
      if (!this.isArabic(a) || !this.spaceBetween(a, b) || !this.doubledByMistake(b)) return i
      context.report({messageId: 'word', start: a.start, end: b.end, expected: [a.value]})
      return i + 1
    }
    if (
      joined &&
      (kb.charCodeAt(0) === WAW || kb.charCodeAt(0) === FA) &&
      kb.charCodeAt(kb.length - 1) === ka.charCodeAt(ka.length - 1) &&
      // The bare key of a content word, which both must end with, has three letters or more.
      ka.length >= 3 &&
      kb.length >= 3 &&
      kb.charCodeAt(kb.length - 2) === ka.charCodeAt(ka.length - 2) &&
      kb.charCodeAt(kb.length - 3) === ka.charCodeAt(ka.length - 3) &&
      this.isContent(a) &&
      this.isArabic(b) &&
      this.bare(b) === this.bare(a) &&
      this.spaceBetween(a, b)
    ) {
      // `تطوير وتطوير`, `بتطوير وتطوير`: a word coordinated with itself.
      if (!this.coordinatedByMistake(a, b, words[i + 2])) return i
      context.report({messageId: 'coordinated', start: a.start, end: b.end})
      return i + 1
    }
    return i
  }

  /**
   * Whether words[i..i+n) are said again right after as words[i+n..i+2n),
   * the second copy maybe joined by `و` (`تعزيز التعاون وتعزيز التعاون`).
   */
  samePhrase(words: WordInfo[], i: number, n: number): boolean {
    let content = 0
    for (let k = 0; k < n; k++) {
      const a = words[i + k]
      const b = words[i + n + k]
      if (!(a.key === b.key || (k === 0 && sameOrConjoined(b.key, a.key))) || !this.isArabic(a)) return false
      if (this.isContent(a)) content++
    }
    if (content < 2) return false
    // Only spaces between the two copies: `X Y، X Y` may be deliberate.
    if (!this.spaceBetween(words[i + n - 1], words[i + n])) return false
    if (words[i + n].key !== words[i].key) {
      // `المنظمات الدولية والمنظمات الدولية غير الحكومية`: a defined copy
      // narrowed by one more defined (or negated) adjective names another thing.
      const last = words[i + 2 * n - 1]
      const after = words[i + 2 * n]
      if (after && this.isDefinite(last) && (this.isDefinite(after) || after.key === NEGATING) && this.spaceBetween(last, after)) {
        return false
      }
    }
    return true
  }

  doubledByMistake(a: WordInfo): boolean {
    const key = a.key
    if (isNumberWord(key) || isNumberWord(this.bare(a))) return false
    if (DOUBLED_NAMES.has(key)) return false
    if (isFunctionWord(key)) return NEVER_DOUBLED.has(key)
    return !isIdiomaticDoubling(key, key, a.value)
  }

  coordinatedByMistake(a: WordInfo, b: WordInfo, after: WordInfo | undefined): boolean {
    if (isNumberWord(this.bare(a)) || DOUBLED_NAMES.has(this.bare(a)) || DOUBLED_NAMES.has(a.key)) return false
    // `الشعيرات والشعيرات الفرعية`: the second, defined like the first, is
    // narrowed by a defined adjective: two different things.
    if (
      after &&
      this.isDefinite(a) &&
      this.isDefinite(b) &&
      (this.isDefinite(after) || after.key === NEGATING) &&
      this.spaceBetween(b, after)
    ) {
      return false
    }
    // `المكتب ومكتب الأمم المتحدة`: the second heads a construct of its own
    // (no article, a defined word after it): another body, not a repeat.
    if (after && this.isDefinite(a) && !this.isDefinite(b) && this.isDefinite(after) && this.spaceBetween(b, after)) return false
    return !isIdiomaticDoubling(a.key, b.key, a.value)
  }

  /** The end of one sentence said again at the start of the next, or in a short fragment after it. */
  checkBoundary(prev: WordInfo[], next: WordInfo[]): void {
    const {text, context, options} = this
    if (!isPeriodGap(text, prev[prev.length - 1].end, next[0].start)) return

    // `المنطقة. منطقة الساحل`: the last words again, right after the
    // period, opening the new sentence without a conjunction: the period
    // cut a phrase whose head came out twice. Two content words count
    // (`الأزمة الاقتصادية. الأزمة الاقتصادية`); one word only when it
    // changed form, defined before and bare after. A name said again
    // (`في إيران. إيران ترد`) or a sentence that opens with a conjunction
    // (`الاتفاق. فاتفاق فيينا`) resumes the topic on purpose.
    const opener = next[0]
    if (!hasConjunction(opener.key)) {
      // A bare key keeps the word's ending: a word whose key ends otherwise
      // cannot open a repeat. (An opener that is not an Arabic word never
      // matches: each comparison below asks for two Arabic words.)
      const end = lastCode(opener.key)
      for (let k = Math.min(4, prev.length, next.length); k >= 1; k--) {
        const head = prev[prev.length - k]
        if (lastCode(head.key) !== end) continue
        let same = true
        let content = 0
        let long = false
        for (let m = 0; m < k && same; m++) {
          const a = prev[prev.length - k + m]
          const b = next[m]
          same = this.isArabic(a) && this.isArabic(b) && this.bare(a) === this.bare(b)
          if (same && this.isContent(a)) {
            content++
            if (this.bare(a).length >= 4) long = true
          }
        }
        if (!same) continue
        if (content >= 2 || (k === 1 && long && opener.key === this.bare(opener) && head.key !== this.bare(head))) {
          context.report({messageId: 'period', start: opener.start, end: next[k - 1].end})
          return
        }
      }
    }

    // `لتحقيق أقصى استفادة. من هذه المشاريع لتحقيق الاستفادة.`: a short
    // fragment, opening with a word that continues a phrase (a preposition,
    // a relative), that repeats two content words of the sentence before.
    if (next.length > options.maxFragmentWords || !CONTINUATIONS.has(opener.key)) return
    const tail = prev.slice(-TAIL_WORDS)
    for (let i = 0; i < next.length; i++) {
      const t1 = next[i]
      if (!this.isContent(t1)) continue
      for (let j = i + 1; j < next.length && j - i <= 2; j++) {
        const t2 = next[j]
        if (!this.isContent(t2) || t1.stem === t2.stem) continue
        const match = this.findPair(tail, t1.stem, t2.stem)
        if (match) {
          context.report({
            messageId: 'fragment',
            start: t1.start,
            end: t2.end,
            data: {first: text.slice(match[0].start, match[1].end)}
          })
          return
        }
      }
    }
  }

  /** Two content words with these stems, in this order, at most two words apart. */
  findPair(words: WordInfo[], first: string, second: string): [WordInfo, WordInfo] | undefined {
    for (let i = 0; i < words.length; i++) {
      if (!this.isContent(words[i]) || words[i].stem !== first) continue
      for (let j = i + 1; j < words.length && j - i <= 3; j++) {
        if (this.isContent(words[j]) && words[j].stem === second) return [words[i], words[j]]
      }
    }
    return undefined
  }
}

export default defineRule<Options>({
  id: 'duplicated-phrase',
  description: 'Disallow words, phrases and lines repeated by accident',
  severity: 'error',
  fixable: true,
  category: 'artefact',
  recommended: true,
  options: {
    properties: {
      maxFragmentWords: {
        type: 'integer',
        minimum: 0,
        description: 'Longest sentence (in words) checked for repeating the end of the sentence before it; 0 turns that check off.'
      },
      allowRepeatedTitle: {
        type: 'boolean',
        description: 'Allow the first line (the title) to be repeated as the next line.'
      }
    },
    defaults: {maxFragmentWords: 8, allowRepeatedTitle: true}
  },
  messages: {
    word: 'Unexpected repeated word in `{actual}`, expected `{expected}`',
    coordinated: 'Unexpected `{actual}`, the same word is joined to itself, keep one or name the second thing',
    phrase: 'Unexpected repeated phrase `{actual}`, expected it once',
    period: 'Unexpected `{actual}` repeated across a period, expected it once',
    fragment: 'Unexpected `{actual}` repeating `{first}` of the sentence before, expected it once',
    sentence: 'Unexpected repeated sentence `{excerpt}`, expected it once',
    line: 'Unexpected repeated line `{excerpt}`, expected it once',
    paragraph: 'Unexpected repeated paragraph `{excerpt}`, already on line {line}'
  },
  examples: {
    valid: [
      {
        text: 'وقدم الصندوق الدعم الفني للدول العربية والدول الأفريقية، وللمنظمات الإقليمية والمنظمات الدولية.\n',
        note: 'Parallel phrases that share a word but name different things.'
      },
      {
        text: 'وشاركت الهيئات الحكومية والهيئات الحكومية المستقلة في إعداد التقرير.\n',
        note: 'The second copy narrowed by one more adjective is another group.'
      },
      {
        text: 'تحسن الوضع شيئا فشيئا، وعاد السكان إلى قراهم يوما بعد يوم ومرة بعد مرة.\n',
        note: 'Idioms that repeat a word on purpose.'
      },
      {text: 'عمل الفريقان جنبا إلى جنب، والتقى الوزيران وجها لوجه، وتقدمت المفاوضات رويدا رويدا.\n'},
      {
        text: 'راجعت اللجنة النص حرفًا حرفًا وخطوة خطوة، والنتائج جيدة جدا جدا.\n',
        note:
          'Distributive doubling, and emphatic doubling of an adverb (التوكيد اللفظي), are grammatical Arabic: left alone. A style rule, not this one, may frown on `جدا جدا`.'
      },
      {
        text: 'ويزداد الإقبال أكثر فأكثر، ويصل المزيد والمزيد من الزوار، وهناك الكثير والكثير مما ينتظرهم.\n',
        note: 'An elative or a word of quantity coordinated with itself intensifies.'
      },
      {
        text: 'فرق كبير بين التخطيط وبين التنفيذ، وفي المدن وفي القرى، ومن الشرق ومن الغرب.\n',
        note: 'Repeated function words are not repeated phrases.'
      },
      {text: 'وحضر اللقاء الدكتور محمد محمد حسين والمهندس أحمد أحمد سليم.\n', note: 'A doubled given name is part of a real name.'},
      {
        text: 'ويعزز الاتفاق التنسيق بين المكتب ومكتب الأمم المتحدة الإنمائي في المنطقة.\n',
        note: 'A defined word coordinated with the head of another name (`مكتب الأمم المتحدة`) names two things.'
      },
      {text: 'بلغ عدد المشاركين 40 40 في الدورة الأولى، وتابعها ألف ألف مشاهد، وملايين وملايين على الشبكة.\n', note: 'Numbers are not checked.'},
      {text: 'وصل صاحب السمو الملكي ولي ولي العهد إلى العاصمة.\n', note: '`ولي ولي العهد` (deputy crown prince) is a title.'},
      {
        text: 'وتناولت القمة العلاقات الخليجية الخليجية والحوار اللبناني اللبناني.\n',
        note: 'A doubled nisba adjective names relations inside one group.'
      },
      {
        text: 'وتبنى حزب «بي كا كا» الهجوم، ووصلت السفينة «يو إس إس» إلى الميناء، وزار الوفد جزيرة بورا بورا.\n',
        note: 'Acronym letters read out, and foreign names that double.'
      },
      {text: 'وقع الزلزال شمال شمال شرق المدينة، وشعر به السكان شمال وشمال غرب البلاد.\n', note: 'Compass points.'},
      {
        text: 'الموقف الرسمي هو هو لم يتغير، والمنطقة منطقة عسكرية مغلقة.\n',
        note: 'A definite subject with the same word as its predicate is a nominal sentence.'
      },
      {
        text: 'واتهمت الحكومة جماعات مسلحة في دارفور. دارفور تشهد اشتباكات منذ أشهر. وناقش المجلس الاتفاق. فالاتفاق ينص على وقف النار.\n',
        note: 'A name said again after a period, or a sentence opening with a conjunction, resumes the topic on purpose.'
      },
      {
        text: 'انتهى عهد الشعار القديم للشركة. يعيش الشعار الجديد.\n',
        note: 'A short sentence that takes up words of the one before without being a piece of it.'
      },
      {
        text: 'ناقش المجلس خطة تطوير التعليم في المحافظة. وأقر المجلس خطة تطوير التعليم بعد نقاش طويل امتد ساعات.\n',
        note: 'A full sentence may take up the words of the sentence before it.'
      },
      {text: 'شكرا لكم. شكرا لكم.\n', note: 'Sentences shorter than four words may repeat.'},
      {
        text: 'افتتاح معرض الكتاب في الرياض\n\nافتتاح معرض الكتاب في الرياض\nافتتح وزير الثقافة معرض الكتاب في الرياض أمس.\n',
        note: 'The title repeated as the next line (common in scraped pages) is allowed by default.'
      },
      {
        text: 'افتتاح معرض الكتاب في الرياض\nافتتاح معرض الكتاب في الرياض. وشارك في المعرض مئات الناشرين.\n',
        note: 'A title repeated as the first sentence of the body is not a repeated line.'
      }
    ],
    invalid: [
      {
        text: 'وقدم الخبراء الدعم في تطوير تطوير الخطط الوطنية.\n',
        messages: ['1:23-1:34: Unexpected repeated word in `تطوير تطوير`, expected `تطوير`'],
        output: 'وقدم الخبراء الدعم في تطوير الخطط الوطنية.\n'
      },
      {
        text: 'وأشار إلى أن الموازنة الموازنة المخصصة للمشروع كافية.\n',
        messages: ['1:14-1:31: Unexpected repeated word in `الموازنة الموازنة`, expected `الموازنة`'],
        output: 'وأشار إلى أن الموازنة المخصصة للمشروع كافية.\n'
      },
      {
        text: 'وناقش الاجتماع في في المستجدات، وتم تم الاتفاق على خطة العمل.\n',
        messages: [
          '1:16-1:21: Unexpected repeated word in `في في`, expected `في`',
          '1:33-1:39: Unexpected repeated word in `وتم تم`, expected `وتم`'
        ],
        output: 'وناقش الاجتماع في المستجدات، وتم الاتفاق على خطة العمل.\n',
        note: 'A doubled preposition or auxiliary is never grammatical.'
      },
      {
        text: 'وجرى الاتفاق على تطويرِ تطويرِ العلاقات.\n',
        messages: ['1:18-1:31: Unexpected repeated word in `تطويرِ تطويرِ`, expected `تطويرِ`'],
        output: 'وجرى الاتفاق على تطويرِ العلاقات.\n',
        note: 'Words are compared without their harakat.'
      },
      {
        text: 'وتعهدت الوزارة بتطوير وتطوير البرامج التدريبية، وبدعم التدريب والتدريب في المعاهد.\n',
        messages: [
          '1:16-1:29: Unexpected `بتطوير وتطوير`, the same word is joined to itself, keep one or name the second thing',
          '1:55-1:71: Unexpected `التدريب والتدريب`, the same word is joined to itself, keep one or name the second thing'
        ],
        note: 'A word coordinated with itself usually stands for two different source words (`development and elaboration`): no automatic fix.'
      },
      {
        text: 'استقبل الوزير رئيس البعثة رئيس البعثة في مكتبه، ودعا إلى تعزيز التعاون وتعزيز التعاون بين البلدين.\n',
        messages: [
          '1:27-1:38: Unexpected repeated phrase `رئيس البعثة`, expected it once',
          '1:72-1:86: Unexpected repeated phrase `وتعزيز التعاون`, expected it once'
        ]
      },
      {
        text: 'وتعمل الحكومة على تعزيز أمن المنطقة. منطقة الخليج ومحيطها.\n',
        messages: ['1:38-1:43: Unexpected `منطقة` repeated across a period, expected it once'],
        note: 'The same word, defined before the period and bare after it: the period cut a phrase.'
      },
      {
        text: 'وبحث الطرفان سبل مواجهة الأزمة المالية. الأزمة المالية التي تمر بها المنطقة.\n',
        messages: ['1:41-1:55: Unexpected `الأزمة المالية` repeated across a period, expected it once']
      },
      {
        text: 'وأكد الوزير حرص بلاده على تحقيق أعلى عائد. من هذه الاستثمارات لتحقيق العائد.\n',
        messages: [
          '1:63-1:76: Unexpected `لتحقيق العائد` repeating `تحقيق أعلى عائد` of the sentence before, expected it once'
        ],
        note: 'A short fragment, opening with a preposition after a period, that says again what the sentence before ended with.'
      },
      {
        text: 'وأعلنت الوزارة بدء التسجيل في البرنامج الأسبوع المقبل. وأعلنت الوزارة بدء التسجيل في البرنامج الأسبوع المقبل. ويستمر التسجيل شهرا.\n',
        messages: [
          '1:56-1:110: Unexpected repeated sentence `وأعلنت الوزارة بدء التسجيل في البرنامج الأسبوع المقبل.`, expected it once'
        ]
      },
      {
        text: 'ودعا المجلس إلى تسريع تنفيذ المشاريع المتأخرة.\nودعا المجلس إلى تسريع تنفيذ المشاريع المتأخرة. وطالب بتقارير شهرية.\n',
        messages: [
          '2:1-2:47: Unexpected repeated sentence `ودعا المجلس إلى تسريع تنفيذ المشاريع المتأخرة.`, expected it once'
        ],
        note: 'The last sentence of a paragraph said again at the start of the next.'
      },
      {
        text: 'الوزير يستقبل سفير اليابان\n\nالسفير الياباني يقدم أوراق اعتماده\nالسفير الياباني يقدم أوراق اعتماده\n',
        messages: ['4:1-4:35: Unexpected repeated line `السفير الياباني يقدم أوراق اعتماده`, expected it once']
      },
      {
        text: 'افتتاح معرض الكتاب\nافتتاح معرض الكتاب\n',
        options: {allowRepeatedTitle: false},
        messages: ['2:1-2:19: Unexpected repeated line `افتتاح معرض الكتاب`, expected it once']
      },
      {
        text:
          'وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع المقبل ويستمر شهرا كاملا.\n' +
          'ودعت الهيئة الراغبين إلى زيارة موقعها.\n' +
          'وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع المقبل ويستمر شهرا كاملا.\n',
        messages: [
          '3:1-3:76: Unexpected repeated paragraph `وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع …`, already on line 1'
        ],
        note: 'A paragraph of twelve words or more said again anywhere in the document.'
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    if (doc.words.length < 2) return
    new Scan(doc, context, options).run()
  }
})
