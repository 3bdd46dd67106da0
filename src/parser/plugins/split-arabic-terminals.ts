// Converters from Markdown and HTML split sentences with parse-latin's
// terminal marks only; split again at the Arabic `؟` and `۔`.
//
// One pass over the paragraph: each sentence is cut after every such mark but
// its last token, with the positions that cutting one mark at a time gives (the
// first piece keeps the sentence's start, every later piece starts at its first
// token, and each ends at its last token).
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {cutSentences} from './cut-sentences.ts'

const ARABIC_TERMINAL = /^[!.?\u2026\u203D\u061F\u06D4]*[\u061F\u06D4][!.?\u2026\u203D\u061F\u06D4]*$/

/** Whether a mark holds `؟` or `۔` (most marks are commas and periods). */
function hasArabicTerminal(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x061f || code === 0x06d4) return true
  }
  return false
}

function isArabicTerminal(node: SentenceContent): boolean {
  return node.type === 'PunctuationNode' && hasArabicTerminal(node.value) && ARABIC_TERMINAL.test(node.value)
}

/** Whether a sentence has such a mark before its last token. */
function needsSplit(sentence: Sentence): boolean {
  const children = sentence.children
  for (let index = 0; index < children.length - 1; index++) if (isArabicTerminal(children[index]!)) return true
  return false
}

export function splitArabicTerminals(paragraph: Paragraph): void {
  cutSentences(paragraph, (sentence) => (needsSplit(sentence) ? true : undefined), split)
}

function split(sentence: Sentence, _plan: true, output: Paragraph['children']): void {
  const children = sentence.children
  const last = children[children.length - 1]!
  let piece = sentence
  let from = 0
  for (let index = 0; index < children.length - 1; index++) {
    const node = children[index]!
    if (!isArabicTerminal(node)) continue
    piece.children = children.slice(from, index + 1)
    if (piece.position && node.position) piece.position = {start: piece.position.start, end: node.position.end}
    output.push(piece)
    // The rest of the sentence, as it is made before it is cut again.
    from = index + 1
    const first = children[from]!
    piece = {type: 'SentenceNode', children: []}
    if (first.position && last.position) piece.position = {start: first.position.start, end: last.position.end}
  }
  piece.children = children.slice(from)
  output.push(piece)
}
