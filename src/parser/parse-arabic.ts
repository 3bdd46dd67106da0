// A retext parser for Arabic: parse-latin's tokenizer with Arabic sentence
// ends (`؟` `۔`), Arabic abbreviations, one paragraph per line and joiners kept
// inside words. Latin-script text goes through the same steps unchanged.
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import {breakImplicitSentences} from './plugins/break-implicit-sentences.ts'
import {breakSentencesAtLineBreaks} from './plugins/break-sentences-at-line-breaks.ts'
import {arabicSentencePlugins, guardRemainingFullStops} from './plugins/guards.ts'
import {mergeArabicAbbreviations} from './plugins/merge-arabic-abbreviations.ts'
import {
  mergeAffixExceptions,
  mergeInitialDigitSentences,
  mergeInitialLowerCaseLetterSentences,
  mergeNonWordSentences,
  mergePrefixExceptions
} from './plugins/merge-sentences.ts'
import {splitArabicTerminals} from './plugins/split-arabic-terminals.ts'
import {makeFinalWhiteSpaceSiblings, makeInitialWhiteSpaceSiblings, removeEmptyNodes} from './plugins/white-space-siblings.ts'

/** Sentence-final marks: `.` `!` `?` `…` `‽` and Arabic `؟` `۔`. */
export const TERMINAL_MARKER = /^([!.?\u2026\u203D\u061F\u06D4]+)$/

type AnyPlugin = (node: never) => void

/** White space that ends a paragraph: line breaks, with any spaces or tabs around them. */
const NEW_LINE = /^[\t\p{Zs}]*(?:(?:\r?\n|\r)[\t\p{Zs}]*)+$/u

// parse-latin classifies every character with large regular expressions; the
// class of a UTF-16 code unit never changes, so it is computed once (by
// parse-latin itself, on that one character) and kept in a table.
const NODE_TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
const classes = new Uint8Array(0x10000)
const baseTokenize = ParseLatin.prototype.tokenize

function classify(code: number): number {
  let type = classes[code]
  if (type === 0) {
    const node = baseTokenize.call(undefined as never, String.fromCharCode(code))[0]
    type = NODE_TYPES.indexOf(node.type as (typeof NODE_TYPES)[number])
    classes[code] = type
  }
  return type
}

export class ParseArabic extends ParseLatin {
  /** Same tokens and positions as ParseLatin#tokenize, with cached character classes. */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = 1
    let column = 1
    let offset = 0
    let from = 0
    let start = {line, column, offset}
    let previousType = 0
    let previous = -1
    const length = value.length
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index)
      const currentType = classify(code)
      // A token goes on while its type does, for a word, white space, a repeated
      // mark or a surrogate half (a mask test: the same operations for every
      // code unit, so no rare one meets an untried comparison in optimised code).
      if (
        from < index &&
        previousType !== 0 &&
        !(
          previousType === currentType &&
          (currentType === 3 || currentType === 1 || (code & 0xf800) === 0xd800 || code === previous)
        )
      ) {
        // The point where one token ends is where the next starts: one object for both.
        const end = {line, column, offset}
        children.push(createNode(previousType, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousType = currentType
      previous = code
    }
    if (previousType !== 0 && from < length) {
      children.push(createNode(previousType, value.slice(from), start, {line, column, offset}))
    }
    return children
  }

  /**
   * Paragraphs as parse-latin splits them (at white space with a line break),
   * where that white space may hold any space character: scraped news indents
   * lines with no-break spaces, and parse-latin, which only knows spaces and
   * tabs there, would glue such a line to the one above it.
   */
  override tokenizeRoot(value: string | null | undefined): Root {
    const paragraph = this.tokenizeParagraph(value)
    const children: Paragraph[] = []
    const nodes = paragraph.children
    let start = 0
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!
      if (index < nodes.length - 1 && !(node.type === 'WhiteSpaceNode' && NEW_LINE.test(node.value))) continue
      const part: Paragraph = {type: 'ParagraphNode', children: nodes.slice(start, index + 1)}
      const first = nodes[start]!.position
      if (first && node.position) part.position = {start: first.start, end: node.position.end}
      children.push(part)
      start = index + 1
    }
    const root: Root = {type: 'RootNode', children}
    for (const plugin of this.tokenizeRootPlugins) plugin(root)
    return root
  }

  override tokenizeParagraph(value: string | null | undefined): Paragraph {
    const sentence = this.tokenizeSentence(value)
    const result: Paragraph = {type: 'ParagraphNode', children: splitSentences(sentence)}
    for (const plugin of this.tokenizeParagraphPlugins) plugin(result)
    return result
  }
}

