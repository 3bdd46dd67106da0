// How the \`boilerplate\` rule keys a token and a phrase: shared by the rule and by
// the key sets made from its word lists (boilerplate-keys.precomputed.ts).
import {normalize} from '../../src/language/arabic.ts'

/** The letters, marks and digits of a token, without surrounding punctuation. */
const CORE = /[\p{L}\p{M}\p{N}](?:.*[\p{L}\p{M}\p{N}])?/u
export const core = (token: string): string => CORE.exec(token)?.[0] ?? ''
// Keys: \`normalize\` plus lower-cased Latin; phrases are keys joined by one space.
export const keyOf = (value: string): string => normalize(value).toLowerCase()
export const phraseKey = (value: string): string => value.split(/\s+/u).map(core).filter(Boolean).map(keyOf).join(' ')
/** The most words in any of these phrases (keys joined by one space). */
export const wordCount = (phrases: Iterable<string>): number => Math.max(0, ...[...phrases].map((phrase) => phrase.split(' ').length))
