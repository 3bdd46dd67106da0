// A 32-bit FNV-1a hash of a string's UTF-16 code units: how the corpus tables
// key words and word pairs. Collisions are rare at the tables' sizes (a few
// hundred thousand keys in 2^32) and only blur one count into another.
export function hash32(value: string): number {
  return fnvUpdate(FNV_OFFSET, value) >>> 0
}

/** The state hash32 starts from. */
export const FNV_OFFSET = 0x811c9dc5

/**
 * The hash state after reading `value`, from the state after what comes
 * before it: `fnvUpdate(fnvUpdate(FNV_OFFSET, a), b) >>> 0` is
 * `hash32(a + b)`, so a key's first part can be hashed once for many keys,
 * and no key string is built.
 */
export function fnvUpdate(state: number, value: string): number {
  let h = state
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h
}

/** The key of an ordered pair of words (a separator no word contains). */
export function pairKey(a: string, b: string): string {
  return a + '\u0001' + b
}
