// The commander program. `run(argv, io)` is testable in-process; bin/ only calls it.
// The run itself is a pipeline (pipeline.ts) feeding a report (report.ts).
import {relative, resolve} from 'node:path'
import {isatty} from 'node:tty'
import {Command, CommanderError, Help, Option} from 'commander'
import '../builtin.ts'
import type {RulePack} from '../engine/pack.ts'
import {presetsOf} from '../config/presets.ts'
import {
  ConfigError,
  describeProblem,
  configFor,
  isIgnored,
  loadConfigFile,
  parseRuleFlag,
  rulesForFile,
  validateRuleEntries,
  checkPluginRuleEntries,
  packsOf,
  type ResolvedConfig
} from '../config/load.ts'
import {timings} from '../engine/define-rule.ts'
import {LOCALES, localeFromEnvironment, type Locale} from '../engine/locale.ts'
import type {RuleSettings, Severity} from '../engine/types.ts'
import {reporters} from '../reporters/index.ts'
import {configProblemsJson} from '../reporters/json.ts'
import {readBaseline} from './baseline.ts'
import {ResultCache, type CacheStrategy} from './cache.ts'
import {expandPaths, InputError} from './files.ts'
import {changedSince} from './git.ts'
import {formatBytes, LimitError, MAX_DOCUMENT_BYTES, readStreamLimited} from './limits.ts'
import {runPipeline, type PipelineSummary, type Source, type StdinSource} from './pipeline.ts'
import {decodeDocument} from './read.ts'
import {DELAY_MS, Progress, progressWanted, type ProgressTerminal} from './progress.ts'
import {RunReport} from './report.ts'
import {runStdinJsonl, type StdinJsonlOptions} from './stdin-jsonl.ts'
import {writeFileAtomic} from './write.ts'
import {VERSION} from './version.ts'
import {escapeForTerminal} from '../reporters/escape.ts'
import {findingsCount, listed, say, setTextLocale, textLocale} from './texts.ts'
import {HELP_TEXT, helpExamples, helpLocale, helpTitle, type HelpId} from './help.ts'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Reads all of standard input (bytes, or text already decoded). */
  readStdin: () => Promise<Uint8Array | string>
  cwd: string
  /** Colour in the stylish reporter. */
  color?: boolean
  /** Width of standard output when it is a terminal (the default format fits its lines to it; 80 when not given). */
  columns?: number
  /** Runs between a file's lint and the check before its fixed text is written (tests edit the file there). */
  beforeWrite?: (path: string) => void
  /** Resolves once standard output can take more (a streamed report waits for a slow reader instead of piling up in memory). */
  drained?: () => Promise<void>
  /** Standard error when it is a terminal: a long run draws its progress there (progress.ts). */
  terminal?: ProgressTerminal
  /** Standard input as a stream (`--stdin-jsonl`); without it, `readStdin` is read whole. */
  stdinStream?: () => AsyncIterable<Uint8Array | string>
}

/** Presets that hold (nearly) every rule: listing them beside each rule would say nothing. */
const SUPERSETS = new Set(['translint:all', 'translint:default'])

export const processIo = (): Io => ({
  stdout: reportOut(),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readStreamLimited(process.stdin, MAX_DOCUMENT_BYTES, '<stdin>'),
  cwd: process.cwd(),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  drained: () => drained(process.stdout),
  stdinStream: () => process.stdin,
  // isatty, not process.stderr.isTTY: a run that writes nothing there does not make the stream (about 1 ms).
  terminal: isatty(2)
    ? {
        write: (text) => void process.stderr.write(text),
        get columns() {
          return process.stderr.columns
        }
      }
    : undefined
})

/**
 * Writes to standard output, and stops writing when the reader closes it
 * (`translint corpus/ | head`): the rest of the report has nowhere to go, and
 * an unhandled EPIPE would end the run with a stack trace, in the middle of
 * `--fix` too. The run goes on to its end without the report; any other write
 * error is said once on standard error and makes the exit code 2.
 */
function reportOut(): (text: string) => void {
  let open = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (!open) return
    open = false
    if (error.code === 'EPIPE') return
    process.stderr.write(`translint: cannot write the report to standard output: ${error.message}\n`)
    process.exitCode = 2
  })
  return (text) => {
    if (open) process.stdout.write(text)
  }
}

