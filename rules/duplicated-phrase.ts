import {defineRule} from '../src/engine/define-rule.ts'
import {isWhiteSpaceCode, normalize} from '../src/language/arabic.ts'
import {lexiconForm} from '../src/language/lexicon.ts'
import {getDocument, isHeadingLike, type DocumentModel, type ParagraphInfo, type WordInfo} from '../src/engine/document.ts'
import type {RuleContext} from '../src/engine/types.ts'
import {
  COMPASS_POINTS,
  CONTINUATIONS,
  DEGREE_ADVERBS,
  DOUBLED_TITLES,
  LETTER_NAMES,
  NAME_LINKS,
  isAcronymLetter,
  PLURAL_QUANTITIES,
  isDistributive,
  isElative,
  isFunctionWord,
  isNisba,
  isNumberWord
} from '../src/language/idioms.ts'
import {NO_WORD} from '../src/stats/columns.ts'
import type {CorpusStats} from '../src/stats/corpus-stats.ts'
import {statsFor} from '../src/stats/load.ts'
import {
  WELL_KNOWN,
  doublingEvidence,
  isComparative,
  isCoordinatedPair,
  isRelationNoun,
  isRepeatedPhrase
} from '../src/stats/repetition.ts'

// Only Arabic letters and marks (no digits, no Latin, no joined punctuation).
const ARABIC_WORD = /^[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C\u200D]+$/u
const SPACE = /^[ \t\u00A0]+$/u
// A written word that starts with the article, maybe after a conjunction or
// preposition (on the written form: `آلاف` is not `الاف` with an article).
const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/u
// A written word that is the article and a word, with no clitic before it.
const ARTICLE = /^ال/u
const WAW = 0x0648
/** A key that opens with `و` or the article: not a bare name. */
const CONJOINED_OR_DEFINITE = /^(?:و|ال)/u
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
 * Whether `b` is `a` as written without its first letter, harakat aside
 * (`وتم تم`): `فعلي على` ("actual on") only looks like `ف` + `على` once
 * normalised.
 */
