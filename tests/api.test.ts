import type {Root} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import type {Plugin, Processor} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {lint, lintSync, rules} from '../src/index.ts'

describe('library API', () => {
  it('lints a string and returns a VFile with stamped messages', async () => {
    const file = await lint('شاركت الأمانـة في المؤتمر.\n', {rules: {tatweel: 'error'}, only: ['tatweel']})
    expect(file).toBeInstanceOf(VFile)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message.ruleId).toBe('tatweel')
    expect(message.source).toBe('translint')
    expect(message.fatal).toBe(true)
    expect(message.expected).toEqual(['الأمانة'])
  })

  it('leaves the process\'s stack trace limit as it found it (reports are made without one)', () => {
    const before = Error.stackTraceLimit
    Error.stackTraceLimit = 17
    try {
      const file = lintSync('شاركت الأمانـة في المؤتمر ، وقال إن .\n', {rules: {tatweel: 'warn', 'punctuation-spacing': 'warn'}})
      expect(file.messages.length).toBeGreaterThan(1)
      for (const message of file.messages) expect(message.stack).toBe('')
      expect(Error.stackTraceLimit).toBe(17)
      // Errors made afterwards still carry their stack.
      expect(new Error('x').stack?.split('\n').length).toBeGreaterThan(1)
    } finally {
      Error.stackTraceLimit = before
    }
  })

  it('lints a VFile in place and keeps its path', () => {
    const input = new VFile({path: 'news/a.txt', value: 'خــلال الفترة.\n'})
    const output = lintSync(input, {only: ['tatweel']})
    expect(output).toBe(input)
    expect(output.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['tatweel', 1, 1]])
  })

  it('turns a rule off, or down to info', () => {
    const text = 'شاركت الأمانـة.\n'
    expect(lintSync(text, {rules: {tatweel: 'off'}}).messages.filter((m) => m.ruleId === 'tatweel')).toEqual([])
    const info = lintSync(text, {rules: {tatweel: 'info'}, only: ['tatweel']}).messages
    expect(info.map((m) => m.fatal)).toEqual([undefined])
  })

  it('takes another language as a parser plugin (the rules run on its tree)', () => {
    const latin: Plugin<[], string, Root> = function (this: Processor) {
      this.parser = (value: string) => new ParseLatin().parse(value)
    }
    const file = lintSync('Plain English text. Nothing to see.\n', {parser: latin})
    expect(file.messages).toEqual([])
    expect(rules.length).toBeGreaterThan(0)
  })
})
