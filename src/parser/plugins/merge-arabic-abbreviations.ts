// A period after an abbreviation (`د.` `أ.د.` `م.` `ص.ب.` `ق.م.`, a single
// letter in a name) does not end the sentence: merge the period into the word
// and the next sentence into this one.
import type {Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {modifyChildren} from 'unist-util-modify-children'

/** Abbreviations written with a final period in Arabic text. */
const ABBREVIATION = /^(?:[\u0621-\u064A](?:\.[\u0621-\u064A])*|[A-Za-z](?:\.[A-Za-z])*|هـ|ه|ج\.?م\.?ع|إلخ|الخ)$/u
const ERA = /^(?:م|هـ|ه)$/u
const NUMBER = /^[\p{N}]+(?:[/.\-][\p{N}]+)*$/u

export const mergeArabicAbbreviations = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode' || child.children.length < 2) return
  const period = child.children[child.children.length - 1]
  if (period.type !== 'PunctuationNode' || period.value !== '.') return
  const word = child.children[child.children.length - 2]
  if (word.type !== 'WordNode') return
  const value = toString(word)
  if (!ABBREVIATION.test(value) || value === 'إلخ' || value === 'الخ') return
  // `2022 م.` at the end of a sentence: the era marker ends it.
  if (ERA.test(value)) {
    const before = child.children.slice(0, -2).filter((n) => n.type !== 'WhiteSpaceNode')
    const previous = before[before.length - 1]
    if (previous && previous.type === 'WordNode' && NUMBER.test(toString(previous))) return
  }
  const next = parent.children[index + 1]
  if (!next || next.type !== 'SentenceNode') return
  // Only merge when the sentence goes on in the same paragraph with a word.
  child.children.push(...next.children)
  parent.children.splice(index + 1, 1)
  if (child.position && next.position) child.position.end = next.position.end
  return index
})
