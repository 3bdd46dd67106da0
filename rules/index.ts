// Every rule, in the order they are listed and documented.
import type {Rule} from '../src/engine/define-rule.ts'
import tatweel from './tatweel.ts'
import boilerplate from './boilerplate.ts'

export const rules: Rule<any>[] = [tatweel, boilerplate]

export const ruleById = new Map(rules.map((rule) => [rule.id, rule]))
