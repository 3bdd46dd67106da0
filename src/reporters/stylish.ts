// `--format stylish`, the default: a report made for reading prose findings in
// a terminal. Findings are grouped by file; each shows its position, severity,
// message and rule, then the words around it with the range marked (⟦…⟧, or
// `‸` where something is to be inserted), then its fix as before → after.
// Every line fits the terminal's width (`columns`): messages wrap, excerpts
// give up context words. Arabic stays in logical order with no bidi controls
// added (they come along when a word is copied); the brackets mirror and keep
// enclosing the range in right-to-left text. Text from the files (names,
// quoted words, excerpts) is escaped so it cannot drive the terminal (escape.ts).
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import wrapAnsi from 'wrap-ansi'
import {isFix} from '../fix/apply.ts'
import {escapeForTerminal} from './escape.ts'
import {CLOSE, excerpt, isBlank, OPEN, CARET, printable, renderExcerpt, shortenEnd, shortenMiddle, width} from './excerpt.ts'

// The reporter's own words, in one place (to be translated with the CLI's other texts).
export const TEXT = {
  severity: {error: 'error', warning: 'warning', info: 'info'} as Record<Severity, string>,
  segment: (id: string) => `(segment ${id})`,
  arrow: '→',
  count: (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`,
  errors: ['error', 'errors'],
  warnings: ['warning', 'warnings'],
  infos: ['info', 'infos'],
  files: ['file', 'files'],
  /** `✖ 2 errors, ⚠ 1 warning in 2 files` */
  summary: (parts: string[], files: string) => `${parts.join(', ')} in ${files}`
}
const SYMBOL = {error: '✖', warning: '⚠', info: 'ℹ'}

/** Columns when the width of the terminal is not known (not a terminal, a report file). */
export const DEFAULT_COLUMNS = 80
/** Below this a line cannot hold a position and a word: narrower terminals are treated as this wide. */
const MIN_COLUMNS = 20

type Severity = 'error' | 'warning' | 'info'

export interface StylishOptions {
  quiet?: boolean
  color?: boolean
  /** Width of the terminal (default 80). */
  columns?: number
}

const severityOf = (message: VFileMessage): Severity => (message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info')

interface Paint {
  severity: (severity: Severity, text: string) => string
  dim: (text: string) => string
  span: (severity: Severity, text: string) => string
  underline: (text: string) => string
}

const sgr = (open: number, close: number) => (text: string) => `\u001B[${open}m${text}\u001B[${close}m`
const red = sgr(31, 39)
const yellow = sgr(33, 39)
const blue = sgr(34, 39)
const bold = sgr(1, 22)
const colours: Paint = {
  severity: (severity, text) => (severity === 'error' ? red : severity === 'warning' ? yellow : blue)(text),
  dim: sgr(2, 22),
  span: (severity, text) => bold(colours.severity(severity, text)),
  underline: sgr(4, 24)
}
const plain: Paint = {severity: (_, text) => text, dim: (text) => text, span: (_, text) => text, underline: (text) => text}

/** A finding's range as offsets, when it has one. */
function rangeOf(message: VFileMessage): {start: number; end: number; line: number; column: number} | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const {start, end} = place
    if (start.offset === undefined || end.offset === undefined) return undefined
    return {start: start.offset, end: end.offset, line: start.line, column: start.column}
  }
  return undefined
}

function position(message: VFileMessage): string {
  const place = message.place
  if (!place) return ''
  const point = 'start' in place ? place.start : place
  return `${point.line}:${point.column}`
}

/** Findings in the order of the text (stable: the engine's order among equals). */
function sorted(messages: VFileMessage[]): VFileMessage[] {
  const key = (m: VFileMessage) => {
    const place = m.place
    const point = place && ('start' in place ? place.start : place)
    return point ? [point.line, point.column] : [0, 0]
  }
  return messages
    .map((message, index) => ({message, index, key: key(message)}))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map((entry) => entry.message)
}

/** A fix as `⟦before⟧ → ⟦after⟧` in at most `columns`; spaces shown as `␣` when the change is one of whitespace. */
function fixLine(before: string, after: string, columns: number, paint: Paint, severity: Severity): string {
  const onlySpacing = before.replace(/\s+/gu, '') === after.replace(/\s+/gu, '')
  const room = Math.max(1, Math.floor((columns - width(TEXT.arrow) - 6) / 2))
  const shown = (text: string) => shortenMiddle(printable(text, onlySpacing || isBlank(text)), room)
  const from = before ? OPEN + shown(before) + CLOSE : CARET
  return `${paint.span(severity, from)} ${TEXT.arrow} ${paint.span(severity, OPEN + shown(after) + CLOSE)}`
}

/** The lines of one finding: message (wrapped), excerpt, fix. */
function findingLines(message: VFileMessage, text: string | undefined, layout: Layout, paint: Paint): string[] {
  const severity = severityOf(message)
  const segment = message.segment === undefined ? '' : ` ${TEXT.segment(message.segment)}`
  const reason = escapeForTerminal(message.reason + segment)
  const rule = message.ruleId ? escapeForTerminal(message.ruleId) : ''
  const head = `  ${position(message).padEnd(layout.position)}  ${TEXT.severity[severity].padEnd(layout.severity)}  `
  const painted = `  ${paint.dim(position(message).padEnd(layout.position))}  ${paint.severity(severity, TEXT.severity[severity].padEnd(layout.severity))}  `
  const indent = ' '.repeat(layout.indent)
  const room = layout.columns - layout.indent
  const body = wrapAnsi(`${reason}${rule ? '  ' + paint.dim(rule) : ''}`, room, {hard: true, trim: true}).split('\n')
  const lines: string[] = []
  if (width(head) === layout.indent) {
    lines.push(painted + body[0], ...body.slice(1).map((line) => indent + line))
  } else {
    // Too narrow for the message beside its position: it goes below.
    lines.push(shortenEnd(painted, layout.columns), ...body.map((line) => indent + line))
  }
  const range = rangeOf(message)
  if (text !== undefined && range && range.end <= text.length) {
    const shown = excerpt(text, range.start, range.end, {columns: room})
    lines.push(indent + renderExcerpt(shown, (marked) => paint.span(severity, marked)))
    if (isFix(message)) lines.push(indent + fixLine(text.slice(range.start, range.end), message.expected![0], room, paint, severity))
  }
  if (message.cause !== undefined) {
    const cause = message.cause as {message?: unknown} | null
    for (const line of wrapAnsi(escapeForTerminal(String(cause?.message ?? cause)), room, {hard: true, trim: true}).split('\n')) lines.push(indent + paint.dim(line))
  }
  return lines
}

interface Layout {
  columns: number
  position: number
  severity: number
  /** Where messages, excerpts and fixes start. */
  indent: number
}

function layoutFor(messages: VFileMessage[], columns: number): Layout {
  const positionWidth = Math.max(0, ...messages.map((m) => position(m).length))
  const severityWidth = Math.max(...messages.map((m) => TEXT.severity[severityOf(m)].length))
  const beside = 2 + positionWidth + 2 + severityWidth + 2
  // Beside its position while the message keeps at least half the line; below it, indented, when not.
  return {columns, position: positionWidth, severity: severityWidth, indent: beside <= columns / 2 ? beside : 4}
}

/** One file's block: its name and its findings ('' when it has none). */
function fileBlock(file: VFile, text: string | undefined, options: StylishOptions): string {
  const messages = sorted(options.quiet ? file.messages.filter((m) => m.fatal === true) : file.messages)
  if (messages.length === 0) return ''
  const columns = Math.max(MIN_COLUMNS, options.columns ?? DEFAULT_COLUMNS)
  const paint = options.color ? colours : plain
  const layout = layoutFor(messages, columns)
  const name = escapeForTerminal(file.history[0] ?? '<stdin>')
  const lines = wrapAnsi(name, columns, {hard: true, trim: false})
    .split('\n')
    .map((line) => paint.underline(line))
  for (const message of messages) lines.push(...findingLines(message, text, layout, paint))
  return lines.join('\n') + '\n'
}

interface Counts {
  error: number
  warning: number
  info: number
  files: number
}

/** `✖ 2 errors, ⚠ 1 warning, ℹ 3 infos in 2 files` ('' when nothing was found). */
export function summaryLine(counts: Counts, color: boolean): string {
  const paint = color ? colours : plain
  const parts: string[] = []
  const add = (severity: Severity, n: number, [one, many]: string[]) => {
    if (n > 0) parts.push(`${paint.severity(severity, SYMBOL[severity])} ${TEXT.count(n, one, many)}`)
  }
  add('error', counts.error, TEXT.errors)
  add('warning', counts.warning, TEXT.warnings)
  add('info', counts.info, TEXT.infos)
  if (parts.length === 0) return ''
  return TEXT.summary(parts, TEXT.count(counts.files, TEXT.files[0], TEXT.files[1]))
}

/** The text of a file for its excerpts: given, or the file's own value. */
const textOf = (file: VFile, text?: string): string | undefined => text ?? (file.value === undefined ? undefined : String(file.value))

/** The report file by file: each file's block as it comes, a blank line between them, the summary at the end. */
export function stylishStream(options: StylishOptions = {}): {add(file: VFile, text?: string): string; end(): string[]} {
  const counts: Counts = {error: 0, warning: 0, info: 0, files: 0}
  let printed = false
  return {
    add(file, text) {
      const block = fileBlock(file, textOf(file, text), options)
      if (!block) return ''
      counts.files++
      for (const message of file.messages) if (!options.quiet || message.fatal === true) counts[severityOf(message)]++
      const separator = printed ? '\n' : ''
      printed = true
      return separator + block
    },
    end() {
      const summary = summaryLine(counts, Boolean(options.color))
      if (!summary) return []
      // A summary wider than the terminal (huge counts, narrow window) wraps rather than overflows.
      const columns = Math.max(MIN_COLUMNS, options.columns ?? DEFAULT_COLUMNS)
      return [`\n${wrapAnsi(summary, columns, {hard: true})}\n`]
    }
  }
}

/** The whole report for `files` (their `value` gives the excerpts). */
export function stylish(files: VFile[], options: StylishOptions = {}): string {
  const stream = stylishStream(options)
  return files.map((file) => stream.add(file)).join('') + stream.end().join('')
}
