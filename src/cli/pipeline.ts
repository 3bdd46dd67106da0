// The run, file by file: find → read → lint (and fix) → write → hand over the
// result, in the order of the file list. Only the files in flight are in
// memory (one in this thread; about two per worker thread), so a run's memory
// does not grow with the number of files, and a file is written right after it
// is linted, which keeps the time between its read and its write short.
// Whatever goes wrong with one file (unreadable, a rule that throws, edited
// while it was fixed) is said for that file, and the run goes on.
import {availableParallelism} from 'node:os'
import {dirname, relative} from 'node:path'
import {realpathSync} from 'node:fs'
import {VFile} from 'vfile'
import {configFor, isIgnored, type ResolvedConfig} from '../config/load.ts'
import {createPool, decidingBytes, jobsFor, partsOf, type Pool} from '../engine/pool.ts'
import {localeFromEnvironment, type Locale} from '../engine/locale.ts'
import {localeFor, settingsFor} from '../engine/settings.ts'
import {streamCorpus} from '../bitext/corpus.ts'
import {loadBitext} from '../bitext/registry.ts'
import {FIX_MAX_FINDINGS_PER_RULE, type InternalError, type Task, type TaskResult} from '../engine/task.ts'
import type {LintSettings, RuleSettings} from '../engine/types.ts'
import type {ResultCache} from './cache.ts'
import {InputError, type FoundFile} from './files.ts'
import {cleanFolder, type FolderCleanup} from './journal.ts'
import {readDocument, type Document} from './read.ts'
import {cleanUpOnSignals} from './signals.ts'
import {LARGE_RUN_BYTES, tuneForLargeRun} from './large-run.ts'
import {writeFixed} from './write.ts'
import {say} from './texts.ts'

export interface PipelineOptions {
  cwd: string
  /** `--config`, instead of discovery. */
  explicitConfig?: string
  rulesFor: (config: ResolvedConfig, path: string) => RuleSettings
  /** Fix (for `--fix` and `--fix-dry-run`): only rules of these kinds / with these ids when given. */
  fix?: {types?: string[]; rules: string[]}
  /** Write the fixes to the files (`--fix`, not a dry run). */
  write?: boolean
  reportUnusedDirectives?: boolean
  /** `--changed-since`: only these absolute paths. */
  changed?: Set<string>
  /** `--jobs`. */
  jobs?: number
  /** Clean up on SIGINT/SIGTERM even without `write` (a report file is being written). */
  handleSignals?: boolean
  /** Runs between a file's lint and its write's check (a test makes an edit there). */
  beforeWrite?: (path: string) => void
  /**
   * Corpus mode (`--format jsonl`): a TSV is read as a stream and its lines,
   * one per pair, written here as each batch is done (src/bitext/corpus.ts).
   */
  corpus?: (text: string) => void
  /** `--cache`: findings of unchanged files are taken from it, and every file's are kept in it. */
  cache?: ResultCache
  /** `--locale`: the language of the messages, over the config's `locale` and the environment. */
  locale?: Locale
}

/** Standard input, already read (and checked against the size limit). */
export interface StdinSource {
  stdin: true
  /** Absolute path for config lookup (`--stdin-filename`). */
  path: string
  text: string
  bom: boolean
}

export type Source = FoundFile | StdinSource | InputError

/** One file's result, handed over in the order of the file list. */
export interface FileOutcome {
  /** The findings (of the fixed text when it was fixed); undefined when the file could not be read. */
  file?: VFile
  /** Lines for standard error, about this file. */
  notices: string[]
  /** Something went wrong with this file (exit 2). */
  failed: boolean
  /** A TSV streamed in corpus mode: its lines are already written; its findings counted here. */
  corpus?: {errors: number; warnings: number}
  /** The text as read and as fixed (for a dry run's diff and standard input's `--fix`). */
  text?: string
  fixed?: string
  bom?: boolean
  stdin?: boolean
  /** Bytes of the file (for the progress bar). */
  bytes?: number
}

export interface PipelineSummary {
  /** Files read and linted. */
  linted: number
  /** Files found but skipped by the config's `ignore`. */
  ignored: number
  /** Files found but left out by `--changed-since`. */
  unchanged: number
  /** Files whose findings came from the cache (counted in `linted` too). */
  cached: number
}

