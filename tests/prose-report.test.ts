// The default report as a person reads it: every line fits the terminal, and
// every finding shows its words in context with its range marked. Checked on
// the seeds and a sample of the shared corpora at 80 and 120 columns, and in a
// real terminal (tmux) whose screen is captured and read back.
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import stringWidth from 'string-width'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {run, type Io} from '../src/cli/index.ts'
import {lintSync} from '../src/index.ts'
import {graphemesOf, MARK_CLASS, NARROW_CLASS, width, wrap} from '../src/reporters/columns.ts'
import {excerpt, renderExcerpt} from '../src/reporters/excerpt.ts'
import {reporters} from '../src/reporters/index.ts'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
const seedsDir = join(root, 'seeds')
const shared = join(root, '../shared/corpus')

/** The CLI in-process, with standard output as wide as `columns`. */
async function cliAt(columns: number | undefined, argv: string[], cwd: string): Promise<{code: number; stdout: string}> {
  let stdout = ''
  const io: Io = {stdout: (t) => void (stdout += t), stderr: () => {}, readStdin: async () => '', cwd, color: false, columns}
  const code = await run(argv, io)
  return {code, stdout}
}

const paragraph =
  'وأكد رئيس الوزراء في المؤتمر الصحفي الذي عقده اليوم أن الحكومة ماضية في تنفيذ خطتها الاقتصادية الأمانـة العامة للأمم المتحدة وشركائها في المنطقة.'

describe('columns', () => {
  it('counts plain Arabic and Latin as string-width does, character by character and in any mix', () => {
    const listed = new RegExp(`^[${NARROW_CLASS}${MARK_CLASS}]$`, 'u')
    const characters: string[] = []
    for (let code = 0; code < 0x10000; code++) if (listed.test(String.fromCharCode(code))) characters.push(String.fromCharCode(code))
    expect(characters.length).toBeGreaterThan(1000)
    for (const character of characters) expect(width(character), `U+${character.charCodeAt(0).toString(16)}`).toBe(stringWidth(character))
    // Mixed with what is not listed (wide, emoji, format characters), and marks after letters or alone.
    const others = ['中', '😀', '\u200C', '\u0600', 'ﷺ', '\u00AD', '\u1100']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters, ...others), {maxLength: 30}), (parts) => {
        expect(width(parts.join(''))).toBe(stringWidth(parts.join('')))
      }),
      {numRuns: 2000}
    )
  })

  it('cuts plain Arabic and Latin into graphemes as Intl.Segmenter does, in any mix, marks alone or after letters', () => {
    const listed = new RegExp(`^[${NARROW_CLASS}${MARK_CLASS}]$`, 'u')
    const characters: string[] = []
    for (let code = 0; code < 0x10000; code++) if (listed.test(String.fromCharCode(code))) characters.push(String.fromCharCode(code))
    const marks = characters.filter((character) => new RegExp(`^[${MARK_CLASS}]$`).test(character))
    expect(marks.length).toBeGreaterThan(30)
    const segmenter = new Intl.Segmenter('ar', {granularity: 'grapheme'})
    const cut = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment)
    expect(graphemesOf('\u064Eبَّ a')).toEqual(['\u064E', 'بَّ', ' ', 'a'])
    const others = ['中', '😀', '\u200C', '\u200D', '\u0600', '\r\n', 'ﷺ', '\u00AD', '\u1100', '\u0301']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters, ...marks, ...marks, ...others), {maxLength: 30}), (parts) => {
        expect(graphemesOf(parts.join(''))).toEqual(cut(parts.join('')))
      }),
      {numRuns: 3000}
    )
  })

  it('wraps at spaces within the columns, breaks a word longer than a line, and keeps quoted runs of spaces', () => {
    expect(wrap('Unexpected `3` spaces in a row, expected `1` space  whitespace', 30)).toEqual(['Unexpected `3` spaces in a', 'row, expected `1` space', 'whitespace'])
    expect(wrap('a ' + 'ب'.repeat(45) + ' b', 20)).toEqual(['a', 'ب'.repeat(20), 'ب'.repeat(20), 'ب'.repeat(5) + ' b'])
    expect(wrap('quoted `   ` spaces', 80)).toEqual(['quoted `   ` spaces'])
    expect(wrap('Unexpected `. .`, expected `.`', 80)).toEqual(['Unexpected `. .`, expected `.`'])
  })
})

