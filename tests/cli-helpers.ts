import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
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
