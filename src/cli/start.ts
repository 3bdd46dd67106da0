// The command line's entry in the bundle: dist/start.cjs, which bin/translint.js
// requires (both CommonJS: a start then skips Node's ES module loader), and
// dist/cli.js re-exports for ES modules. A cold start spent
// about a third of its time compiling the code it was about to run: Node 20
// has no compile cache for ES modules (module.enableCompileCache came in 22),
// so the command line is built as one CommonJS script (dist/cli-<hash>.cjs)
// that this module compiles with the V8 code cache written beside it by the
// build (dist/cli-<hash>.cjs.v8cache: the bytecode of what a lint of the seeds
// ran). V8 checks the cache against its own version and flags, and compiles as
// usual when it does not fit (another Node): never a different result, only a
// slower start. It checks only the length of the script, which is why both
// names carry the hash of the script's contents.
import {closeSync, fstatSync, openSync, readFileSync, readSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Script} from 'node:vm'
import type {Io} from './index.ts'

// The script's file name, set by the build (scripts/build.mjs).
declare const __TRANSLINT_CLI_SCRIPT__: string
const file = fileURLToPath(new URL(__TRANSLINT_CLI_SCRIPT__, import.meta.url))
export const CODE_CACHE_FILE = `${file}.v8cache`

/**
 * The bytes of a file read into the start of `buffer` when they fit (else into a new one): memory written
 * for the first time costs a page fault for each 4 KiB, so the code cache (1.5 MB) is read into the
 * script's bytes (2.8 MB), which are no longer needed once the script's text is made from them: about 350
 * page faults fewer, 1 ms of a cold start.
 */
function readInto(path: string, buffer: Buffer): Buffer {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const into = size <= buffer.length ? buffer.subarray(0, size) : Buffer.allocUnsafe(size)
    let done = 0
    for (let read = -1; done < size && read !== 0; done += read) read = readSync(fd, into, done, size - done, done)
    return into.subarray(0, done) // a cache cut short is rejected by V8's checksum: compiled without it
  } finally {
    closeSync(fd)
  }
}

/** The script compiled (with the code cache when there is one), and what became of the cache. */
function compile(): {script: Script; codeCache: 'missing' | 'rejected' | 'accepted'} {
  // The script is ASCII (the build escapes the rest): read as Latin-1, a copy, not a UTF-8 decoding.
  const bytes = readFileSync(file)
  const text = bytes.toString('latin1')
  let cachedData: Buffer | undefined
  try {
    cachedData = readInto(CODE_CACHE_FILE, bytes)
  } catch {
    cachedData = undefined // not built (or unreadable): compiled without it
  }
  // The parameters a CommonJS module gets, and the two the script's build adds:
  // the script's own URL for import.meta.url, and import() (engine/import-module.ts).
  // Joined to the wrapper here rather than written wrapped by the build: V8 then works from its own flat
  // copy of the text. Node hands over a string this long as an external one, and with that as the source
  // a cold start compiled 1.5 ms faster but linted about 15 ms of processor time slower (one seed file,
  // 6 alternating runs each, and again 11 ms slower in 21 alternating runs at load 11; where V8 spends it
  // was not found).
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname, __translintModuleUrl, __translintImport) {${text}\n})`,
    {filename: file, cachedData}
  )
  return {script, codeCache: cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'accepted'}
}

const {script, codeCache} = compile()
/** Whether this start used the code cache: `missing` (none built), `rejected` (built for another Node or bundle), `accepted`. */
export {codeCache}

const module = {exports: {} as {run: (argv: string[], io?: Io) => Promise<number>}}
;(script.runInThisContext() as (...args: unknown[]) => void)(
  module.exports,
  createRequire(file),
  module,
  file,
  dirname(file),
  pathToFileURL(file).href,
  (url: string) => import(url)
)

export const run = module.exports.run

/** The code cache of the script and of every function compiled so far (the build writes it after linting the seeds). */
export function codeCacheData(): Buffer {
  return script.createCachedData()
}
