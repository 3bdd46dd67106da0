// defineBilingualRule: a rule that compares each target segment with its
// source. It is a rule like the others (its id, severity, options, messages
// and examples show in `--list-rules`, the config schema, the rule pages and
// SARIF), but its check receives the parsed segments of a bilingual file
// rather than a document's tree. Its examples are TSV texts.
import {defineRule, type Rule} from '../engine/define-rule.ts'
import type {RuleDefinition} from '../engine/types.ts'
import type {BilingualContext} from './context.ts'
import type {Bitext} from './segment.ts'

export interface BilingualRuleDefinition<Options extends Record<string, unknown>> extends Omit<RuleDefinition<Options>, 'check'> {
  checkSegments(bitext: Bitext, context: BilingualContext, options: Options): void
}

export function defineBilingualRule<Options extends Record<string, unknown>>(definition: BilingualRuleDefinition<Options>): Rule<Options> {
  const {checkSegments, ...rest} = definition
  const rule = defineRule<Options>({...rest, check: () => {}})
  const defaults = definition.options?.defaults ?? ({} as Options)
  const merged = new WeakMap<object, Options>()
  rule.bilingual = ((bitext: Bitext, context: BilingualContext, given: unknown) => {
    let options = defaults
    if (given && typeof given === 'object') {
      options = merged.get(given) ?? {...defaults, ...(given as Partial<Options>)}
      merged.set(given, options)
    }
    checkSegments(bitext, context, options)
  }) as Rule['bilingual']
  return rule
}
