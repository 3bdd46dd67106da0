// Character classes of UTF-16 code units as one table of bit flags, read with
// one indexed load. Rules and the parser test every code unit of a document;
// a chain of range comparisons there is a branch per range, and V8 drops a
// function's optimised code the first time a document takes a branch it had
// not seen while warming up (a rare letter, a joiner, an odd space), then
// compiles it again. A table lookup takes the same path for every code unit.

/** Arabic-script letters (not marks, digits or punctuation). */
export const ARABIC_LETTER = 1
/** White space as `\s` and `String#trim` see it. */
export const WHITE_SPACE = 2
/** Horizontal spaces between words on a line (no line breaks). */
export const SPACE = 4
/** What the lexicon form drops: harakat, Quranic marks, tatweel, joiners and the Arabic letter mark. */
export const IGNORED = 8
/** Zero-width non-joiner, joiner, the direction marks and the Arabic letter mark. */
export const JOINER = 16
/** The letters of standard Arabic, ء to ي without tatweel: what the lexicon's words are spelt with. */
export const BASIC_LETTER = 32

type Ranges = ReadonlyArray<number | readonly [number, number]>

/** The flags of every code unit (index with `code & 0xffff`: NaN and -1 then read 0 or U+FFFF, which is in no class). */
export const CODE_CLASS = new Uint8Array(0x10000)

/** Each flag's ranges, for tables built from a class (see `codesOf`). */
const rangesOf = new Map<number, Ranges>()

function add(flag: number, ranges: Ranges): void {
  rangesOf.set(flag, ranges)
  for (const range of ranges) {
    const [from, to] = typeof range === 'number' ? [range, range] : range
    for (let code = from; code <= to; code++) CODE_CLASS[code]! |= flag
  }
}

add(ARABIC_LETTER, [
  [0x0621, 0x063a],
  [0x0641, 0x064a],
  [0x066e, 0x066f],
  [0x0671, 0x06d3],
  0x06d5,
  [0x06ee, 0x06ef],
  [0x06fa, 0x06fc],
  0x06ff,
  [0x0750, 0x077f],
  [0x08a0, 0x08c9],
  [0xfb50, 0xfdfb],
  [0xfe70, 0xfefc]
])
add(WHITE_SPACE, [[0x09, 0x0d], 0x20, 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
add(SPACE, [0x09, 0x20, 0xa0, [0x2000, 0x200a], 0x202f, 0x3000])
add(IGNORED, [[0x0610, 0x061a], 0x061c, [0x064b, 0x065f], 0x0670, 0x0640, [0x06d6, 0x06ed], [0x200c, 0x200f]])
add(JOINER, [[0x200c, 0x200f], 0x061c])
add(BASIC_LETTER, [[0x0621, 0x063a], [0x0641, 0x064a]])

/** The code units of one class, from its ranges (no scan of all 65,536). */
export function codesOf(flag: number): number[] {
  const codes: number[] = []
  for (const range of rangesOf.get(flag) ?? []) {
    const [from, to] = typeof range === 'number' ? [range, range] : range
    for (let code = from; code <= to; code++) codes.push(code)
  }
  return codes
}
