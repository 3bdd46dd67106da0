// Bundle the CLI and the library into dist/ (one file each, so a cold start
// reads few modules), and write the config schema for editors.
import {readFileSync, mkdirSync, writeFileSync} from 'node:fs'
import {build} from 'esbuild'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  define: {__TRANSLINT_VERSION__: JSON.stringify(pkg.version)},
  // Some bundled packages still call require() for Node built-ins.
  banner: {js: "import {createRequire as __translintRequire} from 'node:module'; const require = __translintRequire(import.meta.url);"},
  external: ['@cspell/dict-ar', 'cspell-trie-lib']
}
await build({...common, entryPoints: {cli: 'src/cli/index.ts', index: 'src/index.ts'}, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]'})

const {configSchema} = await import('../dist/index.js')
mkdirSync('schema', {recursive: true})
writeFileSync('schema/linterrc.schema.json', JSON.stringify(configSchema(), null, 2) + '\n')
await import('./build-lexicon.mjs') // dist/lexicon/: the Arabic word list in a fast-loading form
