// The built bin's cold start (src/cli/start.ts): the command line's script is
// compiled with the V8 code cache the build wrote, a cache that does not fit is
// only slower, never different, and a plain run loads none of the modules it
// does not need. Times are measured by `npm run bench`, not here.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const seed = join(root, 'seeds/000_ffe6ca2c3771edd8.txt')
const copies: string[] = []

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 120000)
afterAll(() => {
  for (const dir of copies) rmSync(dir, {recursive: true, force: true})
})

/** A copy of the built package (its node_modules linked), whose dist/ a test may change. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-cold-'))
  copies.push(dir)
  for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(root, part), join(dir, part), {recursive: true})
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  return dir
}

const scriptOf = (pkg: string) => readdirSync(join(pkg, 'dist')).find((name) => /^cli-[0-9a-f]{12}\.cjs$/.test(name))!

/** How dist/cli.js of a package started: its code cache's state. */
function cacheState(pkg: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(join(pkg, 'dist/cli.js'))}).then((m) => console.log(m.codeCache))`], {encoding: 'utf8'})
  expect(result.stderr).toBe('')
  return result.stdout.trim()
}

function lint(pkg: string, args: string[], options: {probe?: string} = {}) {
  const pre = options.probe ? ['--import', options.probe] : []
  return spawnSync(process.execPath, [...pre, join(pkg, 'bin/translint.js'), ...args], {cwd: fixture({}), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
}

describe('the command line script and its code cache', () => {
  it('names the script by the hash of its contents, and its code cache after it', () => {
    const script = scriptOf(root)
    const contents = readFileSync(join(root, 'dist', script))
    expect(script).toBe(`cli-${createHash('sha256').update(contents).digest('hex').slice(0, 12)}.cjs`)
    expect(existsSync(join(root, 'dist', `${script}.v8cache`))).toBe(true)
    // One script: an old one is removed by the build.
    expect(readdirSync(join(root, 'dist')).filter((name) => name.startsWith('cli-'))).toEqual([script, `${script}.v8cache`])
  })

  it('is ASCII only (V8 would keep it two bytes a character for the life of the process)', () => {
    const contents = readFileSync(join(root, 'dist', scriptOf(root)), 'latin1')
    expect(contents.length).toBeGreaterThan(1_000_000)
    expect(/[^\x00-\x7f]/.test(contents)).toBe(false)
  })

  it('is accepted by the Node that built it', () => {
    expect(cacheState(root)).toBe('accepted')
  })

  it('gives the same report with a cache V8 rejects, or none', () => {
    const expected = lint(root, ['--format', 'json', seed])
    expect(expected.status).toBe(1)
    expect(JSON.parse(expected.stdout)[0].messages.length).toBeGreaterThan(3)

    const garbled = packageCopy()
    writeFileSync(join(garbled, 'dist', `${scriptOf(garbled)}.v8cache`), Buffer.alloc(4096, 7))
    expect(cacheState(garbled)).toBe('rejected')
    const missing = packageCopy()
    rmSync(join(missing, 'dist', `${scriptOf(missing)}.v8cache`))
    expect(cacheState(missing)).toBe('missing')
    for (const pkg of [garbled, missing]) {
      const result = lint(pkg, ['--format', 'json', seed])
      expect(result.stderr).toBe('')
      expect(result.status).toBe(1)
      expect(result.stdout).toBe(expected.stdout)
    }
  }, 60000)

  it('validates a config file with the validator compiled into the script, not an ES module loaded beside it', () => {
    const pkg = packageCopy()
    // The generated file is still shipped for the library (dist/index.js); the command line must not load it.
    writeFileSync(join(pkg, 'dist/config-validator.js'), "throw new Error('dist/config-validator.js was loaded')\n")
    const dir = fixture({'.linterrc.json': JSON.stringify({extends: 'translint:default', ignore: 5})})
    const run = (config: string) => spawnSync(process.execPath, [join(pkg, 'bin/translint.js'), '--config', join(dir, config), '--format', 'json', seed], {cwd: fixture({}), encoding: 'utf8'})
    const invalid = run('.linterrc.json')
    expect(invalid.status).toBe(2)
    expect(invalid.stderr).toContain('ignore: must be array')
    expect(invalid.stderr).not.toContain('was loaded')
    writeFileSync(join(dir, 'valid.json'), JSON.stringify({extends: 'translint:default'}))
    const valid = run('valid.json')
    expect(valid.stderr).toBe('')
    expect(valid.status).toBe(1)
    expect(valid.stdout).toBe(lint(root, ['--format', 'json', seed]).stdout)
  }, 60000)

  it('starts through the CommonJS loader: a plain run loads no part of the ES module loader a bare node does not', () => {
    const probe = join(fixture({}), 'esm-probe.cjs')
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nesm ' + JSON.stringify(process.moduleLoadList.filter((m) => m.includes('/esm/'))) + '\\n'))\n")
    const esm = (args: string[]) => {
      const result = spawnSync(process.execPath, ['--require', probe, ...args], {cwd: fixture({}), encoding: 'utf8'})
      return JSON.parse(/\nesm (.*)\n$/.exec(result.stderr)![1]) as string[]
    }
    const bare = esm(['-e', ''])
    expect(esm([join(root, 'bin/translint.js'), '--format', 'json', seed])).toEqual(bare)
    // The probe sees the loader when an ES module is run.
    expect(esm([join(root, 'dist/cli.js')]).length).toBeGreaterThan(bare.length)
  }, 60000)

  it('makes no Intl object and no locale comparison on a plain run (the first loads ICU data, several ms)', () => {
    const probe = join(fixture({}), 'intl-probe.mjs')
    writeFileSync(
      probe,
      'const used = []\n' +
        'const compare = String.prototype.localeCompare\n' +
        "String.prototype.localeCompare = function (...args) { used.push('localeCompare'); return compare.apply(this, args) }\n" +
        "for (const name of ['Collator', 'NumberFormat', 'Segmenter', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat'])\n" +
        '  Intl[name] = new Proxy(Intl[name], {construct: (target, args) => (used.push(name), Reflect.construct(target, args))})\n' +
        "process.on('exit', () => process.stderr.write('\\nintl ' + JSON.stringify(used) + '\\n'))\n"
    )
    const used = (result: {stderr: string}) => JSON.parse(/\nintl (.*)\n$/.exec(result.stderr)![1]) as string[]
    for (const format of ['json', 'stylish']) {
      const result = lint(root, ['--format', format, seed], {probe})
      expect(result.status).toBe(1)
      expect(used(result), format).toEqual([])
    }
    // The same probe sees one when it is made: a wide character in a line the report cuts.
    const wide = join(fixture({}), 'wide.txt')
    writeFileSync(wide, `${'نص طويل '.repeat(30)}😀 ثم  مسافتان.\n`)
    expect(used(lint(root, [wide], {probe}))).toContain('Segmenter')
  }, 60000)

  it('loads no built-in module and no package a plain run does not use', () => {
    const probe = join(fixture({}), 'probe.mjs')
    writeFileSync(
      probe,
      "import {createRequire} from 'node:module'\n" +
        'const require = createRequire(import.meta.url)\n' +
        "process.on('exit', () => process.stderr.write('\\nloaded ' + JSON.stringify({builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)), packages: Object.keys(require.cache)}) + '\\n'))\n"
    )
    const loaded = (result: {stderr: string}) => JSON.parse(/\nloaded (.*)\n$/.exec(result.stderr)![1]) as {builtins: string[]; packages: string[]}
    for (const format of ['json', 'stylish']) {
      const result = lint(root, ['--format', format, seed], {probe})
      expect(result.status).toBe(1)
      const {builtins, packages} = loaded(result)
      for (const name of ['crypto', 'zlib', 'worker_threads', 'readline', 'assert', 'v8', 'child_process', 'fs/promises', 'perf_hooks']) expect(builtins, name).not.toContain(name)
      expect(packages.filter((path) => path.includes('string-width'))).toEqual([])
    }
    // The same probe sees them when they are used: a wide character in the report.
    const wide = join(fixture({}), 'wide.txt')
    writeFileSync(wide, 'نص فيه وجه 😀 ثم  مسافتان.\n')
    const result = lint(root, [wide], {probe})
    expect(result.stdout).toContain('😀')
    expect(loaded(result).packages.filter((path) => path.includes('string-width'))).toHaveLength(1)
  }, 60000)

  it('lets TurboFan inline less in a run over a megabyte, and only there (large-run.ts): node:v8 is loaded for it', () => {
    const probe = join(fixture({}), 'probe.mjs')
    writeFileSync(probe, "process.on('exit', () => process.stderr.write('\\nloaded ' + JSON.stringify(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13))) + '\\n'))\n")
    const builtins = (result: {stderr: string}) => JSON.parse(/\nloaded (.*)\n$/.exec(result.stderr)![1]!) as string[]
    const dir = fixture({})
    const text = readFileSync(seed, 'utf8')
    // Two files: one of them alone is under a megabyte, both together over it.
    writeFileSync(join(dir, 'a.txt'), text.repeat(Math.ceil(600_000 / Buffer.byteLength(text))))
    writeFileSync(join(dir, 'b.txt'), text.repeat(Math.ceil(600_000 / Buffer.byteLength(text))))
    const one = lint(root, ['--jobs', '1', '--format', 'json', join(dir, 'a.txt')], {probe})
    expect(one.status).toBe(1)
    expect(builtins(one)).not.toContain('v8')
    const both = lint(root, ['--jobs', '1', '--format', 'json', dir], {probe})
    expect(both.status).toBe(1)
    expect(builtins(both)).toContain('v8')
    // The same findings either way.
    const messages = (result: {stdout: string}, name: string) => (JSON.parse(result.stdout) as {path: string; messages: unknown[]}[]).find((f) => f.path.endsWith(name))!.messages
    expect(messages(both, 'a.txt')).toEqual(messages(one, 'a.txt'))
  }, 120000)
})

describe('what the command line loads before it knows the format', () => {
  /** The source modules and packages the command line imports statically: loaded by every run, whatever it lints. */
  async function staticInputs(): Promise<string[]> {
    const {build} = await import('esbuild')
    const {metafile} = await build({
      entryPoints: [join(root, 'src/cli/index.ts')],
      absWorkingDir: root,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      write: false,
      metafile: true,
      outdir: join(root, 'dist-probe'),
      external: ['@cspell/dict-ar', 'cspell-trie-lib'],
      logLevel: 'silent'
    })
    const outputs = metafile.outputs
    const entry = Object.keys(outputs).find((name) => outputs[name]!.entryPoint === 'src/cli/index.ts')!
    const inputs = new Set<string>()
    const seen = new Set<string>()
    const walk = (name: string) => {
      if (seen.has(name)) return
      seen.add(name)
      for (const input of Object.keys(outputs[name]!.inputs)) inputs.add(input)
      for (const imported of outputs[name]!.imports) if (imported.kind === 'import-statement' && !imported.external) walk(imported.path)
    }
    walk(entry)
    return [...inputs]
  }

  it('leaves Markdown and HTML support, parse5 and its entity tables to a Markdown or HTML file', async () => {
    const inputs = await staticInputs()
    expect(inputs).toContain('src/engine/processor.ts')
    for (const part of ['node_modules/parse5/', 'node_modules/entities/dist/decode', 'node_modules/micromark', 'node_modules/remark-parse/', 'src/engine/html-sections.ts']) {
      expect(inputs.filter((input) => input.includes(part)), part).toEqual([])
    }
  }, 60000)
})
