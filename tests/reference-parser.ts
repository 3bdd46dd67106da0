// The parser as it was built before its plugins were made linear: parse-latin
// 7.0.0's own paragraph and root plugins, and the first versions of the Arabic
// plugins, each of which copies or splices the array it walks. They are kept
// here, and only here, as the reference the linear parser must agree with on
// every node and position (tests/parser.test.ts); they cost time quadratic in a
// paragraph's length, so they are never used to lint.
import type {Paragraph, Sentence, SentenceContent, WhiteSpace, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import {modifyChildren} from 'unist-util-modify-children'
import {ParseArabic, ParseArabicBlocks} from '../src/parser/parse-arabic.ts'
import {mergeJoinersIn} from '../src/parser/plugins/merge-word-joiners.ts'

type AnyPlugin = (node: never) => void

function hasLineBreak(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 10 || code === 13) return true
  }
  return false
}

const breakSentencesAtLineBreaks = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode') return
  const children = child.children
  for (let position = 0; position < children.length; position++) {
    const node = children[position]
    if (node.type !== 'WhiteSpaceNode' || !hasLineBreak(node.value)) continue
    const head = children.slice(0, position)
    const tail = children.slice(position + 1)
    const insertion: (Sentence | WhiteSpace)[] = [node]
    if (tail.length > 0) {
      const next: Sentence = {type: 'SentenceNode', children: tail}
      if (tail[0].position && tail[tail.length - 1].position) {
        next.position = {start: tail[0].position.start, end: tail[tail.length - 1].position!.end}
      }
      insertion.push(next)
    }
    if (head.length === 0) {
      parent.children.splice(index, 1, ...insertion)
      return index + 1
    }
    child.children = head
    if (child.position && head[head.length - 1].position) child.position.end = head[head.length - 1].position!.end
    parent.children.splice(index + 1, 0, ...insertion)
    return index + 1
  }
})

const ARABIC_TERMINAL = /^[!.?\u2026\u203D\u061F\u06D4]*[\u061F\u06D4][!.?\u2026\u203D\u061F\u06D4]*$/

const splitArabicTerminals = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode') return
  const children = child.children
  for (let position = 0; position < children.length - 1; position++) {
    const node = children[position]
    if (node.type !== 'PunctuationNode' || !ARABIC_TERMINAL.test(node.value)) continue
    const head = children.slice(0, position + 1)
    const tail: SentenceContent[] = children.slice(position + 1)
    child.children = head
    const next: Sentence = {type: 'SentenceNode', children: tail}
    const last = head[head.length - 1]
    if (child.position && last.position) child.position = {start: child.position.start, end: last.position.end}
    if (tail[0].position && tail[tail.length - 1].position) next.position = {start: tail[0].position.start, end: tail[tail.length - 1].position!.end}
    parent.children.splice(index + 1, 0, next)
    return index + 1
  }
})

const ABBREVIATION = /^(?:[\u0621-\u064A](?:\.[\u0621-\u064A])*|[A-Za-z](?:\.[A-Za-z])*|هـ|ه|ج\.?م\.?ع|إلخ|الخ)$/u
const ERA = /^(?:م|هـ|ه)$/u
const NUMBER = /^[\p{N}]+(?:[/.\-][\p{N}]+)*$/u

const mergeArabicAbbreviations = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode' || child.children.length < 2) return
  const period = child.children[child.children.length - 1]
  if (period.type !== 'PunctuationNode' || period.value !== '.') return
  const word = child.children[child.children.length - 2]
  if (word.type !== 'WordNode') return
  const value = toString(word)
  if (!ABBREVIATION.test(value) || value === 'إلخ' || value === 'الخ') return
  if (ERA.test(value)) {
    const before = child.children.slice(0, -2).filter((n) => n.type !== 'WhiteSpaceNode')
    const previous = before[before.length - 1]
    if (previous && previous.type === 'WordNode' && NUMBER.test(toString(previous))) return
  }
  const next = parent.children[index + 1]
  if (!next || next.type !== 'SentenceNode') return
  child.children.push(...next.children)
  parent.children.splice(index + 1, 1)
  if (child.position && next.position) child.position.end = next.position.end
  return index
})

const DIGITS = /^[\p{Nd}]+(?:[/\-.:][\p{Nd}]+)*$/u
const SEPARATOR = /^[/\-.:]$/

const mergeNumericTokens = modifyChildren<Sentence>(function (child, index, parent) {
  if (child.type !== 'WordNode') return
  const first = child.children[0]
  if (!first || first.type !== 'TextNode' || !/\p{Nd}/u.test(first.value.charAt(0))) return
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

const latinSentence = ParseLatin.prototype.tokenizeSentencePlugins as unknown as AnyPlugin[]
const latinParagraph = ParseLatin.prototype.tokenizeParagraphPlugins as unknown as AnyPlugin[]
const sentencePlugins = [mergeJoinersIn, ...latinSentence, mergeNumericTokens] as AnyPlugin[]
// [splitArabicTerminals, mergeNonWordSentences, mergeAffixSymbol,
// mergeInitialLowerCaseLetterSentences, mergeInitialDigitSentences,
// mergePrefixExceptions, mergeArabicAbbreviations, mergeAffixExceptions,
// mergeRemainingFullStops, makeInitialWhiteSpaceSiblings,
// makeFinalWhiteSpaceSiblings, breakImplicitSentences, removeEmptyNodes, patchPosition]
const blockParagraph = [splitArabicTerminals, ...latinParagraph] as AnyPlugin[]
blockParagraph.splice(6, 0, mergeArabicAbbreviations as AnyPlugin)
const textParagraph = [...blockParagraph]
textParagraph[11] = breakSentencesAtLineBreaks as AnyPlugin

/** Plain text, as ParseArabic parsed it with the plugins above. */
export class ReferenceArabic extends ParseArabic {}
ReferenceArabic.prototype.tokenizeSentencePlugins = sentencePlugins as never
ReferenceArabic.prototype.tokenizeParagraphPlugins = textParagraph as never
ReferenceArabic.prototype.tokenizeRootPlugins = ParseLatin.prototype.tokenizeRootPlugins

/** Markdown and HTML blocks, as ParseArabicBlocks parsed them. */
export class ReferenceArabicBlocks extends ParseArabicBlocks {}
ReferenceArabicBlocks.prototype.tokenizeSentencePlugins = sentencePlugins as never
ReferenceArabicBlocks.prototype.tokenizeParagraphPlugins = blockParagraph as never
ReferenceArabicBlocks.prototype.tokenizeRootPlugins = ParseLatin.prototype.tokenizeRootPlugins
