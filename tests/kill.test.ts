// The built bin under faults a user meets: killed at random moments during
// `--fix`, interrupted with SIGTERM, two `--fix` runs at once. Every file must
// end up as it was or correctly fixed, and nothing may be left behind.
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/translint.js')
const seed = readFileSync(join(root, 'seeds/000_ffe6ca2c3771edd8.txt'), 'utf8')

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 60000)

/** Files with typography and artefact fixes; every fourth has a second hard link (written in place), one is behind a symlink. */
function corpus(count: number): string {
  const files: Record<string, string> = {}
  for (let i = 0; i < count; i++) {
    files[`doc${String(i).padStart(3, '0')}.txt`] =
      `شاركت الأمانـة العامة في المؤتمر الدولي ${i}. وأكدت أهمية التعاون التعاون بين الدول.\n` + seed.slice(0, 400 + ((i * 997) % 3000))
  }
  files['real/target.txt'] = 'وقالت المنظمـة إن الاجتماع الاجتماع انتهى.\n'
  // Typography on: each file has a typography fix (tatweel) and an artefact one (a doubled word).
  files['.linterrc.json'] = JSON.stringify({extends: ['translint:recommended', 'translint:typography']})
  const dir = fixture(files)
  for (let i = 0; i < count; i += 4) linkSync(join(dir, `doc${String(i).padStart(3, '0')}.txt`), join(dir, `hard${String(i).padStart(3, '0')}.txt`))
  symlinkSync('real/target.txt', join(dir, 'link.txt'))
  return dir
}

function contents(dir: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const name of readdirSync(dir)) if (name.endsWith('.txt')) map.set(name, readFileSync(join(dir, name), 'utf8'))
  map.set('real/target.txt', readFileSync(join(dir, 'real/target.txt'), 'utf8'))
  return map
}

function sidecars(dir: string): string[] {
  return [...readdirSync(dir), ...readdirSync(join(dir, 'real')).map((n) => `real/${n}`)].filter((name) => name.split('/').pop()!.startsWith('.') && name !== '.linterrc.json')
}

function runBin(dir: string, args: string[]): {code: number | null; stderr: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: dir, encoding: 'utf8'})
  return {code: result.status, stderr: result.stderr}
}

function start(dir: string, args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], {cwd: dir, stdio: ['ignore', 'ignore', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const done = new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) =>
    child.on('exit', (code, signal) => resolve({code, signal, stderr}))
  )
  return {child, done}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('--fix under faults (built bin)', () => {
  it('kill -9 during --fix never loses data', async () => {
    const original = corpus(48)
    const once = mkdtempSync(join(tmpdir(), 'translint-fixed-'))
    cpSync(original, once, {recursive: true, verbatimSymlinks: true})
    const started = Date.now()
    expect(runBin(once, ['--fix', '.']).code).toBe(1)
    const duration = Date.now() - started
    const before = contents(original)
    const after = contents(once)
    expect([...after].filter(([name, text]) => text !== before.get(name)).length).toBeGreaterThan(40)

    // A random moment of the run (start-up, linting, writing, the end), several times over the same folder.
    // Each kill leaves less to fix, so later runs end sooner and a kill drawn from the first run's time may
    // come after the end: a round goes on (up to 12 kills) until 3 of its kills came while the run was going.
    let killedWhileRunning = 0
    for (let round = 0; round < 2; round++) {
      const dir = corpus(48)
      const killedBefore = killedWhileRunning
      for (let trial = 0; trial < 12 && (trial < 6 || killedWhileRunning - killedBefore < 3); trial++) {
        const run = start(dir, ['--fix', '.'])
        await sleep(Math.random() * duration * 1.1)
        run.child.kill('SIGKILL')
        const exit = await run.done
        if (exit.signal === 'SIGKILL') killedWhileRunning++
        const now = contents(dir)
        const journals = sidecars(dir).filter((n) => n.endsWith('.journal'))
        for (const [name, text] of now) {
          const ok = text === before.get(name) || text === after.get(name)
          // The one state a kill may leave outside these: a hard-linked file cut short mid-write, with its journal beside it.
          if (!ok) expect(journals.some((j) => j.startsWith(`.${name}.translint-`) || j.includes(`/.${name.split('/').pop()}.`))).toBe(true)
          if (!ok) expect(name.startsWith('doc') || name.startsWith('hard')).toBe(true)
        }
      }
      // The next run finishes the work and leaves nothing behind.
      const last = runBin(dir, ['--fix', '.'])
      expect(last.stderr).not.toMatch(/internal error|cannot/)
      expect(contents(dir)).toEqual(after)
      expect(sidecars(dir)).toEqual([])
      // Hard links are still links to one file; the symlink is still a symlink.
      for (let i = 0; i < 48; i += 4) expect(statSync(join(dir, `hard${String(i).padStart(3, '0')}.txt`)).ino).toBe(statSync(join(dir, `doc${String(i).padStart(3, '0')}.txt`)).ino)
      expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    }
    expect(killedWhileRunning).toBeGreaterThan(3)
  }, 180000)

  it('SIGTERM during --fix exits 143 and leaves no temporary file', async () => {
    const dir = corpus(150)
    const before = contents(dir)
    const run = start(dir, ['--fix', '.'])
    // Once the first fixes are written.
    for (let i = 0; i < 400 && contents(dir).get('doc000.txt') === before.get('doc000.txt'); i++) await sleep(25)
    run.child.kill('SIGTERM')
    const exit = await run.done
    expect(exit).toMatchObject({code: 143, signal: null})
    expect(sidecars(dir)).toEqual([])
    const now = contents(dir)
    expect(now.get('doc000.txt')).not.toBe(before.get('doc000.txt'))
    // Stopped before the end: the rest is untouched (each file whole: old or fixed, checked above in the kill test).
    expect(now.get('doc149.txt')).toBe(before.get('doc149.txt'))
  }, 60000)

  it('two --fix runs at once with different --fix-type keep both fixes on every file', async () => {
    const dir = corpus(80)
    const one = start(dir, ['--fix', '--fix-type', 'typography', '.'])
    const two = start(dir, ['--fix', '--fix-type', 'artefact', '.'])
    const [a, b] = await Promise.all([one.done, two.done])
    expect(a.stderr).not.toMatch(/changed on disk|cannot/)
    expect(b.stderr).not.toMatch(/changed on disk|cannot/)
    for (const [name, text] of contents(dir)) {
      if (!name.startsWith('doc')) continue
      // The typography fix (tatweel) and the artefact fix (the repeated word) are both there.
      expect(text, name).toContain('الأمانة العامة')
      expect(text, name).toContain('أهمية التعاون بين')
    }
    expect(sidecars(dir)).toEqual([])
  }, 60000)
})
