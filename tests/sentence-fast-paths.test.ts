// The sentence rules' fast paths against the slower readings they replace:
// each must give the same answer on every input, or the findings change.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/language/arabic.ts'
import {
  CONSTRUCT_NOUNS,
  PARTICLES_NEEDING_COMPLEMENT,
  PREPOSITIONS_NEEDING_COMPLEMENT,
  RELATIVES,
  complementKind,
  isVerbForm,
  looksLikeVerb,
  mayBeInitialVerb,
  openerClass
} from '../src/language/sentence-words.ts'
import {statsFor} from '../src/stats/load.ts'
import {treeProbability, treeReaches, type TreeModel} from '../src/stats/trees.ts'
import {endsWithFinalMark} from '../src/engine/document.ts'

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Words of the seeds, normalised, with and without a conjunction, `س` and `ل` before them. */
function seedWords(): Array<{key: string; value: string}> {
  const words = new Map<string, string>()
  for (const name of readdirSync('seeds').filter((file) => file.endsWith('.txt')).slice(0, 200)) {
    for (const value of readFileSync(`seeds/${name}`, 'utf8').match(/[\u0621-\u064A\u0640]+/gu) ?? []) {
      for (const form of [value, 'و' + value, 'ف' + value, 'س' + value, 'ل' + value]) words.set(normalize(form), form)
    }
  }
  return [...words].map(([key, value]) => ({key, value}))
}

describe('truncated-sentence: endsWithFinalMark', () => {
  const PARAGRAPH_END = /(?:[.!?؟…۔:]|\.\.)["'»”’)\]]*\s*$/u
  it('agrees with the regular expression it replaces', () => {
    const next = random(7)
    const alphabet = ['ا', 'ب', 'x', '.', '!', '?', '؟', '…', '۔', ':', '،', '"', "'", '»', '”', '’', ')', ']', '(', ' ', '\t', '\n', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u200B', '😀']
    for (let round = 0; round < 20000; round++) {
      let text = ''
      const length = Math.floor(next() * 8)
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)]
      expect(endsWithFinalMark(text), JSON.stringify(text)).toBe(PARAGRAPH_END.test(text))
    }
  })
})

