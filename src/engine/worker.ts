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
import {runTask, serializeResult} from './task.ts'
import type {Posted} from './pool.ts'
import {lintBatch} from './sectioned-task.ts'
import {useSharedLexicon} from '../language/lexicon.ts'
import {useSharedStats} from '../stats/load.ts'

// The word list and the shipped statistics the pool's thread read, shared (see pool.ts).
const shared = workerData as {lexicon?: SharedArrayBuffer; stats?: SharedArrayBuffer} | null
if (shared?.lexicon) useSharedLexicon(shared.lexicon)
if (shared?.stats) useSharedStats(shared.stats)

/** The rules and settings objects this worker has been sent, by number: the same objects for every file that names them. */
const held = new Map<number, object>()

/** `value`, or when not sent again, the one sent before under `id`. */
function keep<T extends object>(id: number, value: T | undefined): T {
  if (value !== undefined) held.set(id, value)
  return (value ?? held.get(id)) as T
}

async function answer(posted: Posted): Promise<void> {
  try {
    const work = 'task' in posted ? posted.task : posted.batch
    if (posted.forget) held.clear()
    work.rules = keep(posted.rulesId, work.rules)
    work.settings = keep(posted.settingsId, work.settings)
    const {path, plugins} = work
    if (isMarkup(formatOf(path))) await loadMarkup()
    if (isBitext(formatOf(path))) await loadBitext()
    // The config's rule packs, imported once per thread (the main thread checked them when it loaded the config).
    for (const {file, specifier} of plugins ?? []) await importPlugin(file, specifier)
    if ('task' in posted) parentPort!.postMessage({result: serializeResult(runTask(posted.task))})
    else parentPort!.postMessage({sections: lintBatch(posted.batch)})
  } catch (error) {
    parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
}

// One piece of work at a time, answered in the order sent: the pool matches answers to work by that order.
let turn = Promise.resolve()
parentPort?.on('message', (posted: Posted) => {
  turn = turn.then(() => answer(posted))
})
