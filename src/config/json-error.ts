// Describing broken JSON in a config, organisation or other data file.

/** Where a JSON text breaks (1-based line and column), when the parser says. */
export function jsonErrorPosition(text: string, error: unknown): {line: number; column: number} | undefined {
  const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!position || text.trim() === '') return undefined
  const offset = Math.min(Number(position[1]), text.length)
  const before = text.slice(0, offset)
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n')}
}

/**
 * Why a text is not valid JSON, without quoting it: V8's message quotes the
 * start of the text, which for a path pointed at /etc/shadow or
 * /proc/self/environ would print secrets. Only a line and column are kept.
 */
export function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'broken JSON: the file is empty'
  const place = jsonErrorPosition(text, error)
  if (!place) {
    return /Unexpected end of JSON input/.test(String((error as Error)?.message)) ? 'broken JSON: it ends too early' : 'broken JSON: not a JSON document'
  }
  return `broken JSON at line ${place.line}, column ${place.column}`
}
