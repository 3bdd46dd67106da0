// A long Markdown file is linted in sections cut between blocks
// (src/engine/markdown-sections.ts): the rules that look only near a finding
// must find what they find in the whole file, at the same places; no cut may
// fall inside fenced code, an HTML block, front matter, a table or an
// indented line; comments that turn rules off reach past a cut.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import '../src/index.ts' // loads Markdown support
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {clean, describeMessage, DOCUMENT_WIDE, every, expectPlacedInFile, expectPositionsInBoundsOnRandomMixes, seedTexts} from './section-helpers.ts'
import {lintSync, processorFor} from '../src/engine/processor.ts'
import {lintMarkdownInSections, markdownCutPoints, markdownSections} from '../src/engine/markdown-sections.ts'


/** A plain text as Markdown: its lines as paragraphs, with headings, lists, quotes, tables, code and HTML between them. */
function asMarkdown(text: string, index: number): string {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
  const blocks: string[] = [`# عنوان ${index}`]
  paragraphs.forEach((paragraph, at) => {
    blocks.push(paragraph)
    if (at % 7 === 1) blocks.push('```\nرمز  ,  غير مفحوص\n\n\nx = "(" \n```')
    if (at % 7 === 3) blocks.push(`- ${paragraph.slice(0, 60)}\n\n  تتمة البند ،كما هي.\n\n- بند ثان`)
    if (at % 7 === 4) blocks.push('| العمود | القيمة |\n| --- | --- |\n| واحد ، | اثنان |')
    if (at % 7 === 5) blocks.push('<pre>\nنص ، محفوظ\n\nبعد سطر فارغ\n</pre>')
    if (at % 7 === 6) blocks.push(`> ${paragraph.slice(0, 80)}\n\n    كود مزاح  ،  بأربع مسافات`)
  })
  return blocks.join('\n\n') + '\n'
}

const markdown = [...seedTexts, ...clean].map(asMarkdown).join('\n\n')

function lint(text: string, size: number, only?: string[]): VFileMessage[] {
  const file = new VFile({value: text})
  lintMarkdownInSections(processorFor({rules: every, format: 'markdown', only}).processor, file, text, size)
  return file.messages
}

const local = (messages: VFileMessage[]) => messages.filter((m) => !DOCUMENT_WIDE.has(m.ruleId!)).map(describeMessage).sort()

