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
import {isFix} from '../fix/apply.ts'
import {arabicCount, DEFAULT_LOCALE, type Locale} from '../engine/locale.ts'
import {findingsIn} from '../engine/findings-limit.ts'
import {escapeForTerminal} from './escape.ts'
import {shortenEnd, shortenMiddle, width, wrap} from './columns.ts'
import {CARET, CLOSE, excerpt, isBlank, OPEN, printableClipped, renderExcerpt} from './excerpt.ts'

type Counted = 'errors' | 'warnings' | 'infos' | 'files'

/** The reporter's own words in one language. */
export interface ReporterText {
  severity: Record<Severity, string>
  segment: (id: string) => string
  arrow: string
  /** A count with its noun: `2 errors` / `خطآن`. */
  count: (n: number, what: Counted) => string
  /** `✖ 2 errors, ⚠ 1 warning in 2 files` */
  summary: (parts: string[], files: string) => string
}

// The nouns counted in Arabic, which agree with their number (see arabicCount).
const ARABIC_NOUNS: Record<Counted, Parameters<typeof arabicCount>[1]> = {
  errors: {one: 'خطأ واحد', two: 'خطآن', plural: 'أخطاء', accusative: 'خطأً', singular: 'خطأ'},
  warnings: {one: 'تحذير واحد', two: 'تحذيران', plural: 'تحذيرات', accusative: 'تحذيرًا', singular: 'تحذير'},
  infos: {one: 'معلومة واحدة', two: 'معلومتان', plural: 'معلومات', accusative: 'معلومة', singular: 'معلومة'},
  // After `في`: the dual in the genitive.
  files: {one: 'ملف واحد', two: 'ملفين', plural: 'ملفات', accusative: 'ملفًا', singular: 'ملف'}
}
const ENGLISH_NOUNS: Record<Counted, [string, string]> = {
  errors: ['error', 'errors'],
  warnings: ['warning', 'warnings'],
  infos: ['info', 'infos'],
  files: ['file', 'files']
}

// The reporter's own words, in one place, in each language (`--locale`).
export const TEXTS: Record<Locale, ReporterText> = {
  en: {
    severity: {error: 'error', warning: 'warning', info: 'info'},
    segment: (id) => `(segment ${id})`,
    arrow: '→',
    count: (n, what) => `${n} ${n === 1 ? ENGLISH_NOUNS[what][0] : ENGLISH_NOUNS[what][1]}`,
    summary: (parts, files) => `${parts.join(', ')} in ${files}`
  },
  ar: {
    severity: {error: 'خطأ', warning: 'تحذير', info: 'معلومة'},
    segment: (id) => `(المقطع ${id})`,
    arrow: '→',
    count: (n, what) => arabicCount(n, ARABIC_NOUNS[what]),
    summary: (parts, files) => `${parts.join('، ')} في ${files}`
  }
}
/** The English words (the default). */
export const TEXT = TEXTS[DEFAULT_LOCALE]
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
  /** The language of the reporter's own words (the messages come worded already). */
  locale?: Locale
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
  const shown = (text: string) => shortenMiddle(printableClipped(text, room, onlySpacing || isBlank(text)), room)
  const from = before ? OPEN + shown(before) + CLOSE : CARET
  return `${paint.span(severity, from)} ${TEXT.arrow} ${paint.span(severity, OPEN + shown(after) + CLOSE)}`
}

