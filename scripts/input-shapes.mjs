// Input shapes that stress a linter's cost on one large file: normal prose,
// a word list, one enormous line, a line without spaces, blank lines, CRLF,
// Markdown, HTML, Markdown and HTML of one paragraph, a table pasted as text
// and runs of punctuation. Each is built from
// real documents (`sources`) up to a size in UTF-8 bytes, so the benchmark
// (scripts/bench.mjs --shapes) and the scaling test (tests/scaling.test.ts)
// lint the same shapes.

/** Repeat `piece(i)` for i = 0, 1, … until the text holds at least `bytes` UTF-8 bytes. */
function fill(bytes, piece) {
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const part = piece(i)
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

/**
 * The shapes: name → {format, make(sources, bytes)}. `sources` are the texts
 * of real documents; every shape cycles through them.
 */
export const shapes = {
  // Documents one after the other, as a corpus dump or a long report.
  prose: {format: 'text', make: (sources, bytes) => fill(bytes, (i) => sources[i % sources.length].trimEnd() + '\n')},
  // A word list: many short lines without an end mark (subtitles, poems and lists look alike).
  'word list': {format: 'text', make: (_sources, bytes) => fill(bytes, () => 'كتاب\n')},
  // The documents with their line breaks turned into spaces: one line.
  'one line': {format: 'text', make: (sources, bytes) => fill(bytes, (i) => sources[i % sources.length].replace(/\s+/g, ' ').trim() + ' ')},
  // The documents with every white-space character removed.
  'no spaces': {format: 'text', make: (sources, bytes) => fill(bytes, (i) => sources[i % sources.length].replace(/\s+/g, ''))},
  // Each line of the documents followed by a run of blank lines.
  'blank lines': {
    format: 'text',
    make: (sources, bytes) => fill(bytes, (i) => sources[i % sources.length].trimEnd().split('\n').join('\n'.repeat(20)) + '\n'.repeat(20))
  },
  // The documents with Windows line ends.
  crlf: {format: 'text', make: (sources, bytes) => fill(bytes, (i) => sources[i % sources.length].trimEnd().replace(/\r?\n/g, '\r\n') + '\r\n')},
  // The documents as Markdown: a heading each, paragraphs separated by blank lines.
  markdown: {
    format: 'markdown',
    make: (sources, bytes) =>
      fill(bytes, (i) => {
        const [title, ...rest] = sources[i % sources.length].trim().split(/\n+/)
        return `# ${title}\n\n${rest.join('\n\n')}\n\n`
      })
  },
  // The documents as HTML: a heading each, a paragraph element for each of its lines.
  html: {
    format: 'html',
    make: (sources, bytes) =>
      fill(bytes, (i) => {
        const escape = (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        const [title, ...rest] = sources[i % sources.length].trim().split(/\n+/)
        return `<h2>${escape(title)}</h2>\n${rest.map((line) => `<p>${escape(line)}</p>\n`).join('')}`
      })
  },
  // Markdown wrapped at single line breaks, with no blank line at all: the whole file one paragraph.
  'md wrapped': {
    format: 'markdown',
    make: (sources, bytes) => fill(bytes, (i) => sources[i % sources.length].trim().split(/\n+/).join('\n') + '\n')
  },
  // HTML of one paragraph: every line of the documents in one <p>, on its own line.
  'html one p': {
    format: 'html',
    make: (sources, bytes) => {
      const escape = (line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')
      return `<p>${fill(bytes, (i) => escape(sources[i % sources.length].trim()) + '\n')}</p>\n`
    }
  },
  // A table pasted as text: one row a line, cells between bars, numbers and words.
  table: {
    format: 'text',
    make: (sources, bytes) => {
      const words = sources.join(' ').split(/\s+/).filter((word) => /^\p{L}+$/u.test(word))
      return fill(bytes, (i) => `| ${words[i % words.length]} | ${i} | ${(i * 7) % 1000}.5 | ${words[(i * 31) % words.length]}، ${words[(i * 17) % words.length]} |\n`)
    }
  },
  // Runs of repeated and alternating marks between words and lines.
  punctuation: {
    format: 'text',
    make: (sources, bytes) => {
      const words = sources.join(' ').split(/\s+/).filter((word) => /^\p{L}+$/u.test(word))
      const marks = ['!!!!!!', '؟!؟!؟!', '...', '،،،،', '!?!?!?', '-.-.-.', '«»«»', '؟؟؟؟؟؟', ':;:;', '))))']
      return fill(bytes, (i) => `${words[i % words.length]}${marks[i % marks.length]}${i % 7 === 6 ? '\n' : ' '}`)
    }
  }
}
