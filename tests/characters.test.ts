// Raw-character rules (whitespace, invisible-characters, mixed-digits) and
// sentence-length on what would clutter their pages: line-break kinds, byte
// order marks, severities, fixes that must not feed each other, random input.
import {describe, expect, it} from 'vitest'
import {lintSync} from '../src/engine/processor.ts'
import {applyEdits, fixableEdits} from '../src/fix/apply.ts'
import {fixWith, lintLines, lintRule} from './helpers.ts'
import {mayReport} from '../rules/mixed-digits.ts'

const FIXABLE = ['whitespace', 'invisible-characters']

function lintWith(ids: string[], text: string) {
  return lintSync(text, {only: ids, rules: Object.fromEntries(ids.map((id) => [id, 'warn' as const]))}).messages
}

/** Fix with several rules together until nothing changes. */
function fixAll(ids: string[], text: string): string {
  let current = text
  for (let pass = 0; pass < 10; pass++) {
    const edits = fixableEdits(lintWith(ids, current))
    if (edits.length === 0) break
    const next = applyEdits(current, edits).text
    if (next === current) break
    current = next
  }
  return current
}

// A small deterministic generator (mulberry32).
function random(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PIECES = [
  'وزير', 'الخارجية', 'لل', 'ب', 'ة', 'CNN', '2015', '٢٠١٥', '.', '،', '(', ')',
  ' ', ' ', ' ', '  ', '\u00A0', '\t', '\n', '\n', '\r\n', '\n\n\n',
  '\u200B', '\u2060', '\u00AD', '\u200C', '\u200D', '\u200F', '\u200E', '\uFEFF', '\u202E', '\u2067', '\u2069'
]
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

function randomText(next: () => number): string {
  let text = ''
  const length = 5 + Math.floor(next() * 40)
  for (let index = 0; index < length; index++) text += PIECES[Math.floor(next() * PIECES.length)]
  return text
}

describe('whitespace', () => {
  it('treats \\r\\n as one line break and never reports a \\r', () => {
    const text = 'عنوان\r\n\r\nفقرة أولى.\r\nفقرة ثانية.\r\n'
    expect(lintLines('whitespace', text)).toEqual([])
  })

  it('handles lone \\r line breaks (old Mac files) like \\n', () => {
    const text = 'عنوان \rفقرة  أولى.\r\r\r\rفقرة ثانية.\r'
    expect(lintLines('whitespace', text)).toEqual([
      '1:6-1:7: Unexpected `1` space at the end of the line, expected none',
      '2:5-2:7: Unexpected `2` spaces in a row, expected `1` space',
      '4:1-6:1: Unexpected `3` blank lines in a row, expected at most `1`'
    ])
    expect(fixWith('whitespace', text)).toBe('عنوان\rفقرة أولى.\r\rفقرة ثانية.\r')
  })

  it('keeps the kind of line break when adding the final one', () => {
    expect(fixWith('whitespace', 'سطر أول.\r\nسطر ثان.', {finalNewline: true})).toBe('سطر أول.\r\nسطر ثان.\r\n')
    expect(fixWith('whitespace', 'سطر واحد.', {finalNewline: true})).toBe('سطر واحد.\n')
    expect(lintLines('whitespace', '', {finalNewline: true})).toEqual([])
  })

  it('counts a whitespace-only last line without a line break as a blank line', () => {
    const text = 'فقرة.\n\n \t'
    expect(lintLines('whitespace', text)).toEqual(['3:1-3:3: Unexpected `2` blank lines in a row, expected at most `1`'])
    expect(fixWith('whitespace', text)).toBe('فقرة.\n\n')
  })

  it('leaves tabs inside a line alone and names other Unicode spaces', () => {
    expect(lintLines('whitespace', 'العمود\t\tالقيمة\n')).toEqual([])
    expect(lintLines('whitespace', 'كلمة\u2003\u2003أخرى\n')).toEqual([
      '1:5-1:7: Unexpected `2` other space characters in a row, expected `1` space'
    ])
  })

  it('reports every indented line when allowIndent is off', () => {
    const text = ' أولى.\n ثانية.\n ثالثة.\n'
    expect(lintLines('whitespace', text)).toEqual([])
    expect(lintLines('whitespace', text, {allowIndent: false})).toHaveLength(3)
  })

  it('accepts no blank line at all with maxBlankLines 0', () => {
    expect(fixWith('whitespace', 'أولى.\n\nثانية.\n', {maxBlankLines: 0})).toBe('أولى.\nثانية.\n')
  })

  it('stays linear on huge runs', () => {
    const text = 'كلمة' + ' '.repeat(200_000) + 'كلمة\n' + '\n'.repeat(200_000) + 'نهاية'
    const started = performance.now()
    expect(lintLines('whitespace', text)).toHaveLength(2)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('invisible-characters', () => {
  it('reports direction controls at the rule severity and the rest as warnings at most', () => {
    const text = 'نص\u200B عادي \u202Eمقلوب\u202C.\n'
    const bySeverity = (severity: 'error' | 'warn' | 'info') =>
      lintSync(text, {only: ['invisible-characters'], rules: {'invisible-characters': severity}}).messages.map((m) => m.fatal)
    // fatal: true = error, false = warning, undefined = info
    expect(bySeverity('error')).toEqual([false, true, true])
    expect(bySeverity('warn')).toEqual([false, false, false])
    expect(bySeverity('info')).toEqual([undefined, undefined, undefined])
  })

  it('keeps a byte order mark at the start and reports one inside the text', () => {
    expect(lintLines('invisible-characters', '\uFEFFنص.\n')).toEqual([])
    expect(lintLines('invisible-characters', 'نص.\n\uFEFFنص آخر.\n')).toEqual([
      '2:1-2:2: Unexpected invisible `U+FEFF ZERO WIDTH NO-BREAK SPACE`, expected none'
    ])
  })

  it('reports unbalanced isolates even when isolates are allowed', () => {
    expect(lintLines('invisible-characters', 'اسم \u2066Apple\n', {allowIsolates: true})).toEqual([
      '1:5-1:6: Unexpected invisible `U+2066 LEFT-TO-RIGHT ISOLATE`, expected none'
    ])
    expect(lintLines('invisible-characters', 'اسم \u2066Apple\n\u2069نص\n', {allowIsolates: true})).toHaveLength(2)
  })

  it('keeps direction marks that sit beside numbers or Latin runs', () => {
    expect(lintLines('invisible-characters', 'بلغت النسبة 75.\u200F29 في المائة.\n')).toEqual([])
    expect(lintLines('invisible-characters', 'بلغت النسبة 75.\u200F29 في المائة.\n', {allowDirectionMarks: false})).toEqual([
      '1:16-1:17: Unexpected invisible `U+200F RIGHT-TO-LEFT MARK`, expected none'
    ])
    // Not fixable: removing it could move the digits.
    expect(fixWith('invisible-characters', 'بلغت النسبة 75.\u200F29.\n', {allowDirectionMarks: false})).toBe('بلغت النسبة 75.\u200F29.\n')
  })

  it('leaves joiners in emoji sequences and Indic scripts alone', () => {
    expect(lintLines('invisible-characters', 'أسرة 👨\u200D👩\u200D👧 سعيدة.\n')).toEqual([])
    expect(lintLines('invisible-characters', 'क्\u200Dष\n')).toEqual([])
  })

  it('empties a line of invisible characters, which whitespace already counts as blank', () => {
    const text = 'أولى.\n\n \u200B\u2060\n\nثانية.\n'
    const blankRun = ['3:1-5:1: Unexpected `3` blank lines in a row, expected at most `1`']
    expect(lintLines('whitespace', text)).toEqual(blankRun)
    const fixed = fixWith('invisible-characters', text)
    expect(fixed).toBe('أولى.\n\n\n\nثانية.\n')
    expect(lintLines('whitespace', fixed)).toEqual(blankRun)
    expect(fixAll(FIXABLE, text)).toBe('أولى.\n\nثانية.\n')
  })
})

describe('mixed-digits', () => {
  it('gives a document of Persian digits only their Arabic look-alikes', () => {
    expect(lintLines('mixed-digits', 'في عام ۱۴۰۰ وفي ۱۴۰۱.\n')).toEqual([
      '1:8-1:12: Unexpected Persian digits in `۱۴۰۰`, expected Eastern Arabic digits (`١٤٠٠`)',
      '1:17-1:21: Unexpected Persian digits in `۱۴۰۱`, expected Eastern Arabic digits (`١٤٠١`)'
    ])
  })

  it('breaks a tie in favour of the first number', () => {
    expect(lintLines('mixed-digits', 'بين ٣ و 4.\n')).toEqual([
      '1:9-1:10: Unexpected Western digits in `4`, expected Eastern Arabic digits (`٤`) as in the rest of the document'
    ])
  })

  it('ignores e-mail addresses and URLs', () => {
    expect(lintLines('mixed-digits', 'راسلونا على info2024@example.org أو https://example.org/2024 في ٣ أيام.\n')).toEqual([])
  })

  it('skips a document only when it cannot report anything in it', () => {
    const texts = ['في عام 2024 وفي 2025.\n', 'في عام ٢٠٢٤ وفي ٢٠٢٥.\n', 'في عام ۱۴۰۰.\n', 'بين ٣ و 4.\n', 'صدر عام ٢٠1٨.\n', 'بلا أرقام.\n', '']
    for (const preferred of ['auto', 'western', 'eastern']) {
      for (const text of texts) {
        const found = lintRule('mixed-digits', text, {preferred}).length > 0
        if (found) expect(mayReport(text, preferred), `${preferred}: ${text}`).toBe(true)
      }
    }
    expect(mayReport('في عام 2024.\n', 'auto')).toBe(false)
    expect(mayReport('في عام ٢٠٢٤.\n', 'eastern')).toBe(false)
    expect(mayReport('في عام ٢٠٢٤.\n', 'western')).toBe(true)
    expect(mayReport('في عام 2024 و٢٠٢٥.\n', 'auto')).toBe(true)
  })

  it('counts a number glued to Arabic clitics as a number', () => {
    expect(lintLines('mixed-digits', 'بين ال٧٨ توصية و٣ ملاحق و25 جدولًا و١٢ شكلًا.\n')).toEqual([
      '1:26-1:28: Unexpected Western digits in `25`, expected Eastern Arabic digits (`٢٥`) as in the rest of the document'
    ])
  })
})

describe('sentence-length', () => {
  it('ends a sentence at a \\r\\n line break', () => {
    const line = 'كلمة '.repeat(6).trim()
    expect(lintLines('sentence-length', `${line}\r\n${line}\r\n`, {max: 6})).toEqual([])
    expect(lintLines('sentence-length', `${line} ${line}\r\n`, {max: 6})).toHaveLength(1)
  })
})

describe('fixes of the raw-character rules', () => {
  it('are idempotent and never create a finding of the other rule (random input)', () => {
    const next = random(20240601)
    for (let round = 0; round < 600; round++) {
      const text = randomText(next)
      const before = {
        whitespace: lintRule('whitespace', text).length,
        invisible: lintRule('invisible-characters', text).length
      }
      // One rule's fix never adds findings of the other.
      const withoutInvisible = fixWith('invisible-characters', text)
      expect(lintRule('whitespace', withoutInvisible).length, JSON.stringify(text)).toBeLessThanOrEqual(before.whitespace)
      const withoutWhitespace = fixWith('whitespace', text)
      expect(lintRule('invisible-characters', withoutWhitespace).length, JSON.stringify(text)).toBeLessThanOrEqual(before.invisible)
      // Together they converge, and the result has nothing left to fix.
      const fixed = fixAll(FIXABLE, text)
      expect(fixableEdits(lintWith(FIXABLE, fixed)), JSON.stringify(text)).toEqual([])
      // A \r only ever leaves with its \n, and no lone \r appears.
      expect(/\r(?!\n)/.test(fixed), JSON.stringify(text)).toBe(false)
      // Direction controls are never removed by a fix.
      expect(fixed.match(BIDI_CONTROLS)?.length ?? 0, JSON.stringify(text)).toBe(text.match(BIDI_CONTROLS)?.length ?? 0)
    }
  })
})
