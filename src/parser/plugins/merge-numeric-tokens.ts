// Dates, ranges and times written with separators (`23/5/2022`, `2022-2024`,
// `23.5.2022`, `12:30:15`) are one word: merge digit words joined by `/ - . :`
// when nothing separates them.
import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {modifyChildren} from 'unist-util-modify-children'

const DIGITS = /^[\p{Nd}]+(?:[/\-.:][\p{Nd}]+)*$/u
export const SEPARATOR = /^[/\-.:]$/

// Whether a code unit is a decimal digit (\p{Nd}), computed once per code unit.
const digitCache = new Uint8Array(0x10000)
const DIGIT = /\p{Nd}/u

export function isDigit(code: number): boolean {
  let known = digitCache[code]
  if (known === 0) digitCache[code] = known = DIGIT.test(String.fromCharCode(code)) ? 1 : 2
  return known === 1
}

/** The plugin (parse-arabic.ts runs it behind its guard, see guards.ts). */
export const mergeNumericTokensIn = modifyChildren<Sentence>(function (child, index, parent) {
  if (child.type !== 'WordNode') return
  // Cheap look first: most words are not numbers.
  const first = child.children[0]
  if (!first || first.type !== 'TextNode' || !isDigit(first.value.charCodeAt(0))) return
  if (!DIGITS.test(toString(child))) return
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
