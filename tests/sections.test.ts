// A long plain-text file is linted in sections with a few lines of context on
// each side (src/engine/sections.ts): the rules that look only at a finding's
// neighbourhood must find exactly what they find in the whole file, at the
// same places, and no finding may be lost or kept twice at a cut.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {processorFor} from '../src/engine/processor.ts'
import {lintInSections, sections} from '../src/engine/sections.ts'
import {runNode} from './cli-helpers.ts'
import {rules} from '../rules/index.ts'

const seeds = join(import.meta.dirname, '..', 'seeds')
const seedTexts = readdirSync(seeds)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seeds, name), 'utf8'))
const examples = rules.flatMap((rule) => rule.examples.invalid.map((example) => example.text.trimEnd()))
// Seeds and examples interleaved, with runs of blank lines and CRLF line ends in places.
const text = [...seedTexts, examples.join('\n'), seedTexts.join('\n\n\n\n').replace(/\n/g, '\r\n'), examples.join('\n\n')].join('\n')
const every = Object.fromEntries(rules.map((rule) => [rule.id, rule.severity === 'off' ? 'warn' : rule.severity]))
// Rules that compare a whole document: in sections they compare within a section and its context.
const DOCUMENT_WIDE = new Set(['duplicated-phrase', 'boilerplate', 'spelling-consistency', 'org-name-consistency', 'mixed-digits', 'mixed-script', 'hamza', 'alif-maqsura', 'whitespace'])

function lint(size: number): VFileMessage[] {
  const file = new VFile({value: text})
  lintInSections(processorFor({rules: every}).processor, file, text, size)
  return file.messages
}

const describeMessage = (message: VFileMessage) =>
  `${message.ruleId} ${message.place && 'start' in message.place ? `${message.place.start.offset}-${message.place.end.offset}` : ''} ${message.reason}`

