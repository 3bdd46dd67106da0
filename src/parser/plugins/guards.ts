// parse-latin's sentence plugins each walk every token of the text with
// unist-util-modify-children, and in Arabic prose almost none of them has
// anything to do: an `&` or `/` between words, a hyphen after a word, an
// initialism. Each guard below is a tight loop that looks for the one shape
// its plugin acts on, in the tokens as they are when the plugin would run;
// the plugin itself runs only when that shape is there. A guard is a
// necessary condition of its plugin's first change, so the tree is the same
// with or without them (tests/parser.test.ts parses both ways and compares).
import type {Sentence, SentenceContent} from 'nlcst'

type Plugin = (node: Sentence) => void
type Trigger = (children: readonly SentenceContent[]) => boolean

/** `wordSymbolInner` of parse-latin 7.0.0: `/^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/`. */
const WORD_SYMBOL_INNER = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

function isMark(node: SentenceContent | undefined): node is Extract<SentenceContent, {value: string}> {
  return node !== undefined && (node.type === 'SymbolNode' || node.type === 'PunctuationNode')
}

function markIs(node: SentenceContent | undefined, value: string): boolean {
  return isMark(node) && node.value === value
}

/** mergeInitialWordSymbol: an `&` not after a word, before a word. */
const initialWordSymbol: Trigger = (children) => {
  for (let i = 0; i < children.length; i++) {
    if (markIs(children[i], '&') && !(i > 0 && children[i - 1]!.type === 'WordNode') && children[i + 1]?.type === 'WordNode') return true
  }
  return false
}

/** mergeFinalWordSymbol: a `-` after a word and not before one. */
const finalWordSymbol: Trigger = (children) => {
  for (let i = 1; i < children.length; i++) {
    if (markIs(children[i], '-') && children[i - 1]!.type === 'WordNode' && children[i + 1]?.type !== 'WordNode') return true
  }
  return false
}

/** mergeInnerWordSymbol: a word, inner-word marks (`-` `'` `.` `:` …), then a word. */
const innerWordSymbol: Trigger = (children) => {
  for (let i = 1; i < children.length; i++) {
    if (children[i - 1]!.type !== 'WordNode') continue
    let j = i
    for (; j < children.length; j++) {
      const node = children[j]!
      if (!(isMark(node) && WORD_SYMBOL_INNER.test(node.value))) break
    }
    if (j > i && children[j]?.type === 'WordNode') return true
  }
  return false
}

/** mergeInnerWordSlash: a `/` after a word. */
const innerWordSlash: Trigger = (children) => {
  for (let i = 1; i < children.length; i++) {
    if (markIs(children[i], '/') && children[i - 1]!.type === 'WordNode') return true
  }
  return false
}

/** mergeInitialisms: a `.` after a word of several parts, an odd number of them. */
const initialisms: Trigger = (children) => {
  for (let i = 1; i < children.length; i++) {
    const node = children[i]!
    if (node.type !== 'PunctuationNode' || node.value !== '.') continue
    const previous = children[i - 1]!
    if (previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0) return true
  }
  return false
}

/** Wrap a plugin so that it runs only when its trigger finds something. */
function guard(plugin: Plugin, trigger: Trigger): Plugin {
  return (node) => {
    if (trigger(node.children)) plugin(node)
  }
}

/**
 * parse-latin's patchPosition on a sentence: its start and end from its
 * first and last token, when it has none.
 */
export function patchSentencePosition(node: Sentence): void {
  const children = node.children
  const first = children[0]
  if (first?.position && (!node.position || !node.position.start)) {
    node.position ??= {} as never
    node.position!.start = first.position.start
  }
  const last = children[children.length - 1]
  if (last?.position && (!node.position || !node.position.end)) {
    node.position ??= {} as never
    node.position!.end = last.position.end
  }
}

/**
 * parse-latin 7.0.0's sentence plugins, in their order ([mergeInitialWordSymbol,
 * mergeFinalWordSymbol, mergeInnerWordSymbol, mergeInnerWordSlash,
 * mergeInitialisms, patchPosition]), each behind its guard.
 */
export function guardLatinSentencePlugins(plugins: readonly Plugin[]): Plugin[] {
  if (plugins.length !== 6) throw new Error('translint: unexpected parse-latin version (sentence plugins changed)')
  const [initial, final, inner, slash, initialism] = plugins as [Plugin, Plugin, Plugin, Plugin, Plugin, Plugin]
  return [
    guard(initial, initialWordSymbol),
    guard(final, finalWordSymbol),
    guard(inner, innerWordSymbol),
    guard(slash, innerWordSlash),
    guard(initialism, initialisms),
    patchSentencePosition
  ]
}
