// Ctrl-C or a SIGTERM while `--fix` writes: the signal is handled between two
// steps of the run (a file's check and write run synchronously, so never in the
// middle of one), the temporary files still in flight are removed, and the
// process exits with 128 + the signal's number, as a shell expects.
import {removeInFlight} from './sidecar.ts'

// Not SIGHUP: a run started under `nohup` must keep ignoring it.
const EXIT_CODES = {SIGINT: 130, SIGTERM: 143} as const

/** Handle the signals until the returned function is called. */
export function cleanUpOnSignals(): () => void {
  // Signals reach only the main thread (tests run the program in worker threads).
  if (!process.getBuiltinModule('node:worker_threads').isMainThread) return () => {}
  const handlers = Object.entries(EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      removeInFlight()
      process.exit(code)
    }
    process.on(signal, handler)
    return () => process.off(signal, handler)
  })
  return () => {
    for (const remove of handlers) remove()
  }
}
