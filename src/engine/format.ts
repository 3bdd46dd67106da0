// Which syntax a file is read as, by its extension.
import type {BitextFormat} from '../bitext/segment.ts'

/**
 * `text`, `markdown` and `html` are documents; the bilingual formats (XLIFF,
 * PO, TMX, TSV, CSV) are segments of source and target text, whose targets
 * are linted (see src/bitext/lint.ts).
 */
export type Format = 'text' | 'markdown' | 'html' | BitextFormat

const BITEXT: [RegExp, BitextFormat][] = [
  [/\.(xlf|xliff|sdlxliff|mxliff)$/i, 'xliff'],
  [/\.(po|pot)$/i, 'po'],
  [/\.tmx$/i, 'tmx'],
  [/\.tsv$/i, 'tsv'],
  [/\.csv$/i, 'csv']
]

export function formatOf(path: string | undefined): Format {
  if (!path) return 'text'
  if (/\.(md|markdown|mdown|mkd|mdx)$/i.test(path)) return 'markdown'
  if (/\.(html?|xhtml)$/i.test(path)) return 'html'
  for (const [pattern, format] of BITEXT) if (pattern.test(path)) return format
  return 'text'
}

/** Markdown and HTML: read through the markup pipeline (markup.ts). */
export function isMarkup(format: Format): format is 'markdown' | 'html' {
  return format === 'markdown' || format === 'html'
}

export function isBitext(format: Format): format is BitextFormat {
  return format !== 'text' && !isMarkup(format)
}

/**
 * In Markdown and HTML, the character that stands for each character of code
 * in the text the rules read (a private-use code point: no rule takes it for a
 * letter, mark, bracket or space). See markup.ts.
 */
export const CODE_MASK = '\uE000'
