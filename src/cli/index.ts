// The commander program. `run(argv, io)` is testable in-process; bin/ only calls it.
import {readFileSync, statSync} from 'node:fs'
import {relative, resolve} from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {VFile} from 'vfile'
import {rules as allRules} from '../../rules/index.ts'
import {
  ConfigError,
  configFor,
  isIgnored,
  loadConfigFile,
  parseRuleFlag,
  rulesForFile,
  validateRuleEntries,
  type ResolvedConfig
} from '../config/load.ts'
import {timings} from '../engine/define-rule.ts'
import {runTasks} from '../engine/pool.ts'
import type {Task} from '../engine/task.ts'
import type {LintSettings} from '../engine/types.ts'
import {settingsFor} from '../engine/settings.ts'
import type {RuleSettings, Severity} from '../engine/types.ts'
import {reporters} from '../reporters/index.ts'
import {createTwoFilesPatch} from 'diff'
import {applyBaseline, createBaseline, readBaseline} from './baseline.ts'
import {expandPaths, InputError} from './files.ts'
import {changedSince} from './git.ts'
import {writeFileAtomic} from './write.ts'
import {VERSION} from './version.ts'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Reads all of standard input. */
  readStdin: () => Promise<string>
  cwd: string
  /** Colour in the stylish reporter. */
  color?: boolean
}

export const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return decodeUtf8(Buffer.concat(chunks), '<stdin>')
  },
  cwd: process.cwd(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
})

const EXAMPLES = `
Examples:
  $ translint seeds/                         lint every .txt and .md file under seeds/
  $ translint --format json docs/ > r.json   machine-readable report
  $ translint --rule stray-period:error a.txt
  $ cat a.txt | translint --stdin --stdin-filename a.txt
  $ translint --max-warnings 0 "docs/**/*.txt"
  $ translint --fix docs/                    apply safe fixes in place
  $ translint --fix-dry-run --fix-type typography docs/
  $ translint --write-baseline .translint-baseline.json docs/
  $ translint --baseline .translint-baseline.json --format github docs/
  $ translint --changed-since origin/main
  $ translint --list-rules
  $ translint --print-config seeds/000_ffe6ca2c3771edd8.txt

Exit status: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage, configuration or file errors.`

interface CliOptions {
  format: string
  outputFile?: string
  config?: string
  rule: string[]
  quiet?: boolean
  maxWarnings?: string
  listRules?: boolean
  printConfig?: string
  stdin?: boolean
  stdinFilename?: string
  color?: boolean
  fix?: boolean
  fixDryRun?: boolean
  fixType?: string[]
  baseline?: string
  writeBaseline?: string
  changedSince?: string
  reportUnusedDisableDirectives?: boolean
  jobs?: string
}

export const FIX_TYPES = ['artefact', 'typography', 'orthography', 'style'] as const

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

export function decodeUtf8(buffer: Buffer, path: string): string {
  if (buffer.includes(0)) throw new InputError(path, 'looks like a binary file (it contains NUL bytes)')
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
  } catch {
    throw new InputError(path, 'is not valid UTF-8 text')
  }
}

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  if (argv.includes('--lsp') || argv.includes('--stdio')) {
    // The language server speaks LSP over stdio until the client exits it.
    const {startServer} = await import('../lsp/server.ts')
    startServer()
    return new Promise<number>(() => {})
  }
  const program = new Command('translint')
  program
    .description('Lint Arabic documents for machine-translation and scraping artefacts.')
    .argument('[paths...]', 'files, folders (recursively) or globs; `-` reads standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(reporters)).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('-c, --config <path>', 'use this config file instead of looking for .linterrc.json')
    .option('-r, --rule <id:severity>', 'set a rule, e.g. stray-period:error (repeatable)', collect, [])
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--list-rules', 'list the rules and exit')
    .option('--print-config <file>', 'print the configuration that applies to a file and exit')
    .option('--fix', 'apply safe fixes to the files (with --stdin: print the fixed text)')
    .option('--fix-dry-run', 'print the fixes as a unified diff; write nothing')
    .option('--fix-type <types>', `fix only these kinds of rule (comma-separated, repeatable): ${FIX_TYPES.join(', ')}`, collect, [])
    .option('--baseline <file>', 'report only findings that are not in this baseline')
    .option('--write-baseline <file>', "record today's findings as the baseline and exit 0")
    .option('--changed-since <ref>', 'lint only files changed since this git ref (and untracked ones)')
    .option('--report-unused-disable-directives', 'report translint-disable directives that disable nothing')
    .option('-j, --jobs <n>', 'worker threads (default: cores - 1 on machines with 3 or more cores and over 512 KB of text, else 1)')
    .option('--lsp', 'run the language server over stdio (for editors)')
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <path>', 'file name for standard input (config lookup, reports)')
    .option('--no-color', 'no colour in the stylish output')
    .version(VERSION, '-v, --version')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr})
    .showSuggestionAfterError(true)

  try {
    program.parse(argv, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2
    }
    throw error
  }
  const options = program.opts<CliOptions>()
  const paths = program.args

  try {
    return await main(paths, options, io)
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError) {
      io.stderr(`translint: ${error.message}\n`)
      return 2
    }
    io.stderr(`translint: internal error: ${(error as Error).message}\n`)
    return 2
  }
}

