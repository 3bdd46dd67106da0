// Lint a bilingual file. Its target segments are linted by the document rules
// as one document whose paragraphs are the segments (inline codes and
// placeholders masked), and every finding is moved back to where that text
// stands in the file; the bilingual rules then compare each target with its
// source. Fixes apply to the file as written (escaped for its format), and
// only where the file holds the finding's text as it reads.
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {registry} from '../engine/registry.ts'
import {INFO_MARK, MESSAGE_ID, messageIdOf, SOURCE, SUGGEST_MARK, timings, WARN_MARK} from '../engine/define-rule.ts'
import {compareMessages, lintSync, resolveRuleSettings, type LintOptions} from '../engine/processor.ts'
import type {Severity} from '../engine/types.ts'
import {createBilingualContext, REPLACES, stampMessage} from './context.ts'
import {parseCsv, parseTsv} from './delimited.ts'
import {maskCodes, protectPlaceholders} from './placeholders.ts'
import {countSentences} from '../../rules/sentence-count.ts'
import {parsePo} from './po.ts'
import {BitextError, rawRange, type Bitext, type BitextFormat, type Segment} from './segment.ts'
import {parseTmx, parseXliff} from './xml.ts'

const PARSERS: Record<BitextFormat, (raw: string) => Bitext> = {
  xliff: parseXliff,
  po: parsePo,
  tmx: parseTmx,
  tsv: parseTsv,
  csv: parseCsv
}

const NAMES: Record<BitextFormat, string> = {xliff: 'XLIFF', po: 'PO', tmx: 'TMX', tsv: 'TSV', csv: 'CSV'}

/** Parse a bilingual file and protect the placeholders of both sides. */
export function parseBitext(format: BitextFormat, raw: string): Bitext {
  const bitext = PARSERS[format](raw)
  for (const segment of bitext.segments) {
    protectPlaceholders(segment.source)
    if (segment.target) protectPlaceholders(segment.target)
  }
  return bitext
}

/**
 * The targets are linted in documents of about this many characters: a
 * corpus never becomes one tree in memory, and rules that compare the
 * paragraphs of a document with each other stay fast (in one 1.3 MB
 * document of 6,000 segments they took twice as long as in documents of 100
 * segments). A file below it (most XLIFF and PO files) is one document.
 */
export const CHUNK = 1 << 16

const END_MARK = /[.!?؟…:;؛]["'»”’)\]]*\s*$/u
const BIDI = /^[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]+$/

function count(text: string, mark: string): number {
  let n = 0
  for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) n++
  return n
}

/**
 * Findings of document rules that a segment's source explains: a target
 * without a final mark whose source has none either is not cut off (titles,
 * labels, UI strings), and white space at a segment's edge that the source
 * has too is deliberate (strings joined by a program).
 */
function explainedBySource(ruleId: string, segment: Segment, start: number, end: number, messageId: string | undefined): boolean {
  const source = segment.source.text
  const target = segment.target!.text
  // Repeated lines and paragraphs are other segments: one target for two sources is `same-target`'s business.
  if (ruleId === 'duplicated-phrase') return messageId === 'line' || messageId === 'paragraph'
  // A direction mark next to a placeholder, a tag, Latin letters or digits keeps them in order in
  // right-to-left text: what Arabic translations of software strings do on purpose.
  if (ruleId === 'invisible-characters' && BIDI.test(target.slice(start, end))) {
    return /[\uE000A-Za-z0-9%{}<>$]/.test(maskCodes(segment.target!).slice(Math.max(0, start - 3), end + 3))
  }
  // A Latin word the source has is `untranslated-words`' to judge (it lets acronyms, brand names and
  // deliberate copies stand).
  if (ruleId === 'mixed-script') {
    const word = target.slice(start, end).toLowerCase()
    return /\p{Script=Latin}/u.test(word) && source.toLowerCase().includes(word)
  }
  // An unpaired bracket the source has too (`missing terminating )`).
  if (ruleId === 'bracket-balance') return count(source, '(') !== count(source, ')') || count(source, '[') !== count(source, ']')
  // A period the source has a sentence break for.
  if (ruleId === 'stray-period' && messageId === 'fragment') return countSentences(maskCodes(segment.source)) > 1
  if (ruleId === 'truncated-sentence') return !END_MARK.test(maskCodes(segment.source))
  // A segment that is all furniture (`Click here`, `Read more`) translates a source that is.
  if (ruleId === 'boilerplate') return 2 * (end - start) >= segment.target!.text.trim().length
  if (ruleId === 'whitespace') {
    const length = segment.target!.text.length
    if (start === 0 && /^\s/u.test(source)) return true
    if (end >= length && /\s$/u.test(source)) return true
  }
  return false
}

/**
 * Lint a bilingual file. `keep` (the engine's cap on a rule's findings, see
 * findings-limit.ts) is asked about the targets' findings as each chunk of
 * them is placed, so they never pile up.
 */
