// `translint stats build|info` and the `stats` key of .linterrc.json.
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, fixture} from './cli-helpers.ts'

const doc = 'وأكد رئيس الوزراء أن الحكومة ماضية في خطتها. وقال إن العمل بدأ.\n'
const cut = 'وأكد رئيس. الوزراء أن الحكومة ماضية في خطتها.\n'

describe('translint stats', () => {
  it('builds a statistics file from a folder of documents and describes it', async () => {
    const dir = fixture({'house/a.txt': doc, 'house/b.md': '# عنوان\n\n' + doc})
    const built = await cli(['stats', 'build', 'house', '-o', 'house.tlstats'], {cwd: dir})
    expect(built.code, built.stderr).toBe(0)
    expect(built.stdout).toMatch(/house\.tlstats: 2 documents, \d+ words/)
    expect(existsSync(join(dir, 'house.tlstats'))).toBe(true)
    const info = await cli(['stats', 'info', 'house.tlstats'], {cwd: dir})
    expect(info.code).toBe(0)
    expect(info.stdout).toMatch(/documents: 2, words: \d+/)
    expect(info.stdout).toMatch(/models: none/)
  })

  it('says what is wrong with a file that is not statistics', async () => {
    const dir = fixture({'bad.tlstats': 'hello'})
    const info = await cli(['stats', 'info', 'bad.tlstats'], {cwd: dir})
    expect(info.code).toBe(2)
    expect(info.stderr).toMatch(/bad\.tlstats: not a translint statistics file/)
    const empty = await cli(['stats', 'build', 'nothing-here'], {cwd: dir})
    expect(empty.code).toBe(2)
  })

  it('prints its usage for an unknown stats command', async () => {
    const result = await cli(['stats', 'build'], {cwd: fixture({})})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/translint stats build PATHS/)
  })
})

describe('the stats key', () => {
  it('adds a user statistics file, and a bad one is a config error', async () => {
    const dir = fixture({'house/a.txt': doc, 'docs/x.txt': doc})
    expect((await cli(['stats', 'build', 'house', '-o', 'house.tlstats'], {cwd: dir})).code).toBe(0)
    const good = fixture({'.linterrc.json': JSON.stringify({stats: [join(dir, 'house.tlstats')]}), 'x.txt': doc})
    const ok = await cli(['--rule', 'stray-period:error', 'x.txt'], {cwd: good})
    expect(ok.code, ok.stderr).toBe(0)
    const bad = fixture({'.linterrc.json': JSON.stringify({stats: ['missing.tlstats']}), 'x.txt': doc})
    const failed = await cli(['x.txt'], {cwd: bad})
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/stats.*missing\.tlstats: cannot read the statistics file \(ENOENT\)/)
  })

  it('turns the corpus model off with false', async () => {
    const on = fixture({'x.txt': cut})
    const withStats = await cli(['--format', 'json', '--rule', 'stray-period:error', 'x.txt'], {cwd: on})
    expect(JSON.parse(withStats.stdout)[0].messages.map((m: {ruleId: string}) => m.ruleId)).toContain('stray-period')
    const off = fixture({'.linterrc.json': JSON.stringify({stats: false}), 'x.txt': cut})
    const without = await cli(['--format', 'json', '--rule', 'stray-period:error', 'x.txt'], {cwd: off})
    expect(JSON.parse(without.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'stray-period')).toEqual([])
  })
})
