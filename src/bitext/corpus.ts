// Corpus mode: parallel data scored pair by pair. `translint --format jsonl`
// over a TSV prints one JSON line per pair with its findings and a score from
// 0 to 1 that ranks pairs by how likely they are broken, so a data pipeline
// can drop or review the worst instead of applying fixed filters. A TSV is
// read as a stream, in batches of pairs, so a file of millions of pairs takes
// the memory of one batch.
import {createReadStream} from 'node:fs'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {registry} from '../engine/registry.ts'
import {lintSync, severityOf, type LintOptions} from '../engine/processor.ts'
import type {RuleSettings} from '../engine/types.ts'

/**
 * How much one finding of a rule says that a pair is broken (0 to 1). A
 * pair's score is 1 − Π(1 − weight) over its findings: one strong finding
 * ranks a pair above many cosmetic ones. Document rules count by kind.
 */
export const WEIGHTS: Record<string, number> = {
  'parse-error': 1,
  untranslated: 0.95,
  'placeholder-mismatch': 0.9,
  'number-mismatch': 0.7,
  'sentence-count': 0.6,
  'length-ratio': 0.45,
  'url-mismatch': 0.6,
  'untranslated-words': 0.3,
  terminology: 0.3,
  'bracket-mismatch': 0.25,
  'end-punctuation': 0.1,
  'truncated-sentence': 0.35,
  'duplicated-phrase': 0.35,
  'stray-period': 0.2,
  'mixed-script': 0.2,
  boilerplate: 0.2
}
const BY_KIND: Record<string, number> = {artefact: 0.15, typography: 0.02, orthography: 0.02, style: 0.01}

export function weightOf(ruleId: string | null | undefined): number {
  if (!ruleId) return 0
  return WEIGHTS[ruleId] ?? BY_KIND[registry.get(ruleId)?.category ?? ''] ?? 0.05
}

/** The score of a pair from its findings. */
export function scoreOf(messages: VFileMessage[]): number {
  let clean = 1
  for (const message of messages) clean *= 1 - weightOf(message.ruleId)
  return Math.round((1 - clean) * 1000) / 1000
}

/**
 * Rules that compare the segments of a file with each other: in a corpus the
 * pairs are independent, so they are off (`inconsistent-translation`,
 * `same-target`, and the document rules that keep to one spelling, one name
 * or one digit system across a document).
 */
export const ACROSS_PAIRS = ['inconsistent-translation', 'same-target', 'spelling-consistency', 'org-name-consistency', 'mixed-digits']

export function corpusRules(rules: RuleSettings): RuleSettings {
  const result = {...rules}
  for (const id of ACROSS_PAIRS) if (result[id]) result[id] = ['off', result[id]![1]]
  // A ranking uses weaker evidence than a report to a translator: length
  // ratios from 2.5 standard deviations (4 by default) count.
  const ratio = result['length-ratio']
  if (ratio && ratio[0] !== 'off' && ratio[1].threshold === undefined) result['length-ratio'] = [ratio[0], {...ratio[1], threshold: CORPUS_RATIO_THRESHOLD}]
  return result
}

export const CORPUS_RATIO_THRESHOLD = 2.5

interface Finding {
  ruleId: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
  actual: string | null
  expected: string[] | null
}

function findingOf(message: VFileMessage, lineShift: number): Finding {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  return {
    ruleId: message.ruleId ?? null,
    severity: severityOf(message),
    reason: message.reason,
    line: start?.line === undefined ? null : start.line + lineShift,
    column: start?.column ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null
  }
}

/**
 * One JSON line per segment of a linted bilingual file: `{path, segment,
 * line, score, findings}`, every segment, clean ones with score 0.
 */
export function corpusLines(file: VFile, lineShift = 0): string {
  const segments = (file.data.bitextSegments as {id: string; line: number}[] | undefined) ?? []
  const bySegment = new Map<string, VFileMessage[]>()
  const unplaced: VFileMessage[] = []
  for (const message of file.messages) {
    if (message.segment === undefined) unplaced.push(message)
    else {
      let list = bySegment.get(message.segment)
      if (!list) bySegment.set(message.segment, (list = []))
      list.push(message)
    }
  }
  let out = ''
  // A file that could not be read: one line with its error.
  if (unplaced.length > 0 && segments.length === 0) {
    return JSON.stringify({path: file.path, segment: null, line: null, score: scoreOf(unplaced), findings: unplaced.map((m) => findingOf(m, lineShift))}) + '\n'
  }
  for (const segment of segments) {
    const messages = bySegment.get(segment.id) ?? []
    out += JSON.stringify({path: file.path, segment: segment.id, line: segment.line + lineShift, score: scoreOf(messages), findings: messages.map((m) => findingOf(m, lineShift))}) + '\n'
  }
  return out
}

/** Pairs linted together: enough to amortise a document's fixed cost, few enough to bound memory. */
export const BATCH = 2000

export interface CorpusOptions extends Pick<LintOptions, 'rules' | 'settings'> {
  /** Path shown in the records. */
  path: string
  write: (text: string) => void
  /** Pairs per batch (default BATCH). */
  batch?: number
}

/**
 * Lint a TSV read as a stream (a file path or a readable), batch by batch,
 * writing one line per pair as each batch is done. Returns the number of
 * pairs, errors and warnings.
 */
export async function streamCorpus(input: string | Readable, options: CorpusOptions): Promise<{pairs: number; errors: number; warnings: number}> {
  const stream = typeof input === 'string' ? createReadStream(input, {encoding: 'utf8'}) : input
  const lines = process.getBuiltinModule('node:readline').createInterface({input: stream, crlfDelay: Infinity})
  let header: string | undefined
  let batch: string[] = []
  let firstLine = 2
  let pairs = 0
  let errors = 0
  let warnings = 0
  const rules = corpusRules(options.rules as RuleSettings)
  // `force`: lint even an empty batch, so a file with no pairs (or no header) still says so.
  const flush = (force = false) => {
    if (batch.length === 0 && !force) return
    const file = new VFile({path: options.path, value: `${header}\n${batch.join('\n')}\n`})
    // Every finding of every pair: they score the pairs (a batch is short, so they are few).
    lintSync(file, {rules, settings: options.settings, format: 'tsv', maxFindingsPerRule: Infinity})
    // The batch's line 2 is the file's line `firstLine`.
    options.write(corpusLines(file, firstLine - 2))
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
    pairs += (file.data.bitextSegments as unknown[] | undefined)?.length ?? 0
    firstLine += batch.length
    batch = []
  }
  for await (const line of lines) {
    if (header === undefined) {
      header = line.replace(/^\uFEFF/, '')
      continue
    }
    batch.push(line)
    if (batch.length >= (options.batch ?? BATCH)) flush()
  }
  if (header === undefined) header = ''
  flush(pairs === 0)
  return {pairs, errors, warnings}
}
