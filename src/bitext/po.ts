// gettext PO. gettext-parser reads the entries (escapes, contexts, plural
// forms, obsolete entries, the header) as every gettext tool does; it does not
// say where a string stands in the file, so a locator walks the same lines to
// find each quoted string and map its decoded text to the file. The two must
// agree on every entry, or the file is refused rather than misplaced.
import {po as gettextPo} from 'gettext-parser'
import {digest} from './digest.ts'
import {BitextError, TextBuilder, type BitextInfo, type Segment, type SegmentText} from './segment.ts'

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

/** Walk the entries of a PO file, handing each over when it is complete (the next one starts, or the file ends). */
function locate(raw: string, onEntry: (entry: Located) => void): void {
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
        if (entry) onEntry(entry)
        entry = {line: lineNumber, strings: {}, fuzzy}
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
  if (entry) onEntry(entry)
}

/** PO strings: escape backslashes, quotes and line breaks. */
function escapePo(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')
}

const keyOf = (context: string, msgid: string) => digest(`${context}\u0004${msgid}`)
const valueOf = (msgstr: readonly string[] | undefined) => digest(JSON.stringify(msgstr ?? null))

const WHITE_SPACE = /\s/
const KEY_CHARACTER = /[\w\-[\]]/
const KEY_NAMES = /^(?:msgctxt|msgid(?:_plural)?|msgstr(?:\[\d+])?)$/

/**
 * Where gettext-parser can read a PO file part by part and read every entry
 * as it reads the whole file: offsets that cut it into parts of at least
 * `size` characters. gettext-parser holds the whole file's tokens and entries
 * at once (a 48 MB file peaked at 2.5 GB), so a large file is read in parts.
 *
 * This follows gettext-parser's lexer (lib/poparser.js: its states, quotes,
 * escapes, comments and `#~`) and cuts only at the start of a line, outside
 * any string, comment or obsolete entry, after an entry's `msgstr` and
 * before the `msgctxt` or `msgid` of the next entry (comments between
 * them may follow the cut: they go with the entry after it in both
 * readings). After a key gettext-parser refuses, nothing more is cut, so its
 * error is the one of the whole file.
 */
export function gettextCuts(raw: string, size: number): number[] {
  const NONE = 0
  const COMMENT = 1
  const KEY = 2
  const STRING = 3
  const OBSOLETE = 4
  const cuts: number[] = []
  let state = NONE
  let quote = 0
  let escaped = false
  let commentEmpty = false
  let keyStart = 0
  let lastKey = ''
  let candidate = -1
  let from = 0
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (state === NONE && candidate === -1 && i - from >= size && lastKey.startsWith('msgstr') && (i === 0 || raw.charCodeAt(i - 1) === 10)) candidate = i
    switch (state) {
      case NONE:
      case OBSOLETE:
        if (c === 34 || c === 39) {
          // A string before the next key: it would join the last string of the part before.
          candidate = -1
          quote = c
          state = STRING
        } else if (c === 35) {
          state = COMMENT
          commentEmpty = true
        } else if (!WHITE_SPACE.test(raw[i]!)) {
          keyStart = i
          state = KEY
          // An obsolete key (`#~ msgid`): its state began before any cut candidate could hold, so none does.
        }
        break
      case COMMENT:
        if (c === 10) state = NONE
        else if (c === 126 && commentEmpty) {
          state = OBSOLETE
          candidate = -1
        } else if (c !== 13) commentEmpty = false
        break
      case STRING:
        if (escaped) escaped = false
        else if (c === quote) state = NONE
        else if (c === 92) escaped = true
        break
      case KEY:
        if (!KEY_CHARACTER.test(raw[i]!)) {
          const key = raw.slice(keyStart, i)
          if (!KEY_NAMES.test(key)) return cuts
          if (candidate !== -1 && (key === 'msgctxt' || key === 'msgid')) {
            cuts.push(candidate)
            from = candidate
          }
          candidate = -1
          lastKey = key
          state = NONE
          i--
        }
        break
    }
  }
  return cuts
}

/**
 * gettext-parser's reading of every entry: a digest of its msgstr values by a
 * digest of its context and msgid, the last entry of a key winning as in
 * gettext-parser's table. Digests keep this small (some 150 bytes an entry).
 * `part`: the size of the parts it reads (see gettextCuts).
 */
export function gettextReading(raw: string, part = PART): Map<string, string> {
  const reading = new Map<string, string>()
  let from = 0
  let line = 0
  for (const to of [...gettextCuts(raw, part), raw.length]) {
    const text = raw.slice(from, to)
    let parsed: ReturnType<typeof gettextPo.parse>
    try {
      parsed = gettextPo.parse(text, {validation: false})
    } catch (error) {
      // gettext-parser counts lines from the part's first.
      const message = (error as Error).message.replace(/^Error parsing PO data: /, '').replace(/\bat line (\d+)/, (_, n: string) => `at line ${Number(n) + line}`)
      throw new BitextError(`not a valid PO file: ${message}`)
    }
    for (const context of Object.keys(parsed.translations)) {
      const entries = parsed.translations[context]!
      for (const msgid of Object.keys(entries)) reading.set(keyOf(context, msgid), valueOf(entries[msgid]!.msgstr))
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++
    from = to
  }
  return reading
}

/** gettext-parser reads a PO file in parts of about this many characters. */
const PART = 1 << 20

/**
 * Read a PO file. gettext-parser reads it first (`checked`: it already has,
 * the file being read a second time) and the locator must read every entry
 * as it does, or the file is refused rather than misplaced.
 */
export function readPo(raw: string, onSegment: (segment: Segment) => void, checked = false): BitextInfo {
  const reading = checked ? undefined : gettextReading(raw)
  let count = 0
  let targetLanguage: string | undefined
  // The locator's own errors come first (it reads the whole file), then the first entry not read as gettext-parser reads it.
  let misread: BitextError | undefined
  locate(raw, (entry) => {
    if (misread) return
    const strings = entry.strings
    const context = strings.msgctxt?.text
    const msgid = strings.msgid?.text
    if (msgid === undefined) {
      misread = new BitextError(`line ${entry.line}: an entry without msgid`)
      return
    }
    const targets = Object.keys(strings)
      .filter((k) => k.startsWith('msgstr'))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0))
      .map((k) => strings[k as Keyword]!.finish())
    if (reading && reading.get(keyOf(context ?? '', msgid)) !== valueOf(targets.map((target) => target.text))) {
      misread = new BitextError(`line ${entry.line}: the entry could not be placed in the file (read differently by the PO parser)`)
      return
    }
    if (msgid === '' && context === undefined) {
      // The header entry: its Language field, not a segment.
      targetLanguage = /^Language:\s*(\S+)/m.exec(targets[0]?.text ?? '')?.[1]
      return
    }
    const baseId = context !== undefined ? `${context}|${msgid}` : msgid
    targets.forEach((target, i) => {
      const source: SegmentText = (i > 0 && strings.msgid_plural ? strings.msgid_plural : strings.msgid!).finish()
      onSegment({
        index: count++,
        id: targets.length > 1 ? `${baseId}[${i}]` : baseId,
        source,
        // An empty msgstr is an untranslated entry, as gettext reads it.
        target: target.text === '' ? undefined : target,
        note: entry.fuzzy ? 'fuzzy' : undefined,
        plural: targets.length > 1 ? {group: baseId, index: i} : undefined
      })
    })
  })
  if (misread) throw misread
  return {format: 'po', targetLanguage, sourceLanguage: undefined, escape: (text) => escapePo(text)}
}
