// The sentence plugins (parse-latin's, and ours for joiners and numbers) each
// walk every token of the text with unist-util-modify-children, and in Arabic
// prose almost none of them has anything to do: an `&` or `/` between words, a
// hyphen after a word, an initialism, a joiner, a date. One tight pass over the
// tokens looks for the shape each plugin
// acts on, and a plugin runs only when its shape is there (the pass is made
// again after any plugin has run, so each looks at the tokens as they are at
// its turn). A shape is a necessary condition of its plugin's first change,
// so the tree is the same with or without the guard (tests/parser.test.ts
// parses both ways and compares).
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {isJoiner, isJoinerCode, mergeJoinersIn} from './merge-word-joiners.ts'
import {isDigit, mergeNumericTokensIn, SEPARATOR} from './merge-numeric-tokens.ts'
import {windowEnds} from './sentence-windows.ts'

type Plugin = (node: Sentence) => void

/** `wordSymbolInner` of parse-latin 7.0.0: `/^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/`. */
const WORD_SYMBOL_INNER = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

/** Whether a mark's value is one WORD_SYMBOL_INNER matches; single characters by code. */
function isInnerMark(value: string): boolean {
  if (value.length !== 1) return WORD_SYMBOL_INNER.test(value)
  const code = value.charCodeAt(0)
  return (
    code === 0x26 || code === 0x27 || code === 0x2d || code === 0x2e || code === 0x3a || code === 0x3d || code === 0x3f || code === 0x40 ||
    code === 0x5f || code === 0xad || code === 0xb7 || code === 0x2010 || code === 0x2011 || code === 0x2019 || code === 0x2027
  )
}

function isMark(node: SentenceContent | undefined): node is Extract<SentenceContent, {value: string}> {
  return node !== undefined && (node.type === 'SymbolNode' || node.type === 'PunctuationNode')
}

// One bit per plugin, in the order they run.
const JOINERS = 1
const INITIAL_WORD_SYMBOL = 2
const FINAL_WORD_SYMBOL = 4
const INNER_WORD_SYMBOL = 8
const INNER_WORD_SLASH = 16
const INITIALISMS = 32
const NUMBERS = 64

/**
 * Which of the sentence plugins have something to do in these tokens, in one pass:
 * - mergeWordJoiners: a mark made of joiners or direction marks (ZWNJ, ZWJ, LRM, RLM, ALM);
 * - mergeInitialWordSymbol: an `&` not after a word, before a word;
 * - mergeFinalWordSymbol: a `-` after a word and not before one;
 * - mergeInnerWordSymbol: a word, inner-word marks (`-` `'` `.` `:` …), then a word;
 * - mergeInnerWordSlash: a `/` after a word;
 * - mergeInitialisms: a `.` after a word of several parts, an odd number of them;
 * - mergeNumericTokens: a word starting with a digit, `/` `-` `.` or `:`, then a word.
 */
function triggers(children: readonly SentenceContent[], from = 0, to = children.length): number {
  let found = 0
  for (let i = from; i < to; i++) {
    const node = children[i]!
    if (!isMark(node)) continue
    const value = node.value
    if (isJoinerCode(value.charCodeAt(0)) && isJoiner(node)) found |= JOINERS
    const afterWord = i > from && children[i - 1]!.type === 'WordNode'
    const beforeWord = i + 1 < to && children[i + 1]!.type === 'WordNode'
    if (value === '&' && !afterWord && beforeWord) found |= INITIAL_WORD_SYMBOL
    if (!afterWord) continue
    // A number, a separator and a word (looked for from the mark: marks are fewer than words).
    if (beforeWord && (found & NUMBERS) === 0 && SEPARATOR.test(value)) {
      const first = (children[i - 1] as Extract<SentenceContent, {type: 'WordNode'}>).children[0]
      if (first && first.type === 'TextNode' && isDigit(first.value.charCodeAt(0))) found |= NUMBERS
    }
    if (value === '-' && !beforeWord) found |= FINAL_WORD_SYMBOL
    if (value === '/') found |= INNER_WORD_SLASH
    if (node.type === 'PunctuationNode' && value === '.') {
      const previous = children[i - 1] as Extract<SentenceContent, {type: 'WordNode'}>
      if (previous.children.length !== 1 && previous.children.length % 2 !== 0) found |= INITIALISMS
    }
    if ((found & INNER_WORD_SYMBOL) === 0 && isInnerMark(value)) {
      let j = i + 1
      while (j < to && isMark(children[j]) && isInnerMark((children[j] as {value: string}).value)) j++
      if (j < to && children[j]!.type === 'WordNode') found |= INNER_WORD_SYMBOL
    }
  }
  return found
}

/**
 * parse-latin's patchPosition on a sentence: its start and end from its
 * first and last token, when it has none.
 */
