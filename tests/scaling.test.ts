// Cost linear in the input, whatever its shape: for each input shape of the
// benchmark, linting four times the text may take at most six times as long
// (a quadratic step gives sixteen). Timings are the fastest of a few runs after
// a warm-up, so a busy machine does not fail the test; the measured figures
// are for the benchmark (`npm run bench:shapes`), not for this test.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintSync} from '../src/engine/processor.ts'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {rules} from '../rules/index.ts'
import {shapes} from '../scripts/input-shapes.mjs'

const seeds = join(import.meta.dirname, '..', 'seeds')
const sources = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seeds, name), 'utf8'))
const every = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity]))
const SMALL = 200 * 1024
const MOST_RUNS = Number(process.env.SCALING_RUNS ?? 5)

function milliseconds(text: string, format: 'text' | 'markdown' | 'html'): number {
  const started = performance.now()
  lintSync(text, {rules: every, format})
  return performance.now() - started
}

// Every rule's examples one after the other, as lines and as one line: each
// rule finds something in nearly every sentence.
const examples = rules.flatMap((rule) => [...rule.examples.invalid, ...rule.examples.valid].map((example) => example.text.trimEnd())).join('\n') + '\n'
const repeat = (text: string) => (_sources: readonly string[], bytes: number) => text.repeat(Math.ceil(bytes / Buffer.byteLength(text)))
const cases = {
  ...shapes,
  "the rules' examples": {format: 'text' as const, make: repeat(examples)},
  "the rules' examples on one line": {format: 'text' as const, make: repeat(examples.replace(/\s*\n\s*/g, ' '))}
}

describe('time grows linearly with the input', () => {
  for (const [name, shape] of Object.entries(cases)) {
    it(`${name}: 4× the text takes at most 6× the time`, async () => {
      if (shape.format !== 'text') await loadMarkup()
      const small = shape.make(sources, SMALL)
      const large = shape.make(sources, 4 * SMALL)
      milliseconds(small, shape.format)
      let fastestSmall = Infinity
      let fastestLarge = Infinity
      for (let run = 0; run < MOST_RUNS; run++) {
        fastestSmall = Math.min(fastestSmall, milliseconds(small, shape.format))
        fastestLarge = Math.min(fastestLarge, milliseconds(large, shape.format))
        if (fastestLarge / fastestSmall <= 1.5 * (large.length / small.length)) break
      }
      // Time per code unit: at most 1.5 times as much on the large text.
      expect((fastestLarge / large.length) / (fastestSmall / small.length)).toBeLessThanOrEqual(1.5)
    }, 600_000)
  }
})
