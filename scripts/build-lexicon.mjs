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
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const outDir = join(root, 'dist', 'lexicon')

const LISTS = [
  // A few words of every kind, checked in the re-encoded trie before it is used.
  {name: 'ar', packageName: '@cspell/dict-ar', trieFile: 'ar.trie.gz', check: ['في', 'إلى', 'على', 'أكدت', 'استعراض', 'والاتصال']},
  {name: 'en', packageName: '@cspell/dict-en_us', trieFile: 'en_US.trie.gz', check: ['delivery', 'development', 'the', 'Windows']}
]

for (const list of LISTS) {
  const dictDir = dirname(require.resolve(`${list.packageName}/cspell-ext.json`))
  const dictVersion = JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8')).version
  const out = join(outDir, `${list.name}.btrie`)
  const meta = join(outDir, `${list.name}.json`)
  const upToDate = () => {
    if (!existsSync(out) || !existsSync(meta)) return false
    try {
      const info = JSON.parse(readFileSync(meta, 'utf8'))
      return info.source === list.packageName && info.version === dictVersion && statSync(out).size === info.bytes
    } catch {
      return false
    }
  }
  if (upToDate()) continue
  const started = performance.now()
  const {decodeTrie, encodeITrieToBTrie} = await import('cspell-trie-lib')
  const trie = decodeTrie(gunzipSync(readFileSync(join(dictDir, list.trieFile))))
  const bytes = encodeITrieToBTrie(trie)
  const check = decodeTrie(bytes)
  for (const word of list.check) {
    if (!check.has(word)) throw new Error(`build-lexicon: \`${word}\` missing from the re-encoded ${list.name} trie`)
  }
  mkdirSync(outDir, {recursive: true})
  writeFileSync(out + '.tmp', bytes)
  renameSync(out + '.tmp', out)
  writeFileSync(meta, JSON.stringify({source: list.packageName, version: dictVersion, bytes: bytes.length}) + '\n')
  const ms = Math.round(performance.now() - started)
  console.log(`lexicon: dist/lexicon/${list.name}.btrie (${(bytes.length / 1048576).toFixed(1)} MiB) from ${list.packageName} ${dictVersion} in ${ms} ms`)
}
