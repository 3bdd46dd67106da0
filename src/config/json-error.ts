// Describing broken JSON in a config, organisation or other data file.

/**
 * Why a text is not valid JSON, without quoting it: V8's message quotes the
 * start of the text, which for a path pointed at /etc/shadow or
 * /proc/self/environ would print secrets. Only a line and column are kept.
 */
export function describeJsonError(text: string, error: unknown): string {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (text.trim() === '') return 'broken JSON: the file is empty'
  if (!position) {
    return /Unexpected end of JSON input/.test(String((error as Error)?.message)) ? 'broken JSON: it ends too early' : 'broken JSON: not a JSON document'
  }
  const offset = Math.min(Number(position[1]), text.length)
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return `broken JSON at line ${line}, column ${column}`
}
