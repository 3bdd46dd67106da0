// A worker thread of the pool: runs the task it is sent, returns plain results.
// runTask catches what a document can throw; anything else is answered too, so
// the pool never waits for a reply that will not come.
import {parentPort, workerData} from 'node:worker_threads'
import '../builtin.ts'
import {importPlugin} from '../config/plugins.ts'
import {loadBitext} from '../bitext/registry.ts'
import {formatOf, isBitext, isMarkup} from './format.ts'
import {loadMarkup} from './markup-registry.ts'
import {runTask, serializeResult, type Task} from './task.ts'
import {useSharedLexicon} from '../language/lexicon.ts'
import {useSharedStats} from '../stats/load.ts'

// The word list and the shipped statistics the pool's thread read, shared (see pool.ts).
const shared = workerData as {lexicon?: SharedArrayBuffer; stats?: SharedArrayBuffer} | null
if (shared?.lexicon) useSharedLexicon(shared.lexicon)
if (shared?.stats) useSharedStats(shared.stats)

parentPort?.on('message', async ({task}: {task: Task}) => {
  try {
    if (isMarkup(formatOf(task.path))) await loadMarkup()
    if (isBitext(formatOf(task.path))) await loadBitext()
    // The config's rule packs, imported once per thread (the main thread checked them when it loaded the config).
    for (const {file, specifier} of task.plugins ?? []) await importPlugin(file, specifier)
    parentPort!.postMessage({result: serializeResult(runTask(task))})
  } catch (error) {
    parentPort!.postMessage({error: error instanceof Error ? error.message : String(error)})
  }
})