function patchSentencePosition(node: Sentence): void {
  const children = node.children
  const first = children[0]
  const last = children[children.length - 1]
  if (!node.position) {
    // One {start, end} literal, the shape of every other position.
    if (first?.position && last?.position) node.position = {start: first.position.start, end: last.position.end}
    else if (first?.position) node.position = {start: first.position.start} as never
    else if (last?.position) node.position = {end: last.position.end} as never
    return
  }
  if (first?.position && !node.position.start) node.position.start = first.position.start
  if (last?.position && !node.position.end) node.position.end = last.position.end
}

/**
 * The sentence plugins as one: mergeWordJoiners, then parse-latin 7.0.0's
 * ([mergeInitialWordSymbol, mergeFinalWordSymbol, mergeInnerWordSymbol,
 * mergeInnerWordSlash, mergeInitialisms, patchPosition]), then
 * mergeNumericTokens. Each merge runs only when `triggers` finds its shape in
 * the tokens as they are at its turn (looked for again after any has run).
 * The merges before the numbers' run window by window (see sentence-windows.ts),
 * the numbers' in one pass over all the tokens.
 */
export function arabicSentencePlugins(latin: readonly Plugin[]): Plugin {
  if (latin.length !== 6) throw new Error('translint: unexpected parse-latin version (sentence plugins changed)')
  const merges: Plugin[] = [mergeJoinersIn as unknown as Plugin, ...latin.slice(0, 5)]
  /** The shapes of the merges before the numbers'. */
  const MERGES = (1 << merges.length) - 1
  /** Run the merges before the numbers' on the shapes found; returns the shapes left for the plugins after them. */
  function mergeWords(node: Sentence, found: number): number {
    for (let k = 0; k < merges.length; k++) {
      if ((found & (1 << k)) === 0) continue
      merges[k]!(node)
      found = triggers(node.children) & ~((2 << k) - 1)
    }
    return found
  }
  return function sentencePlugins(node) {
    const children = node.children
    const ends = windowEnds(children)
    let found = 0
    if (ends.length === 1) {
      found = mergeWords(node, triggers(children))
    } else {
      // A number and its separators never straddle a cut: the shapes found in the windows are those of the whole.
      // Only a window with a merge to make is copied out and merged. Merges only join tokens, so a
      // merged window is written back over its own place and the tokens after it move down: one
      // array for the whole text, not a copy of it (should a window ever grow, the rest goes to a new one).
      let out = children
      let write = 0
      let from = 0
      for (const to of ends) {
        const shapes = triggers(children, from, to)
        if ((shapes & MERGES) === 0) {
          found |= shapes
          if (out === children && write === from) write = to
          else for (let index = from; index < to; index++) out[write++] = children[index]!
        } else {
          const part: Sentence = {type: 'SentenceNode', children: children.slice(from, to)}
          found |= mergeWords(part, shapes)
          const merged = part.children
          if (out === children && write + merged.length > to) out = children.slice(0, write)
          for (let index = 0; index < merged.length; index++) out[write++] = merged[index]!
        }
        from = to
      }
      out.length = write
      node.children = out
    }
    // parse-latin's patchPosition runs after its merges, before the numbers'.
    patchSentencePosition(node)
    if ((found & NUMBERS) !== 0) mergeNumericTokensIn(node)
  }
}

/** parse-latin's `terminalMarker` (without the Arabic marks: this is its own test). */
const LATIN_TERMINAL = /^([!.?\u2026\u203D]+)$/

/**
 * mergeRemainingFullStops, read without changing anything: whether it would
 * move a `.` of this sentence into a word (walking back from the end, as it does).
 */
function remainingFullStop(children: readonly SentenceContent[]): boolean {
  let delimiter = false
  for (let position = children.length - 1; position >= 0; position--) {
    const node = children[position]!
    if (!isMark(node)) {
      if (node.type === 'WordNode') delimiter = true
      continue
    }
    const first = node.value.charCodeAt(0)
    // ! . ? … ‽ start every terminal marker.
    if (!(first === 0x21 || first === 0x2e || first === 0x3f || first === 0x2026 || first === 0x203d) || !LATIN_TERMINAL.test(node.value)) continue
    if (!delimiter) {
      delimiter = true
      continue
    }
    if (node.value !== '.') continue
    const previous = children[position - 1]
    const next = children[position + 1]
    if (previous && previous.type === 'WordNode') {
      const nextNext = children[position + 2]
      if (next && nextNext && next.type === 'WhiteSpaceNode' && toString(nextNext) === '.') continue
      return true
    }
    if (next && next.type === 'WordNode') return true
  }
  return false
}

/**
 * parse-latin's mergeRemainingFullStops (a paragraph plugin that visits each
 * sentence), run only on the sentences where it has something to do.
 */
export function guardRemainingFullStops(plugin: (node: Paragraph) => void): (node: Paragraph) => void {
  return function mergeRemainingFullStops(paragraph) {
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode' && remainingFullStop(child.children)) plugin({type: 'ParagraphNode', children: [child]})
    }
  }
}