describe('excerpt', () => {
  it('keeps about 30 characters each side, cut at word boundaries, with … where it is cut', () => {
    const start = paragraph.indexOf('الأمانـة')
    const shown = excerpt(paragraph, start, start + 'الأمانـة'.length, {columns: 200})
    expect(shown).toEqual({before: '… في تنفيذ خطتها الاقتصادية ', span: 'الأمانـة', after: ' العامة للأمم المتحدة وشركائها …'})
    // Whole words only: the context starts and ends on a word of the text.
    const words = paragraph.split(' ')
    expect(words).toContain(shown.before.slice(2).trim().split(' ')[0])
    expect(words).toContain(shown.after.slice(0, -2).trim().split(' ').at(-1))
  })

  it('marks an insertion with ‸ and a range with ⟦…⟧, whitespace as ␣, and stops at the line', () => {
    const text = 'سطر أول.\nقال إن،وإعداد   التقرير جار.\nسطر ثالث.\n'
    const comma = text.indexOf('،') + 1
    expect(renderExcerpt(excerpt(text, comma, comma, {columns: 80}))).toBe('قال إن،‸وإعداد   التقرير جار.')
    const spaces = text.indexOf('   ')
    expect(renderExcerpt(excerpt(text, spaces, spaces + 3, {columns: 80}))).toBe('قال إن،وإعداد⟦␣␣␣⟧التقرير جار.')
  })

  it('fits any range of any seed in the columns given, and keeps the range when it fits whole', () => {
    const texts = readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8'))
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), fc.nat(40), fc.integer({min: 10, max: 160}), (which, at, length, columns) => {
        const text = texts[which]
        const start = at % text.length
        const end = Math.min(text.length, start + length)
        const shown = excerpt(text, start, end, {columns})
        const line = renderExcerpt(shown)
        expect(stringWidth(line)).toBeLessThanOrEqual(columns)
        const range = text.slice(start, end)
        if (range.length > 0 && !/[\s\p{C}]/u.test(range) && stringWidth(range) + 2 <= columns * 0.6 - 2) expect(line).toContain(`⟦${range}⟧`)
      }),
      {numRuns: 400}
    )
  })
})

