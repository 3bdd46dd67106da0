// Parallel text in columns, with a header row that names them: `source` and
// `target` (required), `id` and `note` (optional); other columns are ignored.
// Header names are matched without case; `src`/`source_xx` and
// `tgt`/`target_xx`/`mt`/`mt_xx` are accepted too, so the usual corpus files
// (`id source_en mt_ar ref_ar`) read as they are.
//
// TSV: one record a line, fields separated by a TAB, no quoting (the format of
// OPUS, Moses and bicleaner files); a `\r` before the line break is not part of
// the last field. CSV: RFC 4180 (quoted fields, `""` for a quote), read with
// csv-parse, whose records are then placed in the file field by field.
import {parse as parseCsvText} from 'csv-parse/sync'
import {BitextError, TextBuilder, exactText, type BitextInfo, type Segment, type SegmentText} from './segment.ts'

interface Columns {
  source: number
  target: number
  id?: number
  note?: number
}

const ROLES: [keyof Columns, RegExp][] = [
  ['source', /^(source|src)(_[\w-]+)?$/i],
  ['target', /^(target|tgt|mt|translation)(_[\w-]+)?$/i],
  ['id', /^id$/i],
  ['note', /^(note|notes|comment)$/i]
]

function columnsOf(header: string[], kind: string): Columns {
  const found: Partial<Columns> = {}
  header.forEach((name, i) => {
    for (const [role, pattern] of ROLES) if (pattern.test(name.trim()) && found[role] === undefined) found[role] = i
  })
  if (found.source === undefined || found.target === undefined) {
    throw new BitextError(
      `line 1: expected a header row naming a \`source\` and a \`target\` column (and optionally \`id\`, \`note\`), separated by ${kind}; found \`${header.join(kind === 'tabs' ? '\\t' : ',').slice(0, 80)}\``
    )
  }
  return found as Columns
}

/** Calls `each(fields, starts, line)` for every line after the header: the fields and their file offsets. */
export function eachTsvRecord(raw: string, each: (fields: string[], starts: number[], line: number, columns: Columns) => void): Columns {
  let lineStart = 0
  let line = 0
  let columns: Columns | undefined
  while (lineStart < raw.length) {
    line++
    let lineEnd = raw.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = raw.length
    const contentEnd = lineEnd > lineStart && raw.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd
    const fields: string[] = []
    const starts: number[] = []
    let from = lineStart
    for (let tab = raw.indexOf('\t', from); tab !== -1 && tab < contentEnd; tab = raw.indexOf('\t', from)) {
      fields.push(raw.slice(from, tab))
      starts.push(from)
      from = tab + 1
    }
    fields.push(raw.slice(from, contentEnd))
    starts.push(from)
    if (!columns) columns = columnsOf(fields, 'tabs')
    else if (contentEnd > lineStart) each(fields, starts, line, columns)
    lineStart = lineEnd + 1
  }
  if (!columns) throw new BitextError('empty file: expected a header row naming a `source` and a `target` column')
  return columns
}

function segmentOf(columns: Columns, index: number, line: number, text: (column: number) => SegmentText | undefined, value: (column: number) => string | undefined): Segment | undefined {
  const source = text(columns.source)
  if (!source) return undefined
  const target = text(columns.target)
  const id = columns.id !== undefined ? value(columns.id) : undefined
  return {
    index,
    id: id || `row ${line}`,
    source,
    target: target && target.text !== '' ? target : undefined,
    note: columns.note !== undefined ? value(columns.note) : undefined
  }
}

export function readTsv(raw: string, onSegment: (segment: Segment) => void): BitextInfo {
  let count = 0
  eachTsvRecord(raw, (fields, starts, line, columns) => {
    const segment = segmentOf(
      columns,
      count,
      line,
      (column) => (fields[column] === undefined ? undefined : exactText(fields[column]!, starts[column]!)),
      (column) => fields[column]
    )
    if (segment) {
      count++
      onSegment(segment)
    }
  })
  return {
    format: 'tsv',
    // A tab or a line break would split the record.
    escape: (text) => (/[\t\r\n]/.test(text) ? undefined : text)
  }
}

