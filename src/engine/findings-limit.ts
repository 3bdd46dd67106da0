// At most MAX_FINDINGS_PER_RULE findings of one rule are kept for a file; the
// rest are counted, and one closing message per rule says how many were not
// shown. A finding costs about 0.7 KB as a message and as much again in each
// copy a report or a worker thread makes of it, and a dense file has one every
// few words: 39 MB of two-letter words gave 370,000 findings and took the
// process to 1.5 GB (a denser file, or one twice as long, past the V8 heap
// limit). With the cap, a file's findings take a bounded amount of memory
// whatever its size, and no reader goes through more than a thousand findings
// of one rule in one file anyway.
//
// Counts stay honest: the closing message carries how many findings it stands
// for (`findingsIn`), and the summary lines, the exit status and
// `--max-warnings` count those. It is placed at the first finding not shown,
// with that finding's severity (one message per rule and severity).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {directiveText} from './directive-texts.ts'
import {INFO_MARK, WARN_MARK} from './define-rule.ts'

/** Findings of one rule kept for a file (and for a record of `--stdin-jsonl`, a document in the editor). */
export const MAX_FINDINGS_PER_RULE = 1000

/** On a closing message: how many findings it stands for. */
const HIDDEN = Symbol.for('translint.hidden')

/** How many findings a closing message stands for; 0 for any other message. */
export function hiddenBy(message: object): number {
  return (message as Record<symbol, number | undefined>)[HIDDEN] ?? 0
}

/** Mark `message` as standing for `count` findings not shown (a message rebuilt from JSON or a worker's answer). */
export function markHidden(message: object, count: number): void {
  ;(message as Record<symbol, number>)[HIDDEN] = count
}

/** How many findings a message counts for in totals: its own one, or the ones a closing message stands for. */
export function findingsIn(message: object): number {
  return hiddenBy(message) || 1
}

/** A rule's findings of one severity (as the rule marked them) beyond the cap. */
interface Hidden {
  count: number
  /** The first one: where the closing message goes, and its severity. */
  first: VFileMessage
}

/**
 * Keeps the first `max` findings of each rule, in the order they are offered,
 * and counts the others. Messages of no rule (the engine's own) and closing
 * messages are all kept.
 */
export class FindingsLimit {
  private readonly kept = new Map<string, number>()
  private readonly hidden = new Map<string, Hidden>()
  /** Messages already kept: offered again (a file's messages filtered once more at the end), they stay, counted once. */
  private readonly taken = new WeakSet<VFileMessage>()

  constructor(readonly max: number = MAX_FINDINGS_PER_RULE) {}

  /** Whether to keep `message` (false: it is counted instead). */
  keep(message: VFileMessage): boolean {
    const ruleId = message.ruleId
    // The engine's own messages, and closing messages made by an inner lint (a bilingual file's targets).
    if (!ruleId || hiddenBy(message) > 0 || this.taken.has(message)) return true
    const kept = this.kept.get(ruleId) ?? 0
    if (kept < this.max) {
      this.kept.set(ruleId, kept + 1)
      this.taken.add(message)
      return true
    }
    // The severity a message will get depends on its rule's and on these marks (see lintSync).
    const marks = message as unknown as Record<symbol, boolean>
    const key = `${ruleId}\0${marks[INFO_MARK] ? 'info' : marks[WARN_MARK] ? 'warn' : ''}`
    const hidden = this.hidden.get(key)
    if (hidden) hidden.count++
    else this.hidden.set(key, {count: 1, first: message})
    return false
  }

  /** `messages` without those past the cap. */
  filter(messages: VFileMessage[]): VFileMessage[] {
    return messages.filter((message) => this.keep(message))
  }

  /** Whether some rule had findings past the cap. */
  get exceeded(): boolean {
    return this.hidden.size > 0
  }

  /** The rules with findings past the cap. */
  get rules(): string[] {
    return [...new Set([...this.hidden.values()].map(({first}) => first.ruleId!))]
  }

  /**
   * The closing messages, one per rule and severity with findings past the
   * cap; `settle` gives a message the severity of its rule (as lintSync does).
   */
  notices(file: VFile, settle: (message: VFileMessage) => void): VFileMessage[] {
    const notices: VFileMessage[] = []
    for (const {count, first} of this.hidden.values()) {
      settle(first)
      const notice = file.message(directiveText(file, 'moreFindings', {count, rule: first.ruleId!, max: this.max}), {
        place: first.place,
        ruleId: first.ruleId!,
        source: first.source ?? undefined
      })
      // file.message added it to the file: the caller places it among the kept messages.
      file.messages.pop()
      notice.fatal = first.fatal
      notice.url = first.url
      markHidden(notice, count)
      notices.push(notice)
    }
    return notices
  }
}
