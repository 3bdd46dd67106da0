#!/usr/bin/env node
// CommonJS (bin/package.json), as dist/start.cjs is: a start through Node's
// CommonJS loader skips its ES module loader, about 4 ms of processor time.
const {run} = require('../dist/start.cjs')

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
  },
  (error) => {
    process.stderr.write(`translint: internal error: ${error && error.message ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
