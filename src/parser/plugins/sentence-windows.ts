// The sentence plugins run before a paragraph is cut into sentences, so in plain
// text their array holds every token of the file, and each merge splices it:
// time quadratic in the length of the file. They only ever look at a token's
// neighbours through words and the marks that can join words, so the tokens
// can be cut into windows of a few hundred after any other token (white space,
// a comma, a bracket…): across such a token no plugin merges, and next to it
// every plugin acts as it does at the end of the array. Each window is then
// merged on its own, with the tree the same as with one array.
import type {SentenceContent} from 'nlcst'
import {isJoinerCode} from './merge-word-joiners.ts'

/** Tokens per window before a cut is looked for. */
const WINDOW = 512
/**
 * Tokens after which a window is cut even without a neutral token. No word
 * is made of this many tokens; a run of joined tokens this long (`a@a@a@…`,
 * `https://a.a.a.…`) is not a word but would be merged into one by
 * parse-latin, whose merges spread a word's tokens into call arguments and
 * overflow the stack past about 100,000 of them.
 */
export const MAX_WINDOW = 4096

// The characters that make a mark part of a word for some plugin: inner-word
// marks & ' - . : = ? @ soft hyphen · ‐ ‑ ’ ‧ _ (mergeInnerWordSymbol), the
// slash (mergeInnerWordSlash, numbers) and the joiners (mergeWordJoiners).
const JOINING = /[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027_/]/

/** Whether no sentence plugin merges across this token or treats it other than the end of the array. */
function isNeutral(node: SentenceContent): boolean {
  if (node.type === 'WordNode') return false
  if (node.type !== 'SymbolNode' && node.type !== 'PunctuationNode') return true
  const value = node.value
  for (let i = 0; i < value.length; i++) if (isJoinerCode(value.charCodeAt(i))) return false
  return !JOINING.test(value)
}

/**
 * Where the tokens are cut into windows: the end (exclusive) of each window,
 * each ending with a neutral token (the last one excepted); one window when
 * they are few. Ends rather than copies: most windows have nothing to merge,
 * and their tokens then stay where they are.
 */
export function windowEnds(children: readonly SentenceContent[]): number[] {
  if (children.length <= WINDOW) return [children.length]
  const ends: number[] = []
  let from = 0
  for (let index = from + WINDOW - 1; index < children.length; index++) {
    if (index + 1 - from < MAX_WINDOW && !isNeutral(children[index]!)) continue
    ends.push(index + 1)
    from = index + 1
    index = from + WINDOW - 2
  }
  if (from < children.length) ends.push(children.length)
  return ends
}
