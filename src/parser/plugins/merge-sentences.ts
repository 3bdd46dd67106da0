// parse-latin 7.0.0's paragraph plugins that merge one sentence into another,
// each in one pass over the paragraph. parse-latin removes a merged sentence
// with a splice of the paragraph's array, so a paragraph of many sentences that
// merge (a line of marks and words without an end, a list of abbreviations)
// cost time quadratic in its length. Each function here decides and merges as
// the parse-latin plugin of the same name does, in the same order, with the
// same positions: the sentence before the one looked at is the last one kept
// so far, the sentence after it the next one not yet looked at.
// tests/parser.test.ts checks them against parse-latin's on every node and
// position.
import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import {append} from './append.ts'

type Child = Paragraph['children'][number]
type Plugin = (node: Paragraph) => void

const latinParagraphPlugins = ParseLatin.prototype.tokenizeParagraphPlugins as unknown as Plugin[]
const MERGE_INITIAL_LOWER_CASE_LETTER_SENTENCES = 2

function hasChildren(node: Child | undefined): node is Sentence {
  return node !== undefined && 'children' in node
}

/** Append `child`'s tokens to `previous` and take its end. */
function mergeInto(previous: Sentence, child: Sentence): void {
  append(previous.children, child.children)
  if (previous.position && child.position) previous.position.end = child.position.end
}

/**
 * Run `step` on each child with the child kept before it and the children
 * after it; `step` returns how many of the following children it took in
 * (they are then skipped), or -1 when it merged the child into the one before.
 */
function eachSentence(paragraph: Paragraph, step: (child: Child, previous: Child | undefined, index: number, input: Paragraph['children']) => number): void {
  const input = paragraph.children
  const output: Paragraph['children'] = []
  let changed = false
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    const taken = step(child, output[output.length - 1], index, input)
    if (taken === -1) {
      changed = true
      continue
    }
    output.push(child)
    if (taken > 0) {
      changed = true
      index += taken
    }
  }
  if (changed) paragraph.children = output
}

/**
 * A sentence without a word joins the sentence before it or, when it is the
 * first, the one after it (which parse-latin then does not look at).
 */
export function mergeNonWordSentences(paragraph: Paragraph): void {
  const input = paragraph.children
  const output: Paragraph['children'] = []
  let changed = false
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if (!hasChildren(child) || child.children.some((node) => node.type === 'WordNode')) {
      output.push(child)
      continue
    }
    const previous = output[output.length - 1]
    if (hasChildren(previous)) {
      mergeInto(previous, child)
      changed = true
      continue
    }
    const next = input[index + 1]
    if (hasChildren(next)) {
      next.children = [...child.children, ...next.children]
      if (next.position && child.position) next.position.start = child.position.start
      output.push(next)
      index++
      changed = true
      continue
    }
    output.push(child)
  }
  if (changed) paragraph.children = output
}

// Whether a code point starts a lower-case word for parse-latin, asked of
// parse-latin's own plugin once per code point (its test is a large
// expression of Unicode lower-case letters that the package does not export).
const lowerCase = new Map<number, boolean>()

function isLowerInitial(value: string): boolean {
  const code = value.codePointAt(0)
  if (code === undefined) return false
  let known = lowerCase.get(code)
  if (known === undefined) {
    const word = {type: 'WordNode', children: [{type: 'TextNode', value: String.fromCodePoint(code)}]}
    const probe = {
      type: 'ParagraphNode',
      children: [
        {type: 'SentenceNode', children: []},
        {type: 'SentenceNode', children: [word]}
      ]
    } as unknown as Paragraph
    latinParagraphPlugins[MERGE_INITIAL_LOWER_CASE_LETTER_SENTENCES]!(probe)
    known = probe.children.length === 1
    lowerCase.set(code, known)
  }
  return known
}

/** A sentence whose first word (before any mark) starts with a lower-case letter joins the sentence before it. */
export function mergeInitialLowerCaseLetterSentences(paragraph: Paragraph): void {
  eachSentence(paragraph, (child, previous) => {
    if (child.type !== 'SentenceNode' || previous === undefined || previous.type !== 'SentenceNode') return 0
    for (const node of child.children) {
      if (node.type === 'WordNode') {
        if (!isLowerInitial(toString(node))) return 0
        mergeInto(previous, child)
        return -1
      }
      if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') return 0
    }
    return 0
  })
}

const DIGIT_START = /^\d/

/** A sentence that starts with a word starting with a digit joins the sentence before it. */
export function mergeInitialDigitSentences(paragraph: Paragraph): void {
  eachSentence(paragraph, (child, previous) => {
    if (previous === undefined || previous.type !== 'SentenceNode' || child.type !== 'SentenceNode') return 0
    const head = child.children[0]
    if (!head || head.type !== 'WordNode' || !DIGIT_START.test(toString(head))) return 0
    mergeInto(previous, child)
    return -1
  })
}

// parse-latin 7.0.0's `abbreviationPrefix` (merge-prefix-exceptions.js): a
// number of up to three digits, a letter, or a Latin abbreviation written with
// a final period only (circa, confer, et cetera, ibidem…).
const ABBREVIATION_PREFIX = new RegExp(
  '^(' +
    '[0-9]{1,3}|' +
    '[a-z]|' +
    'al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|' +
    'fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz' +
    ')$'
)

/**
 * A sentence that ends with such a word and a period: the period joins the
 * word, and the next sentence joins this one (as long as it still ends so).
 */
export function mergePrefixExceptions(paragraph: Paragraph): void {
  eachSentence(paragraph, (child, _previous, index, input) => {
    if (!hasChildren(child)) return 0
    let taken = 0
    while (child.children.length > 1) {
      const period = child.children[child.children.length - 1]!
      if ((period.type !== 'PunctuationNode' && period.type !== 'SymbolNode') || toString(period) !== '.') break
      const node = child.children[child.children.length - 2]
      if (!node || node.type !== 'WordNode' || !ABBREVIATION_PREFIX.test(toString(node).toLowerCase())) break
      node.children.push(period as never)
      child.children.pop()
      if (period.position && node.position) node.position.end = period.position.end
      const next = input[index + taken + 1]
      if (!next || next.type !== 'SentenceNode') break
      mergeInto(child, next)
      taken++
    }
    return taken
  })
}

/** A sentence whose first mark (before any word) is `,` or `;` joins the sentence before it. */
export function mergeAffixExceptions(paragraph: Paragraph): void {
  eachSentence(paragraph, (child, previous) => {
    if (!hasChildren(previous) || !hasChildren(child) || child.children.length === 0) return 0
    for (const node of child.children) {
      if (node.type === 'WordNode') return 0
      if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') {
        const value = toString(node)
        if (value !== ',' && value !== ';') return 0
        mergeInto(previous, child)
        return -1
      }
    }
    return 0
  })
}
