// A long plain-text file is linted by this thread and a worker thread at once,
// a batch of sections each (src/engine/sectioned-task.ts): the findings must
// be those of one thread, message for message (wording, place, severity,
// fixes, the cap's closing messages, the file-level directive, one voice per
// span), and `--jobs 1` must keep the run in one thread.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {rules} from '../rules/index.ts'
import {hiddenBy} from '../src/engine/findings-limit.ts'
import {createPool, jobsFor, partsOf} from '../src/engine/pool.ts'
import {resolveRuleSettings} from '../src/engine/processor.ts'
import {WHOLE} from '../src/engine/sections.ts'
import {serializeMessage, type Task, type TaskResult} from '../src/engine/task.ts'
import {plan, type Source} from '../src/cli/pipeline.ts'
import {clean, seedTexts} from './section-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const workerScript = join(root, 'dist/worker.js')

beforeAll(() => {
  if (!existsSync(workerScript)) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 60000)

/** Every rule on, each at its own severity (errors, warnings and advice), `warn` for those off by default. */
const every = resolveRuleSettings(Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity])))

/**
 * Over `size` code units of seeds and clean news, with lines that give more
 * findings of some rules than a file keeps (tatweel, a missing hamza, a
 * doubled space, an invisible character) every few articles, so the cap closes them in a section
 * somewhere in the middle of the file.
 */
function longText(size: number, head = ''): string {
  const pieces = [...seedTexts, ...clean]
  // A zero-width space between words: \`invisible-characters\` (an error rule) reports it as a warning.
  const dense = 'شاركت الأمانـة في\u200bالمؤتمر الي جانب  الوفد.\n'.repeat(40)
  const parts = [head]
  let length = head.length
  for (let i = 0; length < size; i++) {
    const part = pieces[i % pieces.length]!.trimEnd() + '\n' + (i % 3 === 0 ? dense : '')
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

/** All a message carries to a report, one string each. */
function shape(result: TaskResult): string[] {
  return [
    JSON.stringify({path: result.file.path, errors: result.errors, fixed: result.fixed}),
    ...result.file.messages.map((m) => JSON.stringify({...serializeMessage(m), name: m.name, file: m.file}))
  ]
}

/** The first place where two lists of results differ (a diff of some 100,000 messages would take minutes to print). */
function firstDifference(a: TaskResult[], b: TaskResult[]) {
  if (a.length !== b.length) return {results: [a.length, b.length]}
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [shape(a[i]!), shape(b[i]!)]
    for (let j = 0; j < Math.max(x.length, y.length); j++) if (x[j] !== y[j]) return {result: i, message: j, got: x[j], expected: y[j]}
  }
  return undefined
}

describe('a long plain-text file in this thread and a worker', () => {
  it('gives the findings of one thread, in the same order, with the cap and the file-level directive applied the same way', async () => {
    const size = Math.ceil(WHOLE * 1.6)
    const plain: Task = {path: 'long.txt', value: longText(size), rules: every, settings: {}}
    // A directive that turns one rule off for the file and names one that finds nothing there.
    const directed: Task = {
      path: 'directed.txt',
      value: longText(size, '# translint-disable-file tatweel number-mismatch\n'),
      rules: every,
      settings: {},
      reportUnusedDirectives: true
    }
    const small: Task = {path: 'small.txt', value: seedTexts[0]!, rules: every, settings: {}}
    const work = [plain, small, directed]
    const alone = createPool(1)
    const one = await Promise.all(work.map((task) => alone.run(task)))
    const pool = createPool(2, workerScript)
    let two: TaskResult[]
    try {
      two = await Promise.all(work.map((task) => pool.run(task)))
      // Batches of the long files went to both threads (the worker is fed first: the first file's first two).
      expect(pool.done.workers).toBeGreaterThan(0)
      expect(pool.done.here).toBeGreaterThan(2)
    } finally {
      await pool.close()
    }
    expect(firstDifference(two, one)).toBeUndefined()
    // What the comparison covers: closing messages of the cap, fixes and suggestions, every severity, the directive.
    const [first, , third] = one
    expect(first!.file.messages.filter((m) => hiddenBy(m) > 0).map((m) => m.ruleId)).toEqual(expect.arrayContaining(['tatweel', 'hamza']))
    expect(first!.file.messages.some((m) => m.expected && m.expected.length > 0)).toBe(true)
    expect(new Set(first!.file.messages.map((m) => m.fatal))).toEqual(new Set([true, false, undefined]))
    // A rule's finding at a lower severity than the rule's: the worker hands over the rule's marks, not only a severity.
    expect(first!.file.messages.some((m) => m.ruleId === 'invisible-characters' && m.fatal === false && hiddenBy(m) === 0)).toBe(true)
    expect(third!.file.messages.some((m) => m.ruleId === 'tatweel')).toBe(false)
    expect(third!.file.messages.filter((m) => m.ruleId === 'unused-directive').map((m) => m.reason)).toEqual([
      'Unused `translint-disable-file` directive for `number-mismatch`, expected a finding to disable'
    ])
  }, 300000)
})

describe('how many threads a long plain-text file is worth', () => {
  const MB = 1024 * 1024
  it('counts a long plain-text file as several pieces of work, any other file as one', () => {
    expect(partsOf('a.txt', 48 * MB)).toBeGreaterThan(2)
    expect(partsOf('a.txt', 2 * WHOLE)).toBe(1)
    expect(partsOf('a.md', 48 * MB)).toBe(1)
    expect(partsOf('a.xliff', 48 * MB)).toBe(1)
  })

  it('starts a worker for one long file as for a large run, and never with --jobs 1', async () => {
    const found = (size: number, path = '/x/a.txt'): Source => ({path, explicit: true, size})
    const planned = async (sources: Source[], jobs?: number) => (await plan(sources[Symbol.iterator]() as never, jobs)).jobs
    expect(await planned([found(48 * MB)], 1)).toBe(1)
    expect(await planned([found(48 * MB)], 2)).toBe(2)
    expect(await planned([found(48 * MB, '/x/a.md')], 2)).toBe(1)
    expect(jobsFor({bytes: 48 * MB, files: 1, parts: partsOf('a.txt', 48 * MB)}, undefined, 2)).toBe(2)
    // Below the text a worker needs on two cores, one thread, as for many files.
    expect(jobsFor({bytes: 8 * MB, files: 1, parts: partsOf('a.txt', 8 * MB)}, undefined, 2)).toBe(1)
    expect(jobsFor({bytes: 48 * MB, files: 1, parts: partsOf('a.txt', 48 * MB)}, 1, 2)).toBe(1)
    expect(createPool(1).workers).toBe(0)
  })
})
