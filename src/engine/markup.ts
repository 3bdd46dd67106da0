// Markdown and HTML: remark-parse/rehype-parse build the markup tree,
// remark-retext/rehype-retext turn its prose into nlcst with the Arabic block
// parser (code, URLs and markup are left out), the rules run on that, and
// comments control messages as remark-lint users know them:
//   <!-- translint-disable rule-id --> <!-- translint-enable --> <!-- translint-ignore-next -->
import type {Nodes as HastNodes} from 'hast'
import type {Nodes as MdastNodes} from 'mdast'
import type {Root} from 'nlcst'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified, type Processor} from 'unified'
import {messageControl} from 'unified-message-control'
import {visit} from 'unist-util-visit'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {ParseArabicBlocks} from '../parser/parse-arabic.ts'
import {ANYWHERE_MARK} from './define-rule.ts'
import {placeInSource} from './entities.ts'
import {crowdedParagraph, MAX_MARKS_PER_PARAGRAPH} from './crowded-markdown.ts'
import {MAX_NODE_CHARACTERS, splitLargeNodes} from './split-large-nodes.ts'
import {CODE_MASK, type Format} from './format.ts'
import {directiveText} from './directive-texts.ts'
// Linting a Markdown or HTML file over 4 MiB a section at a time: with the rest of this module, so that
// parse5's tokenizer (which html-sections.ts follows) and its entity tables are loaded only for markup.
export {lintHtmlInSections} from './html-sections.ts'
export {lintMarkdownInSections} from './markdown-sections.ts'

// Matched against the comment's trimmed text: a lazy list followed by `\s*$`
// tried every end of a long run of spaces inside the comment (quadratic).
const COMMENT = /^translint-(disable|enable|ignore-next)(?:\s+([\s\S]*))?$/

interface Marker {
  name: string
  attributes: string
  parameters: Record<string, never>
  node: Node
}

/** Parse a `translint-*` comment into unified-message-control's marker shape. */
function markerOf(node: Node): Marker | undefined {
  let value: string | undefined
  if (node.type === 'html') {
    const match = /^<!--([\s\S]*)-->\s*$/.exec((node as unknown as {value: string}).value)
    value = match?.[1]
  } else if (node.type === 'comment') {
    value = (node as unknown as {value: string}).value
  }
  if (value === undefined) return undefined
  const match = COMMENT.exec(value.trim())
  if (!match) return undefined
  const verb = match[1] === 'ignore-next' ? 'ignore' : match[1]
  return {name: 'translint', attributes: `${verb} ${match[2] ?? ''}`.trim(), parameters: {}, node}
}

/** Markdown nodes the bridge to nlcst leaves out besides its own: struck-out text (`~~…~~`) is deleted text, as `<del>` in HTML. */
const BRIDGE_IGNORE = ['delete']

/** The unified parse step and the bridge to nlcst, for one format. */
export function useMarkup(processor: Processor, format: Exclude<Format, 'text'>): Processor {
  const parser = new ParseArabicBlocks()
  if (format === 'markdown') {
    // Keep the markup tree for message control; the bridge returns a new (nlcst) tree.
    return processor
      .use(remarkParse)
      // GitHub-flavoured Markdown: a table is a table (its cells and padding are
      // not read as a paragraph of pipes).
      .use(remarkGfm)
      .use(readDeepNesting, format)
      .use(refuseCrowdedParagraphs)
      .use(limitDepth)
      .use(keepTree, format)
      .use(splitForBridge)
      // Struck-out text (`~~…~~`) is deleted text, as `<del>` in HTML: not read.
      .use(remarkRetext, parser as never, {ignore: BRIDGE_IGNORE} as never)
      .use(completePositions)
      .use(sourcePositions)
      .use(maskSource) as unknown as Processor
  }
  return processor
    .use(rehypeParse, {fragment: true})
    .use(readDeepNesting, format)
    .use(limitDepth)
    .use(keepTree, format)
    .use(splitForBridge, {textOnly: true})
    .use(rehypeRetext, parser as never)
    .use(completePositions)
    .use(sourcePositions)
    .use(maskSource) as unknown as Processor
}

/** Deeper than this, markup is flattened (see limitDepth). */
export const MAX_MARKUP_DEPTH = 256

