// Converters from Markdown and HTML split sentences with parse-latin's
// terminal marks only; split again at the Arabic `؟` and `۔`.
import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import {modifyChildren} from 'unist-util-modify-children'

const ARABIC_TERMINAL = /^[!.?\u2026\u203D\u061F\u06D4]*[\u061F\u06D4][!.?\u2026\u203D\u061F\u06D4]*$/

/** Whether a mark holds `؟` or `۔` (most marks are commas and periods). */
function hasArabicTerminal(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x061f || code === 0x06d4) return true
  }
  return false
}

export const splitArabicTerminals = modifyChildren<Paragraph>(function (child, index, parent) {
  if (child.type !== 'SentenceNode') return
  const children = child.children
  for (let position = 0; position < children.length - 1; position++) {
    const node = children[position]
    if (node.type !== 'PunctuationNode' || !hasArabicTerminal(node.value) || !ARABIC_TERMINAL.test(node.value)) continue
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
