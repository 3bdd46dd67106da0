// One voice per span. Rules run independently, so two of them can advise on
// the same words: the same change twice, two changes where one change is
// possible, or opposite changes in two places of a document
// (org-name-consistency says write `الأوروبي` where spelling-consistency says
// write `الأوربي`). After all rules have run on a file, only the message of the
// more specific rule stands wherever two rules' advice meets:
//
// - two messages *collide* when the characters their advice changes overlap
//   (the very same fix on the same words from two rules of one tier names two
//   faults of one word, `الي` → `إلى` from hamza and alif-maqsura: both stand)
//   (each `expected` value is compared with the text it replaces, and only the
//   part that differs counts: a fix that deletes a space before `،` and one
//   that turns `,` into `،` beside it both stand; an insertion collides with a
//   change around it or with another insertion at the same point);
// - two messages are *opposite* when one turns words `A` into `B` and the
//   other, anywhere in the document, turns `B` into `A` (within whole words:
//   `الاتحاد الأوربي` → `الاتحاد الأوروبي` is opposite to `الأوروبي` →
//   `الأوربي`).
//
// Only messages with advice (an `expected` value) take part: a finding that
// only reports (a long sentence, a cut-off paragraph) never silences or is
// silenced. Messages of one rule never silence each other (a rule answers for
// its own findings). Which message stands is decided by `precedence`: the
// more specific rule, whatever the order the rules ran in.
import type {VFileMessage} from 'vfile-message'
import {registry} from './registry.ts'

/**
 * Rules from the most specific to the most general, in tiers:
 *
 * 0. rules that compare a translation with its source (the source is the
 *    strongest evidence there is);
 * 1. artefact rules, first the one that knows a fact about names (the list of
 *    known bodies): an artefact (a doubled phrase, a stray period) is the
 *    finding that matters on its words, and its fix changes more than a letter;
 * 2. orthography by the lexicon (a fact about each word);
 * 3. typography of one character or mark;
 * 4. rules that decide by a general pattern: the document's majority spelling,
 *    any run of white space, sentence length.
 *
 * A rule not listed here ranks after the listed ones of its tier, which its
 * kind decides (bilingual 0, artefact 1, orthography 2, typography 3, style 4),
 * in the order of the rule list.
 */
export const PRECEDENCE: readonly (readonly string[])[] = [
  ['placeholder-mismatch', 'terminology', 'number-mismatch', 'url-mismatch', 'untranslated-words', 'bracket-mismatch', 'end-punctuation'],
  ['org-name-consistency', 'duplicated-phrase', 'stray-period', 'truncated-sentence', 'word-order', 'boilerplate', 'mixed-script'],
  ['hamza', 'alif-maqsura'],
  ['invisible-characters', 'tatweel', 'detached-conjunction', 'latin-punctuation', 'punctuation-spacing', 'bracket-balance', 'mixed-digits'],
  ['spelling-consistency', 'whitespace', 'sentence-length']
]

const TIER_OF_KIND: Record<string, number> = {artefact: 1, orthography: 2, typography: 3, style: 4}
const listed = new Map<string, number>()
PRECEDENCE.forEach((tier, t) => tier.forEach((id, i) => listed.set(id, t * 1000 + i)))

/** A rule's rank: lower is more specific. */
export function precedence(ruleId: string): number {
  const known = listed.get(ruleId)
  if (known !== undefined) return known
  const rule = registry.get(ruleId)
  if (!rule) return PRECEDENCE.length * 1000
  const tier = rule.bilingual ? 0 : (TIER_OF_KIND[rule.category] ?? PRECEDENCE.length)
  return tier * 1000 + 500 + registry.indexOf(rule)
}

/** What one message advises: the part of the text it changes, and the words it rewrites. */
interface Advice {
  index: number
  ruleId: string
  rank: number
  start: number
  end: number
  /** The span its values change, trimmed to the characters that differ. */
  from: number
  to: number
  /** For each value that rewrites letters, the words it changes and what it makes of them (`before\0after`). */
  rewrites: string[]
  /** The span and the values, to tell the very same advice. */
  same: string
}

function offsets(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  return start === undefined || end === undefined ? undefined : [start, end]
}

const LETTER = /[\p{L}\p{M}]/u

