// The lexicon reads the built binary trie itself: it must answer exactly as
// cspell-trie-lib does for the same file, and leave files it cannot read to
// the library.
import {existsSync, readFileSync} from 'node:fs'
import {decodeTrie} from 'cspell-trie-lib'
import {describe, expect, it} from 'vitest'
import {baseLexicon, readBinaryTrie, sharedLexicon} from '../src/language/lexicon.ts'

const built = new URL('../dist/lexicon/ar.btrie', import.meta.url)

// Every one- and two-letter string of Arabic letters, words with clitics and
// suffixes, their prefixes and alef / yā' variants, and odd strings.
function sampleWords(): string[] {
  const letters = Array.from({length: 0x064a - 0x0621 + 1}, (_, i) => String.fromCharCode(0x0621 + i))
  const words = new Set<string>(letters)
  for (const a of letters) for (const b of letters) words.add(a + b)
  const stems = ['كتاب', 'مدرسة', 'استقبال', 'إعلان', 'أخبار', 'مستشفى', 'معنى', 'رئيس', 'مسؤول', 'سماء', 'هيئة', 'قرآن', 'مستوى']
  const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'بال', 'لل', 'وبال', 'س', 'وس']
  const suffixes = ['', 'ه', 'ها', 'هم', 'ات', 'ين', 'ون', 'ية', 'ي', 'ى', 'كم', 'نا']
  for (const stem of stems) {
    for (const prefix of prefixes) {
      for (const suffix of suffixes) {
        const word = prefix + stem + suffix
        for (let i = 1; i <= word.length; i++) words.add(word.slice(0, i))
        for (const [from, to] of [['ا', 'أ'], ['أ', 'ا'], ['إ', 'ا'], ['ى', 'ي'], ['ي', 'ى'], ['ؤ', 'ئ']]) words.add(word.replace(from!, to!))
      }
    }
  }
  for (const odd of ['', 'a', 'word', '~', ':', '!', '+', '~في', ':في', 'في+', '\0', 'في\0', '\0في', 'ف\0ي', 'في\0\0', '\uD800', 'في\uD800', '\uDC00في', '😀', 'في😀', 'ﻻ', 'é']) words.add(odd)
  return [...words]
}

describe.skipIf(!existsSync(built))('binary trie reader', () => {
  const data = readFileSync(built)

  it('answers as cspell-trie-lib does', () => {
    const own = readBinaryTrie(data)
    expect(own).toBeDefined()
    const library = decodeTrie(data)
    const words = sampleWords()
    const differ = words.filter((word) => own!.has(word) !== library.has(word))
    expect(differ).toEqual([])
    // The sample is not trivially all-unknown.
    expect(words.filter((word) => own!.has(word)).length).toBeGreaterThan(500)
  })

  it('reads the built list into memory that worker threads share, and answers from it as from the file', () => {
    const shared = sharedLexicon()
    expect(shared).toBeInstanceOf(SharedArrayBuffer)
    expect(Buffer.from(shared!).equals(data)).toBe(true)
    // The thread's own lexicon is read from the same bytes, not a second copy.
    expect(sharedLexicon()).toBe(shared)
    const fromFile = readBinaryTrie(data)!
    const lexicon = baseLexicon()
    const words = sampleWords()
    expect(words.filter((word) => lexicon.has(word) !== fromFile.has(word))).toEqual([])
  })

  it('leaves other versions, byte orders and string tables to the library', () => {
    const changed = (at: number, byte: number) => {
      const copy = Uint8Array.from(data)
      copy[at] = byte
      return copy
    }
    expect(readBinaryTrie(changed(0, 0x58))).toBeUndefined() // signature
    expect(readBinaryTrie(changed(8, 0x04))).toBeUndefined() // byte order
    expect(readBinaryTrie(changed(19, 0x31))).toBeUndefined() // version 00.01.01
    expect(readBinaryTrie(changed(64, 1))).toBeUndefined() // a string table
    expect(readBinaryTrie(data.subarray(0, 100))).toBeUndefined()
  })
})
