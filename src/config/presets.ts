// The built-in presets `translint:recommended` and `translint:all`.
import type {Rule} from '../engine/define-rule.ts'
import type {RuleSettings} from '../engine/types.ts'

export const PRESETS = ['translint:recommended', 'translint:all'] as const

export function preset(name: string, rules: Rule<any>[]): RuleSettings | undefined {
  if (name === 'translint:recommended') {
    return Object.fromEntries(rules.map((r) => [r.id, [r.recommended ? r.severity : 'off', {}]]))
  }
  if (name === 'translint:all') {
    return Object.fromEntries(rules.map((r) => [r.id, [r.severity === 'off' ? 'warn' : r.severity, {}]]))
  }
  return undefined
}
