// Corpus mode: `--format jsonl` over a TSV streams one line per pair, in
// batches, with line numbers of the file and a score that ranks broken pairs
// above good ones.
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import './helpers.ts'
import {corpusRules, scoreOf, streamCorpus, weightOf} from '../src/bitext/corpus.ts'
import {resolveRuleSettings} from '../src/engine/processor.ts'
import {cli, fixture} from './cli-helpers.ts'

const PAIRS = [
  ['1', 'The meeting was held on 25 March.', 'عقد الاجتماع في 25 مارس.'],
  ['2', 'The meeting was held on 25 March.', 'عقد الاجتماع في 52 مارس.'],
  ['3', 'Delete %s now?', 'حذف ٪ s الآن؟'],
  ['4', 'The committee met today.', 'The committee met today.'],
  ['5', 'The agency said it would act soon.', 'قالت الوكالة إنها ستتحرك قريبا.'],
  ['6', 'The committee will meet again next week to discuss the budget and the report.', 'ستجتمع اللجنة.'],
  ['7', 'Prices rose.', 'ارتفعت  الأسعار.'],
  ['8', 'Good morning.', 'صباح الخير.']
]
const TSV = 'id\tsource\ttarget\n' + PAIRS.map((p) => p.join('\t')).join('\n') + '\n'

describe('corpus mode', () => {
  it('streams one line per pair, batch by batch, with the lines of the file', async () => {
    let out = ''
    const result = await streamCorpus(Readable.from([TSV]), {path: 'pairs.tsv', rules: corpusRules(resolveRuleSettings({})), batch: 3, write: (t) => void (out += t)})
    const records = out.trimEnd().split('\n').map((line) => JSON.parse(line) as {segment: string; line: number; score: number; findings: {ruleId: string; line: number}[]})
    expect(result.pairs).toBe(8)
    expect(records.map((r) => [r.segment, r.line])).toEqual(PAIRS.map((p, i) => [p[0], i + 2]))
    for (const record of records) for (const finding of record.findings) expect(finding.line).toBe(record.line)
    const score = Object.fromEntries(records.map((r) => [r.segment, r.score]))
    const rules = Object.fromEntries(records.map((r) => [r.segment, r.findings.map((f) => f.ruleId)]))
    expect(rules).toMatchObject({1: [], 2: ['number-mismatch'], 3: ['placeholder-mismatch'], 4: ['untranslated'], 5: [], 6: ['length-ratio'], 7: ['whitespace'], 8: []})
    // Broken pairs rank above cosmetic ones, which rank above clean ones.
    expect(score['4']).toBeGreaterThan(score['2']!)
    expect(score['3']).toBeGreaterThan(score['2']!)
    expect(score['2']).toBeGreaterThan(score['7']!)
    expect(score['7']).toBeGreaterThan(score['1']!)
    expect(score['1']).toBe(0)
  })

  it('scores a pair as 1 − Π(1 − weight) of its findings', () => {
    const m = (ruleId: string) => ({ruleId}) as never
    expect(scoreOf([])).toBe(0)
    expect(scoreOf([m('number-mismatch')])).toBe(weightOf('number-mismatch'))
    expect(scoreOf([m('number-mismatch'), m('untranslated')])).toBeCloseTo(1 - (1 - 0.7) * (1 - 0.95), 3)
    expect(weightOf('tatweel')).toBe(0.02)
  })

  it('turns off the rules that compare pairs with each other', () => {
    const rules = corpusRules(resolveRuleSettings({}))
    expect(rules['same-target']![0]).toBe('off')
    expect(rules['spelling-consistency']![0]).toBe('off')
    expect(rules['length-ratio']![1]).toEqual({threshold: 2.5})
  })

  it('is what `--format jsonl` prints for a TSV; other files get one line each', async () => {
    const cwd = fixture({'pairs.tsv': TSV, 'doc.txt': 'الأمانـة\n', 'empty.tsv': ''})
    const result = await cli(['--format', 'jsonl', '--rule', 'tatweel:warn', 'pairs.tsv', 'doc.txt', 'empty.tsv'], {cwd})
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as {path: string; segment?: string | null; findings?: {ruleId: string}[]; messages?: unknown[]})
    expect(lines.filter((l) => l.path === 'pairs.tsv')).toHaveLength(8)
    expect(lines.filter((l) => l.path === 'doc.txt')).toEqual([expect.objectContaining({messages: [expect.objectContaining({ruleId: 'tatweel'})]})])
    expect(lines.find((l) => l.path === 'empty.tsv')).toMatchObject({segment: null, findings: [{ruleId: 'parse-error'}]})
    expect(result.code).toBe(1)
  })
})
