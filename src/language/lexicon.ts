// The Arabic lexicon: which written forms are words. Built on the Ayaspell word
// list shipped by @cspell/dict-ar (about 89 million inflected forms, clitics
// included: `وللاستقرار`, `لاستخدامها`), read with cspell-trie-lib.
//
// Loading is lazy (only when a rule asks) and cached per process. The build
// (scripts/build-lexicon.mjs) re-encodes the package's text trie into the
// library's binary format under dist/lexicon/, which loads in tens of
// milliseconds; without a build, the package's own trie is parsed (about a
// second). A user word list (`words` in .linterrc.json) extends it.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'
import type {LintSettings} from '../engine/types.ts'

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

interface TrieLike {
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

// Harakat, superscript alef, Quranic marks, tatweel and zero-width joiners / direction marks.
const IGNORED_CHAR = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D\u200E\u200F\u061C]/
const IGNORED = new RegExp(IGNORED_CHAR.source, 'g')

/** The word without harakat, tatweel and joiners: the form the lexicon stores. */
export function lexiconForm(word: string): string {
  return IGNORED_CHAR.test(word) ? word.replace(IGNORED, '') : word
}

let base: TrieLike | undefined
let info: LexiconInfo | undefined

/** Where the built lexicon may be, from this module in src/language/ or in a dist/ bundle. */
function builtCandidates(): string[] {
  const here = dirname(fileURLToPath(import.meta.url))
  return [
    join(here, 'lexicon', 'ar.btrie'), // dist/cli.js, dist/index.js
    join(here, '..', 'lexicon', 'ar.btrie'), // dist/chunks/*.js
    join(here, '..', '..', 'dist', 'lexicon', 'ar.btrie') // src/language/lexicon.ts
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

/** The base word list, loaded on first use and kept for the process. */
export function baseLexicon(): TrieLike {
  if (base) return base
  const started = performance.now()
  const lib = loadTrieLib()
  const built = builtCandidates().find((path) => existsSync(path))
  if (built) {
    base = lib.decodeTrie(readFileSync(built))
    info = {source: 'btrie', path: built, loadMs: performance.now() - started}
  } else {
    const path = join(findPackageDir('@cspell/dict-ar'), 'ar.trie.gz')
    base = lib.decodeTrie(gunzipSync(readFileSync(path)))
    info = {source: 'trie', path, loadMs: performance.now() - started}
  }
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

// Words repeat: remember recent answers (bounded, cleared when full).
const MEMO_LIMIT = 200_000
const memo = new Map<string, boolean>()

function baseHas(form: string): boolean {
  let known = memo.get(form)
  if (known === undefined) {
    known = baseLexicon().has(form)
    if (memo.size >= MEMO_LIMIT) memo.clear()
    memo.set(form, known)
  }
  return known
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
    if (!IGNORED_CHAR.test(word[i]!)) offsets.push(i)
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
