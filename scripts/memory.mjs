#!/usr/bin/env node
// npm run bench:memory: the peak memory (max RSS, worker threads included) of
// the `translint` bin over about 100 MB of files, built in a temporary folder
// from copies of ../shared/corpus/clean (each copy with its own first line, so
// no two files are the same). A run that keeps every file until the end grows
// with the corpus; a streaming run does not.
//   node scripts/memory.mjs [MB] [formats, comma-separated] [-- extra translint arguments]
//   TRANSLINT_BIN=/other/checkout/bin/translint.js node scripts/memory.mjs   (compare another build)
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = process.env.TRANSLINT_BIN ?? join(root, 'bin/translint.js')
const args = process.argv.slice(2)
const split = args.indexOf('--')
const positional = split === -1 ? args : args.slice(0, split)
const megabytes = Number(positional[0] ?? 100)
const formats = (positional[1] ?? 'stylish,jsonl,sarif').split(',')
const extra = split === -1 ? [] : args.slice(split + 1)
const source = join(root, '../shared/corpus/clean')
if (!existsSync(source)) throw new Error(`${source} is missing (the shared corpus)`)
if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})

const texts = readdirSync(source)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(source, name), 'utf8'))
const dir = mkdtempSync(join(tmpdir(), 'translint-memory-'))
let bytes = 0
let files = 0
for (let copy = 0; bytes < megabytes * 1e6; copy++) {
  const folder = join(dir, `copy${String(copy).padStart(3, '0')}`)
  mkdirSync(folder)
  for (const [i, text] of texts.entries()) {
    const value = `نسخة رقم ${copy + 1} من المقال ${i + 1}.\n${text}`
    writeFileSync(join(folder, `${String(i).padStart(3, '0')}.txt`), value)
    bytes += Buffer.byteLength(value)
    files++
  }
}

// The bin reports its own peak on exit (resourceUsage covers every thread of the process).
const probe = join(dir, 'max-rss.mjs')
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nmax-rss-kb=${process.resourceUsage().maxRSS}\\n`))\n")
const bare = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, '-e', ''], {encoding: 'utf8'})
const bareKb = Number(/max-rss-kb=(\d+)/.exec(bare.stderr)?.[1])

console.log(`corpus: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, bin ${bin}`)
console.log(`a bare node process: ${(bareKb / 1024).toFixed(0)} MB`)
for (const format of formats) {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, bin, '--format', format, ...extra, dir], {
    encoding: 'utf8',
    maxBuffer: 2 ** 31 - 1,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const kb = Number(/max-rss-kb=(\d+)/.exec(result.stderr)?.[1])
  if (/argument '\w+' is invalid/.test(result.stderr)) {
    console.log(`--format ${format.padEnd(7)} not offered by this build`)
    continue
  }
  if (result.status === 2 || !kb) throw new Error(`${format}: exit ${result.status}\n${result.stderr.slice(0, 2000)}`)
  console.log(`--format ${format.padEnd(7)} peak ${(kb / 1024).toFixed(0).padStart(5)} MB   ${seconds.toFixed(1).padStart(6)} s   ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`)
}
rmSync(dir, {recursive: true, force: true})