/**
 * Markup nested deeper than MAX_MARKUP_DEPTH levels (`>>>>…` thousands of
 * block quotes deep, `<div>` in `<div>` …) keeps only its leaves at that
 * depth: the tree walkers of the unified collective recurse, and such a tree
 * overflowed the stack. Nobody nests prose that deep; the text is kept.
 */
function limitDepth() {
  return (tree: Node) => {
    const stack: [Node, number][] = [[tree, 0]]
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!
      const parent = node as Node & {children?: Node[]}
      if (!parent.children) continue
      if (depth >= MAX_MARKUP_DEPTH) parent.children = leavesOf(parent.children)
      else for (const child of parent.children) stack.push([child, depth + 1])
    }
  }
}

/**
 * The parsers recurse too (GitHub-flavoured Markdown's autolink step, the
 * HTML tree builder): a document nested thousands of levels deep overflows the
 * stack while it is parsed. Markdown is then read without the GFM extensions;
 * what cannot be read at all is not linted, and a warning says why.
 */
function readDeepNesting(this: Processor, format: Exclude<Format, 'text'>) {
  const parse = this.parser!
  this.parser = (document, file) => {
    try {
      return parse(document, file)
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
    }
    if (format === 'markdown') {
      try {
        return unified().use(remarkParse).parse(file)
      } catch (error) {
        if (!(error instanceof RangeError)) throw error
      }
    }
    const message = file.message(`Unexpected markup nested too deeply to be read, expected at most ${MAX_MARKUP_DEPTH} levels: not linted`, {
      source: 'translint'
    })
    message.fatal = false
    return {type: 'root', children: []} as never
  }
}

/**
 * Markdown with a paragraph of more than MAX_MARKS_PER_PARAGRAPH emphasis or
 * link marks is not parsed (micromark's time is quadratic in them, see
 * crowded-markdown.ts): not linted, and a warning at that paragraph says why.
 */
function refuseCrowdedParagraphs(this: Processor) {
  const parse = this.parser!
  this.parser = (document, file) => {
    const crowded = crowdedParagraph(document)
    if (!crowded) return parse(document, file)
    const place = location(document)
    const message = file.message(
      `Unexpected more than ${MAX_MARKS_PER_PARAGRAPH} emphasis or link marks (\`* _ ~ [ ]\`) in one paragraph, expected fewer: not linted`,
      {place: {start: place.toPoint(crowded.start)!, end: place.toPoint(crowded.end)!}, source: 'translint'}
    )
    message.fatal = false
    // Kept, though it is not in prose (there is none: nothing was parsed).
    ;(message as unknown as Record<symbol, boolean>)[ANYWHERE_MARK] = true
    return {type: 'root', children: []} as never
  }
}

/**
 * A long Markdown document goes to the bridge with its long nodes cut, an
 * HTML document with its long text nodes cut (`textOnly`; see
 * split-large-nodes.ts); the markup tree kept for the comments is not changed.
 */
function splitForBridge(options: {textOnly?: boolean} = {}) {
  return (tree: Node, file: VFile) => {
    const text = String(file.value)
    if (text.length <= MAX_NODE_CHARACTERS) return tree
    const place = location(text)
    return splitLargeNodes(tree, (offset) => place.toPoint(offset)!, {ignore: BRIDGE_IGNORE, textOnly: options.textOnly})
  }
}

/** The nodes without children under a list of nodes, in document order (without recursion). */
function leavesOf(nodes: Node[]): Node[] {
  const leaves: Node[] = []
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()! as Node & {children?: Node[]}
    if (!node.children) leaves.push(node)
    else for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return leaves
}

/** A position with both ends and their offsets, as every rule reads them. */
function isComplete(position: Node['position']): boolean {
  return position?.start?.offset !== undefined && position.end?.offset !== undefined
}

/**
 * After the bridge: every nlcst node has a complete position. The HTML parser
 * makes elements the source does not hold (`<code><h1></code>` closes the
 * `code` inside the heading with a copy that has no position), and the bridge
 * gives what it makes of them no position or half of one. Such leaves say
 * nothing that can be placed, and are dropped; a parent takes its position
 * from its children, and is dropped when none is left.
 */
