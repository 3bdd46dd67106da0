// The shipped statistics read once into shared memory for the pool's worker threads:
// a thread handed the bytes answers from them, the same as from the file.
import {readFileSync} from 'node:fs'
import {beforeEach, describe, expect, it, vi} from 'vitest'
import {normalize} from '../src/language/arabic.ts'
import {CorpusStats} from '../src/stats/corpus-stats.ts'
import {encodeStats} from '../src/stats/format.ts'
import {CountTableBuilder} from '../src/stats/table.ts'

type Load = typeof import('../src/stats/load.ts')
// A fresh module each test: what it shares is per thread, like a worker's.
const fresh = async (): Promise<Load> => {
  vi.resetModules()
  return import('../src/stats/load.ts')
}

const inShared = (bytes: Uint8Array): SharedArrayBuffer => {
  const buffer = new SharedArrayBuffer(bytes.length)
  new Uint8Array(buffer).set(bytes)
  return buffer
}

describe('statistics shared between threads', () => {
  beforeEach(() => vi.resetModules())

  it('a thread handed the bytes answers from them, not from its own read of the file', async () => {
    const builder = new CountTableBuilder(['count'])
    for (let i = 0; i < 40; i++) builder.add(normalize('رئيس'), 0)
    const header = {source: 'handed over', documents: 1, words: 40, models: {}, totals: {words: 40}}
    const load = await fresh()
    const buffer = inShared(encodeStats(header, {words: builder.build(2)}))
    load.useSharedStats(buffer)
    const stats = load.statsFor({})!
    expect(stats.sources[0]!.source).toBe('handed over')
    expect(stats.word(normalize('رئيس'))).toBeCloseTo(40, -1)
    expect(load.sharedStats()).toBe(buffer)
  })

  it('answers from the shared bytes as from the file', async () => {
    const load = await fresh()
    const path = load.shippedStatsPath()!
    const fromFile = new CorpusStats([load.readStatsFile(path)])
    const buffer = load.sharedStats()!
    expect(buffer).toBeInstanceOf(SharedArrayBuffer)
    expect(Buffer.compare(Buffer.from(buffer), readFileSync(path))).toBe(0)
    const shared = load.statsFor({})!
    const words = ['رئيس', 'الوزراء', 'أكثر', 'اكثر', 'قال', 'إن', 'أن']
    for (const word of words) {
      expect(shared.word(normalize(word))).toBe(fromFile.word(normalize(word)))
      expect(shared.form(word)).toBe(fromFile.form(word))
    }
    expect(shared.pair(normalize('رئيس'), normalize('الوزراء'))).toBe(fromFile.pair(normalize('رئيس'), normalize('الوزراء')))
    expect(shared.formAfter(normalize('قال'), 'إن')).toBe(fromFile.formAfter(normalize('قال'), 'إن'))
    expect(shared.models).toEqual(fromFile.models)
  })

  it('names the file when the shared bytes are not a statistics file', async () => {
    const load = await fresh()
    load.useSharedStats(inShared(new TextEncoder().encode('hello world')))
    expect(() => load.statsFor({})).toThrow(/ar-news\.tlstats: not a translint statistics file/)
  })
})
