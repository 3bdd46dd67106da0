// The corpus statistics file: `TLSTATS1`, a little-endian u32 giving the length
// of a JSON header, the header (what the counts are, where they come from, the
// models fitted on them, and where each table's arrays sit), then the arrays,
// each aligned to 4 bytes so they are read in place as typed arrays.
import {CountTable} from './table.ts'

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
  /** Entries of the prefix index (2^bits + 1). */
  indexSize: number
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
      indexSize: index.length,
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
  /** Each table, read when first asked for. */
  table(name: string): CountTable | undefined
  /** The tables the file holds, by name, with their number of keys. */
  sizes: Map<string, number>
}

/** Reads `length` bytes at `offset` of the file into a fresh, aligned buffer. */
export type ReadAt = (offset: number, length: number) => Uint8Array

/**
 * Read a statistics file's header; its tables are read when first asked for,
 * so a rule that needs two tables does not pay for the others.
 */
export function openStats(size: number, readAt: ReadAt): DecodedStats {
  const prefix = MAGIC.length + 4
  const head = size >= prefix ? readAt(0, prefix) : new Uint8Array(0)
  if (head.length < prefix || new TextDecoder().decode(head.subarray(0, MAGIC.length)) !== MAGIC) {
    throw new StatsFormatError('not a translint statistics file (no TLSTATS1 signature)')
  }
  const length = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(MAGIC.length, true)
  if (prefix + length > size) throw new StatsFormatError('truncated statistics file (header)')
  let parsed: StatsHeader & {tables: StoredTable[]}
  try {
    parsed = JSON.parse(new TextDecoder().decode(readAt(prefix, length)))
  } catch {
    throw new StatsFormatError('damaged statistics file (header is not JSON)')
  }
  const base = prefix + length
  const stored = new Map<string, StoredTable>()
  for (const table of parsed.tables ?? []) {
    const end = base + table.values + table.size * table.columns.length
    if (end > size || base + table.index + 4 * table.indexSize > size || base + table.hashes + 4 * table.size > size) {
      throw new StatsFormatError(`truncated statistics file (table ${table.name})`)
    }
    if (!Number.isInteger(Math.log2(table.indexSize - 1))) throw new StatsFormatError(`damaged statistics file (table ${table.name})`)
    stored.set(table.name, table)
  }
  const loaded = new Map<string, CountTable>()
  const {tables: _stored, ...header} = parsed
  return {
    header,
    sizes: new Map([...stored].map(([name, table]) => [name, table.size])),
    table(name) {
      let table = loaded.get(name)
      if (table) return table
      const entry = stored.get(name)
      if (!entry) return undefined
      // The three arrays sit one after the other: one read.
      const from = base + entry.hashes
      const to = base + entry.values + entry.size * entry.columns.length
      const bytes = readAt(from, to - from)
      const at = (offset: number) => bytes.byteOffset + offset - entry.hashes
      table = new CountTable(
        entry.columns,
        new Uint32Array(bytes.buffer, at(entry.hashes), entry.size),
        new Uint32Array(bytes.buffer, at(entry.index), entry.indexSize),
        new Uint8Array(bytes.buffer, at(entry.values), entry.size * entry.columns.length)
      )
      loaded.set(name, table)
      return table
    }
  }
}

/** Read a statistics file held in memory. */
export function decodeStats(bytes: Uint8Array): DecodedStats {
  return openStats(bytes.length, (offset, length) => Uint8Array.from(bytes.subarray(offset, offset + length)))
}
