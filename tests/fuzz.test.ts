// Seeded property-based fuzzing in the suite: a few thousand documents and
// configurations (`npm run fuzz` runs as many as asked, see scripts/fuzz.ts).
import '../src/builtin.ts' // the built-in rules, handed to the engine
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {lintSync} from '../src/engine/processor.ts'
import {ALL_RULES, checkConfig, checkDocument, checkFix, checkFixIdempotent, checkNoNewFinding, cleanUp, configs, documents, plainText} from './fuzz/properties.ts'

const SEED = 20261207

afterAll(cleanUp)

describe('fuzz', () => {
  it('text, Markdown and HTML: no exception, every position in bounds and where its line and column say', async () => {
    await loadMarkup()
    fc.assert(fc.property(documents, (doc) => void checkDocument(doc)), {seed: SEED, numRuns: 2500})
  }, 300000)

  it('fixes are idempotent: fixing the fixed text changes nothing', async () => {
    await loadMarkup()
    fc.assert(fc.property(documents, (doc) => void checkFixIdempotent(doc)), {seed: SEED + 1, numRuns: 1200})
  }, 300000)

  it('a fix creates no finding: every finding of the fixed text stands where its rule found one before', async () => {
    await loadMarkup()
    fc.assert(fc.property(documents, (doc) => checkNoNewFinding(doc, checkFix(doc))), {seed: SEED + 3, numRuns: 800})
  }, 300000)

  it('the no-new-finding check sees a finding that a fix made (a check that cannot fail proves nothing)', () => {
    const text = 'شاركت الأمانة في المؤتمر.'
    const fixed = 'شاركت الأمانـة في المؤتمر.'
    const lint = (t: string) => lintSync(t, {rules: ALL_RULES}).messages
    // An edit that writes a tatweel, as a broken fixer would apply it.
    const outcome = {text: fixed, passes: [[{start: 12, end: 12, text: 'ـ', ruleId: 'tatweel'}]], before: lint(text), after: lint(fixed)}
    expect(() => checkNoNewFinding({format: 'text', text}, outcome)).toThrow(/the fix created a finding: tatweel/)
    // A fix elsewhere (the final period), and the tatweel found there before: not new.
    const cut = 'شاركت الأمانـة في المؤتمر'
    const edit = {start: cut.length, end: cut.length, text: '.', ruleId: 'truncated-sentence'}
    expect(lint(fixed).some((m) => m.ruleId === 'tatweel')).toBe(true)
    expect(() => checkNoNewFinding({format: 'text', text: cut}, {text: fixed, passes: [[edit]], before: lint(cut), after: lint(fixed)})).not.toThrow()
  })

  it('configurations: a ConfigError or a configuration that lints, never another exception', async () => {
    await fc.assert(fc.asyncProperty(configs, plainText, (config, sample) => checkConfig(config, sample)), {seed: SEED + 2, numRuns: 400})
  }, 300000)

  it('the document generators produce what they are meant to (a property over nothing proves nothing)', () => {
    const sample = fc.sample(documents, {seed: SEED, numRuns: 300})
    expect(new Set(sample.map((d) => d.format))).toEqual(new Set(['text', 'markdown', 'html']))
    const joined = sample.map((d) => d.text).join('')
    for (const needle of ['\u202E', '\u001B', '<code>', '```', 'ـ', '\r\n']) expect(joined).toContain(needle)
  })
})
