// `--format json`: one array, one entry per file, the shape eval/score.mjs reads.
import {isAbsolute, relative} from 'node:path'
import type {VFile} from 'vfile'
import type {ConfigProblem} from '../config/load.ts'
import type {VFileMessage} from 'vfile-message'
import {severityOf} from '../engine/processor.ts'
import {corpusLines} from '../bitext/corpus.ts'
import {hiddenBy} from '../engine/findings-limit.ts'

export interface JsonMessage {
  ruleId: string | null
  source: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  offset: number | null
  endOffset: number | null
  actual: string | null
  expected: string[] | null
  url: string | null
  /** The segment of a bilingual file (XLIFF id, PO msgctxt|msgid, TMX tuid, TSV/CSV id or row); absent for documents. */
  segment?: string
  /** A closing message: how many more findings of its rule the file has, not shown (see findings-limit.ts). */
  hidden?: number
}

export function messageToJson(message: VFileMessage): JsonMessage {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  return {
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    severity: severityOf(message),
    reason: message.reason,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end?.line ?? start?.line ?? null,
    endColumn: end?.column ?? start?.column ?? null,
    offset: start?.offset ?? null,
    endOffset: end?.offset ?? start?.offset ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    url: message.url ?? null,
    ...(message.segment === undefined ? {} : {segment: message.segment}),
    ...(hiddenBy(message) > 0 ? {hidden: hiddenBy(message)} : {})
  }
}

export function jsonEntry(file: VFile): {path: string; messages: JsonMessage[]} {
  return {path: file.path, messages: file.messages.map(messageToJson)}
}

export function json(files: VFile[]): string {
  return JSON.stringify(files.map(jsonEntry)) + '\n'
}

/**
 * `--format jsonl`: one JSON line per file, the same entry as in `json`; for
 * a bilingual file, one line per segment with its findings and a score
 * (corpus mode, src/bitext/corpus.ts).
 */
export function jsonl(files: VFile[]): string {
  return files.map((file) => (file.data.bitextSegments ? corpusLines(file) : JSON.stringify(jsonEntry(file)) + '\n')).join('')
}

/**
 * A config that cannot be used, in the shape of a report (`--format json` or
 * `jsonl`): one entry per config file (or `--rule`), an error message per
 * problem with its key path and, for broken JSON, its line and column.
 */
export function configProblemsJson(problems: readonly ConfigProblem[], cwd: string, format: 'json' | 'jsonl'): string {
  const byFile = new Map<string, (JsonMessage & {keyPath: string})[]>()
  for (const problem of problems) {
    const path = isAbsolute(problem.file) ? relative(cwd, problem.file) || problem.file : problem.file
    const messages = byFile.get(path) ?? []
    byFile.set(path, messages)
    messages.push({
      ruleId: null,
      source: 'translint',
      severity: 'error',
      reason: problem.keyPath ? `${problem.keyPath}: ${problem.detail}` : problem.detail,
      keyPath: problem.keyPath,
      line: problem.line ?? null,
      column: problem.column ?? null,
      endLine: problem.line ?? null,
      endColumn: problem.column ?? null,
      offset: null,
      endOffset: null,
      actual: null,
      expected: null,
      url: null
    })
  }
  const entries = [...byFile].map(([path, messages]) => ({path, messages}))
  return format === 'json' ? JSON.stringify(entries) + '\n' : entries.map((entry) => JSON.stringify(entry) + '\n').join('')
}