/** One line per distinct failure: the rules that failed the same way are named together. */
function describeInternal(shown: string, errors: InternalError[], fixing: boolean): string[] {
  const byMessage = new Map<string, (string | null)[]>()
  for (const error of errors) byMessage.set(error.message, [...(byMessage.get(error.message) ?? []), error.ruleId])
  return [...byMessage].map(([message, ruleIds]) => {
    const rules = ruleIds.filter((id) => id !== null).map((id) => `\`${id}\``)
    const where = rules.length === 0 ? say('whileParsing') : say(rules.length > 1 ? 'inRules' : 'inRule', {rules: {en: rules.join(', '), ar: rules.join('، ')}})
    const consequence = say(rules.length === 0 ? 'notLinted' : fixing ? 'incompleteNotFixed' : 'incomplete')
    return say('internalInFile', {path: shown, where, message, consequence})
  })
}

/** Said of a file not fixed because a rule had more findings than --fix takes on at once. */
function tooManyToFix(shown: string, result: TaskResult): string[] {
  if (!result.tooManyToFix) return []
  const rules = result.tooManyToFix.map((id) => `\`${id}\``)
  return [say('tooManyToFix', {path: shown, max: FIX_MAX_FINDINGS_PER_RULE, rules: {en: rules.join(', '), ar: rules.join('، ')}})]
}

/** A document the parser could not read has no findings to report, only its error. */
function unlinted(result: TaskResult): boolean {
  return result.errors.some((error) => error.ruleId === null)
}

/**
 * Look ahead at the first sources (paths and sizes, not contents) to decide
 * how many threads the run is worth and whether it is large (large-run.ts);
 * they are handed back to be run.
 */
export async function plan(sources: AsyncIterator<Source>, jobs: number | undefined): Promise<{jobs: number; head: Source[]}> {
  const oneThread = jobs === 1 || (jobs === undefined && availableParallelism() < 2)
  const head: Source[] = []
  const enough = Math.max(LARGE_RUN_BYTES, jobs === undefined && !oneThread ? decidingBytes() : 0)
  let bytes = 0
  let files = 0
  // A long plain-text file counts for as many threads as it can keep busy (its sections are spread over them).
  let parts = 0
  // A found file is its path and size: tens of thousands of them are a few megabytes.
  while ((bytes < enough || (!oneThread && parts < (jobs ?? 2))) && files < 65536) {
    const next = await sources.next()
    if (next.done) break
    head.push(next.value)
    const size = sizeOf(next.value)
    bytes += size
    parts += 'path' in next.value ? partsOf(next.value.path, size) : 1
    files++
  }
  if (bytes >= LARGE_RUN_BYTES || files >= 65536) tuneForLargeRun()
  return {jobs: oneThread ? 1 : jobsFor({bytes, files, parts}, jobs), head}
}

/**
 * Files in flight at most, for each worker: what a worker may hold (16 small
 * ones, pool.ts) and what this thread lints meanwhile, so that neither waits
 * for the oldest file to be handed over. With 36 in all, this thread sat
 * idle for 39% of a run over 100 MB of news beside a worker busy all the
 * time (CPU profiles); with 256, 2%.
 */
const WINDOW_FILES_PER_WORKER = 64

/**
 * Milliseconds between two turns of the event loop that the run takes on
 * its own (it also turns whenever it waits for a file, or for output to
 * drain). A turn after every file cost a run from the cache, 37,526 files
 * answered in 2.0 s, about 0.3 s of polling.
 */
const TURN_MS = 4

/** The files in flight beyond the least the window holds stay under this many bytes together. */
const WINDOW_BYTES = 2 * 1024 * 1024

/** A source's size in bytes (of a file as found, of standard input's text in code units). */
function sizeOf(source: Source): number {
  return 'size' in source ? source.size : 'text' in source ? source.text.length : 0
}

