// `--format stylish`: vfile-reporter, with Arabic snippets kept readable in
// terminals by wrapping them in first-strong isolates.
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF][^`]*/g

export interface StylishOptions {
  quiet?: boolean
  color?: boolean
}

export function stylish(files: VFile[], options: StylishOptions = {}): string {
  for (const file of files) {
    for (const message of file.messages) {
      // Isolate Arabic runs so a terminal does not reorder the surrounding line.
      message.message = message.reason.replace(ARABIC_RUN, (run) => `\u2068${run}\u2069`)
      // A bilingual file's findings name their segment.
      if (message.segment !== undefined) message.message += ` (segment ${message.segment})`
    }
  }
  const out = reporter(files, {quiet: options.quiet, color: options.color, verbose: false})
  for (const file of files) for (const message of file.messages) message.message = message.reason
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
