// Property-based fuzzing (fast-check) of the whole engine: documents of plain
// text, Markdown and HTML built from the characters and shapes that trouble a
// linter of Arabic prose, and configurations built from the schema's keys.
// The same properties run a few thousand cases in the test suite
// (tests/fuzz.test.ts) and as many as asked in `npm run fuzz` (scripts/fuzz.ts).
import '../../src/builtin.ts' // the built-in rules, handed to the engine
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {clearConfigCache, ConfigError, loadConfigFile, rulesForFile} from '../../src/config/load.ts'
import type {Format} from '../../src/engine/format.ts'
import {lintSync} from '../../src/engine/processor.ts'
import type {Edit} from '../../src/fix/apply.ts'
import {fixText} from '../../src/fix/fix.ts'
import {rules} from '../../rules/index.ts'

// ---------------------------------------------------------------------------
// Documents

const ARABIC_LETTERS = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'
/** Characters that each mean something to some rule or to the parser. */
const SPECIAL = [
  ...'.,،؛;:!?؟…()[]{}«»“”"\'’-–—_/\\@#&%+*=~^|<>`$',
  'ـ', 'َ', 'ً', 'ّ', 'ٰ', '٠', '١', '٩', '۴', '0', '7', 'a', 'Z', 'é', 'ک', 'ی', 'ہ', 'پ', 'ω', 'ж',
  ' ', ' ', ' ', '\t', '\u00A0', '\u202F', '\n', '\n', '\r\n', '\r',
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u00AD', '\u2060', '\uFEFF',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '\u000C', '\uE000',
  '😀', '👍🏽', '\uD800', '\uDC00', '&amp;', '&quot;', '&#1575;', '& amp؛', 'www.', 'https://', 'x@y.org', '@UN', '#COP28'
]

/** The words of the seed documents: real Arabic news vocabulary. */
function seedTexts(): string[] {
  const dir = new URL('../../seeds/', import.meta.url)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(new URL(name, dir), 'utf8'))
}
const SEEDS = seedTexts()
const WORDS = [...new Set(SEEDS.join(' ').split(/\s+/u).filter(Boolean))].slice(0, 3000)

const letter = fc.constantFrom(...ARABIC_LETTERS)
const special = fc.constantFrom(...SPECIAL)
const word = fc.oneof({weight: 4, arbitrary: fc.constantFrom(...WORDS)}, {weight: 1, arbitrary: fc.array(letter, {minLength: 1, maxLength: 8}).map((l) => l.join(''))})
const separator = fc.oneof({weight: 8, arbitrary: fc.constant(' ')}, {weight: 3, arbitrary: special}, {weight: 1, arbitrary: fc.constantFrom('. ', '، ', '\n', ' - ', ': ')})

/** Words and separators, with runs of special characters mixed in. */
const prose = fc
  .array(fc.oneof({weight: 5, arbitrary: fc.tuple(word, separator).map(([w, s]) => w + s)}, {weight: 1, arbitrary: fc.array(special, {maxLength: 6}).map((s) => s.join(''))}), {maxLength: 40})
  .map((parts) => parts.join(''))

/** A piece of a seed document with characters inserted, deleted or replaced. */
const mutatedSeed = fc
  .tuple(fc.nat(SEEDS.length - 1), fc.nat(), fc.integer({min: 0, max: 600}), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.oneof(special, letter)), {maxLength: 12}))
  .map(([which, from, length, edits]) => {
    const seed = SEEDS[which]!
    const start = from % Math.max(1, seed.length)
    let text = seed.slice(start, start + length)
    for (const [at, removed, inserted] of edits) {
      const index = text.length === 0 ? 0 : at % (text.length + 1)
      text = text.slice(0, index) + inserted + text.slice(index + removed)
    }
    return text
  })

/** Any string at all, of any code units. */
const anything = fc.string({unit: 'binary', maxLength: 80})

const plainText = fc.oneof({weight: 4, arbitrary: prose}, {weight: 3, arbitrary: mutatedSeed}, {weight: 1, arbitrary: anything})

const markdownBlock = fc.oneof(
  plainText,
  plainText.map((t) => `# ${t}`),
  plainText.map((t) => `- ${t}\n  ${t}`),
  plainText.map((t) => `> ${t}\n> ${t}`),
  plainText.map((t) => `\`${t}\` ${t}`),
  plainText.map((t) => '```\n' + t + '\n```'),
  plainText.map((t) => `[${t}](https://example.org/${t.slice(0, 5)}) *${t}* **${t}**`),
  plainText.map((t) => `| ${t} | ${t} |\n| --- | --- |\n| ${t} | x |`),
  plainText.map((t) => `<!-- translint-disable -->\n${t}\n<!-- translint-enable -->`),
  plainText.map((t) => `${t}\\*${t}&nbsp;${t}`),
  plainText.map((t) => `<code>${t}</code> <h1>${t}`)
)
const markdown = fc.tuple(fc.array(markdownBlock, {maxLength: 6}), fc.constantFrom('\n\n', '\n', '\r\n\r\n')).map(([blocks, gap]) => blocks.join(gap))

