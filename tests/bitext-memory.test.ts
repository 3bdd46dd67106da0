// A bilingual file is read and linted a window of segments at a time
// (src/bitext/lint.ts), so its memory does not grow with its segments: the
// built command lints a TSV of 70,000 pairs within a V8 heap that a run
// holding every segment of it ran out of.
import {existsSync, readFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {MAX_FINDINGS_PER_RULE} from '../src/engine/findings-limit.ts'
import {gettextCuts, gettextReading} from '../src/bitext/po.ts'
import {BitextError} from '../src/bitext/segment.ts'
import {fixture, runBinInHeap} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname

/** Findings by rule, those past the cap counted through their closing message. */
function totals(messages: {ruleId: string; hidden?: number}[]): Record<string, number> {
  const counted: Record<string, number> = {}
  for (const m of messages) counted[m.ruleId] = (counted[m.ruleId] ?? 0) + (m.hidden ?? 1)
  return counted
}

describe('memory of a bilingual file', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root})
  }, 120000)

  it('a 6 MB TSV of 70,000 pairs lints within a 128 MB heap, every finding counted', async () => {
    // A two-letter target for a sentence with two numbers: findings of document and bilingual rules on every pair.
    const words = ['في', 'من', 'عن', 'لا', 'ما', 'هو', 'هي', 'او', 'ان', 'قد']
    const rows = ['id\tsource\ttarget']
    for (let i = 0; i < 70000; i++) rows.push(`${i + 1}\tThe committee met on ${(i % 28) + 1} March to discuss item ${i + 7} of the annual agenda.\t${words[i % 10]}`)
    const dir = fixture({'pairs.tsv': rows.join('\n') + '\n'})
    // `--format json`: the whole file in one report (`jsonl` would score a TSV as a corpus, in batches).
    // When every segment was held for the run, this heap ran out (SIGABRT) on this file.
    const result = await runBinInHeap(dir, 128, ['--format', 'json', 'pairs.tsv'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const messages = JSON.parse(result.stdout)[0].messages as {ruleId: string; hidden?: number}[]
    // The counts of a run without a heap limit, before and after windows.
    expect(totals(messages)).toEqual({
      'length-ratio': 70000,
      'number-mismatch': 135000,
      'end-punctuation': 70000,
      hamza: 14000,
      'same-target': 69990
    })
    expect(messages.length).toBe(5 * (MAX_FINDINGS_PER_RULE + 1))
    // 239 MB when measured.
    expect(result.maxRssKB / 1024).toBeLessThan(400)
  }, 180000)
})

describe('a PO file read by gettext-parser in parts', () => {
  // Entries as PO files write them: comments, flags, contexts, plural forms, strings over several lines,
  // escapes, obsolete entries, a repeated msgid (the last one counts), and entries with no blank line between them.
  const po =
    readFileSync(join(root, 'tests/fixtures/bitext/ui.po'), 'utf8') +
    '\n#. extracted\n#| msgid "Previous"\nmsgid "Next"\nmsgstr "التالي"\n' +
    'msgid "Glued"\nmsgstr "ملصق"\nmsgctxt "x"\nmsgid "Glued"\nmsgstr \'مفرد\'\n\n' +
    '#~ msgctxt "old"\n#~ msgid "Gone"\n#~ msgstr "ذهب"\n\n' +
    'msgid "Open"\nmsgstr "افتح مرة أخرى"\n\nmsgid ""\n"Multi "\n"line \\"quoted\\""\nmsgstr[0] "أ"\n\n' +
    '# translator\nmsgid "Tab\\there"\nmsgstr "علامة\\tهنا"\n'

  it('reads every entry as gettext-parser reads the whole file', () => {
    const whole = gettextReading(po, Infinity)
    expect(whole.size).toBeGreaterThan(8)
    for (const part of [1, 40, 200]) {
      // Parts that small cut before nearly every entry.
      if (part === 1) expect(gettextCuts(po, part).length).toBeGreaterThan(8)
      expect(gettextReading(po, part)).toEqual(whole)
    }
  })

  it('says the error gettext-parser finds at the line of the file', () => {
    const broken = po + '\nmsgid "Bad"\nmsgstr "سيئ"\nmsgstr[x "?"\n'
    let said = ''
    try {
      gettextReading(broken, Infinity)
    } catch (error) {
      said = (error as Error).message
    }
    expect(said).toMatch(/^not a valid PO file: .* at line \d+/)
    for (const part of [1, 40]) {
      expect(() => gettextReading(broken, part)).toThrow(BitextError)
      expect(() => gettextReading(broken, part)).toThrow(said)
    }
  })
})
