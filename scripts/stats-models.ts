// Fitting the models of the statistics file. Examples are real text run
// through the rule's own code (the candidates and evidence stray-period sees),
// from articles the counts were NOT taken from, so a rare pair does not vouch
// for itself.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {ParseArabic} from '../src/parser/parse-arabic.ts'
import {getDocument, lastContentParagraph, type ParagraphInfo} from '../src/engine/document.ts'
import {BOUNDARY_FEATURES, boundaryFeatures} from '../src/stats/boundary.ts'
import type {CorpusStats} from '../src/stats/corpus-stats.ts'
import {fitTrees, treeProbability, type TreeModel} from '../src/stats/trees.ts'
import {boundaryCase, periodCandidates, type PeriodCandidate} from '../rules/stray-period.ts'
import {endingCase, endsOpen, positions, type Position} from '../rules/truncated-sentence.ts'
import {ENDING_FEATURES, endingFeatures} from '../src/stats/ending.ts'

export interface Article {
  title?: string
  text: string
}

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

/** A place where a period may go: a space between two Arabic letters. */
const INSIDE = /(?<=[\u0621-\u064A]) (?=[\u0621-\u064A])/gu

export interface Example {
  x: Float64Array
  /** 1: a period put inside a sentence; 0: a real boundary. */
  y: number
  /** A real boundary inside a paragraph of the text (not two paragraphs joined). */
  internal: boolean
  /** The words around the period, to read. */
  shown: string
}

export interface ExampleSet {
  /** Periods the model decides (the rules of thumb have no sure answer). */
  examples: Example[]
  /** Periods put inside sentences, and real boundaries inside paragraphs (the sure ones included). */
  inserted: number
  real: number
}

function parse(text: string) {
  return getDocument(new ParseArabic().parse(text), text)
}

function show(text: string, c: PeriodCandidate): string {
  return text.slice(Math.max(0, c.period - 30), c.period + 30).replace(/\n/g, ' ')
}

/**
 * Real boundaries (the periods inside paragraphs, and the boundary made by
 * joining a paragraph to the next one) and periods put at random places
 * inside sentences (one per paragraph), each as stray-period sees it.
 */
export function boundaryExamples(articles: Article[], stats: CorpusStats, seed: number): ExampleSet {
  const next = random(seed)
  const set: ExampleSet = {examples: [], inserted: 0, real: 0}
  const add = (text: string, c: PeriodCandidate, y: number, internal: boolean) => {
    if (y === 1) set.inserted++
    else if (internal) set.real++
    // A sure boundary is never the model's to judge.
    if (c.verdict === 'sure') return
    set.examples.push({x: boundaryFeatures(stats, boundaryCase(text, c)), y, internal, shown: show(text, c)})
  }
  for (const article of articles) {
    const text = article.title ? `${article.title}\n\n${article.text}` : article.text
    const doc = parse(text)
    const last = lastContentParagraph(doc)
    doc.paragraphs.forEach((paragraph, index) => {
      for (const c of periodCandidates(text, paragraph, paragraph === last)) add(text, c, 0, true)
      const line = paragraph.text
      // Joined to the next paragraph: a real boundary between two sentences.
      const following = doc.paragraphs[index + 1]
      if (following && /[\u0621-\u064A]\.$/u.test(line) && /^[\u0621-\u064A]/u.test(following.text)) {
        const joined = `${line} ${following.text}`
        const model = parse(joined)
        for (const c of periodCandidates(joined, model.paragraphs[0]!, false)) if (c.period === line.length - 1) add(joined, c, 0, false)
      }
      // A period put at a random place inside a sentence of the paragraph.
      const places = [...line.matchAll(INSIDE)].map((m) => m.index!)
      if (places.length === 0) return
      const at = places[Math.floor(next() * places.length)]!
      const cut = `${line.slice(0, at)}.${line.slice(at)}`
      const model = parse(cut)
      for (const c of periodCandidates(cut, model.paragraphs[0]!, false)) if (c.period === at) add(cut, c, 1, false)
    })
  }
  return set
}

export interface ModelReport {
  model: TreeModel
  lines: string[]
}

