// How likely a paragraph that stops without a final mark was cut off, from
// how edited text uses its last word (does it end sentences, headings,
// bylines?), the last two words together, and the paragraph's shape: the
// evidence truncated-sentence weighs. Fitted when the statistics are built
// (scripts/stats-models.ts) on real unmarked paragraphs (headings, bylines,
// complete sentences whose mark was left off) against paragraphs cut at
// random places.
import {Col} from './columns.ts'
import {PairCol, type CorpusStats} from './corpus-stats.ts'
import {baseRate, logRate, pairRate} from './evidence.ts'
import {treeReaches, type TreeModel} from './trees.ts'

export interface EndingCase {
  /** Comparison key of the last word, and of the word before it in the same clause (if any). */
  last: string
  previous?: string
  /** Words in the paragraph. */
  words: number
  /** Whether the paragraph has a verb or a predicate particle (hasPredicate). */
  hasPredicate: boolean
  /** Whether it has a comma, semicolon or colon (prose rather than a heading). */
  hasClauseBreak: boolean
  /** Whether its first word carries the conjunction `و`/`ف` (prose goes on; headings rarely open so). */
  opensWithConjunction: boolean
  /** Whether it is the document's first line (a title) and whether it is the last one. */
  first: boolean
  lastInDocument: boolean
  /** Whether the paragraphs before and after it end with a final mark (false when there is none). */
  previousMarked: boolean
  nextMarked: boolean
  /** Whether the last word is made of Arabic letters. */
  arabic: boolean
}

const SENTENCE_END = [Col.SentenceEnd, Col.ParagraphEnd] as const
const LINE_END = [Col.TitleEnd, Col.OpenEnd] as const
const CLAUSE_END = [Col.ClauseEnd] as const

export const ENDING_FEATURES = [
  'last word ends a sentence',
  'last word ends a heading or line',
  'last word ends a clause',
  'last pair ends a sentence',
  'last word count',
  'last pair count',
  'paragraph length',
  'has a predicate',
  'has a clause break',
  'opens with a conjunction',
  'first line',
  'last line',
  'arabic word',
  'previous paragraph marked',
  'next paragraph marked'
]

const bases = new WeakMap<CorpusStats, number[]>()

function basesOf(stats: CorpusStats): number[] {
  let known = bases.get(stats)
  if (!known) bases.set(stats, (known = [SENTENCE_END, LINE_END, CLAUSE_END].map((columns) => baseRate(stats, columns))))
  return known
}

export function endingFeatures(stats: CorpusStats, c: EndingCase): Float64Array {
  const [sentenceBase, lineBase, clauseBase] = basesOf(stats) as [number, number, number]
  const row = stats.wordRow(c.last)
  const ends = logRate(row, SENTENCE_END, sentenceBase)
  // Written into one typed array (in the order of ENDING_FEATURES), not built as a list and copied.
  const x = new Float64Array(ENDING_FEATURES.length)
  x[0] = ends
  x[1] = logRate(row, LINE_END, lineBase)
  x[2] = logRate(row, CLAUSE_END, clauseBase)
  x[3] = pairRate(stats, c.previous, c.last, PairCol.SentenceEnd, ends)
  x[4] = Math.log1p(row[Col.Count]!)
  x[5] = c.previous === undefined ? 0 : Math.log1p(stats.pair(c.previous, c.last))
  x[6] = Math.log1p(c.words)
  x[7] = c.hasPredicate ? 1 : 0
  x[8] = c.hasClauseBreak ? 1 : 0
  x[9] = c.opensWithConjunction ? 1 : 0
  x[10] = c.first ? 1 : 0
  x[11] = c.lastInDocument ? 1 : 0
  x[12] = c.arabic ? 1 : 0
  x[13] = c.previousMarked ? 1 : 0
  x[14] = c.nextMarked ? 1 : 0
  return x
}

export function endingModel(stats: CorpusStats): TreeModel | undefined {
  const model = stats.models.ending as TreeModel | undefined
  return model?.kind === 'trees' && model.features.length === ENDING_FEATURES.length ? model : undefined
}

/** Whether the probability that the paragraph was cut off reaches the threshold (see treeReaches). */
export function isTruncatedAt(stats: CorpusStats, model: TreeModel, c: EndingCase, threshold: number): boolean {
  return treeReaches(model, endingFeatures(stats, c), threshold)
}
