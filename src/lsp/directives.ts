// The edit that disables a rule for a whole file: a first-line directive in
// plain text, an HTML comment at the top of Markdown and HTML.
import type {TextEdit} from 'vscode-languageserver-textdocument'
import {formatOf, isBitext} from '../engine/format.ts'

const FILE_DIRECTIVE = /^#\s*translint-disable-file\b([^\n\r]*)/

/** Undefined for a bilingual file (XLIFF, PO, TMX, TSV, CSV), which has no place for a directive. */
export function disableDirective(path: string, text: string, ruleId: string): TextEdit | undefined {
  const start = {line: 0, character: 0}
  if (isBitext(formatOf(path))) return undefined
  if (/\.(md|markdown|mdx|html?|xhtml)$/i.test(path)) {
    return {range: {start, end: start}, newText: `<!-- translint-disable ${ruleId} -->\n`}
  }
  const existing = FILE_DIRECTIVE.exec(text)
  if (existing) {
    const names = existing[1].trim()
    if (!names) return {range: {start, end: start}, newText: ''} // already disables every rule
    const end = {line: 0, character: existing[0].length}
    return {range: {start, end}, newText: `# translint-disable-file ${names} ${ruleId}`}
  }
  return {range: {start, end: start}, newText: `# translint-disable-file ${ruleId}\n`}
}
