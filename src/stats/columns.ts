// The tables of a statistics file and their columns: shared by the code that
// counts (count.ts) and the code that reads (corpus-stats.ts).

/** `words`: by comparison key (normalize). */
export const WORD_COLUMNS = [
  'count',
  /** First word of a sentence that follows another in its paragraph. */
  'sentenceStart',
  /** Last word of a sentence that another follows in its paragraph. */
  'sentenceEnd',
  'paragraphStart',
  /** Last word of a paragraph that ends with a final mark. */
  'paragraphEnd',
  'titleEnd',
  /** Followed at once by itself (`w w`). */
  'doubled',
  /** After a comma, semicolon or colon. */
  'clauseStart',
  /** Before a comma, semicolon or colon. */
  'clauseEnd',
  /** Last word of a paragraph with no final mark (headings, bylines). */
  'openEnd'
] as const

export const enum Col {
  Count = 0,
  SentenceStart = 1,
  SentenceEnd = 2,
  ParagraphStart = 3,
  ParagraphEnd = 4,
  TitleEnd = 5,
  Doubled = 6,
  ClauseStart = 7,
  ClauseEnd = 8,
  OpenEnd = 9
}

/** Key parts: a pair (a, b) is `a + PAIR + b`; contexts of a written form use their own separators. */
export const PAIR = '\u0001'
export const BEFORE = '\u0002'
export const AFTER = '\u0003'
/** The "word" before a form that opens a clause, sentence or paragraph. */
export const NO_WORD = '\u0004'

export const TABLES = {
  /** Comparison keys: how each word is used (WORD_COLUMNS). */
  words: WORD_COLUMNS,
  /** Adjacent keys in one clause: `a PAIR b`; how often, how often the pair ends a sentence, and starts one. */
  pairs: ['count', 'sentenceEnd', 'sentenceStart'],
  /** Written forms (hamza, yā' and tā' marbūṭa as written). */
  forms: ['count'],
  /** Written forms of keys spelled several ways, by neighbour: `prevKey BEFORE form`, `form AFTER nextKey`. */
  contexts: ['count'],
  /** Doubled words by the word before them: `prevKey PAIR word`. */
  doubled: ['count'],
  /** Word sequences said twice in a row on purpose: the keys joined by PAIR. */
  phrases: ['count']
} as const
