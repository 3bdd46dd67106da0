import {chmodSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, fixture} from './cli-helpers.ts'

const bad = 'شاركت الأمانـة في المؤتمر.\n'
const good = 'شاركت الأمانة في المؤتمر.\n'
const only = ['--config', 'only-tatweel.json']
const onlyTatweel = JSON.stringify({extends: 'translint:recommended', rules: {tatweel: 'warn'}})

describe('translint CLI', () => {
  it('prints the stylish report and exits 0 on warnings only', async () => {
    const dir = fixture({'doc.txt': bad})
    const {code, stdout} = await cli(['--rule', 'tatweel:warn', 'doc.txt'], {cwd: dir})
    expect(code).toBe(0)
    // Position, severity, message and rule; the words around the finding with its range marked; the fix.
    expect(stdout.split('\n')).toEqual([
      'doc.txt',
      '  1:7  warning  Unexpected tatweel in `الأمانـة`, expected `الأمانة`  tatweel',
      '                شاركت ⟦الأمانـة⟧ في المؤتمر.',
      '                ⟦الأمانـة⟧ → ⟦الأمانة⟧',
      '',
      '⚠ 1 warning in 1 file',
      ''
    ])
  })

  it('prints one line a finding with --format compact', async () => {
    const dir = fixture({'doc.txt': 'شاركت الأمانـة في المؤتمر.   \n', 'clean.txt': good})
    const {code, stdout} = await cli(['--format', 'compact', '--rule', 'tatweel:error', '--rule', 'whitespace:warn', 'doc.txt', 'clean.txt'], {cwd: dir})
    expect(code).toBe(1)
    expect(stdout).toBe(
      'doc.txt:1:7: error Unexpected tatweel in `الأمانـة`, expected `الأمانة` [tatweel]\n' +
        'doc.txt:1:27: warning Unexpected `3` spaces at the end of the line, expected none [whitespace]\n'
    )
    const quiet = await cli(['--format', 'compact', '--quiet', '--rule', 'tatweel:error', 'doc.txt'], {cwd: dir})
    expect(quiet.stdout).toBe('doc.txt:1:7: error Unexpected tatweel in `الأمانـة`, expected `الأمانة` [tatweel]\n')
  })

  it('exits 1 on errors and honours --quiet and --max-warnings', async () => {
    const dir = fixture({'doc.txt': bad})
    expect((await cli(['--rule', 'tatweel:error', 'doc.txt'], {cwd: dir})).code).toBe(1)
    const warned = await cli(['--rule', 'tatweel:warn', '--max-warnings', '0', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(warned.code).toBe(1)
    expect(warned.stderr).toMatch(/more than --max-warnings 0/)
    const quiet = await cli(['--rule', 'tatweel:warn', '--quiet', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(JSON.parse(quiet.stdout)[0].messages.filter((m: {severity: string}) => m.severity !== 'error')).toEqual([])
  })

  it('prints JSON with every field score.mjs reads', async () => {
    const dir = fixture({'doc.txt': bad})
    const {stdout} = await cli(['--format', 'json', '--rule', 'tatweel:error', 'doc.txt'], {cwd: dir})
    const report = JSON.parse(stdout)
    expect(report).toHaveLength(1)
    expect(report[0].path).toBe('doc.txt')
    const message = report[0].messages.find((m: {ruleId: string}) => m.ruleId === 'tatweel')
    expect(message).toEqual({
      ruleId: 'tatweel',
      source: 'translint',
      severity: 'error',
      reason: 'Unexpected tatweel in `الأمانـة`, expected `الأمانة`',
      line: 1,
      column: 7,
      endLine: 1,
      endColumn: 15,
      offset: 6,
      endOffset: 14,
      actual: 'الأمانـة',
      expected: ['الأمانة'],
      url: 'https://github.com/translint/translint/blob/main/rules/tatweel.md'
    })
  })

  it('writes the report to --output-file', async () => {
    const dir = fixture({'doc.txt': bad})
    const {code, stdout} = await cli(['--format', 'json', '--output-file', 'out/r.json', 'doc.txt'], {cwd: dir})
    expect(stdout).toBe('')
    expect(code).toBe(2) // out/ does not exist: an I/O error, named
    const ok = await cli(['--format', 'json', '--output-file', 'r.json', 'doc.txt'], {cwd: dir})
    expect(ok.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))[0].path).toBe('doc.txt')
  })

  it('reports a missing or unreadable file and still lints the others (exit 2)', async () => {
    const dir = fixture({'a.txt': bad, 'b.txt': Buffer.from([0xd8, 0x27, 0xff, 0xfe]), 'c.bin': Buffer.from([1, 0, 2])})
    const {code, stdout, stderr} = await cli(['--format', 'json', '--rule', 'tatweel:error', 'missing.txt', 'b.txt', 'c.bin', 'a.txt'], {cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toMatch(/missing\.txt: no such file or folder/)
    expect(stderr).toMatch(/b\.txt: is not valid UTF-8 text/)
    expect(stderr).toMatch(/c\.bin: looks like a binary file/)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(JSON.parse(stdout).map((f: {path: string}) => f.path)).toEqual(['a.txt'])
  })

  it('lints folders recursively (.txt and .md by default) and globs', async () => {
    const dir = fixture({'d/a.txt': good, 'd/sub/b.md': good, 'd/c.html': good, 'e/x.txt': good})
    const folder = JSON.parse((await cli(['--format', 'json', 'd'], {cwd: dir})).stdout)
    expect(folder.map((f: {path: string}) => f.path)).toEqual(['d/a.txt', 'd/sub/b.md'])
    const globbed = JSON.parse((await cli(['--format', 'json', '**/*.txt'], {cwd: dir})).stdout)
    expect(globbed.map((f: {path: string}) => f.path)).toEqual(['d/a.txt', 'e/x.txt'])
    const none = await cli(['nothing/*.txt'], {cwd: dir})
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/nothing\/\*\.txt: no files match this pattern/)
  })

  it('reads standard input with --stdin and --stdin-filename', async () => {
    const dir = fixture({'.linterrc.json': onlyTatweel})
    const {code, stdout} = await cli(['--stdin', '--stdin-filename', 'sub/x.txt', '--format', 'json', '--rule', 'tatweel:error'], {cwd: dir, stdin: bad})
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report[0].path).toBe('sub/x.txt')
    expect(report[0].messages.some((m: {ruleId: string}) => m.ruleId === 'tatweel')).toBe(true)
    expect((await cli(['-', '--format', 'json'], {cwd: dir, stdin: good})).code).toBe(0)
  })

  it('lists rules, prints its version and help, and rejects bad usage with exit 2', async () => {
    const dir = fixture({})
    const list = await cli(['--list-rules'], {cwd: dir})
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/^tatweel\s+warn\s+fixable\s+translint:typography\s+Disallow kashida/m)
    expect(list.stdout).toMatch(/^stray-period\s+error\s+fixable\s+translint:recommended\s+Disallow repeated periods/m)
    expect(list.stdout).toMatch(/^sentence-length\s+info\s+-\s+Report sentences/m)
    const version = await cli(['--version'], {cwd: dir})
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version)
    const help = await cli(['--help'], {cwd: dir})
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Examples:\n {2}\$ translint seeds\//)
    expect((await cli(['--frobnicate'], {cwd: dir})).code).toBe(2)
    expect((await cli([], {cwd: dir})).code).toBe(2)
    expect((await cli(['--format', 'xml', 'a.txt'], {cwd: dir})).code).toBe(2)
    expect((await cli(['--max-warnings', 'many', 'a.txt'], {cwd: dir})).stderr).toMatch(/--max-warnings: expected a whole number/)
  })
})

