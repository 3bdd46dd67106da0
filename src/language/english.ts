// Ordinary English words: which lower-case Latin words are dictionary words
// (`delivery`, `platform`) rather than names (`flynas`, `smartpay`). Read from
// the US English word list shipped by @cspell/dict-en_us (built into
// dist/lexicon/en.btrie), loaded the first time a rule asks and kept for the
// process, so a document without such a word never pays for it.
import {loadWordList, type LexiconInfo, type TrieLike} from './lexicon.ts'

let words: TrieLike | undefined
let info: LexiconInfo | undefined

/**
 * Whether a lower-case word is an ordinary English word. The list keeps the
 * case of proper nouns (`Windows`, `Uber`), so the lower-case spelling of a
 * brand (`uber`, `whatsapp`) is not one, while `windows` is.
 */
export function isEnglishWord(word: string): boolean {
  if (!words) {
    const loaded = loadWordList('en.btrie', '@cspell/dict-en_us', 'en_US.trie.gz')
    words = loaded.trie
    info = loaded.info
  }
  return words.has(word)
}

/** How the English word list was loaded (undefined before first use). */
export function englishInfo(): LexiconInfo | undefined {
  return info
}
