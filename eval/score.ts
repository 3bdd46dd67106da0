// Matching findings to what they should find: injected spans, the seeds'
// annotations (as ../shared/eval/score.mjs matches them) and human gold
// corrections (as ../shared/eval/errors.mjs matches them).
import type {JsonMessage} from '../src/reporters/json.ts'

export type Finding = JsonMessage & {offset: number; endOffset: number}

/** A finding overlaps or touches [start, end] (both ends included, as errors.mjs counts). */
export const touches = (m: Finding, start: number, end: number): boolean => m.offset <= end && start <= m.endOffset

export const excerpt = (text: string, start: number, end: number, around = 30): string =>
  (text.slice(Math.max(0, start - around), start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, end + around)).replace(/\n/g, '⏎')

// ---------------------------------------------------------------- seeds

export interface Annotation {
  file: string
  rule: string
  quote: string
  at: string
  level: 'easy' | 'medium' | 'hard'
  expect: 'finding' | 'none'
  note: string
}

export interface SeedTally {
  /** By `easy`, `medium`, `hard`, and `none` (annotations where no finding is expected). */
  tally: Record<string, {total: number; ok: number}>
  misses: Annotation[]
  wrongs: Annotation[]
}

/**
 * Score findings against the seeds' annotations exactly as score.mjs does: the
 * finding's span from its line and column (end at least one past the start)
 * must overlap or touch the annotated span, and its rule be one of the `a|b`
 * alternatives. Throws when a quote is not in its file (the annotations and
 * the seeds disagree).
 */
export function scoreSeeds(annotations: Annotation[], texts: Map<string, string>, findings: Map<string, Finding[]>): SeedTally {
  const tally: SeedTally['tally'] = {}
  const misses: Annotation[] = []
  const wrongs: Annotation[] = []
  for (const a of annotations) {
    const text = texts.get(a.file)
    const q = text?.indexOf(a.quote) ?? -1
    if (text === undefined || q === -1) throw new Error(`seeds: quote not found in ${a.file}: ${a.quote.slice(0, 40)}`)
    const starts = [0]
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
    const offsetOf = (line: number, column: number) => (starts[line - 1] ?? text.length) + (column - 1)
    const s = q + a.quote.indexOf(a.at)
    const target = [s, s + a.at.length]
    const hit = (findings.get(a.file) ?? []).some((m) => {
      if (!a.rule.split('|').includes(m.ruleId ?? '') || m.line === null || m.column === null) return false
      const start = offsetOf(m.line, m.column)
      const end = m.endLine !== null && m.endColumn !== null ? offsetOf(m.endLine, m.endColumn) : start + 1
      return start < target[1] + 1 && Math.max(end, start + 1) > target[0] - 1
    })
    const key = a.expect === 'none' ? 'none' : a.level
    tally[key] ??= {total: 0, ok: 0}
    tally[key].total++
    if (a.expect === 'none') {
      if (hit) wrongs.push(a)
      else tally[key].ok++
    } else if (hit) tally[key].ok++
    else misses.push(a)
  }
  return {tally, misses, wrongs}
}

// ---------------------------------------------------------------- gold corrections

export interface GoldEdit {
  start: number
  end: number
  src: string
  tgt: string
  labels: string[]
}

const HAMZA = ['hamza-initial', 'hamza-medial', 'hamza-other']
/** Rule → [labels that count as its kind, the label whose recall is measured]: errors.mjs's table. */
export const GOLD_KINDS: Record<string, [string[], string | null]> = {
  hamza: [HAMZA, 'hamza-initial'],
  'alif-maqsura': [['ya-maqsura', 'alif-final'], 'ya-maqsura'],
  'detached-conjunction': [['conj-merge'], 'conj-merge'],
  'punctuation-spacing': [['punct-spacing'], 'punct-spacing'],
  'latin-punctuation': [['latin-punct', 'latin-mark-changed'], 'latin-punct'],
  tatweel: [['tatweel'], 'tatweel'],
  'duplicated-phrase': [['dup-delete'], 'dup-delete'],
  'stray-period': [['period'], 'period'],
  'spelling-consistency': [[...HAMZA, 'ya-maqsura', 'taa-marbuta', 'alif-final', 'tatweel', 'diacritic', 'other'], null]
}

export interface GoldTally {
  findings: number
  right: number
  edits: number
  found: number
  unmatched: string[]
  missed: string[]
}

/**
 * errors.mjs's measure for one rule over one document: precision counts its
 * findings that touch an edit of the rule's kind, recall the edits of its main
 * label that one of its findings touches.
 */
export function scoreGold(rule: string, text: string, edits: GoldEdit[], findings: Finding[], into: GoldTally): void {
  const [labels, main] = GOLD_KINDS[rule]
  const mine = findings.filter((m) => m.ruleId === rule)
  const ofKind = edits.filter((e) => e.labels.some((l) => labels.includes(l)))
  for (const m of mine) {
    into.findings++
    if (ofKind.some((e) => touches(m, e.start, e.end))) into.right++
    else into.unmatched.push(excerpt(text, m.offset, m.endOffset, 25))
  }
  if (!main) return
  for (const e of edits) {
    if (!e.labels.includes(main)) continue
    into.edits++
    if (mine.some((m) => touches(m, e.start, e.end))) into.found++
    else into.missed.push(`${e.src} → ${e.tgt}: ${excerpt(text, e.start, e.end, 25)}`)
  }
}
