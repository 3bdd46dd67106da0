// A worker thread of the pool: runs the task (or lints the batch of sections) it
// is sent, returns plain results.
// runTask catches what a document can throw; anything else is answered too, so
// the pool never waits for a reply that will not come.
import {parentPort, workerData} from 'node:worker_threads'
import '../builtin.ts'
import {importPlugin} from '../config/plugins.ts'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from './format.ts'
import {loadMarkup} from './markup-registry.ts'
import {runTask, serializeResult, type Task} from './task.ts'
import {lintBatch, type SectionBatch} from './sectioned-task.ts'
import {useSharedLexicon} from '../language/lexicon.ts'
import {useSharedStats} from '../stats/load.ts'

// The word list and the shipped statistics the pool's thread read, shared (see pool.ts).
const shared = workerData as {lexicon?: SharedArrayBuffer; stats?: SharedArrayBuffer} | null
if (shared?.lexicon) useSharedLexicon(shared.lexicon)
if (shared?.stats) useSharedStats(shared.stats)

/** A task (a whole document) or a batch of a long plain-text file's sections (see sectioned-task.ts). */
type Work = {task: Task} | {batch: SectionBatch}

async function answer(work: Work): Promise<void> {
  try {
    const {path, plugins} = 'task' in work ? work.task : work.batch
    if (isMarkup(formatOf(path))) await loadMarkup()
    if (isBitext(formatOf(path))) await loadBitext()
    // The config's rule packs, imported once per thread (the main thread checked them when it loaded the config).
    for (const {file, specifier} of plugins ?? []) await importPlugin(file, specifier)
    if ('task' in work) parentPort!.postMessage({result: serializeResult(runTask(work.task))})
    else parentPort!.postMessage({sections: lintBatch(work.batch)})
  } catch (error) {
    parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
}

// One piece of work at a time, answered in the order sent: the pool matches answers to work by that order.
let turn = Promise.resolve()
parentPort?.on('message', (work: Work) => {
  turn = turn.then(() => answer(work))
})
