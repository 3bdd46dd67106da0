// Counting a token corpus (tokens.ts) into the tables of a statistics file
// (columns.ts). Used to build the shipped statistics from edited news and a
// user's statistics from their own documents.
import {AFTER, BEFORE, Col, NO_WORD, PAIR, TABLES} from './columns.ts'
import {CountTableBuilder, type CountTable} from './table.ts'
import {Gap, type TokenCorpus} from './tokens.ts'

export interface CountOptions {
  /** Only documents for which this is true (to fit models on the rest). */
  include?: (index: number) => boolean
  /** Least count kept, per table (rarer keys are left out to keep files small). */
  minCount?: Partial<Record<keyof typeof TABLES, number>>
  /** A form is "one spelling among several" when it has this share of its key's occurrences. */
  minVariantShare?: number
}

export interface Counts {
  tables: Record<keyof typeof TABLES, CountTable>
  documents: number
  words: number
  totals: Record<string, number>
}

/** Longest back-to-back repeated sequence looked for. */
const MAX_PHRASE = 4

export function countCorpus(corpus: TokenCorpus, options: CountOptions = {}): Counts {
  const keys = corpus.keys.values
  const forms = corpus.forms.values
  const wordCounts = new Float64Array(keys.length * TABLES.words.length)
  const formCounts = new Float64Array(forms.length)
  const formKey = new Int32Array(forms.length).fill(-1)
  // Pairs by (a, b) code: their row in pairCounts (count, then how often the
  // pair ends a sentence and how often it starts one).
  const pairs = new Map<number, number>()
  let pairCounts = new Float64Array(3 * 1024)
  const builders = {
    pairs: new CountTableBuilder(TABLES.pairs),
    forms: new CountTableBuilder(TABLES.forms),
    contexts: new CountTableBuilder(TABLES.contexts),
    doubled: new CountTableBuilder(TABLES.doubled),
    phrases: new CountTableBuilder(TABLES.phrases)
  }
  const width = TABLES.words.length
  let documents = 0
  let words = 0
  const totals: Record<string, number> = {sentences: 0, paragraphs: 0}
  const included: Int32Array[] = []
  corpus.documents.forEach((doc, index) => {
    if (options.include && !options.include(index)) return
    included.push(doc)
    documents++
    let previousGap: number = Gap.Paragraph
    for (let i = 0; i < doc.length; i += 3) {
      const key = doc[i]!
      const form = doc[i + 1]!
      const gap = doc[i + 2]!
      words++
      formCounts[form]++
      formKey[form] = key
      const row = key * width
      wordCounts[row + Col.Count]++
      if (previousGap === Gap.Sentence) wordCounts[row + Col.SentenceStart]++
      if (previousGap >= Gap.Paragraph) {
        wordCounts[row + Col.ParagraphStart]++
        totals.paragraphs!++
      }
      if (previousGap === Gap.Clause) wordCounts[row + Col.ClauseStart]++
      if (gap === Gap.Sentence) {
        wordCounts[row + Col.SentenceEnd]++
        totals.sentences!++
      }
      if (gap === Gap.Paragraph) wordCounts[row + Col.ParagraphEnd]++
      if (gap === Gap.Open) wordCounts[row + Col.OpenEnd]++
      if (gap === Gap.Title) wordCounts[row + Col.TitleEnd]++
      if (gap === Gap.Clause) wordCounts[row + Col.ClauseEnd]++
      if (gap === Gap.Space && i + 3 < doc.length) {
        const next = doc[i + 3]!
        const pair = key * keys.length + next
        let at = pairs.get(pair)
        if (at === undefined) {
          at = pairs.size * 3
          pairs.set(pair, at)
          if (at + 3 > pairCounts.length) {
            const grown = new Float64Array(pairCounts.length * 2)
            grown.set(pairCounts)
            pairCounts = grown
          }
        }
        pairCounts[at]++
        const after = doc[i + 5]!
        if (after === Gap.Sentence || after === Gap.Paragraph) pairCounts[at + 1]++
        if (previousGap >= Gap.Sentence) pairCounts[at + 2]++
        if (next === key) {
          wordCounts[row + Col.Doubled]++
          const before = i >= 3 && doc[i - 1] === Gap.Space ? keys[doc[i - 3]!]! : NO_WORD
          builders.doubled.add(before + PAIR + keys[key]!, 0)
        }
      }
      previousGap = gap
    }
  })

  // Which written forms share a key with other spellings in real use: their
  // neighbours are counted so a rule can tell `قال إن` from `بعد أن`.
  const keyTotals = new Float64Array(keys.length)
  for (let form = 0; form < forms.length; form++) if (formKey[form]! >= 0) keyTotals[formKey[form]!] += formCounts[form]!
  const share = options.minVariantShare ?? 0.005
  const spellings = new Int32Array(keys.length)
  for (let form = 0; form < forms.length; form++) {
    const key = formKey[form]!
    if (key >= 0 && formCounts[form]! >= 5 && formCounts[form]! >= share * keyTotals[key]!) spellings[key]++
  }
  for (const doc of included) {
    for (let i = 0; i < doc.length; i += 3) {
      const key = doc[i]!
      if (spellings[key]! < 2) continue
      const form = forms[doc[i + 1]!]!
      const before = i >= 3 && doc[i - 1] === Gap.Space ? keys[doc[i - 3]!]! : NO_WORD
      const after = doc[i + 2] === Gap.Space && i + 3 < doc.length ? keys[doc[i + 3]!]! : NO_WORD
      builders.contexts.add(before + BEFORE + form, 0)
      builders.contexts.add(form + AFTER + after, 0)
    }
    countRepeatedPhrases(doc, keys, builders.phrases)
  }

  const wordsBuilder = new CountTableBuilder(TABLES.words)
  for (let key = 0; key < keys.length; key++) {
    const row = key * width
    if (wordCounts[row] === 0) continue
    for (let c = 0; c < width; c++) if (wordCounts[row + c]) wordsBuilder.add(keys[key]!, c, wordCounts[row + c]!)
  }
  for (let form = 0; form < forms.length; form++) if (formCounts[form]) builders.forms.add(forms[form]!, 0, formCounts[form]!)
  for (const [pair, at] of pairs) {
    const a = Math.floor(pair / keys.length)
    const key = keys[a]! + PAIR + keys[pair - a * keys.length]!
    for (let c = 0; c < 3; c++) if (pairCounts[at + c]) builders.pairs.add(key, c, pairCounts[at + c]!)
  }
  const min = options.minCount ?? {}
  totals.words = words
  // Column totals: the rate of each use over all words, which a rule falls back
  // to for a word the corpus has not seen (or seen too rarely to say).
  for (let c = 0; c < width; c++) {
    let total = 0
    for (let key = 0; key < keys.length; key++) total += wordCounts[key * width + c]!
    totals[TABLES.words[c]!] = total
  }
  return {
    tables: {
      words: wordsBuilder.build(min.words ?? 1),
      pairs: builders.pairs.build(min.pairs ?? 1),
      forms: builders.forms.build(min.forms ?? 1),
      contexts: builders.contexts.build(min.contexts ?? 1),
      doubled: builders.doubled.build(1),
      phrases: builders.phrases.build(1)
    },
    documents,
    words,
    totals
  }
}

/** Sequences of 2 to 4 words said twice in a row within one clause (`شيئا فشيئا` is one word each). */
function countRepeatedPhrases(doc: Int32Array, keys: string[], phrases: CountTableBuilder): void {
  const n = doc.length / 3
  for (let i = 0; i < n; i++) {
    for (let length = 2; length <= MAX_PHRASE && i + 2 * length <= n; length++) {
      let same = true
      for (let k = 0; k < length && same; k++) {
        if (doc[(i + k) * 3] !== doc[(i + length + k) * 3]) same = false
        if (doc[(i + k) * 3 + 2] !== 0) same = false
        if (doc[(i + length + k) * 3 + 2] !== 0 && k < length - 1) same = false
      }
      if (!same) continue
      const parts: string[] = []
      for (let k = 0; k < length; k++) parts.push(keys[doc[(i + k) * 3]!]!)
      phrases.add(parts.join(PAIR), 0)
    }
  }
}