/** Resolves when a stream can take more writes (or will take none: closed, failed). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve()
  return new Promise((resolve) => {
    const events = ['drain', 'close', 'error'] as const
    const done = () => {
      for (const event of events) stream.off(event, done)
      resolve()
    }
    for (const event of events) stream.on(event, done)
  })
}

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
  followSymlinks?: boolean
  errorOnUnmatchedPattern?: boolean
  cache?: boolean
  cacheLocation?: string
  cacheStrategy?: CacheStrategy
  stdinJsonl?: boolean
  locale?: Locale
}

export const FIX_TYPES = ['artefact', 'typography', 'orthography', 'style'] as const

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  if (argv.includes('--lsp') || argv.includes('--stdio')) {
    // The language server speaks LSP over stdio until the client exits it.
    const {startServer} = await import('../lsp/server.ts')
    startServer()
    return new Promise<number>(() => {})
  }
  if (argv[0] === 'stats' && (argv[1] === 'build' || argv[1] === 'info')) {
    // `translint stats …`: a command of its own (a folder named `stats` is linted as `./stats`).
    const {runStats} = await import('./stats-command.ts')
    return runStats(argv.slice(1), io)
  }
  const helpIn = helpLocale(argv)
  const h = (id: HelpId): string => HELP_TEXT[id][helpIn]
  const program = new Command('translint')
  program
    .description(h('description'))
    .argument('[paths...]', h('paths'))
    .addOption(new Option('-f, --format <name>', h('format')).choices(Object.keys(reporters)).default('stylish'))
    .option('-o, --output-file <path>', h('outputFile'))
    .addOption(new Option('--locale <language>', h('locale')).choices([...LOCALES]))
    .option('-c, --config <path>', h('config'))
    .option('-r, --rule <id:severity>', h('rule'), collect, [])
    .option('-q, --quiet', h('quiet'))
    .option('--max-warnings <n>', h('maxWarnings'))
    .option('--list-rules', h('listRules'))
    .option('--print-config <file>', h('printConfig'))
    .option('--fix', h('fix'))
    .option('--fix-dry-run', h('fixDryRun'))
    .option('--fix-type <types>', h('fixType').replace('{types}', FIX_TYPES.join(', ')), collect, [])
    .option('--baseline <file>', h('baseline'))
    .option('--write-baseline <file>', h('writeBaseline'))
    .option('--changed-since <ref>', h('changedSince'))
    .option('--report-unused-disable-directives', h('reportUnusedDisableDirectives'))
    .option('-j, --jobs <n>', h('jobs'))
    .option('--lsp', h('lsp'))
    .option('--cache', h('cache'))
    .option('--cache-location <path>', h('cacheLocation'))
    .addOption(new Option('--cache-strategy <strategy>', h('cacheStrategy')).choices(['content', 'metadata']).default('content'))
    .option('--follow-symlinks', h('followSymlinks'))
    .option('--no-error-on-unmatched-pattern', h('noErrorOnUnmatchedPattern'))
    .option('--stdin', h('stdin'))
    .option('--stdin-jsonl', h('stdinJsonl'))
    .option('--stdin-filename <path>', h('stdinFilename'))
    .option('--no-color', h('noColor'))
    .version(VERSION, '-v, --version', h('version'))
    .helpOption('-h, --help', h('help'))
    .configureHelp({
      styleTitle: (title) => helpTitle(title, helpIn),
      // Commander adds `(choices: …, default: …)` in English after each description.
      optionDescription(this: Help, option) {
        const text = Help.prototype.optionDescription.call(this, option)
        return helpIn === 'ar' ? text.replaceAll('choices: ', 'القيم: ').replaceAll('default: ', 'الافتراضي: ').replaceAll('", "', '"، "') : text
      }
    })
    .addHelpText('after', helpExamples(helpIn))
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
  setTextLocale(options.locale ?? localeFromEnvironment())

  try {
    return await main(paths, options, io)
  } catch (error) {
    if (error instanceof ConfigError) {
      // Every problem on a line of its own; for the JSON formats, also as a report on the config files.
      for (const problem of error.problems) io.stderr(`translint: ${escapeForTerminal(describeProblem(problem))}\n`)
      if (options.format === 'json' || options.format === 'jsonl') {
        const report = configProblemsJson(error.problems, io.cwd, options.format)
        if (options.outputFile) {
          try {
            writeFileAtomic(resolve(io.cwd, options.outputFile), report)
          } catch {
            // The problems are on standard error already.
          }
        } else io.stdout(report)
      }
      return 2
    }
    if (error instanceof InputError || error instanceof UsageError || error instanceof LimitError) {
      io.stderr(`translint: ${escapeForTerminal(error.message)}\n`)
      return 2
    }
    io.stderr(`translint: ${say('internalError', {message: escapeForTerminal(String((error as Error).message))})}\n`)
    return 2
  }
}

class UsageError extends Error {}

async function main(givenPaths: string[], options: CliOptions, io: Io): Promise<number> {
  let paths = givenPaths
  let maxWarnings: number | undefined
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings)
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(say('maxWarningsValue', {value: String(options.maxWarnings)}))
  }
  const cliRules: Record<string, Severity | [Severity, Record<string, unknown>]> = {}
  for (const value of options.rule) {
    const [id, entry] = parseRuleFlag(value)
    cliRules[id] = entry
  }
  await validateRuleEntries('--rule', cliRules)
  const explicit = options.config ? resolve(io.cwd, options.config) : undefined
  if (explicit) await loadConfigFile(explicit)
  if (options.listRules) {
    // The built-in rules and those of the packs the config here (or `--config`) names.
    io.stdout(listRules(packsOf(await configFor(resolve(io.cwd, 'x'), explicit))))
    return 0
  }
  // The run's own texts follow the config of the working folder (or --config) when it names a language;
  // a config that cannot be read is reported where it applies, not here.
  if (!options.locale) {
    const config = await configFor(resolve(io.cwd, 'x'), explicit).catch(() => undefined)
    if (config?.locale) setTextLocale(config.locale)
  }

  // One merged object per config (not per file), so the processor built for it is reused.
  const withCliRules = new WeakMap<RuleSettings, RuleSettings>()
  const rulesFor = (config: ResolvedConfig, path: string): RuleSettings => {
    const base = rulesForFile(config, path)
    if (Object.keys(cliRules).length === 0) return base
    let rules = withCliRules.get(base)
    if (!rules) {
      checkPluginRuleEntries(cliRules, config)
      rules = {...base}
      for (const [id, entry] of Object.entries(cliRules)) {
        rules[id] = Array.isArray(entry) ? entry : [entry, rules[id]?.[1] ?? {}]
      }
      withCliRules.set(base, rules)
    }
    return rules
  }

  if (options.stdinJsonl) return stdinJsonl(paths, options, io, explicit, rulesFor)

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
          stats: config.stats,
          plugins: config.plugins.map((plugin) => ({name: plugin.pack.name, version: plugin.pack.version, specifier: plugin.specifier, file: plugin.file})),
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
    throw new UsageError(say('noPaths'))
  }

  if (options.fixType?.length) {
    for (const type of options.fixType.flatMap((t) => t.split(','))) {
      if (!(FIX_TYPES as readonly string[]).includes(type)) {
        throw new UsageError(say('fixTypeUnknown', {type, allowed: listed([...FIX_TYPES])}))
      }
    }
  }
  const fixTypes = options.fixType?.length ? options.fixType.flatMap((t) => t.split(',')) : undefined
  const fixing = Boolean(options.fix || options.fixDryRun)
  let jobs: number | undefined
  if (options.jobs !== undefined) {
    jobs = Number(options.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(say('jobsValue', {value: String(options.jobs)}))
  }

  const stdin = useStdin ? await readStdinSource(io, resolve(io.cwd, options.stdinFilename ?? 'stdin.txt')) : undefined
  const fixesStdin = Boolean(stdin && options.fix && !options.fixDryRun)
  const fileList = paths.filter((p) => p !== '-')
  const expandOptions = {
    cwd: io.cwd,
    followSymlinks: options.followSymlinks,
    errorOnUnmatched: options.errorOnUnmatchedPattern,
    extensionsFor: async (dir: string) => (await configFor(resolve(dir, 'x'), explicit)).extensions
  }
  const progress = fileList.length > 0 && io.terminal && progressWanted(true) ? startProgress(io.terminal, fileList, expandOptions) : undefined
  if (progress) io = besideProgress(io, progress)
  const report = new RunReport(
    {
      format: options.format,
      quiet: options.quiet,
      color: options.color !== false && io.color,
      columns: io.columns,
      outputFile: options.outputFile ? resolve(io.cwd, options.outputFile) : undefined,
      toStderr: fixesStdin,
      dryRun: options.fixDryRun,
      printFixed: fixesStdin,
      baseline,
      recordBaseline: Boolean(options.writeBaseline)
    },
    io
  )
  const fix = fixing ? {types: fixTypes, rules: Object.keys(cliRules)} : undefined
  const cache =
    options.cache && fileList.length > 0
      ? new ResultCache({
          location: options.cacheLocation,
          strategy: options.cacheStrategy,
          cwd: io.cwd,
          fix,
          reportUnusedDirectives: options.reportUnusedDisableDirectives,
          notice: (text) => io.stderr(`translint: ${escapeForTerminal(text)}\n`)
        })
      : undefined
  async function* sources(): AsyncGenerator<Source> {
    if (stdin) yield stdin
    yield* expandPaths(fileList, expandOptions)
  }
  let summary
  try {
    summary = await runPipeline(
      sources(),
      {
        cwd: io.cwd,
        explicitConfig: explicit,
        rulesFor,
        fix,
        write: Boolean(options.fix && !options.fixDryRun),
        handleSignals: Boolean(options.outputFile || cache),
        reportUnusedDirectives: options.reportUnusedDisableDirectives,
        changed,
        jobs,
        locale: options.locale,
        beforeWrite: io.beforeWrite,
        // Corpus mode: `--format jsonl` streams a TSV pair by pair, whatever its size.
        corpus: options.format === 'jsonl' && !fixing && !options.outputFile && !options.writeBaseline && !baseline ? io.stdout : undefined,
        cache
      },
      async (outcome) => {
        progress?.fileDone(outcome.bytes ?? 0)
        report.add(outcome)
        await io.drained?.()
      }
    )
    progress?.stop()
    await report.end()
    cache?.finish()
  } catch (error) {
    progress?.stop()
    report.abort()
    cache?.abort()
    throw error
  }
  let failed = report.failed
  if (summary.linted === 0 && !stdin) {
    const reason = nothingLinted(fileList, summary, options.changedSince)
    if (options.changedSince && summary.unchanged > 0 && summary.ignored === 0) {
      io.stderr(`translint: ${escapeForTerminal(reason)}\n`)
    } else if (options.errorOnUnmatchedPattern !== false && !report.failed) {
      io.stderr(`translint: ${escapeForTerminal(say('unmatchedAllowed', {reason}))}\n`)
      failed = true
    }
  }

  if (options.writeBaseline) {
    const target = resolve(io.cwd, options.writeBaseline)
    const recorded = report.recorder!.result()
    try {
      writeFileAtomic(target, JSON.stringify(recorded, null, 2) + '\n')
    } catch (error) {
      throw new InputError(target, say('cannotWriteBaseline', {code: (error as NodeJS.ErrnoException).code ?? String(error)}))
    }
    const count = recorded.findings.reduce((n, f) => n + f.count, 0)
    io.stderr(`translint: ${say('wroteBaseline', {findings: findingsCount(count), path: escapeForTerminal(relative(io.cwd, target) || target)})}\n`)
    return failed ? 2 : 0
  }
  if (timings && timings.size > 0) io.stderr(timingTable(timings))
  if (failed) return 2
  if (report.errors > 0) return 1
  if (maxWarnings !== undefined && report.warnings > maxWarnings) {
    io.stderr(`translint: ${say('tooManyWarnings', {count: report.warnings, max: maxWarnings})}\n`)
    return 1
  }
  return 0
}

/** The progress line of a run over files, with their total counted by a walk of the same paths alongside the run. */
function startProgress(terminal: ProgressTerminal, paths: string[], expandOptions: Parameters<typeof expandPaths>[1]): Progress {
  const delay = Number(process.env.TRANSLINT_PROGRESS_DELAY_MS ?? DELAY_MS)
  const progress = new Progress(terminal, Number.isFinite(delay) && delay >= 0 ? delay : DELAY_MS)
  void (async () => {
    let files = 0
    let bytes = 0
    for await (const found of expandPaths(paths, {...expandOptions, errorOnUnmatched: false})) {
      if (found instanceof InputError) continue
      files++
      bytes += found.size
    }
    progress.setTotal(files, bytes)
  })().catch(() => {})
  return progress
}

