// `.linterrc.json`: discovery (walk up from each file), `extends`, validation
// against the generated schema, and the rule settings for one file.
import {existsSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import picomatch from 'picomatch'
import {BUNDLED} from '../cli/version.ts'
import {checkRegularFile, LimitError, MAX_CONFIG_BYTES, MAX_CONFIG_FILES, MAX_EXTENDS_DEPTH, MAX_LIST_BYTES, readRegularFile} from '../cli/limits.ts'
import {describeJsonError, jsonErrorPosition} from './json-error.ts'
import type {RulePack} from '../engine/pack.ts'
import {importModule} from '../engine/import-module.ts'
import {bundledValidator} from './bundled-validator.ts'
import {describeAjvError, optionValidator} from '../engine/plugin-pack.ts'
import {registry} from '../engine/registry.ts'
import type {LoadedPlugin} from './plugins.ts'
import type {Locale} from '../engine/locale.ts'
import type {RuleSettings, Severity} from '../engine/types.ts'
import {allOff, preset, presetNames} from './presets.ts'
import {SEVERITIES, buildSchema} from './schema.ts'
import {suggest} from './suggest.ts'
import {listed, say} from '../cli/texts.ts'

/** What runs with no config file, or with one that names no preset: every rule but sentence-length's style advice. */
export const DEFAULT_PRESET = 'translint:default'

/** `, did you mean `x`` when there is a likely key, in the run's language ('' when there is none). */
function didYouMean(hint: string | undefined): string {
  return hint ? say('didYouMean', {hint}) : ''
}

export const CONFIG_NAME = '.linterrc.json'
export const DEFAULT_EXTENSIONS = ['txt', 'md']

/** One thing wrong in a config: the file, the key path in it, what is wrong, and where when known. */
export interface ConfigProblem {
  file: string
  keyPath: string
  detail: string
  /** 1-based line and column in the file (broken JSON). */
  line?: number
  column?: number
}

/** `file: key.path: what is wrong`, as the command line prints it. */
export function describeProblem(problem: ConfigProblem): string {
  return `${problem.file}${problem.keyPath ? `: ${problem.keyPath}` : ''}: ${problem.detail}`
}

/**
 * A config that cannot be used, with every problem found in it (and in the
 * files it extends and the lists it names), so one run shows them all;
 * `file`, `keyPath` and `detail` describe the first.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[]
  readonly file: string
  readonly keyPath: string
  readonly detail: string

  constructor(file: string, keyPath: string, detail: string)
  constructor(problems: readonly ConfigProblem[])
  constructor(fileOrProblems: string | readonly ConfigProblem[], keyPath = '', detail = '') {
    const problems = typeof fileOrProblems === 'string' ? [{file: fileOrProblems, keyPath, detail}] : fileOrProblems
    super(problems.map(describeProblem).join('\n'))
    this.name = 'ConfigError'
    this.problems = problems
    this.file = problems[0].file
    this.keyPath = problems[0].keyPath
    this.detail = problems[0].detail
  }
}

/** The problems found so far in loading a config; thrown together at the end. */
class Problems {
  readonly list: ConfigProblem[] = []

  add(file: string, keyPath: string, detail: string, place?: {line: number; column: number}): void {
    this.list.push({file, keyPath, detail, ...place})
  }

  /** Keep the problems of a ConfigError (any other error is a bug: thrown on). */
  absorb(error: unknown): void {
    if (!(error instanceof ConfigError)) throw error
    for (const problem of error.problems) {
      if (!this.list.some((known) => describeProblem(known) === describeProblem(problem))) this.list.push(problem)
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ConfigError(this.list)
  }
}

/** Whether two key paths name the same value or one lies inside the other (`rules.a` and `rules.a[1].b`). */
function related(a: string, b: string): boolean {
  const inside = (outer: string, inner: string) => outer === '' || inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`)
  return inside(a, b) || inside(b, a)
}

type RuleEntry = Severity | [Severity, Record<string, unknown>?]

export interface RawConfig {
  root?: boolean
  extends?: string | string[]
  rules?: Record<string, RuleEntry>
  ignore?: string[]
  extensions?: string[]
  organizations?: string[]
  terminology?: string[]
  words?: string[]
  stats?: false | string[]
  locale?: Locale
  plugins?: string[]
  overrides?: {files: string[]; rules?: Record<string, RuleEntry>}[]
}

export interface ResolvedConfig {
  /** Config files that contributed, outermost first. */
  files: string[]
  rules: RuleSettings
  ignore: {base: string; patterns: string[]}[]
  extensions: string[]
  /** Absolute paths of organisation files. */
  organizations: string[]
  /** Absolute paths of glossary files (TBX, CSV, JSON) for the `terminology` rule. */
  terminology: string[]
  /** Extra lexicon words and absolute paths of word-list files. */
  words: string[]
  wordFiles: string[]
  /** Absolute paths of the user's corpus statistics files, or false when statistics are off. */
  stats: string[] | false
  /** The language of the messages when the config names one (else `--locale` or the environment decides). */
  locale?: Locale
  /** The rule packs named under `plugins` by these config files, each once, outermost first. */
  plugins: LoadedPlugin[]
  overrides: {base: string; files: string[]; rules: RuleSettings}[]
}

export function emptyConfig(): ResolvedConfig {
  return {
    files: [],
    rules: {...allOff(registry.builtinPacks()), ...preset(DEFAULT_PRESET, registry.builtinPacks())!},
    ignore: [],
    extensions: [...DEFAULT_EXTENSIONS],
    organizations: [],
    terminology: [],
    words: [],
    wordFiles: [],
    stats: [],
    plugins: [],
    overrides: []
  }
}

let validator: ((data: unknown) => boolean) & {errors?: {instancePath: string; message?: string; params: Record<string, unknown>; keyword: string}[] | null}

/**
 * The bundle ships a validator that ajv generated from the schema at build time
 * (dist/config-validator.js): compiling the schema takes longer than linting a
 * file, and a pre-commit hook pays it on every run. From the sources, compile.
 */
async function prebuiltValidator(): Promise<typeof validator | undefined> {
  if (!BUNDLED) return undefined
  const bundled = (await bundledValidator()) as typeof validator | undefined
  if (bundled) return bundled
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [join(here, 'config-validator.js'), join(here, '..', 'config-validator.js')]) {
    if (existsSync(candidate)) return ((await importModule(pathToFileURL(candidate).href)) as {default: typeof validator}).default
  }
  return undefined
}

async function getValidator() {
  if (!validator) validator = (await prebuiltValidator()) as typeof validator
  if (!validator) {
    const {default: Ajv} = await import('ajv')
    const ajv = new (Ajv as unknown as typeof import('ajv').default)({allErrors: true, inlineRefs: false, strict: false})
    validator = ajv.compile(buildSchema(registry.defaultRules())) as typeof validator
  }
  return validator
}

function describe(value: unknown): string {
  return JSON.stringify(value)
}

/**
 * Check the parts with friendly messages first, then the whole against the
 * schema; every problem goes to `problems`, so a config with three mistakes
 * shows three. What the friendly checks named is not named again by the schema.
 */
async function validate(file: string, data: unknown, problems: Problems, packs: readonly RulePack[] = registry.builtinPacks()): Promise<RawConfig> {
  if (!isObject(data)) {
    problems.add(file, '', 'expected a JSON object')
    return {}
  }
  const found: ConfigProblem[] = []
  const report = (keyPath: string, detail: string) => found.push({file, keyPath, detail})
  const config = data
  // The rules a config may set: the built-in ones and those of the packs it names.
  const ruleById = rulesOf(packs)
  const builtin = new Set(registry.defaultRules().map((rule) => rule.id))
  const known = ['$schema', 'root', 'extends', 'plugins', 'rules', 'ignore', 'extensions', 'organizations', 'terminology', 'words', 'stats', 'locale', 'overrides']
  for (const key of Object.keys(config)) {
    if (!known.includes(key)) {
      const hint = suggest(key, known)
      report(key, say('configUnknownKey', {hint: didYouMean(hint), allowed: listed(known)}))
    }
  }
  const checkRules = (rules: unknown, path: string) => {
    if (rules === undefined) return
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      return report(path, say('configRulesObject'))
    }
    for (const [id, entry] of Object.entries(rules)) {
      const keyPath = `${path}.${id}`
      if (!ruleById.has(id)) {
        const hint = suggest(id, ruleById.keys())
        report(keyPath, say('configUnknownRule', {hint: didYouMean(hint)}))
        continue
      }
      const severity = Array.isArray(entry) ? entry[0] : entry
      if (!SEVERITIES.includes(severity as Severity)) {
        report(Array.isArray(entry) ? `${keyPath}[0]` : keyPath, say('configBadSeverity', {value: describe(severity), allowed: listed([...SEVERITIES])}))
      }
      if (Array.isArray(entry) && entry.length > 1) {
        const options = entry[1]
        if (typeof options !== 'object' || options === null || Array.isArray(options)) {
          report(`${keyPath}[1]`, say('configOptionsObject'))
          continue
        }
        const rule = ruleById.get(id)!
        const properties = rule.options?.properties ?? {}
        for (const name of Object.keys(options)) {
          if (!(name in properties)) {
            const names = Object.keys(properties)
            const hint = suggest(name, names)
            report(`${keyPath}[1].${name}`, say('configUnknownOption', {hint: didYouMean(hint), allowed: names.length ? listed(names) : {en: 'none', ar: 'لا شيء'}}))
          }
        }
        // A plugin rule's option values: the generated validator knows only the built-in rules.
        const check = builtin.has(id) ? undefined : optionValidator(rule)
        if (check && !check(options)) {
          for (const error of check.errors!) {
            const {path: at, detail} = describeAjvError(error)
            if (error.keyword !== 'additionalProperties') report(`${keyPath}[1]${at}`, detail)
          }
        }
      }
    }
  }
  checkRules(config.rules, 'rules')
  if (Array.isArray(config.overrides)) config.overrides.forEach((o, i) => checkRules((o as RawConfig['rules'] & {rules?: unknown})?.rules, `overrides[${i}].rules`))
  const validate = await getValidator()
  if (!validate(withoutPluginRules(config, builtin))) {
    const keyPathOf = (instancePath: string) =>
      instancePath
        .split('/')
        .slice(1)
        .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
        .join('')
        .replace(/^\./, '')
    // oneOf reports every branch and its own summary: its summary says least.
    const errors = validate.errors!.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf')
    const schemaProblems = (errors.length ? errors : validate.errors!).map((error) => {
      let keyPath = keyPathOf(error.instancePath)
      let detail = error.message ?? 'invalid value'
      if (error.keyword === 'enum') detail = say('configUnknownValue', {allowed: listed((error.params.allowedValues as unknown[]).map(String))})
      if (error.keyword === 'additionalProperties') {
        const key = String(error.params.additionalProperty)
        keyPath = keyPath ? `${keyPath}.${key}` : key
        detail = say('configUnknownKeyNamed', {key})
      }
      return {keyPath, detail}
    })
    for (const [index, problem] of schemaProblems.entries()) {
      // Named already by a friendly check, or by a deeper error that says which key (the deepest names it best).
      if (found.some((known) => related(known.keyPath, problem.keyPath))) continue
      if (schemaProblems.some((other) => other.keyPath !== problem.keyPath && related(problem.keyPath, other.keyPath) && other.keyPath.length > problem.keyPath.length)) continue
      if (schemaProblems.findIndex((other) => other.keyPath === problem.keyPath) !== index) continue
      report(problem.keyPath, problem.detail)
    }
  }
  for (const problem of found) problems.add(problem.file, problem.keyPath, problem.detail)
  return config as RawConfig
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function rulesOf(packs: readonly RulePack[]) {
  return new Map(packs.flatMap((pack) => pack.rules.map((rule) => [rule.id, rule] as const)))
}

/** The config with the plugin rules' entries left out (checked by their packs' schemas), for the schema of the built-in rules. */
function withoutPluginRules(config: Record<string, unknown>, builtin: Set<string>): Record<string, unknown> {
  const keep = (rules: unknown) => (isObject(rules) ? Object.fromEntries(Object.entries(rules).filter(([id]) => builtin.has(id))) : rules)
  const result = {...config}
  if ('rules' in config) result.rules = keep(config.rules)
  if (Array.isArray(config.overrides)) result.overrides = config.overrides.map((o) => (isObject(o) && 'rules' in o ? {...o, rules: keep(o.rules)} : o))
  return result
}

/** Load the packs a config names under `plugins`; each one that fails is a problem naming the file and the plugin. */
async function loadPlugins(file: string, data: unknown, problems: Problems): Promise<LoadedPlugin[]> {
  const list = isObject(data) ? data.plugins : undefined
  // Not a list: the schema says so.
  if (!Array.isArray(list) || list.length === 0) return []
  // Loaded only for a config that names packs: resolving packages as Node does brings modules a cold start does not need.
  const {loadPlugin, PluginError} = await import('./plugins.ts')
  const loaded: LoadedPlugin[] = []
  for (const [index, specifier] of list.entries()) {
    if (typeof specifier !== 'string' || specifier === '') {
      problems.add(file, `plugins[${index}]`, 'must be a path or a package name')
      continue
    }
    try {
      loaded.push(await loadPlugin(specifier, file))
    } catch (error) {
      if (!(error instanceof PluginError)) throw error
      problems.add(file, `plugins[${index}]`, error.message)
    }
  }
  return loaded
}

/** `translint:recommended`, `house-style:strict`, `@team/house:all`: a preset, not a path. */
const PRESET_NAME = /^(@[\w.-]+\/)?[\w.-]+:[\w-]+$/

const fileCache = new Map<string, Promise<ResolvedConfig>>()

/**
 * Read and parse a config file: a regular file of at most MAX_CONFIG_BYTES,
 * UTF-8. An error never quotes the file's content (a config path may point at
 * a file that is not ours to print, such as /etc/shadow).
 */
function readJson(file: string): unknown {
  let text: string
  try {
    const bytes = readRegularFile(file, MAX_CONFIG_BYTES, 'config file')
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch (error) {
    if (error instanceof LimitError) throw new ConfigError(file, '', error.detail)
    throw new ConfigError(file, '', say('configNotUtf8'))
  }
  const json = text.replace(/^\uFEFF/, '')
  try {
    return JSON.parse(json)
  } catch (error) {
    const place = jsonErrorPosition(json, error)
    throw new ConfigError([{file, keyPath: '', detail: describeJsonError(json, error), ...place}])
  }
}

function normalizeEntry(entry: RuleEntry): [Severity, Record<string, unknown>] {
  return Array.isArray(entry) ? [entry[0], {...(entry[1] ?? {})}] : [entry, {}]
}

function mergeRules(base: RuleSettings, rules: Record<string, RuleEntry> | undefined): RuleSettings {
  const result = {...base}
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const [severity, options] = normalizeEntry(entry)
    // `["warn"]` or `"warn"` keeps options set earlier; given options replace them.
    result[id] = [severity, Array.isArray(entry) && entry.length > 1 ? options : (result[id]?.[1] ?? {})]
  }
  return result
}

/** Load one config file with everything it extends. */
export function loadConfigFile(file: string, seen: string[] = []): Promise<ResolvedConfig> {
  const path = resolve(file)
  if (seen.includes(path)) return Promise.reject(new ConfigError(path, 'extends', `circular extends (${[...seen, path].join(' → ')})`))
  if (seen.length >= MAX_EXTENDS_DEPTH) {
    return Promise.reject(new ConfigError(seen[0], 'extends', `nests deeper than ${MAX_EXTENDS_DEPTH} levels (${[...seen, path].join(' → ')})`))
  }
  let cached = fileCache.get(path)
  if (!cached) {
    cached = loadUncached(path, seen)
    fileCache.set(path, cached)
  }
  return cached
}

/** Whether a value is a list of strings (a config's `extends`, `words`, … may be anything until validated). */
function strings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/**
 * The files a config names (word lists, organisation files, glossaries,
 * statistics): each is checked for being readable now, so a config's
 * unreadable lists are reported with its other problems. Their content is read
 * and checked later, per run (engine/settings.ts).
 */
function checkLists(path: string, raw: Record<string, unknown>, problems: Problems): void {
  const lists: [key: string, what: string, isFile: (entry: string) => boolean][] = [
    ['organizations', 'organisation file', () => true],
    ['terminology', 'glossary', () => true],
    ['words', 'word list', isWordFile],
    ['stats', 'statistics file', () => true]
  ]
  for (const [key, what, isFile] of lists) {
    const entries = raw[key]
    if (!strings(entries)) continue
    entries.forEach((entry, index) => {
      if (!isFile(entry)) return
      try {
        checkRegularFile(resolve(dirname(path), entry), key === 'stats' ? Number.MAX_SAFE_INTEGER : MAX_LIST_BYTES, what)
      } catch (error) {
        if (!(error instanceof LimitError)) throw error
        problems.add(path, `${key}[${index}]`, error.message)
      }
    })
  }
}

/** A `words` entry that names a file rather than being a word. */
function isWordFile(entry: string): boolean {
  return /[/\\]|\.(txt|dic|csv)$/.test(entry)
}

async function loadUncached(path: string, seen: string[]): Promise<ResolvedConfig> {
  if (!existsSync(path)) throw new ConfigError(path, '', say('configNoSuchFile'))
  const problems = new Problems()
  const data = readJson(path)
  const plugins = await loadPlugins(path, data, problems)
  // What this config can name: the built-in rules and presets, and those of the packs it lists.
  const packs = [...registry.builtinPacks(), ...plugins.map((plugin) => plugin.pack)]
  const raw = await validate(path, data, problems, packs)
  checkLists(path, raw as Record<string, unknown>, problems)
  const base = dirname(path)
  const parents = raw.extends === undefined ? [DEFAULT_PRESET] : Array.isArray(raw.extends) ? raw.extends : [raw.extends]
  // Every rule starts off: a preset or the config's own `rules` switches it on.
  let result: ResolvedConfig = {...emptyConfig(), rules: allOff(packs)}
  for (const [index, name] of parents.entries()) {
    const keyPath = Array.isArray(raw.extends) ? `extends[${index}]` : 'extends'
    if (typeof name !== 'string') continue // the schema's problem, reported above
    if (PRESET_NAME.test(name)) {
      const rules = preset(name, packs)
      if (!rules) {
        const names = presetNames(packs)
        const hint = suggest(name, names)
        problems.add(path, keyPath, say('configUnknownPreset', {name, hint: didYouMean(hint), allowed: listed(names)}))
        continue
      }
      result.rules = {...result.rules, ...rules}
      continue
    }
    const target = isAbsolute(name) ? name : join(base, name)
    if (!existsSync(target)) {
      problems.add(path, keyPath, say('configCannotFind', {name, target}))
      continue
    }
    let parent: ResolvedConfig
    try {
      parent = await loadConfigFile(target, [...seen, path])
    } catch (error) {
      // A file that cannot be read as a config is named from the config that extends it;
      // the problems inside a config that can be read are its own, with its own key paths.
      if (error instanceof ConfigError && error.problems.length === 1 && error.file === resolve(target) && error.keyPath === '') {
        problems.add(path, keyPath, `\`${name}\`: ${error.detail}`)
      } else {
        problems.absorb(error)
      }
      continue
    }
    // A file extended along several paths counts once (its settings are the
    // same each time): without this, a fan-out of n levels makes 2^n entries.
    result = {
      files: unique([...result.files, ...parent.files]),
      rules: {...result.rules, ...parent.rules},
      ignore: unique([...result.ignore, ...parent.ignore]),
      extensions: parent.extensions,
      organizations: unique([...result.organizations, ...parent.organizations]),
      terminology: unique([...result.terminology, ...parent.terminology]),
      words: unique([...result.words, ...parent.words]),
      wordFiles: unique([...result.wordFiles, ...parent.wordFiles]),
      stats: parent.stats === false || result.stats === false ? false : unique([...result.stats, ...parent.stats]),
      locale: parent.locale ?? result.locale,
      plugins: unique([...result.plugins, ...parent.plugins]),
      overrides: unique([...result.overrides, ...parent.overrides])
    }
    if (result.files.length >= MAX_CONFIG_FILES) {
      problems.add(path, keyPath, say('configTooMany', {max: MAX_CONFIG_FILES}))
      break
    }
  }
  // Nothing below runs on a config with problems: its values may be of any type.
  problems.throwIfAny()
  const words: string[] = []
  const wordFiles: string[] = []
  for (const entry of raw.words ?? []) {
    if (isWordFile(entry)) wordFiles.push(resolve(base, entry))
    else words.push(entry)
  }
  return {
    files: unique([...result.files, path]),
    rules: mergeRules(result.rules, raw.rules),
    ignore: raw.ignore ? [...result.ignore, {base, patterns: raw.ignore}] : result.ignore,
    extensions: raw.extensions ?? result.extensions,
    organizations: [...result.organizations, ...(raw.organizations ?? []).map((p) => resolve(base, p))],
    terminology: [...result.terminology, ...(raw.terminology ?? []).map((p) => resolve(base, p))],
    words: [...result.words, ...words],
    wordFiles: [...result.wordFiles, ...wordFiles],
    // `false` in a config turns statistics off; a list in a later config turns them back on.
    stats: raw.stats === false ? false : raw.stats ? [...(result.stats || []), ...raw.stats.map((p) => resolve(base, p))] : result.stats,
    locale: raw.locale ?? result.locale,
    plugins: unique([...result.plugins, ...plugins]),
    overrides: [
      ...result.overrides,
      ...(raw.overrides ?? []).map((o) => ({base, files: o.files, rules: mergeRules({}, o.rules)}))
    ]
  }
}

