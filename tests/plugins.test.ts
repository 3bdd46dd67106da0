// Rule packs named in .linterrc.json under `plugins`: the example pack
// (examples/plugin-house-style) through the command line as a user runs it,
// by path and by package name; its rule, fix, preset and option schema work as
// the built-in ones do; a pack that cannot be loaded is a config error naming
// the config file and the plugin.
import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const example = join(root, 'examples/plugin-house-style')
const TEXT = 'وقال الوزير بالرغم من الصعوبات إن العمل مستمر.\n'
const FIXED = 'وقال الوزير على الرغم من الصعوبات إن العمل مستمر.\n'
const RULE = 'house-style/preferred-terms'

interface JsonFile {
  path: string
  messages: {ruleId: string; reason: string; line: number; column: number; severity: string; expected: string[] | null; url: string | null}[]
}

/**
 * A project with the example pack installed as a package (linked, as a
 * workspace installs it: this process holds one copy of a pack), and a
 * config naming it.
 */
function project(config: Record<string, unknown>, files: Record<string, string> = {}): string {
  const dir = fixture({'.linterrc.json': JSON.stringify(config), 'doc.txt': TEXT, ...files})
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(example, join(dir, 'node_modules/translint-plugin-house-style'))
  return dir
}

const withPack = {plugins: ['translint-plugin-house-style'], extends: ['translint:recommended', 'house-style:recommended']}

