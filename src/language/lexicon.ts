// The Arabic lexicon: which written forms are words. Built on the Ayaspell word
// list shipped by @cspell/dict-ar (about 89 million inflected forms, clitics
// included: `وللاستقرار`, `لاستخدامها`), read with cspell-trie-lib.
//
// Loading is lazy (only when a rule asks) and cached per process. The build
// (scripts/build-lexicon.mjs) re-encodes the package's text trie into the
// library's binary format under dist/lexicon/, which this module reads
// itself in a few milliseconds (the library is loaded only for a file it
// cannot read); without a build, the package's own trie is parsed (about a
// second). A user word list (`words` in .linterrc.json) extends it.
import {existsSync, readFileSync} from 'node:fs'
import {endianness} from 'node:os'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LintSettings} from '../engine/types.ts'
import {readFileShared} from '../engine/shared-file.ts'
import {nowMs} from '../engine/clock.ts'
import {BASIC_LETTER, CODE_CLASS, IGNORED as IGNORED_FLAG} from './code-classes.ts'

/** What the rules ask of the lexicon. */
export interface Lexicon {
  /** Whether a written form (harakat, tatweel and joiners ignored) is a known word. */
  has(word: string): boolean
}

export interface LexiconInfo {
  /** `btrie`: the built file; `trie`: the package's text trie parsed at run time. */
  source: 'btrie' | 'trie'
  path: string
  /** Milliseconds spent loading (library + file + decoding). */
  loadMs: number
}

export interface TrieLike {
  has(word: string): boolean
}

/**
 * Clitic prefixes a written word may carry before its stem, longest first:
 * conjunction (و ف), preposition (ب ل ك), article (ال, لل after ل).
 */
export const CLITIC_PREFIXES = [
  'وبال', 'فبال', 'وكال', 'فكال', 'ولل', 'فلل',
  'وال', 'فال', 'بال', 'كال', 'لل', 'ال',
  'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
  'و', 'ف', 'ب', 'ل', 'ك'
] as const

// The clitic prefixes by their first letter (in the order above), in an array
// over the letters ء to ي: one indexed read per word instead of a map lookup.
const FIRST_LETTER = 0x0621
const LETTERS = 0x064a - FIRST_LETTER + 1
// Made by filter, as the lists below are: an empty array literal has another
// shape (V8's elements kind for small integers), which sent the optimised code
// of every loop over these lists back to the interpreter.
const NO_PREFIXES: readonly string[] = CLITIC_PREFIXES.filter(() => false)
const PREFIXES_BY_LETTER: Array<readonly string[]> = Array.from({length: LETTERS}, (_, index) =>
  CLITIC_PREFIXES.filter((prefix) => prefix.charCodeAt(0) === FIRST_LETTER + index)
)

/** The clitic prefixes that start with a code unit (none unless it is a letter ء to ي). */
export function cliticPrefixesOf(code: number): readonly string[] {
  const index = code - FIRST_LETTER
  return index >= 0 && index < LETTERS ? PREFIXES_BY_LETTER[index]! : NO_PREFIXES
}

/**
 * Whether a clitic prefix (one of CLITIC_PREFIXES) ends in the article: `ال`, or `لل` after ل
 * (`وبال`, `فلل`). By its last two letters, not a lookup in a set of strings: hamza and
 * spelling-consistency ask it of the prefixes they try at nearly every word.
 */
export function isArticlePrefix(prefix: string): boolean {
  const n = prefix.length
  if (n < 2 || prefix.charCodeAt(n - 1) !== 0x0644) return false
  const before = prefix.charCodeAt(n - 2)
  return before === 0x0627 || before === 0x0644
}

// Harakat, superscript alef, Quranic marks, tatweel and zero-width joiners / direction marks.
const IGNORED_CHAR = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F\u061C]/
const IGNORED = new RegExp(IGNORED_CHAR.source, 'g')

/** Whether a UTF-16 code unit is one IGNORED_CHAR matches (the same set, tested without a regular expression). */
export function isIgnoredCode(code: number): boolean {
  return (CODE_CLASS[code & 0xffff]! & IGNORED_FLAG) !== 0
}

/** ا أ إ آ: an alef, bare or carrying a hamza or madda. */
export function isAlefCode(code: number): boolean {
  return code === 0x0627 || code === 0x0623 || code === 0x0625 || code === 0x0622
}

