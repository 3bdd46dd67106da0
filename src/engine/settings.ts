// Per-run settings built from a resolved config: organisation data and user words.
import {LimitError, MAX_LIST_BYTES, readRegularFile} from '../cli/limits.ts'
import type {ResolvedConfig} from '../config/load.ts'
import {ConfigError, type ConfigProblem} from '../config/load.ts'
import {parseGlossary, type Term} from '../language/glossary.ts'
import {parseOrganizationFile, type Organization} from '../language/organizations.ts'
import {readStatsFile} from '../stats/load.ts'
import {localeFromEnvironment, type Locale} from './locale.ts'
import type {LintSettings} from './types.ts'

const cache = new Map<string, LintSettings>()

/**
 * `target.push(...items)` without the spread: a spread passes every item as an
 * argument, and a word list of some 130,000 lines (well within its size limit)
 * overflowed the stack.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/**
 * The language of the messages for files under `config`: `--locale` (the
 * `chosen` one) first, then the config's `locale`, then the environment's
 * (`fromEnvironment`: a run over many files reads it once).
 */
export function localeFor(config: ResolvedConfig, chosen?: Locale, fromEnvironment: () => Locale = localeFromEnvironment): Locale {
  return chosen ?? config.locale ?? fromEnvironment()
}

export function settingsFor(config: ResolvedConfig, locale: Locale = localeFor(config)): LintSettings {
  const key = JSON.stringify([config.organizations, config.words, config.wordFiles, config.terminology, config.stats, locale])
  let settings = cache.get(key)
  if (settings) return settings
  // Every file that cannot be used is reported, not only the first.
  const problems: ConfigProblem[] = []
  const owner = config.files.at(-1)
  const fail = (key: string, path: string, error: unknown) => {
    if (error instanceof ConfigError) problems.push(...error.problems)
    else problems.push({file: owner ?? path, keyPath: key, detail: (error as Error).message})
  }
  const extra: Organization[] = []
  for (const path of config.organizations) {
    try {
      append(extra, parseOrganizationFile(path, readList(config, 'organizations', path, 'organisation file')))
    } catch (error) {
      fail('organizations', path, error)
    }
  }
  const words = [...config.words]
  for (const path of config.wordFiles) {
    try {
      const text = readList(config, 'words', path, 'word list')
      append(words, text.split(/\r?\n/).map((w) => w.trim()).filter((w) => w && !w.startsWith('#')))
    } catch (error) {
      fail('words', path, error)
    }
  }
  const glossary: Term[] = []
  for (const path of config.terminology) {
    try {
      append(glossary, parseGlossary(path, readList(config, 'terminology', path, 'glossary')))
    } catch (error) {
      fail('terminology', path, error)
    }
  }
  // A user's statistics file is checked here, so a bad one is a config error, not a rule's crash.
  for (const path of config.stats || []) {
    try {
      readStatsFile(path)
    } catch (error) {
      fail('stats', path, error)
    }
  }
  if (problems.length > 0) throw new ConfigError(problems)
  settings = {
    extraOrganizations: extra,
    words,
    glossary,
    statsFiles: config.stats === false ? undefined : config.stats,
    useStats: config.stats !== false,
    locale,
    cache: new Map()
  }
  cache.set(key, settings)
  return settings
}

/** A word list, organisation file or glossary: a regular UTF-8 file within MAX_LIST_BYTES, never quoted in an error. */
function readList(config: ResolvedConfig, key: string, path: string, what: string): string {
  const owner = config.files.at(-1) ?? path
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(readRegularFile(path, MAX_LIST_BYTES, what))
  } catch (error) {
    if (error instanceof LimitError) throw new ConfigError(owner, key, error.message)
    throw new ConfigError(owner, key, `${path}: the ${what} is not UTF-8 text`)
  }
}

/** Forget loaded organisation and word files (a config or data file changed). */
export function clearSettingsCache(): void {
  cache.clear()
}