describe('translint --fix', () => {
  it('fixes in place, keeping BOM, CRLF and permissions, and a second run changes nothing', async () => {
    const original = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('شاركت الأمانـة.\r\nسطر ثان.\r\n')])
    const dir = fixture({'doc.txt': original, 'only-tatweel.json': onlyTatweel})
    chmodSync(join(dir, 'doc.txt'), 0o640)
    const first = await cli([...only, '--fix', 'doc.txt'], {cwd: dir})
    expect(first.code).toBe(0)
    const fixed = readFileSync(join(dir, 'doc.txt'))
    expect(fixed.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('شاركت الأمانة.\r\nسطر ثان.\r\n')]))).toBe(true)
    expect(statSync(join(dir, 'doc.txt')).mode & 0o777).toBe(0o640)
    await cli([...only, '--fix', 'doc.txt'], {cwd: dir})
    expect(readFileSync(join(dir, 'doc.txt')).equals(fixed)).toBe(true)
  })

  it('prints the changes word by word with --fix-dry-run and writes nothing', async () => {
    const dir = fixture({'doc.txt': bad, 'only-tatweel.json': onlyTatweel})
    const {stdout, code} = await cli([...only, '--fix-dry-run', 'doc.txt'], {cwd: dir})
    expect(code).toBe(0)
    expect(stdout.split('\n')).toEqual([
      'doc.txt',
      '  1:7  شاركت ⟦الأمانـة⟧ في المؤتمر.',
      '    →  شاركت ⟦الأمانة⟧ في المؤتمر.',
      '',
      '1 change in 1 file (dry run: nothing written)',
      ''
    ])
    expect(readFileSync(join(dir, 'doc.txt'), 'utf8')).toBe(bad)
  })

  it('--fix-dry-run shows a long paragraph only around its changes, and spaces that move as ␣', async () => {
    const long = 'وقال المتحدث باسم الحكومة إن الوزارة ستواصل العمل مع الشركاء في المنطقة لتحقيق الأهداف المشتركة '
    const text = `${long}في الأمانـة العامة للأمم المتحدة ${long}جارٍ الآن.\nوقال المتحدث في جنيف ،وإعداد التقرير النهائي جارٍ الآن.\n`
    // Typography on: tatweel and punctuation-spacing fix.
    const dir = fixture({'doc.txt': text, '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    const {stdout} = await cli(['--fix-dry-run', 'doc.txt'], {cwd: dir})
    // Each change: its words with a few either side, not the 300-character paragraph. A space moved across
    // a comma is one change, its spaces visible.
    expect(stdout.split('\n')).toEqual([
      'doc.txt',
      '  1:100  … الأهداف المشتركة في ⟦الأمانـة⟧ العامة للأمم المتحدة …',
      '      →  … الأهداف المشتركة في ⟦الأمانة⟧ العامة للأمم المتحدة …',
      '   2:21  وقال المتحدث في جنيف⟦␣،⟧وإعداد التقرير النهائي …',
      '      →  وقال المتحدث في جنيف⟦،␣⟧وإعداد التقرير النهائي …',
      '',
      '2 changes in 1 file (dry run: nothing written)',
      ''
    ])
    expect(text.indexOf('الأمانـة') + 1).toBe(100)
    expect(text.split('\n')[1].indexOf(' ،') + 1).toBe(21)
    expect(readFileSync(join(dir, 'doc.txt'), 'utf8')).toBe(text)
  })

  it('narrows fixes with --fix-type and --rule', async () => {
    const dir = fixture({'doc.txt': bad, 'only-tatweel.json': onlyTatweel})
    const narrowed = await cli([...only, '--fix-dry-run', '--fix-type', 'orthography', 'doc.txt'], {cwd: dir})
    expect(narrowed.code).toBe(0)
    expect(narrowed.stdout).toBe('')
    expect((await cli([...only, '--fix-dry-run', '--rule', 'tatweel:off', 'doc.txt'], {cwd: dir})).stdout).toBe('')
    // Two fixable findings (tatweel, trailing spaces): --rule picks the one to fix.
    // Typography on: tatweel and whitespace both report.
    const both = fixture({'doc.txt': 'شاركت الأمانـة في المؤتمر.   \n', 'only-tatweel.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    const changed = (args: string[]) => cli([...only, '--fix-dry-run', ...args, 'doc.txt'], {cwd: both}).then((r) => r.stdout.split('\n').filter((l) => l.includes('→')))
    expect(await changed([])).toEqual(['     →  شاركت ⟦الأمانة⟧ في المؤتمر.', '     →  … الأمانة في المؤتمر.‸'])
    expect(await changed(['--rule', 'tatweel:warn'])).toEqual(['    →  شاركت ⟦الأمانة⟧ في المؤتمر.'])
    expect(await changed(['--rule', 'whitespace:warn'])).toEqual(['     →  … الأمانـة في المؤتمر.‸'])
    expect((await cli([...only, '--fix-dry-run', '--fix-type', 'typography', 'doc.txt'], {cwd: dir})).stdout).toContain('→  شاركت ⟦الأمانة⟧ في المؤتمر.')
    expect((await cli([...only, '--fix-dry-run', '--fix-type', 'nonsense', 'doc.txt'], {cwd: dir})).code).toBe(2)
  })

  it('prints the fixed text on stdout with --stdin', async () => {
    const dir = fixture({'only-tatweel.json': onlyTatweel})
    const {stdout, code} = await cli([...only, '--fix', '--stdin'], {cwd: dir, stdin: bad})
    expect(stdout).toBe(good)
    expect(code).toBe(0)
  })

  it('leaves a read-only file unchanged and says so (exit 2)', async () => {
    const dir = fixture({'doc.txt': bad, 'only-tatweel.json': onlyTatweel})
    chmodSync(join(dir, 'doc.txt'), 0o444)
    const {code, stderr} = await cli([...only, '--fix', 'doc.txt'], {cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toMatch(/doc\.txt: cannot write the fixed file \(EACCES\); left unchanged/)
    expect(readFileSync(join(dir, 'doc.txt'), 'utf8')).toBe(bad)
  })
})