/**
 * Fit on half the examples; on the other half, set the threshold at the share
 * of real boundaries inside paragraphs the model may flag, and report recall
 * at a few such shares (shares of all of them, the sure ones included).
 */
export function fitBoundaryModel(set: ExampleSet, maxFalseRate: number, strictFalseRate: number, seed: number): ModelReport {
  const next = random(seed)
  const fit: Example[] = []
  const held: Example[] = []
  for (const e of set.examples) (next() < 0.5 ? fit : held).push(e)
  const fitted = fitTrees(
    fit.map((e) => e.x),
    Uint8Array.from(fit.map((e) => e.y))
  )
  const model: TreeModel = {...fitted, features: BOUNDARY_FEATURES, threshold: 1, strictThreshold: 1}
  const realScores = held.filter((e) => e.y === 0 && e.internal).map((e) => treeProbability(model, e.x)).sort((a, b) => b - a)
  const cutScores = held.filter((e) => e.y === 1).map((e) => treeProbability(model, e.x))
  // Shares over all real boundaries and all inserted periods (the rules of thumb's own findings included).
  const heldShare = held.filter((e) => e.y === 1).length / Math.max(1, set.examples.filter((e) => e.y === 1).length)
  const realHeld = set.real * heldShare
  const insertedHeld = set.inserted * heldShare
  const thresholdAt = (rate: number) => realScores[Math.floor(rate * realHeld)] ?? 1
  const lines = [`boundary model: ${fit.length} examples fitted, ${held.length} held out; ${set.inserted} periods put inside sentences, ${set.real} real boundaries inside paragraphs`]
  for (const rate of [0.002, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.06]) {
    const t = thresholdAt(rate)
    const found = cutScores.filter((p) => p >= t).length
    lines.push(`  real boundaries flagged ${(rate * 100).toFixed(1)}%: threshold ${t.toFixed(4)}, inserted periods found ${((100 * found) / insertedHeld).toFixed(1)}%`)
  }
  model.threshold = thresholdAt(maxFalseRate)
  model.strictThreshold = thresholdAt(strictFalseRate)
  return {model, lines}
}

/** The examples the model gets wrong at its threshold, to read (development aid). */
export function misses(set: {examples: Example[]}, model: TreeModel, count: number): string[] {
  const wrong = set.examples.filter((e) => (treeProbability(model, e.x) >= model.threshold ? 1 : 0) !== e.y)
  const out: string[] = []
  for (const y of [0, 1]) {
    for (const e of wrong.filter((e) => e.y === y).slice(0, count)) {
      out.push(`${y ? 'missed' : 'false '} p=${treeProbability(model, e.x).toFixed(3)}  …${e.shown}…`)
    }
  }
  return out
}

/**
 * Paragraphs that stop without a final mark, as truncated-sentence sees them:
 * real ones (headings, bylines, sentences whose mark was left off: y = 0) and
 * paragraphs cut at a random word, or inside one (y = 1).
 */