const TAGS = ['p', 'h1', 'code', 'pre', 'li', 'ul', 'a', 'div', 'span', 'del', 'script', 'style', 'br', 'table', 'td', 'html', 'body']
const html: fc.Arbitrary<string> = fc.letrec<{node: string}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    plainText.map((t) => t.replace(/</g, '&lt;')),
    plainText,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), {maxLength: 4}), fc.boolean()).map(([tag, children, closed]) => `<${tag}>${children.join('')}${closed ? `</${tag}>` : ''}`),
    fc.constantFrom('', '<html></html>', '<code><h1></code> ', '<!-- translint-disable tatweel -->', '</p>', '<', '<p', '&', '<!--')
  )
})).node

export interface Case {
  format: Format
  text: string
}

export const documents: fc.Arbitrary<Case> = fc.oneof(
  {weight: 5, arbitrary: plainText.map((text) => ({format: 'text' as const, text}))},
  {weight: 2, arbitrary: markdown.map((text) => ({format: 'markdown' as const, text}))},
  {weight: 2, arbitrary: html.map((text) => ({format: 'html' as const, text}))}
)

/** Every rule on, each at its default severity (or `warn` for those off by default). */
export const ALL_RULES = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity])) as Record<string, 'warn'>

function lint(text: string, format: Format): VFileMessage[] {
  return lintSync(text, {rules: ALL_RULES, format}).messages
}

/** What a document must satisfy: no exception, every position in bounds and where its line and column say. */
export function checkDocument({format, text}: Case): VFileMessage[] {
  const messages = lint(text, format)
  const place = location(text)
  for (const message of messages) {
    if (message.cause !== undefined) throw new Error(`${message.ruleId} threw: ${String((message.cause as Error)?.stack ?? message.cause)}`)
    const position = message.place
    if (!position || !('start' in position)) throw new Error(`${message.ruleId}: a message without a position: ${message.reason}`)
    const {start, end} = position
    if (start.offset === undefined || end.offset === undefined) throw new Error(`${message.ruleId}: a position without offsets`)
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
      throw new Error(`${message.ruleId}: offsets ${start.offset}-${end.offset} outside a text of ${text.length}`)
    }
    for (const point of [start, end]) {
      const expected = place.toPoint(point.offset!)
      if (!expected || expected.line !== point.line || expected.column !== point.column) {
        throw new Error(`${message.ruleId}: ${point.line}:${point.column} is not offset ${point.offset}`)
      }
    }
  }
  return messages
}

/** Everything for one case, linting the text once: positions checked, fixes idempotent and creating no finding; the fixed text returned. */
export function checkCase(doc: Case): string {
  const first = checkDocument(doc)
  const outcome = checkFix(doc, first)
  checkNoNewFinding(doc, outcome)
  return outcome.text
}

/** Fixing twice gives what fixing once gave. Returns the fixed text. */
export function checkFixIdempotent({format, text}: Case, first?: VFileMessage[]): string {
  return checkFix({format, text}, first).text
}

/** What fixing a document gave: the fixed text, the edits of each pass, and the findings of both texts. */
export interface FixOutcome {
  text: string
  passes: Edit[][]
  before: VFileMessage[]
  after: VFileMessage[]
}

/** Fix a document and check that fixing the fixed text changes nothing. */
export function checkFix({format, text}: Case, first?: VFileMessage[]): FixOutcome {
  const before = first ?? lint(text, format)
  const result = fixText(text, (t) => (t === text ? before : lint(t, format)))
  const once = result.text
  if (once === text) return {text: once, passes: result.passes, before, after: before}
  const after = lint(once, format)
  const twice = fixText(once, (t) => (t === once ? after : lint(t, format))).text
  if (twice !== once) throw new Error(`fixing again changed the text:\n${JSON.stringify(once)}\n${JSON.stringify(twice)}`)
  return {text: once, passes: result.passes, before, after}
}

function spanOf(message: VFileMessage): [number, number] | undefined {
  const place = message.place
  if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) return undefined
  return [place.start.offset, place.end.offset]
}

/**
 * A range of the text after a pass, taken back to the text before it through
 * the pass's edits (sorted, not overlapping): a point inside an edit's new
 * text goes to the whole range the edit replaced.
 */
