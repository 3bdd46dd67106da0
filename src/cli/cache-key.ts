// What a cached result depends on besides the file's own bytes, as two keys:
//
//   - the engine: translint's version, its code (contents of the bundle, or of
//     src/ and rules/ when run from the sources) and the data files it reads
//     (the lexicons and the shipped statistics, by name, size and modification
//     time: they are written only by a build or an install, and hashing 18 MB
//     on every run would cost more than a cached run of a small folder);
//   - the configuration a file is linted under: the rules with their options
//     (after overrides and `--rule`), the contents of every config file that
//     contributed, of every word list, organisation file, glossary and
//     statistics file it names, the inline words, whether statistics are off,
//     and whether unused directives are reported; and the rule packs it names
//     under `plugins` (each pack's name, version and the contents of its module
//     file, read on every run: a pack edited in place lints its files again).
//
// A change to any of them makes every entry it covers a miss, so a cached run
// never serves a result that another version, rule option or word list would
// not give.
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ResolvedConfig} from '../config/load.ts'
import type {Locale} from '../engine/locale.ts'
import type {RuleSettings} from '../engine/types.ts'
import {BUNDLED, VERSION} from './version.ts'

// node:crypto is loaded when first used (a run without --cache never does), as
// every module of the command line loads its rarely used built-ins: each is a
// few milliseconds of a cold start.
const createHash = (algorithm: string) => process.getBuiltinModule('node:crypto').createHash(algorithm)

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The folder holding package.json, from this module in src/cli/, dist/ or dist/chunks/. */
function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 4; up++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {name?: string}
      if (pkg.name === 'translint') return dir
    } catch {}
    dir = dirname(dir)
  }
  return undefined
}

/** Every file under `dir`, sorted, as paths relative to `dir`. */
function listFiles(dir: string, prefix = ''): string[] {
  let names: string[]
  try {
    names = readdirSync(join(dir, prefix)).sort()
  } catch {
    return []
  }
  const files: string[] = []
  for (const name of names) {
    const rel = prefix ? `${prefix}/${name}` : name
    let isDir = false
    try {
      isDir = statSync(join(dir, rel)).isDirectory()
    } catch {
      continue
    }
    if (isDir) files.push(...listFiles(dir, rel))
    else files.push(rel)
  }
  return files
}

let engine: string | undefined

/** The engine's key (computed once per process). */
export function engineKey(): string {
  if (engine !== undefined) return engine
  const hash = createHash('sha256').update(`translint ${VERSION}\0`)
  const root = packageRoot()
  if (root) {
    const code = BUNDLED ? ['dist'] : ['src', 'rules']
    for (const top of code) {
      for (const rel of listFiles(join(root, top))) {
        if (top === 'dist' && (rel.startsWith('lexicon/') || !/\.c?js$/.test(rel))) continue
        try {
          hash.update(`${top}/${rel}\0`).update(readFileSync(join(root, top, rel))).update('\0')
        } catch {}
      }
    }
    for (const top of ['dist/lexicon', 'data/stats']) {
      for (const rel of listFiles(join(root, top))) {
        try {
          const stat = statSync(join(root, top, rel), {bigint: true})
          hash.update(`${top}/${rel}\0${stat.size}\0${stat.mtimeNs}\0`)
        } catch {}
      }
    }
  }
  engine = hash.digest('hex')
  return engine
}

/** The contents' hash of a file a config names, once per run; a file that cannot be read hashes as such (linting will say why). */
function fileHash(path: string, known: Map<string, string>): string {
  let hash = known.get(path)
  if (hash === undefined) {
    try {
      hash = sha256(readFileSync(path))
    } catch (error) {
      hash = `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`
    }
    known.set(path, hash)
  }
  return hash
}

/** Config keys for one run: memoised per config object and rules object (both are shared between the files they apply to). */
export class ConfigKeys {
  private readonly files = new Map<string, string>()
  private readonly keys = new WeakMap<ResolvedConfig, WeakMap<RuleSettings, Map<Locale, string>>>()
  private readonly byFingerprint = new Map<string, string>()

  constructor(private readonly reportUnusedDirectives: boolean) {}

  /** The key of files linted under `config` with `rules`, their messages in `locale` (the messages are cached as worded). */
  keyFor(config: ResolvedConfig, rules: RuleSettings, locale: Locale): string {
    let byRules = this.keys.get(config)
    if (!byRules) this.keys.set(config, (byRules = new WeakMap()))
    let byLocale = byRules.get(rules)
    if (!byLocale) byRules.set(rules, (byLocale = new Map()))
    let key = byLocale.get(locale)
    if (key !== undefined) return key
    // A config without a file is built anew for every file: an equal one finds the key without reading
    // the files it names or hashing its description again.
    const fast = this.fingerprint(config, rules) + '\u0001' + locale
    key = this.byFingerprint.get(fast)
    if (key === undefined) {
      const hashed = (paths: string[]) => paths.map((path) => [path, fileHash(path, this.files)])
      const described = JSON.stringify({
        engine: engineKey(),
        rules,
        configFiles: hashed(config.files),
        organizations: hashed(config.organizations),
        terminology: hashed(config.terminology),
        words: config.words,
        wordFiles: hashed(config.wordFiles),
        stats: config.stats === false ? false : hashed(config.stats),
        plugins: config.plugins.map((plugin) => [plugin.pack.name, plugin.pack.version ?? null, plugin.file, fileHash(plugin.file, this.files)]),
        reportUnusedDirectives: this.reportUnusedDirectives,
        locale
      })
      key = sha256(described)
      this.byFingerprint.set(fast, key)
    }
    byLocale.set(locale, key)
    return key
  }

  /** The rules and the names of the files the config reads, as they are (their contents are hashed only for a new fingerprint). */
  private fingerprint(config: ResolvedConfig, rules: RuleSettings): string {
    const lists = [config.files, config.organizations, config.terminology, config.wordFiles, config.words, config.stats || ['no stats'], config.plugins.map((plugin) => plugin.file)]
    return JSON.stringify(rules) + '\u0001' + lists.map((list) => list.join('\0')).join('\u0001')
  }
}

export {sha256}
