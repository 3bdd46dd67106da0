// The injector's view of a document: lines (one paragraph a line, as news text
// is laid out), sentences and words with their offsets. Deliberately simple
// and independent of the linter's parser: the harness must not share the
// rules' idea of a sentence, or it would measure the rules against themselves.

export interface Word {
  text: string
  start: number
  end: number
}

export interface Sentence {
  words: Word[]
  /** Offset just after the sentence's end mark, or after its last word when it has none. */
  end: number
  /** The end mark (`.`, `!`, `؟` …), or '' when the sentence stops without one. */
  mark: string
}

export interface Line {
  index: number
  start: number
  /** Offset of the line's end (before its `\n`). */
  end: number
  text: string
  words: Word[]
  sentences: Sentence[]
}

export interface Doc {
  text: string
  lines: Line[]
}

// Letters, combining marks, tatweel and digits of any script make a word.
const WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu
const END_MARKS = /[.!?؟…]/

export function parseDoc(text: string): Doc {
  const lines: Line[] = []
  let start = 0
  let index = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineText = text.slice(start, end).replace(/\r$/, '')
    const words: Word[] = []
    for (const m of lineText.matchAll(WORD)) words.push({text: m[0], start: start + m.index, end: start + m.index + m[0].length})
    lines.push({index, start, end: start + lineText.length, text: lineText, words, sentences: splitSentences(text, words, start + lineText.length)})
    index++
    if (end === text.length) break
    start = end + 1
  }
  return {text, lines}
}

/** The text between two neighbouring words (or after the last word up to `limit`). */
function gapAfter(text: string, words: Word[], i: number, limit: number): string {
  return text.slice(words[i].end, i + 1 < words.length ? words[i + 1].start : limit)
}

function splitSentences(text: string, words: Word[], lineEnd: number): Sentence[] {
  const sentences: Sentence[] = []
  let current: Word[] = []
  for (let i = 0; i < words.length; i++) {
    current.push(words[i])
    const gap = gapAfter(text, words, i, lineEnd)
    const mark = gap.match(END_MARKS)
    // A single letter before a period is an abbreviation or an initial (`د.`), not an end.
    const abbreviation = mark?.[0] === '.' && [...words[i].text].length === 1
    // A period between digits is a decimal or a date.
    const decimal = mark?.[0] === '.' && /^\.\d/u.test(text.slice(words[i].end, words[i].end + 2)) && /\d$/u.test(words[i].text)
    if ((mark && !abbreviation && !decimal) || i === words.length - 1) {
      const markAt = mark ? words[i].end + gap.indexOf(mark[0]) + 1 : words[i].end
      sentences.push({words: current, end: markAt, mark: mark && !abbreviation && !decimal ? mark[0] : ''})
      current = []
    }
  }
  return sentences
}

/** Words counted as `../shared/eval/noise.mjs` counts them: runs of letters, marks and digits. */
export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).length
}