/** The list without repeats, first occurrences kept (objects by identity: parents come from one cache). */
function unique<T>(list: T[]): T[] {
  return [...new Set(list)]
}

const dirCache = new Map<string, string | null>()

/** The nearest `.linterrc.json` at or above `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  const start = resolve(dir)
  const visited: string[] = []
  let current = start
  let found: string | null = null
  for (;;) {
    if (dirCache.has(current)) {
      found = dirCache.get(current)!
      break
    }
    visited.push(current)
    const candidate = join(current, CONFIG_NAME)
    if (existsSync(candidate)) {
      found = candidate
      break
    }
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const dir of visited) dirCache.set(dir, found)
  return found ?? undefined
}

/** The config for a file: `--config` if given, else the nearest file, else the recommended preset. */
export async function configFor(filePath: string, explicit?: string): Promise<ResolvedConfig> {
  if (explicit) return loadConfigFile(explicit)
  const found = findConfigFile(dirname(resolve(filePath)))
  return found ? loadConfigFile(found) : emptyConfig()
}

/** The rule settings for one file: the config's rules, then matching overrides. */
export function rulesForFile(config: ResolvedConfig, filePath: string): RuleSettings {
  if (config.overrides.length === 0) return config.rules
  // The same object for every file the same overrides apply to: a processor is built once per rules object.
  const matched: number[] = []
  config.overrides.forEach((override, index) => {
    if (matcherOf(override.files)(relative(override.base, resolve(filePath)).split('\\').join('/'))) matched.push(index)
  })
  let byMatched = rulesByOverrides.get(config)
  if (!byMatched) rulesByOverrides.set(config, (byMatched = new Map()))
  const key = matched.join(',')
  let rules = byMatched.get(key)
  if (!rules) {
    rules = config.rules
    for (const index of matched) rules = {...rules, ...config.overrides[index]!.rules}
    byMatched.set(key, rules)
  }
  return rules
}

