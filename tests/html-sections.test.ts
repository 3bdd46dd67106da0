// A long HTML file is linted in sections cut between block-level elements
// (src/engine/html-sections.ts): the rules that look only near a finding must
// find what they find in the whole file, at the same places; no cut may fall
// inside <pre>, <script>, <style>, <textarea>, <code>, a comment, inline
// markup or text; comments that turn rules off reach past a cut.
import '../src/builtin.ts' // the built-in rules, handed to the engine
import '../src/index.ts' // loads HTML support
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {clean, describeMessage, DOCUMENT_WIDE, every, expectPlacedInFile, expectPositionsInBoundsOnRandomMixes, seedTexts} from './section-helpers.ts'
import {lintSync, processorFor} from '../src/engine/processor.ts'
import {htmlCutPoints, htmlSections, lintHtmlInSections} from '../src/engine/html-sections.ts'
import {lintMarkupSections} from '../src/engine/markup-sections.ts'
import {CODE_MASK} from '../src/engine/format.ts'


const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/**
 * A plain text as an HTML article: its lines as paragraphs (some left
 * unclosed, as HTML allows), with headings, lists, tables, <pre>, <script>,
 * <code>, comments and nested <div>s between them.
 */
function asHtml(text: string, index: number): string {
  const paragraphs = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(escape)
  const blocks: string[] = [`<section id="s${index}">`, `<h2>عنوان ${index}</h2>`]
  paragraphs.forEach((paragraph, at) => {
    blocks.push(at % 5 === 2 ? `<p>${paragraph}` : `<p class="x">${paragraph}</p>`)
    if (at % 9 === 1) blocks.push('<pre>\nرمز  ,  غير مفحوص\n\n<p>ليس فقرة</p>\nx = "("\n</pre>')
    if (at % 9 === 2) blocks.push(`<ul>\n  <li>${paragraph.slice(0, 60)}\n  <li>بند ثان ،كما هو.</li>\n  <li><p>بند ثالث.</p>\n  <p>تتمته.</p></li>\n</ul>`)
    if (at % 9 === 3) blocks.push('<table>\n<tr><th>العمود</th><th>القيمة</th></tr>\n<tr><td>واحد ،</td><td>اثنان</td></tr>\n<tr>\n<td>ثلاثة</td>\n</tr>\n</table>')
    if (at % 9 === 4) blocks.push('<script>\nif (a < b) {\n\n<p>x</p>\n}\n</script>')
    if (at % 9 === 5) blocks.push(`<div class="box">\n<div>\n<p>${paragraph.slice(0, 80)}</p>\n<p><code>\nكود  ،  مزاح\n\n</code></p>\n</div>\n</div>`)
    if (at % 9 === 6) blocks.push('<!--\nتعليق ، فيه\n\n<p>ليس فقرة</p>\n-->')
    if (at % 9 === 7) blocks.push('<blockquote>\n<p>اقتباس «كما هو» .</p>\n<p><b>نص\n<i>مائل</i></b> بعده.</p>\n</blockquote>')
    if (at % 9 === 8) blocks.push('<textarea>\nنص ، محفوظ\n\n<p>ليس فقرة</p>\n</textarea>')
  })
  blocks.push('</section>')
  return blocks.join('\n') + '\n'
}

const html =
  '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<title>وثائق</title>\n<style>\np { color: red }\n</style>\n</head>\n<body>\n<article>\n' +
  [...seedTexts, ...clean].map(asHtml).join('\n') +
  '</article>\n</body>\n</html>\n'

function lint(text: string, size: number, only?: string[]): VFileMessage[] {
  const file = new VFile({value: text})
  lintHtmlInSections(processorFor({rules: every, format: 'html', only}).processor, file, text, size)
  return file.messages
}

/** `text` linted in sections cut within lines too, as a page on one line is. */
function lintWithinLines(text: string, size: number): VFileMessage[] {
  const file = new VFile({value: text})
  lintMarkupSections(processorFor({rules: every, format: 'html'}).processor, file, text, htmlSections(text, size, true), () => {
    throw new Error('no stretch is too large here')
  })
  return file.messages
}

const local = (messages: VFileMessage[]) => messages.filter((m) => !DOCUMENT_WIDE.has(m.ruleId!)).map(describeMessage).sort()