export async function runPipeline(
  sources: AsyncIterable<Source>,
  options: PipelineOptions,
  onFile: (outcome: FileOutcome) => void | Promise<void>
): Promise<PipelineSummary> {
  const summary: PipelineSummary = {linted: 0, ignored: 0, unchanged: 0, cached: 0}
  const iterator = sources[Symbol.asyncIterator]()
  const {jobs, head} = await plan(iterator, options.jobs)
  const pool = createPool(jobs)
  const stopHandlingSignals = options.write || options.handleSignals ? cleanUpOnSignals() : () => {}
  const run = new Run(options, pool, summary)
  // Files in flight, oldest first: results are handed over in order. With
  // workers, enough for each to hold two while this thread lints a few more,
  // so neither waits for the other to hand over the oldest; and while the
  // files are small, more (as many as the workers may hold, pool.ts), up to
  // WINDOW_BYTES of them.
  const window: Promise<FileOutcome | undefined>[] = []
  const windowSizes: number[] = []
  let windowBytes = 0
  const least = pool.workers === 0 ? 1 : pool.workers * 2 + 4
  const most = pool.workers === 0 ? 1 : pool.workers * WINDOW_FILES_PER_WORKER + 4
  const full = () => window.length >= most || (window.length >= least && windowBytes >= WINDOW_BYTES)
  try {
    let lastTurn = Date.now()
    const next = async () => {
      windowBytes -= windowSizes.shift()!
      const outcome = await window.shift()!
      if (outcome) await onFile(outcome)
      // A turn of the event loop between files, every TURN_MS at least: signals are handled, workers heard.
      if (Date.now() - lastTurn >= TURN_MS) {
        await new Promise((resolve) => setImmediate(resolve))
        lastTurn = Date.now()
      }
    }
    const start = (source: Source) => {
      const outcome = run.process(source)
      // Awaited in its turn; until then a failure (a broken config) must not count as unhandled.
      outcome.catch(() => {})
      window.push(outcome)
      const bytes = sizeOf(source)
      windowSizes.push(bytes)
      windowBytes += bytes
    }
    // The sources planned on, then the rest as they are found.
    for (const source of head) {
      start(source)
      while (full()) await next()
    }
    for (let item = await iterator.next(); !item.done; item = await iterator.next()) {
      start(item.value)
      while (full()) await next()
    }
    while (window.length > 0) await next()
  } finally {
    stopHandlingSignals()
    await pool.close()
  }
  return summary
}

/** The state of one run: its pool, the folders already cleaned of stale sidecars. */
class Run {
  private readonly cleaned = new Map<string, FolderCleanup>()
  private readonly realFolders = new Map<string, string>()
  private readonly carried = new WeakMap<LintSettings, Task['settings']>()

  constructor(
    private readonly options: PipelineOptions,
    private readonly pool: Pool,
    private readonly summary: PipelineSummary
  ) {}

  /** The settings of files under `config`, their messages in the run's language. */
  private settingsFor(config: ResolvedConfig) {
    return settingsFor(config, this.localeOf(config))
  }

  /** The environment's language, read once a run (process.env is slow to read: once a file cost 0.6% of a run). */
  private environmentLocale: Locale | undefined

  private readonly fromEnvironment = (): Locale => (this.environmentLocale ??= localeFromEnvironment())

  /** The language of the messages for files under `config`. */
  private localeOf(config: ResolvedConfig): Locale {
    return localeFor(config, this.options.locale, this.fromEnvironment)
  }

  private shown(path: string): string {
    return relative(this.options.cwd, path) || path
  }

  async process(source: Source): Promise<FileOutcome | undefined> {
    if (source instanceof InputError) return {notices: [source.message], failed: true}
    if ('stdin' in source) return this.lintStdin(source)
    const {changed, explicitConfig} = this.options
    if (changed && !changed.has(source.path)) {
      this.summary.unchanged++
      return undefined
    }
    const config = await configFor(source.path, explicitConfig)
    if (!source.explicit && isIgnored(config, source.path)) {
      this.summary.ignored++
      return undefined
    }
    if (this.options.corpus && /\.tsv$/i.test(source.path)) return this.streamTsv(source.path, config, this.options.corpus)
    return this.lintFile(source, config)
  }

  private async streamTsv(path: string, config: ResolvedConfig, write: (text: string) => void): Promise<FileOutcome> {
    await loadBitext()
    try {
      const counts = await streamCorpus(path, {path: this.shown(path), rules: this.options.rulesFor(config, path), settings: this.settingsFor(config), write})
      this.summary.linted++
      return {notices: [], failed: false, corpus: counts}
    } catch (error) {
      return {notices: [`${this.shown(path)}: ${say('cannotRead', {code: (error as NodeJS.ErrnoException).code ?? (error as Error).message})}`], failed: true}
    }
  }

