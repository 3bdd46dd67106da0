// `--format github`: GitHub Actions workflow commands, one annotation a line.
import type {VFile} from 'vfile'
import {escapeForTerminal} from './escape.ts'
import {messageToJson} from './json.ts'

const COMMAND = {error: 'error', warning: 'warning', info: 'notice'} as const

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
// Line breaks become `%0A` (an annotation may have several lines); the other
// control and bidi characters are escaped as for a terminal, since the runner's
// log shows them to one (escape.ts).
function escapeData(value: string): string {
  return escapeForTerminal(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'))
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function github(files: VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      const m = messageToJson(message)
      const properties = [`file=${escapeProperty(file.path)}`]
      if (m.line !== null) {
        properties.push(`line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`)
      }
      properties.push(`title=${escapeProperty(`translint(${m.ruleId ?? 'translint'})`)}`)
      const text = m.segment === undefined ? m.reason : `${m.reason} (segment ${m.segment})`
      lines.push(`::${COMMAND[m.severity]} ${properties.join(',')}::${escapeData(text)}`)
    }
  }
  return lines.length ? lines.join('\n') + '\n' : ''
}