/** How many characters two strings share at their start, and then at their end. */
export function sharedEnds(a: string, b: string): [number, number] {
  const limit = Math.min(a.length, b.length)
  let head = 0
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++
  let tail = 0
  while (tail < limit - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  return [head, tail]
}

function isLetter(text: string, at: number): boolean {
  return at >= 0 && at < text.length && LETTER.test(text[at]!)
}

/**
 * The words a rewrite changes: `before` and `after` without the whole words
 * they share at either end (`الاتحاد الأوربي` → `الاتحاد الأوروبي` changes
 * `الأوربي` into `الأوروبي`).
 */
function changedWords(before: string, after: string): string {
  let [head, tail] = sharedEnds(before, after)
  // Back to the edges of the words the difference is in.
  while (head > 0 && (isLetter(before, head - 1) || isLetter(after, head - 1))) head--
  while (tail > 0 && (isLetter(before, before.length - tail) || isLetter(after, after.length - tail))) tail--
  return `${before.slice(head, before.length - tail)}\0${after.slice(head, after.length - tail)}`
}

function reversed(rewrite: string): string {
  const cut = rewrite.indexOf('\0')
  return `${rewrite.slice(cut + 1)}\0${rewrite.slice(0, cut)}`
}

function adviceOf(message: VFileMessage, index: number, text: string): Advice | undefined {
  const ruleId = message.ruleId
  const expected = message.expected
  if (!ruleId || !expected || expected.length === 0) return undefined
  const range = offsets(message)
  if (!range) return undefined
  const [start, end] = range
  const before = text.slice(start, end)
  let from = Infinity
  let to = -Infinity
  const rewrites: string[] = []
  for (const value of expected) {
    if (value === before) continue
    const [head, tail] = sharedEnds(before, value)
    from = Math.min(from, start + head)
    to = Math.max(to, end - tail)
    if (LETTER.test(before) && LETTER.test(value)) rewrites.push(changedWords(before, value))
  }
  if (from === Infinity) return undefined
  return {index, ruleId, rank: 0, start, end, from, to, rewrites, same: `${start}:${end}:${expected.join('\0')}`}
}

/** Whether the changes of two messages meet on the same characters. */
function collide(a: Advice, b: Advice): boolean {
  const aInsert = a.from === a.to
  const bInsert = b.from === b.to
  if (aInsert && bInsert) return a.from === b.from
  if (aInsert) return b.from < a.from && a.from < b.to
  if (bInsert) return a.from < b.from && b.from < a.to
  return a.from < b.to && b.from < a.to
}

export interface Silenced {
  /** The message left out. */
  message: VFileMessage
  /** The message that stands instead. */
  by: VFileMessage
  how: 'collides' | 'opposite'
}

/**
 * The messages to keep, in their order, and the ones left out with the message
 * each gave way to. `text` is the file's text, which the messages' offsets
 * point into; `rank` orders rules (lower is more specific). Linear in the
 * messages but for sorting them and the pairs whose changes overlap.
 */
export function oneVoice<M extends VFileMessage>(
  messages: M[],
  text: string,
  rank: (ruleId: string) => number = precedence,
  /** Rules of one tier giving the very same advice both stand (by default the tiers of PRECEDENCE; with a given `rank`, each rank its own tier). */
  tier: (ruleId: string) => number = rank === precedence ? (id) => Math.floor(precedence(id) / 1000) : rank
): {kept: M[]; silenced: Silenced[]} {
  const advice: Advice[] = []
  for (let i = 0; i < messages.length; i++) {
    const item = adviceOf(messages[i]!, i, text)
    if (item) advice.push(item)
  }
  if (advice.length < 2) return {kept: messages, silenced: []}
  for (const item of advice) item.rank = rank(item.ruleId)

  // Pairs of messages of different rules whose changes overlap, by a sweep over the changed spans.
  const collisions = new Map<number, Advice[]>()
  const byPlace = [...advice].sort((a, b) => a.from - b.from || a.to - b.to)
  for (let i = 0; i < byPlace.length; i++) {
    const a = byPlace[i]!
    for (let j = i + 1; j < byPlace.length && byPlace[j]!.from <= a.to; j++) {
      const b = byPlace[j]!
      // The very same advice from two rules of one tier names two faults of one
      // word (`الي` → `إلى`: its hamza and its final letter): both stand.
      if (a.ruleId === b.ruleId || (a.same === b.same && tier(a.ruleId) === tier(b.ruleId)) || !collide(a, b)) continue
      for (const [x, y] of [
        [a, b],
        [b, a]
      ] as const) {
        const list = collisions.get(x.index)
        if (list) list.push(y)
        else collisions.set(x.index, [y])
      }
    }
  }

  // Which rules rewrite which words: a message can only meet an opposite where
  // another rule rewrites its words the other way.
  const rulesOf = new Map<string, Set<string>>()
  for (const item of advice) {
    for (const rewrite of item.rewrites) {
      const rules = rulesOf.get(rewrite)
      if (rules) rules.add(item.ruleId)
      else rulesOf.set(rewrite, new Set([item.ruleId]))
    }
  }
  const opposed = (item: Advice) =>
    item.rewrites.some((rewrite) => [...(rulesOf.get(reversed(rewrite)) ?? [])].some((ruleId) => ruleId !== item.ruleId))
  const contested = advice.filter((item) => collisions.has(item.index) || opposed(item))
  if (contested.length === 0) return {kept: messages, silenced: []}

  // The most specific first; a message stands unless a rival already stands:
  // one whose change overlaps its own, or one of another rule that rewrites
  // the same words the other way.
  contested.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.start - b.start ||
      a.end - b.end ||
      a.ruleId.localeCompare(b.ruleId) ||
      messages[a.index]!.reason.localeCompare(messages[b.index]!.reason)
  )
  const standing = new Set<number>()
  // For each rewrite of a standing message, the first such message of each rule.
  const rewritten = new Map<string, Map<string, number>>()
  const silenced = new Map<number, Silenced>()
  for (const item of contested) {
    let by: number | undefined
    let how: Silenced['how'] = 'collides'
    for (const other of collisions.get(item.index) ?? []) {
      if (standing.has(other.index)) {
        by = other.index
        break
      }
    }
    if (by === undefined) {
      for (const rewrite of item.rewrites) {
        for (const [ruleId, index] of rewritten.get(reversed(rewrite)) ?? []) {
          if (ruleId === item.ruleId) continue
          by = index
          how = 'opposite'
          break
        }
        if (by !== undefined) break
      }
    }
    if (by !== undefined) {
      silenced.set(item.index, {message: messages[item.index]!, by: messages[by]!, how})
      continue
    }
    standing.add(item.index)
    for (const rewrite of item.rewrites) {
      let rules = rewritten.get(rewrite)
      if (!rules) rewritten.set(rewrite, (rules = new Map()))
      if (!rules.has(item.ruleId)) rules.set(item.ruleId, item.index)
    }
  }
  if (silenced.size === 0) return {kept: messages, silenced: []}
  return {kept: messages.filter((_, i) => !silenced.has(i)), silenced: [...silenced.values()]}
}