  /**
   * What a task carries of a config's settings: one object per settings
   * object (so for every file under one config), which a worker is sent once
   * (see `posted` in pool.ts).
   */
  private taskSettings(config: ResolvedConfig): Task['settings'] {
    const settings = this.settingsFor(config)
    let carried = this.carried.get(settings)
    if (!carried) {
      carried = {
        extraOrganizations: settings.extraOrganizations,
        words: settings.words,
        glossary: settings.glossary,
        statsFiles: settings.statsFiles,
        useStats: settings.useStats,
        locale: settings.locale
      }
      this.carried.set(settings, carried)
    }
    return carried
  }

  private task(path: string, text: string, config: ResolvedConfig, fix: boolean): Task {
    return {
      path: this.shown(path),
      value: text,
      rules: this.options.rulesFor(config, path),
      settings: this.taskSettings(config),
      cwd: this.options.cwd,
      reportUnusedDirectives: this.options.reportUnusedDirectives,
      fix: fix ? this.options.fix : undefined,
      plugins: config.plugins.length > 0 ? config.plugins.map(({file, specifier}) => ({file, specifier})) : undefined
    }
  }

  private lint(task: Task, config: ResolvedConfig): Promise<TaskResult> {
    // In this thread the shared settings object is used, with its caches.
    return this.pool.run(task, this.settingsFor(config))
  }

  private async lintStdin(source: StdinSource): Promise<FileOutcome> {
    const config = await configFor(source.path, this.options.explicitConfig)
    const result = await this.lint(this.task(source.path, source.text, config, Boolean(this.options.fix)), config)
    this.summary.linted++
    const notices = [...describeInternal(this.shown(source.path), result.errors, Boolean(this.options.fix)), ...tooManyToFix(this.shown(source.path), result)]
    return {file: unlinted(result) ? undefined : result.file, notices, failed: notices.length > 0, text: source.text, fixed: result.fixed, bom: source.bom, stdin: true}
  }

  /** Before a file is read: settle what dead runs left in its folder (once per folder). */
  private cleanup({path}: FoundFile, realFolder: string | undefined): FolderCleanup | undefined {
    let dir: string
    try {
      dir = realFolder ?? dirname(realpathSync(path))
    } catch {
      // Not there: perhaps moved aside by a run that was killed, which the folder's cleanup puts back.
      try {
        dir = realpathSync(dirname(path))
      } catch {
        return undefined
      }
    }
    let cleanup = this.cleaned.get(dir)
    if (!cleanup) {
      cleanup = cleanFolder(dir, (p) => this.shown(p))
      this.cleaned.set(dir, cleanup)
      return cleanup
    }
    // Reported with the first file of the folder only.
    return {notices: [], failed: false, blocked: cleanup.blocked}
  }

  /**
   * The folder of a file found in a folder (not a symlink), every symlink
   * resolved, once per folder (a cached run otherwise spent a tenth of its
   * time resolving each file's); undefined for any other file or a folder
   * that is not there.
   */
  private realFolder({path, direct}: FoundFile): string | undefined {
    if (!direct) return undefined
    const dir = dirname(path)
    let real = this.realFolders.get(dir)
    if (real === undefined) {
      try {
        real = realpathSync(dir)
      } catch {
        return undefined
      }
      this.realFolders.set(dir, real)
    }
    return real
  }

