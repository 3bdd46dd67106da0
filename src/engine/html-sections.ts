// A long HTML file is linted in sections (see markup-sections.ts), cut where
// each part parses as it parses in the whole file: at the start of a line
// that begins (after white space) with a block-level element (<p>, <h2>,
// <li>, <tr>, <div>, …) or a comment, after nothing but white space since
// the tag before (or text whose element that tag closes: the item before a
// <li>), where every element still open around that place is a container of
// blocks (<body>, <article>, <div>, <ul>, <li>, <table>, <td>,
// …). So no cut falls inside text, inside inline markup, inside <pre>,
// <code>, <script>, <style>, <textarea>, a comment or CDATA (none of which is
// a container), or inside SVG or MathML.
//
// A file with a stretch of more than MAX_BLOCK_BYTES and no such line (HTML
// written on one line, as pages are minified) is cut within lines instead:
// before the same tags, right after the tag, comment or text before them;
// and, where no such place is near, within the text of a paragraph, a
// heading or a <pre> (or text right in a container) after white space, when
// every other element open around it is a container (considerText). Only
// then: where lines allow, the parts and their findings stay as they were.
//
// The file is parsed as a fragment (markup.ts), so a part is parsed as the
// whole is; what a part would lose is the elements open around it. Each part
// is linted after the start tags of those elements (its `lead`, never
// reported): the text under a <li> is then a list item's, under <td> a table
// cell's, under <del> (in a container) deleted text, as in the whole file,
// whatever the bridge to nlcst or a rule makes of its ancestors. <html> and
// <body> are dropped by the fragment parser in the part as in the whole.
//
// The open elements are followed with parse5's own tokenizer (the one the
// HTML parser uses, so raw text, comments, CDATA and character references
// are read alike), with a stack that knows the end tags the parser implies
// before a block (`<p>` before `<div>`, `<li>` before `<li>`, a row before a
// row) and reads an end tag as the standard's tree builder does: a block's
// within its scope, another's (`</span>`) not past a block, a formatting
// element's by the adoption agency (a block opened inside `<a>` stays open
// after `</a>`). Markup it rearranges further (a table's stray text) leaves
// an inline element or a non-container on the stack, where no cut is made.
import {Tokenizer, TokenizerMode, type Token, type TokenHandler} from 'parse5'
import type {Root} from 'nlcst'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {endsWithFinalMark} from './document.ts'
import {lintMarkupSections, sectionsAt, tooLargeMessage, type CutPoints, type MarkupSection} from './markup-sections.ts'

/** Elements whose children are blocks: a cut may fall between their children. */
const CONTAINERS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'aside', 'header', 'footer', 'nav', 'search', 'address', 'hgroup',
  'blockquote', 'center', 'figure', 'details', 'dialog', 'form', 'fieldset',
  'ul', 'ol', 'menu', 'dir', 'li', 'dl', 'dt', 'dd',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th'
])

