import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, fixture} from './cli-helpers.ts'

const config = JSON.stringify({extends: 'translint:recommended', rules: {tatweel: 'error'}})
const old = 'شاركت الأمانـة في المؤتمر.\n'

function tatweelLines(stdout: string): string[] {
  return JSON.parse(stdout).flatMap((f: {path: string; messages: {ruleId: string; actual: string}[]}) =>
    f.messages.filter((m) => m.ruleId === 'tatweel').map((m) => `${f.path} ${m.actual}`)
  )
}

describe('--baseline / --write-baseline', () => {
  it('fails only on findings that are new since the baseline, whatever moved above them', async () => {
    const dir = fixture({'.linterrc.json': config, 'doc.txt': old})
    const written = await cli(['--write-baseline', 'baseline.json', 'doc.txt'], {cwd: dir})
    expect(written.code).toBe(0)
    expect(written.stderr).toMatch(/wrote \d+ findings? to baseline\.json/)
    const recorded = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'))
    expect(recorded.version).toBe(2)
    expect(recorded.findings.some((f: {ruleId: string}) => f.ruleId === 'tatweel')).toBe(true)

    // Same findings, lines moved down by a new paragraph: nothing new.
    writeFileSync(join(dir, 'doc.txt'), 'وأكد الوزير أهمية التعاون.\n' + old)
    const same = await cli(['--baseline', 'baseline.json', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(tatweelLines(same.stdout)).toEqual([])
    expect(same.code).toBe(0)

    // A new finding is reported and fails the gate.
    writeFileSync(join(dir, 'doc.txt'), 'وأكد الوزير أهمية الـتعاون.\n' + old)
    const fresh = await cli(['--baseline', 'baseline.json', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(tatweelLines(fresh.stdout)).toEqual(['doc.txt الـتعاون'])
    expect(fresh.code).toBe(1)
  })

  it('counts repeated findings: a second copy of a known finding is new', async () => {
    const dir = fixture({'.linterrc.json': config, 'doc.txt': old})
    await cli(['--write-baseline', 'b.json', 'doc.txt'], {cwd: dir})
    writeFileSync(join(dir, 'doc.txt'), old + old)
    const result = await cli(['--baseline', 'b.json', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(tatweelLines(result.stdout)).toEqual(['doc.txt الأمانـة'])
  })

  it('keeps knowing findings when their paragraph is edited, one is fixed, or a paragraph moves', async () => {
    const one = 'شاركت الأمانـة العامة في المؤتمر. وحضر الاجتماع عدد من الوزراء. وقال الوزير إن الـتعاون مهم للجميع في المنطقة والعالم.\n'
    const two = 'وفي سياق آخر، عقدت اللجنـة اجتماعها. وناقش الأعضاء الخطة.\n'
    const dir = fixture({'.linterrc.json': config, 'doc.txt': one + two})
    await cli(['--write-baseline', 'b.json', 'doc.txt'], {cwd: dir})
    const stored = readFileSync(join(dir, 'b.json'), 'utf8')
    expect(JSON.parse(stored).findings.filter((f: {ruleId: string}) => f.ruleId === 'tatweel')).toHaveLength(3)
    // Hashes, not the document: no Arabic letter of the text is in the file.
    expect(stored).not.toMatch(/\p{Script=Arabic}/u)

    const check = async (text: string) => {
      writeFileSync(join(dir, 'doc.txt'), text)
      return tatweelLines((await cli(['--baseline', 'b.json', '--format', 'json', 'doc.txt'], {cwd: dir})).stdout)
    }
    // Another sentence of the same paragraph rewritten, and the words far from a finding in its own sentence.
    const edited = one.replace('وحضر الاجتماع عدد من الوزراء.', 'وحضر الاجتماع عدد كبير من الوزراء والخبراء، ثم غادروا.').replace('المنطقة والعالم', 'المنطقة كلها وفي العالم')
    expect(await check(edited + two)).toEqual([])
    // One finding fixed: the others are still known.
    const fixed = edited.replace('الأمانـة', 'الأمانة')
    expect(await check(fixed + two)).toEqual([])
    // The paragraphs swapped.
    expect(await check(two + fixed)).toEqual([])
    // A new finding in the same paragraph is the only one reported, even with the fixed one's budget left over.
    expect(await check(two + fixed.replace('عدد كبير', 'عـدد كبير'))).toEqual(['doc.txt عـدد'])
    // The same word with other neighbours is a different finding.
    expect(await check(two + fixed + 'وأشاد الـتعاون بالنتائج.\n')).toEqual(['doc.txt الـتعاون'])
  })

  it('holds whatever language the messages are printed in', async () => {
    const dir = fixture({'.linterrc.json': config, 'doc.txt': old})
    await cli(['--write-baseline', 'b.json', '--locale', 'en', 'doc.txt'], {cwd: dir})
    const english = await cli(['--locale', 'en', '--format', 'json', 'doc.txt'], {cwd: dir})
    const arabic = await cli(['--locale', 'ar', '--format', 'json', 'doc.txt'], {cwd: dir})
    // The messages do differ between the two runs…
    expect(JSON.parse(arabic.stdout)[0].messages[0].reason).not.toBe(JSON.parse(english.stdout)[0].messages[0].reason)
    // …and the baseline still knows every finding.
    const result = await cli(['--baseline', 'b.json', '--locale', 'ar', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(JSON.parse(result.stdout).flatMap((f: {messages: unknown[]}) => f.messages)).toEqual([])
  })

  it('still applies a version 1 baseline (matched by the text of the line)', async () => {
    const dir = fixture({'.linterrc.json': config, 'doc.txt': old})
    const legacy = {
      version: 1,
      findings: [{path: 'doc.txt', ruleId: 'tatweel', reason: 'Unexpected tatweel in `الأمانـة`, expected `الأمانة`', line: old.trim(), count: 1}]
    }
    writeFileSync(join(dir, 'v1.json'), JSON.stringify(legacy))
    const same = await cli(['--baseline', 'v1.json', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(tatweelLines(same.stdout)).toEqual([])
    writeFileSync(join(dir, 'doc.txt'), 'وأكد الوزير أهمية الـتعاون.\n' + old)
    const fresh = await cli(['--baseline', 'v1.json', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(tatweelLines(fresh.stdout)).toEqual(['doc.txt الـتعاون'])
  })

  it('rejects a missing or malformed baseline with exit 2', async () => {
    const dir = fixture({'doc.txt': old, 'bad.json': '{"findings": 3}'})
    const missing = await cli(['--baseline', 'nope.json', 'doc.txt'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/nope\.json: cannot read the baseline \(ENOENT\)/)
    const malformed = await cli(['--baseline', 'bad.json', 'doc.txt'], {cwd: dir})
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toMatch(/bad\.json: not a translint baseline/)
  })
})

describe('--changed-since', () => {
  it('lints only the files changed since a ref, including untracked ones', async () => {
    const dir = fixture({'.linterrc.json': config, 'a.txt': old, 'b.txt': old, 'c.txt': old})
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {cwd: dir, stdio: 'pipe'})
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-qm', 'first')
    writeFileSync(join(dir, 'b.txt'), 'وأكد الوزير.\n' + old)
    writeFileSync(join(dir, 'd.txt'), old)
    const result = await cli(['--changed-since', 'HEAD', '--format', 'json'], {cwd: dir})
    expect(JSON.parse(result.stdout).map((f: {path: string}) => f.path)).toEqual(['b.txt', 'd.txt'])
    const limited = await cli(['--changed-since', 'HEAD', '--format', 'json', 'a.txt', 'b.txt'], {cwd: dir})
    expect(JSON.parse(limited.stdout).map((f: {path: string}) => f.path)).toEqual(['b.txt'])
    const bad = await cli(['--changed-since', 'no-such-ref'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^translint: --changed-since: /)
  })
})
