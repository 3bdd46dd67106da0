// Findings are Errors (VFileMessage): made with V8's default stack trace
// limit, each would capture a stack trace nobody reads, a large share of the
// time on a noisy document. Everything that makes findings runs inside this.

/** Run `run` with stack traces off, and put the limit back after. */
export function withoutStacks<T>(run: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return run()
  } finally {
    Error.stackTraceLimit = limit
  }
}
