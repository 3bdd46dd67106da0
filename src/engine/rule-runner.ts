// The rules of a run made by defineRule, run one after another by one unified
// transformer instead of one plugin each. Each rule's plugin goes through
// unified's pipeline (trough) and unified-lint-rule's wrapper, a few closures
// and calls per rule and file: for 31 rules that was about 4% of all linting
// time. What the wrapper does is done here the same way: an error thrown by a
// rule becomes a fatal message of the file and the next rule runs, and every
// message a rule added is stamped with its severity, id, source and address.
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import type {DirectRule} from './define-rule.ts'

export interface RuleStep {
  direct: DirectRule
  /** The severity the rule's plugin would be given: `error` makes its messages fatal. */
  severity: 'warn' | 'error'
  options: Record<string, unknown> | undefined
}

interface Stamp {
  fatal: boolean
  ruleId: string | undefined
  source: string | undefined
  url: string | undefined
}

/** A unified plugin that runs these rules in order. */
export function ruleRunner(steps: readonly RuleStep[]): Plugin<[], Root> {
  const stamps = steps.map((step): Stamp => {
    // As unified-lint-rule reads its `origin`: `source:ruleId`.
    const parts = step.direct.origin.split(':')
    return {fatal: step.severity === 'error', ruleId: parts[1], source: parts[1] ? parts[0] : undefined, url: step.direct.url}
  })
  return function () {
    return (tree: Root, file: VFile): void => {
      for (let index = 0; index < steps.length; index++) runStep(steps[index]!, stamps[index]!, tree, file)
    }
  }
}

function runStep(step: RuleStep, stamp: Stamp, tree: Root, file: VFile): void {
  let at = file.messages.length - 1
  try {
    step.direct.run(tree, file, step.options)
  } catch (error) {
    if (error && !file.messages.includes(error as never)) {
      try {
        file.fail(error as Error)
      } catch {}
    }
  }
  const messages = file.messages
  while (++at < messages.length) Object.assign(messages[at]!, stamp)
}