/** Start tags that close an open <p> (the HTML standard's "in body" rules), and so start a block. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'hr', 'table', 'li', 'dd', 'dt', 'xmp', 'plaintext'
])

/** Start tags a cut may come before: blocks, and the parts of lists and tables. */
const BLOCKS = new Set([...CLOSES_P, 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption'])

/** Elements that hold no content, and so are never open. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])

/** Elements whose content the tokenizer reads as text (with scripting off, as hast-util-from-html parses). */
const TEXT_STATE: Record<string, number> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT
}

/**
 * The elements a start tag closes when one of them is open (the end tags the
 * parser implies), and the elements that stop the search: a new <li> closes
 * the open <li> of its own list, not one around that list.
 */
const IMPLIED: Record<string, {closes: Set<string>; stops: Set<string>}> = {}
{
  const cell = new Set(['td', 'th'])
  const tableParts = new Set(['tbody', 'thead', 'tfoot'])
  const listStops = new Set(['ul', 'ol', 'menu', 'dir', 'dl', 'table', 'td', 'th', 'blockquote', 'section', 'article', 'body', 'html'])
  IMPLIED.li = {closes: new Set(['li']), stops: listStops}
  IMPLIED.dt = IMPLIED.dd = {closes: new Set(['dt', 'dd']), stops: listStops}
  IMPLIED.td = IMPLIED.th = {closes: cell, stops: new Set(['tr', 'table'])}
  IMPLIED.tr = {closes: new Set(['tr']), stops: new Set(['table', ...tableParts])}
  IMPLIED.tbody = IMPLIED.thead = IMPLIED.tfoot = {closes: tableParts, stops: new Set(['table'])}
  IMPLIED.body = {closes: new Set(['head']), stops: new Set(['html'])}
}
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** What may stand in <head>: any other start tag closes a <head> left open, as the parser does. */
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title'])
/** Elements an open <p> is not closed through (the standard's button scope, roughly). */
const P_SCOPE = new Set(['table', 'td', 'th', 'caption', 'html', 'template', 'button', 'object', 'applet', 'marquee', 'svg', 'math'])

const PARAGRAPH = new Set(['p'])
/** The HTML standard's special elements (those that can stay open on the stack), less the void ones. */
const SPECIAL = new Set([
  'address', 'applet', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'colgroup', 'dd', 'details', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'html', 'iframe', 'li', 'listing', 'main', 'marquee', 'menu', 'nav', 'noembed', 'noframes', 'noscript',
  'object', 'ol', 'p', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'style', 'summary', 'table', 'tbody', 'td',
  'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'xmp'
])
/** Where an end tag stops looking for its element (the standard's scopes): past these it is ignored. */
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template'])
const TABLE_SCOPE = new Set(['html', 'table', 'template'])
const SCOPE_OF: Record<string, Set<string>> = {
  li: new Set([...SCOPE, 'ol', 'ul']),
  p: new Set([...SCOPE, 'button'])
}
for (const name of ['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption']) SCOPE_OF[name] = TABLE_SCOPE
/**
 * The formatting elements: one closed by another's end tag (`<b>` by `</p>`
 * or `<p>`) is opened again by the parser around the text that follows, up
 * to its own end tag (or the end of the table cell it is in): an unclosed
 * `<code>` makes code of the paragraphs after it.
 */
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u'])
/** Elements that end the reach of the formatting elements opened inside them. */
const FORMATTING_MARKERS = new Set(['td', 'th', 'caption', 'template', 'applet', 'object', 'marquee'])

/** Deeper than this, no cut: the lead would be long, and such markup is not prose. */
const MOST_DEPTH = 64

/**
 * Elements of text that may hold megabytes of it (a page of one paragraph,
 * a log in `<pre>`): cut within their text when every element around them
 * is a container (see `considerText`).
 */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'figcaption', 'summary', 'legend'])
/** Code units of text between two cuts within it at least: after a sentence's end, or any white space past TEXT_CUT_MOST. */
const TEXT_CUT_LEAST = 2048
const TEXT_CUT_MOST = 8192

interface Open {
  name: string
  /** The start tag as written, its line breaks made spaces (the lead's lines are then counted as one). */
  tag: string
}

/** The index of the innermost open element named in `names`, searching out to one named in `stops`; -1 when none. */
function openIndex(stack: Open[], names: Set<string>, stops: Set<string>): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    const name = stack[index]!.name
    if (names.has(name)) return index
    if (stops.has(name)) return -1
  }
  return -1
}

/**
 * Where an HTML text may be cut, with the start tags open at each place and
 * their count, in one pass: at line starts, or also within lines when
 * `withinLines` (see the top of this module).
 */
