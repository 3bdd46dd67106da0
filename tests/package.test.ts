// The package as users get it: packed with `npm pack` and installed from the
// tarball, and installed from a git URL (npm clones it, runs `prepare`, which
// builds, then packs and installs it). Each is installed into a new project,
// its bin is run on a seed and its library is imported from a TypeScript file
// type-checked against the shipped declarations.
//
// Nothing is downloaded: npm runs with --offline and finds every tarball in
// its cache, where `npm ci` left them. npm resolves a version range through
// the registry's metadata, which `npm ci` does not cache, so the project gets
// a lock pinning each dependency to the version (and tarball) the repository's
// own lock holds.
//
// Slow (a build from a clean copy, two installs, a type-check): one file, run
// in order. Child processes are awaited, never run synchronously: a worker
// blocked for minutes misses vitest's calls and fails the run.
import {execFile, execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {cli} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const seedName = '000_ffe6ca2c3771edd8.txt'
const seed = readFileSync(join(root, 'seeds', seedName), 'utf8')
const tsc = join(root, 'node_modules/typescript/bin/tsc')
const work = mkdtempSync(join(tmpdir(), 'translint-package-'))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const tarball = join(work, `translint-${pkg.version}.tgz`)

afterAll(() => rm(work, {recursive: true, force: true}), 120000)

interface Ran {
  status: number
  stdout: string
  stderr: string
}

function spawn(file: string, args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(file, args, {cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({status, stdout, stderr})
    })
  })
}

async function npm(cwd: string, args: string[]): Promise<string> {
  const result = await spawn('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel', 'error'], cwd)
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} in ${cwd} exited ${result.status}:\n${result.stderr}`)
  return result.stdout
}

/** A new project whose lock pins translint (from `resolved`) and its dependencies as the repository's lock does. */
function project(name: string, resolved: string, integrity?: string): string {
  const dir = join(work, name)
  mkdirSync(dir)
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'))
  const own = lock.packages['']
  const packages: Record<string, unknown> = {
    '': {name, version: '1.0.0', devDependencies: {translint: resolved}},
    'node_modules/translint': {version: pkg.version, resolved, integrity, dev: true, license: pkg.license, dependencies: own.dependencies, bin: own.bin, engines: own.engines}
  }
  for (const [path, entry] of Object.entries(lock.packages as Record<string, {dev?: boolean}>)) {
    if (path.startsWith('node_modules/') && !entry.dev) packages[path] = {...entry, dev: true}
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name, version: '1.0.0', private: true, type: 'module'}, null, 2))
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({name, version: '1.0.0', lockfileVersion: 3, requires: true, packages}, null, 2))
  writeFileSync(join(dir, seedName), seed)
  return dir
}

/** The report the sources give on the seed, to compare the installed bin with. */
async function expectedReport(dir: string): Promise<unknown> {
  const result = await cli(['--format', 'json', seedName], {cwd: dir})
  expect(result.code).toBe(1)
  return JSON.parse(result.stdout)
}

function runBin(dir: string, args: string[]): Promise<Ran> {
  return spawn(join(dir, 'node_modules/.bin/translint'), args, dir)
}

// The library from TypeScript: types must come from the package (a wrong type is an error).
const usage = `import {lintSync, rules, type LintOptions} from 'translint'

const options: LintOptions = {rules: {tatweel: 'error'}}
const file = lintSync('شاركت الأمانـة في المؤتمر.\\n', options)
const ids: string[] = file.messages.map((message) => message.ruleId ?? '')
// @ts-expect-error: messages is a list, not a number
const wrong: number = file.messages
console.log(JSON.stringify({ids, rules: Object.keys(rules).length, wrong: typeof wrong}))
`
const usageJs = `import {lintSync, rules} from 'translint'

