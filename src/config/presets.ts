// Presets by name: `<pack>:<preset>` (`translint:recommended`, `house:strict`),
// each the rules one pack's preset switches on, with their options.
import type {RulePack} from '../engine/pack.ts'
import type {RuleSettings} from '../engine/types.ts'

/** Every preset the packs offer, by full name. */
export function presetNames(packs: readonly RulePack[]): string[] {
  return packs.flatMap((pack) => Object.keys(pack.configs).map((name) => `${pack.name}:${name}`))
}

/** The rules a preset sets (only those it names), or undefined when no pack offers it. */
export function preset(name: string, packs: readonly RulePack[]): RuleSettings | undefined {
  const at = name.lastIndexOf(':')
  const pack = packs.find((p) => p.name === name.slice(0, at))
  const config = pack && Object.hasOwn(pack.configs, name.slice(at + 1)) ? pack.configs[name.slice(at + 1)] : undefined
  if (!config) return undefined
  return Object.fromEntries(
    Object.entries(config.rules).map(([id, entry]) => [id, Array.isArray(entry) ? [entry[0], {...(entry[1] ?? {})}] : [entry, {}]])
  )
}

/**
 * Every rule of the packs, off: what a config starts from, so that a rule runs
 * only when a preset or the config switches it on (the library's `lint`, given
 * no settings, runs each rule at its default severity instead).
 */
export function allOff(packs: readonly RulePack[]): RuleSettings {
  return Object.fromEntries(packs.flatMap((pack) => pack.rules.map((rule) => [rule.id, ['off', {}]])))
}

/** The presets a rule is in, by full name (`--list-rules`). */
export function presetsOf(ruleId: string, packs: readonly RulePack[]): string[] {
  return packs.flatMap((pack) =>
    Object.entries(pack.configs)
      .filter(([, config]) => {
        const entry = config.rules[ruleId]
        return entry !== undefined && (Array.isArray(entry) ? entry[0] : entry) !== 'off'
      })
      .map(([name]) => `${pack.name}:${name}`)
  )
}