/** Output to the terminal erases the progress line first, so the two never mix. */
function besideProgress(io: Io, progress: Progress): Io {
  return {
    ...io,
    stdout: (text) => {
      progress.clear()
      io.stdout(text)
    },
    stderr: (text) => {
      progress.clear()
      io.stderr(text)
    }
  }
}

/** `--stdin-jsonl`: records in, one findings line per record out (stdin-jsonl.ts). */
async function stdinJsonl(paths: string[], options: CliOptions, io: Io, explicitConfig: string | undefined, rulesFor: StdinJsonlOptions['rulesFor']): Promise<number> {
  const clash = [
    paths.length > 0 && 'paths',
    options.stdin && '--stdin',
    options.fix && '--fix',
    options.fixDryRun && '--fix-dry-run',
    options.cache && '--cache',
    options.outputFile && '--output-file',
    options.baseline && '--baseline',
    options.writeBaseline && '--write-baseline',
    options.changedSince && '--changed-since',
    options.format !== 'stylish' && options.format !== 'jsonl' && `--format ${options.format}`
  ].filter(Boolean)
  if (clash.length > 0) throw new UsageError(say('stdinJsonlClash', {flags: listed(clash as string[])}))
  const input = io.stdinStream?.() ?? (async function* () {
    yield await io.readStdin()
  })()
  const summary = await runStdinJsonl(input, {
    cwd: io.cwd,
    path: options.stdinFilename ?? 'stdin.txt',
    explicitConfig,
    rulesFor,
    quiet: options.quiet,
    reportUnusedDirectives: options.reportUnusedDisableDirectives,
    write: io.stdout,
    drained: io.drained,
    locale: options.locale
  })
  if (timings && timings.size > 0) io.stderr(timingTable(timings))
  // Findings are the output's data, not the exit code's: 1 says some record got an error line instead.
  return summary.bad > 0 ? 1 : 0
}

