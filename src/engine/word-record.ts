// One record per written form of a word, shared by the rules that decide
// something of a form alone (hamza, alif-maqsura, spelling-consistency): a
// word's record is looked up once, by the first of them that asks, and kept on
// its WordInfo, where the others read it. Each of those rules used to keep its
// own table of decided words: over the bench's 10 MB, 525,000 lookups in three
// tables became 339,000 in one. Each still misses the processor's caches (the
// table, the key, the value), and the count of instructions and of misses came
// out the same as with three tables (README, Performance): what the record gives
// is one bounded table, cleared in one place, instead of three.
//
// A record carries one slot per rule, typed `unknown` here and read by the rule
// that owns it: this module knows nothing of what the rules decide. A verdict
// that depends on the lexicon or the statistics of a run is stored with the
// object that stands for them (`hamzaFor`, `maqsuraFor`), so a run with other
// settings decides again instead of reading another run's verdict.

export class WordRecord {
  /** hamza's decision for the form (rules/hamza.ts), valid for the settings `hamzaFor` stands for. */
  hamza: unknown = undefined
  hamzaFor: object | undefined = undefined
  /** alif-maqsura's reading of a word ending in ي or ى (rules/alif-maqsura.ts), valid for `maqsuraFor`. */
  maqsura: unknown = undefined
  maqsuraFor: object | undefined = undefined
  /** How spelling-consistency classifies the form (rules/spelling-consistency.ts): undefined until asked, null for none. */
  shape: unknown = undefined

  constructor(
    /** The word as written. */
    readonly value: string
  ) {}
}

// At most this many records, the table cleared when full, and only when a
// document's model is built: spelling-consistency's records point to its groups
// of one document's occurrences, so the records of one document must all stay
// until it is checked (a single document may take the table past the limit).
// About as many words as the three tables held together (hamza 20,000,
// spelling-consistency 20,000, alif-maqsura 10,000, largely the same words),
// to keep a thread's memory where it was (README, Performance).
const RECORDS_LIMIT = 30_000
const records = new Map<string, WordRecord>()
/** How many times the table was cleared: a rule that keeps state tied to the records drops it when this changes. */
let clears = 0

/** The record of a written form, made on first use. */
export function wordRecord(value: string): WordRecord {
  let record = records.get(value)
  if (record === undefined) records.set(value, (record = new WordRecord(value)))
  return record
}

/** Before a new document's words are read (getDocument): clear the table if it is full. */
export function beforeDocument(): void {
  if (records.size < RECORDS_LIMIT) return
  records.clear()
  clears++
}

/** Changes each time the table is cleared (see `clears`). */
export function recordsGeneration(): number {
  return clears
}