describe('the default format', () => {
  it('escapes control and bidi characters in excerpts and file names, and adds no bidi controls of its own', () => {
    const name = 'docs/\u202Eevil\u001B[2J.txt'
    const file = lintSync(new VFile({path: name, value: 'شاركت الأمانـة \u202Eفي\u2066 المؤتمر\u001B[31m.\n'}), {only: ['tatweel']})
    const out = reporters.stylish([file], {color: false, columns: 80})
    expect(out).toContain('docs/\\u202eevil\\u001b[2J.txt')
    expect(out).toContain('شاركت ⟦الأمانـة⟧ \\u202eفي\\u2066 المؤتمر\\u001b[31m.')
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/)
  })

  it('colours only when asked; the span is coloured inside its brackets', () => {
    const file = lintSync(new VFile({path: 'a.txt', value: 'شاركت الأمانـة.\n'}), {only: ['tatweel']})
    expect(reporters.stylish([file], {color: false})).not.toContain('\u001B[')
    expect(reporters.stylish([file], {color: true})).toContain('\u001B[1m\u001B[33m⟦الأمانـة⟧')
  })

  it('puts the message under its position when the terminal is too narrow for both, and still fits', () => {
    const file = lintSync(new VFile({path: 'a.txt', value: paragraph + '\n'}), {only: ['tatweel']})
    const out = reporters.stylish([file], {color: false, columns: 30})
    for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(30)
    expect(out).toContain('⟦الأمانـة⟧')
  })

  it('quotes a file served from the cache by size and date (not read for linting) as one linted', async () => {
    const dir = fixture({'a.txt': 'شاركت الأمانـة في المؤتمر.\n'})
    const args = ['--cache', '--cache-strategy', 'metadata', '--rule', 'tatweel:warn', 'a.txt']
    const first = await cliAt(80, args, dir)
    const cached = await cliAt(80, args, dir)
    expect(first.stdout).toContain('شاركت ⟦الأمانـة⟧ في المؤتمر.')
    expect(cached.stdout.replace('(cached) ', '')).toBe(first.stdout)
  })

  const sample = (dir: string, every: number) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .filter((_, i) => i % every === 0)
      .map((name) => join(dir, name))
  const sets: [string, string[]][] = [['seeds', readdirSync(seedsDir).map((name) => join(seedsDir, name))]]
  if (existsSync(shared)) {
    sets.push(['a sample of corpus/clean', sample(join(shared, 'clean'), 10)])
    sets.push(['a sample of corpus/mt', sample(join(shared, 'mt'), 10)])
  } else console.warn('prose report: ../shared/corpus is absent: the corpus part of the width test is skipped')

  for (const [label, files] of sets) {
    it(`on ${label}: no line wider than 80 or 120 columns, and every finding shows its words in context`, async () => {
      const json = JSON.parse((await cliAt(80, ['--format', 'json', ...files], root)).stdout) as {
        path: string
        messages: {line: number; column: number; offset?: number; endOffset?: number}[]
      }[]
      const findings = json.reduce((n, file) => n + file.messages.length, 0)
      expect(findings).toBeGreaterThan(0)
      for (const columns of [80, 120]) {
        const {stdout} = await cliAt(columns, files, root)
        const lines = stdout.split('\n')
        for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns)
        // Each file's findings, in the order of the text, each with its excerpt.
        let checked = 0
        for (const file of json.filter((f) => f.messages.length > 0)) {
          const text = readFileSync(join(root, file.path), 'utf8').replace(/^\uFEFF/, '')
          const at = lines.indexOf(file.path)
          expect(at, file.path).toBeGreaterThanOrEqual(0)
          const block = lines.slice(at + 1, lines.indexOf('', at))
          const heads = block.map((line, i) => (/^ {2}\d+:\d+ +(error|warning|info) {2}/.test(line) ? i : -1)).filter((i) => i >= 0)
          const ordered = file.messages.map((m, i) => ({m, i})).sort((a, b) => a.m.line - b.m.line || a.m.column - b.m.column || a.i - b.i)
          expect(heads.length, file.path).toBe(ordered.length)
          for (const [k, {m}] of ordered.entries()) {
            const finding = block.slice(heads[k], heads[k + 1] ?? block.length)
            expect(finding[0].trim().startsWith(`${m.line}:${m.column} `), finding[0]).toBe(true)
            if (m.offset === undefined || m.endOffset === undefined) continue
            const excerptLine = finding.find((line) => line.includes('⟦') || line.includes('‸'))
            expect(excerptLine, finding.join('\n')).toBeDefined()
            const range = text.slice(m.offset, m.endOffset)
            if (range.length > 0 && range.length <= 15 && !/[\s\p{C}⟦⟧]/u.test(range)) {
              expect(excerptLine).toContain(`⟦${range}⟧`)
              // Words around it: the line's text before and after the range shows (when the line has any).
              const lineStart = text.lastIndexOf('\n', m.offset - 1) + 1
              const lineEnd = text.indexOf('\n', m.endOffset) === -1 ? text.length : text.indexOf('\n', m.endOffset)
              const [before, after] = excerptLine!.trim().split(`⟦${range}⟧`)
              if (/\p{L}/u.test(text.slice(lineStart, m.offset))) expect(before, excerptLine).toMatch(/\p{L}/u)
              if (/\p{L}/u.test(text.slice(m.endOffset, lineEnd))) expect(after, excerptLine).toMatch(/\p{L}/u)
              checked++
            }
          }
        }
        expect(checked).toBeGreaterThan(0)
      }
    }, 300000)
  }
})

