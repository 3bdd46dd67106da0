// A worker thread of the pool: runs tasks it is sent, returns plain results.
import {parentPort} from 'node:worker_threads'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from './format.ts'
import {loadMarkup} from './markup-registry.ts'
import {runTask, serializeResult, type Task} from './task.ts'

parentPort?.on('message', async ({id, task}: {id: number; task: Task}) => {
  try {
    if (isMarkup(formatOf(task.path))) await loadMarkup()
    if (isBitext(formatOf(task.path))) await loadBitext()
    parentPort!.postMessage({id, result: serializeResult(runTask(task))})
  } catch (error) {
    parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error)})
  }
})
