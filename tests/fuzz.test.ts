// Seeded property-based fuzzing in the suite: a few thousand documents and
// configurations (`npm run fuzz` runs as many as asked, see scripts/fuzz.ts).
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {checkConfig, checkDocument, checkFixIdempotent, cleanUp, configs, documents, plainText} from './fuzz/properties.ts'

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
