// The pool that lints a run's files: this thread and worker threads take
// tasks from one queue, give the findings one thread gives, and a worker that
// dies fails only the tasks it held.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import v8 from 'node:v8'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {createPool, jobsFor, PARALLEL_THRESHOLD, TWO_CORE_THRESHOLD, WORKER_DEPTH, WORKER_HELD_UNITS, WORKER_MAX_DEPTH} from '../src/engine/pool.ts'
import {resolveRuleSettings} from '../src/engine/processor.ts'
import {rules} from '../rules/index.ts'
import type {Task} from '../src/engine/task.ts'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const workerScript = join(root, 'dist/worker.js')

beforeAll(() => {
  if (!existsSync(workerScript)) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
}, 60000)

describe('jobsFor', () => {
  const MB = 1024 * 1024
  it('takes --jobs as asked, but no more threads than files', () => {
    expect(jobsFor({bytes: 10, files: 50}, 3, 2)).toBe(3)
    expect(jobsFor({bytes: 10 * MB, files: 2}, 8, 2)).toBe(2)
    expect(jobsFor({bytes: 0, files: 0}, 4, 2)).toBe(1)
  })
  it('uses one thread for a small run, and one per core for a large one', () => {
    expect(jobsFor({bytes: PARALLEL_THRESHOLD - 1, files: 100}, undefined, 4)).toBe(1)
    expect(jobsFor({bytes: PARALLEL_THRESHOLD, files: 100}, undefined, 4)).toBe(4)
    expect(jobsFor({bytes: 100 * MB, files: 1}, undefined, 4)).toBe(1)
  })
  it('on two cores, waits for more text before it starts a worker', () => {
    expect(jobsFor({bytes: TWO_CORE_THRESHOLD - 1, files: 20000}, undefined, 2)).toBe(1)
    expect(jobsFor({bytes: TWO_CORE_THRESHOLD, files: 20000}, undefined, 2)).toBe(2)
    expect(jobsFor({bytes: 100 * MB, files: 20000}, undefined, 1)).toBe(1)
  })
})

function tasks(): Task[] {
  const seed = readFileSync(join(root, 'seeds/000_ffe6ca2c3771edd8.txt'), 'utf8')
  const settings = resolveRuleSettings(Object.fromEntries(rules.map((r) => [r.id, 'warn' as const])))
  return Array.from({length: 40}, (_, i) => ({path: `doc${i}.txt`, value: `${i}\n${seed.repeat(1 + (i % 3))}`, rules: settings, settings: {}}))
}

