// How well corpus mode's score ranks broken pairs above good ones: the 1,012
// FLORES-200 devtest English sentences with their human Arabic translations
// (good), against the same pairs broken the ways parallel-data filters look
// for: the target of another sentence (misaligned), the target cut in half,
// the source copied, a sentence added, a number changed. Prints the ROC AUC
// per kind (1 = every broken pair above every good one, 0.5 = chance) and how
// many pairs of each kind score at least 0.5.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import * as bitext from '../src/bitext/lint.ts'
import {registerBitext} from '../src/bitext/registry.ts'
import {corpusLines, corpusRules} from '../src/bitext/corpus.ts'
import {lintSync, resolveRuleSettings} from '../src/engine/processor.ts'

registerBitext(bitext)
const dir = new URL('../../shared/corpus/bitext/raw/flores200/', import.meta.url)
const english = readFileSync(new URL('eng_Latn.devtest', dir), 'utf8').trimEnd().split('\n')
const arabic = readFileSync(new URL('arb_Arab.devtest', dir), 'utf8').trimEnd().split('\n').map((s) => s.trim())
const n = english.length

function scores(pairs: [string, string][]): number[] {
  const text = 'source\ttarget\n' + pairs.map(([s, t]) => `${s}\t${t}`).join('\n') + '\n'
  const file = new VFile({path: 'eval.tsv', value: text})
  lintSync(file, {format: 'tsv', rules: corpusRules(resolveRuleSettings({}))})
  return corpusLines(file).trimEnd().split('\n').map((line) => (JSON.parse(line) as {score: number}).score)
}

function auc(bad: number[], good: number[]): number {
  const sorted = [...good].sort((a, b) => a - b)
  let wins = 0
  for (const b of bad) {
    let below = 0
    let ties = 0
    for (const g of sorted) {
      if (g < b) below++
      else if (g === b) ties++
      else break
    }
    wins += below + ties / 2
  }
  return wins / bad.length / good.length
}

const good = scores(english.map((s, i) => [s, arabic[i]!]))
const kinds: Record<string, [string, string][]> = {
  misaligned: english.map((s, i) => [s, arabic[(i + 7) % n]!]),
  'cut in half': english.map((s, i) => [s, arabic[i]!.slice(0, Math.floor(arabic[i]!.length / 2))]),
  'source copied': english.map((s) => [s, s]),
  'sentence added': english.map((s, i) => [s, `${arabic[i]} ${arabic[(i + 13) % n]}`]),
  'number changed': english
    .map((s, i) => [s, arabic[i]!.replace(/[0-9]+/, (d) => String(Number(d) + 7))] as [string, string])
    .filter(([, t], i) => t !== arabic[i])
}
console.log(`good pairs: ${good.length}, scoring at least 0.5: ${good.filter((s) => s >= 0.5).length}`)
console.log('kind\tpairs\tAUC\tscore ≥ 0.5')
for (const [kind, pairs] of Object.entries(kinds)) {
  const bad = scores(pairs)
  console.log(`${kind}\t${bad.length}\t${auc(bad, good).toFixed(3)}\t${bad.filter((s) => s >= 0.5).length}`)
}
