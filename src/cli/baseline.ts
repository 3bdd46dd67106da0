// Baselines: record today's findings so a CI gate fails only on new ones.
//
// A finding is known by its file, its rule and a fingerprint of where it
// stands: the text it covers and a few words on each side, normalised and
// kept inside its sentence. Line numbers and whole lines are left out on
// purpose: in plain text a line is a whole paragraph, so an edit anywhere in
// the paragraph (or a fix of a neighbouring finding) would make every finding
// on it look new. Equal fingerprints in one file are counted, so a second copy
// of a known finding is new. The file stores hashes, not the document's text.
//
// Version 1 baselines (matched by the text of the line) are still read and
// applied the old way; `--write-baseline` always writes version 2.
import {readFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {normalize} from '../language/arabic.ts'
import {InputError} from './files.ts'
import {say} from './texts.ts'

export interface BaselineEntry {
  path: string
  ruleId: string
  /** Fingerprint of the finding's text and the words around it (see `fingerprint`). */
  hash: string
  count: number
}

export interface Baseline {
  version: 2
  findings: BaselineEntry[]
}

/** A version 1 baseline: findings keyed by message and the trimmed text of their line. */
export interface LegacyBaseline {
  version: 1
  findings: {path: string; ruleId: string; reason: string; line: string; count: number}[]
}

/** Words taken on each side of a finding. */
const WINDOW = 3
/** How far to look for them: keeps the cost per finding constant on a paragraph-long line. */
const REACH = 300
const WORD = /[\p{L}\p{N}\p{M}\u0640\u200C\u200D]+/gu
/** A sentence ends at one of these followed by a space; a paragraph at a line break. */
const BOUNDARY = /[.!?؟…۔]+(?=\s)|\n/gu

function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => normalize(match[0]))
}

function offsets(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const start = place.start.offset
    if (start === undefined) return undefined
    return [start, place.end.offset ?? start]
  }
  return place.offset === undefined ? undefined : [place.offset, place.offset]
}

/**
 * The fingerprint of a finding: its rule, the text it covers, and up to
 * WINDOW words before and after it within its sentence, all normalised (no
 * harakat or tatweel, one alef, Latin lower-cased; punctuation and spacing
 * between the words ignored). The message text is left out, so the same
 * baseline holds whatever language the messages are printed in.
 */
export function fingerprint(text: string, message: VFileMessage): string {
  const range = offsets(message)
  let parts: unknown[]
  if (range) {
    const [start, end] = range
    const span = text.slice(start, end)
    const lead = text.slice(Math.max(0, start - REACH), start)
    let cut = 0
    for (const match of lead.matchAll(BOUNDARY)) cut = match.index + match[0].length
    const before = words(lead.slice(cut)).slice(-WINDOW)
    let after: string[] = []
    // A finding on a sentence's last mark has no words after it in its sentence.
    if (!/[.!?؟…۔\n]\s*$/u.test(span)) {
      const tail = text.slice(end, end + REACH)
      BOUNDARY.lastIndex = 0
      const stop = BOUNDARY.exec(tail)
      after = words(stop ? tail.slice(0, stop.index) : tail).slice(0, WINDOW)
    }
    parts = [message.ruleId ?? '', before, normalize(span).replace(/\s+/gu, ' '), after]
  } else {
    // A finding about the whole file: its message is all there is to tell it by.
    parts = [message.ruleId ?? '', message.reason]
  }
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16)
}

function slashes(path: string): string {
  return path.split('\\').join('/')
}

function key(path: string, ruleId: string, hash: string): string {
  return JSON.stringify([slashes(path), ruleId, hash])
}

/** Counts findings file by file (a run streams its files), for `--write-baseline`. */
export class BaselineRecorder {
  private readonly counts = new Map<string, BaselineEntry>()

  add(file: VFile): void {
    const text = String(file.value)
    for (const message of file.messages) {
      const entry = {path: slashes(file.path), ruleId: message.ruleId ?? '', hash: fingerprint(text, message)}
      const k = key(entry.path, entry.ruleId, entry.hash)
      const existing = this.counts.get(k)
      if (existing) existing.count++
      else this.counts.set(k, {...entry, count: 1})
    }
  }

  result(): Baseline {
    const findings = [...this.counts.values()].sort(
      (a, b) => a.path.localeCompare(b.path) || a.ruleId.localeCompare(b.ruleId) || a.hash.localeCompare(b.hash)
    )
    return {version: 2, findings}
  }
}

export function readBaseline(path: string): Baseline | LegacyBaseline {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(path, code ? say('cannotReadBaseline', {code}) : say('baselineNotJson', {detail: (error as Error).message}))
  }
  const baseline = data as Baseline | LegacyBaseline
  if (!baseline || (baseline.version !== 1 && baseline.version !== 2) || !Array.isArray(baseline.findings)) {
    throw new InputError(path, say('notBaseline'))
  }
  return baseline
}

function legacyLine(text: string, message: VFileMessage): string {
  const range = offsets(message)
  if (!range) return ''
  const offset = range[0]
  const start = text.lastIndexOf('\n', offset - 1) + 1
  let end = text.indexOf('\n', offset)
  if (end === -1) end = text.length
  return text.slice(start, end).trim()
}

/**
 * A filter that removes the findings the baseline knows from each file it is
 * given (each entry absorbs up to `count` findings); returns how many it removed.
 */
export function baselineFilter(baseline: Baseline | LegacyBaseline): (file: VFile) => number {
  const legacy = baseline.version === 1
  const budget = new Map<string, number>()
  const keys =
    baseline.version === 1
      ? baseline.findings.map((entry) => JSON.stringify([slashes(entry.path), entry.ruleId, entry.reason, entry.line]))
      : baseline.findings.map((entry) => key(entry.path, entry.ruleId, entry.hash))
  baseline.findings.forEach((entry, index) => budget.set(keys[index], (budget.get(keys[index]) ?? 0) + entry.count))
  return (file) => {
    const before = file.messages.length
    const text = String(file.value)
    file.messages = file.messages.filter((message) => {
      const ruleId = message.ruleId ?? ''
      const k = legacy
        ? JSON.stringify([slashes(file.path), ruleId, message.reason, legacyLine(text, message)])
        : key(file.path, ruleId, fingerprint(text, message))
      const left = budget.get(k) ?? 0
      if (left === 0) return true
      budget.set(k, left - 1)
      return false
    })
    return before - file.messages.length
  }
}
