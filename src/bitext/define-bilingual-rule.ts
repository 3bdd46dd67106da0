// defineBilingualRule: a rule that compares each target segment with its
// source. It is a rule like the others (its id, severity, options, messages
// and examples show in `--list-rules`, the config schema, the rule pages and
// SARIF), but its check receives the segments of a bilingual file rather than
// a document's tree. Its examples are TSV texts.
//
// A file's segments are never all in memory at once: they are read and
// checked a window at a time (lint.ts), so a rule is called once per file and
// returns the check of a window. What it compares across segments (one
// translation of a source, one source of a translation) it keeps from one
// window to the next, and should keep no more than that comparison needs.
import {defineRule, type Rule} from '../engine/define-rule.ts'
import type {RuleDefinition} from '../engine/types.ts'
import type {BilingualContext} from './context.ts'
import type {BitextInfo, Segment} from './segment.ts'

/**
 * The check of a window of a file's segments: consecutive, in file order,
 * translated or not (the forms of a PO plural entry are never split between
 * two windows).
 */
export type SegmentsCheck = (segments: readonly Segment[]) => void

export interface BilingualRuleDefinition<Options extends Record<string, unknown>> extends Omit<RuleDefinition<Options>, 'check'> {
  /** Called once per file, before its segments: the check of its windows, or nothing when the rule has nothing to check in it. */
  checkSegments(bitext: BitextInfo, context: BilingualContext, options: Options): SegmentsCheck | undefined
}

export function defineBilingualRule<Options extends Record<string, unknown>>(definition: BilingualRuleDefinition<Options>): Rule<Options> {
  const {checkSegments, ...rest} = definition
  const rule = defineRule<Options>({...rest, check: () => {}})
  const defaults = definition.options?.defaults ?? ({} as Options)
  const merged = new WeakMap<object, Options>()
  rule.bilingual = ((bitext: BitextInfo, context: BilingualContext, given: unknown) => {
    let options = defaults
    if (given && typeof given === 'object') {
      options = merged.get(given) ?? {...defaults, ...(given as Partial<Options>)}
      merged.set(given, options)
    }
    return checkSegments(bitext, context, options)
  }) as Rule['bilingual']
  return rule
}
