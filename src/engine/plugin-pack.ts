// A rule pack as a module gives it: checked field by field (a pack is someone
// else's code, and a mistake in it must read as one, not as a crash deep in a
// run), its rule definitions turned into rules, its option schemas compiled
// by ajv so that a config's options for its rules are checked like the
// built-in ones (whose validator ajv generates at build time).
import type {ErrorObject, ValidateFunction} from 'ajv'
import {defineRule, type Rule} from './define-rule.ts'
import type {PackConfig, RulePack} from './pack.ts'
import type {RuleDefinition} from './types.ts'

export const SEVERITY_NAMES = ['off', 'info', 'warn', 'error']
export const CATEGORIES = ['artefact', 'typography', 'orthography', 'style']

/** What is wrong with a pack, in words for the config error that names it. */
export class PackError extends Error {}

/** A pack's name: letters, digits, `-`, `_`, `.`, optionally a `@scope/`. */
const PACK_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/

/**
 * The name a pack goes by when it gives none: a package `translint-plugin-foo`
 * (or `@scope/translint-plugin-foo`) is `foo` (`@scope/foo`), as ESLint names
 * its plugins; a file `house-rules.js` is `house-rules`.
 */
export function defaultPackName(specifier: string, isFile: boolean): string {
  if (isFile) {
    const base = specifier.split(/[\\/]/).pop() ?? specifier
    return base.replace(/\.(m|c)?(j|t)s$/, '')
  }
  const match = /^(@[^/]+\/)?(?:translint-plugin-)?(.+)$/.exec(specifier)!
  return `${match[1] ?? ''}${match[2]}`
}

/** The option validator of each plugin rule (compiled once, when its pack is loaded). */
const optionValidators = new WeakMap<Rule<any>, ValidateFunction>()

/** The ajv validator of a plugin rule's options, when it has one (built-in rules are checked by the generated validator). */
export function optionValidator(rule: Rule<any>): ValidateFunction | undefined {
  return optionValidators.get(rule)
}

