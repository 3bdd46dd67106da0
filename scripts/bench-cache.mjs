// `--cache` on a large tree: the wall time of a first run (fills the cache)
// and of a second run over the same unchanged files (every finding from the
// cache), each in a fresh process of the built bin, with every rule on.
//
// The tree is built in a temporary folder from ../shared/corpus/ant (edited
// news, one article a file) until it holds MB megabytes of text (default 100;
// articles are used again, with a number appended, when the corpus is used up).
//
//   node scripts/bench-cache.mjs [MB] [--strategy content|metadata]
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {buildTree} from './bench-tree.mjs'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const strategyAt = args.indexOf('--strategy')
const strategy = strategyAt === -1 ? 'content' : args[strategyAt + 1]
const megabytes = Number(args.find((arg, i) => /^\d+$/.test(arg) && (strategyAt === -1 || i !== strategyAt + 1)) ?? 100)
const dir = mkdtempSync(join(tmpdir(), 'translint-bench-cache-'))
const {files, bytes} = buildTree(dir, megabytes)

const bin = join(root, 'bin/translint.js')
function timed(label) {
  const start = process.hrtime.bigint()
  // The child's own CPU time (every thread), told on its standard error as it exits: on a shared machine
  // the wall time also counts the time other processes held the cores.
  const cpu = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\ncpu '+(u.userCPUTime+u.systemCPUTime)/1e6+'\\n')})`
  const result = spawnSync(process.execPath, ['--import', cpu, bin, '--cache', '--cache-strategy', strategy, '--format', 'jsonl', '-o', join(dir, `${label}.jsonl`), 'docs'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0 && result.status !== 1) throw new Error(`${label}: exit ${result.status}\n${result.stderr}`)
  const cpuSeconds = Number(/\ncpu ([\d.]+)\n$/.exec(result.stderr)?.[1])
  return {seconds, cpuSeconds}
}
const first = timed('first')
const second = timed('second')
const percent = (a, b) => ((100 * a) / b).toFixed(1)
const same = readFileSync(join(dir, 'first.jsonl'), 'utf8') === readFileSync(join(dir, 'second.jsonl'), 'utf8')
console.log(`tree: ${files} files, ${(bytes / 1e6).toFixed(1)} MB; --cache-strategy ${strategy}`)
console.log(`first run (fills the cache): ${first.seconds.toFixed(1)} s wall, ${first.cpuSeconds.toFixed(1)} s CPU`)
console.log(
  `second run (unchanged files): ${second.seconds.toFixed(2)} s wall = ${percent(second.seconds, first.seconds)}% of the first, ` +
    `${second.cpuSeconds.toFixed(2)} s CPU = ${percent(second.cpuSeconds, first.cpuSeconds)}%; same report: ${same}`
)
if (process.env.KEEP) console.log(`kept: ${dir}`)
else rmSync(dir, {recursive: true, force: true})
