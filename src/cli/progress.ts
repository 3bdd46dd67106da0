// A progress line on standard error for long runs at a terminal:
//
//   translint: 1,204/3,870 files  31% [=====>            ]  9.8 MB  3.1 MB/s  ETA 0:21
//
// Shown only when standard error is a terminal, the `CI` variable is not set
// (CI logs are not terminals, but some runners pretend), and the run has taken
// longer than DELAY_MS (a short run never flickers a bar). The total is counted
// by a walk of the same paths alongside the run (sizes only, no reads), so the
// run itself starts at once; until that walk ends the line has no total and no
// ETA. Any other write to the terminal (a report line, a notice) first erases
// the line, which is drawn again on the next tick, so output never lands in the
// middle of it; at the end it is erased.
//
// Kept small here rather than taken from a progress-bar package: the bar has to
// step aside for the report's own lines on the same terminal and learn its
// total while it runs, and what is left is a format string.
import {say} from './texts.ts'

/** A run shorter than this shows nothing. */
export const DELAY_MS = 1000
const TICK_MS = 100

export interface ProgressTerminal {
  write: (text: string) => void
  /** Width of the terminal, when known. */
  columns?: number
}

/** Whether a run gets a progress line: a terminal on standard error, not in CI. */
export function progressWanted(stderrIsTerminal: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  return stderrIsTerminal && !env.CI
}

// Made when the first progress line is drawn: the first Intl object of a process loads ICU's data, about
// 12 ms of processor time that a run without a progress line (a pre-commit hook's) should not pay.
let numberFormat: Intl.NumberFormat | undefined
const number = {format: (value: number): string => (numberFormat ??= new Intl.NumberFormat('en-US')).format(value)}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const rest = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`
}

export class Progress {
  private files = 0
  private bytes = 0
  private totalFiles?: number
  private totalBytes?: number
  private readonly started: number
  private shown = false
  private timer?: NodeJS.Timeout
  private done = false

  constructor(
    private readonly terminal: ProgressTerminal,
    private readonly delayMs = DELAY_MS,
    private readonly now: () => number = () => performance.now()
  ) {
    this.started = this.now()
    this.timer = setInterval(() => this.draw(), TICK_MS)
    // The line never keeps a finished run alive.
    this.timer.unref()
  }

  /** A file is done (linted, or taken from the cache). */
  fileDone(bytes: number): void {
    this.files++
    this.bytes += bytes
  }

  /** The walk alongside the run has counted every file. */
  setTotal(files: number, bytes: number): void {
    this.totalFiles = files
    this.totalBytes = bytes
  }

  /** Before anything else is written to the terminal: erase the line (drawn again on the next tick). */
  clear(): void {
    if (!this.shown) return
    this.terminal.write('\r\x1b[K')
    this.shown = false
  }

  stop(): void {
    this.done = true
    if (this.timer) clearInterval(this.timer)
    this.timer = undefined
    this.clear()
  }

  /** The line as it would be drawn now (exposed for tests). */
  line(): string {
    const seconds = (this.now() - this.started) / 1000
    const rate = seconds > 0 ? this.bytes / 1e6 / seconds : 0
    const mb = (value: number) => value.toFixed(value < 1 ? 2 : 1)
    const parts: string[] = []
    if (this.totalFiles !== undefined && this.totalBytes !== undefined) {
      const fraction = this.totalBytes > 0 ? Math.min(1, this.bytes / this.totalBytes) : this.totalFiles > 0 ? Math.min(1, this.files / this.totalFiles) : 1
      const width = 20
      const filled = Math.round(fraction * width)
      const bar = filled >= width ? '='.repeat(width) : '='.repeat(filled) + '>' + ' '.repeat(width - filled - 1)
      parts.push(say('progressFiles', {done: number.format(this.files), total: number.format(this.totalFiles)}), `${String(Math.floor(fraction * 100)).padStart(3)}% [${bar}]`)
      parts.push(`${mb(this.bytes / 1e6)} MB`, `${mb(rate)} MB/s`)
      const left = this.totalBytes - this.bytes
      parts.push(say('progressLeft', {time: rate > 0 ? duration(left / 1e6 / rate) : '-'}))
    } else {
      parts.push(say('progressFound', {count: number.format(this.files)}), `${mb(this.bytes / 1e6)} MB`, `${mb(rate)} MB/s`, say('progressCounting'))
    }
    const text = `translint: ${parts.join('  ')}`
    const columns = this.terminal.columns
    // One line, never wrapped: a wrapped line cannot be erased with \r.
    return columns && text.length >= columns ? text.slice(0, Math.max(0, columns - 1)) : text
  }

  private draw(): void {
    if (this.done || this.now() - this.started < this.delayMs) return
    this.terminal.write(`\r${this.line()}\x1b[K`)
    this.shown = true
  }
}
