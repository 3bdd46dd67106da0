// A run of the command line over more than a megabyte lets V8's optimising
// compiler (TurboFan) inline less into each function: at most 200 bytes of
// callees' bytecode in all (`--max-inlined-bytecode-size-cumulative`; V8's
// default is 920). A lint runs a few hundred hot functions, each optimised once
// or more, and compiling them is most of a short run's work (over the first
// 2 MB, 54% of all instructions). The bin over 10 MB of news files in one
// thread: 3.29-3.41 s wall and 4.53-4.60 s of processor time, against
// 3.51-3.57 s and 5.10-5.19 s with V8's default; limits of 100 and 50 were no
// better (README "Performance", docs/performance-log.md).
//
// Set once the command line has looked ahead at what it will lint (paths and
// sizes) and before it lints any of it, so the flag applies to every function
// TurboFan compiles and to the workers (V8's flags are the process's). A small
// run (a pre-commit hook on a few files) never loads node:v8 (about 2 ms of
// a cold start). The library leaves a host's flags alone.

/** What TurboFan may inline into one function in a large run, in bytes of bytecode (V8's default: 920). */
const INLINED_BYTECODE_LIMIT = 200

/** A run that lints at least this much text is large. */
export const LARGE_RUN_BYTES = 1024 * 1024

let tuned = false

/** Set V8's flags for a large run (once in a process). */
export function tuneForLargeRun(): void {
  if (tuned) return
  tuned = true
  process.getBuiltinModule('node:v8').setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_LIMIT}`)
}