class UsageError extends Error {}

async function main(givenPaths: string[], options: CliOptions, io: Io): Promise<number> {
  let paths = givenPaths
  if (options.listRules) {
    io.stdout(listRules())
    return 0
  }
  let maxWarnings: number | undefined
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings)
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings: expected a whole number, got \`${options.maxWarnings}\``)
  }
  const cliRules: Record<string, Severity | [Severity, Record<string, unknown>]> = {}
  for (const value of options.rule) {
    const [id, entry] = parseRuleFlag(value)
    cliRules[id] = entry
  }
  await validateRuleEntries('--rule', cliRules)
  const explicit = options.config ? resolve(io.cwd, options.config) : undefined
  if (explicit) await loadConfigFile(explicit)

  const rulesFor = (config: ResolvedConfig, path: string): RuleSettings => {
    const rules = {...rulesForFile(config, path)}
    for (const [id, entry] of Object.entries(cliRules)) {
      rules[id] = Array.isArray(entry) ? entry : [entry, rules[id]?.[1] ?? {}]
    }
    return rules
  }

  if (options.printConfig) {
    const path = resolve(io.cwd, options.printConfig)
    const config = await configFor(path, explicit)
    io.stdout(
      JSON.stringify(
        {
          configFiles: config.files,
          rules: rulesFor(config, path),
          ignore: config.ignore,
          extensions: config.extensions,
          organizations: config.organizations,
          terminology: config.terminology,
          words: config.words,
          wordFiles: config.wordFiles,
          ignored: isIgnored(config, path)
        },
        null,
        2
      ) + '\n'
    )
    return 0
  }

  const useStdin = options.stdin || paths.includes('-')
  if (options.changedSince && paths.length === 0 && !useStdin) paths = ['.']
  const changed = options.changedSince ? changedSince(options.changedSince, io.cwd) : undefined
  const baseline = options.baseline ? readBaseline(resolve(io.cwd, options.baseline)) : undefined
  if (!useStdin && paths.length === 0) {
    throw new UsageError('no paths given (try `translint seeds/`, `translint --stdin`, or `translint --help`)')
  }

  const fixing = Boolean(options.fix || options.fixDryRun)
  if (options.fixType?.length) {
    for (const type of options.fixType.flatMap((t) => t.split(','))) {
      if (!(FIX_TYPES as readonly string[]).includes(type)) {
        throw new UsageError(`--fix-type: unknown type \`${type}\` (allowed: ${FIX_TYPES.join(', ')})`)
      }
    }
  }
  const fixTypes = options.fixType?.length ? options.fixType.flatMap((t) => t.split(',')) : undefined
  const namedRules = Object.keys(cliRules)
  let jobs: number | undefined
  if (options.jobs !== undefined) {
    jobs = Number(options.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: expected a whole number of 1 or more, got \`${options.jobs}\``)
  }

  const files: VFile[] = []
  let ioFailed = false
  let fixedStdin: string | undefined
  interface Entry {
    task: Task
    absolute: string
    bom: boolean
    stdin: boolean
    settings: LintSettings
  }
  const entries: Entry[] = []
  const addEntry = async (path: string, value: string, source: {bom: boolean; stdin: boolean}) => {
    const config = await configFor(path, explicit)
    const settings = settingsFor(config)
    entries.push({
      task: {
        path: relative(io.cwd, path) || path,
        value,
        rules: rulesFor(config, path),
        settings: {extraOrganizations: settings.extraOrganizations, words: settings.words, glossary: settings.glossary},
        cwd: io.cwd,
        reportUnusedDirectives: options.reportUnusedDisableDirectives,
        fix: fixing ? {types: fixTypes, rules: namedRules} : undefined
      },
      absolute: path,
      settings,
      ...source
    })
  }

  let stdinBom = false
  if (useStdin) {
    let value = await io.readStdin()
    stdinBom = value.startsWith('\uFEFF')
    if (stdinBom) value = value.slice(1)
    await addEntry(resolve(io.cwd, options.stdinFilename ?? 'stdin.txt'), value, {bom: stdinBom, stdin: true})
  }

  const fileList = paths.filter((p) => p !== '-')
  if (fileList.length > 0) {
    const {found, errors} = await expandPaths(fileList, io.cwd, async (dir) => (await configFor(resolve(dir, 'x'), explicit)).extensions)
    for (const error of errors) {
      io.stderr(`translint: ${error.message}\n`)
      ioFailed = true
    }
    for (const {path, explicit: named} of found) {
      if (changed && !changed.has(path)) continue
      const config = await configFor(path, explicit)
      if (!named && isIgnored(config, path)) continue
      let value: string
      let bom = false
      try {
        if (statSync(path).size > 64 * 1024 * 1024) throw new InputError(path, 'is larger than 64 MiB; not linted')
        const buffer = readFileSync(path)
        bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf
        value = decodeUtf8(bom ? buffer.subarray(3) : buffer, path)
      } catch (error) {
        const message = error instanceof InputError ? error.message : `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`
        io.stderr(`translint: ${message}\n`)
        ioFailed = true
        continue
      }
      await addEntry(path, value, {bom, stdin: false})
    }
  }

  const settingsByTask = new Map(entries.map((entry) => [entry.task, entry.settings]))
  const results = await runTasks(
    entries.map((entry) => entry.task),
    {jobs, settingsFor: (task) => settingsByTask.get(task) ?? task.settings}
  )
  for (const [index, {task, absolute, bom, stdin}] of entries.entries()) {
    const {fixed, file} = results[index]
    if (fixed !== undefined) {
      if (options.fixDryRun) {
        if (fixed !== task.value) io.stdout(createTwoFilesPatch(`a/${task.path}`, `b/${task.path}`, task.value, fixed))
      } else if (stdin) {
        fixedStdin = fixed
      } else if (fixed !== task.value) {
        try {
          writeFileAtomic(absolute, (bom ? '\uFEFF' : '') + fixed)
        } catch (error) {
          io.stderr(`translint: ${absolute}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? String(error)}); left unchanged\n`)
          ioFailed = true
        }
      }
    }
    files.push(file)
  }
  if (fixedStdin !== undefined) io.stdout((stdinBom ? '\uFEFF' : '') + fixedStdin)

  if (options.writeBaseline) {
    const target = resolve(io.cwd, options.writeBaseline)
    const recorded = createBaseline(files)
    try {
      writeFileAtomic(target, JSON.stringify(recorded, null, 2) + '\n')
    } catch (error) {
      throw new InputError(target, `cannot write the baseline (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
    const count = recorded.findings.reduce((n, f) => n + f.count, 0)
    io.stderr(`translint: wrote ${count} finding${count === 1 ? '' : 's'} to ${relative(io.cwd, target) || target}\n`)
    return ioFailed ? 2 : 0
  }
  if (baseline) applyBaseline(files, baseline)

  let errors = 0
  let warnings = 0
  for (const file of files) {
    if (options.quiet) file.messages = file.messages.filter((m) => m.fatal === true)
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  const reporter = reporters[options.format]
  const output = reporter(files, {quiet: options.quiet, color: options.outputFile ? false : (options.color !== false && io.color), cwd: io.cwd})
  if (options.outputFile) {
    const target = resolve(io.cwd, options.outputFile)
    try {
      writeFileAtomic(target, output)
    } catch (error) {
      throw new InputError(target, `cannot write the report (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    }
  } else if (output && !options.fixDryRun) {
    // With --fix on standard input, stdout carries the fixed text.
    if (fixedStdin !== undefined) io.stderr(output)
    else io.stdout(output)
  }
  if (timings && timings.size > 0) io.stderr(timingTable(timings))
  if (ioFailed) return 2
  if (errors > 0) return 1
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`translint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
    return 1
  }
  return 0
}

function timingTable(times: Map<string, number>): string {
  const rows = [...times].sort((a, b) => b[1] - a[1])
  const total = rows.reduce((n, [, t]) => n + t, 0)
  const width = Math.max(4, ...rows.map(([id]) => id.length))
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`]
  for (const [id, t] of rows) lines.push(`${id.padEnd(width)} | ${t.toFixed(1).padStart(9)} | ${((100 * t) / total).toFixed(1).padStart(7)}%`)
  return lines.join('\n') + '\n'
}

function listRules(): string {
  const width = Math.max(...allRules.map((r) => r.id.length))
  const lines = allRules.map(
    (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.recommended ? 'recommended' : '           '}  ${r.fixable ? 'fixable' : '       '}  ${r.description}`
  )
  return lines.join('\n') + '\n'
}
