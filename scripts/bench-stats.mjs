#!/usr/bin/env node
// npm run bench:stats: what the corpus statistics cost a cold start. Fresh
// processes, alternating, each lint one seed file once with every rule on,
// with the statistics (read lazily: the header, then each table a rule asks
// for) and without them (`stats: false`); the difference of the medians is
// what loading the statistics costs (wall time and the process's processor
// time, which a loaded machine inflates less). Alternating runs in one period keep a
// shared, drifting machine's load out of the difference.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
if (!existsSync(join(root, 'dist/index.js'))) execFileSync('node', ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
const runs = Number(process.argv[2] ?? 15)
const seeds = join(root, 'seeds')
const seed = join(seeds, readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()[0])

// One fresh process: import the library, then time the first lint of the seed.
const child = `
const {readFileSync} = await import('node:fs')
const lib = await import(${JSON.stringify(join(root, 'dist/index.js'))})
const all = Object.fromEntries(lib.rules.map((r) => [r.id, r.severity === 'off' ? 'warn' : r.severity]))
const text = readFileSync(${JSON.stringify(seed)}, 'utf8')
const useStats = process.argv[1] === 'on'
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const file = lib.lintSync(text, {rules: all, settings: {useStats}})
const cpu = process.cpuUsage(cpu0)
const ms = performance.now() - t0
console.log(JSON.stringify({ms, cpu: (cpu.user + cpu.system) / 1000, messages: file.messages.length}))
`
const measured = {on: [], off: [], onCpu: [], offCpu: []}
for (let i = 0; i < runs; i++) {
  for (const mode of i % 2 ? ['off', 'on'] : ['on', 'off']) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, mode], {encoding: 'utf8'})
    if (result.status !== 0) throw new Error(result.stderr)
    const {ms, cpu} = JSON.parse(result.stdout)
    measured[mode].push(ms)
    measured[mode + 'Cpu'].push(cpu)
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const on = median(measured.on)
const off = median(measured.off)
console.log(`first lint of ${seed.slice(root.length + 1)}, every rule on, ${runs} fresh processes each, medians:`)
const onCpu = median(measured.onCpu)
const offCpu = median(measured.offCpu)
console.log(`                     wall       processor`)
console.log(`  with statistics    ${on.toFixed(1).padStart(6)} ms  ${onCpu.toFixed(1).padStart(6)} ms`)
console.log(`  without statistics ${off.toFixed(1).padStart(6)} ms  ${offCpu.toFixed(1).padStart(6)} ms`)
console.log(`  statistics cost    ${(on - off).toFixed(1).padStart(6)} ms  ${(onCpu - offCpu).toFixed(1).padStart(6)} ms (target: at most 30 ms)`)
