// The built bin (what users and hooks run): worker threads give the same
// report as one thread, and the prebuilt config validator reports like ajv.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/translint.js')

function run(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8'})
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/worker.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 60000)

describe('bin/translint.js', () => {
  it('gives the same report with worker threads as in one thread', () => {
    const seeds = readFileSync(join(root, 'seeds/000_ffe6ca2c3771edd8.txt'), 'utf8')
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++) files[`doc${String(i).padStart(2, '0')}.txt`] = seeds.repeat(1 + (i % 3))
    const dir = fixture(files)
    const one = run(dir, ['--format', 'json', '--jobs', '1', '.'])
    const two = run(dir, ['--format', 'json', '--jobs', '2', '.'])
    expect(one.status).toBe(1)
    expect(two.status).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(one.stdout)).toHaveLength(12)
  }, 60000)

  it('stops printing without a word when its reader stops early (| head), and still finishes the run', () => {
    const seed = readFileSync(join(root, 'seeds/002_c874eb2f6f49f959.txt'), 'utf8')
    // About 20 KB of report a file: far more than a pipe holds, so writes go on after `head` has gone.
    const files: Record<string, string> = {'.linterrc.json': JSON.stringify({extends: 'translint:all'})}
    for (let i = 0; i < 40; i++) files[`doc${String(i).padStart(2, '0')}.txt`] = seed + 'شاركت الأمانـة.\n'
    const dir = fixture(files)
    const args = ['--fix', '--rule', 'tatweel:error', '--jobs', '1', '.']
    const whole = run(fixture(files), args)
    expect(whole.stdout.length).toBeGreaterThan(150000)
    const piped = spawnSync('bash', ['-c', `'${process.execPath}' '${bin}' ${args.join(' ')} | head -1; echo "status \${PIPESTATUS[0]}"`], {cwd: dir, encoding: 'utf8'})
    expect(piped.stderr).toBe('')
    expect(piped.stdout).toBe(`doc00.txt\nstatus ${whole.status}\n`)
    // The run went on to the last file after its reader left.
    expect(readFileSync(join(dir, 'doc39.txt'), 'utf8')).toContain('شاركت الأمانة.')
  }, 120000)

  it('fixes with worker threads like in one thread', () => {
    const text = 'شاركت الأمانـة العامة في المؤتمر ، وأكدت أهمية التعاون .\n'
    // Typography on: the text's fixes are typography's.
    const a = fixture({'x1.txt': text, 'x2.txt': text, 'x3.txt': text, '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    const b = fixture({'x1.txt': text, 'x2.txt': text, 'x3.txt': text, '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    run(a, ['--fix', '--jobs', '1', '.'])
    run(b, ['--fix', '--jobs', '3', '.'])
    for (const name of ['x1.txt', 'x2.txt', 'x3.txt']) {
      expect(readFileSync(join(b, name), 'utf8')).toBe(readFileSync(join(a, name), 'utf8'))
      expect(readFileSync(join(a, name), 'utf8')).not.toBe(text)
    }
  }, 60000)

  it('reports config errors through the prebuilt validator', () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({rules: {tatweel: ['warn', {allowInTitles: 'yes'}]}}), 'a.txt': 'نص.\n'})
    const result = run(dir, ['a.txt'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/\.linterrc\.json: rules\.tatweel\[1\]\.allowInTitles: must be boolean/)
  })

  it('prints the time spent in each rule with TIMING=1', () => {
    const dir = fixture({'a.txt': readFileSync(join(root, 'seeds/000_ffe6ca2c3771edd8.txt'), 'utf8')})
    const result = spawnSync(process.execPath, [bin, '--format', 'json', 'a.txt'], {cwd: dir, encoding: 'utf8', env: {...process.env, TIMING: '1'}})
    const lines = result.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative$/)
    expect(lines.slice(2).map((l) => l.split('|')[0].trim())).toContain('stray-period')
    expect(JSON.parse(result.stdout)[0].path).toBe('a.txt')
  })

  it('rejects a bad --jobs', () => {
    const result = run(fixture({'a.txt': 'نص.\n'}), ['--jobs', '0', 'a.txt'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/--jobs: expected a whole number of 1 or more/)
  })

  it('stops writing, without a stack trace, when the reader of its report closes the pipe', () => {
    // `translint … | head -c 1`: the shell's reader takes one byte and closes the pipe.
    const files = Object.fromEntries(Array.from({length: 300}, (_, i) => [`d${i}.txt`, 'قال الوزير  إن  التعاون مهم ،وأضاف.\n'.repeat(20)]))
    const dir = fixture(files)
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" --format jsonl . | head -c 1 > /dev/null; echo "status $?"`], {cwd: dir, encoding: 'utf8'})
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /)
    expect(result.stdout).toMatch(/status 0/)
  })
})
