import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {configFor, rulesForFile} from '../src/config/load.ts'
import {cli, fixture} from './cli-helpers.ts'

const tatweelText = 'شاركت الأمانـة في المؤتمر.\n'

async function json(argv: string[], cwd: string) {
  const result = await cli(['--format', 'json', ...argv], {cwd})
  return {...result, report: result.stdout ? JSON.parse(result.stdout) : undefined}
}

describe('.linterrc.json', () => {
  it('is found by walking up from each file', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({rules: {tatweel: 'error'}}),
      'a/b/doc.txt': tatweelText,
      'other/.linterrc.json': JSON.stringify({rules: {tatweel: 'off'}}),
      'other/doc.txt': tatweelText
    })
    const {code, report} = await json(['a', 'other'], dir)
    expect(code).toBe(1)
    const byPath = Object.fromEntries(report.map((f: {path: string; messages: {ruleId: string; severity: string}[]}) => [f.path, f.messages.filter((m) => m.ruleId === 'tatweel')]))
    expect(byPath['a/b/doc.txt'].map((m: {severity: string}) => m.severity)).toEqual(['error'])
    expect(byPath['other/doc.txt']).toEqual([])
  })

  it('takes --config instead of discovery', async () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({rules: {tatweel: 'off'}}), 'custom.json': JSON.stringify({rules: {tatweel: 'error'}}), 'doc.txt': tatweelText})
    expect((await json(['doc.txt'], dir)).code).toBe(0)
    expect((await json(['--config', 'custom.json', 'doc.txt'], dir)).code).toBe(1)
  })

  it('extends presets and other files, later settings win', async () => {
    const dir = fixture({
      'base.json': JSON.stringify({extends: 'translint:all', rules: {tatweel: ['error', {allowInTitles: true}]}}),
      '.linterrc.json': JSON.stringify({extends: './base.json', rules: {tatweel: 'warn'}}),
      'doc.txt': 'عنوان الأمانـة\n'
    })
    const {stdout} = await cli(['--print-config', 'doc.txt'], {cwd: dir})
    const printed = JSON.parse(stdout)
    expect(printed.rules.tatweel).toEqual(['warn', {allowInTitles: true}])
    expect(printed.configFiles.map((f: string) => f.split('/').pop())).toEqual(['base.json', '.linterrc.json'])
    // The title line is allowed by the option inherited from base.json.
    expect((await json(['doc.txt'], dir)).report[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'tatweel')).toEqual([])
  })

  it('applies overrides by glob and skips ignored files found in folders', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography'], ignore: ['drafts/**'], overrides: [{files: ['titles/*.txt'], rules: {tatweel: 'off'}}]}),
      'drafts/x.txt': tatweelText,
      'titles/y.txt': tatweelText,
      'z.txt': tatweelText
    })
    const {report} = await json(['.'], dir)
    const paths = report.map((f: {path: string}) => f.path)
    expect(paths).toEqual(['titles/y.txt', 'z.txt'])
    expect(report[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'tatweel')).toEqual([])
    expect(report[1].messages.filter((m: {ruleId: string}) => m.ruleId === 'tatweel')).toHaveLength(1)
  })

  it('gives the files the same overrides apply to one rules object, and others another', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({overrides: [{files: ['titles/*.txt'], rules: {tatweel: 'off'}}, {files: ['**/b*.txt'], rules: {hamza: 'off'}}]})
    })
    const config = await configFor(join(dir, 'a.txt'))
    const rules = (name: string) => rulesForFile(config, join(dir, name))
    expect(rules('a.txt')).toBe(config.rules)
    expect(rules('titles/a.txt')).toBe(rules('titles/c.txt'))
    expect(rules('titles/a.txt').tatweel?.[0]).toBe('off')
    expect(rules('titles/a.txt').hamza?.[0]).not.toBe('off')
    expect(rules('titles/b.txt')).not.toBe(rules('titles/a.txt'))
    expect([rules('titles/b.txt').tatweel?.[0], rules('titles/b.txt').hamza?.[0]]).toEqual(['off', 'off'])
    expect(rules('b.txt')).toBe(rules('other/b2.txt'))
    expect([rules('b.txt').tatweel?.[0], rules('b.txt').hamza?.[0]]).toEqual([config.rules.tatweel?.[0], 'off'])
  })

  it('lints the configured extensions in folders', async () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({extensions: ['text']}), 'a.text': tatweelText, 'b.txt': tatweelText})
    const {report} = await json(['.'], dir)
    expect(report.map((f: {path: string}) => f.path)).toEqual(['a.text'])
  })

  const bad: [string, unknown, RegExp][] = [
    ['an unknown rule, with a suggestion', {rules: {tatwel: 'warn'}}, /\.linterrc\.json: rules\.tatwel: unknown rule, did you mean `tatweel`/],
    ['a bad severity', {rules: {tatweel: 'loud'}}, /\.linterrc\.json: rules\.tatweel: bad severity "loud" \(allowed: off, info, warn, error\)/],
    ['an unknown option', {rules: {tatweel: ['warn', {allowInTitle: true}]}}, /rules\.tatweel\[1\]\.allowInTitle: unknown option, did you mean `allowInTitles`/],
    ['a bad option value', {rules: {tatweel: ['warn', {allowInTitles: 'yes'}]}}, /rules\.tatweel\[1\]\.allowInTitles: must be boolean/],
    ['an unknown key', {rulez: {}}, /\.linterrc\.json: rulez: unknown key, did you mean `rules`/],
    ['an unknown preset', {extends: 'translint:recomended'}, /extends: unknown preset `translint:recomended`, did you mean `translint:recommended`/],
    ['a missing extended file', {extends: './nope.json'}, /extends: cannot find `\.\/nope\.json`/],
    ['a bad ignore list', {ignore: 'drafts'}, /ignore: must be array/]
  ]
  it.each(bad)('rejects %s with exit 2, the file and the key path', async (_, config, pattern) => {
    const dir = fixture({'.linterrc.json': JSON.stringify(config), 'doc.txt': tatweelText})
    const result = await cli(['doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('rejects broken JSON with exit 2 and where it breaks (never quoting the file)', async () => {
    const dir = fixture({'.linterrc.json': '{"rules": {', 'doc.txt': tatweelText})
    const result = await cli(['doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/\.linterrc\.json: broken JSON at line 1, column 12$/m)
  })

  it('reports every problem of a config in one run, each with its key path', async () => {
    const config = {
      rulez: {},
      extends: 'translint:recomended',
      rules: {tatwel: 'warn', tatweel: ['warn', {allowInTitle: true}], 'punctuation-spacing': 'loud', whitespace: ['warn', {nope: 1}]},
      ignore: 'drafts',
      words: ['missing.txt', 'ok', 'lists/'],
      organizations: ['orgs.json']
    }
    const dir = fixture({'.linterrc.json': JSON.stringify(config), 'doc.txt': tatweelText, 'lists/a.txt': 'كلمة\n'})
    const result = await cli(['doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n')
    const expected = [
      /^translint: .*\.linterrc\.json: rulez: unknown key, did you mean `rules`/,
      /^translint: .*\.linterrc\.json: rules\.tatwel: unknown rule, did you mean `tatweel`/,
      /^translint: .*\.linterrc\.json: rules\.tatweel\[1\]\.allowInTitle: unknown option, did you mean `allowInTitles`/,
      /^translint: .*\.linterrc\.json: rules\.punctuation-spacing: bad severity "loud"/,
      /^translint: .*\.linterrc\.json: rules\.whitespace\[1\]\.nope: unknown option/,
      /^translint: .*\.linterrc\.json: ignore: must be array$/,
      /^translint: .*\.linterrc\.json: words\[0\]: .*missing\.txt: cannot read the word list \(ENOENT\)$/,
      /^translint: .*\.linterrc\.json: words\[2\]: .*lists: the word list is not a regular file$/,
      /^translint: .*\.linterrc\.json: organizations\[0\]: .*orgs\.json: cannot read the organisation file \(ENOENT\)$/,
      /^translint: .*\.linterrc\.json: extends: unknown preset `translint:recomended`/
    ]
    for (const pattern of expected) expect(lines.filter((line) => pattern.test(line)), String(pattern)).toHaveLength(1)
    expect(lines).toHaveLength(expected.length)
  })

  it('reports the problems of an extended config with those of the config extending it', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({extends: ['./base.json', './nope.json'], rules: {tatweel: 'loud'}}),
      'base.json': JSON.stringify({rules: {tatwel: 'warn'}, extensions: 'txt'}),
      'doc.txt': tatweelText
    })
    const result = await cli(['doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines.some((line) => /\.linterrc\.json: rules\.tatweel: bad severity "loud"/.test(line))).toBe(true)
    expect(lines.some((line) => /\.linterrc\.json: extends\[1\]: cannot find `\.\/nope\.json`/.test(line))).toBe(true)
    expect(lines.some((line) => /base\.json: rules\.tatwel: unknown rule/.test(line))).toBe(true)
    expect(lines.some((line) => /base\.json: extensions: must be array/.test(line))).toBe(true)
  })

  it('reports every unusable list named by a config, not only the first', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({organizations: ['a.json', 'b.json'], words: ['w.txt']}),
      'a.json': '{"organizations": ',
      'b.json': '[1, 2]',
      'w.txt': Buffer.from([0xff, 0xfe, 0x00]),
      'doc.txt': tatweelText
    })
    const result = await cli(['doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/\.linterrc\.json: organizations: .*a\.json/)
    expect(lines[1]).toMatch(/\.linterrc\.json: organizations: .*b\.json/)
    expect(lines[2]).toMatch(/\.linterrc\.json: words: .*w\.txt: the word list is not UTF-8 text$/)
  })

  it('gives --format json the problems as a report on the config file, with line and column for broken JSON', async () => {
    const broken = fixture({'.linterrc.json': '{\n  "rules": {\n    "tatweel": "warn",\n  }\n}\n', 'doc.txt': tatweelText})
    const result = await json(['doc.txt'], broken)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`translint: ${broken}/.linterrc.json: broken JSON at line 4, column 3\n`)
    expect(result.report).toEqual([
      {
        path: '.linterrc.json',
        messages: [
          expect.objectContaining({ruleId: null, source: 'translint', severity: 'error', reason: 'broken JSON at line 4, column 3', keyPath: '', line: 4, column: 3})
        ]
      }
    ])
    const invalid = fixture({'.linterrc.json': JSON.stringify({rules: {tatwel: 'warn', tatweel: ['warn', {allowInTitles: 'yes'}]}}), 'doc.txt': tatweelText})
    const {report} = await json(['doc.txt'], invalid)
    expect(report).toHaveLength(1)
    expect(report[0].messages.map((m: {keyPath: string; line: number | null}) => [m.keyPath, m.line])).toEqual([
      ['rules.tatwel', null],
      ['rules.tatweel[1].allowInTitles', null]
    ])
  })

  it('rejects circular extends', async () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({extends: './b.json'}), 'b.json': JSON.stringify({extends: './.linterrc.json'}), 'doc.txt': tatweelText})
    const result = await cli(['doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/circular extends/)
  })

  it('validates --rule like the file', async () => {
    const dir = fixture({'doc.txt': tatweelText})
    expect((await cli(['--rule', 'tatwel:warn', 'doc.txt'], {cwd: dir})).stderr).toMatch(/--rule: tatwel:warn: unknown rule `tatwel`, did you mean `tatweel`/)
    expect((await cli(['--rule', 'tatweel:loud', 'doc.txt'], {cwd: dir})).stderr).toMatch(/expected `id:severity` with severity one of off, info, warn, error/)
    const bad = await cli(['--rule', 'tatweel:warn:{"allowInTitles":1}', 'doc.txt'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/allowInTitles: must be boolean/)
  })

  it('ships a schema file generated from the rules', async () => {
    const {readFileSync} = await import('node:fs')
    const {configSchema} = await import('../src/index.ts')
    const shipped = JSON.parse(readFileSync(new URL('../schema/linterrc.schema.json', import.meta.url), 'utf8'))
    expect(shipped).toEqual(configSchema())
  })
})
