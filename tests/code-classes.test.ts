// The code-unit table against the character sets it stands for, checked on
// every UTF-16 code unit.
import {describe, expect, it} from 'vitest'
import {isArabicLetterCode, isWhiteSpaceCode} from '../src/language/arabic.ts'
import {isSpaceCode} from '../src/language/punctuation.ts'
import {isJoinerCode} from '../src/parser/plugins/merge-word-joiners.ts'
import {ARABIC_LETTER, BASIC_LETTER, CODE_CLASS, codesOf, IGNORED, JOINER, SPACE, WHITE_SPACE} from '../src/language/code-classes.ts'
import {isAlefCode, isLexiconWord} from '../src/language/lexicon.ts'

const mismatches = (test: (code: number) => boolean, set: RegExp): number[] => {
  const wrong: number[] = []
  for (let code = 0; code < 0x10000; code++) if (test(code) !== set.test(String.fromCharCode(code))) wrong.push(code)
  return wrong
}

describe('code-unit classes', () => {
  it('white space is what `\\s` matches', () => {
    expect(mismatches(isWhiteSpaceCode, /\s/)).toEqual([])
  })

  it('spaces are the horizontal white space between words, no line breaks', () => {
    expect(mismatches(isSpaceCode, /[\t \u00A0\u2000-\u200A\u202F\u3000]/)).toEqual([])
    for (const code of [0x0a, 0x0d, 0x2028, 0x2029]) expect(isSpaceCode(code)).toBe(false)
  })

  it('Arabic letters are the Arabic-script letters of the basic, supplement, extended-A and presentation blocks', () => {
    const letters = /[\u0621-\u063A\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]/
    expect(mismatches(isArabicLetterCode, letters)).toEqual([])
    // None of them is a digit, a mark or a tatweel.
    for (const code of [0x0640, 0x064b, 0x0660, 0x06f0, 0x060c, 0x061f]) expect(isArabicLetterCode(code)).toBe(false)
  })

  it('a lexicon word is made of the letters ء to ي only; an alef is ا أ إ آ', () => {
    expect(mismatches((code) => isLexiconWord(String.fromCharCode(code)), /[\u0621-\u063A\u0641-\u064A]/)).toEqual([])
    expect(isLexiconWord('الأمم')).toBe(true)
    expect(isLexiconWord('')).toBe(false)
    expect(isLexiconWord('الـأمم')).toBe(false)
    expect(isLexiconWord('أمم2')).toBe(false)
    expect(mismatches(isAlefCode, /[اأإآ]/)).toEqual([])
  })

  it('joiners are ZWNJ, ZWJ, the direction marks and the Arabic letter mark', () => {
    expect(mismatches(isJoinerCode, /[\u200C-\u200F\u061C]/)).toEqual([])
  })

  it('lists the code units of each class, exactly those the table marks', () => {
    for (const flag of [ARABIC_LETTER, WHITE_SPACE, SPACE, IGNORED, JOINER, BASIC_LETTER]) {
      const marked: number[] = []
      for (let code = 0; code < 0x10000; code++) if (CODE_CLASS[code]! & flag) marked.push(code)
      expect(codesOf(flag).sort((a, b) => a - b)).toEqual(marked)
    }
  })

  it('reads no class for what charCodeAt returns past the end (NaN) or a -1 sentinel', () => {
    for (const test of [isWhiteSpaceCode, isSpaceCode, isArabicLetterCode, isJoinerCode]) {
      expect(test(Number.NaN)).toBe(false)
      expect(test(-1)).toBe(false)
    }
  })
})
