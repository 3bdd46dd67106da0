// Every rule, in the order they are listed and documented.
import type {Rule} from '../src/engine/define-rule.ts'
import tatweel from './tatweel.ts'

export const rules: Rule<any>[] = [tatweel]

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]))