  private async lintFile(file: FoundFile, config: ResolvedConfig): Promise<FileOutcome> {
    const {write, fix, cache} = this.options
    const {path} = file
    const shown = this.shown(path)
    // In every run, not only with --fix: a file left half written by a killed run is finished before it is read.
    const realFolder = this.realFolder(file)
    const cleanup = this.cleanup(file, realFolder)
    const outcome: FileOutcome = {notices: [...(cleanup?.notices ?? [])], failed: cleanup?.failed ?? false}
    const key = cache?.keyFor(config, this.options.rulesFor(config, path), this.localeOf(config))
    if (cache && key) {
      const hit = cache.byStatus(path, key, shown, file.status)
      if (hit) return this.cached(Object.assign(outcome, {file: hit.result.file, bytes: hit.size}))
    }
    // A file edited while it was being fixed is left as it is (said, exit 2) and read
    // again for the report, so its findings are those of the text on disk. One
    // changed only by fixes of this run's rules (another translint fixing it at
    // the same time, say with another --fix-type) is fixed again, once.
    let readBefore: string | undefined
    for (let attempt = 1; ; attempt++) {
      let document: Document
      try {
        document = readDocument(path, shown, realFolder)
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        cache?.forget(path)
        outcome.notices.push(error.message)
        outcome.failed = true
        return outcome
      }
      const {snapshot} = document
      if (cache && key && attempt === 1) {
        const hit = cache.byContent(path, key, shown, document.text, snapshot)
        if (hit) return this.cached(Object.assign(outcome, {file: hit.file, text: document.text, bom: document.bom, bytes: snapshot.bytes.length}))
      }
      const blocked = cleanup?.blocked.has(snapshot.target) ?? false
      const byFixesOnly = attempt === 2 && readBefore !== undefined && (await this.changedByFixesOnly(path, readBefore, document.text, config))
      const fixing = Boolean(fix) && !blocked && (attempt === 1 || byFixesOnly)
      const result = await this.lint(this.task(path, document.text, config, fixing), config)
      if (attempt === 1) this.summary.linted++
      Object.assign(outcome, {file: result.file, text: document.text, fixed: result.fixed, bom: document.bom, bytes: snapshot.bytes.length})
      if (result.errors.length > 0) {
        cache?.forget(path)
        outcome.notices.push(...describeInternal(shown, result.errors, Boolean(fix)))
        if (unlinted(result)) outcome.file = undefined
        outcome.failed = true
        return outcome
      }
      if (result.tooManyToFix) {
        outcome.notices.push(...tooManyToFix(shown, result))
        outcome.failed = true
      }
      if (!write || !fixing || result.fixed === undefined || result.fixed === document.text) {
        if (attempt > 1 && !byFixesOnly) {
          outcome.notices.push(say('changedWhileFixing', {path: shown}))
          outcome.failed = true
        }
        // A dry run's findings are of the fixed text, which is not on disk.
        const ofTheBytesRead = result.fixed === undefined || result.fixed === document.text
        if (cache && key && ofTheBytesRead && !outcome.failed) cache.store(path, key, result, snapshot.bytes, snapshot)
        else cache?.forget(path)
        return outcome
      }
      const data = Buffer.from((document.bom ? '\uFEFF' : '') + result.fixed, 'utf8')
      try {
        const hook = this.options.beforeWrite
        if (writeFixed(snapshot, data, hook ? {beforeCheck: () => hook(path)} : {}) === 'written') {
          // The findings are of the fixed text: kept under the bytes written.
          if (cache && key) cache.store(path, key, result, data)
          return outcome
        }
      } catch (error) {
        cache?.forget(path)
        outcome.notices.push(say('cannotWriteFixed', {path: shown, code: (error as NodeJS.ErrnoException).code ?? (error as Error).message}))
        outcome.failed = true
        return outcome
      }
      // Changed since it was read: read it again, to fix it again or to report it as it is.
      readBefore = document.text
    }
  }

  /**
   * Whether `now` is `before` with some of the fixes this run's rules make:
   * fixing both with every fixable rule of the config gives the same text.
   * An edit by anyone else changes what fixing gives (costs two fixes, only
   * for a file that changed while it was being fixed).
   */
  private async changedByFixesOnly(path: string, before: string, now: string, config: ResolvedConfig): Promise<boolean> {
    const fixAll = async (text: string) => {
      const result = await this.lint({...this.task(path, text, config, false), fix: {}}, config)
      return result.errors.length > 0 ? undefined : (result.fixed ?? text)
    }
    const [a, b] = [await fixAll(before), await fixAll(now)]
    return a !== undefined && a === b
  }

  /** A file whose findings came from the cache: not linted, not fixed (it has nothing to fix). */
  private cached(outcome: FileOutcome): FileOutcome {
    this.summary.linted++
    this.summary.cached++
    return outcome
  }
}
