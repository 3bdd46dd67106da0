// --fix: lint, apply the fixable edits, re-lint, until nothing changes (at most
// 10 passes). Pure: text in, text out; the CLI writes files.
import type {VFileMessage} from 'vfile-message'
import {applyEdits, fixableEdits, type Edit} from './apply.ts'

export const MAX_PASSES = 10

export interface FixResult {
  text: string
  /** Edits applied, pass by pass (offsets refer to that pass's text). */
  passes: Edit[][]
}

export function fixText(
  text: string,
  lint: (text: string) => VFileMessage[],
  allow?: (ruleId: string) => boolean
): FixResult {
  let current = text
  const passes: Edit[][] = []
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits = fixableEdits(lint(current), allow)
    if (edits.length === 0) break
    const {text: next, applied} = applyEdits(current, edits)
    if (next === current) break
    passes.push(applied)
    current = next
  }
  return {text: current, passes}
}
