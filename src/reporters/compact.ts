// `--format compact`: one line a finding, `file:line:col: severity message [rule]`,
// the shape editors' error parsers (Vim's errorformat, Emacs' compilation mode)
// and grep read. Names and messages are escaped as in every human format
// (escape.ts), which also keeps each finding on one line.
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {escapeForTerminal} from './escape.ts'
import {DEFAULT_LOCALE, type Locale} from '../engine/locale.ts'
import {TEXT, TEXTS} from './stylish.ts'

function line(name: string, message: VFileMessage, locale: Locale): string {
  const place = message.place
  const point = place && ('start' in place ? place.start : place)
  // A finding about the whole file points at its start, so the pattern holds for every line.
  const where = point ? `${point.line}:${point.column}` : '1:1'
  // The severity stays in English in every language: editors' error parsers match `error` and `warning`.
  const severity = TEXT.severity[message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info']
  const segment = message.segment === undefined ? '' : ` ${TEXTS[locale].segment(message.segment)}`
  const rule = message.ruleId ? ` [${escapeForTerminal(message.ruleId)}]` : ''
  return `${name}:${where}: ${severity} ${escapeForTerminal(message.reason + segment)}${rule}\n`
}

export function compact(files: VFile[], options: {quiet?: boolean; locale?: Locale} = {}): string {
  let out = ''
  for (const file of files) {
    const name = escapeForTerminal(file.history[0] ?? '<stdin>')
    for (const message of file.messages) if (!options.quiet || message.fatal === true) out += line(name, message, options.locale ?? DEFAULT_LOCALE)
  }
  return out
}
