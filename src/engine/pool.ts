// Where tasks run: in this thread alone, or in this thread and worker threads
// together when there is enough work to pay for starting them. A pool takes
// one task at a time and answers with its result, so a caller can stream files
// through it and keep only the ones in flight; `runTasks` is the whole-array
// form.
//
// Tasks wait in one shared queue. A worker is kept fed with at least
// WORKER_DEPTH tasks, more while they are small (so it never waits for this
// thread, which may be in the middle of a file of its own); whatever the
// workers cannot take yet, this thread lints itself, one task per turn of the
// event loop so the workers' answers are heard between two. So `--jobs 2` on two cores is this thread and
// one worker, both linting, instead of two workers and an idle main thread.
import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Worker} from 'node:worker_threads'
import {BUNDLED} from '../cli/version.ts'
import {sharedLexicon} from '../language/lexicon.ts'
import {sharedStats} from '../stats/load.ts'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from './format.ts'
import {loadMarkup} from './markup-registry.ts'
import {WHOLE} from './sections.ts'
import {deserializeResult, failedResult, runTask, type SerializedMessage, type SerializedResult, type Task, type TaskResult} from './task.ts'
import {SectionedTask, spreadable, type SectionBatch} from './sectioned-task.ts'
import type {LintSettings} from './types.ts'

/** Below this much text, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 512 * 1024

/**
 * On two cores, the text a run needs before a worker pays. Each thread pays
 * the JIT's warm-up and fills its own caches of decided words again, and the
 * second thread competes with V8's compiler and garbage-collector threads and
 * everything else on the machine: this thread and one worker took more
 * processor time than one thread (11 s against 8 s for 10 MB, 36 s against
 * 32 s for 40 MB, medians) and, on the loaded shared machine, were slower over
 * 10 MB (41 s against 34 s, medians of 4 alternating runs) and faster over
 * 40 MB (158 s against 183 s, medians of 3; faster in each of the 3 pairs).
 * See README "Performance".
 */
export const TWO_CORE_THRESHOLD = 32 * 1024 * 1024

/** Set V8's heap growing factor (0: V8 chooses). Loaded here: a run in one thread never needs node:v8. */
function heapGrowingPercent(percent: number): void {
  process.getBuiltinModule('node:v8').setFlagsFromString(`--heap-growing-percent=${percent}`)
}

/** Tasks a worker holds at once at least: one it runs, one waiting in its port. */
export const WORKER_DEPTH = 2

/**
 * More small tasks a worker may hold, up to WORKER_MAX_DEPTH while what it
 * holds is under WORKER_HELD_UNITS code units of text. Two were too few for
 * files of a few kilobytes: a worker lints them in a millisecond or two,
 * faster than this thread, busy with a file of its own, hands it more, and
 * sat idle for 20-40% of a run over 20 MB of news (its CPU profile's idle
 * share, every half second); with up to sixteen, 0-6%. See README
 * "Performance".
 */
export const WORKER_MAX_DEPTH = 16
export const WORKER_HELD_UNITS = 256 * 1024

/**
 * A worker's young generation, in MB. V8's default let this thread and one
 * worker reach 224-225 MB over 10 MB of news; 16 MB gave 209-210 MB at the same
 * processor time (10.1-10.6 s against 10.2-10.3 s), and 8 MB 243-244 MB (more
 * objects promoted to the old generation). Alternating runs over 10 MB of
 * news (five copies of the clean corpus), every rule on.
 */
const WORKER_YOUNG_GENERATION_MB = 16

/**
 * While workers run, how far each thread's old generation may grow past what it held after its last full
 * collection, in percent (V8's heap growing factor, 1.35 here). V8 otherwise picks the factor from how fast it
 * collects, up to 4: with two heaps in one process (this thread's and a worker's, each holding its rules'
 * tables of decided words), that slack took the peak over 100 MB of files past 300 MB. V8 reads this flag at
 * each collection, so it applies to the heaps already running; it is set back to V8's own choice when the
 * pool closes. 50 (1.5) peaked at 290-294 MB over 100 MB once both threads were kept busy, 35 at 269-289 MB
 * (4 runs) and 25 at 272-281 MB (2 runs), at the same wall time within the machine's drift. See README
 * "Memory".
 */