function completePositions() {
  return (tree: Root) => {
    const complete = (node: Node): boolean => {
      const parent = node as Node & {children?: Node[]}
      if (!parent.children) return isComplete(node.position)
      const children = parent.children
      // A new list only when a child goes (most trees lose nothing).
      let left: Node[] | undefined
      for (let index = 0; index < children.length; index++) {
        const placed = complete(children[index]!)
        if (!placed && !left) left = children.slice(0, index)
        else if (placed && left) left.push(children[index]!)
      }
      if (left) parent.children = left
      const kept = left ?? children
      if (isComplete(node.position)) return true
      if (kept.length === 0) return false
      node.position = {start: {...kept[0]!.position!.start}, end: {...kept[kept.length - 1]!.position!.end}}
      return true
    }
    complete(tree as unknown as Node)
  }
}

/**
 * The text the rules read: the file, with code (inline code, code blocks,
 * `<code>`) replaced by a neutral character of the same length (line breaks
 * kept), so that a bracket, quote or space inside code is not taken for one
 * of the prose around it. Offsets are unchanged.
 *
 * Prose is never masked, even where a code span covers it: the HTML parser
 * reopens a `<code>` left open in the blocks after it and gives the copy the
 * position of the original tag (`<p><code>x<table><td>انه</table><p>نص`:
 * the copy in the second paragraph spans the table), and the words of the
 * table cell, which the rules read as words, were read as the mask.
 */
function maskSource() {
  return (tree: Root, file: VFile) => {
    const text = String(file.value)
    const spans: [number, number][] = []
    visit(tree, 'SourceNode', (node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined && end > start) spans.push([start, end])
    })
    if (spans.length === 0) return
    spans.sort((a, b) => a[0] - b[0])
    const prose = proseLeafSpans(tree)
    let masked = ''
    let from = 0
    let next = 0
    const mask = (begin: number, end: number) => {
      masked += text.slice(from, begin) + text.slice(begin, end).replace(/[^\r\n]/g, CODE_MASK)
      from = end
    }
    for (const [start, end] of spans) {
      if (end <= from) continue
      let begin = Math.max(start, from)
      // Mask the span around the prose leaves inside it.
      while (next < prose.length && prose[next]![1] <= begin) next++
      while (next < prose.length && prose[next]![0] < end) {
        const [leafStart, leafEnd] = prose[next]!
        if (leafStart > begin) mask(begin, leafStart)
        begin = Math.max(begin, leafEnd)
        if (leafEnd > end) break
        next++
      }
      if (begin < end) mask(begin, end)
      else if (begin > from) {
        masked += text.slice(from, begin)
        from = begin
      }
    }
    file.data.translintText = masked + text.slice(from)
  }
}

/** The spans of the nlcst leaves that are prose (every leaf with a value but code), sorted and merged. */
function proseLeafSpans(tree: Root): [number, number][] {
  const spans: [number, number][] = []
  visit(tree, (node) => {
    if (!('value' in node) || node.type === 'SourceNode') return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined && end > start) spans.push([start, end])
  })
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push(span)
  }
  return merged
}

/**
 * After the bridge: positions after a character reference, or in Markdown a
 * continuation line's indentation or an escape, moved to the source (see entities.ts).
 */
function sourcePositions() {
  return (tree: Root, file: VFile) => {
    const markup = file.data.markupTree as MdastNodes | HastNodes
    placeInSource(tree, markup, String(file.value), file.data.markupFormat === 'markdown')
  }
}

function keepTree(format: Format) {
  return (tree: Node, file: VFile) => {
    // An empty document, or one of nothing but what the HTML parser drops
    // (`<html></html>`), has a root without a position, which the bridge
    // requires: the root spans the whole file.
    if (tree.position?.start?.offset === undefined) {
      const text = String(file.value)
      const end = location(text).toPoint(text.length) ?? {line: 1, column: 1, offset: 0}
      tree.position = {start: {line: 1, column: 1, offset: 0}, end}
    }
    file.data.markupTree = tree
    file.data.markupFormat = format
  }
}

/** The last transformer of a Markdown or HTML pipeline. */
export function finishMarkupPlugin() {
  return (tree: Root, file: VFile) => finishMarkup(tree, file, Boolean(file.data.reportUnusedDirectives))
}

/**
 * The prose ranges of the nlcst tree: leaves merged where they touch. A leaf
 * whose text differs from the source at its place (a character reference, or
 * a text node the position step could not align) is left out, so
 * nothing is reported or fixed there.
 */
