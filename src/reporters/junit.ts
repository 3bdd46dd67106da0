// `--format junit`: one test suite per file, one failing test case per finding
// (a clean file is one passing test case), for CI test-report viewers.
import type {VFile} from 'vfile'
import {messageToJson} from './json.ts'
import {escapeXml} from './xml.ts'

export function junit(files: VFile[]): string {
  return [...junitChunks(files)].join('')
}

/** The report in pieces, one file's suite at a time (its totals come first, so the files are kept). */
export function* junitChunks(files: VFile[]): Generator<string> {
  const total = files.reduce((n, f) => n + Math.max(f.messages.length, 1), 0)
  const failures = files.reduce((n, f) => n + f.messages.length, 0)
  yield `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="translint" tests="${total}" failures="${failures}" errors="0">\n`
  for (const file of files) {
    const out: string[] = []
    const name = escapeXml(file.path)
    const count = file.messages.length
    out.push(`<testsuite name="${name}" tests="${Math.max(count, 1)}" failures="${count}" errors="0">`)
    if (count === 0) out.push(`<testcase classname="${name}" name="translint" />`)
    for (const message of file.messages) {
      const m = messageToJson(message)
      const where = m.line === null ? '' : `${m.line}:${m.column}`
      out.push(
        `<testcase classname="${name}" name="${escapeXml(`${where} ${m.ruleId ?? 'translint'}`.trim())}">`,
        `<failure type="${m.severity}" message="${escapeXml(m.reason)}">${escapeXml(`${file.path}:${where} ${m.reason}${m.segment === undefined ? '' : ` [segment ${m.segment}]`} (${m.ruleId}) ${m.url ?? ''}`.trim())}</failure>`,
        '</testcase>'
      )
    }
    out.push('</testsuite>')
    yield out.join('\n') + '\n'
  }
  yield '</testsuites>\n'
}
