// `plugins` in .linterrc.json: each entry a rule pack, by path (relative to
// the config file) or by package name (resolved from the config's folder, as
// Node resolves an import there). A pack is imported once per process, checked
// (engine/plugin-pack.ts) and handed to the registry; whatever goes wrong is a
// config error naming the config file and the plugin.
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {dirname, isAbsolute, join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {resolve as resolveImport} from 'import-meta-resolve'
import {importModule} from '../engine/import-module.ts'
import type {RulePack} from '../engine/pack.ts'
import {defaultPackName, PackError, packFromModule} from '../engine/plugin-pack.ts'
import {registry} from '../engine/registry.ts'

export interface LoadedPlugin {
  /** As written in the config. */
  specifier: string
  /** The module file imported. */
  file: string
  pack: RulePack
  /** What `--cache` keys on: the pack's name and version and the hash of its module file. */
  fingerprint: string
}

/** Why a plugin could not be loaded (the config loader adds the file and key). */
export class PluginError extends Error {}

const byFile = new Map<string, Promise<LoadedPlugin>>()
/** The module file each pack name was loaded from: rule ids are global, so a run holds one copy of a pack. */
const fileByName = new Map<string, string>()

function isPath(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || isAbsolute(specifier) || specifier.startsWith('.\\') || specifier.startsWith('..\\')
}

/** The module file a specifier names, seen from a config file. */
function locate(specifier: string, configFile: string): string {
  if (isPath(specifier)) {
    const file = resolve(dirname(configFile), specifier)
    if (!existsSync(file)) throw new PluginError(`cannot find \`${specifier}\` (looked for ${file})`)
    // One file, one pack, however it is reached (a symlinked package resolves to its real file too).
    return realpathSync(file)
  }
  let url: string
  try {
    url = resolveImport(specifier, pathToFileURL(configFile).href)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      throw new PluginError(`cannot find package \`${specifier}\` from ${dirname(configFile)} (is it installed there?)`)
    }
    throw new PluginError(`cannot resolve \`${specifier}\` (${(error as Error).message})`)
  }
  if (!url.startsWith('file:')) throw new PluginError(`\`${specifier}\` is not a module file (${url})`)
  return fileURLToPath(url)
}

/** The version in the package.json nearest above a module file, if any. */
function packageVersion(file: string): string | undefined {
  let dir = dirname(file)
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        const version = (JSON.parse(readFileSync(manifest, 'utf8')) as {version?: unknown}).version
        return typeof version === 'string' ? version : undefined
      } catch {
        return undefined
      }
    }
    const parent = dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Import a pack's module file, check it and hand it to the registry (once per file). */
export function importPlugin(file: string, specifier: string = file): Promise<LoadedPlugin> {
  let loaded = byFile.get(file)
  if (!loaded) {
    loaded = load(file, specifier)
    byFile.set(file, loaded)
    // A failure is said for every config that names the file, not cached as a success.
    loaded.catch(() => byFile.delete(file))
  }
  return loaded
}

async function load(file: string, specifier: string): Promise<LoadedPlugin> {
  let module: Record<string, unknown>
  try {
    module = (await importModule(pathToFileURL(file).href)) as Record<string, unknown>
  } catch (error) {
    throw new PluginError(`cannot import ${file}: ${(error as Error).message.split('\n')[0]}`)
  }
  const version = isPath(specifier) ? undefined : packageVersion(file)
  let pack: RulePack
  try {
    pack = await packFromModule(module, defaultPackName(specifier, isPath(specifier)), version)
  } catch (error) {
    if (error instanceof PackError) throw new PluginError(`${file}: ${error.message}`)
    throw error
  }
  if (pack.name === 'translint') throw new PluginError(`${file}: the name \`translint\` is the built-in rules'; give the pack another \`name\``)
  const other = fileByName.get(pack.name)
  if (other !== undefined && other !== file) {
    throw new PluginError(`${file}: a pack named \`${pack.name}\` is already loaded from ${other}; a run uses one copy of a pack (name the same one in every config)`)
  }
  fileByName.set(pack.name, file)
  try {
    registry.use(pack, {onByDefault: false})
  } catch (error) {
    throw new PluginError(`${file}: ${(error as Error).message}`)
  }
  // The pack's presets may set its own rules and the built-in ones: each must exist and have a severity.
  for (const [name, config] of Object.entries(pack.configs)) {
    for (const [id, entry] of Object.entries(config.rules)) {
      if (!registry.has(id)) throw new PluginError(`${file}: preset \`${pack.name}:${name}\` sets \`${id}\`, which no pack defines`)
      const severity = Array.isArray(entry) ? entry[0] : entry
      if (!['off', 'info', 'warn', 'error'].includes(severity as string)) throw new PluginError(`${file}: preset \`${pack.name}:${name}\` gives \`${id}\` the severity ${JSON.stringify(severity)}`)
    }
  }
  const fingerprint = process.getBuiltinModule('node:crypto').createHash('sha256')
    .update(`${pack.name}\0${pack.version ?? ''}\0`)
    .update(readFileSync(file))
    .digest('hex')
  return {specifier, file, pack, fingerprint}
}

/** Load a config's `plugins`, in order. */
export async function loadPlugin(specifier: string, configFile: string): Promise<LoadedPlugin> {
  return importPlugin(locate(specifier, configFile), specifier)
}
