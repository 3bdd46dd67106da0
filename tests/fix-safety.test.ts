// `--fix` can only win: it never replaces an edit made while it runs, writes
// through symlinks, keeps hard links, owner and mode, cleans up after a killed
// run, and folder scans stay inside their folder.
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {journalState} from '../src/cli/journal.ts'
import {cli, fixture} from './cli-helpers.ts'

const bad = 'شاركت الأمانـة في المؤتمر.\n'
const good = 'شاركت الأمانة في المؤتمر.\n'
const userEdit = 'وأكد الوزيـر أهمية التعاون بين البلدين.\n'
const userEditFixed = 'وأكد الوزير أهمية التعاون بين البلدين.\n'
const only = ['--config', 'only-tatweel.json']
const onlyTatweel = JSON.stringify({extends: 'translint:recommended', rules: {tatweel: 'warn'}})

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8')
const paths = (stdout: string) => JSON.parse(stdout).map((f: {path: string}) => f.path)
const sidecars = (dir: string) => readdirSync(dir).filter((name) => name.split('/').pop()!.startsWith('.'))

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout)
}

describe('--fix never loses an edit', () => {
  it('fix never overwrites a file edited during the run', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': bad, 'c.txt': bad, 'only-tatweel.json': onlyTatweel})
    const edited: string[] = []
    const {code, stderr, stdout} = await cli([...only, '--fix', '--format', 'json', '.'], {
      cwd: dir,
      // Between the lint and the write: a.txt is saved in place, b.txt as an editor saves (a new file renamed over it).
      beforeWrite: (path) => {
        edited.push(path)
        if (path.endsWith('a.txt')) writeFileSync(path, userEdit)
        if (path.endsWith('b.txt')) {
          writeFileSync(`${path}.new`, userEdit)
          renameSync(`${path}.new`, path)
        }
      }
    })
    // One write attempted per file: a file that changed is not fixed again in this run.
    expect(edited.map((p) => p.split('/').pop())).toEqual(['a.txt', 'b.txt', 'c.txt'])
    // The user's text is kept as the user left it; the untouched file is fixed.
    expect(read(dir, 'a.txt')).toBe(userEdit)
    expect(read(dir, 'b.txt')).toBe(userEdit)
    expect(read(dir, 'c.txt')).toBe(good)
    expect(stderr).toMatch(/^translint: a\.txt: changed on disk while it was being fixed; left as it is, not fixed/m)
    expect(stderr).toMatch(/^translint: b\.txt: changed on disk while it was being fixed; left as it is, not fixed/m)
    expect(stderr).not.toMatch(/c\.txt/)
    // Their findings are those of the text on disk now (the user's tatweel), not of the text first read.
    const findings = Object.fromEntries(JSON.parse(stdout).map((f: {path: string; messages: {line: number}[]}) => [f.path, f.messages.length]))
    expect(findings).toEqual({'a.txt': 1, 'b.txt': 1, 'c.txt': 0})
    expect(code).toBe(2)
    expect(sidecars(dir)).toEqual([])
  })

  it('a file another --fix changed meanwhile (only fixes of this run\'s rules) is fixed again, keeping both runs\' fixes', async () => {
    const both = 'شاركت الأمانـة العامة في المؤتمر. وأكدت أهمية التعاون التعاون بين الدول.\n'
    const config = JSON.stringify({extends: ['translint:recommended', 'translint:typography']})
    const dir = fixture({'a.txt': both, 'mine.txt': both, '.linterrc.json': config})
    const {code, stderr} = await cli(['--fix', '--fix-type', 'typography', '.'], {
      cwd: dir,
      // Between the lint and the write: another run fixes the doubled word of a.txt; the user edits mine.txt,
      // undoing the doubled word too but also adding a word of their own.
      beforeWrite: (path) => {
        if (path.endsWith('a.txt')) writeFileSync(path, both.replace('التعاون التعاون', 'التعاون'))
        if (path.endsWith('mine.txt')) writeFileSync(path, both.replace('التعاون التعاون', 'التعاون الوثيق'))
      }
    })
    expect(read(dir, 'a.txt')).toBe('شاركت الأمانة العامة في المؤتمر. وأكدت أهمية التعاون بين الدول.\n')
    expect(read(dir, 'mine.txt')).toBe(both.replace('التعاون التعاون', 'التعاون الوثيق'))
    expect(stderr).not.toMatch(/a\.txt/)
    expect(stderr).toMatch(/^translint: mine\.txt: changed on disk while it was being fixed; left as it is, not fixed/m)
    expect(code).toBe(2)
  })

  it('fix writes through a symlink to its target', async () => {
    const dir = fixture({'real/target.txt': bad, 'only-tatweel.json': onlyTatweel})
    mkdirSync(join(dir, 'docs'))
    symlinkSync('../real/target.txt', join(dir, 'docs/link.txt'))
    const {code} = await cli([...only, '--fix', 'docs'], {cwd: dir})
    expect(code).toBe(0)
    expect(lstatSync(join(dir, 'docs/link.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'docs/link.txt'))).toBe('../real/target.txt')
    expect(read(dir, 'real/target.txt')).toBe(good)
    expect(sidecars(join(dir, 'real'))).toEqual([])
  })

  it('fix keeps hard links, owner and mode', async () => {
    const dir = fixture({'a.txt': bad, 'c.txt': bad, 'only-tatweel.json': onlyTatweel})
    linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'))
    chmodSync(join(dir, 'a.txt'), 0o640)
    chmodSync(join(dir, 'c.txt'), 0o604)
    // As root, the files belong to someone else (what a shared folder looks like).
    const root = process.getuid?.() === 0
    if (root) {
      chownSync(join(dir, 'a.txt'), 1234, 5678)
      chownSync(join(dir, 'c.txt'), 4321, 8765)
    }
    const before = statSync(join(dir, 'a.txt'))
    const {code} = await cli([...only, '--fix', 'a.txt', 'c.txt'], {cwd: dir})
    expect(code).toBe(0)
    const a = statSync(join(dir, 'a.txt'))
    const b = statSync(join(dir, 'b.txt'))
    expect(read(dir, 'a.txt')).toBe(good)
    expect(read(dir, 'b.txt')).toBe(good)
    expect([a.ino, a.nlink]).toEqual([before.ino, 2])
    expect(b.ino).toBe(a.ino)
    expect(a.mode & 0o7777).toBe(0o640)
    const c = statSync(join(dir, 'c.txt'))
    expect(read(dir, 'c.txt')).toBe(good)
    expect(c.mode & 0o7777).toBe(0o604)
    if (root) {
      expect([a.uid, a.gid]).toEqual([1234, 5678])
      expect([c.uid, c.gid]).toEqual([4321, 8765])
    } else {
      expect([c.uid, c.gid]).toEqual([process.getuid!(), process.getgid!()])
    }
    expect(sidecars(dir)).toEqual([])
  })
})

describe('what a killed run leaves', () => {
  it('stale temp files from a killed run are removed', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': good, 'only-tatweel.json': onlyTatweel})
    const dead = deadPid()
    writeFileSync(join(dir, `.a.txt.translint-${dead}-0123abcd.tmp`), 'half')
    writeFileSync(join(dir, `.b.txt.translint-${dead}-00ff.tmp`), '')
    writeFileSync(join(dir, `.a.txt.translint.lock`), String(dead))
    // A run still going (a live process) keeps its temporary file.
    const live = spawnSync('sh', ['-c', 'sleep 30 >/dev/null 2>&1 & echo $!'], {encoding: 'utf8'}).stdout.trim()
    writeFileSync(join(dir, `.a.txt.translint-${live}-beef.tmp`), 'in flight')
    try {
      // Any later run that reads the folder cleans it, with or without --fix.
      expect((await cli([...only, '.'], {cwd: dir})).code).toBe(0)
      expect(sidecars(dir)).toEqual([`.a.txt.translint-${live}-beef.tmp`])
      const {code} = await cli([...only, '--fix', '.'], {cwd: dir})
      expect(code).toBe(0)
      expect(read(dir, 'a.txt')).toBe(good)
      expect(sidecars(dir)).toEqual([`.a.txt.translint-${live}-beef.tmp`])
    } finally {
      process.kill(Number(live))
    }
  })

  it('an empty lock (a run killed between creating it and writing its pid) does not keep the file unfixed', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': bad, 'only-tatweel.json': onlyTatweel})
    // One left long ago, one just now (the run waits for it to age, about a second, not the 10 s a live holder gets).
    writeFileSync(join(dir, `.a.txt.translint.lock`), '')
    utimesSync(join(dir, `.a.txt.translint.lock`), new Date(Date.now() - 5000), new Date(Date.now() - 5000))
    writeFileSync(join(dir, `.b.txt.translint.lock`), '')
    const {code, stderr} = await cli([...only, '--fix', '.'], {cwd: dir})
    expect(stderr).not.toMatch(/cannot|another process/)
    expect(code).toBe(0)
    expect(read(dir, 'a.txt')).toBe(good)
    expect(read(dir, 'b.txt')).toBe(good)
    expect(sidecars(dir)).toEqual([])
  })

  it('an in-place write cut short is finished from its journal; one edited since is left alone (exit 2)', async () => {
    const original = Buffer.from(bad)
    const fixed = Buffer.from(good)
    const journal = (name: string) =>
      Buffer.concat([Buffer.from(JSON.stringify({'translint-journal': 1, name, original: original.length, fixed: fixed.length}) + '\n'), original, fixed])
    // Killed after writing 25 bytes of the new text (past the fix): a.txt holds new[0, 25) + old[25, …).
    const torn = Buffer.concat([fixed.subarray(0, 25), original.subarray(25)])
    expect(torn.equals(original) || torn.equals(fixed)).toBe(false)
    const dir = fixture({'a.txt': torn, 'b.txt': userEdit, 'only-tatweel.json': onlyTatweel})
    const dead = deadPid()
    writeFileSync(join(dir, `.a.txt.translint-${dead}-aa.journal`), journal('a.txt'))
    writeFileSync(join(dir, `.b.txt.translint-${dead}-bb.journal`), journal('b.txt'))
    const {code, stderr} = await cli([...only, '--fix', '.'], {cwd: dir})
    expect(read(dir, 'a.txt')).toBe(good)
    expect(stderr).toMatch(/a\.txt: finished a fix that an interrupted run had left half written/)
    // b.txt was edited after the crash: not touched, not even fixed; its journal stays for the user.
    expect(read(dir, 'b.txt')).toBe(userEdit)
    expect(stderr).toMatch(new RegExp(`b\\.txt: a run that was fixing this file was interrupted, .* kept in \\.b\\.txt\\.translint-${dead}-bb\\.journal`))
    expect(sidecars(dir)).toEqual([`.b.txt.translint-${dead}-bb.journal`])
    expect(code).toBe(2)
  })

  it('tells every state an interrupted in-place write can leave', () => {
    const original = Buffer.from('شاركت الأمانـة في المؤتمر الدولي.\nسطر ثان.\n')
    for (const fixed of [Buffer.from('شاركت الأمانة في المؤتمر الدولي.\nسطر ثان.\n'), Buffer.from('شاركت الأمانـة في المؤتمر الدولي، وأكدت أهمية التعاون.\nسطر ثان.\n')]) {
      expect(journalState(original, original, fixed)).toBe('original')
      expect(journalState(fixed, original, fixed)).toBe('fixed')
      for (let k = 0; k <= fixed.length; k++) {
        const state = journalState(Buffer.concat([fixed.subarray(0, k), original.subarray(k)]), original, fixed)
        expect(state === 'torn' || state === 'original' || state === 'fixed').toBe(true)
      }
      expect(journalState(Buffer.from(userEdit), original, fixed)).toBe('edited')
      expect(journalState(Buffer.concat([original, Buffer.from('x')]), original, fixed)).toBe('edited')
    }
  })
})

