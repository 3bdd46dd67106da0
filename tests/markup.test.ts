import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {lintFile} from '../src/engine/lint-file.ts'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {resolveRuleSettings} from '../src/engine/processor.ts'
import {fixText} from '../src/fix/fix.ts'
import {rules} from '../rules/index.ts'
import {cli, fixture} from './cli-helpers.ts'

const all = resolveRuleSettings(Object.fromEntries(rules.map((r) => [r.id, r.severity === 'off' ? 'warn' : r.severity])))
const tatweelOnly = resolveRuleSettings({tatweel: 'warn'}, ['tatweel'])
const seed = readFileSync(new URL('../seeds/000_ffe6ca2c3771edd8.txt', import.meta.url), 'utf8')

beforeAll(loadMarkup)

function findings(path: string, value: string, rulesSettings = all) {
  return lintFile({path, value, rules: rulesSettings, settings: {}}).messages
}

describe('Markdown', () => {
  it('a Markdown version of seed 000 gives the same prose findings as the text, none in its code block', () => {
    const lines = seed.split('\n')
    const markdown = [lines[0], '', '```text', 'مثال . . في الكود..', '```', '', ...lines.slice(1).flatMap((line) => [line, ''])].join('\n')
    const fromText = findings('seed.txt', seed)
    const fromMarkdown = findings('seed.md', markdown)
    const key = (m: {ruleId?: string | null; reason: string}) => `${m.ruleId} ${m.reason}`
    // Whitespace and final-newline findings depend on the file's own layout.
    const layout = new Set(['whitespace'])
    expect(fromText.length).toBeGreaterThan(0)
    expect(fromMarkdown.filter((m) => !layout.has(m.ruleId!)).map(key).sort()).toEqual(fromText.filter((m) => !layout.has(m.ruleId!)).map(key).sort())
    // Nothing points into the code block (lines 3-5).
    expect(fromMarkdown.filter((m) => m.line! >= 3 && m.line! <= 5)).toEqual([])
  })

  it('points into the original file and lints headings, links text and lists, not code, URLs or markup', () => {
    const md = '# عنوان الأمانـة\n\n- بند الأمانـة\n\nنص `الأمانـة` و[رابط الأمانـة](http://example.com/الأمانـة) و**الأمانـة**.\n'
    const messages = findings('a.md', md, tatweelOnly)
    expect(messages.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(['1:9 الأمانـة', '3:7 الأمانـة', '5:22 الأمانـة', '5:64 الأمانـة'])
    for (const m of messages) {
      const place = m.place as {start: {offset: number}; end: {offset: number}}
      expect(md.slice(place.start.offset, place.end.offset)).toBe(m.actual)
    }
  })

  it('applies fixes to the original file', () => {
    const md = '## الأمانـة العامة\n\n> اقتباس خــلال الفترة\n\n```\nالأمانـة\n```\n'
    const lint = (text: string) => findings('a.md', text, tatweelOnly)
    expect(fixText(md, lint).text).toBe('## الأمانة العامة\n\n> اقتباس خلال الفترة\n\n```\nالأمانـة\n```\n')
  })

  it('obeys translint-disable, translint-enable and translint-ignore-next comments', () => {
    const md = [
      'الأمانـة أولا.',
      '',
      '<!-- translint-disable tatweel -->',
      '',
      'الأمانـة معطلة.',
      '',
      '<!-- translint-enable tatweel -->',
      '',
      'الأمانـة ثانيا.',
      '',
      '<!-- translint-ignore-next -->',
      'الأمانـة متجاهلة.',
      '',
      'الأمانـة أخيرا.'
    ].join('\n')
    expect(findings('a.md', md, tatweelOnly).map((m) => m.line)).toEqual([1, 9, 14])
  })

  it('reports unused disable comments with --report-unused-disable-directives', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({rules: {tatweel: 'warn'}}),
      'a.md': '<!-- translint-disable stray-period -->\n\nنص سليم.\n\n<!-- translint-ignore-next -->\nالأمانـة.\n'
    })
    const {stdout} = await cli(['--format', 'json', '--report-unused-disable-directives', 'a.md'], {cwd: dir})
    const unused = JSON.parse(stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'unused-directive')
    expect(unused.map((m: {line: number; reason: string}) => `${m.line} ${m.reason}`)).toEqual(['1 Unused `translint-disable` directive, expected a finding to silence'])
  })
})