/** A config's rules by the overrides that apply (their indices, joined). */
const rulesByOverrides = new WeakMap<ResolvedConfig, Map<string, RuleSettings>>()

/** Glob lists compiled once, not once a file. */
const matchers = new WeakMap<string[], (path: string) => boolean>()

function matcherOf(patterns: string[]): (path: string) => boolean {
  let matcher = matchers.get(patterns)
  if (!matcher) matchers.set(patterns, (matcher = picomatch(patterns, {dot: true})))
  return matcher
}

/** Whether a file is ignored by the config's `ignore` globs. */
export function isIgnored(config: ResolvedConfig, filePath: string): boolean {
  return config.ignore.some(({base, patterns}) => {
    const rel = relative(base, resolve(filePath)).split('\\').join('/')
    return !rel.startsWith('..') && matcherOf(patterns)(rel)
  })
}

/** A plugin rule's id (`house-style/preferred-terms`): known only once the config naming its pack is loaded. */
export function isPluginRuleId(id: string): boolean {
  return id.includes('/')
}

/** Parse `--rule id:severity` (or `id:severity:{json options}`). */
export function parseRuleFlag(value: string): [string, [Severity, Record<string, unknown>] | Severity] {
  const ruleById = rulesOf(registry.builtinPacks())
  const match = /^(@?[a-z0-9][a-z0-9._/-]*):(off|info|warn|error)(?::(.*))?$/.exec(value)
  if (!match) {
    const id = value.split(':')[0]
    if (!ruleById.has(id) && !isPluginRuleId(id)) {
      const hint = suggest(id, ruleById.keys())
      throw new ConfigError('--rule', value, say('ruleFlagUnknown', {id, hint: didYouMean(hint)}))
    }
    throw new ConfigError('--rule', value, say('ruleFlagShape', {allowed: listed([...SEVERITIES])}))
  }
  const [, id, severity, json] = match
  if (!ruleById.has(id) && !isPluginRuleId(id)) {
    const hint = suggest(id, ruleById.keys())
    throw new ConfigError('--rule', value, say('ruleFlagUnknown', {id, hint: didYouMean(hint)}))
  }
  if (json === undefined) return [id, severity as Severity]
  try {
    return [id, [severity as Severity, JSON.parse(json)]]
  } catch {
    throw new ConfigError('--rule', value, say('ruleFlagJson'))
  }
}

