// recipes/dask: a LocalCluster of worker processes, each piping its partitions
// through one long-lived `translint --stdin-jsonl` of the built bin, answers
// every record exactly as one translint process does, in order, bad records
// included; the run's records/s is printed. Needs Debian's python3-distributed
// (.ci/run installs it); skipped, with a message saying so, where it is missing.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/translint.js')
const recipe = join(root, 'recipes/dask/lint_corpus.py')

/** A Python that has Dask distributed: $PYTHON, Debian's, or the first on PATH. */
function pythonWithDask(): string | undefined {
  for (const python of [process.env.PYTHON, '/usr/bin/python3', 'python3']) {
    if (python && spawnSync(python, ['-c', 'import distributed, dask.bag'], {stdio: 'ignore'}).status === 0) return python
  }
  return undefined
}

const python = pythonWithDask()
if (!python) console.warn('recipes/dask test skipped: no python3 with Dask distributed (apt-get install python3-distributed; .ci/run installs it)')

describe.skipIf(!python)('recipes/dask', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
  }, 60000)

  it('lints records on several worker processes, each through one translint --stdin-jsonl, as one process would', () => {
    const texts: [string, string][] = []
    for (const name of readdirSync(join(root, 'seeds')).filter((n) => n.endsWith('.txt')).sort()) texts.push([`seeds/${name}`, readFileSync(join(root, 'seeds', name), 'utf8')])
    const clean = join(root, '../shared/corpus/clean')
    if (existsSync(clean)) {
      for (const name of readdirSync(clean).filter((n) => n.endsWith('.txt')).sort().slice(0, 150)) texts.push([`clean/${name}`, readFileSync(join(clean, name), 'utf8')])
    }
    const lines = texts.map(([id, text], i) => JSON.stringify({id, text}, null, 0) + (i === 3 ? '\n{"id": "no text"}' : ''))
    const dir = mkdtempSync(join(tmpdir(), 'translint-dask-'))
    writeFileSync(join(dir, 'records.jsonl'), lines.join('\n') + '\n')

    const run = spawnSync(
      python!,
      [recipe, 'records.jsonl', '--workers', '2', '--partitions', '6', '--output', 'findings.jsonl', '--translint', `${process.execPath} ${bin}`, '--', '--rule', 'tatweel:error'],
      {cwd: dir, encoding: 'utf8', timeout: 240000}
    )
    expect(run.status, run.stderr).toBe(0)
    const rate = /(\d+) records on 2 worker processes \((\d+) translint processes\) in ([\d.]+) s: ([\d.]+) records\/s/.exec(run.stderr)
    expect(rate, run.stderr).not.toBeNull()
    // Both workers linted partitions, each with its own translint.
    expect(Number(rate![2])).toBe(2)
    console.log(`recipes/dask: ${rate![0]}`)

    const one = spawnSync(process.execPath, [bin, '--stdin-jsonl', '--rule', 'tatweel:error'], {cwd: dir, input: readFileSync(join(dir, 'records.jsonl')), encoding: 'utf8'})
    const distributed = readFileSync(join(dir, 'findings.jsonl'), 'utf8')
    expect(distributed.split('\n').length).toBe(texts.length + 2)
    // The same answers in the same order; a bad record's line number counts the lines its worker's translint has read.
    const answers = (text: string) => text.split('\n').map((line) => line.replace(/^(\{"id":"no text","line":)\d+/, '$1N'))
    const [mine, theirs] = [answers(distributed), answers(one.stdout)]
    expect(mine.map((line) => line.slice(0, 40))).toEqual(theirs.map((line) => line.slice(0, 40)))
    expect(mine.every((line, i) => line === theirs[i])).toBe(true)
    expect(mine).toContain('{"id":"no text","line":N,"error":"expected an object with `id` (a string or a number) and `text` (a string)"}')
    expect(distributed.split('\n').filter((line) => line.includes('"ruleId"')).length).toBeGreaterThan(0)
  }, 300000)
})
