// npm run bench:shapes (npm run bench -- --shapes; also part of npm run bench): the `translint` command on
// one large file of each input shape of scripts/input-shapes.mjs, at two or
// more sizes, every rule on; prints the wall time, the processor time and the
// peak memory (max RSS) of the real process, the growth of the time per MB
// from the smallest size to the largest, and whether the targets are met.
// Prose comes from the ANT news corpus beside the project when it is there
// (31,196 articles, so 48 MB of text that does not repeat; see
// ../shared/corpus/ant/SOURCE.md), otherwise from the seeds and, when present,
// ../shared/corpus/clean, repeated.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import {shapes} from './input-shapes.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const MB = 1024 * 1024

function sourcesFrom(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'))
}

/** News articles (title and text), from the gzipped JSONL files of the ANT corpus. */
function antArticles(dir) {
  if (!existsSync(dir)) return []
  const articles = []
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
    for (const line of gunzipSync(readFileSync(join(dir, name))).toString('utf8').split('\n')) {
      if (!line) continue
      const article = JSON.parse(line)
      articles.push(`${article.title}\n${article.text.trim()}\n`)
    }
  }
  return articles
}

/**
 * The texts the shapes are built from, and what they are. Read when shapes run,
 * not when this module is imported: npm run bench imports it before measuring
 * the linter in its own process, and the ANT articles held in that heap (about
 * 80 MB of strings) slowed the one-thread figures by a third (the old
 * generation's collections walk them again and again).
 */
function shapeSources() {
  const ant = antArticles(join(root, '../shared/corpus/ant'))
  const sources = ant.length > 0 ? ant : [...sourcesFrom(join(root, 'seeds')), ...sourcesFrom(join(root, '../shared/corpus/clean'))]
  return {sources, origin: ant.length > 0 ? `${ant.length} ANT articles` : `${sources.length} seed and corpus documents (repeated)`}
}

// Sizes in bytes of UTF-8. 'كتاب\n' is 9 bytes: the word list is 100,000 and 400,000 lines.
const plan = [
  ['prose', [6, 12, 24, 48].map((n) => n * MB)],
  ['word list', [900_000, 3_600_000]],
  ['one line', [2.5 * MB, 10 * MB]],
  ['no spaces', [2.5 * MB, 10 * MB]],
  ['blank lines', [2.5 * MB, 10 * MB]],
  ['crlf', [2.5 * MB, 10 * MB]],
  // Markdown and HTML over 4 MiB (MAX_MARKUP_BYTES) are linted in sections, so the larger size is.
  ['markdown', [2.5 * MB, 10 * MB]],
  ['html', [2.5 * MB, 10 * MB]],
  // A Markdown paragraph and an HTML paragraph of the whole file: over 4 MiB, cut within their text.
  ['md wrapped', [2.5 * MB, 10 * MB]],
  ['html one p', [2.5 * MB, 10 * MB]],
  ['table', [2.5 * MB, 10 * MB]],
  ['punctuation', [2.5 * MB, 10 * MB]]
]
export function bareNode() {
  const times = []
  for (let i = 0; i < 5; i++) {
    const started = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', ''])
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return times.sort((a, b) => a - b)[2]
}

/**
 * Run the command on each shape (only the named ones when given), printing a
 * table row per file; returns the rows by shape.
 */
export function runShapes(only = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'translint-shapes-'))
  writeFileSync(join(cwd, '.linterrc.json'), JSON.stringify({extends: 'translint:all'}))
  const usageFile = join(cwd, 'usage.json')
  const {sources, origin} = shapeSources()

  /** The command on one file: wall seconds, processor seconds, peak RSS in MB, findings. */
  function run(path) {
    const started = process.hrtime.bigint()
    const result = spawnSync(
      process.execPath,
      ['--import', join(root, 'scripts/process-usage.mjs'), join(root, 'bin/translint.js'), '--format', 'json', path],
      {cwd, env: {...process.env, TRANSLINT_USAGE_FILE: usageFile}, encoding: 'utf8', maxBuffer: 1024 * MB}
    )
    const wall = Number(process.hrtime.bigint() - started) / 1e9
    if (result.status === 2 || result.status === null) throw new Error(`${path}: ${result.stderr || result.signal}`)
    const usage = JSON.parse(readFileSync(usageFile, 'utf8'))
    const findings = JSON.parse(result.stdout).reduce((n, file) => n + file.messages.length, 0)
    return {wall, cpu: (usage.userMicros + usage.systemMicros) / 1e6, rss: usage.maxRssKB / 1024, findings}
  }

  console.log(`input: ${origin}; every rule on; node -e '' here: ${bareNode().toFixed(0)} ms`)
  console.log('shape        |    size | wall s | MB/s | cpu s | peak RSS | findings | time per MB vs smallest (wall, cpu)')
  const results = new Map()
  try {
    for (const [name, sizes] of plan) {
      if (only.length > 0 && !only.includes(name)) continue
      const shape = shapes[name]
      const rows = []
      for (const bytes of sizes) {
        const text = shape.make(sources, bytes)
        const size = Buffer.byteLength(text) / MB
        const path = join(cwd, `input.${shape.format === 'markdown' ? 'md' : shape.format === 'html' ? 'html' : 'txt'}`)
        writeFileSync(path, text)
        const row = {size, ...run(path)}
        rows.push(row)
        const first = rows[0]
        const growth = (key) => (row[key] / row.size / (first[key] / first.size)).toFixed(2)
        console.log(
          `${name.padEnd(12)} | ${size.toFixed(1).padStart(5)} MB | ${row.wall.toFixed(1).padStart(6)} | ${(size / row.wall).toFixed(2).padStart(4)} | ` +
            `${row.cpu.toFixed(1).padStart(5)} | ${row.rss.toFixed(0).padStart(5)} MB | ${String(row.findings).padStart(8)} | ${growth('wall')}, ${growth('cpu')}`
        )
      }
      results.set(name, rows)
    }
  } finally {
    rmSync(cwd, {recursive: true, force: true})
  }
  console.log(`node -e '' here after the runs: ${bareNode().toFixed(0)} ms`)
  return results
}

// The targets: a 48 MB file in under 15 s and under 1 GB, a 100,000-line list in
// under 2 s, and time linear in size (the time per MB at the largest size at
// most 1.5 times that at the smallest, in processor time: the wall time of a
// shared machine drifts between runs).
/** Each target the rows show: [what, met, the figure]. */
export function shapeTargets(results) {
  const targets = []
  const prose = results.get('prose')?.at(-1)
  const list = results.get('word list')?.[0]
  if (prose) {
    targets.push([`${prose.size.toFixed(0)} MB single file under 15 s`, prose.wall < 15, `${prose.wall.toFixed(1)} s`])
    targets.push([`${prose.size.toFixed(0)} MB single file under 1 GB`, prose.rss < 1024, `${prose.rss.toFixed(0)} MB`])
  }
  if (list) targets.push(['100,000-line list under 2 s', list.wall < 2, `${list.wall.toFixed(2)} s`])
  for (const [name, rows] of results) {
    const first = rows[0]
    const last = rows.at(-1)
    const growth = last.cpu / last.size / (first.cpu / first.size)
    targets.push([`linear time, ${name}`, growth <= 1.5, `processor time per MB ×${growth.toFixed(2)} from ${first.size.toFixed(1)} to ${last.size.toFixed(1)} MB`])
  }
  return targets
}
