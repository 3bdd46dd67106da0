// `--stdin-jsonl`: translint as one streaming step of a larger pipeline (Dask,
// Spark's `RDD.pipe`, GNU parallel `--pipe`). Standard input is a stream of
// records, one JSON object a line, `{"id": …, "text": "…"}`; for each, in
// order and as soon as it is linted, one line goes out:
//
//   {"id": …, "messages": [ …the entries of --format json… ]}
//   {"id": … or null, "line": 7, "error": "…"}        (a record that is not one)
//
// A bad record (not JSON, not UTF-8, no `id`, no `text`, longer than the limit)
// gets its error line and the run goes on, so a caller can count on exactly one
// line out per line in (blank lines excepted). Memory holds one record: a line
// is read, linted and answered before the next is taken, and the next is not
// taken while standard output is full; a line longer than the limit is skipped
// without being kept.
import {resolve} from 'node:path'
import {loadBitext} from '../bitext/registry.ts'
import {configFor} from '../config/load.ts'
import {formatOf, isBitext, isMarkup} from '../engine/format.ts'
import {loadMarkup} from '../engine/markup-registry.ts'
import {severityOf} from '../engine/processor.ts'
import type {Locale} from '../engine/locale.ts'
import {localeFor, settingsFor} from '../engine/settings.ts'
import {runTask} from '../engine/task.ts'
import type {RuleSettings} from '../engine/types.ts'
import type {ResolvedConfig} from '../config/load.ts'
import {messageToJson} from '../reporters/json.ts'
import {tuneForLargeRun} from './large-run.ts'
import {formatBytes, MAX_DOCUMENT_BYTES} from './limits.ts'

/**
 * A record's line: a document's limit, as for a file (its text is never longer
 * than its line). It once allowed three times that, for JSON's `\uXXXX`
 * escapes of non-ASCII text, but reading, decoding and parsing such a line
 * holds it several times over: a record of 210 MB ran out of memory.
 */
export const MAX_RECORD_BYTES = MAX_DOCUMENT_BYTES

export interface StdinJsonlOptions {
  cwd: string
  /** The name records are linted under (`--stdin-filename`): it picks the config and the format (.txt, .md). */
  path: string
  explicitConfig?: string
  rulesFor: (config: ResolvedConfig, path: string) => RuleSettings
  quiet?: boolean
  reportUnusedDirectives?: boolean
  write: (line: string) => void
  /** Resolves once standard output takes more. */
  drained?: () => Promise<void>
  maxRecordBytes?: number
  /** `--locale`: the language of the messages, over the config's `locale` and the environment. */
  locale?: Locale
}

export interface StdinJsonlSummary {
  records: number
  /** Records answered with an error line. */
  bad: number
}

/** A line of input, or the number of bytes of one that was too long (and skipped). */
type Line = {bytes: Buffer; number: number} | {tooLong: number; number: number}

/** Split a byte stream into lines, never holding more than `max` bytes of one. */
export async function* lines(input: AsyncIterable<Uint8Array | string>, max: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let length = 0
  let skipped = 0
  let number = 0
  const end = (): Line => {
    number++
    const line: Line = skipped > 0 ? {tooLong: skipped + length, number} : {bytes: Buffer.concat(parts, length), number}
    parts = []
    length = 0
    skipped = 0
    return line
  }
  for await (const chunk of input) {
    let data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10)) {
      take(data.subarray(0, at))
      yield end()
      data = data.subarray(at + 1)
    }
    take(data)
  }
  if (length > 0 || skipped > 0) yield end()

  function take(piece: Buffer): void {
    if (piece.length === 0) return
    if (skipped > 0 || length + piece.length > max) {
      skipped += length + piece.length
      parts = []
      length = 0
      return
    }
    // Copied: the chunk's buffer may be reused by the stream.
    parts.push(Buffer.from(piece))
    length += piece.length
  }
}

/** Only spaces, tabs and a carriage return: no record (a trailing blank line is common). */
function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false
  return true
}

const decoder = new TextDecoder('utf-8', {fatal: true})
const SHAPE = 'expected an object with `id` (a string or a number) and `text` (a string)'

type InputRecord = {id: string | number; text: string}

/** The record on a line, or why it is not one (with its id when that much could be read). */
function parseRecord(bytes: Buffer): InputRecord | {id: string | number | null; error: string} {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return {id: null, error: 'not UTF-8'}
  }
  if (text.endsWith('\r')) text = text.slice(0, -1)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {id: null, error: `not JSON (${(error as Error).message})`}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {id: null, error: SHAPE}
  const {id, text: body} = value as {id?: unknown; text?: unknown}
  const knownId = typeof id === 'string' || typeof id === 'number' ? id : null
  if (knownId === null || typeof body !== 'string') return {id: knownId, error: SHAPE}
  return {id: knownId, text: body}
}

export async function runStdinJsonl(input: AsyncIterable<Uint8Array | string>, options: StdinJsonlOptions): Promise<StdinJsonlSummary> {
  const summary: StdinJsonlSummary = {records: 0, bad: 0}
  // A stream of records is a long run (one process for a partition of a corpus): see large-run.ts.
  tuneForLargeRun()
  const path = resolve(options.cwd, options.path)
  const config = await configFor(path, options.explicitConfig)
  const rules = options.rulesFor(config, path)
  const settings = settingsFor(config, localeFor(config, options.locale))
  const shown = options.path
  // The parsers a name's format needs (Markdown, HTML, bilingual files) are loaded once, before the first record.
  if (isMarkup(formatOf(shown))) await loadMarkup()
  if (isBitext(formatOf(shown))) await loadBitext()
  const max = options.maxRecordBytes ?? MAX_RECORD_BYTES
  const answer = async (line: object) => {
    options.write(JSON.stringify(line) + '\n')
    await options.drained?.()
  }
  for await (const line of lines(input, max)) {
    if ('bytes' in line && isBlank(line.bytes)) continue
    summary.records++
    const record: InputRecord | {id: string | number | null; error: string} =
      'tooLong' in line ? {id: null, error: `longer than ${formatBytes(max)} (${formatBytes(line.tooLong)}); not linted`} : parseRecord(line.bytes)
    if ('error' in record) {
      summary.bad++
      await answer({id: record.id, line: line.number, error: record.error})
      continue
    }
    const result = runTask(
      {
        path: shown,
        value: record.text,
        rules,
        settings,
        cwd: options.cwd,
        reportUnusedDirectives: options.reportUnusedDirectives
      },
      settings
    )
    let messages = result.file.messages
    if (options.quiet) messages = messages.filter((message) => severityOf(message) === 'error')
    if (result.errors.length > 0) {
      // A rule or the parser failed on this text (a bug): said on the record's line, with what was found.
      summary.bad++
      const error = result.errors.map((e) => `internal error ${e.ruleId === null ? 'while parsing' : `in rule \`${e.ruleId}\``}: ${e.message}`).join('; ')
      await answer({id: record.id, line: line.number, error, messages: messages.map(messageToJson)})
      continue
    }
    await answer({id: record.id, messages: messages.map(messageToJson)})
  }
  return summary
}
