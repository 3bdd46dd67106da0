// What a fix pass created: the findings of the text after the pass that the
// text before it did not have, and the edits to blame for each.
//
// A finding after the pass is the same as one before when, mapped back through
// the pass's edits (offsets move; the words do not), it meets a finding of the
// same rule on the same words, or the text before had a finding of the same
// rule on the same words. One exception: a finding that now gives a fix is new
// unless the finding before offered that very change (as its fix or one of its
// suggestions; the change is what a value changes in the words, so a fix of a
// word another edit changed elsewhere is the same change): the next pass would
// otherwise apply a change no rule offered on the text before.
import type {VFileMessage} from 'vfile-message'
import {sharedEnds} from '../engine/one-voice.ts'
import {isFix, type Edit} from './apply.ts'

interface Span {
  start: number
  end: number
}

/** A finding before the pass: where it is and the changes it advised (its fix, or its suggestions). */
interface Known extends Span {
  changes: string[]
}

/** What a value changes in the text it replaces: the characters that differ, before and after. */
function change(text: string, value: string): string {
  const [head, tail] = sharedEnds(text, value)
  return `${text.slice(head, text.length - tail)}\0${value.slice(head, value.length - tail)}`
}

function spanOf(message: VFileMessage): Span | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {offset: start} = place.start
  const {offset: end} = place.end
  return start === undefined || end === undefined ? undefined : {start, end}
}

/** An applied edit and where its text stands in the text after the pass. */
export interface Placed {
  edit: Edit
  at: number
}

/** The pass's edits (non-overlapping) sorted and placed in the text they produce. */
export function place(edits: Edit[]): Placed[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  let delta = 0
  return sorted.map((edit) => {
    const placed = {edit, at: edit.start + delta}
    delta += edit.text.length - (edit.end - edit.start)
    return placed
  })
}

/** The last placed edit starting at or before `offset` (before it, when `strict`) in the text after the pass; -1 if none. */
function lastAt(placed: Placed[], offset: number, strict = false): number {
  let low = 0
  let high = placed.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    const at = placed[mid]!.at
    if (at < offset || (!strict && at === offset)) {
      found = mid
      low = mid + 1
    } else high = mid - 1
  }
  return found
}

/**
 * An offset of the text after the pass, in the text before it. An offset
 * inside an edit's text maps to the edit's start (for a span's start) or end
 * (for its end); an edit that starts where a span ends is not part of it.
 */
function back(placed: Placed[], offset: number, side: 'start' | 'end'): number {
  const i = lastAt(placed, offset, side === 'end')
  if (i === -1) return offset
  const {edit, at} = placed[i]!
  const after = at + edit.text.length
  if (offset < after) return side === 'start' ? edit.start : edit.end
  return edit.end + (offset - after)
}

/**
 * The findings of `after` (the text after the pass, `afterText`) that `before`
 * (the text before it, `beforeText`) did not have. `placed` are the edits the
 * pass applied.
 */
export function freshFindings(
  before: VFileMessage[],
  after: VFileMessage[],
  placed: Placed[],
  beforeText: string,
  afterText: string
): VFileMessage[] {
  // The findings before the pass, by rule, sorted by start, with the furthest end so far.
  const byRule = new Map<string, {spans: Known[]; reach: number[]}>()
  for (const message of before) {
    const span = spanOf(message)
    if (!span || !message.ruleId) continue
    let entry = byRule.get(message.ruleId)
    if (!entry) byRule.set(message.ruleId, (entry = {spans: [], reach: []}))
    const text = beforeText.slice(span.start, span.end)
    entry.spans.push({...span, changes: (message.expected ?? []).map((value) => change(text, value))})
  }
  for (const entry of byRule.values()) {
    entry.spans.sort((a, b) => a.start - b.start)
    let reach = -1
    for (const span of entry.spans) entry.reach.push((reach = Math.max(reach, span.end)))
  }
  return after.filter((message) => {
    const span = spanOf(message)
    if (!span || !message.ruleId) return false
    const entry = byRule.get(message.ruleId)
    if (!entry) return true
    const start = back(placed, span.start, 'start')
    const end = back(placed, span.end, 'end')
    const fix = isFix(message) ? change(afterText.slice(span.start, span.end), message.expected![0]!) : undefined
    // Findings of this rule before the pass that touch [start, end]: those
    // starting at or before `end` whose end reaches `start`.
    let low = 0
    let high = entry.spans.length - 1
    let last = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (entry.spans[mid]!.start <= end) {
        last = mid
        low = mid + 1
      } else high = mid - 1
    }
    for (let i = last; i >= 0 && entry.reach[i]! >= start; i--) {
      const known = entry.spans[i]!
      if (known.end >= start && (fix === undefined || known.changes.includes(fix))) return false
    }
    return true
  })
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? []
}

/** The whole words around [start, end) of a text. */
function wordsAround(text: string, start: number, end: number): string[] {
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++
  return wordsOf(text.slice(start, end))
}

/**
 * The edits to blame for fresh findings, by what connects them: edits that
 * touch the finding, else edits whose words (before or after the edit) are the
 * finding's words or its advice (a change that makes a spelling the
 * document's minority is reported where the other spelling stands). Findings
 * connected to no edit are returned as `unexplained` (see `culprit`).
 */
export function blame(
  fresh: VFileMessage[],
  placed: Placed[],
  before: string,
  after: string
): {blamed: Set<Edit>; unexplained: VFileMessage[]} {
  const blamed = new Set<Edit>()
  const unexplained: VFileMessage[] = []
  let words: Set<string>[] | undefined
  for (const message of fresh) {
    const span = spanOf(message)!
    let connected = false
    for (let i = lastAt(placed, span.end); i >= 0; i--) {
      const {edit, at} = placed[i]!
      // Edits are sorted and do not overlap: no earlier one reaches further.
      if (at + edit.text.length < span.start) break
      blamed.add(edit)
      connected = true
    }
    if (connected) continue
    words ??= placed.map(({edit, at}) => new Set([...wordsAround(before, edit.start, edit.end), ...wordsAround(after, at, at + edit.text.length)]))
    const own = [...wordsOf(message.actual ?? after.slice(span.start, span.end)), ...(message.expected ?? []).flatMap(wordsOf)]
    placed.forEach(({edit}, i) => {
      if (own.some((word) => words![i]!.has(word))) {
        blamed.add(edit)
        connected = true
      }
    })
    if (!connected) unexplained.push(message)
  }
  return {blamed, unexplained}
}

/**
 * The edit without which a finding connected to no edit would not appear, by
 * bisection over `suspects` (in the order of the text): the shortest run of
 * them, from the first, whose edits alone create the finding ends with the
 * culprit. `creates(edits)` applies the edits to the text before the pass and
 * says whether the finding is there. Costs about log2(suspects) lints;
 * undefined when the suspects alone do not create it.
 */
export function culprit(suspects: Edit[], creates: (edits: Edit[]) => boolean): Edit | undefined {
  if (suspects.length === 0 || !creates(suspects)) return undefined
  let low = 1
  let high = suspects.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (creates(suspects.slice(0, mid))) high = mid
    else low = mid + 1
  }
  return suspects[low - 1]
}

/** Whether `found` (findings after some edits) has `finding` again: same rule, same words. */
export function findsAgain(found: VFileMessage[], finding: VFileMessage): boolean {
  return found.some((message) => message.ruleId === finding.ruleId && message.actual === finding.actual)
}