const HEAP_GROWING_PERCENT = 35

export interface RunOptions {
  /** Threads that lint, this one included: 1 runs in this thread; undefined picks by the amount of work. */
  jobs?: number
  /** Settings objects by task (shared caches stay in this thread). */
  settingsFor?: (task: Task) => LintSettings
}

export interface Pool {
  /** Worker threads beside this one (0: tasks run in this thread only). */
  readonly workers: number
  /**
   * Lint (and fix) one document. Never rejects: a failure is the result's
   * `errors`. `settings` is used when the task runs in this thread.
   */
  run(task: Task, settings?: LintSettings): Promise<TaskResult>
  /** Work done so far in this thread and on the workers (for the benchmark's split): tasks, and batches of a long file's sections. */
  readonly done: {here: number; workers: number}
  close(): Promise<void>
}

function workerScript(): string | undefined {
  // Workers load the bundle's worker entry; from the sources there is none.
  if (!BUNDLED) return undefined
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [join(here, 'worker.js'), join(here, '..', 'worker.js')]) if (existsSync(candidate)) return candidate
  return undefined
}

/**
 * Threads that lint, this one included: what `--jobs` asked for, else one
 * until the run is large enough to pay for workers, then one per core; never
 * more than the pieces of work that can run at once (`parts`: a file each, or
 * more for a long plain-text file, whose sections are spread over the
 * threads; `files` when not given). `bytes` and the counts may be a lower
 * bound (a stream looked at so far).
 */
export function jobsFor(work: {bytes: number; files: number; parts?: number}, jobs?: number, cores = availableParallelism()): number {
  const parts = work.parts ?? work.files
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, Math.max(1, parts)))
  if (cores < 2 || work.bytes < decidingBytes(cores) || parts < 2) return 1
  return Math.max(1, Math.min(cores, parts))
}

/**
 * How many threads a file of `size` (bytes, or code units of a text in
 * memory) can keep busy at once: a plain-text file long enough to be linted
 * in sections (see sections.ts) as many as it has megabytes or so, any other
 * one. Read before the file is: a UTF-8 file of 2 WHOLE bytes holds at least
 * 2/3 WHOLE code units, and most such files (Arabic, with its spaces and
 * punctuation) more than WHOLE.
 */
export function partsOf(path: string, size: number): number {
  return size > 2 * WHOLE && formatOf(path) === 'text' ? Math.ceil(size / WHOLE) : 1
}

/** The text `jobsFor` needs to see before it starts workers on a machine of this many cores. */
export function decidingBytes(cores = availableParallelism()): number {
  return cores < 3 ? TWO_CORE_THRESHOLD : PARALLEL_THRESHOLD
}

export function plannedJobs(tasks: Task[], jobs?: number): number {
  return jobsFor(
    {
      bytes: tasks.reduce((n, t) => n + t.value.length, 0),
      files: tasks.length,
      parts: tasks.reduce((n, t) => n + (spreadable(t) ? partsOf(t.path, t.value.length) : 1), 0)
    },
    jobs
  )
}

/**
 * A pool of `jobs` threads: this one and `jobs - 1` workers running `script`
 * (the bundle's worker entry; without one, this thread alone).
 */
export function createPool(jobs: number, script = jobs > 1 ? workerScript() : undefined): Pool {
  return script && jobs > 1 ? new SharedPool(script, jobs - 1) : new InlinePool()
}

/** Run one task in this thread, loading the format's code first. */
async function runHere(task: Task, settings?: LintSettings): Promise<TaskResult> {
  const format = formatOf(task.path)
  if (isMarkup(format)) await loadMarkup()
  if (isBitext(format)) await loadBitext()
  return runTask(task, settings ?? task.settings)
}

class InlinePool implements Pool {
  readonly workers = 0
  readonly done = {here: 0, workers: 0}
  run(task: Task, settings?: LintSettings): Promise<TaskResult> {
    this.done.here++
    return runHere(task, settings)
  }
  async close(): Promise<void> {}
}