// parse-latin 7.0.0 (pinned) exports its plugins only through these lists:
// paragraph plugins are [mergeNonWordSentences, mergeAffixSymbol,
// mergeInitialLowerCaseLetterSentences, mergeInitialDigitSentences,
// mergePrefixExceptions, mergeAffixExceptions, mergeRemainingFullStops,
// makeInitialWhiteSpaceSiblings, makeFinalWhiteSpaceSiblings,
// breakImplicitSentences, removeEmptyNodes, patchPosition]; root plugins are
// [makeInitialWhiteSpaceSiblings, makeFinalWhiteSpaceSiblings,
// removeEmptyNodes, patchPosition]. Those that splice the array they walk are
// replaced by the same steps in one pass (plugins/merge-sentences.ts,
// white-space-siblings.ts, break-implicit-sentences.ts), so no step costs more
// than linear time however long a paragraph or the file is.
const latinParagraphPlugins = ParseLatin.prototype.tokenizeParagraphPlugins as unknown as AnyPlugin[]
const latinSentencePlugins = ParseLatin.prototype.tokenizeSentencePlugins as unknown as AnyPlugin[]
const latinRootPlugins = ParseLatin.prototype.tokenizeRootPlugins as unknown as AnyPlugin[]
if (latinParagraphPlugins.length !== 12 || latinRootPlugins.length !== 4) {
  throw new Error('translint: unexpected parse-latin version (paragraph plugins changed)')
}
const mergeAffixSymbol = latinParagraphPlugins[1]!
// Most sentences hold no full stop for it to move: it runs only on those that do.
const mergeRemainingFullStops = guardRemainingFullStops(latinParagraphPlugins[6] as never) as unknown as AnyPlugin
const patchPosition = latinParagraphPlugins[11]!

/** The paragraph plugins, in parse-latin's order, with the Arabic ones and `breakSentences` in place of its implicit breaks. */
function paragraphPluginsBreaking(breakSentences: AnyPlugin): AnyPlugin[] {
  return [
    splitArabicTerminals,
    mergeNonWordSentences,
    mergeAffixSymbol,
    mergeInitialLowerCaseLetterSentences,
    mergeInitialDigitSentences,
    mergePrefixExceptions,
    mergeArabicAbbreviations,
    mergeAffixExceptions,
    mergeRemainingFullStops,
    makeInitialWhiteSpaceSiblings,
    makeFinalWhiteSpaceSiblings,
    breakSentences,
    removeEmptyNodes,
    patchPosition
  ] as AnyPlugin[]
}
const rootPlugins = [makeInitialWhiteSpaceSiblings, makeFinalWhiteSpaceSiblings, removeEmptyNodes, latinRootPlugins[3]!] as AnyPlugin[]
// In plain text every line break ends a sentence (parse-latin breaks only at blank lines).
ParseArabic.prototype.tokenizeParagraphPlugins = paragraphPluginsBreaking(breakSentencesAtLineBreaks as AnyPlugin) as never
ParseArabic.prototype.tokenizeSentencePlugins = [arabicSentencePlugins(latinSentencePlugins as never) as unknown as AnyPlugin] as never
ParseArabic.prototype.tokenizeRootPlugins = rootPlugins as never

type Point = {line: number; column: number; offset: number}

function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  // Points are shared, never copied: a token's end is the next one's start, and
  // a word and its text share both (no code changes a point in place; merges
  // give a node another point instead).
  if (type === 3) {
    return {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position: {start, end}}],
      position: {start, end}
    }
  }
  return {type: NODE_TYPES[type] as 'WhiteSpaceNode', value, position: {start, end}}
}


/**
 * The parser for documents whose blocks are known (Markdown, HTML): a soft
 * line break inside a paragraph does not end a sentence; a blank line does.
 */
export class ParseArabicBlocks extends ParseArabic {}
ParseArabicBlocks.prototype.tokenizeParagraphPlugins = paragraphPluginsBreaking(breakImplicitSentences as AnyPlugin) as never

/** The characters of TERMINAL_MARKER: ! . ? … ‽ ؟ ۔ */
function isTerminalCode(code: number): boolean {
  return code === 0x21 || code === 0x2e || code === 0x3f || code === 0x2026 || code === 0x203d || code === 0x061f || code === 0x06d4
}

/** Split one sentence at every terminal marker. */
function splitSentences(node: Sentence): Sentence[] {
  const result: Sentence[] = []
  let start = 0
  const children = node.children
  for (let index = 0; index < children.length; index++) {
    const token = children[index]
    if (
      index === children.length - 1 ||
      (token.type === 'PunctuationNode' && isTerminalCode(token.value.charCodeAt(0)) && TERMINAL_MARKER.test(token.value))
    ) {
      const part: Sentence = {type: 'SentenceNode', children: children.slice(start, index + 1)}
      const first = children[start]
      if (first.position && token.position) part.position = {start: first.position.start, end: token.position.end}
      result.push(part)
      start = index + 1
    }
  }
  return result
}

export type {Root}
