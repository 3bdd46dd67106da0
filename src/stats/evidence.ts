// Rates from counts, smoothed toward what is usual for any word: a word seen
// a few times says little, a word never seen says nothing, and both then read
// as the corpus-wide rate instead of 0 or 1.
import {Col, WORD_COLUMNS} from './columns.ts'
import {PairCol, type CorpusStats} from './corpus-stats.ts'

/** How many occurrences a word needs before its own rate outweighs the corpus-wide one. */
export const PRIOR_WEIGHT = 4

/** The corpus-wide rate of a use (columns of WORD_COLUMNS) among all words. */
export function baseRate(stats: CorpusStats, columns: readonly Col[]): number {
  let used = 0
  for (const column of columns) used += stats.totals[WORD_COLUMNS[column]!] ?? 0
  return Math.max(used, 1) / Math.max(stats.totals.count ?? stats.totals.words ?? 1, 1)
}

/** log of a word's smoothed rate of a use, from its row of counts (CorpusStats.wordRow). */
export function logRate(row: Float64Array, columns: readonly Col[], base: number): number {
  let used = 0
  for (const column of columns) used += row[column]!
  return Math.log((used + PRIOR_WEIGHT * base) / (row[Col.Count]! + PRIOR_WEIGHT))
}

/**
 * Pointwise mutual information of two adjacent words: how much more often `b`
 * follows `a` than it would by chance. P(b | a) is smoothed toward P(b), so a
 * pair of rare words says nothing (about 0) and a frequent word never followed
 * by `b` says they do not go together (below 0).
 */
export function pairPmi(stats: CorpusStats, pairCount: number, aCount: number, bCount: number): number {
  const total = Math.max(stats.totals.words ?? 1, 1)
  const pB = (bCount + 1) / total
  return Math.log((pairCount + PRIOR_WEIGHT * pB) / (aCount + PRIOR_WEIGHT)) - Math.log(pB)
}

/**
 * log of how often a pair ends (or starts) a sentence, smoothed toward the
 * rate of its word next to the period (`logWordRate`): `رئيس الوزراء` ends
 * sentences though `الوزراء` alone says less.
 */
export function pairRate(stats: CorpusStats, a: string | undefined, b: string | undefined, column: PairCol, logWordRate: number): number {
  if (a === undefined || b === undefined) return logWordRate
  const count = stats.pair(a, b)
  if (count === 0) return logWordRate
  return Math.log((stats.pair(a, b, column) + PRIOR_WEIGHT * Math.exp(logWordRate)) / (count + PRIOR_WEIGHT))
}