describe('a pool of this thread and a worker', () => {
  it('keeps each heap within 1.35 times what it holds while workers run, and gives the choice back to V8 when it closes', async () => {
    const flags = vi.spyOn(v8, 'setFlagsFromString')
    try {
      const alone = createPool(1)
      await alone.run(tasks()[0]!)
      await alone.close()
      expect(flags).not.toHaveBeenCalled()
      const pool = createPool(2, workerScript)
      await Promise.all(tasks().slice(0, 4).map((task) => pool.run(task)))
      expect(flags.mock.calls).toEqual([['--heap-growing-percent=35']])
      await pool.close()
      expect(flags.mock.calls).toEqual([['--heap-growing-percent=35'], ['--heap-growing-percent=0']])
    } finally {
      flags.mockRestore()
    }
  }, 60000)

  it('lints in both threads and finds what one thread finds, in order', async () => {
    const work = tasks()
    const alone = createPool(1)
    const one = await Promise.all(work.map((task) => alone.run(task)))
    const pool = createPool(2, workerScript)
    try {
      const two = await Promise.all(work.map((task) => pool.run(task)))
      const shape = (r: (typeof one)[number]) => [r.file.path, r.errors, r.file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason])]
      expect(two.map(shape)).toEqual(one.map(shape))
      expect(one.some((r) => r.file.messages.length > 0)).toBe(true)
      expect(pool.done.workers).toBeGreaterThan(0)
      expect(pool.done.here).toBeGreaterThan(0)
      expect(pool.done.here + pool.done.workers).toBe(work.length)
    } finally {
      await pool.close()
    }
  }, 60000)

  /** A worker script that dies on the task named dies.txt and answers the others with no findings. */
  function dyingWorker(): string {
    const script = join(fixture({}), 'dies.mjs')
    writeFileSync(
      script,
      `import {parentPort} from 'node:worker_threads'
parentPort.on('message', ({task}) => {
  if (task.path === 'dies.txt') process.exit(3)
  parentPort.postMessage({result: {messages: [], errors: []}})
})
`
    )
    return script
  }

  it('fails only the tasks a dying worker held, and goes on with a new one', async () => {
    // The first task goes to the worker (it is fed before this thread takes any), with as many
    // small ones after it as it may hold: all of them are posted before the worker has started.
    const work = tasks()
    work[0] = {...work[0], path: 'dies.txt'}
    let held = 0
    let units = 0
    while (held < WORKER_MAX_DEPTH && (held < WORKER_DEPTH || units + work[held]!.value.length <= WORKER_HELD_UNITS)) units += work[held++]!.value.length
    expect(held).toBeGreaterThan(WORKER_DEPTH)
    const pool = createPool(2, dyingWorker())
    try {
      const results = await Promise.all(work.map((task) => pool.run(task)))
      const failed = results.filter((r) => r.errors.length > 0)
      // The dying task, and the ones waiting behind it in the same worker.
      expect(failed.map((r) => r.file.path)).toEqual(work.slice(0, held).map((task) => task.path))
      expect(failed[0].errors[0].message).toBe('worker thread stopped (exit code 3)')
      // The new worker took tasks from the queue.
      expect(pool.done.workers).toBeGreaterThan(0)
    } finally {
      await pool.close()
    }
  }, 60000)

  /** A worker that answers with what it was sent (as the fixed text, which the pool hands back as it is). */
  function echoingWorker(): string {
    const script = join(fixture({}), 'echo.mjs')
    writeFileSync(
      script,
      `import {parentPort} from 'node:worker_threads'
parentPort.on('message', ({task, rulesId, settingsId, forget}) => {
  const sent = {rules: task.rules !== undefined, settings: task.settings !== undefined, rulesId, settingsId, forget: forget === true}
  parentPort.postMessage({result: {messages: [], errors: [], fixed: JSON.stringify(sent)}})
})
`
    )
    return script
  }

  it('sends a worker the rules and the settings of a config once, and names them after that', async () => {
    const script = echoingWorker()
    const rules = resolveRuleSettings({hamza: 'warn'})
    const [a, b] = [{words: ['اكثر']}, {words: ['اهمية']}]
    const work: Task[] = [a, b, a, b, a].map((settings, i) => ({path: `doc${i}.txt`, value: 'نص', rules, settings}))
    const pool = createPool(2, script)
    try {
      const sent = (await Promise.all(work.map((task) => pool.run(task)))).map((result) => JSON.parse(result.fixed!))
      expect(sent.map(({rules, settings}) => [rules, settings])).toEqual([
        [true, true],
        [false, true],
        [false, false],
        [false, false],
        [false, false]
      ])
      expect(new Set(sent.map((s) => s.rulesId)).size).toBe(1)
      expect(sent.map((s) => s.settingsId)).toEqual([sent[0].settingsId, sent[1].settingsId, sent[0].settingsId, sent[1].settingsId, sent[0].settingsId])
      expect(sent[0].settingsId).not.toBe(sent[1].settingsId)
    } finally {
      await pool.close()
    }
  }, 60000)

  it('tells a worker to forget what it was sent once it holds many rules and settings objects, and sends them again', async () => {
    const script = echoingWorker()
    const rules = resolveRuleSettings({hamza: 'warn'})
    // A library caller's new settings object for every task: the worker is told to forget now and then.
    const work: Task[] = Array.from({length: 150}, (_, i) => ({path: `doc${i}.txt`, value: 'نص', rules, settings: {words: [`كلمة${i}`]}}))
    const pool = createPool(2, script)
    try {
      const answers: {settings: boolean; rules: boolean; forget: boolean}[] = []
      // One at a time, so every task goes to the worker.
      for (const task of work) answers.push(JSON.parse((await pool.run(task)).fixed!))
      expect(answers.every((answer) => answer.settings)).toBe(true)
      const forgets = answers.flatMap((answer, index) => (answer.forget ? [index] : []))
      expect(forgets.length).toBeGreaterThan(1)
      // After each, the rules are sent again; between two, once.
      for (const index of forgets) expect(answers[index]!.rules).toBe(true)
      expect(answers.filter((answer) => answer.rules).length).toBe(forgets.length + 1)
    } finally {
      await pool.close()
    }
  }, 60000)

  it('a worker lints every file with the settings it was sent once (a word list)', async () => {
    const rules = resolveRuleSettings({hamza: 'warn'})
    const text = 'وقال الوزير ان الاجتماع كان اكثر اهمية من المتوقع.'
    const withWords = {words: ['اكثر']}
    const work: Task[] = Array.from({length: 12}, (_, i) => ({path: `doc${i}.txt`, value: text, rules, settings: i % 2 ? withWords : {}}))
    const pool = createPool(2, workerScript)
    try {
      const results = await Promise.all(work.map((task) => pool.run(task)))
      expect(pool.done.workers).toBeGreaterThan(2)
      results.forEach((result, i) => {
        const flagged = result.file.messages.map((m) => m.reason).filter((reason) => reason.includes('`اكثر`'))
        expect(flagged).toHaveLength(i % 2 ? 0 : 1)
      })
    } finally {
      await pool.close()
    }
  }, 60000)

  it('gives a worker many small tasks at once but only two large ones', async () => {
    const large = 'ب '.repeat(WORKER_HELD_UNITS / 4)
    const settings = resolveRuleSettings({})
    const work: Task[] = Array.from({length: 6}, (_, i) => ({path: i === 0 ? 'dies.txt' : `large${i}.txt`, value: large, rules: settings, settings: {}}))
    const pool = createPool(2, dyingWorker())
    try {
      const results = await Promise.all(work.map((task) => pool.run(task)))
      expect(results.filter((r) => r.errors.length > 0).map((r) => r.file.path)).toEqual(['dies.txt', 'large1.txt'])
    } finally {
      await pool.close()
    }
  }, 60000)
})
