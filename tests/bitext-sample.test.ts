// The annotated sample of the English→Arabic test set (tests/fixtures/bitext/
// sample.tsv, built by scripts/bitext-sample.ts): every row says which of the
// number, untranslated and placeholder checks must report it, and the others
// must stay silent on it. Real GPT-3.5 outputs and FLORES references as they
// are, and references changed in marked ways (see the `origin` column).
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import './helpers.ts'
import {lintSync} from '../src/engine/processor.ts'

const ANNOTATED = ['number-mismatch', 'untranslated', 'placeholder-mismatch']
const path = new URL('./fixtures/bitext/sample.tsv', import.meta.url)
const text = readFileSync(path, 'utf8')
const rows = text.trimEnd().split('\n').slice(1).map((line) => {
  const [id, source, target, expectation, origin] = line.split('\t')
  return {id: id!, source: source!, target: target!, expect: expectation ? expectation.split(',') : [], origin: origin!}
})
const file = lintSync(text, {format: 'tsv', only: ANNOTATED})
const found = new Map<string, {ruleId: string; actual: string}[]>()
for (const message of file.messages) {
  let list = found.get(message.segment!)
  if (!list) found.set(message.segment!, (list = []))
  list.push({ruleId: message.ruleId!, actual: message.actual ?? ''})
}

describe('the annotated bitext sample', () => {
  it('has at least 200 segments, with both findings to make and places to stay silent', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200)
    expect(rows.filter((r) => r.expect.length > 0).length).toBeGreaterThanOrEqual(50)
    expect(rows.filter((r) => r.expect.length === 0).length).toBeGreaterThanOrEqual(150)
  })

  it.each(rows.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const messages = found.get(row.id) ?? []
    const expected = row.expect.map((e) => e.split(':')[0]!).sort()
    expect([...new Set(messages.map((m) => m.ruleId))].sort(), row.origin).toEqual([...new Set(expected)])
    for (const expectation of row.expect) {
      const [ruleId, actual] = expectation.split(/:(.*)/s)
      if (actual) expect(messages.filter((m) => m.ruleId === ruleId).map((m) => m.actual)).toContain(actual)
    }
  })

  it('never reports a difference of digit script or separators alone', () => {
    for (const row of rows.filter((r) => /digits written|thousands mark/.test(r.origin))) expect(found.get(row.id)).toBeUndefined()
  })
})