function mapBack([start, end]: [number, number], edits: Edit[]): [number, number] {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  const back = (point: number, side: 'start' | 'end'): number => {
    let delta = 0
    for (const edit of sorted) {
      const at = edit.start + delta
      if (point < at) break
      const after = at + edit.text.length
      if (point < after || (point === after && side === 'end' && edit.text.length > 0)) return side === 'start' ? edit.start : edit.end
      delta += edit.text.length - (edit.end - edit.start)
    }
    return point - delta
  }
  return [back(start, 'start'), Math.max(back(start, 'start'), back(end, 'end'))]
}

/**
 * No new finding after a fix: every finding of the fixed text, taken back
 * through the fix's edits to the original text, meets or touches a finding of
 * the same rule there. Checked independently of the fixer's own test
 * (fix/fresh.ts, which also asks for the same words): a finding the fixes
 * moved onto words no finding of its rule was near is a new one.
 */
export function checkNoNewFinding(doc: Case, outcome: FixOutcome): void {
  if (outcome.text === doc.text) return
  for (const message of outcome.after) {
    let span = spanOf(message)
    if (!span) continue
    for (let pass = outcome.passes.length - 1; pass >= 0; pass--) span = mapBack(span, outcome.passes[pass]!)
    const [start, end] = span
    const known = outcome.before.some((old) => {
      const place = old.ruleId === message.ruleId ? spanOf(old) : undefined
      return place !== undefined && place[0] <= end && start <= place[1]
    })
    if (!known) throw new Error(`the fix created a finding: ${message.ruleId}: ${message.reason} (at ${start}-${end} of the original)\nfixed: ${JSON.stringify(outcome.text)}`)
  }
}

/**
 * The rules that find more after a fix than before (by count), though each
 * finding stands where its rule found one before (checkNoNewFinding): one
 * finding that became two on the same words. Counted, not asserted.
 */
export function newFindingsAfterFix({format, text}: Case, fixed: string): string[] {
  if (fixed === text) return []
  const count = (messages: VFileMessage[]) => {
    const counts = new Map<string, number>()
    for (const m of messages) counts.set(String(m.ruleId), (counts.get(String(m.ruleId)) ?? 0) + 1)
    return counts
  }
  const before = count(lint(text, format))
  const after = count(lint(fixed, format))
  return [...after].filter(([id, n]) => n > (before.get(id) ?? 0)).map(([id]) => id)
}

// ---------------------------------------------------------------------------
// Configurations

const ruleIds = rules.map((rule) => rule.id)
const severity = fc.oneof(fc.constantFrom('off', 'info', 'warn', 'error'), fc.anything())
const ruleEntry = fc.oneof(severity, fc.tuple(severity, fc.oneof(fc.dictionary(fc.string(), fc.anything()), fc.anything())).map((t) => [...t]))
const configObject = fc.record(
  {
    extends: fc.oneof(fc.constantFrom('translint:recommended', 'translint:all', 'translint:none'), fc.anything()),
    rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...ruleIds), fc.string()), ruleEntry), fc.anything()),
    ignore: fc.oneof(fc.array(fc.string()), fc.anything()),
    extensions: fc.oneof(fc.array(fc.constantFrom('txt', 'md', 'html')), fc.anything()),
    words: fc.oneof(fc.array(fc.string()), fc.anything()),
    overrides: fc.oneof(fc.array(fc.record({files: fc.array(fc.constantFrom('*.txt', '**/*', '[')), rules: fc.dictionary(fc.constantFrom(...ruleIds), ruleEntry)})), fc.anything()),
    root: fc.anything()
  },
  {requiredKeys: []}
)
/** Config file contents: JSON objects from the schema's keys with any values, and text that is not JSON. */
export const configs: fc.Arbitrary<string> = fc.oneof(
  {weight: 5, arbitrary: configObject.map((c) => JSON.stringify(c))},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 60})},
  {weight: 1, arbitrary: fc.json()}
)

let configDir: string | undefined

/** Loading a config gives a configuration or a ConfigError, never another exception; a valid one lints a document. */
export async function checkConfig(contents: string, sample: string): Promise<void> {
  configDir ??= mkdtempSync(join(tmpdir(), 'translint-fuzz-'))
  const file = join(configDir, '.linterrc.json')
  writeFileSync(file, contents)
  clearConfigCache()
  let config
  try {
    config = await loadConfigFile(file)
  } catch (error) {
    if (error instanceof ConfigError) return
    throw error
  }
  lintSync(sample, {rules: rulesForFile(config, join(configDir, 'doc.txt'))})
}

export function cleanUp(): void {
  if (configDir) rmSync(configDir, {recursive: true, force: true})
  configDir = undefined
}

export {plainText}
