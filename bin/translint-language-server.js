#!/usr/bin/env node
import {run} from '../dist/cli.js'

run(['--lsp', ...process.argv.slice(2)])
