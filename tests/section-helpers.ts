// What the tests of sectioned Markdown and HTML check of the findings a
// sectioned lint places in the whole file.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {expect} from 'vitest'
import {rules} from '../rules/index.ts'

/** The seeds and six clean news articles: the prose the sectioned documents are made of. */
export const seedsDir = join(import.meta.dirname, '..', 'seeds')
export const seedTexts = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedsDir, name), 'utf8'))
const cleanDir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'clean')
export const clean: string[] = existsSync(cleanDir)
  ? readdirSync(cleanDir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .slice(0, 6)
      .map((name) => readFileSync(join(cleanDir, name), 'utf8'))
  : []
/** Every rule on. */
export const every = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity]))
// Rules that compare a whole document: in sections they compare within a section and its context.
export const DOCUMENT_WIDE = new Set(['duplicated-phrase', 'boilerplate', 'spelling-consistency', 'org-name-consistency', 'mixed-digits', 'mixed-script', 'hamza', 'alif-maqsura', 'whitespace'])

/** A finding as compared with the whole file's: rule, offsets, message. */
export const describeMessage = (message: VFileMessage) =>
  `${message.ruleId} ${message.place && 'start' in message.place ? `${message.place.start.offset}-${message.place.end.offset}` : ''} ${message.reason}`

/** Every finding's line, column and offset agree with `text`, it reads what it reports, and none is kept twice. */
export function expectPlacedInFile(text: string, messages: VFileMessage[]): void {
  const place = location(text)
  for (const message of messages) {
    const {start, end} = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
    expect(place.toPoint(start.offset)).toEqual(start)
    expect(place.toPoint(end.offset)).toEqual(end)
    expect(message.line).toBe(start.line)
    expect(text.slice(start.offset, end.offset)).toBe(message.actual ?? text.slice(start.offset, end.offset))
  }
  const described = messages.map(describeMessage)
  expect(new Set(described).size).toBe(described.length)
}

/**
 * 30 texts of 400 lines drawn from `pieces` (a fixed seed): the sections
 * cover each text, and every finding of a lint in small sections lies in it.
 */
export function expectPositionsInBoundsOnRandomMixes(
  pieces: string[],
  sectionsOf: (text: string, size: number) => {end: number}[],
  lintInSections: (text: string, size: number) => VFileMessage[]
): void {
  let seed = 20261207
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
  for (let round = 0; round < 30; round++) {
    const lines = Array.from({length: 400}, () => pieces[Math.floor(random() * pieces.length)]!)
    const text = lines.join('\n')
    const all = sectionsOf(text, 200 + Math.floor(random() * 800))
    expect(all.at(-1)!.end).toBe(text.length)
    for (const message of lintInSections(text, 300)) {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      expect(place.start.offset).toBeGreaterThanOrEqual(0)
      expect(place.end.offset).toBeLessThanOrEqual(text.length)
      expect(place.start.offset).toBeLessThanOrEqual(place.end.offset)
    }
  }
}
