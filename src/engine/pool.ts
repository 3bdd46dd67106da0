// Run tasks on worker threads (one per core) when there is enough work to pay
// for starting them; otherwise in this thread. Results keep the tasks' order.
import {availableParallelism} from 'node:os'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {BUNDLED} from '../cli/version.ts'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from './format.ts'
import {loadMarkup} from './markup-registry.ts'
import {deserializeResult, runTask, type SerializedResult, type Task, type TaskResult} from './task.ts'
import type {LintSettings} from './types.ts'

/** Below this much text, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 512 * 1024

export interface RunOptions {
  /** Worker threads: 1 runs in this thread; undefined picks by the amount of work. */
  jobs?: number
  /** Settings objects by task (shared caches stay in this thread). */
  settingsFor?: (task: Task) => LintSettings
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
 */
export function plannedJobs(tasks: Task[], jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, tasks.length))
  const size = tasks.reduce((n, t) => n + t.value.length, 0)
  const cores = availableParallelism()
  if (size < PARALLEL_THRESHOLD || tasks.length < 2 || cores < 3) return 1
  return Math.max(1, Math.min(cores - 1, tasks.length))
}

export async function runTasks(tasks: Task[], options: RunOptions = {}): Promise<TaskResult[]> {
  const count = plannedJobs(tasks, options.jobs)
  const script = count > 1 ? workerScript() : undefined
  if (!script) {
    if (tasks.some((task) => isMarkup(formatOf(task.path)))) await loadMarkup()
    if (tasks.some((task) => isBitext(formatOf(task.path)))) await loadBitext()
    return tasks.map((task) => runTask(task, options.settingsFor?.(task) ?? task.settings))
  }
  const results: TaskResult[] = new Array(tasks.length)
  let next = 0
  const workers = Array.from({length: count}, () => new Worker(script))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve()
              const id = next++
              worker.postMessage({id, task: tasks[id]})
            }
            worker.on('message', (reply: {id: number; result?: SerializedResult; error?: string}) => {
              if (reply.error !== undefined) return reject(new Error(`${tasks[reply.id].path}: ${reply.error}`))
              results[reply.id] = deserializeResult(tasks[reply.id], reply.result!)
              send()
            })
            worker.on('error', reject)
            send()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