/** Why a run linted no file, for its message. */
function nothingLinted(paths: string[], summary: PipelineSummary, changedSince?: string): string {
  const given = paths.map((p) => `\`${p}\``).join(textLocale() === 'ar' ? '، ' : ', ')
  if (summary.ignored > 0 && summary.unchanged === 0) return say('nothingIgnored', {given})
  if (summary.unchanged > 0) return say('nothingChanged', {given, ref: changedSince ?? ''})
  return say('nothingMatched', {given})
}

async function readStdinSource(io: Io, path: string): Promise<StdinSource> {
  const input = await io.readStdin()
  if (typeof input !== 'string') return {stdin: true, path, ...decodeDocument(input, '<stdin>')}
  if (Buffer.byteLength(input) > MAX_DOCUMENT_BYTES) throw new InputError('<stdin>', say('tooLarge', {size: formatBytes(MAX_DOCUMENT_BYTES)}))
  const bom = input.startsWith('\uFEFF')
  return {stdin: true, path, text: bom ? input.slice(1) : input, bom}
}

function timingTable(times: Map<string, number>): string {
  const rows = [...times].sort((a, b) => b[1] - a[1])
  const total = rows.reduce((n, [, t]) => n + t, 0)
  const width = Math.max(4, ...rows.map(([id]) => id.length))
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`]
  for (const [id, t] of rows) lines.push(`${id.padEnd(width)} | ${t.toFixed(1).padStart(9)} | ${((100 * t) / total).toFixed(1).padStart(7)}%`)
  return lines.join('\n') + '\n'
}

function listRules(packs: RulePack[]): string {
  const allRules = packs.flatMap((pack) => pack.rules)
  const width = Math.max(...allRules.map((r) => r.id.length))
  const presets = new Map(allRules.map((r) => [r.id, presetsOf(r.id, packs).filter((name) => !SUPERSETS.has(name)).join(',') || '-']))
  const presetWidth = Math.max(...[...presets.values()].map((p) => p.length))
  const lines = allRules.map(
    (r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(5)}  ${r.fixable ? 'fixable' : '       '}  ${presets.get(r.id)!.padEnd(presetWidth)}  ${r.description}`
  )
  return lines.join('\n') + '\n'
}
