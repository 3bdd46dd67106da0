// `--format checkstyle`: the XML many CI tools and editors import.
import type {VFile} from 'vfile'
import {messageToJson} from './json.ts'
import {escapeXml} from './xml.ts'

export function checkstyle(files: VFile[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const file of files) {
    out.push(`<file name="${escapeXml(file.path)}">`)
    for (const message of file.messages) {
      const m = messageToJson(message)
      out.push(
        `<error line="${m.line ?? 0}" column="${m.column ?? 0}" severity="${m.severity}" message="${escapeXml(m.segment === undefined ? m.reason : `${m.reason} (segment ${m.segment})`)}" source="translint.${escapeXml(m.ruleId ?? 'translint')}" />`
      )
    }
    out.push('</file>')
  }
  out.push('</checkstyle>')
  return out.join('\n') + '\n'
}
