// Which syntax a file is read as, by its extension.
export type Format = 'text' | 'markdown' | 'html'

export function formatOf(path: string | undefined): Format {
  if (!path) return 'text'
  if (/\.(md|markdown|mdown|mkd|mdx)$/i.test(path)) return 'markdown'
  if (/\.(html?|xhtml)$/i.test(path)) return 'html'
  return 'text'
}
