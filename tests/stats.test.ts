// Corpus statistics: the count tables, their file format, counting a corpus,
// the boosted trees, and loading (the shipped file and user files).
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/language/arabic.ts'
import {AFTER, BEFORE, Col, NO_WORD} from '../src/stats/columns.ts'
import {CorpusStats} from '../src/stats/corpus-stats.ts'
import {countCorpus} from '../src/stats/count.ts'
import {decodeStats, encodeStats, StatsFormatError} from '../src/stats/format.ts'
import {FNV_OFFSET, fnvUpdate, hash32} from '../src/stats/hash.ts'
import {readStatsFile, StatsLoadError, statsFor} from '../src/stats/load.ts'
import {dequantize, quantize} from '../src/stats/quantize.ts'
import {rankSpellings} from '../src/stats/spelling.ts'
import {CountTableBuilder} from '../src/stats/table.ts'
import {addDocument, createCorpus} from '../src/stats/tokens.ts'
import {fitTrees, treeProbability} from '../src/stats/trees.ts'

const header = {source: 'test', documents: 1, words: 10, models: {}, totals: {words: 10}}

describe('count tables', () => {
  it('hashes strings with FNV-1a', () => {
    expect(hash32('')).toBe(0x811c9dc5)
    expect(hash32('a')).toBe(0xe40c292c)
    expect(hash32('في')).not.toBe(hash32('فى'))
  })

  it('hashes a key in two parts as it hashes the whole key', () => {
    for (const [a, b] of [['', ''], ['قال', BEFORE + 'إن'], ['في' + AFTER, 'القاهرة'], [NO_WORD, 'الى'], ['word', '']]) {
      expect(fnvUpdate(fnvUpdate(FNV_OFFSET, a!), b!) >>> 0).toBe(hash32(a! + b!))
    }
  })

  it('keeps counts within the 10% steps of the byte scale', () => {
    for (const count of [1, 2, 3, 10, 99, 1000, 123456, 1e8]) {
      const back = dequantize(quantize(count))
      expect(Math.abs(back - count) / count).toBeLessThan(0.06)
    }
    expect(quantize(0)).toBe(0)
    expect(dequantize(0)).toBe(0)
  })

  it('finds every key it was built with and no other, through a file round trip', () => {
    const builder = new CountTableBuilder(['count', 'other'])
    for (let i = 0; i < 5000; i++) builder.add(`word${i}`, 0, (i % 50) + 1)
    builder.add('word7', 1, 3)
    const bytes = encodeStats(header, {words: builder.build(2)})
    const table = decodeStats(bytes).table('words')!
    expect(table.size).toBe(5000 - 100) // counts of 1 are left out by minCount 2
    expect(table.get('word7')).toBeCloseTo(8, -0.5)
    expect(table.count(table.row('word7'), 1)).toBeCloseTo(3, -0.5)
    expect(table.get('word0')).toBe(0) // count 1: below minCount
    expect(table.get('absent')).toBe(0)
  })

  it('refuses what is not a statistics file, naming the problem', () => {
    expect(() => decodeStats(new TextEncoder().encode('hello world'))).toThrow(StatsFormatError)
    const bytes = encodeStats(header, {words: new CountTableBuilder(['count']).build()})
    expect(() => decodeStats(bytes.subarray(0, 20))).toThrow(/truncated|damaged/)
  })
})

describe('counting a corpus', () => {
  const corpus = createCorpus()
  addDocument(corpus, 'وأكد رئيس الوزراء أن الخطة جاهزة. وقال إن العمل بدأ.\nوقال الوزير إن المشروع مشروع مهم جدا جدا.\n', 'عنوان الخبر')
  const counts = countCorpus(corpus, {minCount: {}})
  const stats = new CorpusStats([{header: {...header, totals: counts.totals}, tables: counts.tables}])
  const k = (word: string) => normalize(word)

  it('counts how each word is used', () => {
    expect(stats.word(k('وقال'))).toBeCloseTo(2, 0)
    expect(stats.word(k('وقال'), Col.SentenceStart)).toBeCloseTo(1, 0)
    expect(stats.word(k('وقال'), Col.ParagraphStart)).toBeCloseTo(1, 0)
    expect(stats.word(k('جاهزة'), Col.SentenceEnd)).toBeCloseTo(1, 0)
    expect(stats.word(k('بدأ'), Col.ParagraphEnd)).toBeCloseTo(1, 0)
    expect(stats.word(k('الخبر'), Col.TitleEnd)).toBeCloseTo(1, 0)
    expect(stats.word(k('جدا'), Col.Doubled)).toBeCloseTo(1, 0)
  })

  it('counts pairs inside a clause only', () => {
    expect(stats.pair(k('رئيس'), k('الوزراء'))).toBeCloseTo(1, 0)
    expect(stats.pair(k('جاهزة'), k('وقال'))).toBe(0) // across a period
  })

  it('counts doubled words by the word before them', () => {
    expect(stats.doubledAfter(k('مهم'), k('جدا'))).toBeCloseTo(1, 0)
    expect(stats.doubledAfter(NO_WORD, k('جدا'))).toBe(0)
  })

  it('finds the contexts of a written form from its hashed halves', () => {
    const builder = new CountTableBuilder(['count'])
    builder.add(k('قال') + BEFORE + 'إن', 0, 30)
    builder.add('إن' + AFTER + k('الخطة'), 0, 12)
    builder.add(NO_WORD + BEFORE + 'أن', 0, 7)
    const contexts = new CorpusStats([{header, tables: {contexts: builder.build()}}])
    expect(contexts.formAfter(k('قال'), 'إن')).toBeCloseTo(30, -1)
    expect(contexts.formBefore('إن', k('الخطة'))).toBeCloseTo(12, -1)
    expect(contexts.formAfter(NO_WORD, 'أن')).toBeCloseTo(7, -1)
    expect(contexts.formAfter(k('قال'), 'أن')).toBe(0)
    expect(contexts.formBefore('أن', k('الخطة'))).toBe(0)
  })

  it('sums the counts of several sources', () => {
    const twice = new CorpusStats([
      {header: {...header, totals: counts.totals}, tables: counts.tables},
      {header: {...header, totals: counts.totals}, tables: counts.tables}
    ])
    expect(twice.word(k('وقال'))).toBeCloseTo(2 * stats.word(k('وقال')), 5)
    expect(twice.totals.words).toBe(2 * stats.totals.words!)
  })
})