describe('Markdown positions and syntax', () => {
  it('places findings after a continuation line of a block quote or list item, and after an escape', () => {
    const md = '> نص أول في سطر\n> ثم الأمانـة في سطر ثان.\n\n- بند أول\n  ثم الأمانـة هنا.\n\nنص فيه \\* نجمة ثم الأمانـة.\n'
    const messages = findings('a.md', md, tatweelOnly)
    expect(messages.map((m) => m.line)).toEqual([2, 5, 7])
    for (const m of messages) {
      const place = m.place as {start: {offset: number}; end: {offset: number}}
      expect(md.slice(place.start.offset, place.end.offset)).toBe('الأمانـة')
    }
    expect(fixText(md, (text) => findings('a.md', text, tatweelOnly)).text).toBe(md.replaceAll('الأمانـة', 'الأمانة'))
  })

  it('does not read the indentation of a continuation line as prose', () => {
    const md = '- بند أول في سطر\n  ثم سطر ثان.\n'
    expect(findings('a.md', md).filter((m) => m.ruleId === 'whitespace')).toEqual([])
  })

  it('reads a table as a table (GitHub-flavoured Markdown): its padding is not prose', () => {
    const md = '| أ | ب |\n|---|---|\n| نص |  |\n'
    expect(findings('a.md', md).filter((m) => m.ruleId === 'whitespace')).toEqual([])
  })

  it('reads inline code after a word as more of the paragraph (not a word cut off)', () => {
    expect(findings('a.md', '- يستثنى ما بعد و أو ف (`وان`, `فان`);\n').filter((m) => m.ruleId === 'truncated-sentence')).toEqual([])
  })

  it('places findings in emphasis, links, inline HTML, footnotes and task items, and skips struck-out text', () => {
    const md =
      '# عنوان الأمانـة #\n\nنص *مائل الأمانـة* و**عريض** ثم [رابط الأمانـة](https://x.org) ثم الأمانـة.  \nسطر بعد كسر الأمانـة.\n\n' +
      'نص مع <span>وسم الأمانـة</span> ثم الأمانـة.\n\nنص مع حاشية[^1] ثم الأمانـة.\n\n[^1]: حاشية الأمانـة.\n\n~~محذوف الأمانـة~~ ثم الأمانـة.\n\n- [ ] مهمة الأمانـة\n'
    const messages = findings('a.md', md, tatweelOnly)
    const struck = md.indexOf('محذوف الأمانـة') + 'محذوف '.length
    const all = [...md.matchAll(/الأمانـة/g)].map((m) => m.index).filter((at) => at !== struck)
    expect(messages.map((m) => (m.place as {start: {offset: number}}).start.offset)).toEqual(all)
  })

  it('does not pair a bracket of the prose with one inside inline code', () => {
    const md = 'الرموز (مثل `د)` و`هـ -`) مقبولة.\n'
    expect(findings('a.md', md).filter((m) => m.ruleId === 'bracket-balance')).toEqual([])
  })
})

describe('HTML', () => {
  it('lints the text of elements, not code, comments or attributes, with positions in the original file', () => {
    const html = '<h1 title="الأمانـة">عنوان الأمانـة</h1>\n<p>فقرة <b>الأمانـة</b> <code>الأمانـة</code></p>\n<pre>الأمانـة</pre>\n'
    const messages = findings('a.html', html, tatweelOnly)
    expect(messages.map((m) => `${m.line}:${m.column} ${m.actual}`)).toEqual(['1:28 الأمانـة', '2:12 الأمانـة'])
  })

  it('obeys comments and applies fixes in place', () => {
    const html = '<p>الأمانـة</p>\n<!-- translint-disable tatweel -->\n<p>الأمانـة</p>\n'
    const lint = (text: string) => findings('a.html', text, tatweelOnly)
    expect(lint(html).map((m) => m.line)).toEqual([1])
    expect(fixText(html, lint).text).toBe('<p>الأمانة</p>\n<!-- translint-disable tatweel -->\n<p>الأمانـة</p>\n')
  })

  it('places findings after character references at their place in the source, and fixes them there', () => {
    const html = '<p>قال &quot;نعم&quot; و&amp; ب الأمانـة</p>\r\n<p>سطر\r\nثان الأمانـة</p>\n'
    const messages = findings('a.html', html, tatweelOnly)
    for (const m of messages) {
      const place = m.place as {start: {offset: number}; end: {offset: number}}
      expect(html.slice(place.start.offset, place.end.offset)).toBe('الأمانـة')
    }
    expect(messages.map((m) => `${m.line}:${m.column}`)).toEqual(['1:33', '3:5'])
    expect(fixText(html, (text) => findings('a.html', text, tatweelOnly)).text).toBe(html.replaceAll('الأمانـة', 'الأمانة'))
  })

  it('reads the prose a reopened `<code>` spans as prose, and the code in it as code', () => {
    // The parser reopens the `<code>` left open in the first paragraph inside the second, and gives that copy
    // the position of the original tag: the copy spans the table cell between them. The cell is prose: its
    // word is reported as written (a wrong hamza), not as the mask of code.
    const html = '<p><code><table><td>انه</table><p>وتأهيل منتسبي الشرطة ( الأمانـة.</p>\n'
    const messages = findings('a.html', html)
    const hamza = messages.filter((m) => m.ruleId === 'hamza')
    expect(hamza.map((m) => `${m.column} ${m.actual}`)).toEqual([`${html.indexOf('انه') + 1} انه`])
    expect(messages.map((m) => m.actual ?? '').join('')).not.toContain('\uE000')
    // The second paragraph, inside the copy, is code: neither its tatweel nor its lone bracket is reported.
    expect(messages.filter((m) => (m.column ?? 0) > html.indexOf('</table>'))).toEqual([])
  })

  it('never reports or fixes inside a character reference, nor reports one as an artefact', () => {
    // الأمانـة spelled with numeric references: the word is read, but its source is not its text.
    const html = '<p>&#1575;&#1604;&#1571;&#1605;&#1575;&#1606;&#1600;&#1577; نص&nbsp;ثان الأمانـة</p>\n'
    const messages = findings('a.html', html)
    expect(messages.map((m) => [m.ruleId, m.actual])).toEqual([['tatweel', 'الأمانـة']])
    expect(messages[0]!.column).toBe(html.lastIndexOf('الأمانـة') + 1)
  })
})
