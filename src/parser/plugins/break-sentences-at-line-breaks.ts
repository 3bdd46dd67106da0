// Plain-text news puts one paragraph on a line: a line break always ends a
// sentence, so a title line is never glued to the paragraph under it.
import type {Paragraph, Sentence, WhiteSpace} from 'nlcst'
import {modifyChildren} from 'unist-util-modify-children'

/** Whether white space holds a line feed or carriage return. */
function hasLineBreak(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 10 || code === 13) return true
  }
  return false
}

export const breakSentencesAtLineBreaks = modifyChildren<Paragraph>(function (child, index, parent) {
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
