// The progress line: drawn on standard error only when it is a terminal, not
// in CI, and only once the run has lasted a while; erased before any other
// output and at the end. The real terminal is tmux (when installed; .ci/run
// installs it): the pane's whole byte stream is recorded with pipe-pane, and
// the screen read with capture-pane.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import {Progress, progressWanted} from '../src/cli/progress.ts'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'bin/translint.js')

/** A folder of `copies` × the seed files (about 29 KB a copy), with a tatweel finding in each. */
function docs(copies: number): string {
  const dir = fixture({})
  mkdirSync(join(dir, 'docs'))
  const seeds = readdirSync(join(root, 'seeds')).filter((name) => name.endsWith('.txt'))
  for (let i = 0; i < copies; i++) {
    for (const name of seeds) writeFileSync(join(dir, 'docs', `${i}-${name}`), `شاركت الأمانـة في المؤتمر ${i}.\n${readFileSync(join(root, 'seeds', name), 'utf8')}`)
  }
  return dir
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 60000)

describe('progress line', () => {
  afterEach(() => vi.useRealTimers())

  it('is wanted at a terminal, not elsewhere, and not in CI', () => {
    expect(progressWanted(true, {})).toBe(true)
    expect(progressWanted(false, {})).toBe(false)
    expect(progressWanted(true, {CI: 'true'})).toBe(false)
    expect(progressWanted(true, {CI: '1'})).toBe(false)
  })

  it('says files done, MB/s and ETA; nothing before the delay; erased before other output and at the end', () => {
    vi.useFakeTimers()
    let clock = 0
    const written: string[] = []
    const progress = new Progress({write: (text) => written.push(text), columns: 200}, 1000, () => clock)
    expect(progress.line()).toMatch(/^translint: 0 files {2}0\.00 MB {2}0\.00 MB\/s {2}counting files…$/)
    clock = 900
    vi.advanceTimersByTime(900)
    progress.clear()
    expect(written).toEqual([])
    progress.setTotal(10, 20e6)
    for (let i = 0; i < 4; i++) progress.fileDone(2e6)
    clock = 4000
    vi.advanceTimersByTime(200)
    // 8 MB in 4 s: 2 MB/s, 12 MB left: 6 s.
    expect(written.at(-1)).toBe('\rtranslint: 4/10 files   40% [========>           ]  8.0 MB  2.0 MB/s  ETA 0:06\x1b[K')
    progress.clear()
    expect(written.at(-1)).toBe('\r\x1b[K')
    const count = written.length
    progress.clear()
    expect(written.length).toBe(count)
    vi.advanceTimersByTime(100)
    expect(written.length).toBe(count + 1)
    progress.stop()
    expect(written.at(-1)).toBe('\r\x1b[K')
    vi.advanceTimersByTime(1000)
    expect(written.length).toBe(count + 2)
  })

  it('never wraps: the line is cut to the terminal width', () => {
    const progress = new Progress({write: () => {}, columns: 30}, 0)
    progress.setTotal(123456, 9e9)
    expect(progress.line().length).toBe(29)
    progress.stop()
  })

  it('is silent when standard error is not a terminal (a pipe), even for a long run', () => {
    const dir = docs(20)
    const env: NodeJS.ProcessEnv = {...process.env, TRANSLINT_PROGRESS_DELAY_MS: '0'}
    delete env.CI
    const result = spawnSync(process.execPath, [bin, '--format', 'json', 'docs'], {cwd: dir, encoding: 'utf8', env, maxBuffer: 1 << 28})
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toHaveLength(100)
  }, 60000)
})

const tmux = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0
if (!tmux) console.warn('progress line: the real-terminal tests are skipped: tmux is not installed (.ci/run installs it)')

describe.skipIf(!tmux)('progress line in a real terminal (tmux)', () => {
  /** Run translint in a fresh tmux server's 100×30 pane; the pane's output stream and its final screen (with history). */
  function inTerminal(dir: string, args: string[], env: Record<string, string>): {stream: string; screen: string} {
    const socket = `translint-progress-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
    const t = (...a: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...a], {cwd: dir, encoding: 'utf8'})
    const log = join(dir, 'pane.log')
    const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`)
    const quoted = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ')
    // The pane waits for its log to be piped before it runs translint, then keeps its screen for capture.
    const script = `while [ ! -e ${log} ]; do sleep 0.05; done; env -u CI ${vars.join(' ')} ${quoted}; echo "EXIT=$?"; sleep 120`
    try {
      expect(t('new-session', '-d', '-s', 'p', '-x', '100', '-y', '30', 'sh', '-c', script).status).toBe(0)
      expect(t('pipe-pane', '-t', 'p', '-o', `cat >> ${log}`).status).toBe(0)
      if (!existsSync(log)) writeFileSync(log, '')
      const deadline = Date.now() + 120000
      let screen = ''
      while (Date.now() < deadline) {
        screen = t('capture-pane', '-p', '-t', 'p', '-S', '-', '-E', '-').stdout
        if (/EXIT=\d/.test(screen)) break
        spawnSync('sleep', ['0.2'])
      }
      return {stream: readFileSync(log, 'utf8'), screen}
    } finally {
      t('kill-server')
    }
  }

  it('draws files done, MB/s and ETA while the run goes, then leaves the report on a clean screen', () => {
    const dir = docs(40)
    const {stream, screen} = inTerminal(dir, ['--quiet', '--rule', 'tatweel:error', 'docs'], {TRANSLINT_PROGRESS_DELAY_MS: '0'})
    expect(screen).toMatch(/EXIT=1/)
    const frames = [...stream.matchAll(/translint: ([\d,]+)(?:\/([\d,]+))? files[^\r\n\x1b]*/g)].map((match) => match[0])
    expect(frames.length, stream.slice(0, 2000)).toBeGreaterThan(0)
    const full = frames.filter((frame) => frame.includes('/200 files'))
    expect(full.length, frames.join('\n')).toBeGreaterThan(0)
    expect(full.at(-1)).toMatch(/^translint: [\d,]+\/200 files +\d+% \[[=> ]{20}\] +[\d.]+ MB +[\d.]+ MB\/s +ETA (\d+:\d\d|-)$/)
    // Every drawn line is erased: the screen holds the report and no trace of the bar.
    expect(screen).not.toMatch(/translint: [\d,]+(\/[\d,]+)? files/)
    expect(screen.trimEnd().split('\n').slice(-3).join('\n')).toMatch(/\n✖ [\d,]+ errors? in [\d,]+ files?\n+EXIT=1$/)
    expect(screen.split('\n').filter((line) => line.includes('Unexpected tatweel')).length).toBeGreaterThan(0)
  }, 180000)

  it('draws nothing when CI is set, even at a terminal', () => {
    const dir = docs(10)
    const {stream, screen} = inTerminal(dir, ['--rule', 'tatweel:error', '--format', 'json', '-o', 'out.json', 'docs'], {TRANSLINT_PROGRESS_DELAY_MS: '0', CI: 'true'})
    expect(screen).toMatch(/EXIT=1/)
    expect(stream).not.toMatch(/files/)
  }, 180000)
})
