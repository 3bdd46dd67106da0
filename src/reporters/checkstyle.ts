// `--format checkstyle`: the XML many CI tools and editors import.
import type {VFile} from 'vfile'
import {messageToJson} from './json.ts'
import {escapeXml} from './xml.ts'

export const CHECKSTYLE_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n'
export const CHECKSTYLE_TAIL = '</checkstyle>\n'

export function checkstyle(files: VFile[]): string {
  return CHECKSTYLE_HEAD + files.map(checkstyleFile).join('') + CHECKSTYLE_TAIL
}

/** One file's element (the report streams file by file). */
export function checkstyleFile(file: VFile): string {
  const out = [`<file name="${escapeXml(file.path)}">`]
  for (const message of file.messages) {
    const m = messageToJson(message)
    out.push(
      `<error line="${m.line ?? 0}" column="${m.column ?? 0}" severity="${m.severity}" message="${escapeXml(m.segment === undefined ? m.reason : `${m.reason} (segment ${m.segment})`)}" source="translint.${escapeXml(m.ruleId ?? 'translint')}" />`
    )
  }
  out.push('</file>')
  return out.join('\n') + '\n'
}
