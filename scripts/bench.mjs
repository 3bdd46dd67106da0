#!/usr/bin/env node
// npm run bench: throughput of the whole pipeline with every rule on, in one
// process, over a corpus of at least 10 MB built (in a temporary folder) from
// the seeds and, when present, ../shared/corpus/clean; then the cold-start wall
// time of the `translint` bin on one seed file.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
if (!existsSync(join(root, 'dist/index.js'))) execFileSync('node', ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
// `--shapes`: one large file of each input shape instead (scripts/bench-shapes.mjs).
if (process.argv.includes('--shapes')) {
  await import('./bench-shapes.mjs')
  process.exit()
}
const {lintSync, rules, runTasks, resolveRuleSettings, plannedJobs} = await import(join(root, 'dist/index.js'))

const sources = []
const add = (dir) => {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) sources.push(readFileSync(join(dir, name), 'utf8'))
}
add(join(root, 'seeds'))
add(join(root, '../shared/corpus/clean'))
const target = 10 * 1024 * 1024
const corpus = []
let bytes = 0
while (bytes < target) {
  for (const text of sources) {
    corpus.push(text)
    bytes += Buffer.byteLength(text)
    if (bytes >= target) break
  }
}
const all = Object.fromEntries(rules.map((r) => [r.id, r.severity === 'off' ? 'warn' : r.severity]))

// One thread: warm-up (JIT, lazy data such as the lexicon), then the measured run.
for (const text of sources.slice(0, 20)) lintSync(text, {rules: all})
let started = process.hrtime.bigint()
let messages = 0
for (const text of corpus) messages += lintSync(text, {rules: all}).messages.length
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const mb = bytes / (1024 * 1024)

// Steady state: the same 10 MB again, now that the JIT has optimised the code.
started = process.hrtime.bigint()
for (const text of corpus) lintSync(text, {rules: all})
const steadySeconds = Number(process.hrtime.bigint() - started) / 1e9

// The whole process, as the CLI runs a folder: worker threads, one per core.
const settings = resolveRuleSettings(all)
const tasks = corpus.map((value, i) => ({path: `doc${i}.txt`, value, rules: settings, settings: {}}))
// What the CLI would pick here; at least 2 so the figure is measured either way.
const jobs = Math.max(2, plannedJobs(tasks))
started = process.hrtime.bigint()
const results = await runTasks(tasks, {jobs})
const pooledSeconds = Number(process.hrtime.bigint() - started) / 1e9
const pooledMessages = results.reduce((n, r) => n + r.file.messages.length, 0)
if (pooledMessages !== messages) throw new Error(`worker threads found ${pooledMessages} messages, one thread ${messages}`)
const peak = process.resourceUsage().maxRSS / 1024

// Cold start: the bin on one seed file, as a pre-commit hook runs it.
const seed = join(root, 'seeds', readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt')).sort()[0])
const times = []
const cwd = mkdtempSync(join(tmpdir(), 'translint-bench-'))
for (let i = 0; i < 11; i++) {
  const t0 = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [join(root, 'bin/translint.js'), '--format', 'json', seed], {cwd, encoding: 'utf8'})
  times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  if (result.status === 2) throw new Error(result.stderr)
}
rmSync(cwd, {recursive: true, force: true})
times.sort((a, b) => a - b)
const bare = []
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint()
  spawnSync(process.execPath, ['-e', ''])
  bare.push(Number(process.hrtime.bigint() - t0) / 1e6)
}
bare.sort((a, b) => a - b)

console.log(`corpus: ${corpus.length} files, ${mb.toFixed(1)} MB, ${rules.length} rules on, ${messages} messages`)
console.log(`throughput, ${jobs} worker threads (startup included): ${(mb / pooledSeconds).toFixed(2)} MB/s, ${(corpus.length / pooledSeconds).toFixed(0)} files/s (${pooledSeconds.toFixed(2)} s)`)
console.log(`throughput, one thread, first 10 MB (JIT warming up): ${(mb / seconds).toFixed(2)} MB/s, ${(corpus.length / seconds).toFixed(0)} files/s (${seconds.toFixed(2)} s)`)
console.log(`throughput, one thread, next 10 MB (steady state): ${(mb / steadySeconds).toFixed(2)} MB/s, ${(corpus.length / steadySeconds).toFixed(0)} files/s (${steadySeconds.toFixed(2)} s)`)
console.log(`peak memory (max RSS): ${peak.toFixed(0)} MB`)
const cold = times[Math.floor(times.length / 2)]
console.log(`one file, cold start (bin, median of ${times.length}): ${cold.toFixed(0)} ms (node -e '' here: ${bare[2].toFixed(0)} ms)`)
// The targets of the project: 5 MB/s in one process with every rule on, 250 ms for one file from a cold start.
const verdict = (ok) => (ok ? 'met' : 'NOT met')
console.log(
  `targets: >= 5 MB/s in one thread: steady state ${verdict(mb / steadySeconds >= 5)}, first 10 MB ${verdict(mb / seconds >= 5)}; ` +
    `<= 250 ms cold start ${verdict(cold <= 250)}`
)
