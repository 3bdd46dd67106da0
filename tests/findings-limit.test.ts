// At most MAX_FINDINGS_PER_RULE findings of a rule are kept for a file, the
// rest counted in one closing message per rule; totals and the exit status
// count them all; --fix sees every finding up to its own limit, or says it did
// not fix the file.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {hiddenBy, MAX_FINDINGS_PER_RULE} from '../src/engine/findings-limit.ts'
import {lintSync} from '../src/engine/processor.ts'
import {loadBitext} from '../src/bitext/registry.ts'
import type {VFileMessage} from 'vfile-message'
import {WHOLE} from '../src/engine/sections.ts'
import {FIX_MAX_FINDINGS_PER_RULE} from '../src/engine/task.ts'
import {cli, fixture, runBinInHeap} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
/** A line with one tatweel finding. */
const line = 'شاركت الأمانـة في المؤتمر.\n'
const place = (m: {line?: number; column?: number}) => `${m.line}:${m.column}`


describe('findings of a rule past the cap of a file', () => {
  it('are counted in one closing message at the first one not shown, with the rule and its severity', () => {
    const file = lintSync(line.repeat(MAX_FINDINGS_PER_RULE + 500), {only: ['tatweel']})
    expect(file.messages.length).toBe(MAX_FINDINGS_PER_RULE + 1)
    const notice = file.messages.at(-1)!
    expect(notice.reason).toBe('Unexpected 500 more findings of `tatweel` in this file, expected at most 1000 of one rule: not shown')
    expect(hiddenBy(notice)).toBe(500)
    expect([notice.ruleId, notice.fatal, notice.expected, place(notice)]).toEqual(['tatweel', false, undefined, '1001:7'])
    expect(file.messages.slice(0, -1).every((m) => hiddenBy(m) === 0 && m.ruleId === 'tatweel')).toBe(true)
    // Under the cap, nothing changes; `Infinity` keeps every finding.
    expect(lintSync(line.repeat(MAX_FINDINGS_PER_RULE), {only: ['tatweel']}).messages.length).toBe(MAX_FINDINGS_PER_RULE)
    expect(lintSync(line.repeat(1500), {only: ['tatweel'], maxFindingsPerRule: Infinity}).messages.length).toBe(1500)
  })

  it('in a file linted in sections, the same findings are kept and counted as when all are kept', () => {
    // Over WHOLE code units: sections.
    const text = 'شاركت الأمانـة في المؤتمر الي جانب الوفد.\n'.repeat(Math.ceil((WHOLE * 1.2) / 42))
    expect(text.length).toBeGreaterThan(WHOLE)
    // Rules whose advice meets on `الي` (one voice per span), and one alone.
    const only = ['tatweel', 'hamza', 'alif-maqsura', 'spelling-consistency']
    const all = lintSync(text, {only, maxFindingsPerRule: Infinity}).messages
    const capped = lintSync(text, {only, maxFindingsPerRule: 300}).messages
    const byRule = new Map<string, number>()
    const firstOfEach = all.filter((m) => {
      byRule.set(m.ruleId!, (byRule.get(m.ruleId!) ?? 0) + 1)
      return byRule.get(m.ruleId!)! <= 300
    })
    const shown = (messages: typeof all) => messages.map((m) => `${place(m)} ${m.ruleId} ${m.reason}`)
    expect(shown(capped.filter((m) => hiddenBy(m) === 0))).toEqual(shown(firstOfEach))
    const counted = new Map<string, number>()
    for (const m of capped) counted.set(m.ruleId!, (counted.get(m.ruleId!) ?? 0) + (hiddenBy(m) || 1))
    expect(counted).toEqual(byRule)
    expect(byRule.size).toBeGreaterThan(1)
  }, 120000)

  it('in a bilingual file, the targets\' and the bilingual rules\' findings are capped as they come, and counted as when all are kept', async () => {
    await loadBitext()
    // Each pair: a tatweel in the target (a document rule) and a number missing from it (a bilingual rule).
    const tsv = 'source\ttarget\n' + Array.from({length: 1300}, (_, index) => `Item ${index + 7} of the list.\tشاركت الأمانـة في المؤتمر.`).join('\n') + '\n'
    const totals = (messages: VFileMessage[]) => {
      const counted = new Map<string, number>()
      for (const m of messages) counted.set(`${m.ruleId} ${m.fatal}`, (counted.get(`${m.ruleId} ${m.fatal}`) ?? 0) + (hiddenBy(m) || 1))
      return counted
    }
    const all = lintSync(tsv, {format: 'tsv', maxFindingsPerRule: Infinity}).messages
    const capped = lintSync(tsv, {format: 'tsv'}).messages
    expect(totals(capped)).toEqual(totals(all))
    const notices = capped.filter((m) => hiddenBy(m) > 0).map((m) => [m.ruleId, hiddenBy(m)])
    expect(notices).toEqual(expect.arrayContaining([['tatweel', 300], ['number-mismatch', 300]]))
    const kept = capped.filter((m) => hiddenBy(m) === 0)
    expect(kept.filter((m) => m.ruleId === 'number-mismatch')).toHaveLength(MAX_FINDINGS_PER_RULE)
  })

  it('the summary line, the JSON entries and --max-warnings count the findings not shown', async () => {
    const dir = fixture({'doc.txt': line.repeat(1500)})
    // The repeated line is left to tatweel alone.
    const only = ['--rule', 'tatweel:warn', '--rule', 'duplicated-phrase:off']
    const json = await cli([...only, '--format', 'json', 'doc.txt'], {cwd: dir})
    const messages = JSON.parse(json.stdout)[0].messages as {ruleId: string; hidden?: number; severity: string}[]
    expect(messages.filter((m) => m.ruleId === 'tatweel').length).toBe(1001)
    expect(messages.filter((m) => m.hidden !== undefined).map((m) => [m.ruleId, m.hidden, m.severity])).toEqual([['tatweel', 500, 'warning']])
    const stylish = await cli([...only, 'doc.txt'], {cwd: dir})
    expect(stylish.stdout).toMatch(/\n⚠ 1500 warnings in 1 file\n$/)
    // 1,500 warnings, 1,001 messages: over a limit of 1,200.
    expect(stylish.code).toBe(0)
    const gate = await cli([...only, '--max-warnings', '1200', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(gate.code).toBe(1)
    expect(gate.stderr).toMatch(/more than --max-warnings 1200/)
  })

  it('--fix fixes every finding up to its own limit, past the report cap', async () => {
    const dir = fixture({'doc.txt': line.repeat(1500)})
    const result = await cli(['--fix', '--rule', 'tatweel:warn', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(result.stderr).toBe('')
    expect(readFileSync(join(dir, 'doc.txt'), 'utf8')).toBe(line.replace('ـ', '').repeat(1500))
  })

  it('--fix leaves a file with more findings of a rule than it takes on at once unfixed, says so, and exits 2', async () => {
    const text = line.repeat(FIX_MAX_FINDINGS_PER_RULE + 1)
    const dir = fixture({'doc.txt': text})
    const result = await cli(['--fix', '--rule', 'tatweel:warn', '--format', 'json', 'doc.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'translint: doc.txt: not fixed: more than 10000 findings of `tatweel`, more than --fix takes on at once (fix it in parts)\n'
    )
    expect(readFileSync(join(dir, 'doc.txt'), 'utf8')).toBe(text)
    // Its findings are still reported, capped.
    const messages = JSON.parse(result.stdout)[0].messages as {hidden?: number}[]
    expect(messages.find((m) => m.hidden !== undefined)?.hidden).toBe(FIX_MAX_FINDINGS_PER_RULE + 1 - MAX_FINDINGS_PER_RULE)
  }, 60000)
})

describe('memory with a finding every few words', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
  }, 120000)

  it('12 MB of two-letter words (over 100,000 findings) lint within a 128 MB heap, and the counts are all there', async () => {
    // Random two-letter words from a fixed seed: alif maqsura inside words, repeated words, lines cut short.
    const letters = [...'بتثجحخدذرزسشصضطظعغفقكلمنهوىي']
    let seed = 7
    const next = () => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * letters.length)
    const lines: string[] = []
    let size = 0
    while (size < 12 * 1024 * 1024) {
      const words = Array.from({length: 12}, () => letters[next()]! + letters[next()]!)
      const text = words.join(' ')
      lines.push(text)
      size += Buffer.byteLength(text) + 1
    }
    const dir = fixture({'dense.txt': lines.join('\n') + '\n'})
    // Before the cap, every finding was kept: this heap ran out (SIGABRT) on this file.
    const result = await runBinInHeap(dir, 128, ['--format', 'jsonl', 'dense.txt'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
    const messages = JSON.parse(result.stdout).messages as {ruleId: string; hidden?: number}[]
    const total = messages.reduce((sum, m) => sum + (m.hidden ?? 1), 0)
    expect(total).toBeGreaterThan(100000)
    expect(messages.length).toBeLessThan(10 * (MAX_FINDINGS_PER_RULE + 1))
    // 182 MB when measured.
    expect(result.maxRssKB / 1024).toBeLessThan(320)
  }, 180000)
})
