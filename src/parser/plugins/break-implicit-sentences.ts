// parse-latin 7.0.0's breakImplicitSentences in one pass over the paragraph: a
// sentence is cut at white space holding two or more line breaks (a blank
// line), except at its first and last token. parse-latin copies the rest of
// the sentence and splices the paragraph at every cut, which made a Markdown or
// HTML block of many blank-line-separated parts quadratic. The pieces and
// positions are those parse-latin gives (tests/parser.test.ts checks them).
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {cutSentences} from './cut-sentences.ts'

const LINE_BREAK = /\r\n|\r|\n/

function isBlankLine(node: SentenceContent): boolean {
  return node.type === 'WhiteSpaceNode' && toString(node).split(LINE_BREAK).length >= 3
}

/** Where the sentence is cut: each blank line that is neither the first token of its piece nor the last token. */
function cuts(children: readonly SentenceContent[]): number[] {
  const result: number[] = []
  let from = 0
  for (let index = 1; index < children.length - 1; index++) {
    if (index > from && isBlankLine(children[index]!)) {
      result.push(index)
      from = index + 1
    }
  }
  return result
}

export function breakImplicitSentences(paragraph: Paragraph): void {
  cutSentences(paragraph, (sentence) => {
    const at = cuts(sentence.children)
    return at.length > 0 ? at : undefined
  }, cut)
}

function cut(sentence: Sentence, at: number[], output: Paragraph['children']): void {
  const children = sentence.children
  let piece = sentence
  let from = 0
  for (const position of at) {
    piece.children = children.slice(from, position)
    output.push(piece, children[position] as never)
    const next: Sentence = {type: 'SentenceNode', children: []}
    // The piece ends at the token before the cut; the rest starts at the token after it.
    const tail = children[position - 1]!
    const head = children[position + 1]!
    if (piece.position && tail.position && head.position) {
      const end = piece.position.end
      piece.position.end = tail.position.end
      next.position = {start: head.position.start, end}
    }
    piece = next
    from = position + 1
  }
  piece.children = children.slice(from)
  output.push(piece)
}
