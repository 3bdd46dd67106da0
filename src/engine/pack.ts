// A rule pack: rules and the presets that switch them on, handed to the engine
// as one value. translint's own Arabic rules are a pack (rules/index.ts); a
// team's rules are another, named in `.linterrc.json` under `plugins`.
import type {Rule} from './define-rule.ts'
import type {Severity} from './types.ts'

export type RuleEntry = Severity | [Severity, Record<string, unknown>?]

/** A preset: the rules it switches on (or off), with their options. Rules it does not name are left as they were. */
export interface PackConfig {
  /** One line on what the preset is for (`--list-rules`, README). */
  description?: string
  rules: Record<string, RuleEntry>
}

export interface RulePack {
  /** The prefix of its presets (`translint:recommended`, `house:strict`). */
  name: string
  /** The pack's version, when it has one: part of `--cache` keys, so a new version lints cached files again. */
  version?: string
  rules: Rule<any>[]
  /** Presets by name, without the pack's prefix (`recommended`). */
  configs: Record<string, PackConfig>
}
