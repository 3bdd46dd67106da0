// A flat view of the nlcst tree that several rules share: paragraphs,
// sentences and words with their offsets and comparison keys. Built once per
// tree and cached.
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {normalize, stem} from '../language/arabic.ts'
import {isPredicateWord} from '../language/sentence-words.ts'
import {beforeDocument, wordRecord, type WordRecord} from './word-record.ts'

export class WordInfo {
  #stem: string | undefined
  /** isPredicateWord of the word: -1 until first asked, then 0 or 1. */
  #predicate = -1
  #record: WordRecord | undefined = undefined
  constructor(
    readonly node: Word,
    readonly value: string,
    readonly start: number,
    readonly end: number,
    /** normalize(value) */
    readonly key: string,
    readonly sentence: SentenceInfo,
    /** Index in the document's word list. */
    readonly index: number
  ) {}

  /** stem(value), computed on first use. */
  get stem(): string {
    if (this.#stem === undefined) this.#stem = stem(this.value)
    return this.#stem
  }

  /**
   * Whether the word is a finite verb or a predicate particle (isPredicateWord),
   * computed on first use: stray-period and truncated-sentence ask it of the
   * same sentences several times each (hasPredicateWord).
   */
  get isPredicate(): boolean {
    if (this.#predicate < 0) this.#predicate = isPredicateWord(this.key, this.value) ? 1 : 0
    return this.#predicate === 1
  }

  /** The shared record of the word's written form (word-record.ts), looked up on first use. */
  get record(): WordRecord {
    return (this.#record ??= wordRecord(this.value))
  }

  /**
   * Index in its sentence's word list: a sentence's words are consecutive in
   * the document's (so no search through a sentence that may be long).
   */
  get indexInSentence(): number {
    return this.index - this.sentence.words[0]!.index
  }
}

export interface SentenceInfo {
  node: Sentence
  start: number
  end: number
  text: string
  words: WordInfo[]
  paragraph: ParagraphInfo
  index: number
}

export interface ParagraphInfo {
  node: Paragraph
  start: number
  end: number
  text: string
  /** 1-based line of the paragraph's start. */
  line: number
  sentences: SentenceInfo[]
  index: number
}

export interface DocumentModel {
  text: string
  paragraphs: ParagraphInfo[]
  sentences: SentenceInfo[]
  words: WordInfo[]
}

// The model is kept on its tree under a symbol, not in a WeakMap: a WeakMap
// entry keeps a tree and its model alive through young-generation garbage
// collections long after the document is done, and copying them over and over
// cost more than building the model.
const MODEL = Symbol('translint.document')
type Cached = Root & {[MODEL]?: DocumentModel}
/** For trees that cannot take a property (frozen). */
const fallback = new WeakMap<Root, DocumentModel>()

export function getDocument(tree: Root, text: string): DocumentModel {
  const cached = (tree as Cached)[MODEL] ?? fallback.get(tree)
  if (cached) return cached
  const model: DocumentModel = {text, paragraphs: [], sentences: [], words: []}
  beforeDocument()
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode' || !child.position) continue
    const start = child.position.start.offset ?? 0
    const end = child.position.end.offset ?? start
    const paragraph: ParagraphInfo = {
      node: child,
      start,
      end,
      text: text.slice(start, end),
      line: child.position.start.line,
      sentences: [],
      index: model.paragraphs.length
    }
    model.paragraphs.push(paragraph)
    for (const node of child.children) {
      if (node.type !== 'SentenceNode' || !node.position) continue
      const sStart = node.position.start.offset ?? 0
      const sEnd = node.position.end.offset ?? sStart
      const sentence: SentenceInfo = {
        node,
        start: sStart,
        end: sEnd,
        text: text.slice(sStart, sEnd),
        words: [],
        paragraph,
        index: model.sentences.length
      }
      paragraph.sentences.push(sentence)
      model.sentences.push(sentence)
      for (const token of node.children) {
        if (token.type !== 'WordNode' || !token.position) continue
        const value = token.children.length === 1 && token.children[0].type === 'TextNode' ? token.children[0].value : toString(token)
        const word = new WordInfo(
          token,
          value,
          token.position.start.offset ?? 0,
          token.position.end.offset ?? 0,
          normalize(value),
          sentence,
          model.words.length
        )
        sentence.words.push(word)
        model.words.push(word)
      }
    }
  }
  if (Object.isExtensible(tree)) Object.defineProperty(tree, MODEL, {value: model, configurable: true})
  else fallback.set(tree, model)
  return model
}

/** Whether a clause has a finite verb or a predicate particle (hasPredicate of sentence-words.ts, on a document's words). */
export function hasPredicateWord(words: readonly WordInfo[]): boolean {
  for (let index = 0; index < words.length; index++) if (words[index]!.isPredicate) return true
  return false
}

/**
 * Whether the text ends with a final mark, perhaps closed by quotes or brackets and followed
 * by white space (`[.!?؟…۔:]["'»”’)\]]*\s*$`), read from the text's end: as a regular
 * expression it was tried at every final mark of every paragraph (in truncated-sentence, twice
 * a document: 4.5 ms of the rule's 23 ms a pass over 1.45 MB of news, warm, in --cpu-prof).
 */
export function endsWithFinalMark(text: string): boolean {
  let index = text.length
  while (index > 0 && isWhiteSpace(text.charCodeAt(index - 1))) index--
  while (index > 0 && isCloser(text.charCodeAt(index - 1))) index--
  return index > 0 && isFinalMark(text.charCodeAt(index - 1))
}

/** `[.!?؟…۔:]` */
function isFinalMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x61f || code === 0x2026 || code === 0x6d4 || code === 0x3a
}

/** `["'»”’)\]]` */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0xbb || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d
}

/** `\s` of a regular expression: ASCII and Unicode spaces, line ends, the byte-order mark. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * A heading-like line: a short paragraph of one sentence with no final mark
 * (titles, sub-headings, bylines). Such lines are not truncated sentences.
 */
export function isHeadingLike(paragraph: ParagraphInfo, maxWords = 20): boolean {
  // Cheapest test first: rules ask this of a paragraph once per sentence or name in it.
  if (paragraph.sentences.length > 1) return false
  const words = paragraph.sentences.length === 1 ? paragraph.sentences[0]!.words.length : 0
  return words <= maxWords && !endsWithFinalMark(paragraph.text)
}

/** The last paragraph that has a word (trailing blank or mark-only lines skipped). */
export function lastContentParagraph(doc: DocumentModel): ParagraphInfo | undefined {
  for (let index = doc.paragraphs.length - 1; index >= 0; index--) {
    const paragraph = doc.paragraphs[index]
    if (paragraph.sentences.some((sentence) => sentence.words.length > 0)) return paragraph
  }
  return undefined
}