/**
 * Validate rule entries given outside a file (`--rule`), with the same
 * messages; a plugin rule's entry once a config naming its pack is loaded.
 */
export async function validateRuleEntries(source: string, rules: Record<string, unknown>, packs: readonly RulePack[] = registry.builtinPacks()): Promise<void> {
  const known = rulesOf(packs)
  // A plugin rule no pack here defines yet is checked once the config that names its pack is loaded.
  const now = Object.fromEntries(Object.entries(rules).filter(([id]) => known.has(id) || !isPluginRuleId(id)))
  if (Object.keys(now).length === 0) return
  const problems = new Problems()
  await validate(source, {rules: now}, problems, packs)
  problems.throwIfAny()
}

/**
 * `--rule` entries for plugin rules, checked against the packs a config names
 * (the built-in ones are checked before any config is loaded).
 */
export function checkPluginRuleEntries(rules: Record<string, unknown>, config: ResolvedConfig): void {
  const known = rulesOf(packsOf(config))
  for (const [id, entry] of Object.entries(rules)) {
    if (!isPluginRuleId(id)) continue
    const rule = known.get(id)
    const owner = config.files.at(-1)
    if (!rule) throw new ConfigError('--rule', id, `unknown rule: no plugin ${owner ? `that ${owner} names` : 'is named by a config'} defines it`)
    const options = Array.isArray(entry) ? entry[1] : undefined
    if (options === undefined) continue
    const check = optionValidator(rule)
    if (check && !check(options)) {
      const {path: at, detail} = describeAjvError(check.errors![0]!)
      throw new ConfigError('--rule', `${id}${at}`, detail)
    }
  }
}

/** The packs whose rules and presets a resolved config can use: the built-in ones and those of its plugins. */
export function packsOf(config: ResolvedConfig): RulePack[] {
  return [...registry.builtinPacks(), ...config.plugins.map((plugin) => plugin.pack)]
}

/** Forget every loaded config file and discovery result (a config file changed). */
export function clearConfigCache(): void {
  fileCache.clear()
  dirCache.clear()
}
