// Bilingual file support (XLIFF, PO, TMX, TSV, CSV readers: saxes,
// gettext-parser and its charset converters, csv-parse) is loaded only when
// such a file is linted, so a run over documents starts without it, as
// Markdown and HTML support is (engine/markup-registry.ts). The library entry
// and the language server load it up front; the command line and its worker
// threads load it on demand.
import type {lintBitext} from './lint.ts'

export interface BitextModule {
  lintBitext: typeof lintBitext
}

let loaded: BitextModule | undefined

export function registerBitext(module: BitextModule): void {
  loaded = module
}

/** The bilingual pipeline; `loadBitext` (or the library entry) must have loaded it. */
export function bitextModule(): BitextModule {
  if (!loaded) throw new Error('translint: bilingual file support is not loaded (call `await loadBitext()` first)')
  return loaded
}

/** Load bilingual file support (once). */
export async function loadBitext(): Promise<void> {
  if (!loaded) registerBitext(await import('./lint.ts'))
}