/**
 * What the pool hands out from its queue: a whole task, or a batch of a long
 * plain-text file's sections (see sectioned-task.ts).
 */
interface Job {
  /** Code units of text it lints (how much a worker may hold at once). */
  readonly units: number
  /** What a worker is posted. */
  message(): {task: Task} | {batch: SectionBatch}
  /** Do it in this thread. */
  runHere(): Promise<void>
  /** A worker's answer. */
  answer(reply: WorkerReply): void
  /** The worker that held it stopped. */
  lose(why: string): void
}

/**
 * What a worker is posted: a task or a batch, whose rules and settings are
 * sent to each worker once and named by a number after that. They are the
 * same objects for every file under one config, and a worker keeps them
 * whole: copied into it with every file, a config's word list of 100,000
 * words made `--jobs 2` eleven times slower than one thread (the copy, and
 * the worker's lexicon of those words built again for each file), and each
 * file's copy missed the worker's processor kept for its rules.
 */
export type Posted = ({task: Task} | {batch: SectionBatch}) & {
  rulesId: number
  settingsId: number
  /** The worker forgets what it was sent before this message (see MOST_KEPT). */
  forget?: true
}

/**
 * Rules and settings objects a worker keeps at most: past this many, it is
 * told to forget them and sent again what it needs. A library caller may
 * build new ones for every task, which the worker would otherwise keep all.
 */
const MOST_KEPT = 64

/** A number for each rules or settings object posted to a worker, by identity. */
const postedIds = new WeakMap<object, number>()
let nextPostedId = 0

function postedId(value: object): number {
  let id = postedIds.get(value)
  if (id === undefined) postedIds.set(value, (id = nextPostedId++))
  return id
}

/** `message` as posted to a worker that already holds the objects numbered in `sent` (which it then holds too). */
function posted(message: {task: Task} | {batch: SectionBatch}, sent: Set<number>): Posted {
  const work = 'task' in message ? message.task : message.batch
  const rulesId = postedId(work.rules)
  const settingsId = postedId(work.settings)
  const forget = sent.size >= MOST_KEPT && !(sent.has(rulesId) && sent.has(settingsId))
  if (forget) sent.clear()
  const slim = {...work, rules: sent.has(rulesId) ? undefined : work.rules, settings: sent.has(settingsId) ? undefined : work.settings}
  sent.add(rulesId)
  sent.add(settingsId)
  const names = forget ? {rulesId, settingsId, forget: true as const} : {rulesId, settingsId}
  return 'task' in message ? {task: slim as Task, ...names} : {batch: slim as SectionBatch, ...names}
}

interface WorkerReply {
  result?: SerializedResult
  sections?: SerializedMessage[][]
  error?: string
}

function taskJob(task: Task, settings: LintSettings | undefined, resolve: (result: TaskResult) => void): Job {
  return {
    units: task.value.length,
    message: () => ({task}),
    runHere: async () => resolve(await runHere(task, settings)),
    answer: (reply) => resolve(reply.result ? deserializeResult(task, reply.result) : failedResult(task, reply.error ?? 'unknown error')),
    lose: (why) => resolve(failedResult(task, `worker thread stopped (${why})`))
  }
}

function batchJob(sectioned: SectionedTask, index: number): Job {
  return {
    // A batch is a megabyte or more of a long file's sections: never more than WORKER_DEPTH of them at once.
    units: Infinity,
    message: () => ({batch: sectioned.batch(index)}),
    runHere: async () => sectioned.here(index),
    answer: (reply) => (reply.sections ? sectioned.answer(index, reply.sections) : sectioned.fail(reply.error ?? 'unknown error')),
    lose: (why) => sectioned.fail(`worker thread stopped (${why})`)
  }
}

/**
 * This thread and `workers` worker threads take work from one queue. A long
 * plain-text file is spread over them a batch of sections at a time (see
 * sectioned-task.ts), so even one file keeps both cores busy. A worker that
 * dies (out of memory, a crash in native code) fails only the tasks it held,
 * and is replaced.
 */
