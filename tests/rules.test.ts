// Every rule's examples are its tests: valid gives nothing, invalid gives
// exactly the listed lines, fixes give the listed output and are idempotent,
// and every message is fully stamped. The rule page's examples block is
// generated from the rule.
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {renderExamples, renderMessages, EXAMPLES_START, EXAMPLES_END, MESSAGES_START, MESSAGES_END} from '../src/engine/docs.ts'
import {SOURCE} from '../src/engine/define-rule.ts'
import {fixableEdits} from '../src/fix/apply.ts'
import {rules} from '../rules/index.ts'
import {fixWith, lintLines, lintRule} from './helpers.ts'

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has examples of both kinds', () => {
    expect(rule.examples.valid.length).toBeGreaterThan(0)
    expect(rule.examples.invalid.length).toBeGreaterThan(0)
  })

  it.each(rule.examples.valid.map((e, i) => [i, e] as const))('valid example %i gives no message', (_, example) => {
    expect(lintLines(id, example.text, example.options)).toEqual([])
  })

  it.each(rule.examples.invalid.map((e, i) => [i, e] as const))('invalid example %i gives the listed messages', (_, example) => {
    expect(lintLines(id, example.text, example.options)).toEqual(example.messages)
  })

  it.each(rule.examples.invalid.map((e, i) => [i, e] as const))('invalid example %i messages are fully stamped', (_, example) => {
    for (const message of lintRule(id, example.text, example.options)) {
      expect(message.ruleId).toBe(id)
      expect(message.source).toBe(SOURCE)
      expect(message.url).toMatch(new RegExp(`/rules/${id}\\.md$`))
      const p = message.place
      expect(p && 'start' in p).toBe(true)
      if (p && 'start' in p) {
        expect(typeof p.start.offset).toBe('number')
        expect(typeof p.end.offset).toBe('number')
        expect(p.end.offset!).toBeGreaterThanOrEqual(p.start.offset!)
      }
      expect(typeof message.actual).toBe('string')
    }
  })

  if (rule.fixable) {
    it.each(rule.examples.invalid.filter((e) => e.output !== undefined).map((e, i) => [i, e] as const))(
      'fix of invalid example %i gives the listed output and is idempotent',
      (_, example) => {
        const fixed = fixWith(id, example.text, example.options)
        expect(fixed).toBe(example.output)
        expect(fixableEdits(lintRule(id, fixed, example.options))).toEqual([])
        expect(fixWith(id, fixed, example.options)).toBe(fixed)
      }
    )
  } else {
    it('lists no fixed output (not fixable)', () => {
      expect(rule.examples.invalid.every((e) => e.output === undefined)).toBe(true)
    })
  }

  it('has a page whose examples block is generated from the rule', () => {
    const path = new URL(`../rules/${id}.md`, import.meta.url)
    expect(existsSync(path)).toBe(true)
    const page = readFileSync(path, 'utf8')
    const start = page.indexOf(EXAMPLES_START)
    const end = page.indexOf(EXAMPLES_END)
    expect(start).toBeGreaterThan(-1)
    expect(page.slice(start, end + EXAMPLES_END.length)).toBe(renderExamples(rule))
    // Its messages in English and Arabic, from the rule.
    const messagesStart = page.indexOf(MESSAGES_START)
    expect(messagesStart).toBeGreaterThan(-1)
    expect(page.slice(messagesStart, page.indexOf(MESSAGES_END) + MESSAGES_END.length)).toBe(renderMessages(rule))
  })

  it('uses only declared message ids and has a description without a final period', () => {
    expect(rule.description).not.toMatch(/\.$/)
    for (const template of Object.values(rule.messages)) {
      for (const text of typeof template === 'string' ? [template] : [template.en, template.ar]) expect(text).not.toMatch(/\.$/)
    }
  })
})
