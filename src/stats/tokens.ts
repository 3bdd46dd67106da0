// A corpus read once into compact token streams: each word as the ids of its
import {readFileSync, writeFileSync} from 'node:fs'
// comparison key (normalize) and of its written form (lexiconForm), and what
// separates it from the next word. Counting, and fitting the models on one part
// of a corpus while counting on the rest, then work on integers.
import {ParseArabic} from '../parser/parse-arabic.ts'
import {getDocument} from '../engine/document.ts'
import {lexiconForm} from '../language/lexicon.ts'

/** What follows a word. */
export const enum Gap {
  /** White space only: the next word is in the same clause. */
  Space = 0,
  /** A comma, semicolon or colon. */
  Clause = 1,
  /** Other marks inside the sentence (quotes, brackets, dashes). */
  Other = 2,
  /** The end of a sentence, and another sentence follows in the paragraph. */
  Sentence = 3,
  /** The end of a paragraph that ends with a final mark. */
  Paragraph = 4,
  /** The end of a paragraph with no final mark (headings, bylines, cut text). */
  Open = 5,
  /** The end of a document's title. */
  Title = 6
}

const TERMINAL = /[.!?؟…۔]["'»”’)\]]*\s*$/u
const CLAUSE = /[،,;؛:]/u
const WHITE = /^\s*$/u

/** Ids for strings, in order of first appearance. */
export class Interner {
  readonly ids = new Map<string, number>()
  readonly values: string[] = []
  id(value: string): number {
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.ids.set(value, id)
      this.values.push(value)
    }
    return id
  }
}

export interface TokenCorpus {
  keys: Interner
  forms: Interner
  /** Per document: [key, form, gap] triples. */
  documents: Int32Array[]
}

export function createCorpus(): TokenCorpus {
  return {keys: new Interner(), forms: new Interner(), documents: []}
}

/** Parse a document (and its title, when it has one) into the corpus. */
export function addDocument(corpus: TokenCorpus, text: string, title?: string): void {
  const out: number[] = []
  if (title) pushText(corpus, title, out, true)
  pushText(corpus, text, out, false)
  corpus.documents.push(Int32Array.from(out))
}

function pushText(corpus: TokenCorpus, text: string, out: number[], isTitle: boolean): void {
  const doc = getDocument(new ParseArabic().parse(text), text)
  for (const paragraph of doc.paragraphs) {
    const sentences = paragraph.sentences.filter((s) => s.words.length > 0)
    sentences.forEach((sentence, s) => {
      const words = sentence.words
      words.forEach((word, w) => {
        let gap: Gap
        if (w < words.length - 1) {
          const between = text.slice(word.end, words[w + 1]!.start)
          gap = WHITE.test(between) ? Gap.Space : CLAUSE.test(between) ? Gap.Clause : Gap.Other
        } else if (s < sentences.length - 1) {
          gap = Gap.Sentence
        } else if (isTitle) {
          gap = Gap.Title
        } else {
          gap = TERMINAL.test(text.slice(word.end, paragraph.end)) ? Gap.Paragraph : Gap.Open
        }
        out.push(corpus.keys.id(word.key), corpus.forms.id(lexiconForm(word.value)), gap)
      })
    })
  }
}

/** Save a parsed corpus (for refitting models without parsing again). */
export function writeCorpus(path: string, corpus: TokenCorpus): void {
  const lengths = corpus.documents.map((d) => d.length)
  const json = Buffer.from(JSON.stringify({keys: corpus.keys.values, forms: corpus.forms.values, lengths}))
  const total = lengths.reduce((a, b) => a + b, 0)
  const data = new Int32Array(total)
  let at = 0
  for (const d of corpus.documents) {
    data.set(d, at)
    at += d.length
  }
  const head = Buffer.alloc(4)
  head.writeUInt32LE(json.length)
  writeFileSync(path, Buffer.concat([head, json, Buffer.from(data.buffer)]))
}

export function readCorpus(path: string): TokenCorpus {
  const bytes = readFileSync(path)
  const length = bytes.readUInt32LE(0)
  const {keys, forms, lengths} = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as {keys: string[]; forms: string[]; lengths: number[]}
  const data = new Int32Array(Uint8Array.from(bytes.subarray(4 + length)).buffer)
  const corpus = createCorpus()
  for (const k of keys) corpus.keys.id(k)
  for (const f of forms) corpus.forms.id(f)
  let at = 0
  for (const n of lengths) {
    corpus.documents.push(data.subarray(at, at + n))
    at += n
  }
  return corpus
}
