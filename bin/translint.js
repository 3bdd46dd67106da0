#!/usr/bin/env node
import {run} from '../dist/cli.js'

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0))
  },
  (error) => {
    process.stderr.write(`translint: internal error: ${error && error.message ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
