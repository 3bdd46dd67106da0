// A text node's value is often shorter than its source: HTML decodes
// character references (`&amp;` `&nbsp;` `&#1575;`) and CRLF line ends;
// Markdown drops the indentation and `>` markers of continuation lines in
// list items and block quotes, and the backslash of an escape (`\*`), and
// decodes references too. hast-util-to-nlcst and mdast-util-to-nlcst place
// the tokens of a text node by their offsets in the value, so every token
// after the first such spot points too early in the file. This step moves
// those positions to the source: each drifted text node's value is aligned
// with its source (references decoded with `entities`, the decoder the HTML
// parser itself uses), and every position inside it is mapped through that
// alignment. A node that cannot be aligned keeps its positions, and the
// prose filter (see markup.ts) leaves it out as before.
import type {Element, Nodes as HastNodes, Text} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import {decodeHTML} from 'entities/decode'
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'
import {visitParents} from 'unist-util-visit-parents'
import {location} from 'vfile-location'

/** Elements hast-util-to-nlcst does not read as prose. */
const NOT_PROSE = new Set(['code', 'script', 'style', 'svg', 'math', 'del', 'template'])

/** A character reference as the HTML tokenizer may read one. */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)/y

/**
 * For a decoded value and its source, the source offset of each position of
 * the value (`value.length + 1` entries, the last one the source's end), or
 * undefined when the two do not line up as references and line ends (and,
 * with `markdown`, escapes and continuation-line indentation and `>`).
 */
export function alignDecoded(source: string, value: string, markdown = false): Int32Array | undefined {
  const map = new Int32Array(value.length + 1)
  let i = 0
  let j = 0
  // The end of the run of dropped indentation being skipped: the next character
  // of the run is at a line start too, without looking back to the line break
  // again (which was quadratic in a long run of spaces).
  let indentEnd = -1
  while (j < value.length) {
    if (i >= source.length) return undefined
    const code = source.charCodeAt(i)
    if (code === 0x26 /* & */) {
      REFERENCE.lastIndex = i
      const match = REFERENCE.exec(source)
      if (match) {
        const written = match[0]
        let decoded = decodeHTML(written)
        // What the decoder left as it was (`it;` of `&notit;`, all of `&foo;`) is read as text below.
        let kept = 0
        while (kept < decoded.length && kept < written.length && decoded[decoded.length - 1 - kept] === written[written.length - 1 - kept]) kept++
        decoded = decoded.slice(0, decoded.length - kept)
        if (decoded.length > 0 && value.startsWith(decoded, j)) {
          // Inside a reference, every position is its start.
          for (let k = 0; k < decoded.length; k++) map[j + k] = i
          i += written.length - kept
          j += decoded.length
          continue
        }
      }
    }
    if (code === 0x0d /* \r */ && value.charCodeAt(j) === 0x0a) {
      map[j] = i
      i += source.charCodeAt(i + 1) === 0x0a ? 2 : 1
      j++
      continue
    }
    if (code !== value.charCodeAt(j)) {
      // Markdown: what the parser drops from a text: the backslash of an
      // escape, and at the start of a continuation line its indentation and
      // block quote markers.
      if (markdown && code === 0x5c /* \ */ && source.charCodeAt(i + 1) === value.charCodeAt(j)) {
        i++
        continue
      }
      if (markdown && (code === 0x20 || code === 0x09 || code === 0x3e /* > */) && (indentEnd === i || atLineStart(source, i))) {
        i++
        indentEnd = i
        continue
      }
      return undefined
    }
    map[j] = i
    i++
    j++
  }
  if (i !== source.length) return undefined
  map[value.length] = i
  return map
}

/** Whether only spaces, tabs and `>` stand between the last line break and `at`. */
function atLineStart(source: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const code = source.charCodeAt(k)
    if (code === 0x0a || code === 0x0d) return true
    if (code !== 0x20 && code !== 0x09 && code !== 0x3e) return false
  }
  return false
}

interface Drift {
  /** Source offset of the text node. */
  start: number
  /** Decoded length. */
  length: number
  map: Int32Array
}

/** Text nodes of the HTML or Markdown tree whose value is not their source, aligned. */
function driftsOf(markup: HastNodes | MdastNodes, text: string, markdown: boolean): Drift[] {
  const drifts: Drift[] = []
  visitParents(markup as HastNodes, 'text', (node: Text, ancestors) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    if (ancestors.some((a) => a.type === 'element' && NOT_PROSE.has((a as Element).tagName))) return
    const source = text.slice(start, end)
    if (source === node.value) return
    const map = alignDecoded(source, node.value, markdown)
    if (map) drifts.push({start, length: node.value.length, map})
  })
  return drifts.sort((a, b) => a.start - b.start)
}

/** Move the nlcst positions that fall inside drifted text nodes to their source offsets. */
export function placeInSource(tree: Root, markup: HastNodes | MdastNodes, text: string, markdown = false): void {
  const drifts = driftsOf(markup, text, markdown)
  if (drifts.length === 0) return
  const place = location(text)
  const seen = new Set<Point>()
  const move = (point: Point | undefined) => {
    if (!point || seen.has(point) || point.offset === undefined) return
    seen.add(point)
    const offset = point.offset
    // The last drift that starts before this offset.
    let low = 0
    let high = drifts.length - 1
    let found: Drift | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      if (drifts[middle]!.start < offset) {
        found = drifts[middle]
        low = middle + 1
      } else high = middle - 1
    }
    if (!found || offset > found.start + found.length) return
    const moved = found.start + found.map[offset - found.start]!
    if (moved === offset) return
    const to = place.toPoint(moved)
    if (!to) return
    point.offset = moved
    point.line = to.line
    point.column = to.column
  }
  visit(tree, (node) => {
    move(node.position?.start)
    move(node.position?.end)
  })
}