export function lintBitext(file: VFile, options: LintOptions, format: BitextFormat, keep: (message: VFileMessage) => boolean = () => true): VFile {
  const raw = String(file.value)
  let bitext: Bitext
  try {
    bitext = parseBitext(format, raw)
  } catch (error) {
    if (!(error instanceof BitextError)) throw error
    const message = file.message(`Cannot read the file as ${NAMES[format]}: ${error.message}`, {ruleId: 'parse-error', source: SOURCE})
    message.fatal = true
    return file
  }
  const place = location(file)
  const settings = resolveRuleSettings(options.rules, options.only)
  const severities = new Map<string, Severity>()
  for (const [id, [severity]] of Object.entries(settings)) if (severity !== 'off') severities.set(id, severity)

  lintTargets(file, bitext, options, place, keep)
  // Where each segment starts, for reports that list every segment (`--format jsonl`).
  file.data.bitextSegments = bitext.segments.map((segment) => ({id: segment.id, line: place.toPoint(segment.source.rawStart)?.line ?? 0}))

  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const rule of registry.rules) {
      if (!rule.bilingual || !severities.has(rule.id)) continue
      const context = createBilingualContext(rule, file, bitext, options.settings ?? {}, place, keep)
      const started = timings ? performance.now() : 0
      rule.bilingual(bitext as never, context as never, settings[rule.id]![1])
      if (timings) timings.set(rule.id, (timings.get(rule.id) ?? 0) + performance.now() - started)
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  dropSuperseded(file)
  for (const message of file.messages) {
    const rule = message.ruleId ? registry.get(message.ruleId) : undefined
    if (!rule?.bilingual) continue
    const severity = severities.get(rule.id)!
    const marks = message as unknown as Record<symbol, boolean>
    if (severity === 'info' || marks[INFO_MARK]) message.fatal = undefined
    else message.fatal = severity === 'error' && !marks[WARN_MARK]
  }
  file.messages.sort(compareMessages)
  return file
}

function offsets(message: VFileMessage): [number, number] {
  const where = message.place
  const start = (where && 'start' in where ? where.start.offset : where?.offset) ?? 0
  const end = (where && 'end' in where ? where.end.offset : start) ?? start
  return [start, end]
}

/** Drop document-rule findings inside the range of a bilingual finding that replaces them. */
function dropSuperseded(file: VFile): void {
  const covered = new Map<string, [number, number][]>()
  for (const message of file.messages) {
    for (const id of (message as unknown as Record<symbol, string[] | undefined>)[REPLACES] ?? []) {
      let ranges = covered.get(id)
      if (!ranges) covered.set(id, (ranges = []))
      ranges.push(offsets(message))
    }
  }
  if (covered.size === 0) return
  file.messages = file.messages.filter((message) => {
    const ranges = message.ruleId ? covered.get(message.ruleId) : undefined
    if (!ranges) return true
    const [start, end] = offsets(message)
    return !ranges.some(([a, b]) => start >= a && end <= b)
  })
}

/** Run the document rules on the targets and place their findings in the file. */
function lintTargets(file: VFile, bitext: Bitext, options: LintOptions, place: ReturnType<typeof location>, keep: (message: VFileMessage) => boolean): void {
  const segments = bitext.segments.filter((segment) => segment.target)
  let from = 0
  while (from < segments.length) {
    const starts: number[] = []
    let text = ''
    let to = from
    while (to < segments.length && (to === from || text.length < CHUNK)) {
      starts.push(text.length)
      text += maskCodes(segments[to]!.target!) + '\n'
      to++
    }
    const chunk = segments.slice(from, to)
    // All of a chunk's findings: the cap applies to the whole file's, after they are placed in their segments.
    const linted = lintSync(new VFile({path: file.path, value: text}), {...options, format: 'text', maxFindingsPerRule: Infinity})
    const placedFrom = file.messages.length
    for (const message of linted.messages) placeMessage(file, bitext, message, chunk, starts, place)
    for (const placed of file.messages.splice(placedFrom)) if (keep(placed)) file.messages.push(placed)
    from = to
  }
}

/** The index of the segment whose text holds `offset` (the last start at or before it). */
function segmentAt(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return low
}

function placeMessage(
  file: VFile,
  bitext: Bitext,
  message: VFileMessage,
  chunk: Segment[],
  starts: number[],
  place: ReturnType<typeof location>
): void {
  const where = message.place
  const startOffset = (where && 'start' in where ? where.start.offset : where?.offset) ?? 0
  const endOffset = (where && 'end' in where ? where.end.offset : startOffset) ?? startOffset
  const index = segmentAt(starts, startOffset)
  const segment = chunk[index]!
  const target = segment.target!
  const length = target.text.length
  const start = Math.min(startOffset - starts[index]!, length)
  // A finding that runs past its segment (into the line break that separates
  // segments, or into the next one) is cut at the segment's end and not fixed.
  const crosses = endOffset - starts[index]! > length
  const end = Math.min(endOffset - starts[index]!, length)
  if (message.ruleId && explainedBySource(message.ruleId, segment, start, end, messageIdOf(message))) return
  const range = rawRange(target, start, end)
  const startPoint = place.toPoint(range.start)
  const endPoint = place.toPoint(range.end)
  if (!startPoint || !endPoint) return
  const placed = file.message(message.reason, {place: {start: startPoint, end: endPoint}, ruleId: message.ruleId, source: message.source})
  placed.fatal = message.fatal
  placed.url = message.url
  placed.actual = message.actual
  const marks = message as unknown as Record<symbol, boolean>
  let suggest = Boolean(marks[SUGGEST_MARK])
  if (message.expected) {
    const written = range.exact && !crosses ? message.expected.map((value) => bitext.escape(value, range.start)) : undefined
    if (written && written.every((value) => value !== undefined)) placed.expected = written as string[]
    else {
      placed.expected = message.expected
      suggest = true
    }
  }
  placed.segment = segment.id
  ;(placed as unknown as Record<symbol, string | undefined>)[MESSAGE_ID] = messageIdOf(message)
  stampMessage(placed, {info: Boolean(marks[INFO_MARK]), warn: Boolean(marks[WARN_MARK]), suggest})
}