export function htmlCutPoints(text: string, withinLines = false): CutPoints {
  const offsets = [0]
  const leads = ['']
  const depths = [0]
  // Which points lie within an element's text (see considerText), made only within lines.
  const inText = [false]
  const stack: Open[] = []
  // The end of the last tag, comment or doctype, and whether text other than white space came after it.
  let lastEnd = 0
  let textSince = false
  // How many elements were open around that text: a cut after it is made only when the tag after it closes
  // the element that holds it (`<li>` after the text of the item before, `<p>` after a paragraph left open).
  let textDepth = 0
  // Elements of SVG or MathML open: their content is foreign (CDATA, self-closing tags).
  let foreign = 0
  // The lead of the stack as it stands, once made (see consider).
  let lead: string | undefined
  // Formatting elements closed by another element's tag, which the parser opens again (see FORMATTING), each
  // with the count of markers open around it then: no cut while one is left.
  const lingering: {name: string; markers: number}[] = []
  let markers = 0

  /** Close the open element `index` and all inside it; `byEndTag` when its own end tag closes it. */
  const close = (index: number, byEndTag: boolean) => {
    for (let inner = stack.length - 1; inner >= index; inner--) {
      const name = stack[inner]!.name
      if (name === 'svg' || name === 'math') foreign--
      if (FORMATTING_MARKERS.has(name)) {
        markers--
        while (lingering.length > 0 && lingering[lingering.length - 1]!.markers > markers) lingering.pop()
      }
      if (FORMATTING.has(name) && !(byEndTag && inner === index)) lingering.push({name, markers})
    }
    stack.length = index
    lead = undefined
  }

  /**
   * The end tag of the formatting element `index`, as the standard's adoption
   * agency reads it: the blocks opened inside it stay open (the element is
   * copied into them), the formatting elements between it and them too; the
   * element and the other inline elements between go, and what lies above
   * the last block is closed. Without a block inside it, it closes as any
   * element.
   */
  const adopt = (index: number) => {
    let last = -1
    for (let inner = stack.length - 1; inner > index && last === -1; inner--) if (SPECIAL.has(stack[inner]!.name)) last = inner
    if (last === -1) {
      close(index, true)
      return
    }
    // What lies above the last block goes, as an end tag closes it (the formatting elements there linger).
    if (last + 1 < stack.length) close(last + 1, false)
    const kept = stack.slice(index + 1).filter((open) => SPECIAL.has(open.name) || FORMATTING.has(open.name))
    stack.length = index
    stack.push(...kept)
    lead = undefined
  }

  /**
   * A cut before the token at `start`, when it begins its line after white
   * space only (or, `withinLines`, anywhere: then right before it) and every
   * open element is a container.
   */
  const consider = (start: number) => {
    if ((textSince && stack.length >= textDepth) || foreign > 0 || lingering.length > 0 || stack.length > MOST_DEPTH) return
    let lineStart = start
    for (;;) {
      // A tag, comment or text ends on this line before the token.
      if (lineStart <= lastEnd) {
        if (!withinLines) return
        lineStart = start
        break
      }
      const code = text.charCodeAt(lineStart - 1)
      if (code === 0x0a || code === 0x0d) break
      lineStart--
    }
    if (lineStart <= offsets[offsets.length - 1]!) return
    for (const open of stack) if (!CONTAINERS.has(open.name)) return
    offsets.push(lineStart)
    depths.push(stack.length)
    inText.push(false)
    // The open elements change less often than a cut is made: their tags are joined once for all the cuts among them.
    lead ??= stack.length === 0 ? '' : stack.map((open) => open.tag).join('') + '\n'
    leads.push(lead)
  }

  /**
   * Within lines only: a cut in the text of an element of text (TEXT_BLOCKS)
   * or of a container, after white space at `end`, when every element around
   * is a container, none reads its content as raw text, and no formatting
   * element lingers; the part after it is linted after their start tags, as
   * any part, so its text is that element's text (the line break that ends
   * the lead is dropped after `<pre>`, and is white space before a
   * paragraph's words). Made TEXT_CUT_LEAST after the point before, after a
   * sentence's end, or TEXT_CUT_MOST after it at any white space; deeper than
   * any other point, so taken only where no other is near.
   */
  const considerText = (start: number, end: number) => {
    if (!withinLines || foreign > 0 || lingering.length > 0 || stack.length > MOST_DEPTH || end >= text.length) return
    const since = end - offsets[offsets.length - 1]!
    if (since < TEXT_CUT_LEAST) return
    const ended = endsWithFinalMark(text.slice(Math.max(0, start - 8), start))
    if (!ended && since < TEXT_CUT_MOST) return
    const top = stack.length - 1
    for (let index = 0; index < stack.length; index++) {
      const name = stack[index]!.name
      if (!CONTAINERS.has(name) && !(index === top && TEXT_BLOCKS.has(name))) return
    }
    offsets.push(end)
    depths.push(MOST_DEPTH + (ended ? 1 : 2))
    inText.push(true)
    lead ??= stack.length === 0 ? '' : stack.map((open) => open.tag).join('') + '\n'
    leads.push(lead)
  }

  const handler: TokenHandler = {
    onStartTag(token: Token.TagToken) {
      const name = token.tagName
      const location = token.location!
      if (foreign === 0) {
        if (stack[stack.length - 1]?.name === 'head' && !HEAD_CONTENT.has(name)) close(stack.length - 1, false)
        if (CLOSES_P.has(name)) {
          const p = openIndex(stack, PARAGRAPH, P_SCOPE)
          if (p !== -1) close(p, false)
        }
        if (HEADINGS.has(name) && HEADINGS.has(stack[stack.length - 1]?.name ?? '')) close(stack.length - 1, false)
        const implied = IMPLIED[name]
        if (implied) {
          const index = openIndex(stack, implied.closes, implied.stops)
          if (index !== -1) close(index, false)
        }
        if (BLOCKS.has(name)) consider(location.startOffset)
      }
      lastEnd = location.endOffset
      textSince = false
      const selfClosing = token.selfClosing && foreign > 0
      if (VOID.has(name) || selfClosing) return
      lead = undefined
      stack.push({name, tag: text.slice(location.startOffset, location.endOffset).replace(/[\r\n]/g, ' ')})
      if (FORMATTING_MARKERS.has(name)) markers++
      if (name === 'svg' || name === 'math') foreign++
      else if (foreign === 0 && name in TEXT_STATE) tokenizer.state = TEXT_STATE[name] as never
      tokenizer.inForeignNode = foreign > 0
    },
    onEndTag(token: Token.TagToken) {
      const name = token.tagName
      // A block's end tag looks for its element out to the edge of its scope; another (`</span>`), out to the
      // first special element (a block, say), as the standard's "any other end tag" does.
      const scope = SPECIAL.has(name) || FORMATTING.has(name) ? (SCOPE_OF[name] ?? SCOPE) : SPECIAL
      let index = stack.length - 1
      while (index >= 0 && stack[index]!.name !== name && (foreign > 0 || !scope.has(stack[index]!.name))) index--
      if (index >= 0 && stack[index]!.name !== name) index = -1
      if (index >= 0 && FORMATTING.has(name) && foreign === 0) adopt(index)
      else if (index >= 0) close(index, true)
      // The end tag of a formatting element closed before ends its reach.
      else if (FORMATTING.has(name)) {
        for (let at = lingering.length - 1; at >= 0; at--) {
          if (lingering[at]!.name !== name) continue
          lingering.splice(at, 1)
          break
        }
      }
      tokenizer.inForeignNode = foreign > 0
      lastEnd = token.location!.endOffset
      textSince = false
    },
    onComment(token) {
      consider(token.location!.startOffset)
      lastEnd = token.location!.endOffset
      textSince = false
    },
    onDoctype(token) {
      lastEnd = token.location!.endOffset
      textSince = false
    },
    onCharacter() {
      textSince = true
      textDepth = stack.length
    },
    onNullCharacter() {
      textSince = true
      textDepth = stack.length
    },
    onWhitespaceCharacter(token) {
      // Text state only: an element read as raw text (<script>, <textarea>, …) is not among those considerText allows.
      if (textSince) considerText(token.location!.startOffset, token.location!.endOffset)
    },
    onEof() {}
  }
  const tokenizer = new Tokenizer({sourceCodeLocationInfo: true}, handler)
  tokenizer.write(text, true)

  // The line and column of each point, and the line of the end, as vfile-location counts lines (CRLF, CR or LF).
  const lines: number[] = []
  const columns: number[] = []
  let line = 1
  let lineStartsAt = 0
  let at = 0
  for (const offset of [...offsets, text.length]) {
    for (; at < offset; at++) {
      const code = text.charCodeAt(at)
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
        line++
        lineStartsAt = at + 1
      }
    }
    lines.push(line)
    columns.push(offset - lineStartsAt + 1)
  }
  const lastLine = lines.pop()!
  columns.pop()
  return withinLines ? {offsets, lines, columns, lastLine, leads, depths, inParagraph: inText} : {offsets, lines, lastLine, leads, depths}
}

/**
 * The sections of an HTML text, in order, each of about `size` code units:
 * cut at line starts, or within lines when `withinLines` is true, or, left
 * undefined, when some stretch has no line start to cut at and is too large
 * to lint whole.
 */
export function htmlSections(text: string, size: number, withinLines?: boolean): MarkupSection[] {
  if (withinLines !== undefined) return sectionsAt(text, htmlCutPoints(text, withinLines), size)
  const byLines = sectionsAt(text, htmlCutPoints(text), size)
  return byLines.some((section) => section.tooLarge) ? sectionsAt(text, htmlCutPoints(text, true), size) : byLines
}

/**
 * Lint `file` (HTML) section by section with `processor`, keeping in `file`
 * the findings that start in each section, as `take` leaves them (see
 * lintInSections in sections.ts).
 */
export function lintHtmlInSections(
  processor: Processor<Root>,
  file: VFile,
  text: string,
  size: number,
  take: (messages: VFileMessage[]) => VFileMessage[] = (messages) => messages
): void {
  const all = htmlSections(text, size)
  lintMarkupSections(processor, file, text, all, (section) => tooLargeMessage(file, text, section, 'htmlBlockTooLarge'), take)
}
