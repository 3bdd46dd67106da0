// translint's bilingual checks against pofilter (translate-toolkit, Debian's
// `translate-toolkit` package) on the same PO files: the 1,012 FLORES-200
// devtest sentences with the GPT-3.5, OPUS-MT and HPLT outputs and the human
// reference as translations, and the annotated sample of the tests. Counts
// the segments each check reports; on the sample, also how many of the
// segments that must be reported are, and how many of the silent ones are not.
// pofilter runs with `--language=ar` (its Arabic punctuation) and only the
// checks that have a translint counterpart.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import * as bitext from '../src/bitext/lint.ts'
import {registerBitext} from '../src/bitext/registry.ts'
import {lintSync} from '../src/engine/processor.ts'

registerBitext(bitext)
const root = new URL('..', import.meta.url).pathname
const shared = join(root, '../shared/corpus/bitext/flores200-devtest')

/** pofilter check → the translint rule that does its job. */
export const PAIRS: [string[], string][] = [
  [['numbers'], 'number-mismatch'],
  [['untranslated', 'blank', 'unchanged'], 'untranslated'],
  [['printf', 'pythonbraceformat', 'variables', 'xmltags'], 'placeholder-mismatch'],
  [['urls', 'emails'], 'url-mismatch'],
  [['endpunc'], 'end-punctuation'],
  [['sentencecount'], 'sentence-count'],
  [['brackets', 'doublequoting'], 'bracket-mismatch'],
  [['long', 'short'], 'length-ratio'],
  [['doublewords'], 'duplicated-phrase'],
  [['doublespacing', 'puncspacing'], 'whitespace, punctuation-spacing']
]

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`
function po(rows: {id: string; source: string; target: string}[]): string {
  const head = 'msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
  return head + rows.map((r) => `\nmsgctxt ${quote(r.id)}\nmsgid ${quote(r.source)}\nmsgstr ${quote(r.target)}\n`).join('')
}

const sets: Record<string, {id: string; source: string; target: string}[]> = {}
for (const system of ['gpt-3.5-turbo', 'opus-mt-eng-ara-2020-06-18', 'hplt-en-ar-v1.0']) {
  const rows = readFileSync(join(shared, `${system}.tsv`), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'))
  sets[system] = rows.map((r) => ({id: r[0]!, source: r[1]!, target: r[2]!}))
  if (system === 'gpt-3.5-turbo') sets.reference = rows.map((r) => ({id: r[0]!, source: r[1]!, target: r[3]!.trim()}))
}
const sampleRows = readFileSync(join(root, 'tests/fixtures/bitext/sample.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'))
// Rows without a target are left out: pofilter reads an empty msgstr as untranslated and skips its other checks.
sets.sample = sampleRows.map((r) => ({id: r[0]!, source: r[1]!, target: r[2]!}))
const expected = new Map(sampleRows.map((r) => [r[0]!, new Set((r[3] ?? '').split(',').filter(Boolean).map((e) => e.split(':')[0]!))]))

const dir = mkdtempSync(join(tmpdir(), 'translint-pofilter-'))
const checks = PAIRS.flatMap(([names]) => names)
const results: Record<string, {pofilter: Map<string, Set<string>>; translint: Map<string, Set<string>>}> = {}
for (const [name, rows] of Object.entries(sets)) {
  const input = join(dir, `${name}.po`)
  const output = join(dir, `${name}.out.po`)
  writeFileSync(input, po(rows))
  execFileSync('pofilter', ['--language=ar', '--progress=none', ...checks.flatMap((c) => ['-t', c]), input, output], {stdio: ['ignore', 'ignore', 'ignore']})
  const pofilter = new Map<string, Set<string>>()
  let flags: string[] = []
  for (const line of readFileSync(output, 'utf8').split('\n')) {
    const flag = /^# \(pofilter\) (\w+):/.exec(line)
    if (flag) flags.push(flag[1]!)
    const context = /^msgctxt "(.*)"$/.exec(line)
    if (context) {
      for (const check of flags) {
        let set = pofilter.get(check)
        if (!set) pofilter.set(check, (set = new Set()))
        set.add(context[1]!.replace(/\\"/g, '"'))
      }
      flags = []
    }
  }
  const file = lintSync(new VFile({path: input, value: readFileSync(input, 'utf8')}), {format: 'po'})
  const translint = new Map<string, Set<string>>()
  for (const message of file.messages) {
    let set = translint.get(message.ruleId!)
    if (!set) translint.set(message.ruleId!, (set = new Set()))
    set.add(message.segment!.replace(/\|.*$/s, ''))
  }
  results[name] = {pofilter, translint}
}
rmSync(dir, {recursive: true, force: true})

const union = (map: Map<string, Set<string>>, names: string[]) => new Set(names.flatMap((n) => [...(map.get(n) ?? [])]))
const columns = ['gpt-3.5-turbo', 'opus-mt-eng-ara-2020-06-18', 'hplt-en-ar-v1.0', 'reference']
console.log(['check (segments reported)', ...columns.flatMap((c) => [`${c} pofilter`, `${c} translint`])].join('\t'))
for (const [names, rule] of PAIRS) {
  const rules = rule.split(', ')
  console.log([`${names.join('/')} | ${rule}`, ...columns.flatMap((c) => [union(results[c]!.pofilter, names).size, union(results[c]!.translint, rules).size])].join('\t'))
}
// The sample: what must be found and where both must stay silent.
const sample = results.sample!
for (const [names, rule] of PAIRS.slice(0, 3)) {
  const must = [...expected].filter(([, e]) => e.has(rule)).map(([id]) => id)
  const silent = [...expected].filter(([id, e]) => e.size === 0 && sets.sample!.find((r) => r.id === id)!.target !== '').map(([id]) => id)
  const p = union(sample.pofilter, names)
  const t = union(sample.translint, [rule])
  console.log(`sample ${rule}: must find ${must.length}: pofilter ${must.filter((id) => p.has(id)).length}, translint ${must.filter((id) => t.has(id)).length}; silent ${silent.length}: pofilter reports ${silent.filter((id) => p.has(id)).length}, translint ${silent.filter((id) => t.has(id)).length}`)
}
const indic = sampleRows.filter((r) => /digits written|thousands mark/.test(r[4]!)).map((r) => r[0]!)
console.log(`sample rows that differ only in digit script or thousands mark: ${indic.length}; pofilter numbers reports ${indic.filter((id) => sample.pofilter.get('numbers')?.has(id)).length}, translint ${indic.filter((id) => sample.translint.get('number-mismatch')?.has(id)).length}`)
