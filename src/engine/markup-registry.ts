// Markdown and HTML support (remark, rehype, parse5, micromark: about half of
// the bundle; with it the sectioned lint of large files, which follows parse5's
// tokenizer) is loaded only when a Markdown or HTML file is linted, so that a
// run over plain text starts without it. The library entry (src/index.ts)
// loads it up front and `lintSync` works on every format; the command line,
// its worker threads and the language server load it on demand.
import type {finishMarkupPlugin, lintHtmlInSections, lintMarkdownInSections, useMarkup} from './markup.ts'

export interface MarkupModule {
  useMarkup: typeof useMarkup
  finishMarkupPlugin: typeof finishMarkupPlugin
  lintMarkdownInSections: typeof lintMarkdownInSections
  lintHtmlInSections: typeof lintHtmlInSections
}

let loaded: MarkupModule | undefined

export function registerMarkup(module: MarkupModule): void {
  loaded = module
}

/** The Markdown and HTML pipeline; `loadMarkup` (or the library entry) must have loaded it. */
export function markupModule(): MarkupModule {
  if (!loaded) throw new Error('translint: Markdown and HTML support is not loaded (call `await loadMarkup()` first)')
  return loaded
}

/** Load Markdown and HTML support (once). */
export async function loadMarkup(): Promise<void> {
  if (!loaded) registerMarkup(await import('./markup.ts'))
}
