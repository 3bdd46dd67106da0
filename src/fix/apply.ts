// Apply fixes: a message from a fixable rule with exactly one `expected` value
// (not reported as suggestions only) replaces its range. Edits are sorted by
// range; overlapping ones are skipped
// (the next pass picks them up after a re-lint).
import type {VFileMessage} from 'vfile-message'
import {registry} from '../engine/registry.ts'
import {SUGGEST_MARK} from '../engine/define-rule.ts'

export interface Edit {
  start: number
  end: number
  text: string
  ruleId: string
}

/** Whether a message carries a fix (not suggestions): what `--fix` applies. */
export function isFix(message: VFileMessage): boolean {
  const ruleId = message.ruleId
  return Boolean(
    ruleId &&
      registry.get(ruleId)?.fixable &&
      message.expected?.length === 1 &&
      !(message as unknown as Record<symbol, boolean>)[SUGGEST_MARK]
  )
}

export function fixableEdits(messages: VFileMessage[], allow?: (ruleId: string) => boolean): Edit[] {
  const edits: Edit[] = []
  for (const message of messages) {
    const ruleId = message.ruleId
    if (!ruleId || !isFix(message)) continue
    if (allow && !allow(ruleId)) continue
    const place = message.place
    if (!place || !('start' in place)) continue
    const start = place.start.offset
    const end = place.end.offset
    if (start === undefined || end === undefined) continue
    edits.push({start, end, text: message.expected![0], ruleId})
  }
  return edits
}

/** Apply non-overlapping edits; returns the new text and how many were applied. */
export function applyEdits(text: string, edits: Edit[]): {text: string; applied: Edit[]} {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
  const applied: Edit[] = []
  let last = -1
  let lastInsertAt = -1
  for (const edit of sorted) {
    // Touching edits are fine, overlapping ones wait for the next pass;
    // two insertions at one point would be ambiguous.
    if (edit.start < last || (edit.start === edit.end && edit.start === lastInsertAt)) continue
    if (edit.start === edit.end) lastInsertAt = edit.start
    applied.push(edit)
    last = edit.end
  }
  let result = ''
  let cursor = 0
  for (const edit of applied) {
    result += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  result += text.slice(cursor)
  return {text: result, applied}
}
