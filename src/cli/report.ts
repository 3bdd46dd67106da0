// What the run does with each file's result, in order: notices to standard
// error, the dry run's diff, the baseline (recorded or applied), `--quiet`,
// the counts behind the exit status, and the report itself, streamed to its
// destination (standard output, standard error, or a file that appears
// complete, atomically, at the end).
import type {VFile} from 'vfile'
import {reporters} from '../reporters/index.ts'
import {reportStream, type ReportStream} from '../reporters/stream.ts'
import {CHANGES_TEXTS, formatChanges} from '../reporters/changes.ts'
import type {Io} from './index.ts'
import {type Baseline, type LegacyBaseline, BaselineRecorder, baselineFilter} from './baseline.ts'
import {InputError} from './files.ts'
import type {FileOutcome} from './pipeline.ts'
import {openAtomic, type AtomicFile} from './write.ts'
import {readDocument} from './read.ts'
import {resolve} from 'node:path'
import {escapeForTerminal} from '../reporters/escape.ts'
import {say, textLocale} from './texts.ts'
import {findingsIn} from '../engine/findings-limit.ts'

export interface ReportOptions {
  format: string
  quiet?: boolean
  color?: boolean
  /** `--output-file` (absolute). */
  outputFile?: string
  /** The report goes to standard error (standard output carries the fixed text of `--stdin --fix`). */
  toStderr?: boolean
  /** Width of the terminal (the default format and the dry run fit their lines to it). */
  columns?: number
  /** `--fix-dry-run`: print the changes word by word, no report. */
  dryRun?: boolean
  /** `--fix --stdin`: print the fixed text. */
  printFixed?: boolean
  baseline?: Baseline | LegacyBaseline
  /** `--write-baseline`: record findings, no report. */
  recordBaseline?: boolean
}

/** Text written to a report file at a time (UTF-16 code units). */
const OUT_CHUNK = 256 * 1024

export class RunReport {
  errors = 0
  warnings = 0
  /** A file could not be read, linted or written (exit 2). */
  failed = false
  readonly recorder?: BaselineRecorder
  private readonly stream?: ReportStream
  private readonly out?: AtomicFile
  private readonly filter?: (file: VFile) => number
  /** `--fix-dry-run`: changes shown, and in how many files. */
  private readonly dryRun = {changes: 0, files: 0}
  /** The report file's text not written yet: it is written in chunks, not a system call per file. */
  private pending: string[] = []
  private pendingLength = 0

  constructor(
    private readonly options: ReportOptions,
    private readonly io: Io
  ) {
    if (options.recordBaseline) this.recorder = new BaselineRecorder()
    if (options.baseline) this.filter = baselineFilter(options.baseline)
    if (options.recordBaseline || options.dryRun) return
    if (options.outputFile) {
      try {
        this.out = openAtomic(options.outputFile)
      } catch (error) {
        throw new InputError(options.outputFile, say('cannotWriteReport', {code: (error as NodeJS.ErrnoException).code ?? String(error)}))
      }
    }
    this.stream = reportStream(options.format, reporters[options.format], {
      quiet: options.quiet,
      color: options.outputFile ? false : options.color,
      cwd: io.cwd,
      columns: options.outputFile ? undefined : options.columns,
      locale: textLocale()
    })
  }

  private print(text: string): void {
    if (!text) return
    if (this.out) {
      // Nobody reads the file before it is put in place at the end.
      this.pending.push(text)
      this.pendingLength += text.length
      if (this.pendingLength >= OUT_CHUNK) this.flush()
    } else if (this.options.toStderr) this.io.stderr(text)
    else this.io.stdout(text)
  }

  add(outcome: FileOutcome): void {
    // Notices name files and quote them: escaped, like every human-facing text (escape.ts).
    for (const notice of outcome.notices) this.io.stderr(`translint: ${escapeForTerminal(notice)}\n`)
    if (outcome.failed) this.failed = true
    if (outcome.corpus) {
      this.errors += outcome.corpus.errors
      this.warnings += outcome.corpus.warnings
    }
    const file = outcome.file
    if (!file) return
    if (this.options.dryRun && outcome.fixed !== undefined && outcome.fixed !== outcome.text) {
      const shown = formatChanges(file.path, outcome.text!, outcome.fixed, {columns: this.options.columns ?? 80, color: this.options.color})
      if (shown.count > 0) {
        this.io.stdout((this.dryRun.files > 0 ? '\n' : '') + shown.text)
        this.dryRun.changes += shown.count
        this.dryRun.files++
      }
    }
    if (this.options.printFixed && outcome.stdin) this.io.stdout((outcome.bom ? '\uFEFF' : '') + (outcome.fixed ?? outcome.text ?? ''))
    if (this.recorder) return this.recorder.add(file)
    this.filter?.(file)
    if (this.options.quiet) file.messages = file.messages.filter((m) => m.fatal === true)
    // A closing message counts for the findings of its rule it stands for (findings-limit.ts).
    for (const message of file.messages) {
      if (message.fatal === true) this.errors += findingsIn(message)
      else if (message.fatal === false) this.warnings += findingsIn(message)
    }
    // The findings are of the fixed text when the file was fixed: their excerpts quote it.
    if (this.stream) this.print(this.stream.add(file, outcome.fixed ?? outcome.text ?? this.textForExcerpts(file)))
  }

  /**
   * A file whose findings came from the cache by size and date was not read:
   * the default format reads it now for its excerpts (only when it has findings).
   */
  private textForExcerpts(file: VFile): string | undefined {
    if (this.options.format !== 'stylish' || file.messages.length === 0 || !file.path) return undefined
    try {
      return readDocument(resolve(this.io.cwd, file.path)).text
    } catch {
      return undefined // Gone or changed into something unreadable since: the findings show without excerpts.
    }
  }

  /** The end of the report; a report file is put in place now. */
  async end(): Promise<void> {
    if (this.dryRun.files > 0) this.io.stdout(`\n${CHANGES_TEXTS[textLocale()].count(this.dryRun.changes, this.dryRun.files)}\n`)
    if (this.stream) {
      for (const chunk of this.stream.end()) {
        this.print(chunk)
        // A long report (sarif's results) waits for a slow reader instead of piling up in memory.
        await this.io.drained?.()
      }
    }
    if (!this.out) return
    try {
      this.flush()
      this.out.commit()
    } catch (error) {
      throw new InputError(this.options.outputFile!, say('cannotWriteReport', {code: (error as NodeJS.ErrnoException).code ?? String(error)}))
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return
    const data = Buffer.from(this.pending.join(''), 'utf8')
    this.pending = []
    this.pendingLength = 0
    this.out!.write(data)
  }

  /** The run stopped: no half report file. */
  abort(): void {
    this.out?.abort()
  }
}
