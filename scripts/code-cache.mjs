// The V8 code cache of the command line's script (see src/cli/start.ts),
// written by the build: a fresh process loads the script without a cache,
// lints the seeds through it as a run of the bin would (every rule on, the
// JSON report and the default one, with a config file), then saves the
// bytecode of the script and of every function that ran. A cold start then
// compiles none of them.
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const start = await import(join(root, 'dist/cli.js'))
if (start.codeCache !== 'missing') throw new Error(`code-cache: expected no code cache before the build writes it, found one (${start.codeCache})`)

const dir = mkdtempSync(join(tmpdir(), 'translint-code-cache-'))
try {
  cpSync(join(root, 'seeds'), join(dir, 'seeds'), {recursive: true})
  writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({extends: 'translint:all'}))
  const io = {stdout: () => {}, stderr: () => {}, readStdin: async () => '', cwd: dir, color: false}
  for (const format of ['json', 'stylish']) {
    const code = await start.run(['--format', format, 'seeds'], io)
    if (code !== 0 && code !== 1) throw new Error(`code-cache: linting the seeds exited ${code}`)
  }
} finally {
  rmSync(dir, {recursive: true, force: true})
}
writeFileSync(start.CODE_CACHE_FILE, start.codeCacheData())