describe('folder scans', () => {
  it('folder scan does not follow directory symlinks', async () => {
    const dir = fixture({'outside.txt': bad, 'dir/in.txt': bad, 'only-tatweel.json': onlyTatweel})
    symlinkSync('..', join(dir, 'dir/up'))
    symlinkSync('.', join(dir, 'dir/self'))
    const listed = await cli([...only, '--format', 'json', 'dir'], {cwd: dir})
    expect(paths(listed.stdout)).toEqual(['dir/in.txt'])
    const fixed = await cli([...only, '--fix', 'dir'], {cwd: dir})
    expect(fixed.code).toBe(0)
    expect(read(dir, 'dir/in.txt')).toBe(good)
    expect(read(dir, 'outside.txt')).toBe(bad)
    // Asked to follow them: the loops (`self`, `up` back into dir) are walked once, each file linted once.
    const followed = await cli([...only, '--format', 'json', '--follow-symlinks', 'dir'], {cwd: dir})
    expect(paths(followed.stdout)).toEqual(['dir/in.txt', 'dir/up/outside.txt'])
  })

  it('a file reached twice is linted once', async () => {
    const dir = fixture({'d/a.txt': bad, 'd/b.txt': bad, 'only-tatweel.json': onlyTatweel})
    symlinkSync('a.txt', join(dir, 'd/link.txt'))
    linkSync(join(dir, 'd/b.txt'), join(dir, 'd/hard.txt'))
    const listed = await cli([...only, '--format', 'json', 'd', 'd/a.txt', './d', 'd/*.txt'], {cwd: dir})
    expect(paths(listed.stdout)).toEqual(['d/a.txt', 'd/b.txt'])
    const fixed = await cli([...only, '--fix', 'd', 'd/link.txt', 'd/hard.txt'], {cwd: dir})
    expect(fixed.stderr).toBe('')
    expect(fixed.code).toBe(0)
    expect(read(dir, 'd/a.txt')).toBe(good)
    expect(read(dir, 'd/hard.txt')).toBe(good)
    expect(lstatSync(join(dir, 'd/link.txt')).isSymbolicLink()).toBe(true)
  })

  it('a symlink to a file outside the folder is linted, and a broken one is reported', async () => {
    const dir = fixture({'real.txt': bad, 'd/x.txt': good, 'only-tatweel.json': onlyTatweel})
    symlinkSync('../real.txt', join(dir, 'd/link.txt'))
    symlinkSync('missing.txt', join(dir, 'd/broken.txt'))
    const result = await cli([...only, '--format', 'json', 'd'], {cwd: dir})
    expect(paths(result.stdout)).toEqual(['d/link.txt', 'd/x.txt'])
    expect(result.stderr).toMatch(/d\/broken\.txt: cannot read \(ENOENT\)/)
    expect(result.code).toBe(2)
    expect(existsSync(join(dir, 'd/broken.txt'))).toBe(false)
  })
})
