// Count the findings of each bilingual rule on the English→Arabic test set in
// ../shared/corpus/bitext (FLORES-200 devtest: GPT-3.5, OPUS-MT, HPLT and the
// human reference as targets). `--show rule` prints that rule's findings.
// The OPUS-MT and HPLT outputs are read at run time only (their licence is not stated).
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {readFileSync} from 'node:fs'
import {lintSync} from '../src/engine/processor.ts'
import {rules} from '../rules/index.ts'
import * as bitext from '../src/bitext/lint.ts'
import {registerBitext} from '../src/bitext/registry.ts'

registerBitext(bitext)

const dir = new URL('../../shared/corpus/bitext/flores200-devtest/', import.meta.url)
const systems = ['gpt-3.5-turbo', 'opus-mt-eng-ara-2020-06-18', 'hplt-en-ar-v1.0', 'reference']
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined
const all = process.argv.includes('--all')
const bilingual = rules.filter((r) => r.bilingual).map((r) => r.id)
const counts: Record<string, Record<string, number>> = {}
for (const system of systems) {
  const file = system === 'reference' ? 'gpt-3.5-turbo' : system
  const rows = readFileSync(new URL(`${file}.tsv`, dir), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'))
  const tsv = 'id\tsource\ttarget\n' + rows.map((r) => `${r[0]}\t${r[1]}\t${system === 'reference' ? r[3] : r[2]}`).join('\n') + '\n'
  const lines = tsv.split('\n')
  const result = lintSync(tsv, {format: 'tsv', only: all ? undefined : bilingual, rules: all ? {} : undefined})
  const rowsWith: Record<string, Set<string>> = {}
  for (const m of result.messages) {
    const id = m.ruleId ?? '?'
    ;(rowsWith[id] ??= new Set()).add(m.segment ?? '')
    if (show === id) {
      const line = lines[(m.line ?? 1) - 1]!.split('\t')
      console.log(`${system} ${m.segment}: ${m.reason}\n  EN: ${line[1]}\n  AR: ${line[2]}`)
    }
  }
  counts[system] = Object.fromEntries(Object.entries(rowsWith).map(([id, set]) => [id, set.size]))
}
const ids = [...new Set(Object.values(counts).flatMap((c) => Object.keys(c)))].sort()
console.log(['rule (segments flagged)', ...systems].join('\t'))
for (const id of ids) console.log([id, ...systems.map((s) => counts[s]![id] ?? 0)].join('\t'))
