// A retext parser for Arabic: parse-latin's tokenizer with Arabic sentence
// ends (`؟` `۔`), Arabic abbreviations, one paragraph per line and joiners kept
// inside words. Latin-script text goes through the same steps unchanged.
import type {Paragraph, Root, Sentence} from 'nlcst'
import {ParseLatin} from 'parse-latin'
import {toString} from 'nlcst-to-string'
import {breakSentencesAtLineBreaks} from './plugins/break-sentences-at-line-breaks.ts'
import {mergeArabicAbbreviations} from './plugins/merge-arabic-abbreviations.ts'
import {mergeWordJoiners} from './plugins/merge-word-joiners.ts'

/** Sentence-final marks: `.` `!` `?` `…` `‽` and Arabic `؟` `۔`. */
export const TERMINAL_MARKER = /^([!.?\u2026\u203D\u061F\u06D4]+)$/

type AnyPlugin = (node: never) => void

export class ParseArabic extends ParseLatin {
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
// breakImplicitSentences, removeEmptyNodes, patchPosition].
const latinParagraphPlugins = ParseLatin.prototype.tokenizeParagraphPlugins as unknown as AnyPlugin[]
const latinSentencePlugins = ParseLatin.prototype.tokenizeSentencePlugins as unknown as AnyPlugin[]
if (latinParagraphPlugins.length !== 12) {
  throw new Error('translint: unexpected parse-latin version (paragraph plugins changed)')
}
const MERGE_PREFIX_EXCEPTIONS = 4
const BREAK_IMPLICIT_SENTENCES = 9
const paragraphPlugins = [...latinParagraphPlugins]
// Every line break ends a sentence (parse-latin breaks only at blank lines).
paragraphPlugins[BREAK_IMPLICIT_SENTENCES] = breakSentencesAtLineBreaks as unknown as AnyPlugin
paragraphPlugins.splice(MERGE_PREFIX_EXCEPTIONS + 1, 0, mergeArabicAbbreviations as unknown as AnyPlugin)
ParseArabic.prototype.tokenizeParagraphPlugins = paragraphPlugins as never
ParseArabic.prototype.tokenizeSentencePlugins = [mergeWordJoiners as unknown as AnyPlugin, ...latinSentencePlugins] as never

/** Split one sentence at every terminal marker. */
function splitSentences(node: Sentence): Sentence[] {
  const result: Sentence[] = []
  let start = 0
  const children = node.children
  for (let index = 0; index < children.length; index++) {
    const token = children[index]
    if (
      index === children.length - 1 ||
      (token.type === 'PunctuationNode' && TERMINAL_MARKER.test(toString(token)))
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
