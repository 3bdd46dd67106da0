// The shared record of a written form (src/engine/word-record.ts): what the
// rules decide of a form is kept across documents and runs, so a run with
// another lexicon must not read it, and clearing the table between documents
// must not change a finding.
import {describe, expect, it} from 'vitest'
import {recordsGeneration} from '../src/engine/word-record.ts'
import {lintRule} from './helpers.ts'

describe('word records', () => {
  it('keep a verdict for the lexicon it was made with', () => {
    // Without the user's word, `اوميكرون` has no spelling the lexicon knows; with it, `أوميكرون` is one.
    const text = 'أعلنت الوزارة رصد متحور اوميكرون في البلاد.\n'
    const withWord = {words: ['أوميكرون']}
    const reasons = (settings?: {words: string[]}) => lintRule('hamza', text, undefined, settings).map((m) => m.reason)
    const expected = ['Unexpected `اوميكرون` without hamza, expected `أوميكرون`']
    expect(reasons()).toEqual([])
    expect(reasons(withWord)).toEqual(expected)
    expect(reasons()).toEqual([])
    expect(reasons(withWord)).toEqual(expected)
  })

  it('change no finding when the table is cleared between documents', () => {
    const texts: Record<string, string> = {
      hamza: 'وصل الوفد الى المدينة، وقال ان الزيارة تهدف الى اعداد خطة مشتركة.\n',
      'alif-maqsura': 'وأكد الوزير فى كلمته التى ألقاها أن الدور الذى يقوم به الفريق الأممى مهم.\n',
      'spelling-consistency': 'قال المسؤول إن المسؤولين في الوزارة التقوا بالمسئول عن الملف.\n'
    }
    const before = Object.entries(texts).map(([id, text]) => lintRule(id, text).map((m) => m.reason))
    // More distinct written words than the table holds (30,000), in one document: the next one clears it.
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'
    const words: string[] = []
    for (let i = 0; words.length < 31_000; i++) {
      let word = 'ا'
      for (let n = i; n > 0 || word.length < 4; n = Math.floor(n / letters.length)) word += letters[n % letters.length]
      words.push(word)
    }
    const generation = recordsGeneration()
    for (const id of Object.keys(texts)) lintRule(id, words.join(' ') + '.\n')
    const after = Object.entries(texts).map(([id, text]) => lintRule(id, text).map((m) => m.reason))
    expect(recordsGeneration()).toBeGreaterThan(generation)
    expect(after).toEqual(before)
    expect(before.every((reasons) => reasons.length > 0)).toBe(true)
  })
})