describe('the default format in Arabic (--locale ar)', () => {
  it('keeps every line of the seeds within 80 and 120 columns, with each finding quoted', async () => {
    const files = readdirSync(seedsDir).map((name) => join(seedsDir, name))
    for (const columns of [80, 120]) {
      const {stdout} = await cliAt(columns, ['--locale', 'ar', ...files], root)
      const lines = stdout.split('\n')
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns)
      const heads = lines.filter((line) => /^ {2}\d+:\d+ +(خطأ|تحذير|معلومة) {2}/.test(line)).length
      expect(heads).toBeGreaterThan(10)
      expect(lines.filter((line) => /⟦|‸/.test(line) && !/ → /.test(line)).length).toBe(heads)
    }
  }, 120000)
})

const tmux = spawnSync('tmux', ['-V'], {encoding: 'utf8'}).status === 0
if (!tmux) console.warn('prose report: the real-terminal tests are skipped: tmux is not installed (.ci/run installs it)')

describe.skipIf(!tmux)('the default format in a real terminal (tmux)', () => {
  /** Run translint in a `columns`-wide tmux pane; the screen with wrapped lines joined (`-J`), so a line the terminal had to wrap shows as wider than the pane. */
  function screenAt(columns: number, dir: string, args: string[]): string {
    const socket = `translint-prose-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
    const t = (...a: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...a], {cwd: dir, encoding: 'utf8'})
    const command = [process.execPath, '--import', 'tsx', join(root, 'scripts/run.ts'), ...args].map((a) => `'${a}'`).join(' ')
    try {
      expect(t('new-session', '-d', '-s', 'p', '-x', String(columns), '-y', '200', 'sh', '-c', `cd '${root}' && env -u NO_COLOR ${command}; echo "EXIT=$?"; sleep 120`).status).toBe(0)
      const deadline = Date.now() + 120000
      let screen = ''
      while (Date.now() < deadline) {
        screen = t('capture-pane', '-p', '-J', '-t', 'p', '-S', '-', '-E', '-').stdout
        if (/EXIT=\d/.test(screen)) break
        spawnSync('sleep', ['0.2'])
      }
      return screen
    } finally {
      t('kill-server')
    }
  }

  const arabic = paragraph + '\nقال إن   الحكومة الذى أعلنت ،وإعداد التقرير جار.\n'
  const mixed =
    'قال المتحدث باسم منظمة الصحة العالمية (WHO) Dr. Tedros إن الأمانـة العامة ستعقد المؤتمر الدولي في جنيف ،وإعداد التقرير النهائي جارٍ الآن مع UNICEF وUNDP والشركاء الآخرين.\n'

  for (const columns of [80, 120]) {
    it(`at ${columns} columns: no line wraps, and each finding shows its words in context`, () => {
      // House typography and spelling on: spacing, an insertion and alif maqsura show beside the tatweel.
      const dir = fixture({'عربي.txt': arabic, 'mixed.txt': mixed, '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography', 'translint:orthography']})})
      const screen = screenAt(columns, dir, ['--rule', 'tatweel:warn', join(dir, 'عربي.txt'), join(dir, 'mixed.txt')])
      expect(screen).toMatch(/EXIT=0/)
      const lines = screen.split('\n').map((line) => line.trimEnd())
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(columns)
      // The terminal is a terminal: colour is on.
      const plain = lines.map((line) => line.replace(/\u001B\[[\d;]*m/g, ''))
      const has = (pattern: RegExp) => expect(plain.some((line) => pattern.test(line)), `${pattern}\n${plain.join('\n')}`).toBe(true)
      has(/^ {2}1:\d+ +warning {2}Unexpected tatweel in `الأمانـة`, expected `الأمانة` {2}tatweel$/)
      // The tatweel in the Arabic paragraph and in the mixed one: the word between its neighbours.
      has(/خطتها الاقتصادية ⟦الأمانـة⟧ العامة للأمم/)
      has(/\(WHO\) Dr\. Tedros إن ⟦الأمانـة⟧ العامة ستعقد/)
      // An insertion shows where it goes, and its fix; three spaces show as three.
      has(/جنيف ،‸وإعداد/)
      has(/^ +‸ → ⟦␣⟧$/)
      has(/إن⟦␣␣␣⟧الحكومة/)
      has(/^ +⟦الذى⟧ → ⟦الذي⟧$/)
      has(/^⚠ \d+ warnings in 2 files$/)
    }, 180000)
  }
})
