// The counts behind duplicated-phrase's judgement of repetitions, on a small
// corpus built here: which sequences count as said again after `و`/`ف`
// (count.ts) and how src/stats/repetition.ts weighs doublings against slips.
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/language/arabic.ts'
import {NO_WORD} from '../src/stats/columns.ts'
import {countCorpus} from '../src/stats/count.ts'
import {CorpusStats} from '../src/stats/corpus-stats.ts'
import {doublingEvidence, isCoordinatedPhrase, isRelationNoun, isRepeatedPhrase} from '../src/stats/repetition.ts'
import {addDocument, createCorpus} from '../src/stats/tokens.ts'

function statsOf(...documents: string[]): CorpusStats {
  const corpus = createCorpus()
  for (const text of documents) addDocument(corpus, text)
  const counts = countCorpus(corpus)
  return new CorpusStats([{header: {source: 'test', documents: counts.documents, words: counts.words, models: {}, totals: counts.totals}, tables: counts.tables}])
}

const keys = (text: string) => text.split(' ').map((word) => normalize(word))

describe('counting sequences said again after a conjunction', () => {
  const stats = statsOf(
    'تحسن الوضع شيئا فشيئا. وتقدم اليمين واليمين المتطرف في القانون الدولي والقانون الدولي الإنساني.',
    'تحسن الأداء شيئا فشيئا، وقال المحتفلون الله أكبر الله أكبر.',
    'رأينا النتائج شيئا، فشيئا. وزار الوزير وزارة أخرى.'
  )

  it('counts one word or several, keyed by the first copy, within a clause', () => {
    // Twice within a clause; the third time a comma stands between the copies.
    expect(stats.coordinatedPhrase(keys('شيئا'))).toBeGreaterThan(1.5)
    expect(stats.coordinatedPhrase(keys('شيئا'))).toBeLessThan(2.5)
    expect(stats.coordinatedPhrase(keys('اليمين'))).toBeCloseTo(1, 5)
    expect(stats.coordinatedPhrase(keys('القانون الدولي'))).toBeCloseTo(1, 5)
    // Not a word that merely starts with `و` (`وزارة` after `الوزير`), nor an exact repeat.
    expect(stats.coordinatedPhrase(keys('زارة'))).toBe(0)
    expect(stats.coordinatedPhrase(keys('الله أكبر'))).toBe(0)
    expect(stats.repeatedPhrase(keys('الله أكبر'))).toBeCloseTo(1, 5)
  })

  it('attests a sequence from two uses on', () => {
    expect(isCoordinatedPhrase(stats, keys('شيئا'))).toBe(true)
    expect(isCoordinatedPhrase(stats, keys('اليمين'))).toBe(false)
    expect(isRepeatedPhrase(stats, keys('الله أكبر'))).toBe(false)
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
