// Dates, ranges and times written with separators (`23/5/2022`, `2022-2024`,
// `23.5.2022`, `12:30:15`) are one word: merge digit words joined by `/ - . :`
// when nothing separates them.
import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {modifyChildren} from 'unist-util-modify-children'

const DIGITS = /^[\p{Nd}]+(?:[/\-.:][\p{Nd}]+)*$/u
const SEPARATOR = /^[/\-.:]$/

export const mergeNumericTokens = modifyChildren<Sentence>(function (child, index, parent) {
  if (child.type !== 'WordNode' || !DIGITS.test(toString(child))) return
  const separator = parent.children[index + 1]
  const next = parent.children[index + 2]
  if (
    !separator ||
    !next ||
    (separator.type !== 'PunctuationNode' && separator.type !== 'SymbolNode') ||
    !SEPARATOR.test(separator.value) ||
    next.type !== 'WordNode' ||
    !DIGITS.test(toString(next))
  ) {
    return
  }
  const word = child as Word
  word.children.push({type: 'TextNode', value: separator.value, position: separator.position}, ...next.children)
  if (word.position && next.position) word.position.end = next.position.end
  parent.children.splice(index + 1, 2)
  return index
})
