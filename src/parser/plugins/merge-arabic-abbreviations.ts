// A period after an abbreviation (`د.` `أ.د.` `م.` `ص.ب.` `ق.م.`, a single
// letter in a name) does not end the sentence: merge the period into the word
// and the next sentence into this one.
import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {append} from './append.ts'

/** Abbreviations written with a final period in Arabic text. */
const ABBREVIATION = /^(?:[\u0621-\u064A](?:\.[\u0621-\u064A])*|[A-Za-z](?:\.[A-Za-z])*|هـ|ه|ج\.?م\.?ع|إلخ|الخ)$/u
const ERA = /^(?:م|هـ|ه)$/u
const NUMBER = /^[\p{N}]+(?:[/.\-][\p{N}]+)*$/u

/** Whether the sentence ends with an abbreviation and its period (and so goes on). */
function endsWithAbbreviation(sentence: Sentence): boolean {
  const children = sentence.children
  if (children.length < 2) return false
  const period = children[children.length - 1]!
  if (period.type !== 'PunctuationNode' || period.value !== '.') return false
  const word = children[children.length - 2]!
  if (word.type !== 'WordNode') return false
  const value = toString(word)
  if (!ABBREVIATION.test(value) || value === 'إلخ' || value === 'الخ') return false
  // `2022 م.` at the end of a sentence: the era marker ends it.
  if (ERA.test(value)) {
    let before = children.length - 3
    while (before >= 0 && children[before]!.type === 'WhiteSpaceNode') before--
    const previous = children[before]
    if (previous && previous.type === 'WordNode' && NUMBER.test(toString(previous))) return false
  }
  return true
}

/** One pass over the paragraph: each sentence takes in the sentences that follow while it ends with an abbreviation. */
export function mergeArabicAbbreviations(paragraph: Paragraph): void {
  const input = paragraph.children
  let output: Paragraph['children'] | undefined
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    output?.push(child)
    if (child.type !== 'SentenceNode') continue
    while (endsWithAbbreviation(child)) {
      // Only merge when the sentence goes on in the same paragraph with a word.
      const next = input[index + 1]
      if (!next || next.type !== 'SentenceNode') break
      output ??= input.slice(0, index + 1)
      append(child.children, next.children)
      if (child.position && next.position) child.position.end = next.position.end
      index++
    }
  }
  if (output) paragraph.children = output
}
