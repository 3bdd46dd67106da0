// What rules ask of corpus statistics: how a word is used in edited text (how
// often it starts or ends a sentence, is doubled, ...), how often two words
// follow each other, how often each spelling of a word occurs and next to
// what. One or more statistics files answer together: the shipped one (counts
// from edited news) and the user's own (`stats` in .linterrc.json), whose
// counts are added to it.
import {AFTER, BEFORE, Col, PAIR, TABLES} from './columns.ts'
import type {StatsHeader} from './format.ts'
import {FNV_OFFSET, fnvUpdate} from './hash.ts'
import type {CountTable} from './table.ts'

export {Col}

/** Columns of the pairs table. */
export const enum PairCol {
  Count = 0,
  SentenceEnd = 1,
  SentenceStart = 2
}

export type TableName = keyof typeof TABLES

/** One statistics source: an opened file (tables read on demand), or counts built in memory. */
export interface StatsSource {
  header: StatsHeader
  table?(name: string): CountTable | undefined
  tables?: Record<string, CountTable>
}

export class CorpusStats {
  #words?: CountTable[]
  #pairs?: CountTable[]
  #forms?: CountTable[]
  #contexts?: CountTable[]
  #doubles?: CountTable[]
  #phrases?: CountTable[]
  readonly #sources: StatsSource[]
  /** Fitted models: from the first source that has them (the shipped file). */
  readonly models: Record<string, unknown>
  /** Corpus-wide totals, summed over the sources. */
  readonly totals: Record<string, number>
  readonly sources: StatsHeader[]

  constructor(sources: StatsSource[]) {
    this.#sources = sources
    this.sources = sources.map((s) => s.header)
    this.models = sources.find((s) => Object.keys(s.header.models ?? {}).length > 0)?.header.models ?? {}
    const totals: Record<string, number> = {}
    for (const source of sources) {
      for (const [name, value] of Object.entries(source.header.totals ?? {})) totals[name] = (totals[name] ?? 0) + value
    }
    this.totals = totals
  }

  /** A table of every source, read when first needed. */
  #tables(name: TableName): CountTable[] {
    return this.#sources.map((s) => (s.table ? s.table(name) : s.tables?.[name])).filter((t): t is CountTable => t !== undefined)
  }

  private get words(): CountTable[] {
    return (this.#words ??= this.#tables('words'))
  }

  private get pairs(): CountTable[] {
    return (this.#pairs ??= this.#tables('pairs'))
  }

  private get forms(): CountTable[] {
    return (this.#forms ??= this.#tables('forms'))
  }

  private get contexts(): CountTable[] {
    return (this.#contexts ??= this.#tables('contexts'))
  }

  private get doubles(): CountTable[] {
    return (this.#doubles ??= this.#tables('doubled'))
  }

  private get phrases(): CountTable[] {
    return (this.#phrases ??= this.#tables('phrases'))
  }

  /** How often a word (by its comparison key) is used in one way (a column of WORD_COLUMNS). */
  word(key: string, column: Col = Col.Count): number {
    const tables = this.words
    if (tables.length === 1) {
      const table = tables[0]!
      return table.count(table.row(key), column)
    }
    let sum = 0
    for (const table of tables) sum += table.count(table.row(key), column)
    return sum
  }

  /** Every column of a word at once (one lookup per source). */
  wordRow(key: string): Float64Array {
    const row = new Float64Array(TABLES.words.length)
    for (const table of this.words) {
      const index = table.row(key)
      if (index < 0) continue
      for (let c = 0; c < row.length; c++) row[c] += table.count(index, c)
    }
    return row
  }

  /** How often `b` follows `a` in one clause (comparison keys); with a column, how often the pair ends or starts a sentence. */
  pair(a: string, b: string, column: PairCol = PairCol.Count): number {
    const key = a + PAIR + b
    let total = 0
    for (const table of this.pairs) total += table.count(table.row(key), column)
    return total
  }

  /** How often a written form occurs (harakat and tatweel aside). */
  form(form: string): number {
    return sum(this.forms, form)
  }

  /** How often a written form follows the word `previous` (a key; NO_WORD after a mark or at a start). */
  formAfter(previous: string, form: string): number {
    return this.formAfterFrom(this.afterState(previous), form)
  }

  /** How often a written form precedes the word `next` (a key; NO_WORD before a mark or at an end). */
  formBefore(form: string, next: string): number {
    return sumOfHash(this.contexts, fnvUpdate(fnvUpdate(fnvUpdate(FNV_OFFSET, form), AFTER), next) >>> 0)
  }

  // The keys of the contexts table are hashed in parts, never built as
  // strings; a word's spellings are looked up after the same neighbour, so
  // that neighbour's half of the key is hashed once for all of them.

  /** The hashed first half of the keys of forms after `previous`: see formAfterFrom. */
  afterState(previous: string): number {
    return fnvUpdate(fnvUpdate(FNV_OFFSET, previous), BEFORE)
  }

  /** formAfter(previous, form), from afterState(previous). */
  formAfterFrom(state: number, form: string): number {
    return sumOfHash(this.contexts, fnvUpdate(state, form) >>> 0)
  }

  /** How often `word` is doubled right after `previous` (keys). */
  doubledAfter(previous: string, word: string): number {
    return sum(this.doubles, previous + PAIR + word)
  }

  /** How often a sequence of keys is said twice in a row. */
  repeatedPhrase(keys: readonly string[]): number {
    return sum(this.phrases, keys.join(PAIR))
  }
}

function sum(tables: CountTable[], key: string): number {
  let total = 0
  for (const table of tables) total += table.get(key)
  return total
}

function sumOfHash(tables: CountTable[], h: number): number {
  let total = 0
  for (const table of tables) total += table.count(table.rowOfHash(h), 0)
  return total
}
