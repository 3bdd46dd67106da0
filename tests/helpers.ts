import '../src/builtin.ts' // the built-in rules, handed to the engine
import type {VFileMessage} from 'vfile-message'
import {lintSync} from '../src/engine/processor.ts'
import * as bitext from '../src/bitext/lint.ts'
import {registerBitext} from '../src/bitext/registry.ts'

// Bilingual rules' examples are TSV files: their support, loaded on demand elsewhere.
registerBitext(bitext)
import type {LintSettings} from '../src/engine/types.ts'
import {applyEdits, fixableEdits} from '../src/fix/apply.ts'
import {ruleById} from '../rules/index.ts'

export function place(message: VFileMessage): string {
  const p = message.place
  if (!p || !('start' in p)) return `${message.line}:${message.column}`
  return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`
}

/** `line:col-line:col: reason` lines for one rule's messages. */
export function lintLines(id: string, text: string, options?: Record<string, unknown>, settings?: LintSettings): string[] {
  return lintRule(id, text, options, settings).map((m) => `${place(m)}: ${m.reason}`)
}

export function lintRule(id: string, text: string, options?: Record<string, unknown>, settings?: LintSettings): VFileMessage[] {
  const rule = ruleById.get(id)
  if (!rule) throw new Error(`no rule ${id}`)
  const severity = rule.severity === 'off' ? 'warn' : rule.severity
  // A bilingual rule's examples are TSV texts (`source<TAB>target`).
  const format = rule.bilingual ? 'tsv' : undefined
  // Every finding of the rule, past the cap a report keeps (findings-limit.ts).
  const file = lintSync(text, {only: [id], rules: {[id]: [severity, options ?? {}]}, settings, format, maxFindingsPerRule: Infinity})
  return file.messages.filter((m) => m.ruleId === id)
}

/** Fix with one rule until nothing changes (at most 10 passes). */
export function fixWith(id: string, text: string, options?: Record<string, unknown>): string {
  let current = text
  for (let pass = 0; pass < 10; pass++) {
    const edits = fixableEdits(lintRule(id, current, options))
    if (edits.length === 0) break
    const next = applyEdits(current, edits).text
    if (next === current) break
    current = next
  }
  return current
}