/** Place one CSV field that starts at `from`: its decoded text and the offset after it. */
function readCsvField(raw: string, from: number): {text: SegmentText; end: number} {
  if (raw[from] !== '"') {
    let end = from
    while (end < raw.length && raw[end] !== ',' && raw[end] !== '\n' && raw[end] !== '\r') end++
    return {text: exactText(raw.slice(from, end), from), end}
  }
  const builder = new TextBuilder(from + 1, from + 1)
  let i = from + 1
  let textFrom = i
  for (;;) {
    const quote = raw.indexOf('"', i)
    if (quote === -1) throw new BitextError('a quoted field is not closed')
    if (raw[quote + 1] === '"') {
      if (quote > textFrom) builder.exact(raw.slice(textFrom, quote), textFrom)
      builder.decoded('"', quote, quote + 2)
      i = textFrom = quote + 2
      continue
    }
    if (quote > textFrom) builder.exact(raw.slice(textFrom, quote), textFrom)
    builder.rawEnd = quote
    return {text: builder.finish(), end: quote + 1}
  }
}

/** Whether `offset` falls in one of the ranges, given as sorted [start, end, start, end, …] offsets. */
function inRanges(ranges: number[], offset: number): boolean {
  // Binary search: the last range starting at or before the offset.
  let low = 0
  let high = ranges.length / 2 - 1
  if (high < 0 || ranges[0]! > offset) return false
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (ranges[2 * mid]! <= offset) low = mid
    else high = mid - 1
  }
  return offset <= ranges[2 * low + 1]!
}

export function readCsv(raw: string, onSegment: (segment: Segment) => void): BitextInfo {
  let columns: ReturnType<typeof columnsOf> | undefined
  let count = 0
  let records = 0
  // Walk the file in step with csv-parse's records, placing each field. Each
  // record is handed over as csv-parse reads it and not kept (`on_record`
  // returns nothing), so the file is never held as an array of records.
  let offset = 0
  let line = 1
  // Where quoted fields stand, as [start, end, start, end, …] (in file order): a fix there doubles its quotes.
  const quotedFields: number[] = []
  // A record that cannot be placed is said once csv-parse has read the whole file: a file that is not CSV says that first.
  let misplaced: BitextError | undefined
  // Anything else thrown while a record is handed over (a rule that fails) is not the file's fault: it goes on up as it is.
  let failed: unknown
  const place = (record: string[], lines: number) => {
    // The header names the columns before its fields are placed.
    const header = !columns
    if (!columns) columns = columnsOf(record, 'commas')
    const texts: SegmentText[] = []
    for (let f = 0; f < record.length; f++) {
      const {text, end} = readCsvField(raw, offset)
      if (text.text !== record[f]) throw new BitextError(`line ${line}: the record could not be placed in the file (read differently by the CSV parser)`)
      texts.push(text)
      if (raw[offset] === '"') quotedFields.push(text.rawStart, text.rawEnd)
      offset = end + (raw[end] === ',' ? 1 : 0)
    }
    // The record delimiter.
    if (raw[offset] === '\r') offset++
    if (raw[offset] === '\n') offset++
    if (!header) {
      const segment = segmentOf(columns, count, line, (c) => texts[c], (c) => record[c])
      if (segment) {
        count++
        onSegment(segment)
      }
    }
    line = lines + 1
  }
  try {
    parseCsvText(raw, {
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[], context: {lines: number}) => {
        records++
        if (misplaced) return undefined
        try {
          place(record, context.lines)
        } catch (error) {
          if (!(error instanceof BitextError)) {
            failed = error
            throw error
          }
          misplaced = error
        }
        return undefined
      }
    })
  } catch (error) {
    if (failed !== undefined) throw failed
    throw new BitextError(`not valid CSV: ${(error as Error).message}`)
  }
  if (records === 0) throw new BitextError('empty file: expected a header row naming a `source` and a `target` column')
  if (misplaced) throw misplaced
  return {
    format: 'csv',
    escape: (text, rawOffset) => {
      // Inside a quoted field a quote is doubled; an unquoted field cannot take a comma, quote or line break.
      if (inRanges(quotedFields, rawOffset)) return /[\r\n]/.test(text) ? undefined : text.replace(/"/g, '""')
      return /[",\r\n]/.test(text) ? undefined : text
    }
  }
}
