// XLIFF 1.2, XLIFF 2.x and TMX, read with saxes: a conformant streaming XML
// parser that reports where each event ends in the text, which is what
// findings and byte-exact fixes need (a DOM or a JSON conversion such as the
// `xliff` package gives the text but not where it stands in the file).
import {SaxesParser, type SaxesTag} from 'saxes'
import {BitextError, type BitextInfo, type Segment, type SegmentText} from './segment.ts'
import {readXmlContent} from './xml-content.ts'

interface Open {
  name: string
  attributes: Record<string, string>
  /** Offset just after the start tag. */
  contentStart: number
}

/** Offset of the `<` that opens the end tag ending at `end`. */
function endTagStart(raw: string, end: number): number {
  return raw.lastIndexOf('</', end - 1)
}

/**
 * Walk the elements of an XML file, calling `onClose` with each element's
 * name, attributes, ancestors and content range. Throws a BitextError naming
 * the line and the problem when the file is not well-formed.
 */
function walk(raw: string, onClose: (element: Open, contentEnd: number, ancestors: Open[]) => void): void {
  const parser = new SaxesParser({position: true})
  const stack: Open[] = []
  parser.on('opentag', (tag: SaxesTag) => {
    stack.push({name: tag.name, attributes: tag.attributes as Record<string, string>, contentStart: parser.position})
  })
  parser.on('closetag', (tag: SaxesTag) => {
    const element = stack.pop()!
    const contentEnd = tag.isSelfClosing ? element.contentStart : endTagStart(raw, parser.position)
    if (tag.isSelfClosing) element.contentStart = contentEnd
    onClose(element, contentEnd, stack)
  })
  let failure: Error | undefined
  parser.on('error', (error) => {
    failure ??= error
  })
  parser.write(raw).close()
  if (failure) throw new BitextError(`not well-formed XML: ${failure.message}`)
}

const localName = (name: string) => (name.includes(':') ? name.slice(name.indexOf(':') + 1) : name)

function escapeForXml(text: string): string | undefined {
  // A fix that would need an escape (`&`, `<`) is not applied: it might fall
  // in a CDATA section, where an escape reads as it is written.
  return /[&<]/.test(text) ? undefined : text
}

/** XLIFF 1.2 (`trans-unit`) and 2.x (`unit`/`segment`). */
export function readXliff(raw: string, onSegment: (segment: Segment) => void): BitextInfo {
  let count = 0
  let version: string | undefined
  let sourceLanguage: string | undefined
  let targetLanguage: string | undefined
  // Per unit: its source and target, collected as their elements close.
  let pending: {source?: SegmentText; target?: SegmentText; note?: string}[] = []
  let current: {source?: SegmentText; target?: SegmentText; note?: string} = {}
  walk(raw, (element, contentEnd, ancestors) => {
    const name = localName(element.name)
    const parent = ancestors.length ? localName(ancestors[ancestors.length - 1]!.name) : ''
    if (name === 'xliff') version = element.attributes.version
    if (name === 'file' && element.attributes['source-language']) {
      sourceLanguage ??= element.attributes['source-language']
      targetLanguage ??= element.attributes['target-language']
    }
    if (name === 'source' || name === 'target') {
      // 1.2: directly in `trans-unit` (not in `alt-trans`); 2.x: in `segment` or `ignorable`.
      if (parent !== 'trans-unit' && parent !== 'segment') return
      current[name] = readXmlContent(raw, element.contentStart, contentEnd)
      return
    }
    if (name === 'note' && (parent === 'trans-unit' || parent === 'notes')) {
      current.note = raw.slice(element.contentStart, contentEnd)
      return
    }
    if (name === 'segment') {
      pending.push({...current, note: undefined})
      ;(pending[pending.length - 1] as {id?: string}).id = element.attributes.id
      current = {note: current.note}
      return
    }
    if (name === 'trans-unit' || name === 'unit') {
      // A unit marked not to be translated is not a segment to check.
      if (element.attributes.translate === 'no') {
        pending = []
        current = {}
        return
      }
      const id = element.attributes.id ?? String(count + 1)
      const parts = name === 'unit' ? pending : [current]
      parts.forEach((part, i) => {
        if (!part.source) return
        const segmentId = (part as {id?: string}).id
        onSegment({
          index: count++,
          id: name === 'unit' && parts.length > 1 ? `${id}/${segmentId ?? i + 1}` : id,
          source: part.source,
          target: part.target,
          note: current.note ?? part.note
        })
      })
      pending = []
      current = {}
    }
  })
  if (!version) throw new BitextError('not an XLIFF file (no `<xliff version="…">` element)')
  if (version.startsWith('2')) {
    const root = /<xliff\b[^>]*>/.exec(raw)?.[0] ?? ''
    sourceLanguage = /\bsrcLang\s*=\s*["']([^"']+)/.exec(root)?.[1]
    targetLanguage = /\btrgLang\s*=\s*["']([^"']+)/.exec(root)?.[1]
  }
  return {format: 'xliff', sourceLanguage, targetLanguage, escape: escapeForXml}
}

/**
 * TMX: each `<tu>` is a segment; the source is the variant in the header's
 * `srclang`, the target the Arabic variant (or else the first other one).
 */
export function readTmx(raw: string, onSegment: (segment: Segment) => void): BitextInfo {
  let count = 0
  let sourceLanguage: string | undefined
  let targetLanguage: string | undefined
  let variants: {lang: string; text: SegmentText}[] = []
  let lang = ''
  let sawTmx = false
  walk(raw, (element, contentEnd, ancestors) => {
    const name = localName(element.name)
    if (name === 'header') sourceLanguage = element.attributes.srclang
    if (name === 'tmx') sawTmx = true
    if (name === 'seg' && ancestors.length && localName(ancestors[ancestors.length - 1]!.name) === 'tuv') {
      const tuv = ancestors[ancestors.length - 1]!
      lang = tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? ''
      variants.push({lang, text: readXmlContent(raw, element.contentStart, contentEnd)})
      return
    }
    if (name === 'tu') {
      const isSource = (l: string) => Boolean(sourceLanguage) && sourceLanguage !== '*all*' && l.toLowerCase() === sourceLanguage!.toLowerCase()
      const source = variants.find((v) => isSource(v.lang)) ?? variants[0]
      const others = variants.filter((v) => v !== source)
      const target = others.find((v) => /^ar\b/i.test(v.lang)) ?? others[0]
      if (source) {
        if (target) targetLanguage ??= target.lang
        onSegment({index: count, id: element.attributes.tuid ?? String(count + 1), source: source.text, target: target?.text})
        count++
      }
      variants = []
    }
  })
  if (!sawTmx) throw new BitextError('not a TMX file (no `<tmx>` element)')
  return {format: 'tmx', sourceLanguage, targetLanguage, escape: escapeForXml}
}