describe('sections of a long plain-text file', () => {
  it('cover the text with cuts at line starts after a line with content, and count lines as the file does', () => {
    const place = location(text)
    const all = sections(text, 4000)
    expect(all.length).toBeGreaterThan(10)
    expect(all[0]!.start).toBe(0)
    expect(all.at(-1)!.end).toBe(text.length)
    for (let index = 0; index < all.length; index++) {
      const {start, end, from, to, line} = all[index]!
      if (index > 0) {
        expect(start).toBe(all[index - 1]!.end)
        expect(text[start - 1]).toBe('\n')
        const lineBefore = text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1)
        expect(lineBefore.trim()).not.toBe('')
      }
      expect(from).toBeLessThanOrEqual(start)
      expect(to).toBeGreaterThanOrEqual(end)
      expect(line).toBe(place.toPoint(from)!.line)
    }
  })

  it('is one section for a short text, and cuts a long line where a sentence, or else a word, starts', () => {
    expect(sections('كتاب جديد.\n'.repeat(10), 4000)).toHaveLength(1)
    expect(sections('كتاب'.repeat(5000), 4000)).toHaveLength(1)
    const line = 'كتاب جديد، قلم قديم. '.repeat(1000)
    const cuts = sections(line, 4000).slice(1).map((section) => line.slice(section.start - 2, section.start + 4))
    expect(cuts.length).toBeGreaterThan(2)
    for (const cut of cuts) expect(cut).toBe('. كتاب')
    const words = 'كتاب جديد '.repeat(1000)
    for (const section of sections(words, 4000).slice(1)) expect(words.slice(section.start - 1, section.start + 4)).toBe(' كتاب')
    // Without spaces: after a final mark.
    const glued = 'كتاب،جديد.'.repeat(1000)
    for (const section of sections(glued, 4000).slice(1)) expect(glued.slice(section.start - 1, section.start + 4)).toBe('.كتاب')
  })

  it('finds what the whole file gives for the rules that look near a finding, at the same places', () => {
    const whole = lint(Infinity)
    const cut = lint(4000)
    const local = (messages: VFileMessage[]) => messages.filter((m) => !DOCUMENT_WIDE.has(m.ruleId!)).map(describeMessage).sort()
    expect(local(whole).length).toBeGreaterThan(100)
    expect(local(cut)).toEqual(local(whole))
  })

  it('finds the same on one long line cut between sentences (brackets aside)', () => {
    // Brackets and quotes are paired over a whole paragraph (bracket-balance,
    // and punctuation-spacing inside a pair), and stray-period weighs a period
    // in quoted or reported speech (a quotation or a colon still open since
    // the paragraph's start) differently: in a line longer than a section, a
    // mark far before a cut is not seen there.
    const line = text.replace(/\s*\n\s*/g, ' ')
    const brackets = (m: VFileMessage) =>
      m.ruleId === 'bracket-balance' ||
      (m.ruleId === 'punctuation-spacing' && /`[()[\]{}«»“”"']`/.test(m.reason)) ||
      (m.ruleId === 'stray-period' && /^Unexpected period (?:between|after|before) /.test(m.reason))
    const lintLine = (size: number) => {
      const file = new VFile({value: line})
      lintInSections(processorFor({rules: every}).processor, file, line, size)
      return file.messages.filter((m) => !DOCUMENT_WIDE.has(m.ruleId!) && !brackets(m)).map(describeMessage).sort()
    }
    expect(lintLine(4000)).toEqual(lintLine(Infinity))
  })

  it('places every finding in the file: line, column and offset agree, none is kept twice', () => {
    const place = location(text)
    const cut = lint(4000)
    for (const message of cut) {
      const {start, end} = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
      expect(place.toPoint(start.offset)).toEqual(start)
      expect(place.toPoint(end.offset)).toEqual(end)
    }
    const described = cut.map(describeMessage)
    expect(new Set(described).size).toBe(described.length)
  })

  it('names lines of the file in its messages, not lines of the section', () => {
    const paragraph = 'وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع المقبل ويستمر حتى نهاية الشهر الجاري في جميع المحافظات.'
    const filler = Array.from({length: 400}, (_, index) => `سطر رقم ${index} من نص طويل.`)
    const long = [...filler, paragraph, 'وقال المتحدث إن الموعد نهائي.', paragraph, ...filler].join('\n') + '\n'
    const file = new VFile({value: long})
    lintInSections(processorFor({only: ['duplicated-phrase'], rules: every}).processor, file, long, 4000)
    expect(sections(long, 4000).length).toBeGreaterThan(2)
    expect(file.messages.map((m) => `${m.line}: ${m.reason.replace(/`.*`/, '…')}`)).toEqual([`${filler.length + 3}: Unexpected repeated paragraph …, already on line ${filler.length + 1}`])
  })

  it('cuts a text with no line of content, space or final mark to cut at: blank lines, CRs, marks and letters glued', () => {
    // As one section each was one tree: 39 MB of blank lines took 5.3 GB, of CRs 4.7 GB, of `ب،` 4.7 GB.
    for (const [name, text] of [
      ['blank lines', '\n'.repeat(40000)],
      ['CRLF blank lines', '\r\n'.repeat(20000)],
      ['CRs', '\r'.repeat(40000)],
      ['letters and commas', 'ب،'.repeat(20000)],
      ['a line of content, then blank lines', 'نص.\n' + '\n'.repeat(40000)]
    ] as const) {
      const all = sections(text, 4000)
      expect(all.length, name).toBeGreaterThan(4)
      expect(all.at(-1)!.end, name).toBe(text.length)
      for (let index = 1; index < all.length; index++) {
        expect(all[index]!.start, name).toBe(all[index - 1]!.end)
        // Never inside CRLF or between a letter and the mark after it.
        expect(text.slice(all[index]!.start - 1, all[index]!.start + 1), name).not.toBe('\r\n')
      }
      expect(Math.max(...all.map((section) => section.end - section.start)), name).toBeLessThanOrEqual(2 * 4000 + 16)
    }
    // One long word stays one section: it is one node.
    expect(sections('كتاب'.repeat(10000), 4000)).toHaveLength(1)
  })

  it('lints 12 MB of blank lines or of CRs within a 128 MB heap (the built bin)', async () => {
    const root = join(import.meta.dirname, '..')
    if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
    for (const [name, unit] of [['blank.txt', '\n'], ['cr.txt', '\r']]) {
      const dir = mkdtempSync(join(tmpdir(), 'translint-sections-'))
      writeFileSync(join(dir, name), unit.repeat(12 * 1024 * 1024))
      const result = await runNode(['--max-old-space-size=128', join(root, 'bin/translint.js'), '--jobs', '1', '--format', 'json', name], {cwd: dir})
      expect(result.stderr, name).toBe('')
      expect(result.status, name).toBe(0)
      expect((JSON.parse(result.stdout) as {messages: {ruleId: string}[]}[])[0]!.messages.every((m) => m.ruleId === 'whitespace'), name).toBe(true)
    }
  }, 120000)
})
