// --fix over the seed documents with every rule on: nothing fixable is left
// but fixes that would create a finding, a second run changes nothing, and
// fixing introduces no finding that was not there before.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {lintFile} from '../src/engine/lint-file.ts'
import {resolveRuleSettings} from '../src/engine/processor.ts'
import {applyEdits, fixableEdits} from '../src/fix/apply.ts'
import {freshFindings, place} from '../src/fix/fresh.ts'
import {fixText} from '../src/fix/fix.ts'
import {rules} from '../rules/index.ts'

const all = resolveRuleSettings(Object.fromEntries(rules.map((r) => [r.id, r.severity === 'off' ? 'warn' : r.severity])))
const dir = new URL('../seeds/', import.meta.url)
const seeds = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()
const lint = (text: string) => lintFile({path: 'seed.txt', value: text, rules: all, settings: {}}).messages
// What the command line's fixer reads: every rule's findings, those one voice per span leaves unreported too.
const everyVoice = (text: string) => lintFile({path: 'seed.txt', value: text, rules: all, settings: {}, everyVoice: true}).messages

describe.each(seeds)('--fix on %s', (name) => {
  const original = readFileSync(new URL(name, dir), 'utf8')
  const {text: fixed, passes} = fixText(original, everyVoice)

  it('leaves no fixable finding but those that would create one, and a second run changes nothing', () => {
    // A fix left is one the fixer withheld: applied alone, it creates a finding.
    for (const edit of fixableEdits(lint(fixed))) {
      const text = applyEdits(fixed, [edit]).text
      const created = freshFindings(everyVoice(fixed), everyVoice(text), place([edit]), fixed, text)
      expect(created.length, `${edit.ruleId} ${JSON.stringify(fixed.slice(edit.start - 20, edit.end + 20))}`).toBeGreaterThan(0)
    }
    expect(fixText(fixed, everyVoice).text).toBe(fixed)
    expect(passes.length).toBeLessThanOrEqual(10)
  })

  it('introduces no new finding of any rule', () => {
    // A finding in the fixed text is old when, mapped back through the edits,
    // it meets a finding of the same rule in the original.
    const toOriginal = (offset: number) => {
      let value = offset
      for (const edits of [...passes].reverse()) {
        let delta = 0
        let mapped: number | undefined
        for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
          const start = edit.start + delta
          const end = start + edit.text.length
          if (value < start) break
          if (value <= end) {
            mapped = value === end ? edit.end : edit.start
            break
          }
          delta += edit.text.length - (edit.end - edit.start)
        }
        value = mapped ?? value - delta
      }
      return value
    }
    const range = (m: VFileMessage) => {
      const where = m.place as {start: {offset: number}; end: {offset: number}}
      return [where.start.offset, where.end.offset] as const
    }
    // Every rule's findings on the original: one that another rule spoke for there is not new.
    const before = everyVoice(original)
    const added = lint(fixed).filter((m) => {
      const [s, e] = range(m).map(toOriginal)
      return !before.some((o) => o.ruleId === m.ruleId && range(o)[0] <= e && range(o)[1] >= s)
    })
    expect(added.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([])
  })
})
