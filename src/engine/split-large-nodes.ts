// The bridge from Markdown to nlcst (mdast-util-to-nlcst) gathers each node's
// tokens and hands them to its parent with `push(...tokens)`, a call with one
// argument a token: past about 100,000 tokens in one node — a paragraph of a
// one-megabyte line, a list of 20,000 items — it overflows the stack, and the
// file was an internal error, not linted. Before the bridge, a node longer
// than MAX_NODE_CHARACTERS of source is therefore cut into siblings of that
// node's type, each with a run of its children, and a long text node at a
// space inside a line. The bridge flattens the tree into one run of tokens,
// inserting line breaks from the nodes' lines only, so the tokens it makes
// are the same with the cuts as without them.
//
// The bridge places a text node's tokens at the node's start plus their
// offset in its value, even where the value is shorter than the source (a
// block quote's `>` markers, a list item's indentation, an escape), and
// sourcePositions (entities.ts) moves them to the source afterwards. So a
// text node is cut in the value's own offsets: each piece starts at the
// node's start plus the piece's offset in the value, and its tokens land
// where the bridge would have put them in the whole node. Before this, such a
// node was not cut, and a block quote of 20,000 lines (one paragraph, one text
// node) overflowed the stack.
import type {Node, Point} from 'unist'

/** Characters of source a node handed to the bridge may span (a few tokens a character at most). */
export const MAX_NODE_CHARACTERS = 20_000

/**
 * Nodes the bridge skips whole or takes as one token (its defaults): never
 * cut, or it would put line breaks between the pieces of what it skips.
 */
const BRIDGE_WHOLE = ['table', 'tableRow', 'tableCell', 'inlineCode']

interface Placed extends Node {
  children?: Placed[]
  value?: unknown
}

function span(node: Placed): [number, number] | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

/**
 * `node` with a run of its children: it starts where the node starts (the
 * first run) or where its first child starts, and ends where the node ends
 * (the last run) or where its last child ends.
 */
function withChildren(node: Placed, children: Placed[], first: boolean, last: boolean): Placed {
  const start = first ? node.position?.start : children[0]!.position?.start
  const end = last ? node.position?.end : children[children.length - 1]!.position?.end
  return {...node, children, position: start && end ? {start, end} : node.position}
}

/**
 * A text node cut where a space is followed by another character on the same
 * line, into pieces of at most about `max` characters of its value, each
 * placed at the node's start plus its offset in the value (see above); any
 * other node as it is.
 */
function cutText(node: Placed, max: number, point: (offset: number) => Point): Placed[] {
  const place = span(node)
  if (!place || typeof node.value !== 'string') return [node]
  const value = node.value
  const pieces: Placed[] = []
  let from = 0
  while (value.length - from > max) {
    let cut = -1
    for (let index = from + max; index > from + 1; index--) {
      const before = value.charCodeAt(index - 1)
      const after = value.charCodeAt(index)
      if ((before === 0x20 || before === 0x09) && after !== 0x20 && after !== 0x09 && after !== 0x0a && after !== 0x0d) {
        cut = index
        break
      }
    }
    if (cut === -1) break
    pieces.push({...node, value: value.slice(from, cut), position: {start: from === 0 ? node.position!.start : point(place[0] + from), end: point(place[0] + cut)}})
    from = cut
  }
  if (pieces.length === 0) return [node]
  pieces.push({...node, value: value.slice(from), position: {start: point(place[0] + from), end: node.position!.end}})
  return pieces
}

/**
 * The tree with every node longer than `max` characters cut into siblings (the
 * root, and the nodes the bridge skips whole or is told to `ignore`, excepted);
 * nodes are copied only where something is cut, so the tree given is not
 * changed. `point` turns an offset into a point of the document.
 */
export function splitLargeNodes<T extends Node>(
  tree: T,
  point: (offset: number) => Point,
  options: {
    max?: number
    ignore?: readonly string[]
    /**
     * Cut text nodes only, each parent kept whole with its cut children:
     * HTML's bridge (hast-util-to-nlcst) makes a paragraph of each element,
     * so a cut element would be two paragraphs; it hands on a text node's
     * tokens with `push(...tokens)` as the Markdown bridge does, and a
     * paragraph of one megabyte overflowed the stack there too.
     */
    textOnly?: boolean
  } = {}
): T {
  const max = options.max ?? MAX_NODE_CHARACTERS
  const whole = new Set([...BRIDGE_WHOLE, ...(options.ignore ?? [])])
  const split = (node: Placed): Placed[] => {
    const place = span(node)
    if (!place || place[1] - place[0] <= max || whole.has(node.type)) return [node]
    if (!node.children) return cutText(node, max, point)
    const children = node.children.flatMap(split)
    if (node === (tree as Placed) || options.textOnly) return [{...node, children}]
    // Consecutive children in groups of at most `max` characters (a longer child stands alone).
    const groups: Placed[][] = []
    let group: Placed[] = []
    let groupStart = 0
    for (const child of children) {
      const [start, end] = span(child) ?? [groupStart, groupStart]
      if (group.length > 0 && end - groupStart > max) {
        groups.push(group)
        group = []
      }
      if (group.length === 0) groupStart = start
      group.push(child)
    }
    if (group.length > 0) groups.push(group)
    return groups.map((part, index) => withChildren(node, part, index === 0, index === groups.length - 1))
  }
  return split(tree as Placed)[0] as unknown as T
}
