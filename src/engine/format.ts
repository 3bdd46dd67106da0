// Which syntax a file is read as, by its extension.
export type Format = 'text' | 'markdown' | 'html'

export function formatOf(path: string | undefined): Format {
  if (!path) return 'text'
  if (/\.(md|markdown|mdown|mkd|mdx)$/i.test(path)) return 'markdown'
  if (/\.(html?|xhtml)$/i.test(path)) return 'html'
  return 'text'
}

/**
 * In Markdown and HTML, the character that stands for each character of code
 * in the text the rules read (a private-use code point: no rule takes it for a
 * letter, mark, bracket or space). See markup.ts.
 */
export const CODE_MASK = '\uE000'
