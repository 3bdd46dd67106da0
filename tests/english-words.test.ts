// The English word list behind mixed-script's naming nouns: read only when a
// lower-case Latin word follows such a noun, from the build's binary trie, and
// telling ordinary words from lower-case names. Its own file, so that no other
// test has loaded the list before the first one here looks.
import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {englishInfo, isEnglishWord} from '../src/language/english.ts'
import {lintLines} from './helpers.ts'

const lint = (text: string, options?: Record<string, unknown>) => lintLines('mixed-script', text, options)

describe('English words for mixed-script', () => {
  it('is not read for a document without a Latin word after a naming noun', () => {
    expect(lint('وأعلنت الوزارة أن الخدمة ستتاح online، وأطلقت شركة Apple هاتف iPhone.\n')).toEqual([
      '1:32-1:38: Unexpected Latin `online` in Arabic text, translate or transliterate it'
    ])
    expect(englishInfo()).toBeUndefined()
  })

  it('is read from the built binary trie when a naming noun needs it', () => {
    expect(lint('وسافر الوفد على طيران flynas.\n')).toEqual([])
    const info = englishInfo()
    expect(info).toBeDefined()
    if (existsSync(new URL('../dist/lexicon/en.btrie', import.meta.url))) expect(info!.source).toBe('btrie')
  })

  it('tells ordinary lower-case words from lower-case names and proper nouns', () => {
    for (const word of ['delivery', 'development', 'platform', 'windows', 'change', 'support']) expect(isEnglishWord(word), word).toBe(true)
    for (const word of ['flynas', 'smartpay', 'whatsapp', 'uber', 'bluewave']) expect(isEnglishWord(word), word).toBe(false)
    // Proper nouns keep their capital: `Uber` is not a word, and `Windows` only as written.
    expect(isEnglishWord('Windows')).toBe(true)
    expect(isEnglishWord('WINDOWS')).toBe(false)
  })
})

describe('mixed-script: Latin words after a naming noun', () => {
  it('reports an ordinary English word after a naming noun, with its clitics, and says why', () => {
    expect(lint('ودعا إلى تطوير النظام framework الجديد، وتعاقد مع لشركة consulting ناشئة.\n')).toEqual([
      '1:23-1:32: Unexpected `framework` after `النظام`, translate it: `framework` is an ordinary English word, not a name',
      '1:57-1:67: Unexpected `consulting` after `لشركة`, translate it: `consulting` is an ordinary English word, not a name'
    ])
  })

  it('reports a run of lower-case words when one of them is an English word', () => {
    expect(lint('وأطلقت الوزارة الخدمة smart delivery للمواطنين.\n')).toEqual([
      '1:23-1:37: Unexpected `smart delivery` after `الخدمة`, translate it: `smart` is an ordinary English word, not a name'
    ])
  })

  it('leaves names alone: lower-case names, capitalised words, and what the user allows', () => {
    expect(lint('ووقعت الهيئة مع شركة talabat ومنصة careem-pay اتفاقا، ويعمل الجهاز بنظام Windows.\n')).toEqual([])
    expect(lint('وتعاونت الرئاسة مع شركة change في الدورة.\n', {allow: ['change']})).toEqual([])
    expect(lint('وتعاونت الرئاسة مع شركة Change في الدورة.\n')).toEqual([])
  })
})
