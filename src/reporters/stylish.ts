// `--format stylish`: vfile-reporter, with Arabic snippets kept readable in
// terminals by wrapping them in first-strong isolates, and file names and
// quoted text escaped so that they cannot drive the terminal (escape.ts).
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {escapeForTerminal} from './escape.ts'

const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF][^`]*/g

export interface StylishOptions {
  quiet?: boolean
  color?: boolean
}

/** Isolate Arabic runs so a terminal does not reorder the surrounding line. */
function isolateArabic(reason: string): string {
  return reason.replace(ARABIC_RUN, (run) => `\u2068${run}\u2069`)
}

/** A cause (a rule's exception) as vfile-reporter prints it: its stack, each line escaped. */
function safeCause(cause: unknown): {stack: string} {
  const error = cause as {stack?: unknown; message?: unknown} | null
  const text = String(error?.stack ?? error?.message ?? cause)
  return {stack: text.split('\n').map(escapeForTerminal).join('\n')}
}

/**
 * What vfile-reporter is given: a copy of each file with its name, reasons,
 * rule ids and causes escaped; the files themselves are left untouched.
 */
function printable(file: VFile): VFile {
  const name = file.history[0]
  const copy = new VFile({path: name === undefined ? undefined : escapeForTerminal(name)})
  copy.stored = file.stored
  for (const message of file.messages) {
    // A bilingual file's findings name their segment.
    const segment = message.segment === undefined ? '' : ` (segment ${message.segment})`
    const shown = new VFileMessage(isolateArabic(escapeForTerminal(message.reason + segment)), {
      place: message.place,
      ruleId: message.ruleId ? escapeForTerminal(message.ruleId) : undefined,
      source: message.source ? escapeForTerminal(message.source) : undefined
    })
    shown.fatal = message.fatal
    if (message.cause !== undefined) shown.cause = safeCause(message.cause)
    copy.messages.push(shown)
  }
  return copy
}

export function stylish(files: VFile[], options: StylishOptions = {}): string {
  const out = reporter(files.map(printable), {quiet: options.quiet, color: options.color, verbose: false})
  return out ? out + '\n' : ''
}

/**
 * The stylish report file by file: each file's block as `stylish` prints it
 * (its columns aligned within the file), and the summary line at the end.
 */
export function stylishStream(options: StylishOptions = {}): {add(file: VFile): string; end(): string[]} {
  const counts = {fatal: 0, warn: 0, info: 0}
  let lastHadMessages = false
  return {
    add(file) {
      let block = stylish([file], options)
      const stats = {fatal: 0, warn: 0, info: 0}
      for (const message of file.messages) stats[message.fatal ? 'fatal' : message.fatal === false ? 'warn' : 'info']++
      // vfile-reporter ends a report with a blank line and the summary: printed once, at the end.
      if (stats.fatal || stats.warn) block = block.slice(0, block.lastIndexOf('\n\n')) + '\n'
      counts.fatal += stats.fatal
      counts.warn += stats.warn
      counts.info += stats.info
      if (!block) return ''
      const separator = lastHadMessages ? '\n' : ''
      lastHadMessages = file.messages.length > 0
      return separator + block
    },
    end() {
      if (!counts.fatal && !counts.warn) return []
      return [`\n${summaryLine(counts, Boolean(options.color))}\n`]
    }
  }
}

/** vfile-reporter's summary line (`✖ 2 errors, ⚠ 1 warning`), for a report printed file by file. */
function summaryLine(stats: {fatal: number; warn: number; info: number}, color: boolean): string {
  const [red, yellow, reset] = color ? ['\u001B[31m', '\u001B[33m', '\u001B[39m'] : ['', '', '']
  let result = ''
  if (stats.fatal) result = `${red}✖${reset} ${stats.fatal} error${stats.fatal === 1 ? '' : 's'}`
  if (stats.warn) result = `${result ? result + ', ' : ''}${yellow}⚠${reset} ${stats.warn} warning${stats.warn === 1 ? '' : 's'}`
  const total = stats.fatal + stats.warn + stats.info
  if (total !== stats.fatal && total !== stats.warn) result = `${total} messages (${result})`
  return result
}
