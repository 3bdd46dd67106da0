// The paragraph loop shared by the plugins that cut sentences into pieces.
//
// A sentence with nothing to cut is kept as it is, and the paragraph's child
// list is copied only from the first sentence that is cut (most paragraphs
// have none), so a paragraph costs one pass whatever its length. Splicing the
// pieces into the paragraph one cut at a time made texts of many short lines
// quadratic.
import type {Paragraph, Sentence} from 'nlcst'

/**
 * Replace each sentence of `paragraph` that `plan` finds something to cut in
 * by the pieces `cut` pushes onto the new child list (pieces and the white
 * space or marks between them, in order).
 */
export function cutSentences<Plan>(
  paragraph: Paragraph,
  plan: (sentence: Sentence) => Plan | undefined,
  cut: (sentence: Sentence, plan: Plan, output: Paragraph['children']) => void,
): void {
  const input = paragraph.children
  let output: Paragraph['children'] | undefined
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    const found = child.type === 'SentenceNode' ? plan(child) : undefined
    if (found === undefined) {
      output?.push(child)
      continue
    }
    output ??= input.slice(0, index)
    cut(child as Sentence, found, output)
  }
  if (output) paragraph.children = output
}