/** Whether a UTF-16 code unit is a letter of standard Arabic, ء to ي (what the lexicon's words are spelt with). */
export function isBasicLetterCode(code: number): boolean {
  return (CODE_CLASS[code & 0xffff]! & BASIC_LETTER) !== 0
}

/** Whether a lexicon form is a word the lexicon can judge: letters ء to ي only (no tatweel, digits or Latin). */
export function isLexiconWord(form: string): boolean {
  if (form.length === 0) return false
  for (let i = 0; i < form.length; i++) if ((CODE_CLASS[form.charCodeAt(i)]! & BASIC_LETTER) === 0) return false
  return true
}

/** The word without harakat, tatweel and joiners: the form the lexicon stores. */
export function lexiconForm(word: string): string {
  // Most words have none: one pass over the code units, no regular expression.
  for (let i = 0; i < word.length; i++) if (isIgnoredCode(word.charCodeAt(i))) return word.replace(IGNORED, '')
  return word
}

let base: TrieLike | undefined
let info: LexiconInfo | undefined

/** Where a built word list (`ar.btrie`, `en.btrie`) may be, from this module in src/language/ or in a dist/ bundle. */
function builtCandidates(file: string): string[] {
  const here = dirname(fileURLToPath(import.meta.url))
  return [
    join(here, 'lexicon', file), // dist/cli.js, dist/index.js
    join(here, '..', 'lexicon', file), // dist/chunks/*.js
    join(here, '..', '..', 'dist', 'lexicon', file) // src/language/lexicon.ts
  ]
}

/** Walk up from this module to the nearest node_modules holding a package. */
function findPackageDir(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`lexicon: cannot find the \`${name}\` package (is it installed?)`)
    dir = parent
  }
}

interface TrieLib {
  decodeTrie(raw: Uint8Array): TrieLike
}

/** cspell-trie-lib is ESM-only with an `import`-only export; load it synchronously by path. */
function loadTrieLib(): TrieLib {
  const require = createRequire(import.meta.url)
  let entry: string | undefined
  try {
    if (typeof import.meta.resolve === 'function') entry = fileURLToPath(import.meta.resolve('cspell-trie-lib'))
  } catch {
    entry = undefined
  }
  if (!entry) {
    const dir = findPackageDir('cspell-trie-lib')
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {exports?: {'.'?: {import?: string}}; module?: string; main?: string}
    entry = join(dir, pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main ?? 'dist/index.js')
  }
  return require(entry) as TrieLib
}

/**
 * A word list in cspell-trie-lib's binary format (`TrieBlob` 00.01.00), read
 * directly: loading the library and decoding through it cost about 30 ms of
 * a cold start. The nodes are 32-bit words: a node's header (bit 8: a word
 * ends here; bits 0-7: how many children) is followed by one entry per child
 * (bits 0-7: the next UTF-8 byte; bits 8-31: where the child's header is).
 * Lookups match the library's `has` for such a file (exact, case-sensitive).
 */
class BinaryTrie implements TrieLike {
  constructor(private readonly nodes: Uint32Array) {}

  /** Where the child of a node reached by a UTF-8 byte is, or -1. */
  child(node: number, byte: number): number {
    const nodes = this.nodes
    const last = node + (nodes[node]! & 0xff)
    // A linear search: as fast as a binary one here (few children), and it
    // does not depend on their order.
    for (let entry = node + 1; entry <= last; entry++) if ((nodes[entry]! & 0xff) === byte) return nodes[entry]! >>> 8
    return -1
  }

  has(word: string): boolean {
    // The word's UTF-8 bytes, stepped through as the library does: the bytes
    // of one character at a time (a NUL character has none).
    const length = word.length
    let node = 0
    let at = 0
    let bytes = 0
    if (length > 0) {
      bytes = utf8At(word, at)
      at += unitsAt(word, at)
      for (;;) {
        if (bytes === 0) {
          bytes = utf8At(word, at)
          at += unitsAt(word, at)
        }
        node = this.child(node, bytes & 0xff)
        if (node < 0) return false
        bytes >>>= 8
        if (bytes === 0) {
          bytes = utf8At(word, at)
          at += unitsAt(word, at)
        }
        if (bytes === 0 && at >= length) break
      }
    }
    return (this.nodes[node]! & 0x100) !== 0
  }
}

