// ZWNJ, ZWJ and direction marks (LRM, RLM, ALM) that touch a word belong to it:
// merge them into the word so rules see one word, with the marks kept.
import type {Sentence, SentenceContent, Text, Word} from 'nlcst'
import {modifyChildren} from 'unist-util-modify-children'
import {CODE_CLASS, JOINER} from '../../language/code-classes.ts'

const JOINER_ONLY = /^[\u200C\u200D\u200E\u200F\u061C]+$/

export function isJoiner(node: SentenceContent | undefined): node is Extract<SentenceContent, {value: string}> {
  return Boolean(node && (node.type === 'SymbolNode' || node.type === 'PunctuationNode') && JOINER_ONLY.test(node.value))
}

/** The plugin (parse-arabic.ts runs it behind its guard, see guards.ts). */
export const mergeJoinersIn: (parent: Sentence) => void = modifyChildren<Sentence>(function (child, index, parent) {
  if (!isJoiner(child)) return
  const previous = parent.children[index - 1]
  const next = parent.children[index + 1]
  const text: Text = {type: 'TextNode', value: child.value, position: child.position}
  if (previous && previous.type === 'WordNode') {
    const word = previous as Word
    word.children.push(text)
    if (next && next.type === 'WordNode') {
      word.children.push(...next.children)
      if (word.position && next.position) word.position.end = next.position.end
      parent.children.splice(index, 2)
    } else {
      if (word.position && child.position) word.position.end = child.position.end
      parent.children.splice(index, 1)
    }
    return index
  }
  if (next && next.type === 'WordNode') {
    next.children.unshift(text)
    if (next.position && child.position) next.position.start = child.position.start
    parent.children.splice(index, 1)
    return index
  }
})

/** ZWNJ, ZWJ, LRM, RLM, ALM: the characters of JOINER_ONLY. */
export function isJoinerCode(code: number): boolean {
  return (CODE_CLASS[code & 0xffff]! & JOINER) !== 0
}
