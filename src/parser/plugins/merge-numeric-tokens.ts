// Dates, ranges and times written with separators (`23/5/2022`, `2022-2024`,
// `23.5.2022`, `12:30:15`) are one word: merge digit words joined by `/ - . :`
// when nothing separates them.
import type {Sentence, SentenceContent, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'

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

/** Whether a word is digits, possibly joined by separators. */
function isNumber(node: SentenceContent | undefined): node is Word {
  if (!node || node.type !== 'WordNode') return false
  // Cheap look first: most words are not numbers.
  const first = node.children[0]
  return first !== undefined && first.type === 'TextNode' && isDigit(first.value.charCodeAt(0)) && DIGITS.test(toString(node))
}

function isSeparator(node: SentenceContent | undefined): node is Extract<SentenceContent, {value: string}> {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && SEPARATOR.test(node.value)
}

/**
 * The plugin (parse-arabic.ts runs it behind its guard, see guards.ts), in one
 * pass: a number takes in each separator and number that follow it. A number,
 * a separator and a number make a number again, so the merged word needs no
 * second look.
 */
export function mergeNumericTokensIn(sentence: Sentence): void {
  const input = sentence.children
  let output: SentenceContent[] | undefined
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    output?.push(child)
    if (!isNumber(child) || !isSeparator(input[index + 1]) || !isNumber(input[index + 2])) continue
    output ??= input.slice(0, index + 1)
    const word = child as Word
    while (isSeparator(input[index + 1]) && isNumber(input[index + 2])) {
      const separator = input[index + 1] as Extract<SentenceContent, {value: string}>
      const next = input[index + 2] as Word
      word.children.push({type: 'TextNode', value: separator.value, position: separator.position})
      for (const part of next.children) word.children.push(part)
      if (word.position && next.position) word.position.end = next.position.end
      index += 2
    }
  }
  if (output) sentence.children = output
}
