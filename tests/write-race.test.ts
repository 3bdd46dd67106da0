// The moments of a fixed file's write at which another program can save the
// file, each one tried: whatever the moment, the save is never overwritten.
import {spawnSync} from 'node:child_process'
import {chmodSync, existsSync, linkSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../src/cli/read.ts'
import {writeFixed, type WriteMoments} from '../src/cli/write.ts'
import {cli, fixture} from './cli-helpers.ts'

const original = 'شاركت الأمانـة في المؤتمر.\n'
const fixed = Buffer.from('شاركت الأمانة في المؤتمر.\n')
const saved = 'وأكد الوزير أهمية التعاون.\n'

const sidecars = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.'))
const saveInPlace = (path: string) => () => writeFileSync(path, saved)
const saveByRename = (path: string) => () => {
  writeFileSync(`${path}.new`, saved)
  renameSync(`${path}.new`, path)
}

function attempt(moments: (path: string) => WriteMoments, links = 1) {
  const dir = fixture({'a.txt': original})
  const path = join(dir, 'a.txt')
  chmodSync(path, 0o640)
  if (links > 1) linkSync(path, join(dir, 'other.txt'))
  const snapshot = readDocument(path).snapshot
  const result = writeFixed(snapshot, fixed, moments(path))
  return {result, text: readFileSync(path, 'utf8'), left: sidecars(dir), mode: statSync(path).mode & 0o777, ino: statSync(path).ino, before: snapshot.ino}
}

describe('a save at any moment of the write is kept', () => {
  it('writes the fixed text when nothing else writes, with the mode kept and no sidecar left', () => {
    const {result, text, left, mode, ino, before} = attempt(() => ({}))
    expect(result).toBe('written')
    expect(text).toBe(fixed.toString())
    expect(mode).toBe(0o640)
    expect(BigInt(ino)).not.toBe(before)
    expect(left).toEqual([])
  })

  for (const [moment, links] of [['beforeCheck', 1], ['afterCheck', 1], ['whileAside', 1], ['beforeCheck', 2]] as const) {
    for (const [how, save] of [['in place', saveInPlace], ['by rename', saveByRename]] as const) {
      it(`a save ${how} at ${moment}${links > 1 ? ' (a hard-linked file)' : ''} is kept and the write says changed`, () => {
        const {result, text, left} = attempt((path) => ({[moment]: save(path)}), links)
        expect(result).toBe('changed')
        expect(text).toBe(saved)
        expect(left).toEqual([])
      })
    }
  }
})

describe('a run killed while the file is aside', () => {
  const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'}).stdout)
  const config = JSON.stringify({extends: 'translint:recommended', rules: {tatweel: 'warn'}})

  it('the next run puts the file back when nothing took its place', async () => {
    const dir = fixture({'b.txt': fixed, 'only-tatweel.json': config})
    const aside = `.a.txt.translint-${deadPid()}-0a1b.aside`
    writeFileSync(join(dir, aside), original)
    const {stderr, code} = await cli(['--config', 'only-tatweel.json', '.'], {cwd: dir})
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(original)
    expect(stderr).toMatch(/a\.txt: put back where it was; a run that was fixing it had been interrupted/)
    expect(sidecars(dir)).toEqual([])
    // Found by the folder's cleanup after the scan: linted by the next run.
    expect(code).toBe(0)
  })

  it('a file named on the command line is put back before it is read', async () => {
    const dir = fixture({'only-tatweel.json': config})
    writeFileSync(join(dir, `.a.txt.translint-${deadPid()}-0a1b.aside`), original)
    const {stdout, code} = await cli(['--config', 'only-tatweel.json', '--format', 'json', 'a.txt'], {cwd: dir})
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(original)
    expect(JSON.parse(stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toEqual(['tatweel'])
    // A warning, and the notice is not a failure: nothing was lost.
    expect(code).toBe(0)
  })

  it('the next run removes the file aside when the fixed text or a later save is in its place', async () => {
    const dir = fixture({'a.txt': saved, 'only-tatweel.json': config})
    writeFileSync(join(dir, `.a.txt.translint-${deadPid()}-0a1b.aside`), original)
    const {code} = await cli(['--config', 'only-tatweel.json', '.'], {cwd: dir})
    expect(code).toBe(0)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(saved)
    expect(sidecars(dir)).toEqual([])
  })

  it('a live run keeps its file aside', async () => {
    const dir = fixture({'only-tatweel.json': config})
    const live = spawnSync('sh', ['-c', 'sleep 30 >/dev/null 2>&1 & echo $!'], {encoding: 'utf8'}).stdout.trim()
    const aside = `.a.txt.translint-${live}-0a1b.aside`
    writeFileSync(join(dir, aside), original)
    try {
      await cli(['--config', 'only-tatweel.json', '--no-error-on-unmatched-pattern', '.'], {cwd: dir})
      expect(existsSync(join(dir, 'a.txt'))).toBe(false)
      expect(sidecars(dir)).toEqual([aside])
    } finally {
      process.kill(Number(live))
    }
  })
})

describe('reading a file found in a folder whose real path is known', () => {
  it('reads the file itself, and follows a symlink put in its place since it was found', () => {
    const dir = fixture({'a.txt': 'نص أول', 'b.txt': 'نص ثان'})
    const real = realpathSync(dir)
    const direct = readDocument(join(dir, 'a.txt'), 'a.txt', real)
    expect(direct.text).toBe('نص أول')
    expect(direct.snapshot.target).toBe(join(real, 'a.txt'))
    // a.txt is now a symlink to b.txt: read through it, with the target it leads to.
    rmSync(join(dir, 'a.txt'))
    symlinkSync('b.txt', join(dir, 'a.txt'))
    const followed = readDocument(join(dir, 'a.txt'), 'a.txt', real)
    expect(followed.text).toBe('نص ثان')
    expect(followed.snapshot.target).toBe(join(real, 'b.txt'))
    // Gone: said as a file that cannot be read, as without the folder.
    rmSync(join(dir, 'a.txt'))
    expect(() => readDocument(join(dir, 'a.txt'), 'a.txt', real)).toThrow(/a\.txt.*ENOENT/)
  })
})
