// Per-run settings built from a resolved config: organisation data and user words.
import {readFileSync} from 'node:fs'
import type {ResolvedConfig} from '../config/load.ts'
import {ConfigError} from '../config/load.ts'
import {parseGlossary, type Term} from '../language/glossary.ts'
import {parseOrganizationFile, type Organization} from '../language/organizations.ts'
import type {LintSettings} from './types.ts'

const cache = new Map<string, LintSettings>()

export function settingsFor(config: ResolvedConfig): LintSettings {
  const key = JSON.stringify([config.organizations, config.words, config.wordFiles, config.terminology])
  let settings = cache.get(key)
  if (settings) return settings
  const extra: Organization[] = []
  for (const path of config.organizations) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new ConfigError(config.files.at(-1) ?? path, 'organizations', `cannot read ${path} (${(error as NodeJS.ErrnoException).code})`)
    }
    try {
      extra.push(...parseOrganizationFile(path, text))
    } catch (error) {
      throw new ConfigError(config.files.at(-1) ?? path, 'organizations', (error as Error).message)
    }
  }
  const words = [...config.words]
  for (const path of config.wordFiles) {
    try {
      words.push(...readFileSync(path, 'utf8').split(/\r?\n/).map((w) => w.trim()).filter((w) => w && !w.startsWith('#')))
    } catch (error) {
      throw new ConfigError(config.files.at(-1) ?? path, 'words', `cannot read ${path} (${(error as NodeJS.ErrnoException).code})`)
    }
  }
  const glossary: Term[] = []
  for (const path of config.terminology) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new ConfigError(config.files.at(-1) ?? path, 'terminology', `cannot read ${path} (${(error as NodeJS.ErrnoException).code})`)
    }
    try {
      glossary.push(...parseGlossary(path, text))
    } catch (error) {
      throw new ConfigError(config.files.at(-1) ?? path, 'terminology', (error as Error).message)
    }
  }
  settings = {extraOrganizations: extra, words, glossary, cache: new Map()}
  cache.set(key, settings)
  return settings
}

/** Forget loaded organisation and word files (a config or data file changed). */
export function clearSettingsCache(): void {
  cache.clear()
}
