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
import {readCsv, readTsv} from './delimited.ts'
import {maskCodes, protectPlaceholders} from './placeholders.ts'
import {countSentences} from '../../rules/sentence-count.ts'
import {readPo} from './po.ts'
import {BitextError, rawRange, type Bitext, type BitextFormat, type BitextInfo, type Segment} from './segment.ts'
import {readTmx, readXliff} from './xml.ts'
import {withoutStacks} from '../engine/without-stacks.ts'

/** `checked`: the file has been read through once without error (what only looks for errors need not run again). */
type Reader = (raw: string, onSegment: (segment: Segment) => void, checked?: boolean) => BitextInfo

const READERS: Record<BitextFormat, Reader> = {
  xliff: readXliff,
  po: readPo,
  tmx: readTmx,
  tsv: readTsv,
  csv: readCsv
}

const NAMES: Record<BitextFormat, string> = {xliff: 'XLIFF', po: 'PO', tmx: 'TMX', tsv: 'TSV', csv: 'CSV'}

/** Protect the placeholders of both sides of a segment. */
function protect(segment: Segment): Segment {
  protectPlaceholders(segment.source)
  if (segment.target) protectPlaceholders(segment.target)
  return segment
}

/** Parse a bilingual file whole, its placeholders protected (tests and scripts; linting reads it a window at a time). */
export function parseBitext(format: BitextFormat, raw: string): Bitext {
  const segments: Segment[] = []
  const info = READERS[format](raw, (segment) => segments.push(protect(segment)))
  return {...info, segments}
}

/**
 * The targets are linted in documents of about this many characters: a
 * corpus never becomes one tree in memory, and rules that compare the
 * paragraphs of a document with each other stay fast (in one 1.3 MB
 * document of 6,000 segments they took twice as long as in documents of 100
 * segments). A file below it (most XLIFF and PO files) is one document.
 */
export const CHUNK = 1 << 16

/**
 * A window is checked by the bilingual rules when its targets make a document
 * (see CHUNK) or when it holds this many segments, whichever comes first:
 * segments without a target (a template, an untranslated stretch) fill no
 * document, and short targets fill one slowly.
 */
const WINDOW = 4096

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
 * findings-limit.ts) is asked about each finding as it is placed or reported,
 * so they never pile up.
 *
 * The file is read twice and its segments are never all in memory: the first
 * reading finds whether it can be read at all (a file that cannot gets one
 * error, whatever its first segments hold) and what it says of itself (its
 * languages, which an XLIFF file may declare after its units); the second
 * hands its segments over one by one, and they are linted a window at a time:
 * the targets of a window are one document for the document rules (see
 * CHUNK), then the bilingual rules check the window's segments, keeping from
 * one window to the next only what they compare across segments. The
 * findings are those of linting all the segments at once, in the same order.
 */
export function lintBitext(file: VFile, options: LintOptions, format: BitextFormat, keep: (message: VFileMessage) => boolean = () => true): VFile {
  const raw = String(file.value)
  const read = READERS[format]
  let bitext: BitextInfo
  try {
    bitext = read(raw, () => {})
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

  const before = file.messages
  file.messages = []
  // Each rule's findings apart, so that the file's are in the order of linting all segments at once:
  // the targets' first, then each bilingual rule's, in the registry's order.
  const targetFindings: VFileMessage[] = []
  const checks: {id: string; check: (segments: readonly Segment[]) => void; found: VFileMessage[]}[] = []
  withoutStacks(() => {
    for (const rule of registry.rules) {
      if (!rule.bilingual || !severities.has(rule.id)) continue
      const context = createBilingualContext(rule, file, bitext, options.settings ?? {}, place, keep)
      const check = rule.bilingual(bitext as never, context as never, settings[rule.id]![1]) as ((segments: readonly Segment[]) => void) | undefined
      if (check) checks.push({id: rule.id, check, found: []})
    }
  })
  {
    // Where each segment starts, for reports that list every segment (`--format jsonl`).
    const lines: {id: string; line: number}[] = []
    const targets = new TargetDocument()
    let window: Segment[] = []
    const checkWindow = (last: boolean) => {
      // The forms of a plural entry are checked together: the window's last entry waits for the next window.
      let end = window.length
      const group = window[end - 1]?.plural?.group
      if (!last && group !== undefined) while (end > 0 && window[end - 1]!.plural?.group === group) end--
      if (end === 0) return
      const segments = end === window.length ? window : window.slice(0, end)
      withoutStacks(() => {
        for (const {id, check, found} of checks) {
          const started = timings ? performance.now() : 0
          check(segments)
          if (timings) timings.set(id, (timings.get(id) ?? 0) + performance.now() - started)
          for (const message of file.messages) found.push(message)
          file.messages = []
        }
      })
      window = window.slice(end)
    }
    read(
      raw,
      (segment) => {
        protect(segment)
        lines.push({id: segment.id, line: place.toPoint(segment.source.rawStart)?.line ?? 0})
        window.push(segment)
        if (segment.target && targets.add(segment)) {
          lintTargets(file, bitext, options, place, keep, targets, targetFindings)
          checkWindow(false)
        } else if (window.length >= WINDOW) {
          // Segments without targets (a template, an untranslated stretch) fill no document: they are checked as they come.
          checkWindow(false)
        }
      },
      true
    )
    lintTargets(file, bitext, options, place, keep, targets, targetFindings)
    checkWindow(true)
    file.data.bitextSegments = lines
  }
  file.messages = before.concat(targetFindings, ...checks.map((check) => check.found))
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

/** The targets of a window as one document: their masked texts, one a line, and where each starts. */
class TargetDocument {
  text = ''
  starts: number[] = []
  segments: Segment[] = []

  /** Add a segment's target; true when the document is long enough to be linted (see CHUNK). */
  add(segment: Segment): boolean {
    this.starts.push(this.text.length)
    this.text += maskCodes(segment.target!) + '\n'
    this.segments.push(segment)
    return this.text.length >= CHUNK
  }

  clear(): void {
    this.text = ''
    this.starts = []
    this.segments = []
  }
}

/** Run the document rules on a window's targets, place their findings in the file and keep those `keep` keeps. */
function lintTargets(
  file: VFile,
  bitext: BitextInfo,
  options: LintOptions,
  place: ReturnType<typeof location>,
  keep: (message: VFileMessage) => boolean,
  targets: TargetDocument,
  found: VFileMessage[]
): void {
  if (targets.segments.length === 0) return
  // All of a document's findings: the cap applies to the whole file's, after they are placed in their segments.
  const linted = lintSync(new VFile({path: file.path, value: targets.text}), {...options, format: 'text', maxFindingsPerRule: Infinity})
  for (const message of linted.messages) placeMessage(file, bitext, message, targets.segments, targets.starts, place)
  for (const placed of file.messages) if (keep(placed)) found.push(placed)
  file.messages = []
  targets.clear()
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
  bitext: BitextInfo,
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