describe('sentence words: the readings by letter code', () => {
  // The readings before the letters were read as codes, kept here to compare with.
  const CONJ = /^[وف]/u
  const withoutConjunction = (key: string) => (key.length > 2 && CONJ.test(key) ? key.slice(1) : key)
  const PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'كم', 'كما', 'نا', 'ني', 'ه', 'ك']
  const hasObjectPronoun = (key: string, value: string | undefined): boolean => {
    for (const pronoun of PRONOUNS) {
      if (!key.endsWith(pronoun) || key.length - pronoun.length < 2) continue
      if (pronoun === 'ه' && (value === undefined || !value.endsWith('\u0647'))) continue
      const rest = key.slice(0, -pronoun.length)
      if (isVerbForm(rest) || (rest.endsWith('و') && isVerbForm(rest + 'ا'))) return true
    }
    return false
  }
  const NOT_VERBS = new Set(
    ['يوم', 'يوما', 'يومًا', 'يومي', 'يومية', 'يد', 'يدا', 'يمين', 'يسار', 'يناير', 'يونيو', 'يوليو', 'يونيه', 'يوليه', 'يورو', 'يهود', 'يهودي',
      'يهودية', 'يوسف', 'ياسر', 'يحيى', 'يونس', 'يعقوب', 'يزن', 'يمن', 'ينبوع', 'يقين', 'يانصيب', 'يافطة', 'يابسة', 'ياقوت', 'يخت', 'يمني', 'يمنية',
      'يا', 'يوميا', 'يومياً', 'يونانية', 'يوناني', 'يابان', 'ياباني', 'يابانية', 'يسرى', 'يسري', 'ياسمين', 'يزيد'].map((word) => normalize(word))
  )

  it('complementKind agrees with nine lookups in the four lists', () => {
    const reference = (key: string, value?: string): 'noun' | 'clause' | undefined => {
      const FLEXIBLE = new Set(['كافة', 'عدة', 'شتى', 'مختلف'].map((word) => normalize(word)))
      const k =
        PREPOSITIONS_NEEDING_COMPLEMENT.has(key) || CONSTRUCT_NOUNS.has(key) || PARTICLES_NEEDING_COMPLEMENT.has(key) || RELATIVES.has(key)
          ? key
          : withoutConjunction(key)
      if (FLEXIBLE.has(k)) return undefined
      if (PREPOSITIONS_NEEDING_COMPLEMENT.has(k) || CONSTRUCT_NOUNS.has(k)) return 'noun'
      if (RELATIVES.has(k)) return 'clause'
      if (!PARTICLES_NEEDING_COMPLEMENT.has(k)) return undefined
      if (value !== undefined) {
        if (value.includes('\u0622')) return undefined
        if (['كأن', 'بأن'].map((word) => normalize(word)).includes(k) && !/[\u0623\u0625]/u.test(value)) return undefined
      }
      return 'clause'
    }
    const listed = [...PREPOSITIONS_NEEDING_COMPLEMENT, ...CONSTRUCT_NOUNS, ...PARTICLES_NEEDING_COMPLEMENT, ...RELATIVES, 'كافة', 'عدة', 'شتى', 'مختلف']
    const words = [...listed.flatMap((word) => [word, 'و' + word, 'ف' + word, 'وو' + word]), 'كان', 'بان', 'آن', 'و', 'وف', 'فو', '']
    for (const word of words) {
      for (const value of [undefined, word, word.replace('أ', 'ا'), word.replace('ا', 'آ')]) {
        expect(complementKind(normalize(word), value), `${word} ${value}`).toBe(reference(normalize(word), value))
      }
    }
    for (const {key, value} of seedWords()) expect(complementKind(key, value), value).toBe(reference(key, value))
  })

  it('mayBeInitialVerb and openerClass agree with their regular expressions', () => {
    const FORM_III = /^[^ا]ا[^ا]{2}(?:ت|وا|ها|هم|نا)?$/u
    const FORM_III_OR_PRONOUN_H = /^[^ا]ا[^ا]{2}(?:ت|وا|ها|هم|نا|ه)?$/u
    const HOLLOW_WITH_T = /^[^ا]ا[^ا]ت$/u
    const initialVerb = (key: string, value: string = key) => {
      const k = withoutConjunction(key)
      return (value.endsWith('\u0647') ? FORM_III_OR_PRONOUN_H : FORM_III).test(k) || HOLLOW_WITH_T.test(k)
    }
    const words = [...seedWords(), ...['😀اقل', 'و😀ال', 'x', 'قا', 'عالج', 'رافقه', 'باتت'].map((value) => ({key: value, value}))]
    for (const {key, value} of words) {
      expect(mayBeInitialVerb(key, value), value).toBe(initialVerb(key, value))
      if (!/^[\u0621-\u064A]/u.test(key)) expect(openerClass(key, value)).toBe('other')
      else expect(openerClass(key, value)).not.toBe('other')
    }
  })

  it('looksLikeVerb agrees with its regular expressions', () => {
    const reference = (key: string, value?: string): boolean => {
      let k = key
      for (let round = 0; round < 3; round++) {
        if (isVerbForm(k) || hasObjectPronoun(k, value)) return true
        if (k.length >= 4 && k.startsWith('ي') && !NOT_VERBS.has(k) && !k.startsWith('يا')) return true
        if (/^[تن][^اوي]{3,4}(?:ون|ان|ين)?$/u.test(k) && !k.endsWith('ه')) return true
        if (/^است[^ا]{3}(?:ت|وا|ا)?$/u.test(k)) return true
        if (/^(?:ان[^ا]{3}|ا[^ا]ت[^ا]{2})(?:ت|وا)?$/u.test(k)) return true
        if (k.length > 3 && CONJ.test(k)) k = k.slice(1)
        else if (k.length > 3 && /^[سل]/u.test(k) && /^[يتنا]/u.test(k.slice(1))) k = k.slice(1)
        else break
      }
      return false
    }
    const extra = ['وصفوه', 'أبلغها', 'قابلني', 'حملة', 'يا', 'يوم', 'ستكون', 'لتعزيز', 'فاستقبلوا', 'وانطلقت', 'اجتمعوا', 'تعملون', 'نعمله']
    const words = [...seedWords(), ...extra.flatMap((value) => [{key: normalize(value), value}, {key: normalize(value), value: undefined}])]
    let verbs = 0
    for (const {key, value} of words) {
      const expected = reference(key, value)
      if (expected) verbs++
      if (looksLikeVerb(key, value) !== expected) expect(`${value}: ${!expected}`).toBe(`${value}: ${expected}`)
    }
    expect(verbs).toBeGreaterThan(100)
  })
})

describe('trees: treeReaches', () => {
  it('agrees with treeProbability >= threshold, on random trees and on the shipped models', () => {
    const next = random(11)
    const models: TreeModel[] = []
    for (let m = 0; m < 5; m++) {
      const trees = Array.from({length: 40}, () => [
        [Math.floor(next() * 4), next(), 1, 2],
        [-1, next() * 4 - 2],
        [Math.floor(next() * 4), next(), 3, 4],
        [-1, next() * 4 - 2],
        [-1, next() * 4 - 2]
      ])
      models.push({kind: 'trees', features: ['a', 'b', 'c', 'd'], rate: 0.3, trees, threshold: 0.5, strictThreshold: 0.9})
    }
    const stats = statsFor(undefined)
    for (const name of ['boundary', 'ending']) {
      const model = stats?.models[name] as TreeModel | undefined
      if (model) models.push(model)
    }
    for (const model of models) {
      const width = model.features.length
      for (let round = 0; round < 800; round++) {
        const x = Float64Array.from({length: width}, () => next() * 12 - 6)
        const p = treeProbability(model, x)
        for (const threshold of [0.5, 0.85, model.threshold, model.strictThreshold, p, 0, 1]) {
          expect(treeReaches(model, x, threshold)).toBe(p >= threshold)
        }
      }
    }
  })
})