describe('a rule pack named in .linterrc.json', () => {
  it('by package name: its preset switches its rule on, and its finding reads like a built-in one', async () => {
    const dir = project(withPack)
    const result = await cli(['--format', 'json', 'doc.txt'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [file] = JSON.parse(result.stdout) as JsonFile[]
    expect(file!.messages).toEqual([
      expect.objectContaining({
        ruleId: RULE,
        severity: 'warning',
        reason: 'Unexpected `بالرغم من`, expected `على الرغم من` (house style)',
        line: 1,
        column: 13,
        expected: ['على الرغم من'],
        url: 'https://github.com/translint/translint/tree/main/examples/plugin-house-style#readme'
      })
    ])
    // In Arabic, like every rule.
    const arabic = JSON.parse((await cli(['--format', 'json', '--locale', 'ar', 'doc.txt'], {cwd: dir})).stdout) as JsonFile[]
    expect(arabic[0]!.messages[0]!.reason).toBe('لم يُتوقَّع `بالرغم من`، والمتوقَّع `على الرغم من` (أسلوب الدار)')
  })

  it('by path, relative to the config file: --fix applies its fix', async () => {
    const dir = fixture({'docs/doc.txt': TEXT, 'docs/.linterrc.json': JSON.stringify({plugins: ['../house/index.js'], extends: ['translint:recommended', 'house-style:recommended']})})
    symlinkSync(example, join(dir, 'house'))
    const result = await cli(['--fix', 'docs/doc.txt'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(readFileSync(join(dir, 'docs/doc.txt'), 'utf8')).toBe(FIXED)
  })

  it('without its preset, its rule is off until the config sets it, with options checked against its schema', async () => {
    const off = await cli(['--format', 'json', 'doc.txt'], {cwd: project({plugins: ['translint-plugin-house-style']})})
    expect((JSON.parse(off.stdout) as JsonFile[])[0]!.messages).toEqual([])
    const set = project({plugins: ['translint-plugin-house-style'], rules: {[RULE]: ['error', {terms: {'إن العمل': 'أن العمل'}}]}})
    const result = await cli(['--format', 'json', 'doc.txt'], {cwd: set})
    expect(result.code).toBe(1)
    expect((JSON.parse(result.stdout) as JsonFile[])[0]!.messages.map((m) => [m.ruleId, m.severity, m.expected])).toEqual([[RULE, 'error', ['أن العمل']]])
    // A bad option value and an unknown option: config errors with the key path, exit 2.
    const bad = await cli(['doc.txt'], {cwd: project({plugins: ['translint-plugin-house-style'], rules: {[RULE]: ['warn', {terms: {'بالرغم من': 5}}]}})})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/\.linterrc\.json: rules\.house-style\/preferred-terms\[1\]\.terms\.بالرغم من: must be string\n$/)
    const unknown = await cli(['doc.txt'], {cwd: project({plugins: ['translint-plugin-house-style'], rules: {[RULE]: ['warn', {term: {}}]}})})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/\.linterrc\.json: rules\.house-style\/preferred-terms\[1\]\.term: unknown option, did you mean `terms` \(allowed: terms\)\n$/)
  })

  it('a rule of a pack the config does not name is an unknown rule; a preset it does not offer is an unknown preset', async () => {
    const rule = await cli(['doc.txt'], {cwd: project({rules: {[RULE]: 'warn'}})})
    expect(rule.code).toBe(2)
    expect(rule.stderr).toMatch(/\.linterrc\.json: rules\.house-style\/preferred-terms: unknown rule/)
    const preset = await cli(['doc.txt'], {cwd: project({plugins: ['translint-plugin-house-style'], extends: 'house-style:strict'})})
    expect(preset.code).toBe(2)
    expect(preset.stderr).toMatch(/\.linterrc\.json: extends: unknown preset `house-style:strict`.*house-style:recommended/)
  })

  it('--list-rules, --print-config and SARIF show its rule as they show the built-in ones', async () => {
    const dir = project(withPack)
    const list = await cli(['--list-rules'], {cwd: dir})
    expect(list.stdout).toMatch(/^house-style\/preferred-terms\s+warn\s+fixable\s+house-style:recommended\s+Use the newsroom's term/m)
    expect(list.stdout).toMatch(/^stray-period\s+error/m)
    const printed = JSON.parse((await cli(['--print-config', 'doc.txt'], {cwd: dir})).stdout) as {rules: Record<string, unknown>; plugins: {name: string; specifier: string; file: string}[]}
    expect(printed.rules[RULE]).toEqual(['warn', {}])
    expect(printed.plugins).toEqual([
      {name: 'house-style', version: '1.0.0', specifier: 'translint-plugin-house-style', file: join(example, 'index.js')}
    ])
    const sarif = JSON.parse((await cli(['--format', 'sarif', 'doc.txt'], {cwd: dir})).stdout)
    const [rule] = sarif.runs[0].tool.driver.rules
    expect(rule).toMatchObject({
      id: RULE,
      shortDescription: {text: "Use the newsroom's term where it has ruled another out"},
      helpUri: 'https://github.com/translint/translint/tree/main/examples/plugin-house-style#readme',
      properties: {category: 'style', fixable: true}
    })
    expect(sarif.runs[0].results[0]).toMatchObject({ruleId: RULE, ruleIndex: 0})
    expect(sarif.runs[0].results[0].fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('على الرغم من')
  })

  it('--rule sets its rule where a config names the pack, and is an unknown rule elsewhere', async () => {
    const dir = project({plugins: ['translint-plugin-house-style']}, {'other/doc.txt': TEXT, 'other/.linterrc.json': '{}'})
    const set = await cli(['--format', 'json', '--rule', `${RULE}:error`, 'doc.txt'], {cwd: dir})
    expect(set.code).toBe(1)
    expect((JSON.parse(set.stdout) as JsonFile[])[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([[RULE, 'error']])
    const elsewhere = await cli(['--rule', `${RULE}:error`, 'other/doc.txt'], {cwd: dir})
    expect(elsewhere.code).toBe(2)
    expect(elsewhere.stderr).toMatch(/--rule: house-style\/preferred-terms: unknown rule: no plugin that .*other\/\.linterrc\.json names defines it/)
  })

  it('two copies of one pack in a run: a config error, not a silent choice between them', async () => {
    const dir = fixture({'a/doc.txt': TEXT, 'a/.linterrc.json': JSON.stringify({plugins: ['./house/index.js']})})
    cpSync(example, join(dir, 'a/house'), {recursive: true})
    // This process loads the example from examples/ first: then the copy is refused.
    expect((await cli(['doc.txt'], {cwd: project({plugins: ['translint-plugin-house-style']})})).code).toBe(0)
    const result = await cli(['doc.txt'], {cwd: join(dir, 'a')})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/a\/\.linterrc\.json: plugins\[0\]: .*a\/house\/index\.js: a pack named `house-style` is already loaded from .*examples\/plugin-house-style\/index\.js/)
  })

  // The built bin, a process per run, as a CI job runs it: each run imports the pack afresh.
  it('the built bin: --cache lints again when the pack changes, and worker threads run its rule', () => {
    const dir = fixture({'doc.txt': TEXT, '.linterrc.json': JSON.stringify({plugins: ['./house/index.js'], extends: ['house-style:recommended']})})
    cpSync(example, join(dir, 'house'), {recursive: true})
    const bin = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/translint.js'), ...args], {cwd: dir, encoding: 'utf8'})
    const reasons = () => (JSON.parse(bin('--cache', '--format', 'json', 'doc.txt').stdout) as JsonFile[])[0]!.messages.map((m) => m.reason)
    expect(reasons()).toEqual(['Unexpected `بالرغم من`, expected `على الرغم من` (house style)'])
    expect(reasons()).toEqual(['Unexpected `بالرغم من`, expected `على الرغم من` (house style)'])
    const source = join(dir, 'house/index.js')
    writeFileSync(source, readFileSync(source, 'utf8').replace('(house style)', '(our style)'))
    expect(reasons()).toEqual(['Unexpected `بالرغم من`, expected `على الرغم من` (our style)'])
    // Worker threads load the pack too: the same findings with --jobs 3 as in one thread.
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `doc${i}.txt`), TEXT.repeat(i + 1))
    const one = bin('--format', 'json', '--jobs', '1', '.')
    const three = bin('--format', 'json', '--jobs', '3', '.')
    expect(three.stderr).toBe('')
    expect(three.stdout).toBe(one.stdout)
    expect((JSON.parse(three.stdout) as JsonFile[]).flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(Array(22).fill(RULE))
  }, 60000)
})

describe('a pack that cannot be loaded', () => {
  const cases: [string, Record<string, string>, string[], RegExp][] = [
    ['a path that does not exist', {}, ['./missing.js'], /\.linterrc\.json: plugins\[0\]: cannot find `\.\/missing\.js` \(looked for .*missing\.js\)\n$/],
    ['a package that is not installed', {}, ['translint-plugin-nowhere'], /\.linterrc\.json: plugins\[0\]: cannot find package `translint-plugin-nowhere` from .* \(is it installed there\?\)\n$/],
    ['a module that throws', {'bad.js': 'throw new Error("boom")\n'}, ['./bad.js'], /\.linterrc\.json: plugins\[0\]: cannot import .*bad\.js: boom\n$/],
    ['a module without rules', {'empty.js': 'export default {configs: {}}\n'}, ['./empty.js'], /plugins\[0\]: .*empty\.js: it exports no `rules` array/],
    [
      'a rule id outside the pack',
      {'stray.js': 'export default {name: "mine", rules: [{id: "tatweel", description: "x", severity: "warn", fixable: false, category: "style", messages: {a: "b"}, check() {}}]}\n'},
      ['./stray.js'],
      /plugins\[0\]: .*stray\.js: rules\[0\]\.id: expected `mine\/<rule-name>`/
    ],
    [
      'an option schema that does not compile',
      {'schema.js': 'export default {name: "mine", rules: [{id: "mine/x", description: "x", severity: "warn", fixable: false, category: "style", messages: {a: "b"}, options: {properties: {n: {type: "nonsense"}}, defaults: {}}, check() {}}]}\n'},
      ['./schema.js'],
      /plugins\[0\]: .*schema\.js: rule `mine\/x`: its options' JSON schema does not compile/
    ],
    ['not a list', {}, 'house' as unknown as string[], /\.linterrc\.json: plugins: must be array/]
  ]
  for (const [what, files, plugins, message] of cases) {
    it(`${what}: exit 2, naming the config file and the plugin`, async () => {
      const dir = fixture({'doc.txt': TEXT, '.linterrc.json': JSON.stringify({plugins}), ...files})
      const result = await cli(['doc.txt'], {cwd: dir})
      expect(result.code).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toContain(join(dir, '.linterrc.json'))
    })
  }
})