function lostConjunction(a: WordInfo, b: WordInfo): boolean {
  return lexiconForm(a.value).slice(1) === lexiconForm(b.value)
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

function newScratch(n: number): Scratch {
  return {bares: new Array<string>(n).fill(''), classes: new Uint8Array(n), reported: new Uint8Array(n), prints: new Int32Array(n), tails: new Int32Array(n)}
}

// Empty at first, so the first document grows it: a call V8 has never seen
// made when the first long document comes, after Scan is optimised, throws
// that optimised code away.
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
  /** Keys the document writes at least once not next to themselves (built on first use). */
  private single: Set<string> | undefined
  /** The corpus statistics: loaded the first time a repetition is judged (null: none found). */
  private corpus: CorpusStats | null | undefined

  constructor(doc: DocumentModel, context: RuleContext, options: Options) {
    this.text = context.text
    this.doc = doc
    this.all = doc.words
    this.context = context
    this.options = options
    const n = doc.words.length
    if (scratch.prints.length < n) scratch = newScratch(Math.max(n, 2 * scratch.prints.length))
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

  get stats(): CorpusStats | undefined {
    if (this.corpus === undefined) this.corpus = statsFor(this.context.settings) ?? null
    return this.corpus ?? undefined
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
      // A word of two letters after the article is a noun of a doubled root (`الحج`, `الحق`):
      // no function word takes the article.
      const long = b.length >= 3 || (b.length === 2 && word.key !== b && DEFINITE.test(lexiconForm(word.value)))
      value = long && !isFunctionWord(word.key) && !isFunctionWord(b) && !isNumberWord(word.key) ? 2 : 1
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
    return this.isArabic(word) && DEFINITE.test(lexiconForm(word.value)) && word.key !== this.bare(word)
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
    // Long paragraphs by their word count and first word's key.
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
        const title = previous === first && isHeadingLike(previous)
        if (!(title && options.allowRepeatedTitle)) {
          const [start, end] = trimmedRange(paragraph)
          context.report({messageId: title ? 'title' : 'line', start, end, data: {excerpt: excerpt(text.slice(start, end))}})
          found = true
        }
      } else if (count >= LONG_PARAGRAPH && !isHeadingLike(paragraph)) {
        // Earlier paragraphs of as many words with the same first word (keyed
        // on both: a common first word alone gathers thousands in a long text).
        const lead = `${count}\u0000${all[from].key}`
        long ??= new Map()
        const candidates = long.get(lead)
        const earlier = candidates?.find((other) => sameKeys(all, other.from, from, count))
        if (earlier) {
          const [start, end] = trimmedRange(paragraph)
          context.report({
            messageId: 'paragraph',
            start,
            end,
            data: {excerpt: excerpt(text.slice(start, end)), line: context.lineOf(earlier.paragraph.start)}
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
    // The paragraph's sentences so far, each unlike the ones before it, by
    // their first word (a paragraph may be a whole file on one line).
    const seen = new Map<string, WordInfo[][]>()
    for (const paragraph of this.doc.paragraphs) {
      const sentences = paragraph.sentences
      if (sentences.length === 0) continue
      seen.clear()
      let last: WordInfo[] | undefined
      for (let position = 0; position < sentences.length; position++) {
        const sentence = sentences[position]
        const words = sentence.words
        if (words.length === 0 || reported[words[0].index]) continue
        const alike = seen.get(words[0].key)
        let known = false
        for (let k = 0; alike !== undefined && k < alike.length && !known; k++) known = sameWords(alike[k], words)
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
        if (!known) {
          if (alike) alike.push(words)
          else seen.set(words[0].key, [words])
        }
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
        const fault = this.phraseFault(words, i, n)
        if (fault) context.report({messageId: fault, start: words[i + n].start, end: words[i + 2 * n - 1].end})
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
    if (same && (ka === kb || (ka.length === kb.length + 1 && ka.endsWith(kb) && isConjunction(ka.charCodeAt(0)) && lostConjunction(a, b)))) {
      // `تطوير تطوير`, and `وتم تم` (the second copy lost the conjunction).
      if (!this.isArabic(a) || !this.spaceBetween(a, b)) return i
      const fault = this.doublingFault(words, i)
      if (!fault) return i
      context.report({messageId: fault.messageId, start: a.start, end: b.end, expected: [a.value], data: fault.data})
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
      // A content word, or a number word (`سبعة وسبعة آلاف` is a slip too).
      (this.isContent(a) || (this.isArabic(a) && isNumberWord(this.bare(a)))) &&
      this.isArabic(b) &&
      this.bare(b) === this.bare(a) &&
      this.spaceBetween(a, b)
    ) {
      // `تطوير وتطوير`, `بتطوير وتطوير`: a word coordinated with itself.
      const fault = this.coordinationFault(a, b, words[i + 2])
      if (!fault) return i
      context.report({messageId: fault, start: a.start, end: b.end, data: {word: b.value.slice(1)}})
      return i + 1
    }
    return i
  }

  /**
   * Whether words[i..i+n) are said again right after as words[i+n..i+2n),
   * the second copy maybe joined by `و` (`تعزيز التعاون وتعزيز التعاون`):
   * Arabic words, with only spaces between the copies (`X Y، X Y` may be
   * deliberate).
   */
  samePhrase(words: WordInfo[], i: number, n: number): boolean {
    for (let k = 0; k < n; k++) {
      const a = words[i + k]
      const b = words[i + n + k]
      if (!(a.key === b.key || (k === 0 && sameOrConjoined(b.key, a.key))) || !this.isArabic(a)) return false
    }
    return this.spaceBetween(words[i + n - 1], words[i + n])
  }

  /**
   * Why words[i..i+2n), a phrase said twice, is reported (a message id), or
   * undefined when edited text says it so: back-to-back repetition of two
   * words or more is reported whatever the words, unless the counts attest
   * it (`الله أكبر الله أكبر`).
   */
  phraseFault(words: WordInfo[], i: number, n: number): string | undefined {
    const keys = words.slice(i, i + n).map((word) => word.key)
    // `محمد بن محمد بن سلمان`: a man named after his father, a genealogy.
    if (n === 2 && keys.some((key) => NAME_LINKS.has(key))) return undefined
    // `هذا و هذا و`: a coordination written with the conjunction apart.
    if (keys.some((key) => key === 'و' || key === 'ف')) return undefined
    const stats = this.stats
    if (words[i + n].key !== words[i].key) {
      // A phrase joined to itself by `و`: edited news writes one about once in
      // a million words (`القانون الدولي والقانون الدولي الإنساني`, narrowed
      // by one more adjective), so it is not excused by that shape, as a
      // single word's may be: a translation that says a phrase twice keeps the
      // adjective that followed it (`طائرات التحالف وطائرات التحالف العربي`).
      return stats ? 'phraseJoined' : 'phrase'
    }
    if (stats && isRepeatedPhrase(stats, keys)) return undefined
    return stats ? (stats.repeatedPhrase(keys) > 0.5 ? 'phraseSeldom' : 'phraseNever') : 'phrase'
  }

  /**
   * Whether `after` narrows the definite word `last` before it into another
   * thing: an adjective with the article (`الهيئات الحكومية المستقلة`) or
   * `غير` (`الدولية غير الحكومية`), not a coordinated word (`والمعايير`), a
   * relative (`التي`) or a complement with a preposition (`للصادرات`).
   */
  narrows(last: WordInfo, after: WordInfo | undefined): boolean {
    if (!after || !this.isDefinite(last) || !this.spaceBetween(last, after)) return false
    if (after.key === NEGATING) return true
    return ARTICLE.test(lexiconForm(after.value)) && this.isContent(after)
  }

  /**
   * Why `w w` at words[i] is reported (a message and its data), or undefined
   * when edited text doubles the word there. The counts decide (in that
   * context, or often enough anywhere); by hand only what they cannot see:
   * letters of an acronym, the title `ولي ولي العهد`, a nisba after a word of
   * relation, and a distributive accusative of a word they seldom saw.
   */
  doublingFault(words: WordInfo[], i: number): {messageId: string; data: Record<string, string>} | undefined {
    const a = words[i]
    const b = words[i + 1]
    const key = b.key
    const before = i > 0 && this.spaceBetween(words[i - 1], a) ? words[i - 1] : undefined
    const after = words[i + 2] && this.spaceBetween(b, words[i + 2]) ? words[i + 2] : undefined
    // `سي إن إن`, `يو إس إس`: a letter of an acronym read out (and `سي إن إن إن`:
    // the acronym, then the particle).
    if (LETTER_NAMES.has(key) && (this.inAcronym(words, i - 2, i) || (after && isAcronymLetter(after.key)))) return undefined
    if (after && DOUBLED_TITLES.get(key) === after.key) return undefined
    // `شمال شمال شرق`: a point of the sixteen-point compass (weather and earthquake
    // reports, which the counts hold too few of).
    if (after && COMPASS_POINTS.has(key) && COMPASS_POINTS.has(after.key) && after.key !== key) return undefined
    const data = {word: b.value}
    const stats = this.stats
    if (!stats) return isDistributive(a.value) ? undefined : {messageId: 'word', data}
    const evidence = doublingEvidence(stats, before ? before.key : NO_WORD, key)
    if (evidence.attested) return undefined
    if (before && isNisba(key) && this.isArabic(before)) {
      // `الحوار الفلسطيني الفلسطيني`: relations inside one group; not `الشعب اليمني اليمني`.
      if (isRelationNoun(stats, before.key)) return undefined
      return {messageId: 'wordRelation', data: {...data, previous: before.value}}
    }
    if (evidence.uses < WELL_KNOWN && isDistributive(a.value)) return undefined
    // A word edited text never wrote, nor its stem, doubled wherever the
    // document writes it, is a reduplicated name (`باغو باغو`, Pago Pago): the
    // counts know nothing of it, and a slip would leave it single elsewhere
    // too. Not an unseen inflection of a known stem (`واعتكافه`), nor a word
    // with `و` or the article (`والفهود والفهود`: two source words, one rendering).
    if (evidence.uses === 0 && !CONJOINED_OR_DEFINITE.test(key) && stats.word(normalize(b.stem)) === 0 && this.alwaysDoubled(key)) return undefined
    return {messageId: evidence.doubled > 0.5 ? 'wordSeldom' : 'wordNever', data}
  }

  /** Whether every occurrence of a key in the document stands next to itself. */
  alwaysDoubled(key: string): boolean {
    // One pass over the document gives the answer for every key (asked only of words the counts never saw).
    if (!this.single) {
      const single = (this.single = new Set<string>())
      const words = this.all
      for (let k = 0; k < words.length; k++) {
        const here = words[k].key
        if (words[k - 1]?.key !== here && words[k + 1]?.key !== here) single.add(here)
      }
    }
    return !this.single.has(key)
  }

  /** Whether a word of words[from..to) is a letter name that is no Arabic word, joined to the next by a space. */
  inAcronym(words: WordInfo[], from: number, to: number): boolean {
    for (let k = Math.max(from, 0); k < to; k++) {
      if (isAcronymLetter(words[k].key) && this.spaceBetween(words[k], words[k + 1])) return true
    }
    return false
  }

  /** Why `w وw` is reported (a message id), or undefined when it names two things or edited text says it. */
  coordinationFault(a: WordInfo, b: WordInfo, after: WordInfo | undefined): string | undefined {
    // `ملايين وملايين`: a plural quantity intensifies.
    if (PLURAL_QUANTITIES.has(this.bare(a))) return undefined
    const stats = this.stats
    // `أفضل وأفضل`, `أكثر فأكثر`: a comparative made gradual (not `أحمد وأحمد`).
    if (isElative(a.value) && (!stats || isComparative(stats, a.key) !== false)) return undefined
    // `الشعيرات والشعيرات الفرعية`: the second, narrowed by an adjective, is another thing;
    // `كبير وكبير جدا`: the second, of a higher degree.
    if (this.isDefinite(a) && this.narrows(b, after)) return undefined
    if (after && DEGREE_ADVERBS.has(after.key) && this.spaceBetween(b, after)) return undefined
    // `المكتب ومكتب الأمم المتحدة`: the second heads a construct of its own
    // (no article, a defined word after it): another body, not a repeat.
    if (
      after &&
      this.isDefinite(a) &&
      !this.isDefinite(b) &&
      ARTICLE.test(lexiconForm(after.value)) &&
      this.isContent(after) &&
      this.spaceBetween(b, after)
    ) {
      return undefined
    }
    if (stats && isCoordinatedPair(stats, a.key, b.key)) return undefined
    // `عاما فعاما`: gradual, for words the counts seldom saw.
    if ((!stats || stats.word(a.key) < WELL_KNOWN) && b.key === 'ف' + a.key && isDistributive(a.value)) return undefined
    if (!stats) return 'coordinated'
    return stats.pair(a.key, b.key) > 0.5 ? 'coordinatedSeldom' : 'coordinatedNever'
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
    // `أربعة أعوام. أربعة أعوام وشددت`, `وبدون استثناء. وبدون استثناء`: the sentence's last
    // two words or more said again word for word right after the period, whatever the words:
    // overlapping segments joined twice. Of 54,131 sentence boundaries of edited ANT news, 7 do
    // it (speech repeated for effect) and none with the conjunction repeated too.
    for (let k = Math.min(4, prev.length - 1, next.length); k >= 2; k--) {
      let same = true
      for (let m = 0; m < k && same; m++) {
        const a = prev[prev.length - k + m]
        const b = next[m]
        same = a.key === b.key && this.isArabic(a)
      }
      if (same) {
        context.report({messageId: 'period', start: opener.start, end: next[k - 1].end})
        return
      }
    }
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
  options: {
    properties: {
      maxFragmentWords: {
        type: 'integer',
        minimum: 0,
        description: 'Longest sentence (in words) checked for repeating the end of the sentence before it; 0 turns that check off.'
      },
      allowRepeatedTitle: {
        type: 'boolean',
        description: 'Allow the first line (the title) to be repeated as the next line (reported by default: edited text never does it).'
      }
    },
    defaults: {maxFragmentWords: 8, allowRepeatedTitle: false}
  },
  messages: {
    word: {
      en: 'Unexpected repeated word in `{actual}`, expected `{expected}`',
      ar: 'كلمة مكررة في `{actual}`، والصواب `{expected}`'
    },
    wordNever: {
      en: 'Unexpected repeated word in `{actual}`, expected `{expected}`: edited text does not double `{word}`',
      ar: 'كلمة مكررة في `{actual}`، والصواب `{expected}`؛ فالنصوص المحرَّرة لا تكرر `{word}`'
    },
    wordSeldom: {
      en: 'Unexpected repeated word in `{actual}`, expected `{expected}`: edited text seldom doubles `{word}`',
      ar: 'كلمة مكررة في `{actual}`، والصواب `{expected}`؛ فالنصوص المحرَّرة قلّما تكرر `{word}`'
    },
    wordRelation: {
      en: 'Unexpected repeated word in `{actual}`, expected `{expected}`: edited text doubles an adjective only after a word of relation (`العلاقات العربية العربية`), not after `{previous}`',
      ar: 'كلمة مكررة في `{actual}`، والصواب `{expected}`؛ فالنصوص المحرَّرة لا تكرر الصفة إلا بعد كلمة تدل على علاقة (`العلاقات العربية العربية`)، لا بعد `{previous}`'
    },
    coordinated: {
      en: 'Unexpected `{actual}`, the same word is joined to itself, keep one or name the second thing',
      ar: '`{actual}`: عُطفت الكلمة على نفسها، فأبقِ واحدة أو سمِّ الشيء الثاني'
    },
    coordinatedNever: {
      en: 'Unexpected `{actual}`: edited text does not join `{word}` to itself, keep one or name the second thing',
      ar: '`{actual}`: النصوص المحرَّرة لا تعطف `{word}` على نفسها، فأبقِ واحدة أو سمِّ الشيء الثاني'
    },
    coordinatedSeldom: {
      en: 'Unexpected `{actual}`: edited text seldom joins `{word}` to itself, keep one or name the second thing',
      ar: '`{actual}`: النصوص المحرَّرة قلّما تعطف `{word}` على نفسها، فأبقِ واحدة أو سمِّ الشيء الثاني'
    },
    phrase: {
      en: 'Unexpected repeated phrase `{actual}`, expected it once',
      ar: 'عبارة مكررة `{actual}`، والصواب ذكرها مرة واحدة'
    },
    phraseNever: {
      en: 'Unexpected repeated phrase `{actual}`, expected it once: edited text does not repeat it',
      ar: 'عبارة مكررة `{actual}`، والصواب ذكرها مرة واحدة؛ فالنصوص المحرَّرة لا تكررها'
    },
    phraseSeldom: {
      en: 'Unexpected repeated phrase `{actual}`, expected it once: edited text seldom repeats it',
      ar: 'عبارة مكررة `{actual}`، والصواب ذكرها مرة واحدة؛ فالنصوص المحرَّرة قلّما تكررها'
    },
    phraseJoined: {
      en: 'Unexpected repeated phrase `{actual}`, expected it once: edited text seldom joins a phrase to itself',
      ar: 'عبارة مكررة `{actual}`، والصواب ذكرها مرة واحدة؛ فالنصوص المحرَّرة قلّما تعطف العبارة على نفسها'
    },
    period: {
      en: 'Unexpected `{actual}` repeated across a period, expected it once',
      ar: '`{actual}` مكررة على جانبي النقطة، والصواب ذكرها مرة واحدة'
    },
    fragment: {
      en: 'Unexpected `{actual}` repeating `{first}` of the sentence before, expected it once',
      ar: '`{actual}` تكرار لـ`{first}` من الجملة السابقة، والصواب ذكرها مرة واحدة'
    },
    sentence: {
      en: 'Unexpected repeated sentence `{excerpt}`, expected it once',
      ar: 'جملة مكررة `{excerpt}`، والصواب ذكرها مرة واحدة'
    },
    line: {
      en: 'Unexpected repeated line `{excerpt}`, expected it once',
      ar: 'سطر مكرر `{excerpt}`، والصواب ذكره مرة واحدة'
    },
    title: {
      en: 'Unexpected repeated title `{excerpt}`, expected it once',
      ar: 'عنوان مكرر `{excerpt}`، والصواب ذكره مرة واحدة'
    },
    paragraph: {
      en: 'Unexpected repeated paragraph `{excerpt}`, already on line {line}',
      ar: 'فقرة مكررة `{excerpt}`، وقد وردت في السطر {line}'
    }
  },
  examples: {
    valid: [
      {
        text: 'وأفادت القراءات بنشاط للتسونامي قرب باغو باغو ونيوي.\n',
        note: 'A name doubled wherever the document writes it (Pago Pago), which edited text never wrote: a reduplicated name, not a slip.'
      },
      {
        text: 'وقدم الصندوق الدعم الفني للدول العربية والدول الأفريقية، وللمنظمات الإقليمية والمنظمات الدولية.\n',
        note: 'Parallel phrases that share a word but name different things.'
      },
      {
        text: 'وعرض الباحثون الألياف والألياف الدقيقة، وتقدم اليمين واليمين المتطرف.\n',
        note: 'A word joined to itself and narrowed by one more adjective names another thing (edited news writes `اليمين واليمين` 17 times).'
      },
      {
        text: 'تحسن الوضع شيئا فشيئا، وعاد السكان إلى قراهم رويدا رويدا، والتقى الوزيران وجها لوجه يوما بعد يوم.\n',
        note: 'Doublings that edited news makes (`شيئا فشيئا`, `رويدا رويدا`), and idioms whose words are not side by side.'
      },
      {
        text: 'راجعت اللجنة النص خطوة خطوة، والنتائج جيدة جدا جدا، ويزداد الإقبال أكثر فأكثر، ويصل المزيد والمزيد من الزوار.\n',
        note: 'Edited news doubles `خطوة` and `جدا` often enough (0.6% and 1.4% of their uses), and joins `أكثر` and `المزيد` to themselves.'
      },
      {
        text: 'وأطلق الجيش صواريخ أرض أرض، وهتف المحتجون «سلمية سلمية»، وانتخب أحمد أحمد رئيسا للاتحاد الأفريقي لكرة القدم.\n',
        note: 'A doubling that edited news makes in that context, or often enough anywhere, even of a name.'
      },
      {
        text: 'وتناولت القمة العلاقات الخليجية الخليجية والحوار اللبناني اللبناني.\n',
        note: 'A doubled nisba after a word of relation (one that edited news often follows with `بين`) names relations inside one group.'
      },
      {
        text: 'راجع المدقق الوثيقة حرفًا حرفًا.\n',
        note: 'A word the counts seldom saw is judged by its shape: an indefinite accusative is distributive.'
      },
      {
        text: 'وتبنى حزب «بي كا كا» الهجوم، ووصلت السفينة «يو إس إس» إلى الميناء، وقالت شبكة سي إن إن إن الوضع خطير.\n',
        note: 'Letters of an acronym read out.'
      },
      {text: 'وصل صاحب السمو الملكي ولي ولي العهد إلى العاصمة، ووقع الزلزال شمال شمال شرق المدينة.\n', note: 'The title `ولي ولي العهد` and the compass points, which the counts do not have.'},
      {
        text: 'فرق كبير بين التخطيط وبين التنفيذ، وفي المدن وفي القرى، ومن الشرق ومن الغرب.\n',
        note: 'Repeated function words are not repeated phrases.'
      },
      {
        text: 'ويعزز الاتفاق التنسيق بين المكتب ومكتب الأمم المتحدة الإنمائي في المنطقة.\n',
        note: 'A defined word coordinated with the head of another name (`مكتب الأمم المتحدة`) names two things.'
      },
      {
        text: 'بلغ عدد المشاركين 40 40 في الدورة الأولى، وتابعها ملايين وملايين على الشبكة، وصار الحريق كبيرا وكبيرا جدا.\n',
        note: 'Numbers in digits are not checked; a plural quantity joined to itself intensifies, as does a word joined to itself with `جدا`.'
      },
      {text: 'وحضر الحفل محمد بن محمد بن سلمان.\n', note: 'A man named after his father.'},
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
        options: {allowRepeatedTitle: true},
        note: 'With `allowRepeatedTitle`, the title repeated as the next line is allowed.'
      },
      {
        text: 'افتتاح معرض الكتاب في الرياض\nافتتاح معرض الكتاب في الرياض. وشارك في المعرض مئات الناشرين.\n',
        note: 'A title repeated as the first sentence of the body is not a repeated line.'
      }
    ],
    invalid: [
      {
        text: 'وتعيش البلاد حربا أهلية منذ أربعة أعوام. أربعة أعوام وشددت الأمم المتحدة على خطورة الوضع.\n',
        messages: ['1:42-1:53: Unexpected `أربعة أعوام` repeated across a period, expected it once'],
        note: 'The last words of a sentence said again, word for word, after its period: two overlapping segments joined.'
      },
      {
        text: 'قال فاريتور فاريتور إن فاريتور سيعود غدا.\n',
        note: 'A name edited text never wrote is still reported doubled where the document also writes it once.',
        messages: ['1:5-1:20: Unexpected repeated word in `فاريتور فاريتور`, expected `فاريتور`: edited text does not double `فاريتور`'],
        output: 'قال فاريتور إن فاريتور سيعود غدا.\n'
      },
      {
        text: 'وقدم الخبراء الدعم في تطوير تطوير الخطط الوطنية.\n',
        messages: ['1:23-1:34: Unexpected repeated word in `تطوير تطوير`, expected `تطوير`: edited text does not double `تطوير`'],
        output: 'وقدم الخبراء الدعم في تطوير الخطط الوطنية.\n'
      },
      {
        text: 'وأشار إلى أن الموازنة الموازنة المخصصة للمشروع كافية، وقال خالد خالد إن الوضع مستقر.\n',
        messages: [
          '1:14-1:31: Unexpected repeated word in `الموازنة الموازنة`, expected `الموازنة`: edited text does not double `الموازنة`',
          '1:60-1:69: Unexpected repeated word in `خالد خالد`, expected `خالد`: edited text does not double `خالد`'
        ],
        output: 'وأشار إلى أن الموازنة المخصصة للمشروع كافية، وقال خالد إن الوضع مستقر.\n',
        note: 'A name too: edited news has `خالد` 790 times and never doubles it.'
      },
      {
        text: 'وناقش الاجتماع في في المستجدات، وتم تم الاتفاق على خطة العمل.\n',
        messages: [
          '1:16-1:21: Unexpected repeated word in `في في`, expected `في`: edited text seldom doubles `في`',
          '1:33-1:39: Unexpected repeated word in `وتم تم`, expected `وتم`: edited text does not double `تم`'
        ],
        output: 'وناقش الاجتماع في المستجدات، وتم الاتفاق على خطة العمل.\n',
        note: 'Edited news has `في في` too, as a slip: 37 times in 290,000 uses.'
      },
      {
        text: 'ودعا إلى دعم الشعب اليمني اليمني، واتخذ المجلس قرارا سياسيا سياسيا.\n',
        messages: [
          '1:20-1:33: Unexpected repeated word in `اليمني اليمني`, expected `اليمني`: edited text doubles an adjective only after a word of relation (`العلاقات العربية العربية`), not after `الشعب`',
          '1:54-1:67: Unexpected repeated word in `سياسيا سياسيا`, expected `سياسيا`: edited text does not double `سياسيا`'
        ],
        output: 'ودعا إلى دعم الشعب اليمني، واتخذ المجلس قرارا سياسيا.\n'
      },
      {
        text: 'ونفى المتحدث ذلك، وقال إن الموقف هو هو.\n',
        messages: ['1:34-1:39: Unexpected repeated word in `هو هو`, expected `هو`: edited text does not double `هو`'],
        output: 'ونفى المتحدث ذلك، وقال إن الموقف هو.\n',
        note: 'Grammar allows `هو هو` ("the same"), but edited news never writes it (8,500 uses of `هو`): in a translation it is far more often a slip.'
      },
      {
        text: 'وجرى الاتفاق على تطويرِ تطويرِ العلاقات.\n',
        messages: ['1:18-1:31: Unexpected repeated word in `تطويرِ تطويرِ`, expected `تطويرِ`: edited text does not double `تطويرِ`'],
        output: 'وجرى الاتفاق على تطويرِ العلاقات.\n',
        note: 'Words are compared without their harakat.'
      },
      {
        text: 'وتعهدت الوزارة بتطوير وتطوير البرامج التدريبية، واتفق الطرفين والطرفين على الهدنة.\n',
        messages: [
          '1:16-1:29: Unexpected `بتطوير وتطوير`: edited text does not join `تطوير` to itself, keep one or name the second thing',
          '1:55-1:71: Unexpected `الطرفين والطرفين`: edited text does not join `الطرفين` to itself, keep one or name the second thing'
        ],
        note: 'A word coordinated with itself usually stands for two different source words (`development and elaboration`): no automatic fix.'
      },
      {
        text: 'استقبل الوزير رئيس البعثة رئيس البعثة في مكتبه، ودعا إلى تعزيز التعاون وتعزيز التعاون بين البلدين.\n',
        messages: [
          '1:27-1:38: Unexpected repeated phrase `رئيس البعثة`, expected it once: edited text does not repeat it',
          '1:72-1:86: Unexpected repeated phrase `وتعزيز التعاون`, expected it once: edited text seldom joins a phrase to itself'
        ]
      },
      {
        text: 'وقال إن العمل يجري في إطار في إطار خطة شاملة من أجل دعم من أجل دعم الاقتصاد.\n',
        messages: [
          '1:28-1:35: Unexpected repeated phrase `في إطار`, expected it once: edited text does not repeat it',
          '1:57-1:67: Unexpected repeated phrase `من أجل دعم`, expected it once: edited text does not repeat it'
        ],
        note: 'Whatever its words: two words or more said twice in a row are reported unless edited news says them so (`الله أكبر الله أكبر`).'
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
        text: 'افتتاح معرض الكتاب في الرياض\n\nافتتاح معرض الكتاب في الرياض\nافتتح وزير الثقافة معرض الكتاب في الرياض أمس.\n',
        messages: ['3:1-3:29: Unexpected repeated title `افتتاح معرض الكتاب في الرياض`, expected it once'],
        note: 'No edited article repeats its title; a scraped or pasted page often prints it twice.'
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