describe('sections of a long Markdown file', () => {
  it('cut only at a line at column 0 after a blank line, outside fenced code and HTML blocks', () => {
    const all = markdownSections(markdown, 1500)
    expect(all.length).toBeGreaterThan(10)
    expect(all[0]!.start).toBe(0)
    expect(all.at(-1)!.end).toBe(markdown.length)
    const place = location(markdown)
    for (let index = 1; index < all.length; index++) {
      const {start, from, to, line} = all[index]!
      expect(start).toBe(all[index - 1]!.end)
      expect(markdown.slice(start - 2, start)).toBe('\n\n')
      expect(markdown[start]).not.toMatch(/\s/)
      // Never inside fenced code or a <pre> block: an even number of fences and as many <pre> as </pre> before.
      const before = markdown.slice(0, start)
      expect((before.match(/^```/gm) ?? []).length % 2).toBe(0)
      expect((before.match(/<pre>/g) ?? []).length).toBe((before.match(/<\/pre>/g) ?? []).length)
      expect(from).toBeLessThanOrEqual(start)
      expect(to).toBeGreaterThanOrEqual(all[index]!.end)
      expect(place.toPoint(from)).toEqual({line, column: 1, offset: from})
    }
  })

  it('finds what the whole file gives for the rules that look near a finding, at the same places', () => {
    const whole = local(lint(markdown, Infinity))
    expect(whole.length).toBeGreaterThan(100)
    expect(local(lint(markdown, 3000))).toEqual(whole)
    // And as lintSync gives it for the whole file.
    expect(local(lintSync(markdown, {rules: every, format: 'markdown', maxFindingsPerRule: Infinity, everyVoice: true}).messages)).toEqual(whole)
  }, 120000)

  it('places every finding in the file: line, column and offset agree, none is kept twice', () => {
    for (const size of [500, 3000]) {
      const cut = lint(markdown, size)
      expect(cut.length).toBeGreaterThan(100)
      expectPlacedInFile(markdown, cut)
    }
  }, 120000)

  it('never cuts between blocks in fenced code (``` or ~~~, in a list item or a quote), front matter, an HTML comment or an indented line', () => {
    const paragraph = 'فقرة من نص عادي.'
    const cases = [
      '```\nرمز\n\nرمز\n```',
      '~~~~\nرمز\n\n```\nرمز\n~~~~',
      '- بند\n\n  ```\n  رمز\n\n  رمز\n  ```',
      '> ```\n> رمز\n>\n> رمز\n> ```',
      '<!--\nتعليق\n\nتعليق\n-->',
      '<script>\nx\n\ny\n</script>',
      '- بند\n\n  تتمة البند\n\n      كود مزاح'
    ]
    for (const block of cases) {
      const text = `${paragraph}\n\n${block}\n\n${paragraph}\n`
      const points = markdownCutPoints(text)
      const cuts = points.offsets
      // Inside a code block fenced at column 0 a cut is made only with the opening fence as its lead (see below).
      const inside = cuts.filter((offset, index) => offset > paragraph.length + 2 && offset < paragraph.length + 2 + block.length && points.leads![index] !== block.split('\n')[0] + '\n')
      expect(inside, block).toEqual([])
      expect(cuts.at(-1), block).toBe(text.length - paragraph.length - 1)
    }
    // Front matter, only at the very start.
    const front = '---\nعنوان: نص\n\nوصف: نص\n---\n\nفقرة.\n'
    expect(markdownCutPoints(front).offsets).toEqual([0, front.indexOf('فقرة')])
    // A first line `---` never closed (near the start) is a thematic break, not front matter.
    const rule = '---\n\nفقرة.\n\nفقرة.\n'
    expect(markdownCutPoints(rule).offsets).toEqual([0, rule.indexOf('فقرة'), rule.lastIndexOf('فقرة')])
    // A fence in a list item ends with the item, at a line at column 0.
    const unclosed = '- ```\n  رمز\n\nفقرة.\n'
    expect(markdownCutPoints(unclosed).offsets).toEqual([0, unclosed.indexOf('فقرة')])
  })

  it('cuts a tight list before an item of the same list, a table before a row (after its header), a code block fenced at column 0 before a line (after its fence)', () => {
    const at = (text: string) => {
      const points = markdownCutPoints(text)
      return points.offsets.map((offset, index) => [text.slice(offset, offset + 4), points.depths![index], points.leads![index]])
    }
    expect(at('- أ\n- ب\n  تتمة\n- ج\n* د\n* هـ\nسطر\n* و\n')).toEqual([
      ['- أ\n', 0, ''],
      ['- ب\n', 1, ''],
      ['- ج\n', 1, ''],
      // Another marker starts another list; a line at column 0 (lazy, or a paragraph) ends the cuts until the next item.
      ['* هـ', 1, '']
    ])
    expect(at('1. أ\n2. ب\n3) ج\n4) د\n* * *\n- - -\n')).toEqual([
      ['1. أ', 0, ''],
      ['2. ب', 1, ''],
      ['4) د', 1, '']
    ])
    const table = '| أ | ب |\n| --- | :-: |\n| 1 | 2 |\n| 3 | 4 |\n5 | 6\n> ليس صفًا\n| 7 | 8 |\n'
    expect(at(table)).toEqual([
      ['| أ ', 0, ''],
      ['| 1 ', 1, '| أ | ب |\n| --- | :-: |\n'],
      ['| 3 ', 1, '| أ | ب |\n| --- | :-: |\n'],
      ['5 | ', 1, '| أ | ب |\n| --- | :-: |\n'],
      // A block quote that ends the table, as a paragraph opening in a quote (see below).
      ['> لي', 2, '']
    ])
    // Not a table: a header of another number of cells, or a header that does not open its block.
    expect(at('| أ | ب |\n| --- |\n| 1 | 2 |\n')).toEqual([['| أ ', 0, '']])
    expect(at('فقرة\n| أ | ب |\n| --- | --- |\n| 1 | 2 |\n')).toEqual([['فقرة', 0, '']])
    expect(at('```js\nx\n\ny\n```\nفقرة\n')).toEqual([
      ['```j', 0, ''],
      ['x\n\ny', 1, '```js\n'],
      ['\ny\n`', 1, '```js\n'],
      ['y\n``', 1, '```js\n'],
      ['```\n', 1, '```js\n']
    ])
    // In a list item the fence is not cut.
    expect(at('- ```\n  x\n  y\n  ```\n').map(([text]) => text)).toEqual(['- ``'])
  })

  it('finds in sections what the whole file gives in tight lists, tables and fenced code, at the same places', () => {
    // Each document as a tight list (bullets and numbers), a table of its lines and a code block with a
    // bidirectional control (reported in code too), with paragraphs between them.
    const blocks = [...seedTexts, ...clean].map((text, index) => {
      const lines = text
        .split(/\n+/)
        .map((line) => line.trim().replace(/\|/g, '/'))
        .filter(Boolean)
      const list = lines.map((line, at) => (index % 2 === 0 ? `- ${line}` : `${at + 1}. ${line}`)).join('\n')
      const table = `| السطر | النص |\n| --- | --- |\n${lines.map((line, at) => `| ${at} | ${line.slice(0, 80)} \u202e |`).join('\n')}`
      const code = '```\n' + lines.map((line) => `// ${line.slice(0, 60)}\u202e`).join('\n') + '\n```'
      return [`# عنوان ${index}`, list, lines[0]!, table, lines.at(-1)!, code, 'فقرة بعد الرمز ،كما هي.'].join('\n\n')
    })
    const text = blocks.join('\n\n') + '\n'
    const whole = local(lint(text, Infinity))
    expect(whole.length).toBeGreaterThan(100)
    expect(whole.filter((line) => line.startsWith('invisible-characters')).length).toBeGreaterThan(20)
    for (const size of [300, 2000]) {
      const sections = markdownSections(text, size)
      // Cuts inside those blocks: many where the lists, tables and code blocks are longer than a section.
      const inside = sections.filter((section) => text[section.start - 2] !== '\n').length
      expect(inside).toBeGreaterThan(size === 300 ? sections.length / 3 : 0)
      const cut = lint(text, size)
      expect(local(cut)).toEqual(whole)
      const place = location(text)
      for (const message of cut) {
        const {start, end} = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
        expect(place.toPoint(start.offset)).toEqual(start)
        expect(place.toPoint(end.offset)).toEqual(end)
      }
    }
  }, 180000)

  it('carries translint-disable and -enable comments past a cut', () => {
    const bad = 'شاركت الأمانـة في المؤتمر.'
    const filler = Array.from({length: 60}, (_, index) => `فقرة رقم ${index} من نص طويل.`).join('\n\n')
    const text = [`<!-- translint-disable tatweel -->`, filler, bad, filler, '<!-- translint-enable tatweel -->', filler, bad, '<!-- translint-disable -->', filler, bad, filler].join('\n\n') + '\n'
    expect(markdownSections(text, 500).length).toBeGreaterThan(6)
    const found = (size: number) => lint(text, size, ['tatweel']).map((m) => `${m.line} ${m.ruleId}`)
    const whole = found(Infinity)
    expect(whole).toEqual([`${text.slice(0, text.indexOf(bad, text.indexOf('translint-enable'))).split('\n').length} tatweel`])
    expect(found(500)).toEqual(whole)
  })

  it('keeps positions within the file for any mix of blocks (fuzz)', () => {
    const pieces = ['نص ، فيه خطأ.', '```', '~~~', '<pre>', '</pre>', '<!--', '-->', '- بند', '  تتمة', '> اقتباس', '| أ | ب |', '| --- | --- |', '    كود', '---', '', '', '\r', 'الأمانـة  هنا', 'سطر بلا علامة', '> سطر مقتبس.', '>', '===']
    expectPositionsInBoundsOnRandomMixes(pieces, markdownSections, (text, size) => lint(text, size))
  }, 120000)

  it('a stretch with no cut point over 4 MiB is not linted, with one message; the rest is', () => {
    const MiB = 1024 * 1024
    // One list item of 4.2 MiB without a blank line: its lines are lazy or indented continuations, never cut.
    const line = '  شاركت الأمانة في المؤتمر.\n'
    const item = '- بند\n' + line.repeat(Math.ceil((4.2 * MiB) / Buffer.byteLength(line)))
    const text = `شاركت الأمانـة في المؤتمر.\n\n${item}\nشاركت الأمانـة في المؤتمر.\n`
    const file = lintSync(text, {format: 'markdown', only: ['tatweel'], rules: every})
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '1:7 tatweel Unexpected tatweel in `الأمانـة`, expected `الأمانة`',
      '3:1 undefined Unexpected Markdown block of 4.2 MiB with no place to cut it at, expected at most 4 MiB: not linted',
      `${text.split('\n').length - 1}:7 tatweel Unexpected tatweel in \`الأمانـة\`, expected \`الأمانة\``
    ])
  }, 60000)

  it('cuts a paragraph or a block quote of megabytes without a blank line between its lines, and lints all of it', () => {
    const MiB = 1024 * 1024
    const sentence = 'شاركت الأمانة في المؤتمر.'
    const lines = Math.ceil((4.5 * MiB) / Buffer.byteLength(`> ${sentence}\n`))
    for (const prefix of ['', '> ']) {
      // Wrapped text (a line break between sentences, never a blank line), or a quoted thread of mail.
      const body = Array.from({length: lines}, (_, index) => `${prefix}${index % 100_000 === 50_000 ? 'شاركت الأمانـة في المؤتمر.' : sentence}\n`).join('')
      const text = `قال المتحدث:\n${body}`
      const file = lintSync(text, {format: 'markdown', only: ['tatweel'], rules: every})
      const expected = Array.from({length: Math.ceil((lines - 50_000) / 100_000)}, (_, index) => `${2 + 50_000 + index * 100_000}:${prefix.length + 7} tatweel`)
      expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), prefix).toEqual(expected)
      // Cut only between lines of the paragraph, before a line like the others.
      const sections = markdownSections(text, 64 * 1024)
      expect(sections.length).toBeGreaterThan(10)
      for (const section of sections.slice(1)) expect(text.slice(section.start - 1, section.start + prefix.length + 5)).toBe(`\n${prefix}شاركت`)
    }
  }, 120000)

  it('finds in sections cut inside paragraphs and block quotes what the whole file gives, at the same places', () => {
    for (const prefix of ['', '> ']) {
      // Each document one paragraph (or block quote) of lines without a blank line between them.
      const text =
        [...seedTexts, ...clean]
          .map((document) =>
            document
              .split(/\n+/)
              .map((line) => line.trim())
              .filter(Boolean)
              .map((line) => prefix + line)
              .join('\n')
          )
          .join('\n\n') + '\n'
      const whole = local(lint(text, Infinity))
      expect(whole.length).toBeGreaterThan(100)
      for (const size of [300, 1000]) {
        const points = markdownCutPoints(text)
        const starts = new Set(markdownSections(text, size).map((section) => section.start))
        const inside = points.offsets.filter((offset, index) => points.inParagraph![index] && starts.has(offset))
        expect(inside.length, `${prefix} ${size}`).toBeGreaterThan(size === 300 ? 20 : 5)
        expect(local(lint(text, size)), `${prefix} ${size}`).toEqual(whole)
      }
    }
  }, 120000)

  it('never cuts inside a paragraph in a list item, one that a setext underline makes a heading, or before a table header', () => {
    const inParagraph = (text: string) => {
      const points = markdownCutPoints(text)
      return points.offsets.filter((_, index) => points.inParagraph![index]).map((offset) => text.slice(offset, offset + 2))
    }
    expect(inParagraph('أ.\nب\nج.\nد\n')).toEqual(['ب\n', 'ج.', 'د\n'])
    expect(markdownCutPoints('أ.\nب\nج.\nد\n').depths).toEqual([0, 2, 3, 2])
    // In a block quote: before a paragraph that opens after a blank line of the quote, or where the quote
    // opens after a line of text; before a line of a paragraph.
    const quoted = (text: string) => {
      const points = markdownCutPoints(text)
      return points.offsets.map((offset, index) => [text.slice(offset, offset + 3), points.depths![index], points.inParagraph![index]])
    }
    expect(quoted('> أ\n>\n> ب.\n> ج\n')).toEqual([['> أ', 0, false], ['> ب', 2, true], ['> ج', 2, true]])
    expect(quoted('قال:\n> أ.\n> ب\n')).toEqual([['قال', 0, false], ['> أ', 2, true], ['> ب', 2, true]])
    // A list item's lazy lines; a heading underlined after three lines; a header row before a delimiter row.
    expect(inParagraph('- بند\nأ\nب\n')).toEqual([])
    expect(inParagraph('نص\nأ\nب\n===\n')).toEqual([])
    expect(inParagraph('نص\nأ\nب\n---\n')).toEqual([])
    expect(inParagraph('أ\nب\nج\n|---|\n')).toEqual(['ب\n'])
    // Before a line that would open another block, or is indented: none.
    expect(inParagraph('أ\n# ب\n- د\n1. هـ\n    و\n[x]: y\n<p>\n')).toEqual([])
  })
})
