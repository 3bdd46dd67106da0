// Which of several spellings of a word edited text uses, alone and next to
// the words around it: `قال إن` but `بعد أن`, `على الرغم` but `علي حسن`. The
// hamza and alif-maqsura rules ask it about the spellings they consider.
import {NO_WORD} from './columns.ts'
import type {CorpusStats} from './corpus-stats.ts'
import {fnvUpdate} from './hash.ts'

/**
 * A pseudo-count: how many sightings of a spelling next to a neighbour it
 * takes to move its odds (a neighbour seen once or twice with one spelling says little).
 */
const CONTEXT_PRIOR = 1
/**
 * A word is spelled several ways in edited text (its neighbours then decide)
 * when at least two spellings have this share of its occurrences and at least
 * MIN_SPELLING of them (the same test the statistics build uses to count
 * neighbours: src/stats/count.ts).
 */
const MIN_SHARE = 0.005
const MIN_SPELLING = 5

export interface Neighbours {
  /** Comparison key of the word before (NO_WORD after a mark or at a start). */
  previous: string
  /** Comparison key of the word after (NO_WORD before a mark or at an end). */
  next: string
}

export interface Ranked {
  form: string
  /** How often edited text writes it (all contexts). */
  count: number
  /** How likely, relative to the others, in this context (sums to 1 over the spellings). */
  share: number
}

/** Whether edited text spells the word several ways (so that context decides). */
export function spelledSeveralWays(counts: ArrayLike<number>): boolean {
  let total = 0
  for (let i = 0; i < counts.length; i++) total += counts[i]!
  let used = 0
  for (let i = 0; i < counts.length; i++) if (counts[i]! >= MIN_SPELLING && counts[i]! >= MIN_SHARE * total) used++
  return used >= 2
}

/**
 * Rank spellings of one word in context. Each spelling's count, times, for
 * the word before and the word after, how much more (or less) often than
 * chance edited text writes that spelling next to it: the sightings against
 * what the spelling's share of all sightings of the neighbour with any of the
 * spellings would give, both with a pseudo-count, so that a neighbour seen
 * rarely says little.
 */
export function rankSpellings(stats: CorpusStats, forms: readonly string[], around: Neighbours | undefined): Ranked[] {
  return new Spellings(stats, forms).rank(around)
}

/**
 * The spellings of one word, ranked at each of its occurrences (see
 * rankSpellings): what does not depend on the neighbours (the counts) is
 * read once, so a rule that keeps this for a word it meets again only looks
 * up the neighbours. Kept for tens of thousands of words: nothing else is.
 */
export class Spellings {
  /**
   * How often edited text writes each form. A typed array: the counts are
   * whole (0, 1) or not, and arrays of the two kinds have two shapes, for which
   * V8 threw away the optimised code of rank and neighbourFactors.
   */
  readonly counts: Float64Array
  /** Whether edited text spells the word several ways (only then do the neighbours count). */
  readonly severalWays: boolean
  /** This object's number in the neighbour cache (see NeighbourCache). */
  readonly id = nextSpellingsId++

  constructor(
    readonly stats: CorpusStats,
    readonly forms: readonly string[]
  ) {
    this.counts = Float64Array.from(forms, (form) => stats.form(form))
    this.severalWays = spelledSeveralWays(this.counts)
  }

  rank(around: Neighbours | undefined): Ranked[] {
    // Asked at every occurrence of the word: loops over the spellings (two to
    // four), no arrays made but the result.
    const {forms, counts} = this
    const n = forms.length
    const scores = scratch(n)
    for (let i = 0; i < n; i++) scores[i] = counts[i]! + 0.5
    if (around && this.severalWays) {
      this.applyNeighbour(scores, 0, around.previous)
      this.applyNeighbour(scores, 1, around.next)
    }
    let sum = 0
    for (let i = 0; i < n; i++) sum += scores[i]!
    // Most likely first; spellings as likely keep their order (an insertion sort: stable, as Array#sort).
    const ranked: Ranked[] = []
    for (let i = 0; i < n; i++) {
      const entry = {form: forms[i]!, count: counts[i]!, share: scores[i]! / sum}
      let at = ranked.length
      ranked.push(entry)
      for (; at > 0 && ranked[at - 1]!.share < entry.share; at--) ranked[at] = ranked[at - 1]!
      ranked[at] = entry
    }
    return ranked
  }

  /**
   * Multiply each spelling's score by how much more (or less) often than
   * chance edited text writes it next to this neighbour (side 0: the word
   * before, 1: the word after). Those factors depend only on the spellings
   * and the neighbour, and the same word meets the same neighbours again and
   * again (`قال ان`, `الى جانب`): they are read from the statistics once and
   * kept in the neighbour cache.
   */
  private applyNeighbour(scores: Float64Array, side: number, neighbour: string): void {
    const n = this.forms.length
    if (n > CACHED_SPELLINGS || neighbour.length > CACHED_LENGTH) {
      this.neighbourFactors(side, neighbour, scores, 0, true)
      return
    }
    const slot = (fnvUpdate(Math.imul(this.id, 0x9e3779b1) ^ side, neighbour) >>> 0) & (CACHE_SLOTS - 1)
    const cache = neighbourCache
    const keys = cache.keys
    let tag = cache.tag[slot]!
    if (keys[2 * slot] !== this || keys[2 * slot + 1] !== neighbour || tag >> 1 !== side + 1) {
      keys[2 * slot] = this
      keys[2 * slot + 1] = neighbour
      tag = ((side + 1) << 1) | (this.neighbourFactors(side, neighbour, cache.factors, slot * CACHED_SPELLINGS, false) ? 1 : 0)
      cache.tag[slot] = tag
    }
    if ((tag & 1) === 0) return
    const factors = cache.factors
    const base = slot * CACHED_SPELLINGS
    for (let i = 0; i < n; i++) scores[i] *= factors[base + i]!
  }