/** The elements named `name` in `text` (as written), as [start, end) of the element. */
function spans(text: string, name: string): [number, number][] {
  const found: [number, number][] = []
  const open = new RegExp(`<${name}[\\s>]`, 'g')
  for (let match = open.exec(text); match; match = open.exec(text)) {
    const end = text.indexOf(`</${name}>`, match.index)
    found.push([match.index, end + name.length + 3])
  }
  return found
}

describe('sections of a long HTML file', () => {
  it('cut only at a line that starts with a block-level element or a comment, never inside <pre>, <script>, <textarea>, <code>, a comment or a paragraph', () => {
    const all = htmlSections(html, 1500)
    expect(all.length).toBeGreaterThan(10)
    expect(all[0]!.start).toBe(0)
    expect(all.at(-1)!.end).toBe(html.length)
    const place = location(html)
    const closed = ['pre', 'script', 'textarea', 'code', 'style', 'title', 'blockquote'].flatMap((name) => spans(html, name))
    const comments = [...html.matchAll(/<!--[\s\S]*?-->/g)].map((match) => [match.index, match.index + match[0].length] as [number, number])
    for (let index = 1; index < all.length; index++) {
      const {start, from, to, line, lead} = all[index]!
      expect(start).toBe(all[index - 1]!.end)
      expect(html[start - 1]).toBe('\n')
      expect(html.slice(start)).toMatch(/^\s*<(?:!--|h2|p|ul|li|table|tr|div|section|pre|blockquote)[\s>]/)
      for (const [begin, end] of [...closed, ...comments]) expect(start <= begin || start >= end, html.slice(begin, end)).toBe(true)
      // Never inside a paragraph: what precedes the cut on its line is white space, and the last <p> before it is closed or followed by a block.
      expect(from).toBeLessThanOrEqual(start)
      expect(to).toBeGreaterThanOrEqual(all[index]!.end)
      expect(place.toPoint(from)).toEqual({line, column: 1, offset: from})
      // The elements open around the part: at least the <article> (and <html>, <body>).
      expect(lead).toMatch(/^<html lang="ar" dir="rtl"><body><article>/)
    }
    // Cuts between the children of <article> are preferred to cuts inside a list, a table or a <div>.
    const depths = all.slice(1).map((section) => section.lead!.match(/</g)!.length)
    expect(depths.filter((depth) => depth === 4).length).toBeGreaterThan(depths.length / 2)
  })

  it('finds what the whole file gives for the rules that look near a finding, at the same places', () => {
    const whole = local(lint(html, Infinity))
    expect(whole.length).toBeGreaterThan(100)
    expect(local(lint(html, 3000))).toEqual(whole)
    expect(local(lint(html, 300))).toEqual(whole)
    // And as lintSync gives it for the whole file.
    expect(local(lintSync(html, {rules: every, format: 'html', maxFindingsPerRule: Infinity, everyVoice: true}).messages)).toEqual(whole)
  }, 180000)

  it('places every finding in the file: line, column and offset agree, none is kept twice', () => {
    for (const size of [500, 3000]) {
      const cut = lint(html, size)
      expect(cut.length).toBeGreaterThan(100)
      expectPlacedInFile(html, cut)
    }
  }, 180000)

  it('with CRLF line ends, places findings as in the whole file', () => {
    const crlf = html.replace(/\n/g, '\r\n')
    const whole = local(lint(crlf, Infinity))
    expect(whole.length).toBeGreaterThan(100)
    expect(local(lint(crlf, 2000))).toEqual(whole)
  }, 180000)

  it('never cuts in inline markup, text, SVG, or after a paragraph left open before a non-block', () => {
    const paragraph = '<p>فقرة من نص عادي.</p>'
    const cases = [
      '<p>نص\n<b>عريض</b>\nبعده</p>',
      // Formatting elements the parser opens again after a block, up to their end tag.
      '<p>نص <code>رمز\n<p>بعده رمز أيضًا</p>\n<div>وهذا</div></code>',
      '<p>نص <b>عريض\n</p>\n<p>بعده عريض أيضًا</p></b>',
      '<span>\n<p>داخل عنصر سطري</p>\n</span>',
      '<svg>\n<![CDATA[\n<p>x</p>\n]]>\n<text>نص</text>\n</svg>',
      '<math>\n<mi>x</mi>\n</math>',
      '<p>مفتوحة\n<img src="x">\n<span>سطري</span>',
      '<pre>\n<p>x</p>\n\n<div>y</div>\n</pre>',
      '<listing>\n<p>x</p>\n</listing>',
      '<xmp>\n<p>x</p>\n</xmp>',
      '<div>نص قبل\n<p>x</p>\n</div>'
    ]
    for (const block of cases) {
      const text = `${paragraph}\n${block}\n${paragraph}\n`
      const cuts = htmlCutPoints(text).offsets
      const at = paragraph.length + 1
      const inside = cuts.filter((offset) => offset > at && offset < at + block.length)
      expect(inside, block).toEqual([])
      expect(cuts.at(-1), block).toBe(text.length - paragraph.length - 1)
    }
    // Between items of a list and rows of a table, with the list or table as the lead.
    const list = '<ul>\n<li>أ\n<li>ب</li>\n<li>ج\n</ul>\n'
    const points = htmlCutPoints(list)
    expect(points.offsets).toEqual([0, list.indexOf('<li>'), list.indexOf('<li>ب'), list.indexOf('<li>ج')])
    expect(points.leads).toEqual(['', '<ul>\n', '<ul>\n', '<ul>\n'])
    // A <head> left open is closed by the first element that cannot stand in it.
    const page = '<html><head><title>ع</title>\n<meta charset="utf-8">\n<p>أ</p>\n<p>ب</p>\n'
    expect(htmlCutPoints(page).offsets).toEqual([0, page.indexOf('<p>'), page.lastIndexOf('<p>')])
    expect(htmlCutPoints(page).leads).toEqual(['', '<html>\n', '<html>\n'])
  })

  it('carries translint-disable and -enable comments past a cut', () => {
    const bad = '<p>شاركت الأمانـة في المؤتمر.</p>'
    const filler = Array.from({length: 60}, (_, index) => `<p>فقرة رقم ${index} من نص طويل.</p>`).join('\n')
    const text =
      '<body>\n<div>\n' +
      [`<!-- translint-disable tatweel -->`, filler, bad, filler, '<!-- translint-enable tatweel -->', filler, bad, '<!-- translint-disable -->', filler, bad, filler].join('\n') +
      '\n</div>\n</body>\n'
    expect(htmlSections(text, 500).length).toBeGreaterThan(6)
    const found = (size: number) => lint(text, size, ['tatweel']).map((m) => `${m.line}:${m.column} ${m.ruleId}`)
    const whole = found(Infinity)
    expect(whole).toEqual([`${text.slice(0, text.indexOf(bad, text.indexOf('translint-enable'))).split('\n').length}:10 tatweel`])
    expect(found(500)).toEqual(whole)
  })

  it('finds what the whole file gives on random, misnested markup: unclosed and misnested inline elements, blocks inside them, on lines or on one line (fuzz)', () => {
    const sentences = seedTexts.flatMap((text) => text.split(/\n+/)).map((line) => escape(line.trim())).filter(Boolean)
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!
    const s = () => pick(sentences)
    const pieces = [
      () => `<p>${s()}</p>`, () => `<p>${s()}`, () => `<h3>${s().slice(0, 40)}</h3>`,
      () => `<ul>\n<li>${s()}\n<li>${s()}</li>\n</ul>`, () => `<ol>\n  <li><p>${s()}</p>\n  <p>${s()}</p></li>\n  <li>${s()}\n</ol>`,
      () => `<table>\n<tr><td>${s().slice(0, 50)}<td>${s().slice(0, 30)}\n<tr>\n<td>${s()}</td>\n</table>`,
      () => '<div>', () => '</div>', () => `<section>\n<p>${s()}</p>`, () => '</section>',
      () => `<p>${s().slice(0, 30)} <b>${s().slice(0, 30)}`, () => '</b>', () => `<p><code>${s().slice(0, 30)}`, () => '</code>',
      () => `<!-- ${s().slice(0, 20)} -->`, () => `<pre>\n${s()}\n\n<p>x</p>\n</pre>`, () => '<script>\nif (a < b) {}\n</script>',
      () => `<blockquote>\n<p>${s()}</p>\n</blockquote>`, () => `<dl>\n<dt>${s().slice(0, 20)}\n<dd>${s()}\n</dl>`, () => `<span>${s().slice(0, 30)}`, () => '</span>',
      () => s().slice(0, 60), () => `<del>\n<p>${s()}</p>\n</del>`, () => `<a href="#">${s().slice(0, 30)}`, () => '</a>'
    ]
    // Whether a paragraph is the document's last is judged within a section and its context, which may end
    // at the section where no cut point lies near: truncated-sentence's findings there are left out.
    const near = (messages: VFileMessage[]) => local(messages.filter((m) => m.ruleId !== 'truncated-sentence'))
    let cuts = 0
    for (let round = 0; round < 30; round++) {
      const text = '<html><body>\n' + Array.from({length: 120}, () => pick(pieces)()).join('\n') + '\n</body></html>\n'
      cuts += htmlSections(text, 200).length - 1
      expect(near(lint(text, 200)), `round ${round}`).toEqual(near(lint(text, Infinity)))
      // The same page on one line, but for <pre>, <script> and comments: cut within lines.
      const minified = text.replace(/\n(?=<)/g, '')
      const within = lintWithinLines(minified, 200)
      expect(near(within), `round ${round}, minified`).toEqual(near(lint(minified, Infinity)))
      // Every finding's text is at its place in the file, the text of a table cell a reopened `<code>` spans as well.
      expectPlacedInFile(minified, within)
      expect(within.filter((message) => message.actual?.includes(CODE_MASK)), `round ${round}, minified`).toEqual([])
    }
    expect(cuts).toBeGreaterThan(100)
  }, 300000)

  it('keeps positions within the file for any mix of markup (fuzz)', () => {
    const pieces = ['<p>نص ، فيه خطأ.', '</p>', '<div>', '</div>', '<pre>', '</pre>', '<!--', '-->', '<ul>', '<li>بند', '</ul>', '<table>', '<tr><td>خلية', '</table>', '<script>', '</script>', '<b>', '</b>', '<svg>', '</svg>', '', '\r', 'الأمانـة  هنا', '<textarea>', '</textarea>', '&amp;', '<', '<![CDATA[', ']]>']
    expectPositionsInBoundsOnRandomMixes(pieces, htmlSections, (text, size) => lint(text, size))
  }, 120000)

  it('a page on one line (minified) is cut within lines, and finds what the whole page gives, at the same lines and columns', () => {
    // The same page with the line breaks before tags taken out: a few lines (in <pre>, <script>, comments), most of them megabytes long.
    const minified = html.replace(/\n(?=<)/g, '')
    expect(minified.split('\n').length).toBeLessThan(html.split('\n').length / 3)
    const byLines = htmlSections(minified, 1500, false)
    const within = htmlSections(minified, 1500, true)
    expect(htmlCutPoints(minified, true).offsets.length).toBeGreaterThan(htmlCutPoints(minified).offsets.length * 5)
    expect(within.length).toBeGreaterThan(byLines.length)
    expect(within.filter((section) => section.column !== undefined).length).toBeGreaterThan(within.length / 2)
    const place = location(minified)
    for (const section of within) {
      const {line, column} = place.toPoint(section.from)!
      expect([line, column]).toEqual([section.line, section.column ?? 1])
    }
    const whole = local(lint(minified, Infinity))
    expect(whole.length).toBeGreaterThan(100)
    for (const size of [300, 3000]) {
      const cut = lintWithinLines(minified, size)
      expect(local(cut)).toEqual(whole)
      expectPlacedInFile(minified, cut)
    }
  }, 180000)

  it('cut within the text of long paragraphs and <pre>, finds what the whole page gives, at the same places', () => {
    // Every two documents one paragraph (their lines joined), or a <pre> of their lines, in a <div>.
    const documents = [...seedTexts, ...clean]
    const page =
      Array.from({length: Math.ceil(documents.length / 2)}, (_, index) => documents.slice(2 * index, 2 * index + 2).join('\n'))
        .map((document, index) => {
          const lines = document
            .split(/\n+/)
            .map((line) => line.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;'))
            .filter(Boolean)
          return index % 5 === 4 ? `<pre>\n${lines.join('\n')}\u202e\n</pre>` : `<div><p>${lines.join(' ')}</p></div>`
        })
        .join('\n') + '\n'
    const whole = local(lint(page, Infinity))
    expect(whole.length).toBeGreaterThan(100)
    const points = htmlCutPoints(page, true)
    for (const size of [700, 1000]) {
      const sections = htmlSections(page, size, true)
      const starts = new Set(sections.map((section) => section.start))
      const inText = points.offsets.filter((offset, index) => points.inParagraph![index] && starts.has(offset))
      expect(inText.length, String(size)).toBeGreaterThan(3)
      expect(local(lintWithinLines(page, size)), String(size)).toEqual(whole)
    }
  }, 120000)

  it('over 4 MiB on one line, a page is cut within the line, and within the text of a paragraph; inline markup over 4 MiB is not linted, with one message at its column', () => {
    const MiB = 1024 * 1024
    const page = '<p>شاركت الأمانة في المؤتمر.</p>'.repeat(Math.ceil((4 * MiB) / 50) + 10) + '<p>شاركت الأمانـة في المؤتمر.</p>'
    const big = lintSync(page, {format: 'html', only: ['tatweel'], rules: every})
    expect(big.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`1:${page.lastIndexOf('الأمانـة') + 1} tatweel`])
    const lead = '<p>شاركت الأمانـة في المؤتمر.</p>'
    // One paragraph of 7.5 MiB: cut within its text, every finding at its column.
    const half = 'نص. '.repeat(0.6 * MiB)
    const paragraph = `${lead}<p>${half}شاركت الأمانـة ${half}</p>${lead}`
    const cut = lintSync(paragraph, {format: 'html', only: ['tatweel'], rules: every})
    expect(cut.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(
      [10, paragraph.indexOf('الأمانـة', lead.length) + 1, paragraph.lastIndexOf('الأمانـة') + 1].map((column) => `1:${column} tatweel`)
    )
    const text = `${lead}<p><b>${'نص '.repeat(1.5 * MiB)}</b></p>${lead}`
    const file = lintSync(text, {format: 'html', only: ['tatweel'], rules: every})
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '1:10 tatweel Unexpected tatweel in `الأمانـة`, expected `الأمانة`',
      `1:${lead.length + 1} undefined Unexpected HTML of 7.5 MiB with no place between two elements to cut it at, expected at most 4 MiB: not linted`,
      `1:${text.lastIndexOf('الأمانـة') + 1} tatweel Unexpected tatweel in \`الأمانـة\`, expected \`الأمانة\``
    ])
  }, 120000)

  it('over 4 MiB, a file is linted in sections; a stretch with no cut point over 4 MiB is not linted, with one message; the rest is', () => {
    const MiB = 1024 * 1024
    const paragraphs = '<p>شاركت الأمانة في المؤتمر.</p>\n'.repeat(Math.ceil((4 * MiB) / 50) + 10) + '<p>شاركت الأمانـة في المؤتمر.</p>\n'
    const big = lintSync(paragraphs, {format: 'html', only: ['tatweel'], rules: every})
    expect(big.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([`${paragraphs.split('\n').length - 1}:10 tatweel`])
    // A <pre> of 4.2 MiB is cut within its text (a bidirectional control in it reported at its place); a <textarea>, read as raw text, is not.
    const code = '<pre>\n' + 'x\n'.repeat(1.05 * MiB) + '\u202e\n' + 'x\n'.repeat(1.05 * MiB) + '</pre>'
    const withCode = `<p>شاركت الأمانـة في المؤتمر.</p>\n${code}\n<p>شاركت الأمانـة في المؤتمر.</p>\n`
    const cut = lintSync(withCode, {format: 'html', only: ['tatweel', 'invisible-characters'], rules: every})
    expect(cut.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '1:10 tatweel',
      `${withCode.slice(0, withCode.indexOf('\u202e')).split('\n').length}:1 invisible-characters`,
      `${withCode.split('\n').length - 1}:10 tatweel`
    ])
    const raw = '<div><textarea>\n' + 'x\n'.repeat(2.1 * MiB) + '</textarea></div>'
    const text = `<p>شاركت الأمانـة في المؤتمر.</p>\n${raw}\n<p>شاركت الأمانـة في المؤتمر.</p>\n`
    const file = lintSync(text, {format: 'html', only: ['tatweel'], rules: every})
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)).toEqual([
      '1:10 tatweel Unexpected tatweel in `الأمانـة`, expected `الأمانة`',
      '2:1 undefined Unexpected HTML of 4.2 MiB with no place between two elements to cut it at, expected at most 4 MiB: not linted',
      `${text.split('\n').length - 1}:10 tatweel Unexpected tatweel in \`الأمانـة\`, expected \`الأمانة\``
    ])
  }, 120000)
})
