// parse-latin 7.0.0's plugins that move the white space at either end of a
// sentence (or of a paragraph) up to its parent and drop the nodes left empty,
// each in one pass over the parent. parse-latin splices the parent's array for
// every node it moves or drops, which made a text of many lines or sentences
// quadratic. The nodes, their order and the positions are those parse-latin
// gives (tests/parser.test.ts checks them against parse-latin's).
import type {Paragraph, Root} from 'nlcst'

type Parent = Paragraph | Root
type Child = Parent['children'][number]

function hasChildren(node: Child): node is Extract<Child, {children: unknown}> {
  return 'children' in node
}

/** Move the white space that starts each child before it. */
export function makeInitialWhiteSpaceSiblings(parent: Parent): void {
  const input = parent.children as Child[]
  let output: Child[] | undefined
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if (hasChildren(child) && child.children && child.children[0]?.type === 'WhiteSpaceNode') {
      output ??= input.slice(0, index)
      const children = child.children as Child[]
      let count = 0
      while (children[count]?.type === 'WhiteSpaceNode') {
        output.push(children[count]!)
        // The start moves to the node after each one moved, when there is one.
        const next = children[count + 1]
        if (next && next.position && child.position) child.position.start = next.position.start
        count++
      }
      children.splice(0, count)
    }
    output?.push(child)
  }
  if (output) parent.children = output as never
}

/** Move the white space that ends each child after it. */
export function makeFinalWhiteSpaceSiblings(parent: Parent): void {
  const input = parent.children as Child[]
  let output: Child[] | undefined
  for (let index = 0; index < input.length; index++) {
    const child = input[index]!
    if (!hasChildren(child) || child.children[child.children.length - 1]?.type !== 'WhiteSpaceNode') {
      output?.push(child)
      continue
    }
    output ??= input.slice(0, index)
    output.push(child)
    const children = child.children as Child[]
    let from = children.length
    while (from > 0 && children[from - 1]!.type === 'WhiteSpaceNode') {
      from--
      // The end moves to the node before each one moved, when there is one.
      const previous = children[from - 1]
      if (previous && previous.position && child.position) child.position.end = previous.position.end
    }
    for (const node of children.splice(from)) output.push(node)
  }
  if (output) parent.children = output as never
}

/** Drop the children that have no children left. */
export function removeEmptyNodes(parent: Parent): void {
  const children = parent.children as Child[]
  if (children.some((child) => hasChildren(child) && child.children.length === 0)) {
    parent.children = children.filter((child) => !hasChildren(child) || child.children.length > 0) as never
  }
}
