import '../src/builtin.ts' // the built-in rules, handed to the engine
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import Ajv from 'ajv-draft-04'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lintSync} from '../src/engine/processor.ts'
import {reporters} from '../src/reporters/index.ts'

const require = createRequire(import.meta.url)

function seeds(): VFile[] {
  const dir = new URL('../seeds/', import.meta.url)
  const names = ['000_ffe6ca2c3771edd8.txt', '002_c874eb2f6f49f959.txt', '003_e818f796899d5606.txt']
  return names.map((name) => lintSync(new VFile({path: `seeds/${name}`, value: readFileSync(new URL(name, dir), 'utf8')}), {rules: {tatweel: 'error'}}))
}

/** Tags open and close in order (a small well-formedness check for generated XML). */
function wellFormed(xml: string): boolean {
  const stack: string[] = []
  for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match
    if (selfClosing) continue
    if (closing) {
      if (stack.pop() !== name) return false
    } else stack.push(name)
  }
  return stack.length === 0
}

describe('reporters', () => {
  it('sarif output of the seeds validates against the SARIF 2.1.0 schema', () => {
    const files = seeds()
    const log = JSON.parse(reporters.sarif(files, {}))
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    // The schema's language pattern is not valid as a unicode regular expression.
    const ajv = new (Ajv as unknown as typeof import('ajv').default)({strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false})
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const total = files.reduce((n, f) => n + f.messages.length, 0)
    expect(total).toBeGreaterThan(0)
    expect(log.runs[0].results).toHaveLength(total)
    const rule = log.runs[0].tool.driver.rules.find((r: {id: string}) => r.id === 'tatweel')
    expect(rule.helpUri).toMatch(/rules\/tatweel\.md$/)
    const result = log.runs[0].results.find((r: {ruleId: string}) => r.ruleId === 'tatweel')
    expect(result.level).toBe('error')
    expect(result.locations[0].physicalLocation.region).toMatchObject({startLine: expect.any(Number), startColumn: expect.any(Number), endColumn: expect.any(Number)})
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toEqual(expect.any(String))
  })

  it('github output is one workflow command per message, and every line parses', () => {
    const files = seeds()
    const out = reporters.github(files, {})
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(files.reduce((n, f) => n + f.messages.length, 0))
    const pattern = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$/
    for (const line of lines) expect(line).toMatch(pattern)
    const [first] = lines
    const [, level, file, line, col] = pattern.exec(first)!
    const message = files.flatMap((f) => f.messages)[0]
    const expectedLevel = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
    expect([level, file, Number(line), Number(col)]).toEqual([expectedLevel, files.find((f) => f.messages.length)!.path, message.line, message.column])
  })

  it('github escapes newlines, percent signs, commas and colons', () => {
    const file = new VFile({path: 'a,b:c.txt', value: 'x'})
    const message = file.message('50% done,\nnext: go', {place: {line: 1, column: 1}, ruleId: 'x', source: 'translint'})
    message.fatal = false
    expect(reporters.github([file], {})).toBe('::warning file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=1,title=translint(x)::50%25 done,%0Anext: go\n')
  })

  it('checkstyle and junit output is well-formed XML with one entry per message', () => {
    const files = seeds()
    const total = files.reduce((n, f) => n + f.messages.length, 0)
    const checkstyle = reporters.checkstyle(files, {})
    expect(wellFormed(checkstyle)).toBe(true)
    expect(checkstyle.match(/<error /g)).toHaveLength(total)
    const junit = reporters.junit(files, {})
    expect(wellFormed(junit)).toBe(true)
    expect(junit.match(/<failure /g)).toHaveLength(total)
    expect(junit).toMatch(new RegExp(`<testsuites name="translint" tests="\\d+" failures="${total}"`))
  })
})
