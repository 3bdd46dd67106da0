// Derive the run-time word lists from the installed cspell dictionaries:
// the Arabic lexicon (@cspell/dict-ar) and the English words that mixed-script
// tells from names (@cspell/dict-en_us).
//
// Each package ships its word list as a text-serialised trie (`*.trie.gz`;
// the Arabic one is Ayaspell, ~89 million inflected forms) whose parsing takes
// over a second for Arabic and about half a second for English. Here, once per
// build, we parse it with cspell-trie-lib and re-encode it in the library's
// binary trie format, which loads in a few milliseconds: the linter reads
// dist/lexicon/*.btrie at run time (src/language/lexicon.ts). Nothing is
// downloaded; an output is skipped when it is already up to date.
//
// Shipped in the package so a user can rebuild the lexicon from another
// (for instance a modified) @cspell/dict-ar: `node node_modules/translint/scripts/build-lexicon.mjs`
// re-derives dist/lexicon/ar.btrie from whichever version is installed (see NOTICE.md).
import {createHash} from 'node:crypto'
import {copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const outDir = join(root, 'dist', 'lexicon')

const LISTS = [
  // A few words of every kind, checked in the re-encoded trie before it is used.
  // `notices`: the source package's licence files, copied beside the built file (as `<name>.btrie.<suffix>`)
  // because the built file is a work derived from them: the Arabic list is LGPL-3.0 (its source, Ayaspell,
  // is GPL/LGPL/MPL tri-licensed), the English one MIT over SCOWL's notices.
  {
    name: 'ar',
    packageName: '@cspell/dict-ar',
    trieFile: 'ar.trie.gz',
    check: ['في', 'إلى', 'على', 'أكدت', 'استعراض', 'والاتصال'],
    notices: {LICENSE: 'LICENSE', 'ayaspell-COPYING': 'src/ayaspell/COPYING'}
  },
  {
    name: 'en',
    packageName: '@cspell/dict-en_us',
    trieFile: 'en_US.trie.gz',
    check: ['delivery', 'development', 'the', 'Windows'],
    notices: {LICENSE: 'LICENSE', 'SCOWL-README': 'src/hunspell/README_en_US-large.txt'}
  }
]

for (const list of LISTS) {
  const dictDir = dirname(require.resolve(`${list.packageName}/cspell-ext.json`))
  const dictVersion = JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8')).version
  const out = join(outDir, `${list.name}.btrie`)
  const meta = join(outDir, `${list.name}.json`)
  const source = readFileSync(join(dictDir, list.trieFile))
  // The source's hash, not only its version: a modified word list keeps the version it was copied from.
  const sourceHash = createHash('sha256').update(source).digest('hex')
  const upToDate = () => {
    if (!existsSync(out) || !existsSync(meta)) return false
    try {
      const info = JSON.parse(readFileSync(meta, 'utf8'))
      return info.source === list.packageName && info.version === dictVersion && info.sourceHash === sourceHash && statSync(out).size === info.bytes
    } catch {
      return false
    }
  }
  mkdirSync(outDir, {recursive: true})
  for (const [suffix, file] of Object.entries(list.notices)) {
    if (existsSync(join(dictDir, file))) copyFileSync(join(dictDir, file), join(outDir, `${list.name}.btrie.${suffix}`))
  }
  if (upToDate()) continue
  const started = performance.now()
  const {decodeTrie, encodeITrieToBTrie} = await import('cspell-trie-lib')
  const trie = decodeTrie(gunzipSync(source))
  const bytes = encodeITrieToBTrie(trie)
  const check = decodeTrie(bytes)
  for (const word of list.check) {
    if (!check.has(word)) throw new Error(`build-lexicon: \`${word}\` missing from the re-encoded ${list.name} trie`)
  }
  writeFileSync(out + '.tmp', bytes)
  renameSync(out + '.tmp', out)
  writeFileSync(meta, JSON.stringify({source: list.packageName, version: dictVersion, sourceHash, bytes: bytes.length}) + '\n')
  const ms = Math.round(performance.now() - started)
  console.log(`lexicon: dist/lexicon/${list.name}.btrie (${(bytes.length / 1048576).toFixed(1)} MiB) from ${list.packageName} ${dictVersion} in ${ms} ms`)
}
