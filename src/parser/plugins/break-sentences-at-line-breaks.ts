// Plain-text news puts one paragraph on a line: a line break always ends a
// sentence, so a title line is never glued to the paragraph under it.
//
// One pass over the paragraph: each sentence is cut at every white space that
// holds a line break, the white space becoming a sibling of the pieces. (Cutting
// one break at a time, copying the rest of the sentence and splicing it into the
// paragraph each time, made a text of many short lines quadratic.) The pieces
// and their positions are the ones that cutting one break at a time gives: the
// first piece is the sentence itself, its end moved back; each later piece
// starts at its first token and ends at its last one.
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {cutSentences} from './cut-sentences.ts'

/** Whether white space holds a line feed or carriage return. */
function hasLineBreak(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 10 || code === 13) return true
  }
  return false
}

function isLineBreak(node: SentenceContent): boolean {
  return node.type === 'WhiteSpaceNode' && hasLineBreak(node.value)
}

export function breakSentencesAtLineBreaks(paragraph: Paragraph): void {
  cutSentences(paragraph, (sentence) => (sentence.children.some(isLineBreak) ? true : undefined), cut)
}

/** Push the pieces of `sentence` and the line breaks between them onto `output`. */
function cut(sentence: Sentence, _plan: true, output: Paragraph['children']): void {
  const children = sentence.children
  const last = children[children.length - 1]!
  let from = 0
  for (let index = 0; index <= children.length; index++) {
    if (index < children.length && !isLineBreak(children[index]!)) continue
    if (index > from) {
      const piece = children.slice(from, index)
      if (from === 0) {
        sentence.children = piece
        const end = piece[piece.length - 1]!.position
        if (sentence.position && end) sentence.position.end = end.end
        output.push(sentence)
      } else {
        const next: Sentence = {type: 'SentenceNode', children: piece}
        // As made when it was the rest of the sentence, then cut at its own end.
        const first = piece[0]!.position
        if (first && last.position) {
          next.position = {start: first.start, end: last.position.end}
          const end = piece[piece.length - 1]!.position
          if (end) next.position.end = end.end
        }
        output.push(next)
      }
    }
    if (index < children.length) output.push(children[index] as never)
    from = index + 1
  }
}
