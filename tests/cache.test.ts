// `--cache`: a second run over unchanged files takes every file's findings
// from .translintcache; anything a result depends on (the file's bytes, the
// config, a rule option, a word list, an organisation file, a statistics file,
// the engine) makes the entry a miss; the output of a cached run is the
// uncached run's, byte for byte, in every format; a damaged cache is a notice.
//
// To tell a result served from the cache from one linted again, the tests mark
// the cache: every reason in it is prefixed with `(cached) `. A run that shows
// the mark used the cache; one that does not linted the file.
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {syncBuiltinESMExports} from 'node:module'
import {chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {clearConfigCache} from '../src/config/load.ts'
import {clearSettingsCache} from '../src/engine/settings.ts'
import {CACHE_NAME, SETTLE_MS} from '../src/cli/cache.ts'
import {cli, fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const seedDir = join(root, 'seeds')
const seeds = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort()

const tatweel = 'شاركت الأمانـة في المؤتمر.\n'
// The findings these tests cache are typography's (tatweel): every fixture switches the preset on.
const typography = {'.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})}
const clean = 'شاركت الأمانة في المؤتمر.\n'

function withSeeds(extra: Record<string, string | Buffer> = {}): string {
  const files: Record<string, string | Buffer> = {...typography, ...extra}
  for (const name of seeds) files[`docs/${name}`] = readFileSync(join(seedDir, name))
  return fixture(files)
}

/** Prefix every reason in the cache file with `(cached) `. */
function mark(cacheFile: string): void {
  const text = readFileSync(cacheFile, 'utf8')
  expect(text).toContain('"reason":"')
  writeFileSync(cacheFile, text.replaceAll('"reason":"', '"reason":"(cached) '))
}

const reasons = (stdout: string): string[] =>
  (JSON.parse(stdout) as {messages: {reason: string}[]}[]).flatMap((file) => file.messages.map((m) => m.reason))

async function run(dir: string, args: string[]) {
  // Config files and word lists change between runs of a test: forget what this process loaded.
  clearConfigCache()
  clearSettingsCache()
  return cli(args, {cwd: dir})
}

/** Run with the clock SETTLE_MS and a second ahead: files read now look long settled. */
async function lateReads<T>(action: () => Promise<T>): Promise<T> {
  const now = Date.now
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => now() + SETTLE_MS + 1000)
  try {
    return await action()
  } finally {
    spy.mockRestore()
  }
}

/** Run, and tell which documents were opened for reading (fs.openSync, as read.ts opens them). */
async function counting<T>(action: () => Promise<T>): Promise<{result: T; opened: string[]}> {
  const opened: string[] = []
  const open = fs.openSync
  const spy = vi.spyOn(fs, 'openSync').mockImplementation(((path: fs.PathLike, ...rest: never[]) => {
    if (String(path).endsWith('.txt')) opened.push(String(path))
    return (open as (...args: unknown[]) => number)(path, ...rest)
  }) as typeof fs.openSync)
  // The modules' named imports of node:fs see the spy too.
  syncBuiltinESMExports()
  try {
    return {result: await action(), opened}
  } finally {
    spy.mockRestore()
    syncBuiltinESMExports()
  }
}

beforeEach(() => {
  clearConfigCache()
  clearSettingsCache()
})

describe('--cache', () => {
  it('takes the findings of unchanged files from the cache, and lints a changed file again', async () => {
    const dir = withSeeds({'docs/x.txt': tatweel})
    const first = await run(dir, ['--cache', '--format', 'json', 'docs'])
    expect(first.code).toBe(1)
    expect(existsSync(join(dir, CACHE_NAME))).toBe(true)
    mark(join(dir, CACHE_NAME))
    const second = await run(dir, ['--cache', '--format', 'json', 'docs'])
    expect(reasons(second.stdout).length).toBe(reasons(first.stdout).length)
    expect(reasons(second.stdout).every((reason) => reason.startsWith('(cached) '))).toBe(true)
    expect(second.code).toBe(1)

    writeFileSync(join(dir, 'docs/x.txt'), tatweel + tatweel)
    const third = await run(dir, ['--cache', '--format', 'json', 'docs'])
    const entries = JSON.parse(third.stdout) as {path: string; messages: {reason: string}[]}[]
    const x = entries.find((entry) => entry.path === 'docs/x.txt')!
    expect(x.messages.filter((m) => m.reason.includes('tatweel'))).toHaveLength(2)
    expect(x.messages.every((m) => !m.reason.startsWith('(cached) '))).toBe(true)
    // The other files still come from the cache.
    expect(entries.filter((entry) => entry.path !== 'docs/x.txt').every((entry) => entry.messages.every((m) => m.reason.startsWith('(cached) ')))).toBe(true)
  })

  it('a cached run prints what the uncached run printed, byte for byte, in every format', async () => {
    const files: Record<string, string | Buffer> = {
      'docs/a.md': `# عنوان\n\n${tatweel}\nنص فيه <!-- translint-disable tatweel --> الأمانـة\n`,
      'docs/ui.po': readFileSync(join(root, 'tests/fixtures/bitext/ui.po')),
      'docs/ui.xlf': readFileSync(join(root, 'tests/fixtures/bitext/ui.xlf')),
      'docs/clean.txt': clean,
      '.linterrc.json': JSON.stringify({extensions: ['txt', 'md', 'po', 'xlf']})
    }
    const dir = withSeeds(files)
    for (const format of ['json', 'jsonl', 'sarif', 'stylish', 'github', 'checkstyle', 'junit']) {
      for (const args of [[], ['--quiet'], ['--report-unused-disable-directives']]) {
        const plain = await run(dir, ['--format', format, ...args, 'docs'])
        const filling = await run(dir, ['--cache', '--format', format, ...args, 'docs'])
        const cached = await run(dir, ['--cache', '--format', format, ...args, 'docs'])
        expect(plain.stdout.length).toBeGreaterThan(0)
        expect(filling.stdout, `${format} ${args}`).toBe(plain.stdout)
        expect(cached.stdout, `${format} ${args}`).toBe(plain.stdout)
        expect(cached.stderr).toBe(plain.stderr)
        expect(cached.code).toBe(plain.code)
      }
    }
  })

  it('lints again after a change to the config, a rule option, a word list, an organisation file or a statistics file', async () => {
    const doc = 'وأكد رئيس الوزراء أن الحكومة ماضية في خطتها. وقال إن العمل بدأ في منظمة الصحة العالمية.\n' + tatweel
    const dir = fixture({
      ...typography,
      'docs/x.txt': doc,
      'words.txt': 'كلمة\n',
      'orgs.json': JSON.stringify([{canonical: 'منظمة الصحة العالمية'}]),
      'house/a.txt': doc,
      'other/a.txt': 'كتب الكاتب مقالا عن الاقتصاد. وقال إن السوق تراجعت.\n'
    })
    expect((await run(dir, ['stats', 'build', 'house', '-o', 'house.tlstats'])).code).toBe(0)
    expect((await run(dir, ['stats', 'build', 'other', '-o', 'other.tlstats'])).code).toBe(0)
    const config = (extra: object) => writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({extends: ['translint:recommended', 'translint:typography'], words: ['words.txt'], organizations: ['orgs.json'], stats: ['house.tlstats'], ...extra}))
    config({})
    const cacheFile = join(dir, CACHE_NAME)
    const fresh = async (args: string[] = []) => {
      const result = await run(dir, ['--cache', '--format', 'json', ...args, 'docs'])
      expect(result.stderr).toBe('')
      expect(result.code).toBeLessThan(2)
      const all = reasons(result.stdout)
      expect(all.length).toBeGreaterThan(0)
      return all.every((reason) => !reason.startsWith('(cached) '))
    }
    const served = async (args: string[] = []) => {
      const result = await run(dir, ['--cache', '--format', 'json', ...args, 'docs'])
      return reasons(result.stdout).every((reason) => reason.startsWith('(cached) '))
    }
    const changes: [string, () => void, string[]?][] = [
      ['config file', () => config({rules: {'sentence-length': 'off'}})],
      ['rule option on the command line', () => {}, ['--rule', 'sentence-length:warn:{"max":12}']],
      ['word list', () => writeFileSync(join(dir, 'words.txt'), 'كلمة\nأخرى\n')],
      ['organisation file', () => writeFileSync(join(dir, 'orgs.json'), JSON.stringify([{canonical: 'منظمة الصحة العالمية'}, {canonical: 'البنك الدولي'}]))],
      ['statistics file', () => copyFileSync(join(dir, 'other.tlstats'), join(dir, 'house.tlstats'))],
      ['--report-unused-disable-directives', () => {}, ['--report-unused-disable-directives']]
    ]
    expect(await fresh()).toBe(true)
    let args: string[] = []
    for (const [what, change, flags] of changes) {
      mark(cacheFile)
      expect(await served(args), `before the ${what} changed`).toBe(true)
      change()
      args = flags ?? args
      expect(await fresh(args), `after the ${what} changed`).toBe(true)
    }
  })

  it('keeps nothing from another version or build of translint', async () => {
    const dir = fixture({...typography, 'x.txt': tatweel})
    await run(dir, ['--cache', 'x.txt'])
    const cacheFile = join(dir, CACHE_NAME)
    mark(cacheFile)
    const [header, ...rest] = readFileSync(cacheFile, 'utf8').split('\n')
    writeFileSync(cacheFile, [header.replace(/"engine":"[0-9a-f]+"/, '"engine":"0000"'), ...rest].join('\n'))
    const result = await run(dir, ['--cache', '--format', 'json', 'x.txt'])
    expect(reasons(result.stdout)).toEqual(['Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    expect(result.stderr).toBe('')
  })

  it('with --fix, fixes a file whose cached findings have a fix, and caches the fixed text', async () => {
    const dir = fixture({...typography, 'a.txt': tatweel, 'b.txt': clean})
    // sentence-length (not fixable) leaves a finding in the fixed text, to see where it came from.
    const rules = ['--rule', 'tatweel:error', '--rule', 'sentence-length:warn:{"max":2}', '--format', 'json']
    const plain = await run(dir, ['--cache', ...rules, 'a.txt', 'b.txt'])
    expect(plain.code).toBe(1)
    mark(join(dir, CACHE_NAME))
    // a.txt's cached findings have a fix: it is linted and fixed; b.txt has nothing to fix and is served.
    const fixed = await run(dir, ['--cache', '--fix', ...rules, 'a.txt', 'b.txt'])
    expect(fixed.code).toBe(0)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(clean)
    const [a, b] = JSON.parse(fixed.stdout) as {messages: {ruleId: string; reason: string}[]}[]
    expect(a.messages.map((m) => [m.ruleId, m.reason.startsWith('(cached) ')])).toEqual([['sentence-length', false]])
    expect(b.messages.map((m) => [m.ruleId, m.reason.startsWith('(cached) ')])).toEqual([['sentence-length', true]])
    // The fixed text's findings were kept: with --fix or without, the fixed file is served.
    mark(join(dir, CACHE_NAME))
    for (const args of [['--fix'], []]) {
      const again = await run(dir, ['--cache', ...args, ...rules, 'a.txt'])
      expect(again.code, args.join()).toBe(0)
      expect(reasons(again.stdout), args.join()).toEqual(['(cached) Unexpected sentence of `4` words, expected at most `2`, split it'])
      expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(clean)
    }
    // A dry run of a file with nothing to fix prints no diff.
    const dry = await run(dir, ['--cache', '--fix-dry-run', ...rules, 'a.txt'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toBe('')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(clean)
  })

  it('--fix-dry-run prints the diff of a cached file that has fixes, and keeps no findings of text not on disk', async () => {
    const dir = fixture({...typography, 'a.txt': tatweel})
    await run(dir, ['--cache', '--rule', 'tatweel:error', 'a.txt'])
    const dry = await run(dir, ['--cache', '--fix-dry-run', '--rule', 'tatweel:error', 'a.txt'])
    expect(dry.stdout).toContain('→  شاركت ⟦الأمانة⟧ في المؤتمر.')
    const again = await run(dir, ['--cache', '--fix-dry-run', '--rule', 'tatweel:error', 'a.txt'])
    expect(again.stdout).toBe(dry.stdout)
    const plain = await run(dir, ['--cache', '--format', 'json', '--rule', 'tatweel:error', 'a.txt'])
    expect(reasons(plain.stdout)).toEqual(['Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(tatweel)
  })

  it('ignores a damaged cache with a notice, lints every file, and writes a good one', async () => {
    for (const damage of ['not json at all\n\u0000\u0001', '{"translintCache":1', JSON.stringify({translintCache: 99}) + '\n', '']) {
      const dir = fixture({...typography, 'x.txt': tatweel})
      writeFileSync(join(dir, CACHE_NAME), damage)
      const result = await run(dir, ['--cache', '--format', 'json', 'x.txt'])
      // tatweel is a warning: exit 0.
      expect(result.code).toBe(0)
      expect(reasons(result.stdout)).toEqual(['Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
      expect(result.stderr).toMatch(damage === '' ? /^$/ : /\.translintcache: not a translint cache; the cache is ignored \(every file is linted\) and written anew\n$/)
      mark(join(dir, CACHE_NAME))
      expect(reasons((await run(dir, ['--cache', '--format', 'json', 'x.txt'])).stdout)[0]).toMatch(/^\(cached\) /)
    }
  })

  it('a damaged entry is a notice and its file is linted again; the other entries stand', async () => {
    const dir = fixture({...typography, 'a.txt': tatweel, 'b.txt': tatweel})
    await run(dir, ['--cache', 'a.txt', 'b.txt'])
    const cacheFile = join(dir, CACHE_NAME)
    mark(cacheFile)
    const lines = readFileSync(cacheFile, 'utf8').split('\n')
    const at = lines.findIndex((line) => line.startsWith(JSON.stringify(join(dir, 'a.txt'))))
    lines[at] = lines[at].slice(0, lines[at].length - 40)
    writeFileSync(cacheFile, lines.join('\n'))
    const result = await run(dir, ['--cache', '--format', 'json', 'a.txt', 'b.txt'])
    expect(reasons(result.stdout)).toEqual(['Unexpected tatweel in `الأمانـة`, expected `الأمانة`', '(cached) Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    expect(result.stderr).toMatch(/a damaged entry \(for .*a\.txt\); that file is linted again/)
    expect(result.code).toBe(0)
  })

  it('--cache-location takes a file or a folder; a cache that cannot be written is a notice, not a failure', async () => {
    const dir = fixture({...typography, 'x.txt': tatweel})
    await run(dir, ['--cache', '--cache-location', 'my.cache', 'x.txt'])
    expect(existsSync(join(dir, 'my.cache'))).toBe(true)
    await run(dir, ['--cache', '--cache-location', 'caches/', 'x.txt'])
    const [named] = readdirSync(join(dir, 'caches'))
    expect(named).toMatch(/^\.translintcache_[0-9a-f]{16}$/)
    mkdirSync(join(dir, 'existing'))
    await run(dir, ['--cache', '--cache-location', 'existing', 'x.txt'])
    expect(readdirSync(join(dir, 'existing'))).toEqual([named])
    writeFileSync(join(dir, 'ro.cache'), '')
    chmodSync(join(dir, 'ro.cache'), 0o444)
    const readOnly = await run(dir, ['--cache', '--cache-location', 'ro.cache', '--rule', 'tatweel:warn', 'x.txt'])
    expect(readOnly.stderr).toMatch(/ro\.cache: cannot write the cache \(EACCES\); the next run lints every file again/)
    expect(readOnly.code).toBe(0)
    expect(readOnly.stdout).toMatch(/tatweel/)
  })

  it('a FIFO at the cache location is neither read nor replaced', async () => {
    const dir = fixture({...typography, 'x.txt': tatweel})
    expect(spawnSync('mkfifo', [join(dir, 'fifo')]).status).toBe(0)
    const result = await run(dir, ['--cache', '--cache-location', 'fifo', '--format', 'json', 'x.txt'])
    expect(result.stderr).toMatch(/fifo: not a regular file; no cache is read or written\n$/)
    expect(reasons(result.stdout)).toEqual(['Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    expect(statSync(join(dir, 'fifo')).isFIFO()).toBe(true)
  })

  it('metadata: an unchanged file is not read; a touched file is read and its bytes compared', async () => {
    const dir = fixture({...typography, 'x.txt': tatweel})
    const path = join(dir, 'x.txt')
    // Whole seconds: utimes can set them back exactly (a Date keeps only milliseconds of the nanoseconds).
    const then = new Date('2024-01-01T00:00:00Z')
    utimesSync(path, then, then)
    await run(dir, ['--cache', '--cache-strategy', 'metadata', 'x.txt'])
    mark(join(dir, CACHE_NAME))
    const before = statSync(path)
    // Same size, same modification time, other bytes: metadata cannot see it (as in ESLint); content does.
    writeFileSync(path, tatweel.replace('في', 'فى'))
    expect(statSync(path).size).toBe(before.size)
    utimesSync(path, then, then)
    const byMetadata = await run(dir, ['--cache', '--cache-strategy', 'metadata', '--format', 'json', 'x.txt'])
    expect(reasons(byMetadata.stdout)).toEqual(['(cached) Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    const byContent = await run(dir, ['--cache', '--format', 'json', 'x.txt'])
    expect(reasons(byContent.stdout).length).toBeGreaterThan(0)
    expect(reasons(byContent.stdout).some((reason) => reason.startsWith('(cached) '))).toBe(false)
    // Touched, bytes as cached: read, compared, served.
    mark(join(dir, CACHE_NAME))
    utimesSync(path, new Date(), new Date(Date.now() + 5000))
    const touched = await run(dir, ['--cache', '--cache-strategy', 'metadata', '--format', 'json', 'x.txt'])
    expect(reasons(touched.stdout).every((reason) => reason.startsWith('(cached) '))).toBe(true)
  })

  it('content: a file whose status is the one its bytes were read under, settled then, is not read again', async () => {
    const dir = fixture({...typography, 'x.txt': tatweel, 'y.txt': clean})
    const x = join(dir, 'x.txt')
    // Whole seconds: utimes can set them back exactly (a Date keeps only milliseconds of the nanoseconds).
    const then = new Date('2024-01-01T00:00:00Z')
    utimesSync(x, then, then)
    // The first run reads the files as if their last change were SETTLE_MS and more before.
    await lateReads(() => run(dir, ['--cache', 'x.txt', 'y.txt']))
    mark(join(dir, CACHE_NAME))
    const second = await counting(() => run(dir, ['--cache', '--format', 'json', 'x.txt', 'y.txt']))
    expect(reasons(second.result.stdout)).toEqual(['(cached) Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    expect(second.opened).toEqual([])
    // Other bytes of the same size under the same modification time: the status change time tells.
    const before = statSync(x, {bigint: true})
    writeFileSync(x, tatweel.replace('في', 'فى'))
    utimesSync(x, then, then)
    const after = statSync(x, {bigint: true})
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino])
    const third = await counting(() => run(dir, ['--cache', '--format', 'json', 'x.txt', 'y.txt']))
    expect(third.opened).toEqual([x])
    expect(reasons(third.result.stdout)).toEqual(['Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
  })

  it('content: a file changed just before it was read is read and hashed on the next run', async () => {
    const dir = fixture({...typography, 'x.txt': tatweel})
    const x = join(dir, 'x.txt')
    await run(dir, ['--cache', 'x.txt'])
    mark(join(dir, CACHE_NAME))
    // A write in the same tick of the clock as the status seen could leave that status as it was.
    const second = await counting(() => run(dir, ['--cache', '--format', 'json', 'x.txt']))
    expect(second.opened).toEqual([x])
    expect(reasons(second.result.stdout)).toEqual(['(cached) Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
    // Read when its status had settled: trusted from then on.
    mark(join(dir, CACHE_NAME))
    await lateReads(() => run(dir, ['--cache', 'x.txt']))
    const fourth = await counting(() => run(dir, ['--cache', '--format', 'json', 'x.txt']))
    expect(fourth.opened).toEqual([])
    expect(reasons(fourth.result.stdout)).toEqual(['(cached) (cached) Unexpected tatweel in `الأمانـة`, expected `الأمانة`'])
  })

  it('keeps the entries of files this run did not look at while they exist, and drops those of deleted files', async () => {
    const dir = fixture({...typography, 'a.txt': tatweel, 'b.txt': tatweel, 'c.txt': tatweel})
    await run(dir, ['--cache', '.'])
    unlinkSync(join(dir, 'c.txt'))
    await run(dir, ['--cache', 'a.txt'])
    const text = readFileSync(join(dir, CACHE_NAME), 'utf8')
    expect(text).toContain(JSON.stringify(join(dir, 'a.txt')))
    expect(text).toContain(JSON.stringify(join(dir, 'b.txt')))
    expect(text).not.toContain(JSON.stringify(join(dir, 'c.txt')))
  })

  it('writes the entries of unchanged files back as they were read, byte for byte, paths in any script', async () => {
    const dir = fixture({...typography, 'أ.txt': tatweel, 'b.txt': tatweel, 'مجلد/ج.txt': tatweel})
    await run(dir, ['--cache', '.'])
    const first = readFileSync(join(dir, CACHE_NAME))
    // Entries looked up and kept (every file), and kept without a look (a run over one file).
    await run(dir, ['--cache', '.'])
    expect(readFileSync(join(dir, CACHE_NAME)).equals(first)).toBe(true)
    await run(dir, ['--cache', 'b.txt'])
    const lines = (buffer: Buffer) => buffer.toString('utf8').split('\n').filter(Boolean).sort()
    expect(lines(readFileSync(join(dir, CACHE_NAME)))).toEqual(lines(first))
    // A last line without its line break (a cache cut short by hand) is read, and written with one.
    mark(join(dir, CACHE_NAME))
    const marked = readFileSync(join(dir, CACHE_NAME))
    writeFileSync(join(dir, CACHE_NAME), marked.subarray(0, marked.length - 1))
    const again = await run(dir, ['--cache', '--format', 'json', '.'])
    expect(reasons(again.stdout)).toHaveLength(3)
    expect(reasons(again.stdout).every((reason) => reason.startsWith('(cached) '))).toBe(true)
    expect(lines(readFileSync(join(dir, CACHE_NAME)))).toEqual(lines(marked))
  })

  it('puts the cache in place without flushing it to disk (a report file is flushed), and reads an empty cache as none', async () => {
    const dir = fixture({...typography, 'a.txt': tatweel})
    const flushed: number[] = []
    const fsync = fs.fsyncSync
    const spy = vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      flushed.push(fd)
      return fsync(fd)
    })
    syncBuiltinESMExports()
    try {
      await run(dir, ['--cache', '--format', 'json', '-o', 'report.json', '.'])
      await run(dir, ['--cache', '.'])
    } finally {
      spy.mockRestore()
      syncBuiltinESMExports()
    }
    // The report file of the first run only.
    expect(flushed).toHaveLength(1)
    expect(existsSync(join(dir, CACHE_NAME))).toBe(true)
    // What a crash right after the rename may leave: an empty cache, read as none, without a notice.
    writeFileSync(join(dir, CACHE_NAME), '')
    const again = await run(dir, ['--cache', '--format', 'json', '.'])
    expect(again.stderr).toBe('')
    expect(reasons(again.stdout).some((reason) => reason.startsWith('(cached) '))).toBe(false)
    expect(readFileSync(join(dir, CACHE_NAME), 'utf8')).toContain('"reason":"')
  })

  it('does not cache a file a rule failed on, nor an unreadable one', async () => {
    const dir = fixture({...typography, 'a.txt': tatweel, 'bin.txt': Buffer.from([0x61, 0, 0x62])})
    const first = await run(dir, ['--cache', 'a.txt', 'bin.txt'])
    expect(first.code).toBe(2)
    const text = readFileSync(join(dir, CACHE_NAME), 'utf8')
    expect(text).not.toContain('bin.txt')
    const second = await run(dir, ['--cache', 'a.txt', 'bin.txt'])
    expect(second.stderr).toBe(first.stderr)
    expect(second.code).toBe(2)
  })
})

describe('--cache with the built bin', () => {
  const bin = join(root, 'bin/translint.js')
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
  }, 60000)

  it('a second run over unchanged files runs no rule (TIMING=1 has nothing to show)', () => {
    const dir = withSeeds()
    const env = {...process.env, TIMING: '1'}
    const first = spawnSync(process.execPath, [bin, '--cache', '--format', 'json', 'docs'], {cwd: dir, encoding: 'utf8', env})
    expect(first.stderr).toMatch(/^Rule +\| Time \(ms\)/m)
    const second = spawnSync(process.execPath, [bin, '--cache', '--format', 'json', 'docs'], {cwd: dir, encoding: 'utf8', env})
    expect(second.stderr).toBe('')
    expect(second.stdout).toBe(first.stdout)
    expect(second.status).toBe(first.status)
  }, 60000)
})
