// The content of an XLIFF or TMX `<source>`, `<target>` or `<seg>`, read from
// the file as written: text stays exact, character references are decoded,
// inline elements become protected codes. saxes has already checked that the
// whole file is well-formed XML, so this only has to walk well-formed content.
import {decodeXML} from 'entities/decode'
import {TextBuilder, type SegmentText} from './segment.ts'

/** Inline elements whose content is native code (never prose): protected whole. */
const CODE_ELEMENTS = new Set(['ph', 'bpt', 'ept', 'it', 'ut'])

const NAME_AND_ID = /^<\/?([\w.:-]+)((?:\s[^>]*?)?)\/?>$/s
const ID_ATTRIBUTE = /\s(id|rid|i|x)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

function keyOf(tag: string): {name: string; key: string; closing: boolean; selfClosing: boolean} {
  const match = NAME_AND_ID.exec(tag)
  const name = match?.[1] ?? tag
  const ids: string[] = []
  for (const attribute of (match?.[2] ?? '').matchAll(ID_ATTRIBUTE)) ids.push(`${attribute[1]}=${attribute[2] ?? attribute[3]}`)
  const closing = tag.startsWith('</')
  const selfClosing = tag.endsWith('/>')
  return {name, key: `${closing ? '/' : ''}${name}${ids.length ? ' ' + ids.join(' ') : ''}${selfClosing ? '/' : ''}`, closing, selfClosing}
}

/** End of a tag starting at `from` (the index after its `>`); quotes in attributes may hold `>`. */
function tagEnd(raw: string, from: number): number {
  let quote = ''
  for (let i = from + 1; i < raw.length; i++) {
    const c = raw[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
  }
  return raw.length
}

/** Decode the content of an element between two file offsets. */
export function readXmlContent(raw: string, start: number, end: number): SegmentText {
  const builder = new TextBuilder(start, end)
  let i = start
  let textFrom = start
  const flush = (to: number) => {
    if (to > textFrom) builder.exact(raw.slice(textFrom, to), textFrom)
  }
  while (i < end) {
    const c = raw.charCodeAt(i)
    if (c === 0x26 /* & */) {
      const semi = raw.indexOf(';', i)
      flush(i)
      const reference = raw.slice(i, semi + 1)
      builder.decoded(decodeXML(reference), i, semi + 1)
      i = textFrom = semi + 1
      continue
    }
    if (c !== 0x3c /* < */) {
      i++
      continue
    }
    flush(i)
    if (raw.startsWith('<![CDATA[', i)) {
      const close = raw.indexOf(']]>', i)
      builder.exact(raw.slice(i + 9, close), i + 9)
      i = textFrom = close + 3
      continue
    }
    if (raw.startsWith('<!--', i) || raw.startsWith('<?', i)) {
      const close = raw.startsWith('<!--', i) ? raw.indexOf('-->', i) + 3 : raw.indexOf('?>', i) + 2
      // A comment or processing instruction: nothing of the text.
      builder.decoded('', i, close)
      i = textFrom = close
      continue
    }
    const after = tagEnd(raw, i)
    const tag = raw.slice(i, after)
    const {name, key, closing, selfClosing} = keyOf(tag)
    const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name
    if (!closing && !selfClosing && CODE_ELEMENTS.has(local)) {
      // Skip to the matching end tag: the element and its content are one code.
      let depth = 1
      let j = after
      while (depth > 0 && j < end) {
        const next = raw.indexOf('<', j)
        if (next === -1 || next >= end) {
          j = end
          break
        }
        const close = tagEnd(raw, next)
        const inner = raw.slice(next, close)
        if (!inner.startsWith('<!') && !inner.startsWith('<?')) {
          const info = keyOf(inner)
          if (info.name === name && !info.selfClosing) depth += info.closing ? -1 : 1
        }
        j = close
      }
      builder.tag(key, i, j, raw.slice(i, j))
      i = textFrom = j
      continue
    }
    if (local === 'cp' && selfClosing) {
      // XLIFF 2 `<cp hex="…"/>`: a character that XML cannot hold.
      const hex = /hex\s*=\s*["']([0-9a-fA-F]+)["']/.exec(tag)?.[1]
      builder.decoded(hex ? String.fromCodePoint(Number.parseInt(hex, 16)) : '', i, after)
    } else {
      builder.tag(key, i, after, tag)
    }
    i = textFrom = after
  }
  flush(end)
  return builder.finish()
}

/** Escape text for XML content. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/]]>/g, ']]&gt;')
}
