// gettext PO. gettext-parser reads the entries (escapes, contexts, plural
// forms, obsolete entries, the header) as every gettext tool does; it does not
// say where a string stands in the file, so a locator walks the same lines to
// find each quoted string and map its decoded text to the file. The two must
// agree on every entry, or the file is refused rather than misplaced.
import {po as gettextPo} from 'gettext-parser'
import {BitextError, TextBuilder, type Bitext, type Segment, type SegmentText} from './segment.ts'

type Keyword = 'msgctxt' | 'msgid' | 'msgid_plural' | `msgstr[${number}]` | 'msgstr'

interface Located {
  line: number
  strings: Partial<Record<Keyword, TextBuilder>>
  fuzzy: boolean
}

const ESCAPES: Record<string, string> = {n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v'}

/** Append the content of one quoted string (opening quote at `from`) to `builder`; returns the index after the closing quote. */
function readQuoted(raw: string, from: number, builder: TextBuilder, lineNumber: number): number {
  let i = from + 1
  let textFrom = i
  while (i < raw.length) {
    const c = raw[i]
    if (c === '"') {
      if (i > textFrom) builder.exact(raw.slice(textFrom, i), textFrom)
      builder.rawEnd = i
      return i + 1
    }
    if (c === '\\') {
      if (i > textFrom) builder.exact(raw.slice(textFrom, i), textFrom)
      const next = raw[i + 1] ?? ''
      builder.decoded(ESCAPES[next] ?? next, i, i + 2)
      i = textFrom = i + 2
      continue
    }
    if (c === '\n') break
    i++
  }
  throw new BitextError(`line ${lineNumber}: a string is not closed before the end of the line`)
}

function locate(raw: string): Located[] {
  const entries: Located[] = []
  let entry: Located | undefined
  let keyword: Keyword | undefined
  let fuzzy = false
  let lineStart = 0
  let lineNumber = 0
  while (lineStart < raw.length) {
    lineNumber++
    let lineEnd = raw.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = raw.length
    let i = lineStart
    while (i < lineEnd && (raw[i] === ' ' || raw[i] === '\t')) i++
    const c = raw[i]
    if (c === '#') {
      // `#, fuzzy` flags the next entry; `#~` lines are obsolete entries, not read.
      if (raw[i + 1] === ',' && /\bfuzzy\b/.test(raw.slice(i, lineEnd))) fuzzy = true
      keyword = undefined
    } else if (c === '"') {
      const builder = keyword && entry?.strings[keyword]
      if (!builder) throw new BitextError(`line ${lineNumber}: a string that continues no keyword`)
      readQuoted(raw, i, builder, lineNumber)
    } else if (c !== undefined && c !== '\r' && i < lineEnd) {
      const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*"/.exec(raw.slice(i, lineEnd))
      if (!match) throw new BitextError(`line ${lineNumber}: expected a keyword (msgctxt, msgid, msgstr) or a quoted string`)
      const word = match[1] as Keyword
      const startsEntry = (word === 'msgctxt' || word === 'msgid') && (!entry || Object.keys(entry.strings).some((k) => k.startsWith('msgstr')))
      if (startsEntry || !entry) {
        entry = {line: lineNumber, strings: {}, fuzzy}
        entries.push(entry)
        fuzzy = false
      }
      keyword = word
      const quote = i + match[0].length - 1
      const builder = new TextBuilder(quote + 1, quote + 1)
      entry.strings[word] = builder
      readQuoted(raw, quote, builder, lineNumber)
    } else {
      keyword = undefined
    }
    lineStart = lineEnd + 1
  }
  return entries
}

/** PO strings: escape backslashes, quotes and line breaks. */
function escapePo(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')
}

export function parsePo(raw: string): Bitext {
  let parsed: ReturnType<typeof gettextPo.parse>
  try {
    parsed = gettextPo.parse(raw, {validation: false})
  } catch (error) {
    throw new BitextError(`not a valid PO file: ${(error as Error).message.replace(/^Error parsing PO data: /, '')}`)
  }
  const located = locate(raw)
  const segments: Segment[] = []
  let targetLanguage: string | undefined
  for (const entry of located) {
    const strings = entry.strings
    const context = strings.msgctxt?.text
    const msgid = strings.msgid?.text
    if (msgid === undefined) throw new BitextError(`line ${entry.line}: an entry without msgid`)
    const known = parsed.translations[context ?? '']?.[msgid]
    const targets = Object.keys(strings)
      .filter((k) => k.startsWith('msgstr'))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0))
      .map((k) => strings[k as Keyword]!.finish())
    if (!known || known.msgstr.length !== targets.length || known.msgstr.some((value: string, i: number) => value !== targets[i]!.text)) {
      throw new BitextError(`line ${entry.line}: the entry could not be placed in the file (read differently by the PO parser)`)
    }
    if (msgid === '' && context === undefined) {
      // The header entry: its Language field, not a segment.
      targetLanguage = /^Language:\s*(\S+)/m.exec(targets[0]?.text ?? '')?.[1]
      continue
    }
    const baseId = context !== undefined ? `${context}|${msgid}` : msgid
    targets.forEach((target, i) => {
      const source: SegmentText = (i > 0 && strings.msgid_plural ? strings.msgid_plural : strings.msgid!).finish()
      segments.push({
        index: segments.length,
        id: targets.length > 1 ? `${baseId}[${i}]` : baseId,
        source,
        // An empty msgstr is an untranslated entry, as gettext reads it.
        target: target.text === '' ? undefined : target,
        note: entry.fuzzy ? 'fuzzy' : undefined,
        plural: targets.length > 1 ? {group: baseId, index: i} : undefined
      })
    })
  }
  return {format: 'po', segments, targetLanguage, sourceLanguage: undefined, escape: (text) => escapePo(text)}
}
