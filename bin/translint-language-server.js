#!/usr/bin/env node
// CommonJS, as bin/translint.js (bin/package.json).
const {run} = require('../dist/start.cjs')

run(['--lsp', ...process.argv.slice(2)])