/** The lines of one finding: message (wrapped), excerpt, fix. */
function findingLines(message: VFileMessage, text: string | undefined, layout: Layout, paint: Paint): string[] {
  const severity = severityOf(message)
  const words = layout.words
  const segment = message.segment === undefined ? '' : ` ${words.segment(message.segment)}`
  const reason = escapeForTerminal(message.reason + segment)
  const rule = message.ruleId ? escapeForTerminal(message.ruleId) : ''
  const label = pad(words.severity[severity], layout.severity)
  const head = `  ${position(message).padEnd(layout.position)}  ${label}  `
  const painted = `  ${paint.dim(position(message).padEnd(layout.position))}  ${paint.severity(severity, label)}  `
  const indent = ' '.repeat(layout.indent)
  const room = layout.columns - layout.indent
  // Wrapped without colour; the rule id is coloured where it ends up.
  const body = wrap(`${reason}${rule ? '  ' + rule : ''}`, room)
  const last = body.length - 1
  if (rule && body[last].endsWith(rule)) body[last] = body[last].slice(0, -rule.length) + paint.dim(rule)
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
    for (const line of wrap(escapeForTerminal(String(cause?.message ?? cause)), room)) lines.push(indent + paint.dim(line))
  }
  return lines
}

/** `text` padded to `columns` terminal columns. */
function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)))
}

interface Layout {
  /** The reporter's own words, in the run's language. */
  words: ReporterText
  columns: number
  position: number
  severity: number
  /** Where messages, excerpts and fixes start. */
  indent: number
}

function layoutFor(messages: VFileMessage[], columns: number, words: ReporterText): Layout {
  const positionWidth = Math.max(0, ...messages.map((m) => position(m).length))
  const severityWidth = Math.max(...messages.map((m) => width(words.severity[severityOf(m)])))
  const beside = 2 + positionWidth + 2 + severityWidth + 2
  // Beside its position while the message keeps at least half the line; below it, indented, when not.
  return {words, columns, position: positionWidth, severity: severityWidth, indent: beside <= columns / 2 ? beside : 4}
}

/** One file's block: its name and its findings ('' when it has none). */
function fileBlock(file: VFile, text: string | undefined, options: StylishOptions): string {
  const messages = sorted(options.quiet ? file.messages.filter((m) => m.fatal === true) : file.messages)
  if (messages.length === 0) return ''
  const columns = Math.max(MIN_COLUMNS, options.columns ?? DEFAULT_COLUMNS)
  const paint = options.color ? colours : plain
  const layout = layoutFor(messages, columns, TEXTS[options.locale ?? DEFAULT_LOCALE])
  const name = escapeForTerminal(file.history[0] ?? '<stdin>')
  const lines = wrap(name, columns).map((line) => paint.underline(line))
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
export function summaryLine(counts: Counts, color: boolean, locale: Locale = DEFAULT_LOCALE): string {
  const paint = color ? colours : plain
  const words = TEXTS[locale]
  const parts: string[] = []
  const add = (severity: Severity, n: number, what: Counted) => {
    if (n > 0) parts.push(`${paint.severity(severity, SYMBOL[severity])} ${words.count(n, what)}`)
  }
  add('error', counts.error, 'errors')
  add('warning', counts.warning, 'warnings')
  add('info', counts.info, 'infos')
  if (parts.length === 0) return ''
  return words.summary(parts, words.count(counts.files, 'files'))
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
      // A closing message counts for the findings it stands for (findings-limit.ts).
      for (const message of file.messages) if (!options.quiet || message.fatal === true) counts[severityOf(message)] += findingsIn(message)
      const separator = printed ? '\n' : ''
      printed = true
      return separator + block
    },
    end() {
      const summary = summaryLine(counts, Boolean(options.color), options.locale)
      if (!summary) return []
      // A summary wider than the terminal (huge counts, narrow window) wraps rather than overflows.
      const columns = Math.max(MIN_COLUMNS, options.columns ?? DEFAULT_COLUMNS)
      return [`\n${width(summary) <= columns ? summary : wrap(summaryLine(counts, false), columns).join('\n')}\n`]
    }
  }
}

/** The whole report for `files` (their `value` gives the excerpts). */
export function stylish(files: VFile[], options: StylishOptions = {}): string {
  const stream = stylishStream(options)
  return files.map((file) => stream.add(file)).join('') + stream.end().join('')
}
