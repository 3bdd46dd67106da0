// The counts behind duplicated-phrase's judgement of repetitions, on a small
// corpus built here (count.ts): how src/stats/repetition.ts weighs doublings
// against slips, and which repeated or coordinated words it takes as attested.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/language/arabic.ts'
import {NO_WORD} from '../src/stats/columns.ts'
import {countCorpus} from '../src/stats/count.ts'
import {CorpusStats} from '../src/stats/corpus-stats.ts'
import {doublingEvidence, isCoordinatedPair, isRelationNoun, isRepeatedPhrase} from '../src/stats/repetition.ts'
import {addDocument, createCorpus} from '../src/stats/tokens.ts'

function statsOf(...documents: string[]): CorpusStats {
  const corpus = createCorpus()
  for (const text of documents) addDocument(corpus, text)
  const counts = countCorpus(corpus)
  return new CorpusStats([{header: {source: 'test', documents: counts.documents, words: counts.words, models: {}, totals: counts.totals}, tables: counts.tables}])
}

const keys = (text: string) => text.split(' ').map((word) => normalize(word))

describe('repeated and coordinated words that edited text writes', () => {
  const stats = statsOf(
    'تحسن الوضع شيئا فشيئا. وتقدم اليمين واليمين المتطرف في الانتخابات.',
    'تحسن الأداء شيئا فشيئا، وقال المحتفلون الله أكبر الله أكبر.',
    'رأينا النتائج شيئا، فشيئا. وقال المحتفلون الله أكبر الله أكبر.'
  )
  const key = (word: string) => normalize(word)

  it('takes a word joined to itself as attested from two uses of the pair within a clause', () => {
    // Twice within a clause; the third time a comma stands between the copies.
    expect(stats.pair(key('شيئا'), key('فشيئا'))).toBeGreaterThan(1.5)
    expect(stats.pair(key('شيئا'), key('فشيئا'))).toBeLessThan(2.5)
    expect(isCoordinatedPair(stats, key('شيئا'), key('فشيئا'))).toBe(true)
    expect(isCoordinatedPair(stats, key('اليمين'), key('واليمين'))).toBe(false)
  })

  it('takes a sequence said twice in a row as attested from two uses', () => {
    expect(isRepeatedPhrase(stats, keys('الله أكبر'))).toBe(true)
    expect(isRepeatedPhrase(stats, keys('شيئا فشيئا'))).toBe(false)
  })
})

describe('weighing a doubling against slips', () => {
  const often = 'قال المتحدث إن الوضع جيد جدا جدا. '
  const plain = 'وكان الاجتماع مفيدا في نظر الوفد. '
  // `في` doubled once in hundreds of uses (a slip); `جدا` in a third of its uses;
  // `ساث` once in two uses; `أرض أرض` always after `صواريخ`, never elsewhere.
  const stats = statsOf(
    often.repeat(2) + 'وكان جدا. '.repeat(3),
    plain.repeat(400) + 'وجلس في في القاعة.',
    'وعرض فيلم هام ساث ساث هين، وفيلم ساث آخر.',
    'وأطلق صواريخ أرض أرض. '.repeat(3) + 'وتملك أرض الجيران. '.repeat(700),
    'وتحسنت العلاقات بين البلدين. '.repeat(40) + 'وخرج الشعب إلى الشوارع. '.repeat(40)
  )
  const word = (text: string) => normalize(text)

  it('attests a word doubled in enough of its uses, or once in very few', () => {
    expect(doublingEvidence(stats, NO_WORD, word('جدا')).attested).toBe(true)
    expect(doublingEvidence(stats, NO_WORD, word('ساث')).attested).toBe(true)
    const slip = doublingEvidence(stats, NO_WORD, word('في'))
    expect(slip.attested).toBe(false)
    expect(slip.doubled).toBeCloseTo(1, 5)
    expect(slip.uses).toBeGreaterThan(400)
    expect(doublingEvidence(stats, NO_WORD, word('الوفد'))).toMatchObject({attested: false, doubled: 0})
  })

  it('attests a doubling in its context when the pair is mostly doubled', () => {
    expect(doublingEvidence(stats, NO_WORD, word('أرض')).attested).toBe(false)
    expect(doublingEvidence(stats, word('صواريخ'), word('أرض')).attested).toBe(true)
    expect(doublingEvidence(stats, word('وتملك'), word('أرض')).attested).toBe(false)
  })

  it('reads a word of relation from how often `بين` follows it', () => {
    expect(isRelationNoun(stats, word('العلاقات'))).toBe(true)
    expect(isRelationNoun(stats, word('والعلاقات'))).toBe(true)
    expect(isRelationNoun(stats, word('الشعب'))).toBe(false)
  })
})
