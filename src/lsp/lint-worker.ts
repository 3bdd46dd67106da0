// Linting for the language server, off its main thread: a worker thread runs
// the engine's tasks (engine/worker.ts), so the server answers other requests
// while a long document is linted, and a lint that runs past its time budget
// is stopped by ending the worker (the next lint starts a new one).
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {BUNDLED} from '../cli/version.ts'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from '../engine/format.ts'
import {loadMarkup} from '../engine/markup-registry.ts'
import {runTask, serializeResult, type SerializedResult, type Task} from '../engine/task.ts'

/** The lint took longer than its budget and was stopped. */
export class BudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`linting took longer than ${budgetMs / 1000} s and was stopped`)
  }
}

/** A new worker running engine/worker.ts: the bundle's, or from the sources through tsx (development and tests). */
function startWorker(): Worker | undefined {
  const here = dirname(fileURLToPath(import.meta.url))
  if (BUNDLED) {
    for (const candidate of [join(here, 'worker.js'), join(here, '..', 'worker.js')]) if (existsSync(candidate)) return new Worker(candidate)
    return undefined
  }
  const entry = new URL('../engine/worker.ts', import.meta.url).href
  let tsx: string
  try {
    tsx = import.meta.resolve('tsx/esm/api')
  } catch {
    return undefined
  }
  const source = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  return new Worker(source, {eval: true})
}

interface Job {
  resolve: (result: SerializedResult) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
}

/** One worker, one task at a time (the server queues its documents). */
export class LintWorker {
  private worker: Worker | undefined
  private job: Job | undefined
  /** Whether starting a worker failed once: then tasks run in this thread. */
  private inThread = false

  /** Lint a task within `budgetMs` milliseconds. */
  lint(task: Task, budgetMs: number): Promise<SerializedResult> {
    if (this.job) return Promise.reject(new Error('a lint is already running'))
    const worker = this.inThread ? undefined : this.ensureWorker()
    if (!worker) return this.lintInThread(task)
    return new Promise<SerializedResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop(new BudgetExceeded(budgetMs))
      }, budgetMs)
      this.job = {resolve, reject, timer}
      // One task at a time, and a worker that overran is ended: a reply is always the current task's.
      worker.postMessage({task})
    })
  }

  /** End the worker (and fail the lint in progress, if any). */
  stop(reason: Error = new Error('the lint worker was stopped')): void {
    const worker = this.worker
    this.worker = undefined
    this.finish(undefined, reason)
    if (worker) void worker.terminate()
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker
    let worker: Worker | undefined
    try {
      worker = startWorker()
    } catch {
      worker = undefined
    }
    if (!worker) {
      this.inThread = true
      return undefined
    }
    worker.on('message', (reply: {result?: SerializedResult; error?: string}) => {
      if (reply.error !== undefined) this.finish(undefined, new Error(reply.error))
      else this.finish(reply.result)
    })
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = undefined
      this.finish(undefined, error instanceof Error ? error : new Error(String(error)))
    })
    worker.on('exit', () => {
      if (this.worker === worker) {
        this.worker = undefined
        this.finish(undefined, new Error('the lint worker exited'))
      }
    })
    // The server may exit while a worker is idle.
    worker.unref()
    this.worker = worker
    return worker
  }

  private finish(result: SerializedResult | undefined, error?: Error): void {
    const job = this.job
    if (!job) return
    this.job = undefined
    clearTimeout(job.timer)
    if (error) job.reject(error)
    else job.resolve(result!)
  }

  /** Without a worker: lint here (the server does not answer meanwhile). */
  private async lintInThread(task: Task): Promise<SerializedResult> {
    if (isMarkup(formatOf(task.path))) await loadMarkup()
    if (isBitext(formatOf(task.path))) await loadBitext()
    return serializeResult(runTask(task))
  }
}