function proseRanges(tree: Root, text: string): [number, number][] {
  const ranges: [number, number][] = []
  visit(tree, (node) => {
    if (!('value' in node) || node.type === 'SourceNode' || !node.position) return
    const start = node.position.start.offset
    const end = node.position.end.offset
    if (start === undefined || end === undefined) return
    const source = text.slice(start, end)
    let to = end
    if (source !== node.value) {
      // A line break followed by markup (a list item's or a block quote's
      // continuation indent, `>`): only the break is prose. Any other
      // difference (a reference, an entity, `<br>`) is markup.
      if (node.type !== 'WhiteSpaceNode' || !source.startsWith(node.value)) return
      to = start + node.value.length
    }
    const last = ranges[ranges.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], to)
    else ranges.push([start, to])
  })
  return ranges
}

/**
 * Whether a span lies inside one of `ranges`, asked once per message: the
 * ranges sorted by start, with the furthest end reached so far, so each
 * question is a binary search (asking every range of a document with tens of
 * thousands of ranges and messages was quadratic).
 */
function insideAny(ranges: [number, number][]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const starts = sorted.map(([start]) => start)
  const furthest: number[] = []
  let reach = -Infinity
  for (const [, end] of sorted) furthest.push((reach = Math.max(reach, end)))
  return (start, end) => {
    // The last range that starts at or before `start`.
    let low = 0
    let high = starts.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (starts[middle]! <= start) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    return found !== -1 && furthest[found]! >= end
  }
}

/**
 * After the rules: drop messages outside the prose (a rule that reads the raw
 * text may otherwise see markup) unless they were reported for anywhere in
 * the source (`Report.anywhere`), drop fixes whose range does not hold the
 * text they replace (entities in HTML), drop a message given twice, and apply
 * the comments.
 */
export function finishMarkup(tree: Root, file: VFile, reportUnused: boolean): void {
  const text = String(file.value)
  const inProse = insideAny(proseRanges(tree, text))
  // Misnested HTML can bring the same source text to the rules twice (the parser moves and reopens
  // elements around it): the same finding at the same place is then kept once.
  const seen = new Set<string>()
  file.messages = file.messages.filter((message) => {
    if (message.source !== 'translint') return true
    if ((message as unknown as Record<symbol, boolean>)[ANYWHERE_MARK]) return true
    const place = message.place
    const start = place && 'start' in place ? place.start.offset : place?.offset
    const end = place && 'end' in place ? place.end.offset : start
    if (start === undefined || end === undefined) return true
    const inside = inProse(start, end)
    if (inside && message.expected && message.actual !== undefined && text.slice(start, end) !== message.actual) {
      message.expected = undefined
    }
    if (!inside) return false
    const key = `${message.ruleId}\u0000${start}\u0000${end}\u0000${message.reason}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const markup = file.data.markupTree as (MdastNodes | HastNodes) | undefined
  if (!markup) return
  const test = file.data.markupFormat === 'html' ? 'comment' : 'html'
  const directives: Node[] = []
  visit(markup as Node, test, (node) => {
    if (markerOf(node)) directives.push(node)
  })
  if (directives.length === 0) return
  // What a long file linted in sections carries into the next (see markdown-sections.ts).
  file.data.translintDirectives = directives.map((node) => ({offset: node.position!.start.offset!, attributes: markerOf(node)!.attributes}))
  const control = (target: {messages: VFileMessage[]}, skip?: Node) =>
    messageControl(markup as never, {
      file: target as never,
      name: 'translint',
      marker: ((node: Node) => (node === skip ? undefined : markerOf(node))) as never,
      test,
      source: 'translint'
    })
  const before = file.messages
  control(file)
  if (!reportUnused) return
  const kept = new Set(file.messages)
  const suppressed = before.filter((m) => !kept.has(m)).length
  for (const directive of directives) {
    // `enable` never silences anything by itself.
    if (markerOf(directive)!.attributes.startsWith('enable')) continue
    const trial = new VFile({value: file.value, path: file.path})
    trial.messages = [...before]
    control(trial, directive)
    const left = before.length - trial.messages.length
    if (left === suppressed) {
      const position = directive.position!
      const verb = markerOf(directive)!.attributes.split(' ')[0]
      const name = `translint-${verb === 'ignore' ? 'ignore-next' : verb}`
      const message = file.message(directiveText(file, 'unusedDirective', {name}), {
        place: position,
        ruleId: 'unused-directive',
        source: 'translint'
      })
      message.fatal = true
    }
  }
}
