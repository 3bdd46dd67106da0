// A worker thread of the pool: runs tasks it is sent, returns plain results.
import {parentPort} from 'node:worker_threads'
import {runTask, serializeResult, type Task} from './task.ts'

parentPort?.on('message', ({id, task}: {id: number; task: Task}) => {
  try {
    parentPort!.postMessage({id, result: serializeResult(runTask(task))})
  } catch (error) {
    parentPort!.postMessage({id, error: error instanceof Error ? error.message : String(error)})
  }
})