/** The UTF-8 bytes of the character at a position, first byte lowest (0 past the end). */
function utf8At(word: string, at: number): number {
  // Past the end without reading there: a read out of range sends optimised code back to the interpreter.
  if (at >= word.length) return 0
  let code = word.charCodeAt(at) & 0xffff
  if ((code & 0xf800) === 0xd800) code = word.codePointAt(at) || 0
  if (code < 0x80) return code
  if (code < 0x800) return 0x80c0 | ((code & 0x7c0) >> 6) | ((code & 0x3f) << 8)
  if (code < 0x10000) return 0x8080e0 | ((code & 0xf000) >>> 12) | ((code & 0xfc0) << 2) | ((code & 0x3f) << 16)
  return 0x808080f0 + (((code & 0x1c0000) >>> 18) | ((code & 0x3f000) >>> 4) | ((code & 0xfc0) << 10) | ((code & 0x3f) << 24))
}

/** How many UTF-16 units the library reads for the character at a position: two for any surrogate. */
function unitsAt(word: string, at: number): number {
  if (at >= word.length) return 1
  return (word.charCodeAt(at) & 0xf800) === 0xd800 ? 2 : 1
}

// The header of a binary trie file, as cspell-trie-lib 9 writes it.
const TRIE_HEADER = {
  signature: 'TrieBlob',
  /** 0x04030201 in the file's byte order, at byte 8. */
  byteOrder: 0x04030201,
  /** At byte 12. */
  version: '00.01.00',
  /** Byte offset and byte length of the nodes, at bytes 20 and 24. */
  nodes: 20,
  /** The special prefixes (forbidden, case-insensitive, compound, suggestion), at byte 36. */
  info: 36,
  infoValue: '!!~~++::',
  /** Byte offset and byte length of the string table, at bytes 60 and 64. */
  stringTable: 60,
  size: 132
}

/**
 * The word list of a binary trie file, when this module can read it: the
 * machine's byte order, version 00.01.00, the default special prefixes, no
 * string table, no forbidden or compound words. Otherwise undefined (the
 * library reads it).
 */
export function readBinaryTrie(data: Uint8Array): TrieLike | undefined {
  if (data.length < TRIE_HEADER.size || endianness() !== 'LE') return undefined
  const ascii = (from: number, length: number): string => String.fromCharCode(...data.subarray(from, from + length))
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (ascii(0, 8) !== TRIE_HEADER.signature || view.getUint32(8, true) !== TRIE_HEADER.byteOrder) return undefined
  if (ascii(12, 8) !== TRIE_HEADER.version || ascii(TRIE_HEADER.info, 16) !== TRIE_HEADER.infoValue.padEnd(16, '\0')) return undefined
  if (view.getUint32(TRIE_HEADER.stringTable + 4, true) !== 0) return undefined
  const offset = view.getUint32(TRIE_HEADER.nodes, true)
  const length = view.getUint32(TRIE_HEADER.nodes + 4, true)
  if (length === 0 || length % 4 !== 0 || offset + length > data.length) return undefined
  const start = data.byteOffset + offset
  const nodes =
    start % 4 === 0 ? new Uint32Array(data.buffer, start, length / 4) : new Uint32Array(data.buffer.slice(start, start + length))
  const trie = new BinaryTrie(nodes)
  // Forbidden (`!word`) and compound (`+`) entries change what the library's lookup answers.
  if (trie.child(0, 0x21) >= 0 || trie.child(0, 0x2b) >= 0) return undefined
  return trie
}

/**
 * A cspell word list: the build's binary trie under dist/lexicon/ (read here
 * in a few milliseconds), else the package's own text trie parsed by
 * cspell-trie-lib (slower). Used for the Arabic lexicon and the English words
 * of mixed-script.
 */
export function loadWordList(built: string, packageName: string, trieFile: string, shared?: {bytes?: Uint8Array}): {trie: TrieLike; info: LexiconInfo} {
  const started = nowMs()
  const path = builtCandidates(built).find((candidate) => existsSync(candidate))
  if (path) {
    const data = shared ? (shared.bytes ??= readShared(path)) : readFileSync(path)
    const trie = readBinaryTrie(data) ?? loadTrieLib().decodeTrie(data)
    return {trie, info: {source: 'btrie', path, loadMs: nowMs() - started}}
  }
  const source = join(findPackageDir(packageName), trieFile)
  const trie = loadTrieLib().decodeTrie(process.getBuiltinModule('node:zlib').gunzipSync(readFileSync(source)))
  return {trie, info: {source: 'trie', path: source, loadMs: nowMs() - started}}
}

