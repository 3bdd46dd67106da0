// Baselines: record today's findings so a CI gate fails only on new ones.
// A finding is matched by file, rule, message and the text of its line, never
// by line number, so an edit above it does not make it "new".
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {InputError} from './files.ts'

export interface BaselineEntry {
  path: string
  ruleId: string
  reason: string
  /** The trimmed text of the line the finding starts on. */
  line: string
  count: number
}

export interface Baseline {
  version: 1
  findings: BaselineEntry[]
}

function lineText(file: VFile, message: VFileMessage): string {
  const text = String(file.value)
  const place = message.place
  const offset = place && 'start' in place ? place.start.offset : place?.offset
  if (offset === undefined) return ''
  const start = text.lastIndexOf('\n', offset - 1) + 1
  let end = text.indexOf('\n', offset)
  if (end === -1) end = text.length
  return text.slice(start, end).trim()
}

function key(path: string, ruleId: string, reason: string, line: string): string {
  return JSON.stringify([path.split('\\').join('/'), ruleId, reason, line])
}

/** Counts findings file by file (a run streams its files), for `--write-baseline`. */
export class BaselineRecorder {
  private readonly counts = new Map<string, BaselineEntry>()

  add(file: VFile): void {
    for (const message of file.messages) {
      const entry = {path: file.path.split('\\').join('/'), ruleId: message.ruleId ?? '', reason: message.reason, line: lineText(file, message)}
      const k = key(entry.path, entry.ruleId, entry.reason, entry.line)
      const existing = this.counts.get(k)
      if (existing) existing.count++
      else this.counts.set(k, {...entry, count: 1})
    }
  }

  result(): Baseline {
    const findings = [...this.counts.values()].sort(
      (a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.line.localeCompare(b.line) || a.reason.localeCompare(b.reason)
    )
    return {version: 1, findings}
  }
}

export function createBaseline(files: VFile[]): Baseline {
  const recorder = new BaselineRecorder()
  for (const file of files) recorder.add(file)
  return recorder.result()
}

export function readBaseline(path: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(path, code ? `cannot read the baseline (${code})` : `the baseline is not JSON (${(error as Error).message})`)
  }
  const baseline = data as Baseline
  if (!baseline || baseline.version !== 1 || !Array.isArray(baseline.findings)) {
    throw new InputError(path, 'not a translint baseline (expected {"version": 1, "findings": [...]})')
  }
  return baseline
}

/**
 * A filter that removes the findings the baseline knows from each file it is
 * given (each entry absorbs up to `count` findings); returns how many it removed.
 */
export function baselineFilter(baseline: Baseline): (file: VFile) => number {
  const budget = new Map<string, number>()
  for (const entry of baseline.findings) {
    const k = key(entry.path, entry.ruleId, entry.reason, entry.line)
    budget.set(k, (budget.get(k) ?? 0) + entry.count)
  }
  return (file) => {
    const before = file.messages.length
    file.messages = file.messages.filter((message) => {
      const k = key(file.path, message.ruleId ?? '', message.reason, lineText(file, message))
      const left = budget.get(k) ?? 0
      if (left === 0) return true
      budget.set(k, left - 1)
      return false
    })
    return before - file.messages.length
  }
}

/** Remove the findings the baseline knows from these files. */
export function applyBaseline(files: VFile[], baseline: Baseline): number {
  const filter = baselineFilter(baseline)
  return files.reduce((n, file) => n + filter(file), 0)
}