export function endingExamples(articles: Article[], stats: CorpusStats, seed: number): {examples: Example[]; natural: number} {
  const next = random(seed)
  const examples: Example[] = []
  let natural = 0
  const add = (text: string, paragraph: ParagraphInfo, y: number, internal: boolean, position: Position) => {
    if (!endsOpen(text, paragraph)) return
    const c = endingCase(text, paragraph, position)
    // The threshold is set on real unmarked lines other than titles (sub-headings, bylines, lists): titles are easy.
    examples.push({x: endingFeatures(stats, c), y, internal: internal && !c.first, shown: text.slice(Math.max(paragraph.start, paragraph.end - 60), paragraph.end).replace(/\n/g, ' ')})
    if (internal) natural++
  }
  for (const article of articles) {
    const text = article.title ? `${article.title}\n\n${article.text}` : article.text
    const doc = parse(text)
    const content = doc.paragraphs.filter((p) => p.sentences.some((s) => s.words.length > 0))
    const placed = positions(doc)
    content.forEach((paragraph, index) => {
      const position = placed.get(paragraph)!
      // A real paragraph without a final mark: a heading, a byline, a caption.
      add(text, paragraph, 0, true, position)
      const line = paragraph.text.replace(/\s+$/u, '')
      const marked = /[.!?؟]["'»”’)\]]*$/u.exec(line)
      if (!marked || index === 0) return
      const words = [...line.matchAll(/\S+/gu)]
      if (words.length < 4) return
      // The same sentence with its mark left off: complete, not cut.
      if (next() < 0.5) {
        const bare = line.slice(0, marked.index)
        add(bare, parse(bare).paragraphs[0]!, 0, false, position)
      }
      // Cut after a random word (leaving at least one), sometimes inside the next word.
      const k = 1 + Math.floor(next() * (words.length - 1))
      let end = words[k - 1]!.index! + words[k - 1]![0].length
      const following = words[k]!
      if (next() < 0.2 && following[0].length > 3) end = following.index! + 2 + Math.floor(next() * (following[0].length - 3))
      const cut = line.slice(0, end)
      const model = parse(cut)
      if (model.paragraphs[0]) add(cut, model.paragraphs[0], 1, false, position)
    })
  }
  return {examples, natural}
}

/** Fit the ending model; the threshold is set on the real unmarked paragraphs of the held-out half. */
export function fitEndingModel(set: {examples: Example[]}, maxFalseRate: number, lastFalseRate: number, seed: number): ModelReport {
  const next = random(seed)
  const fit: Example[] = []
  const held: Example[] = []
  for (const e of set.examples) (next() < 0.5 ? fit : held).push(e)
  const model: TreeModel = {...fitTrees(fit.map((e) => e.x), Uint8Array.from(fit.map((e) => e.y))), features: ENDING_FEATURES, threshold: 1, strictThreshold: 1}
  const real = held.filter((e) => e.y === 0 && e.internal).map((e) => treeProbability(model, e.x)).sort((a, b) => b - a)
  const bare = held.filter((e) => e.y === 0 && !e.internal).map((e) => treeProbability(model, e.x))
  const cut = held.filter((e) => e.y === 1).map((e) => treeProbability(model, e.x))
  const thresholdAt = (rate: number) => real[Math.floor(rate * real.length)] ?? 1
  const lines = [`ending model: ${fit.length} examples fitted, ${held.length} held out (${real.length} real unmarked paragraphs, ${bare.length} sentences with the mark left off, ${cut.length} cut paragraphs)`]
  for (const rate of [0.005, 0.01, 0.02, 0.03, 0.05, 0.1]) {
    const t = thresholdAt(rate)
    const share = (scores: number[]) => ((100 * scores.filter((p) => p >= t).length) / Math.max(1, scores.length)).toFixed(1)
    lines.push(`  real unmarked paragraphs flagged ${(rate * 100).toFixed(1)}%: threshold ${t.toFixed(4)}, cut paragraphs found ${share(cut)}%, unmarked sentences flagged ${share(bare)}%`)
  }
  // The last paragraph of a document: real unmarked ones are bylines, sources and tags.
  const lastLine = ENDING_FEATURES.indexOf('last line')
  const realLast = held.filter((e) => e.y === 0 && e.internal && e.x[lastLine] === 1).map((e) => treeProbability(model, e.x)).sort((a, b) => b - a)
  const cutLast = held.filter((e) => e.y === 1 && e.x[lastLine] === 1).map((e) => treeProbability(model, e.x))
  for (const rate of [0.02, 0.05, 0.1, 0.2]) {
    const t = realLast[Math.floor(rate * realLast.length)] ?? 1
    lines.push(`  last paragraphs (${realLast.length} real unmarked, ${cutLast.length} cut): ${(rate * 100).toFixed(0)}% flagged at ${t.toFixed(4)}, cut found ${((100 * cutLast.filter((p) => p >= t).length) / Math.max(1, cutLast.length)).toFixed(1)}%`)
  }
  model.threshold = thresholdAt(maxFalseRate)
  model.strictThreshold = model.threshold
  // Few documents end on a paragraph without a final mark (bylines, sources): a document's last
  // paragraph is held to a lower bar, the one that flags 10% of those few.
  model.lastThreshold = Math.min(model.threshold, realLast[Math.floor(lastFalseRate * realLast.length)] ?? 1)
  return {model, lines}
}