/** ajv's first error as `key: message`, the way config errors read. */
export function describeAjvError(error: ErrorObject): {path: string; detail: string} {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('')
  let detail = error.message ?? 'invalid value'
  if (error.keyword === 'enum') detail += ` (allowed: ${(error.params.allowedValues as unknown[]).join(', ')})`
  if (error.keyword === 'additionalProperties') detail = `unknown option \`${String(error.params.additionalProperty)}\``
  return {path, detail}
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The pack a module exports (its default export, or the module itself):
 * `{name?, version?, rules, configs?}`, rules as `defineRule` results or as
 * plain definitions. `name` is the name to use when the pack gives none.
 */
export async function packFromModule(module: Record<string, unknown>, name: string, version?: string): Promise<RulePack> {
  const exported = isObject(module.default) && 'rules' in module.default ? module.default : module
  if (!Array.isArray(exported.rules)) throw new PackError('it exports no `rules` array (a rule pack exports `{rules, configs}`)')
  const packName = exported.name === undefined ? name : exported.name
  if (typeof packName !== 'string' || !PACK_NAME.test(packName)) {
    throw new PackError(`its name ${JSON.stringify(packName)} is not a pack name (lowercase letters, digits, \`-\`, \`_\`, \`.\`, optionally \`@scope/\`)`)
  }
  if (exported.version !== undefined && typeof exported.version !== 'string') throw new PackError('its `version` is not a string')
  const {default: Ajv} = await import('ajv')
  const ajv = new (Ajv as unknown as typeof import('ajv').default)({allErrors: true, strict: false})
  const rules = exported.rules.map((definition: unknown, index: number) => ruleFrom(definition, `rules[${index}]`, packName, ajv))
  const ids = new Set<string>()
  for (const rule of rules) {
    if (ids.has(rule.id)) throw new PackError(`it defines rule \`${rule.id}\` twice`)
    ids.add(rule.id)
  }
  const configs: Record<string, PackConfig> = {}
  if (exported.configs !== undefined) {
    if (!isObject(exported.configs)) throw new PackError('its `configs` is not an object of presets')
    for (const [preset, config] of Object.entries(exported.configs)) {
      if (!/^[a-z0-9][\w-]*$/.test(preset)) throw new PackError(`its preset name \`${preset}\` is not a name (letters, digits, \`-\`, \`_\`)`)
      if (!isObject(config) || !isObject(config.rules)) throw new PackError(`configs.${preset}: expected \`{rules: {id: severity}}\``)
      if (config.description !== undefined && typeof config.description !== 'string') throw new PackError(`configs.${preset}.description: expected a string`)
      configs[preset] = {description: config.description as string | undefined, rules: config.rules as PackConfig['rules']}
    }
  }
  return {name: packName, version: (exported.version as string | undefined) ?? version, rules, configs}
}

function ruleFrom(value: unknown, at: string, packName: string, ajv: import('ajv').default): Rule<any> {
  if (!isObject(value)) throw new PackError(`${at}: expected a rule (an object made with \`defineRule\`, or its definition)`)
  const id = value.id
  if (typeof id !== 'string' || !id.startsWith(`${packName}/`) || !/^[a-z0-9][a-z0-9-]*$/.test(id.slice(packName.length + 1))) {
    throw new PackError(`${at}.id: expected \`${packName}/<rule-name>\` (kebab-case), got ${JSON.stringify(id)}: a pack's rule ids start with its name`)
  }
  const where = `rule \`${id}\``
  if (typeof value.description !== 'string') throw new PackError(`${where}: \`description\` is not a string`)
  if (!SEVERITY_NAMES.includes(value.severity as string)) throw new PackError(`${where}: \`severity\` is ${JSON.stringify(value.severity)} (allowed: ${SEVERITY_NAMES.join(', ')})`)
  if (typeof value.fixable !== 'boolean') throw new PackError(`${where}: \`fixable\` is not true or false`)
  if (!CATEGORIES.includes(value.category as string)) throw new PackError(`${where}: \`category\` is ${JSON.stringify(value.category)} (allowed: ${CATEGORIES.join(', ')})`)
  if (!isObject(value.messages) || Object.values(value.messages).some((m) => typeof m !== 'string' && !(isObject(m) && typeof m.en === 'string' && typeof m.ar === 'string'))) {
    throw new PackError(`${where}: \`messages\` is not an object of message templates (strings, or \`{en, ar}\`)`)
  }
  if (typeof value.check !== 'function') throw new PackError(`${where}: \`check\` is not a function`)
  if (value.url !== undefined && typeof value.url !== 'string') throw new PackError(`${where}: \`url\` is not a string`)
  let schema: Record<string, unknown> = {type: 'object', additionalProperties: false, properties: {}}
  if (value.options !== undefined) {
    const options = value.options
    if (!isObject(options) || !isObject(options.properties) || (options.defaults !== undefined && !isObject(options.defaults))) {
      throw new PackError(`${where}: \`options\` is not \`{properties: {name: JSON schema}, defaults: {...}}\``)
    }
    schema = {...schema, properties: options.properties}
  }
  let validate: ValidateFunction
  try {
    validate = ajv.compile(schema)
  } catch (error) {
    throw new PackError(`${where}: its options' JSON schema does not compile (${(error as Error).message})`)
  }
  const defaults = (value.options as {defaults?: unknown} | undefined)?.defaults ?? {}
  if (!validate(defaults)) {
    const {path, detail} = describeAjvError(validate.errors![0]!)
    throw new PackError(`${where}: its default options do not pass its own schema (${path.replace(/^\./, '') || 'options'}: ${detail})`)
  }
  const definition = {
    ...(value as unknown as RuleDefinition),
    options: value.options === undefined ? undefined : {properties: (value.options as RuleDefinition['options'])!.properties, defaults: defaults as Record<string, unknown>},
    examples: (value.examples as RuleDefinition['examples'] | undefined) ?? {valid: [], invalid: []}
  }
  // A rule made with defineRule (any copy of translint) has its plugin; a plain definition is made here.
  const rule = typeof value.plugin === 'function' ? (value as unknown as Rule<any>) : defineRule(definition)
  optionValidators.set(rule, validate)
  return rule
}