class SharedPool implements Pool {
  private readonly queue: Job[] = []
  /** The jobs each worker holds, oldest (the one it runs) first: it answers them in that order. */
  private readonly held = new Map<Worker, Job[]>()
  /** The rules and settings objects each worker has been sent (see `posted`). */
  private readonly sent = new Map<Worker, Set<number>>()
  private closed = false
  private turnScheduled = false
  /** Whether the run reads the shipped statistics (not with `stats: false`), so the workers are handed them. */
  private withStats = true
  readonly done = {here: 0, workers: 0}

  constructor(
    private readonly script: string,
    readonly workers: number
  ) {}

  run(task: Task, settings?: LintSettings): Promise<TaskResult> {
    // Started with the first task, not before: a run whose files all come from the cache starts none.
    if (this.held.size === 0 && !this.closed) {
      this.withStats = settings?.useStats !== false
      heapGrowingPercent(HEAP_GROWING_PERCENT)
      for (let i = 0; i < this.workers; i++) this.held.set(this.spawn(), [])
    }
    if (spreadable(task)) {
      const sectioned = new SectionedTask(task, settings)
      sectioned.batches.forEach((_, index) => this.queue.push(batchJob(sectioned, index)))
      this.dispatch()
      return sectioned.result
    }
    return new Promise((resolve) => {
      this.queue.push(taskJob(task, settings, resolve))
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    const started = this.held.size > 0
    this.closed = true
    const all = [...this.held.keys()]
    this.held.clear()
    this.sent.clear()
    await Promise.all(all.map((worker) => worker.terminate()))
    if (started) heapGrowingPercent(0)
  }

  private spawn(): Worker {
    // Loaded here, not imported: a run in one thread (most runs) never needs node:worker_threads.
    const {Worker} = process.getBuiltinModule('node:worker_threads')
    const worker = new Worker(this.script, {
      resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB},
      // The word list and the shipped statistics in memory once, not once a thread.
      workerData: {lexicon: sharedLexicon(), stats: this.withStats ? sharedStats() : undefined}
    })
    this.sent.set(worker, new Set())
    worker.on('message', (reply: WorkerReply) => {
      const job = this.held.get(worker)?.shift()
      if (!job) return
      this.done.workers++
      job.answer(reply)
      this.dispatch()
    })
    const lost = (why: string) => {
      const held = this.held.get(worker)
      if (!held) return
      this.held.delete(worker)
      this.sent.delete(worker)
      for (const job of held) job.lose(why)
      if (!this.closed) {
        this.held.set(this.spawn(), [])
        this.dispatch()
      }
    }
    worker.on('error', (error) => lost(error.message))
    worker.on('exit', (code) => {
      if (!this.closed) lost(`exit code ${code}`)
    })
    return worker
  }

  /** Feed the workers first; what is left, this thread takes on its next turn. */
  private dispatch(): void {
    for (const [worker, held] of this.held) {
      while (this.queue.length > 0 && mayHold(held, this.queue[0]!)) {
        const job = this.queue.shift()!
        held.push(job)
        worker.postMessage(posted(job.message(), this.sent.get(worker)!))
      }
    }
    if (this.queue.length > 0 && !this.turnScheduled) {
      this.turnScheduled = true
      // After the event loop's poll phase: the workers' answers are taken in before this thread lints.
      setImmediate(() => void this.runOneHere())
    }
  }

  private async runOneHere(): Promise<void> {
    this.turnScheduled = false
    const job = this.queue.shift()
    if (job) {
      this.done.here++
      await job.runHere()
    }
    this.dispatch()
  }
}

/** Whether a worker holding `held` may be given `next` too. */
function mayHold(held: Job[], next: Job): boolean {
  if (held.length < WORKER_DEPTH) return true
  if (held.length >= WORKER_MAX_DEPTH) return false
  let units = next.units
  for (const job of held) units += job.units
  return units <= WORKER_HELD_UNITS
}

/** Run every task; results keep the tasks' order. */
export async function runTasks(tasks: Task[], options: RunOptions = {}): Promise<TaskResult[]> {
  const pool = createPool(plannedJobs(tasks, options.jobs))
  try {
    return await Promise.all(tasks.map((task) => pool.run(task, options.settingsFor?.(task))))
  } finally {
    await pool.close()
  }
}