const file = lintSync('شاركت الأمانـة في المؤتمر.\\n', {rules: {tatweel: 'error'}})
const wrong = file.messages
console.log(JSON.stringify({ids: file.messages.map((message) => message.ruleId ?? ''), rules: Object.keys(rules).length, wrong: typeof wrong}))
`
const tsconfig = {
  compilerOptions: {target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: []},
  files: ['use.ts']
}

async function typeCheck(dir: string) {
  writeFileSync(join(dir, 'use.ts'), usage)
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
  const result = await spawn(process.execPath, [tsc, '-p', '.', '--listFiles'], dir)
  expect(result.stderr).toBe('')
  expect(result.stdout.split('\n').filter((line) => line.startsWith('error') || / error TS/.test(line))).toEqual([])
  expect(result.status).toBe(0)
  // The declarations checked are the package's own.
  expect(result.stdout).toContain(join(dir, 'node_modules/translint', pkg.types))
  // And the same code runs against the package's JavaScript.
  writeFileSync(join(dir, 'use.mjs'), usageJs)
  const ran = JSON.parse((await spawn(process.execPath, ['use.mjs'], dir)).stdout)
  expect(ran).toEqual({ids: ['tatweel'], rules: expect.any(Number), wrong: 'object'})
  expect(ran.rules).toBeGreaterThan(20)
}

describe('npm pack', () => {
  let files: string[]
  let dir: string

  beforeAll(async () => {
    // Pack a copy of the working tree (tracked and new files, as git sees them): `npm pack` runs
    // `prepare`, which builds into the copy's dist/ and leaves the repository's alone.
    const copy = join(work, 'source')
    const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {cwd: root, encoding: 'utf8'})
    for (const path of listed.split('\0').filter(Boolean)) {
      if (!existsSync(join(root, path))) continue // deleted, not yet committed
      mkdirSync(dirname(join(copy, path)), {recursive: true})
      copyFileSync(join(root, path), join(copy, path))
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    // The build's own lines come first on stdout, then npm's JSON.
    const output = await npm(copy, ['pack', '--json', '--pack-destination', work])
    const packed = JSON.parse(output.slice(output.search(/^\[/m)))
    files = packed[0].files.map((file: {path: string}) => file.path)
    const integrity = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64')
    dir = project('from-tarball', `file:${tarball}`, integrity)
    await npm(dir, ['install', '--save-dev', tarball])
  }, 600000)

  it('ships what it names and the notices of its data, and no sources', () => {
    expect(files).toContain('LICENSE')
    expect(files).toContain('NOTICE.md')
    expect(files).toContain(pkg.types)
    expect(files).toContain(pkg.main)
    for (const bin of Object.values(pkg.bin as Record<string, string>)) expect(files).toContain(bin)
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('tests/'))).toEqual([])
    const installed = join(dir, 'node_modules/translint')
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))
    // The scripts npm may run in an installed package name only files the tarball has.
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare']) {
      const script: string | undefined = manifest.scripts?.[name]
      for (const named of script?.match(/[\w./-]+\.(?:mjs|cjs|js|ts)\b/g) ?? []) expect(files, `${name}: ${script}`).toContain(named)
    }
    expect(manifest.scripts.prepare).toMatch(/scripts\/prepare\.mjs/)
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License/)
    // The lexicon built from @cspell/dict-ar travels with the LGPL-3.0 text.
    expect(readFileSync(join(installed, 'dist/lexicon/ar.btrie.LICENSE'), 'utf8')).toMatch(/GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/)
    expect(readFileSync(join(installed, 'licenses/GPL-3.0.txt'), 'utf8')).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/)
    expect(readFileSync(join(installed, 'dist/lexicon/en.btrie.LICENSE'), 'utf8')).toMatch(/MIT License/)
    // Each bundled data set is named in the NOTICE with its licence, and the corpus statistics with their citation.
    const notice = readFileSync(join(installed, 'NOTICE.md'), 'utf8')
    for (const [file, licence] of [
      ['dist/lexicon/ar.btrie', 'LGPL-3.0'],
      ['dist/lexicon/en.btrie', 'MIT'],
      ['data/stats/ar-news.tlstats', 'Apache-2.0'],
      ['length-ratio', 'CC BY-SA 4.0']
    ]) {
      expect(notice).toMatch(new RegExp(`\`${file.replace(/[./]/g, '\\$&')}\`[^\\n]*${licence.replace(/[.]/g, '\\.')}`))
    }
    expect(notice).toContain('Chouigui, A., Ben Khiroun, O., & Elayeb, B.')
    for (const stats of readdirSync(join(installed, 'data/stats')).filter((name) => name.endsWith('.tlstats'))) {
      expect(notice).toContain(`data/stats/${stats}`)
    }
  })

  it('runs its bin on a seed with the same report as the sources', async () => {
    const result = await runBin(dir, ['--format', 'json', seedName])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual(await expectedReport(dir))
  }, 120000)

  it('type-checks and runs a TypeScript file that imports the library', () => typeCheck(dir), 180000)

  it('replaces the Arabic lexicon as NOTICE.md says: without the built file it reads @cspell/dict-ar, and rebuilds it', async () => {
    const built = join(dir, 'node_modules/translint/dist/lexicon/ar.btrie')
    const bytes = readFileSync(built)
    rmSync(built)
    const expected = await expectedReport(dir)
    const fallback = await runBin(dir, ['--format', 'json', seedName])
    expect(fallback.status).toBe(1)
    expect(JSON.parse(fallback.stdout)).toEqual(expected)
    expect((await spawn(process.execPath, ['node_modules/translint/scripts/build-lexicon.mjs'], dir)).status).toBe(0)
    expect(readFileSync(built).equals(bytes)).toBe(true)
  }, 180000)
})

describe('npm install <git URL>', () => {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim()

  // The committed HEAD, as a user's `npm install --save-dev git+https://…#<ref>` gets it.
  it('builds on install (prepare), then runs its bin and its types check', async () => {
    const url = `git+file://${root.replace(/\/$/, '')}#${head}`
    const dir = project('from-git', url)
    await npm(dir, ['install', '--save-dev', url])
    const installed = join(dir, 'node_modules/translint')
    expect(existsSync(join(installed, 'src'))).toBe(false)
    expect(existsSync(join(installed, 'dist/lexicon/ar.btrie'))).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.translint).toBe(url)
    const result = await runBin(dir, ['--format', 'json', seedName])
    expect(result.status).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual(await expectedReport(dir))
    await typeCheck(dir)
  }, 900000)
})
