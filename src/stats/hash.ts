// A 32-bit FNV-1a hash of a string's UTF-16 code units: how the corpus tables
// key words and word pairs. Collisions are rare at the tables' sizes (a few
// hundred thousand keys in 2^32) and only blur one count into another.
export function hash32(value: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The key of an ordered pair of words (a separator no word contains). */
export function pairKey(a: string, b: string): string {
  return a + '\u0001' + b
}
