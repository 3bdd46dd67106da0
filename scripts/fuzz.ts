// The long fuzz run: `npm run fuzz -- [--count N] [--seed S]` (100,000 cases
// and a seed from the clock by default). Each case is a document (text,
// Markdown or HTML) that must lint without an exception, with every position
// in bounds, whose fixes are idempotent and create no finding (every finding
// of the fixed text stands where its rule found one before); a fix that leaves
// a rule with more findings on the same words is counted and shown. A
// failure is shrunk by fast-check to a small counterexample and printed with
// the seed and path that replay it.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import fc from 'fast-check'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {checkCase, checkConfig, cleanUp, configs, documents, newFindingsAfterFix, plainText} from '../tests/fuzz/properties.ts'

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? undefined : process.argv[index + 1]
}

const count = Number(option('count') ?? 100_000)
const seed = Number(option('seed') ?? Date.now() % 2 ** 31)
const configCount = Math.max(1, Math.round(count / 50))
await loadMarkup()

const started = performance.now()
let cases = 0
const newFindings = new Map<string, {count: number; example?: {format: string; text: string; fixed: string}}>()
const progress = setInterval(() => process.stderr.write(`fuzz: ${cases} cases, ${((performance.now() - started) / 1000).toFixed(0)} s\n`), 30_000)

const documentRun = fc.check(
  fc.property(documents, (doc) => {
    cases++
    const fixed = checkCase(doc)
    for (const id of newFindingsAfterFix(doc, fixed)) {
      const entry = newFindings.get(id) ?? {count: 0}
      entry.count++
      if (!entry.example || doc.text.length < entry.example.text.length) entry.example = {format: doc.format, text: doc.text, fixed}
      newFindings.set(id, entry)
    }
  }),
  {seed, numRuns: count}
)
const configRun = await fc.check(fc.asyncProperty(configs, plainText, (config, sample) => checkConfig(config, sample)), {seed, numRuns: configCount})
clearInterval(progress)
cleanUp()

const seconds = ((performance.now() - started) / 1000).toFixed(0)
console.log(`fuzz: seed ${seed}: ${documentRun.numRuns} documents and ${configRun.numRuns} configurations in ${seconds} s`)
let failed = false
for (const [what, run] of [['documents', documentRun], ['configurations', configRun]] as const) {
  if (!run.failed) continue
  failed = true
  console.log(`FAILED (${what}) after ${run.numRuns} cases; replay with --seed ${run.seed} (path ${run.counterexamplePath})`)
  console.log(`counterexample: ${JSON.stringify(run.counterexample)}`)
  console.log(String((run.errorInstance as Error | undefined)?.stack ?? run.errorInstance))
}
if (newFindings.size > 0) {
  console.log('fixes after which a rule found more than before on the same words (counted, not asserted):')
  for (const [id, {count: n, example}] of [...newFindings].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${id}: ${n} cases; smallest: ${JSON.stringify(example)}`)
  }
}
process.exitCode = failed ? 1 : 0
