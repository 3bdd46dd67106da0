// A table of counts keyed by hashed strings, as stored in a corpus statistics
// file: sorted 32-bit hashes, an index of where each 16-bit hash prefix starts
// (so a lookup is a short binary search), and one byte per count column on a
// logarithmic scale (quantize.ts). Views over the file's bytes: nothing is
// copied or decoded when a file is loaded.
import {hash32} from './hash.ts'
import {dequantize, quantize} from './quantize.ts'

/** Bits of the hash prefix indexed: about one prefix per 8 keys, at most 16 (a 256 KB index). */
export function prefixBitsFor(size: number): number {
  return Math.max(4, Math.min(16, Math.ceil(Math.log2(Math.max(size, 1))) - 3))
}

export class CountTable {
  private readonly shift: number

  constructor(
    readonly columns: readonly string[],
    /** Sorted, distinct. */
    private readonly hashes: Uint32Array,
    /** 2^bits + 1 entries: the first row whose hash has each prefix of `bits` bits. */
    private readonly index: Uint32Array,
    /** Row-major, one byte a column. */
    private readonly values: Uint8Array
  ) {
    this.shift = 32 - Math.log2(index.length - 1)
  }

  get size(): number {
    return this.hashes.length
  }

  /** The row of a key, or -1. */
  row(key: string): number {
    return this.rowOfHash(hash32(key))
  }

  /** The row of the key with this hash32, or -1. */
  rowOfHash(h: number): number {
    const prefix = h >>> this.shift
    let low = this.index[prefix]!
    let high = this.index[prefix + 1]! - 1
    const hashes = this.hashes
    while (low <= high) {
      const middle = (low + high) >>> 1
      const value = hashes[middle]!
      if (value < h) low = middle + 1
      else if (value > h) high = middle - 1
      else return middle
    }
    return -1
  }

  /** A column's count in a row (0 for row -1). */
  count(row: number, column: number): number {
    return row < 0 ? 0 : dequantize(this.values[row * this.columns.length + column]!)
  }

  /** The first column's count of a key: for one-column tables. */
  get(key: string): number {
    return this.count(this.row(key), 0)
  }

  /** The parts to store: see encodeTables in format.ts. */
  parts(): {hashes: Uint32Array; index: Uint32Array; values: Uint8Array} {
    return {hashes: this.hashes, index: this.index, values: this.values}
  }
}

/** Accumulates counts by key while a corpus is read; `build` makes the table. */
export class CountTableBuilder {
  private readonly counts = new Map<string, Float64Array>()
  constructor(readonly columns: readonly string[]) {}

  add(key: string, column: number, amount = 1): void {
    let row = this.counts.get(key)
    if (row === undefined) this.counts.set(key, (row = new Float64Array(this.columns.length)))
    row[column] += amount
  }

  /** Add every count of another builder with the same columns. */
  merge(other: CountTableBuilder): void {
    for (const [key, row] of other.counts) for (let c = 0; c < row.length; c++) if (row[c]) this.add(key, c, row[c])
  }

  get keys(): number {
    return this.counts.size
  }

  /** Keys whose first column is below `minCount` are left out. */
  build(minCount = 1): CountTable {
    const width = this.columns.length
    const rows = new Map<number, Float64Array>()
    for (const [key, counts] of this.counts) {
      if (counts[0]! < minCount) continue
      const h = hash32(key)
      const known = rows.get(h)
      if (known) for (let c = 0; c < width; c++) known[c] += counts[c]!
      else rows.set(h, Float64Array.from(counts))
    }
    const hashes = Uint32Array.from(rows.keys()).sort()
    const values = new Uint8Array(hashes.length * width)
    hashes.forEach((h, i) => {
      const counts = rows.get(h)!
      for (let c = 0; c < width; c++) values[i * width + c] = quantize(counts[c]!)
    })
    return new CountTable(this.columns, hashes, prefixIndex(hashes, prefixBitsFor(hashes.length)), values)
  }
}

export function prefixIndex(hashes: Uint32Array, bits: number): Uint32Array {
  const prefixes = 2 ** bits
  const shift = 32 - bits
  const index = new Uint32Array(prefixes + 1)
  let row = 0
  for (let prefix = 0; prefix <= prefixes; prefix++) {
    while (row < hashes.length && hashes[row]! >>> shift < prefix) row++
    index[prefix] = row
  }
  return index
}
