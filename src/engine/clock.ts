// Milliseconds for the load times the benchmark reports (the word list, the
// statistics), from process.hrtime: the global `performance` is a module Node
// loads on first use (perf_hooks and its internals, about 0.8 ms of a cold
// start that would otherwise not need it).
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6
