import {execFile} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {run, type Io} from '../src/cli/index.ts'

export interface Result {
  code: number
  stdout: string
  stderr: string
}

export async function cli(argv: string[], options: {cwd: string; stdin?: string; beforeWrite?: (path: string) => void}): Promise<Result> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd,
    color: false,
    beforeWrite: options.beforeWrite
  }
  const code = await run(argv, io)
  return {code, stdout, stderr}
}

/** A temporary folder with the given files (path → content). */
export function fixture(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-test-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** Run node with `args` without blocking this thread (a test worker must keep answering vitest): the exit status and the output. */
export function runNode(args: string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, {...options, encoding: 'utf8', maxBuffer: 1 << 28}, (error, stdout, stderr) => {
      resolve({status: error ? ((error as {code?: unknown}).code as number | null) : 0, stdout, stderr})
    })
  })
}

const root = new URL('..', import.meta.url).pathname

/**
 * Run the built bin in `dir` in one thread within a V8 heap of `heapMb`
 * (a run that keeps what it should not runs out there: SIGABRT), and give
 * its result with the peak resident memory of the process.
 */
export async function runBinInHeap(dir: string, heapMb: number, args: string[]): Promise<{status: number | null; stdout: string; stderr: string; maxRssKB: number}> {
  const usage = join(dir, 'usage.json')
  const result = await runNode(
    [`--max-old-space-size=${heapMb}`, '--import', join(root, 'scripts/process-usage.mjs'), join(root, 'bin/translint.js'), '--jobs', '1', ...args],
    {cwd: dir, env: {...process.env, TRANSLINT_USAGE_FILE: usage}}
  )
  const {maxRssKB} = JSON.parse(readFileSync(usage, 'utf8')) as {maxRssKB: number}
  return {...result, maxRssKB}
}
