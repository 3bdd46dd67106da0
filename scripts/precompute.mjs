// Modules whose exports are data derived from other data (word lists keyed
// through `normalize`, tables of first letters) are named `*.precomputed.ts`.
// Run from source (the tests, tsx) they compute their values as they load; in
// dist/ the build has already run them and writes their values as literals, so
// a start deserialises the result instead of computing it (a cold start pays
// for every module the command line loads, whether a lint needs it or not).
// Only data can be written so: strings, numbers, booleans, null, arrays, plain
// objects, Sets, Maps and Uint8Arrays, each object reached once (a shared
// object would become two); freezing is kept. Anything else stops the build.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from 'esbuild'

export const PRECOMPUTED = /\.precomputed\.ts$/

/** A JavaScript expression that makes `value` again. */
export function literal(value, where, seen = new Set()) {
  if (value === null) return 'null'
  if (value === undefined) return 'void 0'
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value)
    case 'number':
      if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`${where}: the number ${value} cannot be written as a literal`)
      return JSON.stringify(value)
    case 'object':
      break
    default:
      throw new Error(`${where}: a ${typeof value} is not data`)
  }
  if (seen.has(value)) throw new Error(`${where}: an object reached twice would be two objects once written`)
  seen.add(value)
  const frozen = (expression) => (Object.isFrozen(value) && !(value instanceof Set || value instanceof Map) ? `Object.freeze(${expression})` : expression)
  const proto = Object.getPrototypeOf(value)
  if (Array.isArray(value) && proto === Array.prototype) return frozen(`[${value.map((item, i) => literal(item, `${where}[${i}]`, seen)).join(',')}]`)
  if (proto === Set.prototype) return `new Set([${[...value].map((item) => literal(item, `${where} (a Set)`, seen)).join(',')}])`
  if (proto === Map.prototype) {
    const entries = [...value].map(([key, item]) => `[${literal(key, `${where} (a Map's key)`, seen)},${literal(item, `${where}.get(${String(key)})`, seen)}]`)
    return `new Map([${entries.join(',')}])`
  }
  if (proto === Uint8Array.prototype) return `new Uint8Array([${value.join(',')}])`
  if (proto === Object.prototype || proto === null) {
    if (proto === null) throw new Error(`${where}: an object without a prototype`)
    const fields = Object.keys(value).map((key) => `${JSON.stringify(key)}:${literal(value[key], `${where}.${key}`, seen)}`)
    return frozen(`{${fields.join(',')}}`)
  }
  throw new Error(`${where}: a ${proto?.constructor?.name ?? 'object'} is not data`)
}

/** The source of a module that exports `path`'s values as literals. */
export async function precomputedSource(path) {
  const bundled = await build({entryPoints: [path], bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'warning', supported: {'regexp-unicode-property-escapes': true}})
  const dir = mkdtempSync(join(tmpdir(), 'translint-precompute-'))
  try {
    const file = join(dir, 'module.mjs')
    writeFileSync(file, bundled.outputFiles[0].text)
    const values = await import(pathToFileURL(file).href)
    let source = `// Written by the build from ${path.split('/').slice(-3).join('/')} (scripts/precompute.mjs).\n`
    for (const name of Object.keys(values)) source += `export const ${name} = ${literal(values[name], name)}\n`
    return source
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

/** The esbuild plugin: every `*.precomputed.ts` module is loaded as its values. */
export const precomputePlugin = {
  name: 'precomputed-modules',
  setup(build) {
    build.onLoad({filter: PRECOMPUTED}, async (args) => ({contents: await precomputedSource(args.path), loader: 'js'}))
  }
}
