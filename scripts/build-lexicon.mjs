// Derive the run-time Arabic lexicon from the installed @cspell/dict-ar.
//
// The package ships its word list (Ayaspell, ~89 million inflected forms) as a
// text-serialised trie (`ar.trie.gz`) whose parsing takes over a second. Here,
// once per build, we parse it with cspell-trie-lib and re-encode it in the
// library's binary trie format, which loads in a few milliseconds: the linter
// reads dist/lexicon/ar.btrie at run time (src/language/lexicon.ts). Nothing is
// downloaded; the output is skipped when it is already up to date.
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gunzipSync} from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const dictDir = dirname(require.resolve('@cspell/dict-ar/cspell-ext.json'))
const dictVersion = JSON.parse(readFileSync(join(dictDir, 'package.json'), 'utf8')).version
const source = join(dictDir, 'ar.trie.gz')
const outDir = join(root, 'dist', 'lexicon')
const out = join(outDir, 'ar.btrie')
const meta = join(outDir, 'ar.json')

function upToDate() {
  if (!existsSync(out) || !existsSync(meta)) return false
  try {
    const info = JSON.parse(readFileSync(meta, 'utf8'))
    return info.source === '@cspell/dict-ar' && info.version === dictVersion && statSync(out).size === info.bytes
  } catch {
    return false
  }
}

if (!upToDate()) {
  const started = performance.now()
  const {decodeTrie, encodeITrieToBTrie} = await import('cspell-trie-lib')
  const trie = decodeTrie(gunzipSync(readFileSync(source)))
  const bytes = encodeITrieToBTrie(trie)
  // A quick self-check before the file is used: a few words of every kind.
  const check = decodeTrie(bytes)
  for (const word of ['في', 'إلى', 'على', 'أكدت', 'استعراض', 'والاتصال']) {
    if (!check.has(word)) throw new Error(`build-lexicon: \`${word}\` missing from the re-encoded trie`)
  }
  mkdirSync(outDir, {recursive: true})
  writeFileSync(out + '.tmp', bytes)
  renameSync(out + '.tmp', out)
  writeFileSync(meta, JSON.stringify({source: '@cspell/dict-ar', version: dictVersion, bytes: bytes.length}) + '\n')
  const ms = Math.round(performance.now() - started)
  console.log(`lexicon: dist/lexicon/ar.btrie (${(bytes.length / 1048576).toFixed(1)} MiB) from @cspell/dict-ar ${dictVersion} in ${ms} ms`)
}