describe('boosted trees', () => {
  it('learn a rule that needs two features at once', () => {
    let seed = 3
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const xs: Float64Array[] = []
    const ys: number[] = []
    for (let i = 0; i < 4000; i++) {
      const a = next()
      const b = next()
      xs.push(Float64Array.from([a, b, next()]))
      ys.push(a > 0.5 && b > 0.5 ? 1 : 0)
    }
    const model = {...fitTrees(xs, Uint8Array.from(ys), {trees: 40}), features: ['a', 'b', 'noise'], threshold: 0.5, strictThreshold: 0.5}
    expect(treeProbability(model, [0.9, 0.9, 0.5])).toBeGreaterThan(0.9)
    expect(treeProbability(model, [0.9, 0.1, 0.5])).toBeLessThan(0.1)
    expect(treeProbability(model, [0.1, 0.9, 0.5])).toBeLessThan(0.1)
  })

  it('add the leaf each tree reaches, its splits read with <=', () => {
    // Children are indexes in their own tree: the second tree's third node splits again.
    const trees = [
      [[0, 0.5, 1, 2], [-1, -1], [-1, 2]],
      [[1, 3, 1, 2], [-1, 0.25], [1, 5, 3, 4], [-1, 0.5], [-1, 1]]
    ]
    const model = {rate: 0.5, trees}
    const p = (z: number) => 1 / (1 + Math.exp(-0.5 * z))
    expect(treeProbability(model, [0.7, 4])).toBe(p(2 + 0.5))
    expect(treeProbability(model, [0.5, 3])).toBe(p(-1 + 0.25))
    expect(treeProbability(model, [0.2, 6])).toBe(p(-1 + 1))
  })
})

describe('loading statistics', () => {
  it('loads the shipped statistics, with the boundary model', () => {
    const stats = statsFor({})
    expect(stats).toBeDefined()
    expect(stats!.models.boundary).toMatchObject({kind: 'trees'})
    expect(stats!.pair(normalize('رئيس'), normalize('الوزراء'))).toBeGreaterThan(100)
    expect(stats!.form('أكثر')).toBeGreaterThan(50 * stats!.form('اكثر'))
  })

  it('ranks the spellings of a word by its neighbours', () => {
    const stats = statsFor({})!
    const after = (previous: string) => rankSpellings(stats, ['ان', 'أن', 'إن'], {previous: normalize(previous), next: NO_WORD}).map((r) => r.form)
    expect(after('قال')[0]).toBe('إن')
    expect(after('بعد')[0]).toBe('أن')
    const alone = rankSpellings(stats, ['ان', 'أن', 'إن'], undefined)
    expect(alone[0]!.form).toBe('أن')
    expect(alone.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 10)
  })

  it('is off with useStats false', () => {
    expect(statsFor({useStats: false})).toBeUndefined()
  })

  it('adds a user file to the shipped counts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-stats-'))
    const builder = new CountTableBuilder(['count'])
    builder.add('كلمةخاصة', 0, 40)
    const path = join(dir, 'house.tlstats')
    writeFileSync(path, encodeStats(header, {forms: builder.build()}))
    const stats = statsFor({statsFiles: [path]})!
    expect(stats.form('كلمةخاصة')).toBeCloseTo(40, -1)
    expect(stats.form('أكثر')).toBeCloseTo(statsFor({})!.form('أكثر'), 5)
  })

  it('reports a bad statistics file by its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-stats-'))
    writeFileSync(join(dir, 'bad.tlstats'), 'not statistics')
    mkdirSync(join(dir, 'folder'))
    expect(() => readStatsFile(join(dir, 'bad.tlstats'))).toThrow(StatsLoadError)
    expect(() => readStatsFile(join(dir, 'bad.tlstats'))).toThrow(/bad\.tlstats: not a translint statistics file/)
    expect(() => readStatsFile(join(dir, 'folder'))).toThrow(/is not a regular file/)
    expect(() => readStatsFile(join(dir, 'missing.tlstats'))).toThrow(/cannot read the statistics file \(ENOENT\)/)
  })
})