/** A built word list's bytes in shared memory. */
const readShared = (path: string) => readFileShared(path, () => new Error(`${path}: shorter than its size`))

// The built Arabic word list's bytes (8.5 MB), in memory once for every thread of the process: the pool
// hands them to each worker it starts (sharedLexicon, useSharedLexicon) instead of each reading its own.
const sharedArabic: {bytes?: Uint8Array} = {}

/** The built Arabic word list's bytes for a worker thread (read now if this thread has not yet), or undefined without a build. */
export function sharedLexicon(): SharedArrayBuffer | undefined {
  if (!sharedArabic.bytes) {
    const path = builtCandidates('ar.btrie').find((candidate) => existsSync(candidate))
    if (!path) return undefined
    sharedArabic.bytes = readShared(path)
  }
  return sharedArabic.bytes.buffer as SharedArrayBuffer
}

/** In a worker thread: the word list's bytes another thread read (sharedLexicon). */
export function useSharedLexicon(buffer: SharedArrayBuffer): void {
  sharedArabic.bytes ??= new Uint8Array(buffer)
}

/** The base word list, loaded on first use and kept for the process. */
export function baseLexicon(): TrieLike {
  if (base) return base
  const loaded = loadWordList('ar.btrie', '@cspell/dict-ar', 'ar.trie.gz', sharedArabic)
  base = loaded.trie
  info = loaded.info
  return base
}

/** How the base lexicon was loaded (undefined before first use). */
export function lexiconInfo(): LexiconInfo | undefined {
  return info
}

class UserLexicon implements Lexicon {
  private readonly extra: Set<string>
  constructor(words: readonly string[]) {
    this.extra = new Set(words.map((w) => lexiconForm(w.trim())).filter(Boolean))
  }

  has(word: string): boolean {
    const form = lexiconForm(word)
    if (this.extra.has(form) || baseHas(form)) return true
    // A user word with clitics: `وأوميكرون`, `بأوميكرون`.
    for (const prefix of CLITIC_PREFIXES) {
      if (form.length - prefix.length >= 2 && form.startsWith(prefix) && this.extra.has(form.slice(prefix.length))) return true
    }
    return false
  }
}

// The trie is asked directly, with no table of recent answers: the rules
// already remember what they decide per word, so what reaches the lexicon is
// mostly forms never asked before (130,000 questions over 10 MB of news, 53%
// new), and a table of answers keyed by those fresh strings cost more than the
// walks it saved (the questions of that run replayed: 166-197 ms with a table
// of two generations of 25,000 forms, 113-118 ms without, of which 75-94 ms
// the replay itself).
function baseHas(form: string): boolean {
  return (base ?? baseLexicon()).has(form)
}

const plain: Lexicon = {has: (word) => baseHas(lexiconForm(word))}
const byWords = new WeakMap<readonly string[], Lexicon>()

/**
 * The lexicon for a run: the base word list plus the user's `words`.
 * Loaded lazily; the base list is shared by every run in the process.
 */
export function getLexicon(settings?: LintSettings): Lexicon {
  const words = settings?.words
  if (!words || words.length === 0) return plain
  let lexicon = byWords.get(words)
  if (!lexicon) {
    lexicon = new UserLexicon(words)
    byWords.set(words, lexicon)
  }
  return lexicon
}

/**
 * For a written word, the offset in the word of each character of its
 * lexicon form (harakat, tatweel and joiners skipped), so a change made on
 * the form can be carried back to the original spelling.
 */
export function formOffsets(word: string): number[] {
  const offsets: number[] = []
  for (let i = 0; i < word.length; i++) {
    if (!isIgnoredCode(word.charCodeAt(i))) offsets.push(i)
  }
  return offsets
}

/** Replace the characters at some lexicon-form positions of a written word. */
export function replaceInWord(word: string, changes: ReadonlyMap<number, string>): string {
  const offsets = formOffsets(word)
  let result = word
  // From the end, so earlier offsets stay valid when a replacement differs in length.
  for (const [index, value] of [...changes].sort((a, b) => b[0] - a[0])) {
    const at = offsets[index]
    if (at === undefined) continue
    result = result.slice(0, at) + value + result.slice(at + 1)
  }
  return result
}
