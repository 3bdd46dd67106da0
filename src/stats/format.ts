// The corpus statistics file: `TLSTATS1`, a little-endian u32 giving the length
// of a JSON header, the header (what the counts are, where they come from, the
// models fitted on them, and where each table's arrays sit), then the arrays,
// each aligned to 4 bytes so they are read in place as typed arrays.
import {CountTable, prefixIndex} from './table.ts'

const MAGIC = 'TLSTATS1'

export interface StatsHeader {
  /** What the counts were taken from (shown by `translint stats info`). */
  source: string
  /** Credit owed to the source, shipped with the file. */
  attribution?: string
  documents: number
  words: number
  /** Models fitted on the counts, by name (weights and thresholds). */
  models: Record<string, unknown>
  /** Free-form numbers the rules read (e.g. corpus-wide totals). */
  totals: Record<string, number>
}

interface StoredTable {
  name: string
  columns: string[]
  size: number
  hashes: number
  index: number
  values: number
}

export class StatsFormatError extends Error {}

export function encodeStats(header: StatsHeader, tables: Record<string, CountTable>): Uint8Array {
  const stored: StoredTable[] = []
  const chunks: Uint8Array[] = []
  let offset = 0
  const place = (bytes: Uint8Array): number => {
    const at = offset
    chunks.push(bytes)
    offset += bytes.length
    const pad = (4 - (offset % 4)) % 4
    if (pad) {
      chunks.push(new Uint8Array(pad))
      offset += pad
    }
    return at
  }
  for (const [name, table] of Object.entries(tables)) {
    const {hashes, index, values} = table.parts()
    stored.push({
      name,
      columns: [...table.columns],
      size: hashes.length,
      hashes: place(new Uint8Array(hashes.buffer, hashes.byteOffset, hashes.byteLength)),
      index: place(new Uint8Array(index.buffer, index.byteOffset, index.byteLength)),
      values: place(values)
    })
  }
  let json = new TextEncoder().encode(JSON.stringify({...header, tables: stored}))
  // The arrays start at a multiple of 4: pad the header with spaces.
  const prefix = MAGIC.length + 4
  const padded = Math.ceil((prefix + json.length) / 4) * 4 - prefix
  if (padded > json.length) json = Uint8Array.from([...json, ...new Array(padded - json.length).fill(0x20)])
  const out = new Uint8Array(prefix + json.length + offset)
  out.set(new TextEncoder().encode(MAGIC), 0)
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true)
  out.set(json, prefix)
  let at = prefix + json.length
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

export interface DecodedStats {
  header: StatsHeader
  tables: Map<string, CountTable>
}

/** Read a statistics file's bytes (views into `bytes`, which must stay alive). */
export function decodeStats(bytes: Uint8Array): DecodedStats {
  const prefix = MAGIC.length + 4
  if (bytes.length < prefix || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) {
    throw new StatsFormatError('not a translint statistics file (no TLSTATS1 signature)')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const length = view.getUint32(MAGIC.length, true)
  if (prefix + length > bytes.length) throw new StatsFormatError('truncated statistics file (header)')
  let parsed: StatsHeader & {tables: StoredTable[]}
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(prefix, prefix + length)))
  } catch {
    throw new StatsFormatError('damaged statistics file (header is not JSON)')
  }
  const base = prefix + length
  // Typed arrays need aligned offsets; copy once if the buffer is not aligned.
  const data = (bytes.byteOffset + base) % 4 === 0 ? bytes : Uint8Array.from(bytes)
  const start = data.byteOffset + base
  const tables = new Map<string, CountTable>()
  for (const table of parsed.tables ?? []) {
    const end = base + table.values + table.size * table.columns.length
    if (end > data.length) throw new StatsFormatError(`truncated statistics file (table ${table.name})`)
    const hashes = new Uint32Array(data.buffer, start + table.hashes, table.size)
    const index = new Uint32Array(data.buffer, start + table.index, 0x10001)
    const values = new Uint8Array(data.buffer, start + table.values, table.size * table.columns.length)
    tables.set(table.name, new CountTable(table.columns, hashes, index, values))
  }
  const {tables: _stored, ...header} = parsed
  return {header, tables}
}

export {prefixIndex}
