// --fix: lint, apply the fixable edits, re-lint, until nothing changes (at most
// 10 passes). Pure: text in, text out; the CLI writes files.
//
// A fix can never backfire: a pass keeps only edits whose outcome creates no
// finding the text did not have. After a pass's edits are applied, the text is
// linted again (the lint the next pass needs anyway); each new finding blames
// the edits connected to it by place or words, or, connected to none, the edit
// found by bisection (fresh.ts); those are withheld and the rest applied again
// from the text before the pass. A withheld edit is remembered, moved along
// with the text, and not tried again in later passes unless an applied edit
// changes the words around it, or until the others are done: once no other edit
// is left, the withheld ones are tried once more on the text as it is then
// (what a second --fix would do; the edits that blamed them may be gone).
//
// Cost: when no edit backfires, nothing more than before (one lint per pass).
// Otherwise each round withholds at least one edit and costs one lint plus
// about log2(edits) per bisection (at most MAX_BISECTIONS a round); after
// MAX_RETRIES rounds the pass's remaining edits wait for the next pass when
// some edit was blamed (so each pass makes progress, and there are at most
// MAX_PASSES), or are withheld together when none was. So a pass lints the document a bounded number of times, growing
// with the logarithm of its edits, never with their square.
import type {VFileMessage} from 'vfile-message'
import {oneVoice} from '../engine/one-voice.ts'
import {applyEdits, fixableEdits, type Edit} from './apply.ts'
import {blame, culprit, findsAgain, freshFindings, place, type Placed} from './fresh.ts'

export const MAX_PASSES = 10
/** Rounds of withholding blamed edits in one pass before the rest wait for the next pass. */
export const MAX_RETRIES = 3
/** Findings connected to no edit that one round looks for the cause of, by bisection. */
export const MAX_BISECTIONS = 2

export interface FixResult {
  text: string
  /** Edits applied, pass by pass (offsets refer to that pass's text). */
  passes: Edit[][]
  /**
   * Edits not applied because they would create a finding, each with the new
   * findings of the round that withheld it (offsets refer to the text of the
   * pass that tried them).
   */
  withheld: {edit: Edit; created: VFileMessage[]}[]
}

function same(a: Edit, b: Edit): boolean {
  return a.start === b.start && a.end === b.end && a.ruleId === b.ruleId && a.text === b.text
}

/** A withheld edit as it stands in the current text, and what the result says of it. */
interface Pending {
  edit: Edit
  entry: FixResult['withheld'][number]
}

/**
 * Withheld edits, moved into the text after a pass's edits: an edit that an
 * applied edit overlaps or touches is forgotten (its words changed, so it is
 * worth trying again).
 */
function carry(withheld: Pending[], applied: Edit[]): Pending[] {
  const sorted = [...applied].sort((a, b) => a.start - b.start || a.end - b.end)
  const carried: Pending[] = []
  for (const pending of withheld) {
    const {edit} = pending
    let delta = 0
    let touched = false
    for (const other of sorted) {
      if (other.end < edit.start) {
        delta += other.text.length - (other.end - other.start)
        continue
      }
      if (other.start > edit.end) break
      touched = true
      break
    }
    if (!touched) carried.push({edit: {...edit, start: edit.start + delta, end: edit.end + delta}, entry: pending.entry})
  }
  return carried
}

/**
 * The edits to withhold for a round's fresh findings: those connected to a
 * finding by place or words, and for a finding connected to none, the edit
 * found by bisection among the others.
 */
function blameAll(
  fresh: VFileMessage[],
  placed: Placed[],
  current: string,
  next: string,
  messages: VFileMessage[],
  lint: (text: string) => VFileMessage[]
): Set<Edit> {
  const {blamed, unexplained} = blame(fresh, placed, current, next)
  // Bisection costs lints: the first few per round, the rest the next round if they remain.
  for (const finding of unexplained.slice(0, MAX_BISECTIONS)) {
    const suspects = placed.map(({edit}) => edit).filter((edit) => !blamed.has(edit))
    const found = culprit(suspects, (edits) => {
      const text = applyEdits(current, edits).text
      const after = lint(text)
      return findsAgain(freshFindings(messages, after, place(edits), current, text), finding)
    })
    if (found) blamed.add(found)
  }
  return blamed
}

/**
 * Fix `text`. `lint` gives the findings of a text, best with every rule's
 * voice (`everyVoice`): the fixer applies only the fixes that stand (one voice
 * per span, see engine/one-voice.ts), but a finding that one voice left out is
 * still a finding the text had, not one a fix created.
 */
export function fixText(
  text: string,
  lint: (text: string) => VFileMessage[],
  allow?: (ruleId: string) => boolean
): FixResult {
  let current = text
  let messages = lint(current)
  const passes: Edit[][] = []
  // Edits withheld so far, placed in the current text.
  let unsafe: Pending[] = []
  // The text on which every edit was last tried (withheld ones included).
  let triedAll = text
  // The withheld edits being tried again: one withheld again keeps its first account.
  let retried: Pending[] = []
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = fixableEdits(oneVoice(messages, current).kept, allow)
    let edits = fixable.filter((edit) => !unsafe.some((known) => same(known.edit, edit)))
    if (edits.length === 0 && unsafe.length > 0 && current !== triedAll) {
      // Only withheld edits are left: try them again on this text, as a second --fix would.
      retried = unsafe
      unsafe = []
      triedAll = current
      edits = fixable
    }
    if (edits.length === 0) break
    let {text: next, applied} = applyEdits(current, edits)
    if (next === current) break
    let after = lint(next)
    let blamedInPass = 0
    for (let round = 0; ; round++) {
      const placed = place(applied)
      const fresh = freshFindings(messages, after, placed, current, next)
      if (fresh.length === 0) break
      if (round >= MAX_RETRIES && blamedInPass > 0) {
        // Out of rounds: none of the remaining edits is applied in this pass, but
        // none is known to be unsafe either. They are tried again next pass,
        // without the edits blamed so far; withholding them for good would let
        // a second --fix apply them (a fix that is not idempotent).
        applied = []
        next = current
        break
      }
      // Out of rounds without finding a culprit: the remaining edits are withheld together, for good.
      const blamed = round < MAX_RETRIES ? blameAll(fresh, placed, current, next, messages, lint) : new Set(applied)
      blamedInPass += blamed.size
      for (const edit of blamed) {
        const again = retried.find((pending) => same(pending.edit, edit))
        unsafe.push({edit, entry: again?.entry ?? {edit, created: fresh}})
      }
      applied = applied.filter((edit) => !blamed.has(edit))
      next = applyEdits(current, applied).text
      if (next === current) break
      after = lint(next)
    }
    // Every edit of this pass was withheld: the next pass tries the edits they overlapped, if any.
    if (next === current) continue
    passes.push(applied)
    unsafe = carry(unsafe, applied)
    current = next
    messages = after
  }
  // Withheld: the edits still not applied (one tried again and applied is not).
  return {text: current, passes, withheld: unsafe.map(({entry}) => entry)}
}
