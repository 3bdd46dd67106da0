#!/usr/bin/env node
// npm run bench: the project's speed and memory targets, each measured and
// judged, with every rule on and the bare `node -e ''` time of the same run
// beside them (the machine is shared: its speed drifts by a third from one
// hour to the next, and a loaded machine slows every figure):
//   1. one thread in one process: the first 10 MB of a fresh process (the JIT
//      warming up) and the next 10 MB (steady state), built from the seeds
//      and, when present, ../shared/corpus/clean;
//   2. the `translint` bin on one seed file from a cold start (median of 11);
//   3. the bin in a fresh process over MB megabytes of files (default 100,
//      scripts/bench-tree.mjs) with --cache: throughput and peak memory
//      (every thread), then the same run again, every finding from the cache;
//   4. the input shapes of npm run bench:shapes (one large file each).
//
//   npm run bench                  all of it (tens of minutes on a loaded machine)
//   npm run bench -- --quick       1 and 2 only
//   npm run bench -- --mb 40       3 over 40 MB instead of 100
//   npm run bench -- --jobs 1      3 with this --jobs (default: one thread per core)
//   npm run bench -- --no-shapes   without 4
//   npm run bench:shapes           4 only
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
if (!existsSync(join(root, 'dist/index.js'))) execFileSync('node', ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const quick = args.includes('--quick')
const megabytes = Number(option('--mb') ?? 100)
const jobs = Number(option('--jobs') ?? availableParallelism())
const withShapes = !quick && !args.includes('--no-shapes')

const {bareNode, runShapes, shapeTargets} = await import('./bench-shapes.mjs')
const verdict = (ok) => (ok ? 'met' : 'NOT met')
if (args.includes('--shapes')) {
  const results = runShapes(args.filter((arg) => !arg.startsWith('--')))
  for (const [what, ok, figure] of shapeTargets(results)) console.log(`target: ${what}: ${verdict(ok)} (${figure})`)
  process.exit()
}
/** Every target measured: [what, met, the figure]. */
const targets = []
const load = () => loadavg()[0].toFixed(1)
console.log(`load average at the start: ${load()} (${availableParallelism()} cores); node -e '' here: ${bareNode().toFixed(0)} ms`)

// 1. One thread, in this process.
const {lintSync, rules} = await import(join(root, 'dist/index.js'))
const sources = []
const add = (dir) => {
  if (!existsSync(dir)) return
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) sources.push(readFileSync(join(dir, name), 'utf8'))
}
add(join(root, 'seeds'))
add(join(root, '../shared/corpus/clean'))
const corpus = []
let bytes = 0
while (bytes < 10 * 1024 * 1024) {
  for (const text of sources) {
    corpus.push(text)
    bytes += Buffer.byteLength(text)
    if (bytes >= 10 * 1024 * 1024) break
  }
}
const all = Object.fromEntries(rules.map((r) => [r.id, r.severity === 'off' ? 'warn' : r.severity]))
const mb = bytes / (1024 * 1024)
// Nothing linted before: the first 10 MB include the JIT's warm-up and loading the lexicon.
let started = process.hrtime.bigint()
let messages = 0
for (const text of corpus) messages += lintSync(text, {rules: all}).messages.length
const seconds = Number(process.hrtime.bigint() - started) / 1e9
started = process.hrtime.bigint()
for (const text of corpus) lintSync(text, {rules: all})
const steadySeconds = Number(process.hrtime.bigint() - started) / 1e9
console.log(`corpus: ${corpus.length} files, ${mb.toFixed(1)} MB, ${rules.length} rules on, ${messages} messages`)
console.log(`one thread, first 10 MB of a fresh process (JIT warming up): ${(mb / seconds).toFixed(2)} MB/s, ${(corpus.length / seconds).toFixed(0)} files/s (${seconds.toFixed(2)} s)`)
console.log(`one thread, next 10 MB (steady state): ${(mb / steadySeconds).toFixed(2)} MB/s (${steadySeconds.toFixed(2)} s)`)
targets.push(['>= 6 MB/s, one core, first 10 MB', mb / seconds >= 6, `${(mb / seconds).toFixed(2)} MB/s`])

