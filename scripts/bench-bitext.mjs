// npm run bench:bitext — corpus mode against the monolingual linter on the
// same Arabic text. Builds, in a temporary folder, a TSV of 100,000 pairs
// (the FLORES-200 devtest English sentences with the GPT-3.5, OPUS-MT and HPLT
// outputs and the human reference as targets, repeated) and the same targets
// as plain-text documents of 100 lines each; times `translint --format jsonl`
// on the TSV and `translint --format json` on the documents with the built
// bin, alternating, and prints the throughputs and their ratio (the target:
// at least one half).
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const shared = join(root, '../shared/corpus/bitext/flores200-devtest')
const PAIRS = Number(process.env.PAIRS ?? 100000)
const RUNS = Number(process.env.RUNS ?? 3)

const rows = []
for (const system of ['gpt-3.5-turbo', 'opus-mt-eng-ara-2020-06-18', 'hplt-en-ar-v1.0']) {
  for (const line of readFileSync(join(shared, `${system}.tsv`), 'utf8').trimEnd().split('\n').slice(1)) {
    const [, source, mt, reference] = line.split('\t')
    rows.push([source, mt])
    if (system === 'gpt-3.5-turbo') rows.push([source, reference.trim()])
  }
}
const dir = mkdtempSync(join(tmpdir(), 'translint-bench-bitext-'))
const tsv = ['id\tsource\ttarget']
const targets = []
for (let i = 0; i < PAIRS; i++) {
  const [source, target] = rows[i % rows.length]
  tsv.push(`${i + 1}\t${source}\t${target}`)
  targets.push(target)
}
writeFileSync(join(dir, 'pairs.tsv'), tsv.join('\n') + '\n')
mkdirSync(join(dir, 'docs'))
for (let i = 0; i < targets.length; i += 100) writeFileSync(join(dir, 'docs', `${String(i / 100).padStart(5, '0')}.txt`), targets.slice(i, i + 100).join('\n') + '\n')
const tsvBytes = statSync(join(dir, 'pairs.tsv')).size
const arabicBytes = Buffer.byteLength(targets.join('\n') + '\n')

const bin = join(root, 'bin/translint.js')
function time(args) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8'})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0 && result.status !== 1) throw new Error(`translint ${args.join(' ')}: ${result.stderr}`)
  return {seconds, lines: result.stdout.split('\n').length - 1}
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const corpus = []
const mono = []
let lines = 0
for (let run = 0; run < RUNS; run++) {
  const c = time(['--format', 'jsonl', 'pairs.tsv'])
  lines = c.lines
  corpus.push(c.seconds)
  mono.push(time(['--format', 'json', 'docs']).seconds)
  console.log(`run ${run + 1}: corpus ${c.seconds.toFixed(1)} s, monolingual ${mono.at(-1).toFixed(1)} s`)
}
const c = median(corpus)
const m = median(mono)
console.log(`${PAIRS.toLocaleString('en')} pairs, TSV ${(tsvBytes / 1e6).toFixed(1)} MB (Arabic targets ${(arabicBytes / 1e6).toFixed(1)} MB), ${lines.toLocaleString('en')} JSON lines`)
console.log(`corpus mode (jsonl over the TSV): ${c.toFixed(1)} s = ${(tsvBytes / 1e6 / c).toFixed(2)} MB/s of TSV, ${(arabicBytes / 1e6 / c).toFixed(2)} MB/s of Arabic, ${Math.round(PAIRS / c).toLocaleString('en')} pairs/s`)
console.log(`monolingual (the targets as ${Math.ceil(PAIRS / 100)} documents): ${m.toFixed(1)} s = ${(arabicBytes / 1e6 / m).toFixed(2)} MB/s of Arabic`)
console.log(`ratio (TSV bytes per second / monolingual bytes per second): ${((tsvBytes / c) / (arabicBytes / m)).toFixed(2)}; on the Arabic alone: ${(m / c).toFixed(2)} (target: at least 0.5)`)
rmSync(dir, {recursive: true, force: true})
