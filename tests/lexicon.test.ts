// The Arabic lexicon: what it knows, how user words extend it, how it loads.
import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {baseLexicon, CLITIC_PREFIXES, cliticPrefixesOf, formOffsets, getLexicon, isArticlePrefix, lexiconForm, lexiconInfo, replaceInWord} from '../src/language/lexicon.ts'

describe('lexicon', () => {
  const lexicon = getLexicon()

  it('knows inflected forms with their clitics', () => {
    for (const word of ['في', 'إلى', 'على', 'أكدت', 'استعراض', 'الاستقرار', 'لاستخدامها', 'وللاستقرار', 'الأممي', 'مستوى']) {
      expect(lexicon.has(word), word).toBe(true)
    }
  })

  it('does not know the common misspellings the rules look for', () => {
    for (const word of ['اكدت', 'الى', 'اطار', 'إستعراض', 'الإنتشار', 'لإستخدامها', 'فى', 'الذى', 'التى', 'الأممى']) {
      expect(lexicon.has(word), word).toBe(false)
    }
  })

  it('ignores harakat, tatweel and joiners', () => {
    expect(lexicon.has('أَكَّدَتْ')).toBe(true)
    expect(lexicon.has('إلـى')).toBe(true)
    expect(lexicon.has('في\u200C')).toBe(true)
    expect(lexiconForm('أَكَّدَتْ')).toBe('أكدت')
  })

  it('drops exactly the characters of its documented set, and no other', () => {
    // Harakat, superscript alef, Quranic marks, tatweel, zero-width joiners and direction marks.
    const set = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F\u061C]/
    const wrong: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      if (lexiconForm(`ب${char}ب`) !== (set.test(char) ? 'بب' : `ب${char}ب`)) wrong.push(code)
    }
    expect(wrong).toEqual([])
  })

  it('lists the clitic prefixes that start with each code unit, in their order', () => {
    const wrong: number[] = []
    for (let code = 0; code < 0x10000; code++) {
      const expected = CLITIC_PREFIXES.filter((prefix) => prefix.charCodeAt(0) === code)
      if (JSON.stringify(cliticPrefixesOf(code)) !== JSON.stringify(expected)) wrong.push(code)
    }
    expect(wrong).toEqual([])
    expect(cliticPrefixesOf(Number.NaN)).toEqual([])
    expect(cliticPrefixesOf('و'.charCodeAt(0)).length).toBeGreaterThan(1)
  })

  it('tells the clitic prefixes that end in the article by their last letters', () => {
    for (const prefix of ['', ...CLITIC_PREFIXES]) {
      expect(isArticlePrefix(prefix), prefix).toBe(prefix.endsWith('ال') || prefix.endsWith('لل'))
    }
  })

  it('is extended by the user words, with clitics', () => {
    expect(lexicon.has('أوميكرونا')).toBe(false)
    const words = ['أوميكرونا']
    const extended = getLexicon({words})
    expect(extended.has('أوميكرونا')).toBe(true)
    expect(extended.has('وأوميكرونا')).toBe(true)
    expect(extended.has('بأوميكرونا')).toBe(true)
    expect(extended.has('أكدت')).toBe(true)
    // One lexicon per word list, shared by the run.
    expect(getLexicon({words})).toBe(extended)
  })

  it('loads once per process, from the built file when there is one', () => {
    const first = baseLexicon()
    expect(baseLexicon()).toBe(first)
    const info = lexiconInfo()
    expect(info).toBeDefined()
    const built = new URL('../dist/lexicon/ar.btrie', import.meta.url)
    expect(info!.source).toBe(existsSync(built) ? 'btrie' : 'trie')
    expect(existsSync(info!.path)).toBe(true)
  })

  it('builds from the installed dictionary version', () => {
    const meta = new URL('../dist/lexicon/ar.json', import.meta.url)
    if (!existsSync(meta)) return
    const info = JSON.parse(readFileSync(meta, 'utf8'))
    const pkg = JSON.parse(readFileSync(new URL('../node_modules/@cspell/dict-ar/package.json', import.meta.url), 'utf8'))
    expect(info).toMatchObject({source: '@cspell/dict-ar', version: pkg.version})
  })
})

describe('word surgery', () => {
  it('maps lexicon-form positions back to the written word', () => {
    expect(formOffsets('إِسْتِعْرَاض')).toEqual([0, 2, 4, 6, 8, 10, 11])
  })

  it('replaces letters and keeps the harakat', () => {
    expect(replaceInWord('إِسْتِعْرَاض', new Map([[0, 'ا']]))).toBe('اِسْتِعْرَاض')
    expect(replaceInWord('فى', new Map([[1, 'ي']]))).toBe('في')
    expect(replaceInWord('الـى', new Map([[0, 'إ']]))).toBe('إلـى')
  })
})
