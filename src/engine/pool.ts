// Where tasks run: in this thread, or on worker threads (one per spare core)
// when there is enough work to pay for starting them. A pool takes one task at
// a time and answers with its result, so a caller can stream files through it
// and keep only the ones in flight; `runTasks` is the whole-array form.
import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {BUNDLED} from '../cli/version.ts'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from './format.ts'
import {loadMarkup} from './markup-registry.ts'
import {deserializeResult, failedResult, runTask, type SerializedResult, type Task, type TaskResult} from './task.ts'
import type {LintSettings} from './types.ts'

/** Below this much text, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 512 * 1024

export interface RunOptions {
  /** Worker threads: 1 runs in this thread; undefined picks by the amount of work. */
  jobs?: number
  /** Settings objects by task (shared caches stay in this thread). */
  settingsFor?: (task: Task) => LintSettings
}

export interface Pool {
  /** Worker threads (0: tasks run in this thread). */
  readonly workers: number
  /** Lint (and fix) one document. Never rejects: a failure is the result's `errors`. */
  run(task: Task, settings?: LintSettings): Promise<TaskResult>
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
 * One thread unless told otherwise or the machine has cores to spare: the
 * main thread and V8's own garbage-collector threads need one, and on a
 * two-core machine two workers measured slower than one thread (npm run bench).
 * `bytes` and `files` may be a lower bound (a stream looked at so far).
 */
export function jobsFor(work: {bytes: number; files: number}, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, Math.max(1, work.files)))
  const cores = availableParallelism()
  if (work.bytes < PARALLEL_THRESHOLD || work.files < 2 || cores < 3) return 1
  return Math.max(1, Math.min(cores - 1, work.files))
}

export function plannedJobs(tasks: Task[], jobs?: number): number {
  return jobsFor({bytes: tasks.reduce((n, t) => n + t.value.length, 0), files: tasks.length}, jobs)
}

/** A pool of `jobs` workers; one job (or no built worker script) runs tasks in this thread. */
export function createPool(jobs: number): Pool {
  const script = jobs > 1 ? workerScript() : undefined
  return script ? new WorkerPool(script, jobs) : new InlinePool()
}

class InlinePool implements Pool {
  readonly workers = 0
  async run(task: Task, settings?: LintSettings): Promise<TaskResult> {
    const format = formatOf(task.path)
    if (isMarkup(format)) await loadMarkup()
    if (isBitext(format)) await loadBitext()
    return runTask(task, settings ?? task.settings)
  }
  async close(): Promise<void> {}
}

interface Pending {
  task: Task
  resolve: (result: TaskResult) => void
}

/**
 * Tasks wait in one queue; each idle worker takes the next. A worker that dies
 * (out of memory, a crash in native code) fails only the task it was running,
 * and is replaced.
 */
class WorkerPool implements Pool {
  private readonly queue: Pending[] = []
  private readonly running = new Map<Worker, Pending>()
  private readonly idle: Worker[] = []
  private closed = false

  constructor(
    private readonly script: string,
    readonly workers: number
  ) {
    for (let i = 0; i < workers; i++) this.idle.push(this.spawn())
  }

  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({task, resolve})
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    const all = [...this.idle, ...this.running.keys()]
    this.idle.length = 0
    await Promise.all(all.map((worker) => worker.terminate()))
  }

  private spawn(): Worker {
    const worker = new Worker(this.script)
    worker.on('message', (reply: {result?: SerializedResult; error?: string}) => {
      const pending = this.running.get(worker)
      if (!pending) return
      this.running.delete(worker)
      pending.resolve(reply.result ? deserializeResult(pending.task, reply.result) : failedResult(pending.task, reply.error ?? 'unknown error'))
      this.idle.push(worker)
      this.dispatch()
    })
    const lost = (why: string) => {
      const pending = this.running.get(worker)
      this.running.delete(worker)
      const at = this.idle.indexOf(worker)
      if (at !== -1) this.idle.splice(at, 1)
      if (pending) pending.resolve(failedResult(pending.task, `worker thread stopped (${why})`))
      if (!this.closed) {
        this.idle.push(this.spawn())
        this.dispatch()
      }
    }
    worker.on('error', (error) => lost(error.message))
    worker.on('exit', (code) => {
      if (!this.closed && (this.running.has(worker) || this.idle.includes(worker))) lost(`exit code ${code}`)
    })
    return worker
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const pending = this.queue.shift()!
      this.running.set(worker, pending)
      worker.postMessage({task: pending.task})
    }
  }
}

/** Run every task; results keep the tasks' order. */
export async function runTasks(tasks: Task[], options: RunOptions = {}): Promise<TaskResult[]> {
  const pool = createPool(plannedJobs(tasks, options.jobs))
  try {
    return await Promise.all(tasks.map((task) => pool.run(task, pool.workers === 0 ? options.settingsFor?.(task) : undefined)))
  } finally {
    await pool.close()
  }
}
