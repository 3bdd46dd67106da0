// How likely a period between two words is a real sentence boundary, from how
// edited text uses the word before it, the word after it, and the pair: the
// evidence stray-period weighs. The weights are fitted when the statistics are
// built (scripts/build-stats.ts) on real boundaries against periods put at
// random places inside sentences.
import {stripProclitics} from '../language/arabic.ts'
import {complementKind, looksLikeVerb, openerClass} from '../language/sentence-words.ts'
import {Col} from './columns.ts'
import {PairCol, type CorpusStats} from './corpus-stats.ts'
import {baseRate, logRate, pairPmi, pairRate} from './evidence.ts'
import {treeReaches, type TreeModel} from './trees.ts'

export interface BoundaryCase {
  /** Comparison key and written value of the word before the period. */
  before: string
  beforeValue: string
  after: string
  afterValue: string
  /** The word before `before` and the one after `after` in their clauses (keys), if any. */
  earlier?: string
  later?: string
  /** Words in the sentence before the period and in the one after it. */
  previousWords: number
  nextWords: number
  /** Whether the sentence before the period, and the one after it, have a verb or a predicate particle (hasPredicate). */
  previousHasPredicate: boolean
  nextHasPredicate: boolean
  /**
   * What stray-period's rules of thumb make of the period: the word before
   * needs its complement, the words after are a fragment of the sentence
   * before, or they read as a sentence of their own.
   */
  ruleOfThumb: 'complement' | 'fragment' | 'sentence' | undefined
  /** Whether the period is inside a quotation or reported speech (speech runs in short sentences). */
  quoted: boolean
}

const END = [Col.SentenceEnd, Col.ParagraphEnd, Col.TitleEnd, Col.OpenEnd] as const
const START = [Col.SentenceStart, Col.ParagraphStart] as const
const CLAUSE_END = [Col.ClauseEnd] as const
const CLAUSE_START = [Col.ClauseStart] as const

export const BOUNDARY_FEATURES = [
  'before ends a sentence',
  'after starts a sentence',
  'before ends a clause',
  'after starts a clause',
  'pair pmi',
  'pair count',
  'before count',
  'after count',
  'before stem ends a sentence',
  'after stem starts a sentence',
  'before needs a complement',
  'after is a connective',
  'after is a verb',
  'after is a preposition',
  'after is a noun',
  'before looks like a verb',
  'previous sentence length',
  'next sentence length',
  'pair before ends a sentence',
  'pair after starts a sentence',
  'previous sentence has a predicate',
  'next sentence has a predicate',
  'rules of thumb: needs a complement',
  'rules of thumb: a fragment',
  'rules of thumb: a sentence',
  'inside a quotation'
]

/** Corpus-wide rates, computed once per statistics object. */
const bases = new WeakMap<CorpusStats, number[]>()

function basesOf(stats: CorpusStats): number[] {
  let known = bases.get(stats)
  if (!known) bases.set(stats, (known = [END, START, CLAUSE_END, CLAUSE_START].map((columns) => baseRate(stats, columns))))
  return known
}

/**
 * The evidence about one period, as the model's features (in the order of
 * BOUNDARY_FEATURES), written into one typed array: each rate is worked out
 * once, and no list of numbers is built to be copied.
 */
export function boundaryFeatures(stats: CorpusStats, c: BoundaryCase): Float64Array {
  const [endBase, startBase, clauseEndBase, clauseStartBase] = basesOf(stats) as [number, number, number, number]
  const a = stats.wordRow(c.before)
  const b = stats.wordRow(c.after)
  const pair = stats.pair(c.before, c.after)
  const aStem = stripProclitics(c.before)
  const bStem = stripProclitics(c.after)
  const opener = openerClass(c.after, c.afterValue)
  const beforeEnds = logRate(a, END, endBase)
  const afterStarts = logRate(b, START, startBase)
  const x = new Float64Array(BOUNDARY_FEATURES.length)
  x[0] = beforeEnds
  x[1] = afterStarts
  x[2] = logRate(a, CLAUSE_END, clauseEndBase)
  x[3] = logRate(b, CLAUSE_START, clauseStartBase)
  x[4] = pairPmi(stats, pair, a[Col.Count]!, b[Col.Count]!)
  x[5] = Math.log1p(pair)
  x[6] = Math.log1p(a[Col.Count]!)
  x[7] = Math.log1p(b[Col.Count]!)
  x[8] = aStem === c.before ? beforeEnds : logRate(stats.wordRow(aStem), END, endBase)
  x[9] = bStem === c.after ? afterStarts : logRate(stats.wordRow(bStem), START, startBase)
  x[10] = complementKind(c.before, c.beforeValue) ? 1 : 0
  x[11] = opener === 'connective' || opener === 'circumstantial' ? 1 : 0
  x[12] = opener === 'verb' ? 1 : 0
  x[13] = opener === 'preposition' ? 1 : 0
  x[14] = opener === 'noun' ? 1 : 0
  x[15] = looksLikeVerb(c.before, c.beforeValue) ? 1 : 0
  x[16] = Math.log1p(c.previousWords)
  x[17] = Math.log1p(c.nextWords)
  x[18] = pairRate(stats, c.earlier, c.before, PairCol.SentenceEnd, beforeEnds)
  x[19] = pairRate(stats, c.after, c.later, PairCol.SentenceStart, afterStarts)
  x[20] = c.previousHasPredicate ? 1 : 0
  x[21] = c.nextHasPredicate ? 1 : 0
  x[22] = c.ruleOfThumb === 'complement' ? 1 : 0
  x[23] = c.ruleOfThumb === 'fragment' ? 1 : 0
  x[24] = c.ruleOfThumb === 'sentence' ? 1 : 0
  x[25] = c.quoted ? 1 : 0
  return x
}

export function boundaryModel(stats: CorpusStats): TreeModel | undefined {
  const model = stats.models.boundary as TreeModel | undefined
  return model?.kind === 'trees' && model.features.length === BOUNDARY_FEATURES.length ? model : undefined
}

/** Whether the probability that the period was put inside a sentence (not a real boundary) reaches the threshold (see treeReaches). */
export function isCutAt(stats: CorpusStats, model: TreeModel, c: BoundaryCase, threshold: number): boolean {
  return treeReaches(model, boundaryFeatures(stats, c), threshold)
}

export type BoundaryReason = 'pair' | 'end' | 'start'

/**
 * Which evidence is strongest, to say why in the message: the two words go
 * together, the first seldom ends a sentence, or the second seldom opens one
 * (each measured against an average word, on a log scale).
 */
export function strongestReason(stats: CorpusStats, c: BoundaryCase): BoundaryReason {
  const x = boundaryFeatures(stats, c)
  const [endBase, startBase] = basesOf(stats) as [number, number]
  const end = Math.log(endBase) - x[0]!
  const start = Math.log(startBase) - x[1]!
  const pair = x[4]!
  // A pair seen often and far more often than chance is the plainest reason (`رئيس الوزراء`).
  if (x[5]! >= Math.log1p(20) && pair >= 2) return 'pair'
  if (pair >= end && pair >= start) return 'pair'
  return end >= start ? 'end' : 'start'
}