  /**
   * The factors of one neighbour (see applyNeighbour), written to `out` from
   * `at` (or, with `multiply`, multiplied into it); false when the neighbour
   * says nothing (a word edited text never saw).
   */
  private neighbourFactors(side: number, neighbour: string, out: Float64Array, at: number, multiply: boolean): boolean {
    const {stats, forms, counts} = this
    const n = forms.length
    const seen = scratchSeen(n)
    let total = 0
    for (let i = 0; i < n; i++) total += counts[i]! + 0.5
    const after = side === 0 ? stats.afterState(neighbour) : 0
    let together = 0
    for (let i = 0; i < n; i++) {
      together += seen[i] = side === 0 ? stats.formAfterFrom(after, forms[i]!) : stats.formBefore(forms[i]!, neighbour)
    }
    // How often the neighbour would stand by a spelling by chance, per occurrence:
    // its share of all words (a frequent word never seen by a spelling is
    // evidence against it: `على` before a name), or, after or before a mark,
    // how often any of the spellings stands there.
    const words = Math.max(stats.totals.words ?? 1, 1)
    const rate = neighbour === NO_WORD ? together / total : stats.word(neighbour) / words
    if (rate === 0) return false
    for (let i = 0; i < n; i++) {
      const factor = (seen[i]! + CONTEXT_PRIOR) / ((counts[i]! + 0.5) * rate + CONTEXT_PRIOR)
      if (multiply) out[at + i] *= factor
      else out[at + i] = factor
    }
    return true
  }
}

// The neighbour cache: what a neighbour says of a word's spellings (the
// factors of Spellings.applyNeighbour), for the last neighbours met, in a
// fixed number of slots chosen by a hash of the spellings' number, the side
// and the neighbour (a slot taken by another keeps only the latest). Bounded
// memory (about 2.6 MB a thread), no allocation per occurrence. Over the
// bench's 10 MB, ranking a word's spellings at each occurrence, mostly these
// reads (a few hashed lookups in the contexts and words tables, each a miss
// of the processor's caches), was about half of what hamza spent. Over 10 MB
// of ANT news (no article twice), 46% of 152,893 lookups hit with 2^14 slots,
// 50% with 2^15, 53% with 2^16 and 57% with 2^18: past 2^15 memory grows
// faster than the hits.
const CACHE_SLOTS = 1 << 15
/** Words with more spellings than this are not cached (rare: a stem start that may take any alef, twice). */
const CACHED_SPELLINGS = 8
/**
 * Longer neighbours are not cached: V8 may keep a string of 13 code units or
 * more as a slice of the text it was cut from, and a slot must not keep a
 * whole document alive.
 */
const CACHED_LENGTH = 12
let nextSpellingsId = 0
const neighbourCache = {
  /** Each slot's spellings and neighbour, side by side (one read of memory for both). */
  keys: new Array<Spellings | string | undefined>(2 * CACHE_SLOTS).fill(undefined),
  /** Each slot's side + 1 (0: empty) times two, plus 1 where the neighbour's factors apply (0 where it says nothing). */
  tag: new Uint8Array(CACHE_SLOTS),
  factors: new Float64Array(CACHE_SLOTS * CACHED_SPELLINGS)
}

// Working arrays of rank (never reentered), grown as needed.
let scores = new Float64Array(8)
let seenCounts = new Float64Array(8)
function scratch(n: number): Float64Array {
  if (scores.length < n) scores = new Float64Array(n)
  return scores
}
function scratchSeen(n: number): Float64Array {
  if (seenCounts.length < n) seenCounts = new Float64Array(n)
  return seenCounts
}

/**
 * Whether edited text has seen a spelling next to these neighbours at least a
 * twentieth as often as chance alone would put them there, once chance
 * predicts three sightings or more on the two sides together. A spelling
 * that chance puts beside its neighbours and edited text never does is
 * another word than the one written (the dialect relative `الي` in `الكلام
 * الي يقال` is not `إلى`, which never comes before `يقال` or after `الكلام`).
 * Neighbours are counted only for words edited text spells several ways, so
 * `counts` (of each spelling ranked) says whether an absence means anything.
 */
export function fitsContext(stats: CorpusStats, form: string, around: Neighbours, counts: readonly number[]): boolean {
  if (!spelledSeveralWays(counts)) return true
  const words = Math.max(stats.totals.words ?? 1, 1)
  const count = stats.form(form)
  let expected = 0
  let seen = 0
  if (around.previous !== NO_WORD) {
    expected += (count * stats.word(around.previous)) / words
    seen += stats.formAfter(around.previous, form)
  }
  if (around.next !== NO_WORD) {
    expected += (count * stats.word(around.next)) / words
    seen += stats.formBefore(form, around.next)
  }
  return expected < MIN_EXPECTED || seen >= expected * MIN_SEEN_SHARE
}

/** Sightings chance must predict before an absence says anything (an absence of three is one in twenty by chance). */
const MIN_EXPECTED = 3
/** The share of chance's sightings that edited text must show. */
const MIN_SEEN_SHARE = 0.05

/** The comparison keys of a word's neighbours in its sentence, where only white space separates them. */
export function neighboursOf(text: string, word: {start: number; end: number; sentence: {words: readonly {key: string; start: number; end: number}[]}}, index: number): Neighbours {
  const words = word.sentence.words
  const before = words[index - 1]
  const after = words[index + 1]
  return {
    previous: before && isSpace(text, before.end, word.start) ? before.key : NO_WORD,
    next: after && isSpace(text, word.end, after.start) ? after.key : NO_WORD
  }
}

function isSpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false
  }
  return true
}
