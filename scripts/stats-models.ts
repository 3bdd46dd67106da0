// Fitting the models of the statistics file: examples come from documents the
// counts were NOT taken from, so a rare pair does not vouch for itself.
import {BOUNDARY_FEATURES, boundaryFeatures, type BoundaryCase} from '../src/stats/boundary.ts'
import type {CorpusStats} from '../src/stats/corpus-stats.ts'
import {fitTrees, treeProbability, type TreeModel} from '../src/stats/trees.ts'
import {Gap, type TokenCorpus} from '../src/stats/tokens.ts'
import {hasPredicate} from '../src/language/sentence-words.ts'

const ARABIC_START = /^[\u0621-\u064A]/u

/** A small seeded generator (mulberry32), so a build is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Example {
  x: Float64Array
  y: number
  case: BoundaryCase
  internal?: boolean
}

/** Real boundaries (y = 0) and periods put between two words of a sentence (y = 1). */
export function boundaryExamples(corpus: TokenCorpus, stats: CorpusStats, docs: number[], seed: number): Example[] {
  const next = random(seed)
  const keys = corpus.keys.values
  const forms = corpus.forms.values
  const examples: Example[] = []
  for (const d of docs) {
    const doc = corpus.documents[d]!
    const n = doc.length / 3
    // Sentence spans: a sentence ends at a word whose gap is Sentence or more.
    let start = 0
    const sentences: Array<[number, number]> = []
    for (let i = 0; i < n; i++) {
      if (doc[i * 3 + 2]! >= Gap.Sentence) {
        sentences.push([start, i + 1])
        start = i + 1
      }
    }
    const real: Example[] = []
    const cut: Example[] = []
    for (let s = 0; s < sentences.length; s++) {
      const [from, to] = sentences[s]!
      const last = to - 1
      const predicate = (a: number, b: number): boolean => {
        const ks: string[] = []
        const vs: string[] = []
        for (let k = a; k < b; k++) {
          ks.push(keys[doc[k * 3]!]!)
          vs.push(forms[doc[k * 3 + 1]!]!)
        }
        return hasPredicate(ks, vs)
      }
      const make = (i: number, previousWords: number, nextWords: number, y: number, nextEnd: number): Example | undefined => {
        const before = keys[doc[i * 3]!]!
        const after = keys[doc[(i + 1) * 3]!]!
        if (!ARABIC_START.test(before) || !ARABIC_START.test(after)) return
        const c: BoundaryCase = {
          earlier: i > 0 && doc[(i - 1) * 3 + 2] === Gap.Space ? keys[doc[(i - 1) * 3]!] : undefined,
          later: i + 2 < n && doc[(i + 1) * 3 + 2] === Gap.Space ? keys[doc[(i + 2) * 3]!] : undefined,
          before,
          beforeValue: forms[doc[i * 3 + 1]!]!,
          after,
          afterValue: forms[doc[(i + 1) * 3 + 1]!]!,
          previousWords,
          nextWords,
          previousHasPredicate: predicate(i + 1 - previousWords, i + 1),
          nextHasPredicate: predicate(i + 1, nextEnd)
        }
        return {x: boundaryFeatures(stats, c), y, case: c}
      }
      const gapAfter = doc[last * 3 + 2]!
      // Paragraph boundaries teach the model too (they outnumber the boundaries
      // inside paragraphs in news); thresholds are read on the inside ones only.
      if ((gapAfter === Gap.Sentence || gapAfter === Gap.Paragraph) && s + 1 < sentences.length) {
        const [nextFrom, nextTo] = sentences[s + 1]!
        const e = make(last, to - from, nextTo - nextFrom, 0, nextTo)
        if (e) real.push({...e, internal: gapAfter === Gap.Sentence})
      }
      // One random place inside the sentence where only a space separates two words.
      const inside: number[] = []
      for (let i = from; i < last; i++) if (doc[i * 3 + 2] === Gap.Space) inside.push(i)
      if (inside.length > 0) {
        const i = inside[Math.floor(next() * inside.length)]!
        const e = make(i, i + 1 - from, to - i - 1, 1, to)
        if (e) cut.push(e)
      }
    }
    examples.push(...real, ...cut)
  }
  return examples
}

export interface ModelReport {
  model: TreeModel
  lines: string[]
}

/**
 * Fit on half the examples, pick the threshold on the other half at the share
 * of real boundaries the rule may flag, and report recall at a few such shares.
 */
export function fitBoundaryModel(examples: Example[], maxFalseRate: number, strictFalseRate: number, seed: number): ModelReport {
  const next = random(seed)
  const fit: Example[] = []
  const held: Example[] = []
  for (const e of examples) (next() < 0.5 ? fit : held).push(e)
  const fitted = fitTrees(
    fit.map((e) => e.x),
    Uint8Array.from(fit.map((e) => e.y))
  )
  const model: TreeModel = {...fitted, features: BOUNDARY_FEATURES, threshold: 1, strictThreshold: 1}
  const realScores = held.filter((e) => e.y === 0 && e.internal).map((e) => treeProbability(model, e.x)).sort((a, b) => b - a)
  const cutScores = held.filter((e) => e.y === 1).map((e) => treeProbability(model, e.x))
  const thresholdAt = (rate: number) => realScores[Math.floor(rate * realScores.length)] ?? 1
  const lines = [`boundary model: ${fit.length} examples fitted, ${held.length} held out (${realScores.length} real boundaries, ${cutScores.length} inserted periods)`]
  for (const rate of [0.002, 0.005, 0.01, 0.015, 0.02, 0.05, 0.06, 0.1]) {
    const t = thresholdAt(rate)
    const recall = cutScores.filter((p) => p > t).length / cutScores.length
    lines.push(`  real boundaries flagged ${(rate * 100).toFixed(1)}%: threshold ${t.toFixed(4)}, inserted periods found ${(recall * 100).toFixed(1)}%`)
  }
  model.threshold = thresholdAt(maxFalseRate)
  model.strictThreshold = thresholdAt(strictFalseRate)
  return {model, lines}
}

/** Examples the model gets wrong at its threshold, to read (development aid). */
export function misses(examples: Example[], model: TreeModel, count: number, seed: number): string[] {
  const next = random(seed)
  const all = examples.filter((e) => (treeProbability(model, e.x) >= model.threshold ? 1 : 0) !== e.y)
  const wrong = all.filter((e) => e.y === 1)
  const out: string[] = []
  for (const e of all.filter((e) => e.y === 0)) {
    const c = e.case
    out.push(`false cut   ${c.earlier ?? ''} ${c.beforeValue} . ${c.afterValue} ${c.later ?? ''}  (p=${treeProbability(model, e.x).toFixed(4)}, ${c.previousWords}/${c.nextWords} words)`)
  }
  for (let i = 0; i < count && wrong.length > 0; i++) {
    const e = wrong.splice(Math.floor(next() * wrong.length), 1)[0]!
    const c = e.case
    out.push(`${e.y ? 'missed cut ' : 'false cut  '} ${c.earlier ?? ''} ${c.beforeValue} . ${c.afterValue} ${c.later ?? ''}  (p=${treeProbability(model, e.x).toFixed(4)}, ${c.previousWords}/${c.nextWords} words)`)
  }
  return out
}
