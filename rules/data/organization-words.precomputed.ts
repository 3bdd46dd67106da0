// Every word of the built-in organisation names, as `org-name-consistency`
// reads it (src/language/name-words.ts): the build writes these into dist/
// (scripts/precompute.mjs), so a start does not analyse them again to build the
// rule's index.
import {analyze, type NameWord} from '../../src/language/name-words.ts'
import {organizations} from './organizations.ts'

function builtInWords(): Map<string, NameWord> {
  const words = new Map<string, NameWord>()
  for (const org of organizations) {
    const texts = [org.canonical, ...org.accepted, ...(org.references ?? []), ...org.variants, ...(org.former ?? [])]
    // Split as the rule splits a listed name (`formTokens`).
    for (const text of texts) for (const word of text.trim().split(/\s+/)) if (!words.has(word)) words.set(word, analyze(word))
  }
  return words
}

export const BUILT_IN_WORDS: ReadonlyMap<string, NameWord> = builtInWords()