// 2. Cold start: the bin on one seed file, as a pre-commit hook runs it.
const seed = join(root, 'seeds', readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt')).sort()[0])
const times = []
const coldCwd = mkdtempSync(join(tmpdir(), 'translint-bench-'))
for (let i = 0; i < 11; i++) {
  const t0 = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [join(root, 'bin/translint.js'), '--format', 'json', seed], {cwd: coldCwd, encoding: 'utf8'})
  times.push(Number(process.hrtime.bigint() - t0) / 1e6)
  if (result.status === 2) throw new Error(result.stderr)
}
rmSync(coldCwd, {recursive: true, force: true})
const cold = times.sort((a, b) => a - b)[5]
const bare = bareNode()
console.log(`one seed file, cold start (bin, median of 11): ${cold.toFixed(0)} ms (node -e '' here: ${bare.toFixed(0)} ms)`)
targets.push(['<= 150 ms, one seed file from a cold start', cold <= 150, `${cold.toFixed(0)} ms, node -e '' ${bare.toFixed(0)} ms`])

// 3. A fresh process over a tree of files, then the same again from the cache.
if (!quick) {
  const {buildTree} = await import('./bench-tree.mjs')
  const dir = mkdtempSync(join(tmpdir(), 'translint-bench-tree-'))
  try {
    const tree = buildTree(dir, megabytes)
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({extends: 'translint:all'}))
    const treeMB = tree.bytes / 1e6
    const usageFile = join(dir, 'usage.json')
    const run = (label) => {
      const t0 = process.hrtime.bigint()
      const result = spawnSync(
        process.execPath,
        ['--import', join(root, 'scripts/process-usage.mjs'), join(root, 'bin/translint.js'), '--jobs', String(jobs), '--cache', '--format', 'jsonl', '-o', join(dir, `${label}.jsonl`), 'docs'],
        {cwd: dir, env: {...process.env, TRANSLINT_USAGE_FILE: usageFile}, encoding: 'utf8'}
      )
      const wall = Number(process.hrtime.bigint() - t0) / 1e9
      if (result.status !== 0 && result.status !== 1) throw new Error(`${label}: exit ${result.status}\n${result.stderr}`)
      const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
      return {wall, cpu: (usage.userMicros + usage.systemMicros) / 1e6, rss: usage.maxRssKB / 1024, bare: bareNode(), load: load()}
    }
    const first = run('first')
    console.log(
      `fresh process, --jobs ${jobs}, ${tree.files} files, ${treeMB.toFixed(1)} MB (filling the cache): ${(treeMB / first.wall).toFixed(2)} MB/s ` +
        `(${first.wall.toFixed(1)} s wall, ${first.cpu.toFixed(1)} s processor), peak memory ${first.rss.toFixed(0)} MB; node -e '' ${first.bare.toFixed(0)} ms, load ${first.load}`
    )
    const second = run('second')
    const same = readFileSync(join(dir, 'first.jsonl'), 'utf8') === readFileSync(join(dir, 'second.jsonl'), 'utf8')
    const percent = (100 * second.wall) / first.wall
    console.log(`second run, every file unchanged (from the cache): ${second.wall.toFixed(2)} s wall = ${percent.toFixed(1)}% of the first; same report: ${same}`)
    targets.push([`>= 10 MB/s over the first ${treeMB.toFixed(0)} MB of a fresh process (--jobs ${jobs})`, treeMB / first.wall >= 10, `${(treeMB / first.wall).toFixed(2)} MB/s`])
    targets.push([`< 300 MB peak memory over ${treeMB.toFixed(0)} MB of files`, first.rss < 300, `${first.rss.toFixed(0)} MB`])
    targets.push(['cached second run < 10% of the first', percent < 10 && same, `${percent.toFixed(1)}%${same ? '' : ', NOT the same report'}`])
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

// 4. One large file of each input shape.
if (withShapes) targets.push(...shapeTargets(runShapes()))

console.log(`load average at the end: ${load()}`)
for (const [what, ok, figure] of targets) console.log(`target: ${what}: ${verdict(ok)} (${figure})`)
