// The hostile inputs of the issue on hostile input, one test each, named after
// what it guards (the language server's are in lsp-hardening.test.ts, the
// scaling of every rule in linear-time.test.ts).
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {toNlcst} from 'mdast-util-to-nlcst'
import {fromHtml} from 'hast-util-from-html'
import {toNlcst as hastToNlcst} from 'hast-util-to-nlcst'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Node as NlcstNode} from 'unist'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {lintSync} from '../src/engine/processor.ts'
import {loadMarkup} from '../src/engine/markup-registry.ts'
import {reporters} from '../src/reporters/index.ts'
import {escapeForTerminal} from '../src/reporters/escape.ts'
import {findLinkSpans} from '../src/language/scripts.ts'
import {crowdedParagraph} from '../src/engine/crowded-markdown.ts'
import {splitLargeNodes} from '../src/engine/split-large-nodes.ts'
import {ParseArabicBlocks} from '../src/parser/parse-arabic.ts'
import {isFix} from '../src/fix/apply.ts'
import {cli, fixture} from './cli-helpers.ts'
import {lintLines} from './helpers.ts'

beforeAll(loadMarkup)

const root = new URL('..', import.meta.url).pathname

describe('5. the e-mail pattern of mixed-script', () => {
  it('finds addresses as before', () => {
    const text = 'راسلوا info@example.org أو a.b@un.int، وليس @UN_News ولا x@y'
    const spans = findLinkSpans(text).map((s) => text.slice(s.start, s.end))
    expect(spans).toEqual(['info@example.org', 'a.b@un.int', '@UN_News'])
  })

  it('a line with `@`, a Latin letter and 64,000 Arabic letters is linted at once', () => {
    const text = 'x @ ' + 'ب'.repeat(64000)
    const started = performance.now()
    lintSync(text, {only: ['mixed-script']})
    // It took 71 s; linear, a few tens of milliseconds (generous for a loaded machine).
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe('6. Markdown and HTML whose parse has nodes without positions', () => {
  it('`<code><h1></code> ` lints cleanly: no rule throws, every message has a position', () => {
    for (const format of ['html', 'markdown'] as const) {
      const file = lintSync('<code><h1></code> ', {format})
      expect(file.messages.filter((m) => m.cause !== undefined)).toEqual([])
      for (const message of file.messages) expect(message.place && 'start' in message.place).toBe(true)
    }
    expect(lintSync('<code><h1></code> ', {format: 'html'}).messages.map((m) => m.ruleId)).toEqual(['whitespace'])
  })

  it('an empty HTML file, `<html></html>` and markup the parser drops lint to nothing', () => {
    for (const text of ['', '<html></html>', '<html><head></head><body></body></html>', '<!---->', '</p>']) {
      expect(lintSync(text, {format: 'html'}).messages).toEqual([])
    }
    expect(lintSync('', {format: 'markdown'}).messages).toEqual([])
  })

  it('markup nested thousands of levels deep is read (or said to be unreadable), never a stack overflow', () => {
    const deepQuote = lintSync('>'.repeat(5000) + ' شاركت الأمانـة.', {format: 'markdown'})
    expect(deepQuote.messages.filter((m) => m.cause !== undefined)).toEqual([])
    const deepHtml = lintSync('<div>'.repeat(10000) + 'شاركت الأمانـة.', {format: 'html'})
    expect(deepHtml.messages.map((m) => m.reason)).toEqual(['Unexpected markup nested too deeply to be read, expected at most 256 levels: not linted'])
  })

  it('a line of 200,000 brackets does not overflow the stack in the pairing', () => {
    const dir = fixture({'brackets.txt': '('.repeat(200000)})
    // In a process of its own: a test worker's stack is larger than the command line's.
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/run.ts'), '--format', 'json', '--rule', 'bracket-balance:warn', join(dir, 'brackets.txt')], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 30})
    expect(run.stderr).toBe('')
    const [file] = JSON.parse(run.stdout) as {messages: {ruleId: string; hidden?: number}[]}[]
    // Every bracket found: 1,000 listed, the rest counted (findings-limit.ts).
    expect(file!.messages.reduce((sum, m) => sum + (m.hidden ?? 1), 0)).toBeGreaterThan(100000)
  }, 120000)
})

describe('Markdown that micromark parses in quadratic time', () => {
  it('a paragraph of more than 10,000 unclosed emphasis or link marks is refused with a warning, not parsed for minutes', () => {
    for (const text of ['*_'.repeat(100000), '['.repeat(100000) + ']'.repeat(50000), '[a]('.repeat(50000), 'كلمة\n' + '*_*_ '.repeat(3000) + '\n' + '*_*_ '.repeat(3000)]) {
      const started = performance.now()
      const file = lintSync(text, {format: 'markdown'})
      // Each took from half a minute to several minutes (quadratic); refused, a few milliseconds.
      expect(performance.now() - started).toBeLessThan(5000)
      expect(file.messages.map((m) => m.reason)).toEqual(['Unexpected more than 10000 emphasis or link marks (`* _ ~ [ ]`) in one paragraph, expected fewer: not linted'])
      expect(file.messages[0]!.place && 'start' in file.messages[0]!.place ? file.messages[0]!.place.start.line : 0).toBe(1)
    }
  })

  it('paragraphs, list items and code blocks are counted apart: a long document with marks is linted', () => {
    expect(crowdedParagraph('كلمة *مهمة* و[رابط](http://x.org)\n\n'.repeat(3000))).toBeUndefined()
    expect(crowdedParagraph('- كلمة *مهمة* و[رابط](http://x.org)\n'.repeat(3000))).toBeUndefined()
    expect(crowdedParagraph('# عنوان_ما [x]\n'.repeat(4000))).toBeUndefined()
    expect(crowdedParagraph('```\n' + 'a_b[c] * d_e\n'.repeat(3000) + '```\nنص')).toBeUndefined()
    // Lines that only look like list items (`*_`, `-x`) continue the paragraph.
    expect(crowdedParagraph('*_*_*_\n'.repeat(2000))).toEqual({start: 0, end: 11668})
    expect(lintSync('شاركت الأمانـة *في* [المؤتمر](http://x.org).\n\n'.repeat(3000), {format: 'markdown', only: ['tatweel'], maxFindingsPerRule: Infinity}).messages.length).toBe(3000)
  })
})

describe('crashes found on the way', () => {
  it('a word list of 200,000 words loads (it overflowed the stack)', async () => {
    const words = Array.from({length: 200000}, (_, i) => `كلمة${i}`).join('\n')
    const dir = fixture({'.linterrc.json': JSON.stringify({words: ['words.txt']}), 'words.txt': words, 'doc.txt': 'شاركت الأمانـة.\n'})
    // In a process of its own: a test worker's stack is larger than the command line's.
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/run.ts'), '--rule', 'tatweel:warn', join(dir, 'doc.txt')], {cwd: root, encoding: 'utf8'})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('tatweel')
  })

  it('a run of 100,000 tokens joined by `@`, `.` or `/` is linted, not a stack overflow in the parse (it is no word)', () => {
    const dir = fixture({'at.txt': 'a@'.repeat(100000), 'url.txt': 'https://' + 'a.'.repeat(100000), 'slash.txt': '1/'.repeat(100000), 'mixed.txt': 'x@ب'.repeat(100000)})
    const names = ['at.txt', 'url.txt', 'slash.txt', 'mixed.txt']
    // In a process of its own: a test worker's stack is larger than the command line's.
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/run.ts'), '--format', 'json', '--rule', 'tatweel:warn', ...names.map((n) => join(dir, n))], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 30})
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(4)
  }, 120000)
})

describe('10. control characters and bidi controls', () => {
  it('C0 and C1 controls in text are reported by invisible-characters, their removal only offered', () => {
    expect(lintLines('invisible-characters', 'وصل\u0007 الوفد\u001B[2J إلى\u0085 العاصمة\u0000.\n')).toEqual([
      '1:4-1:5: Unexpected control character `U+0007 BELL`, expected none',
      '1:11-1:12: Unexpected control character `U+001B ESCAPE`, expected none',
      '1:19-1:20: Unexpected control character `U+0085 NEXT LINE`, expected none',
      '1:28-1:29: Unexpected control character `U+0000 NULL`, expected none'
    ])
    const messages = lintSync('وصل\u0007 الوفد.\n', {only: ['invisible-characters']}).messages
    expect(messages.map((m) => [m.fatal, m.expected, isFix(m)])).toEqual([[true, [''], false]])
    // Tab, line feed and carriage return are text.
    expect(lintLines('invisible-characters', 'وصل\tالوفد\r\nإلى العاصمة.\n')).toEqual([])
  })

  it('Trojan-Source controls inside Markdown and HTML code are reported too', () => {
    const markdown = 'قال `if (a) {\u202E } \u2066` ثم\n\n```\nx = 1 \u202D y\n```\n'
    const md = lintSync(markdown, {format: 'markdown', only: ['invisible-characters']})
    expect(md.messages.map((m) => `${m.line}:${m.column} ${m.reason}`)).toEqual([
      '1:14 Unexpected invisible `U+202E RIGHT-TO-LEFT OVERRIDE`, expected none',
      '1:18 Unexpected invisible `U+2066 LEFT-TO-RIGHT ISOLATE`, expected none',
      '4:7 Unexpected invisible `U+202D LEFT-TO-RIGHT OVERRIDE`, expected none'
    ])
    const html = '<p>قال <code>a\u202Eb</code> ثم</p><pre>\u2067x</pre><p title="\u202B">نص</p>'
    const found = lintSync(html, {format: 'html', only: ['invisible-characters']})
    expect(found.messages.map((m) => m.reason)).toEqual([
      'Unexpected invisible `U+202E RIGHT-TO-LEFT OVERRIDE`, expected none',
      'Unexpected invisible `U+2067 RIGHT-TO-LEFT ISOLATE`, expected none',
      'Unexpected invisible `U+202B RIGHT-TO-LEFT EMBEDDING`, expected none'
    ])
    // The messages quote the control itself, never the masked code.
    for (const message of found.messages) expect(message.actual).toMatch(/^[\u202A-\u202E\u2066-\u2069]$/)
  })

  it('escapeForTerminal writes controls and bidi characters as \\uXXXX and leaves the rest', () => {
    expect(escapeForTerminal('a\u001B[2Jb\u0007\u202Ec\u2066d\tه')).toBe('a\\u001b[2Jb\\u0007\\u202ec\\u2066d\\u0009ه')
    expect(escapeForTerminal('الأمانة')).toBe('الأمانة')
  })

  it('stylish and github output cannot drive a terminal: file names and quoted text are escaped', () => {
    const name = 'docs/\u001B]0;owned\u0007\u001B[2J.txt'
    const file = lintSync(new VFile({path: name, value: 'نص \u001B[31mأحمر\u001B[0m و\u202Eعكس.\n'}), {only: ['invisible-characters']})
    expect(file.messages.length).toBeGreaterThan(0)
    const stylish = reporters.stylish([file], {color: false})
    const github = reporters.github([file], {})
    for (const out of [stylish, github]) {
      expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/)
      expect(out).toContain('\\u001b')
    }
    expect(stylish).toContain('docs/\\u001b]0;owned\\u0007\\u001b[2J.txt')
    // The reports themselves are unchanged: json keeps the real characters.
    expect(JSON.parse(reporters.json([file], {}))[0].path).toBe(name)
    expect(file.path).toBe(name)
  })

  it('the command line names files escaped on standard error', async () => {
    const dir = fixture({'ok.txt': 'نص.\n'})
    const {stderr} = await cli(['ok.txt', 'missing\u001B[2J\u0007.txt'], {cwd: dir})
    expect(stderr).toContain('missing\\u001b[2J\\u0007.txt')
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/)
  })

  it('stylish with colours still colours (its own escape sequences stay)', () => {
    const file = lintSync(new VFile({path: 'a.txt', value: 'شاركت الأمانـة.\n'}), {only: ['tatweel']})
    expect(reporters.stylish([file], {color: true})).toContain('\u001B[')
  })
})

describe('Markdown with more tokens in one node than a call takes', () => {
  it('a one-megabyte paragraph and a list of 20,000 items are linted, not a stack overflow in the bridge to nlcst', () => {
    const paragraph = lintSync('كلمة '.repeat(200000) + 'الأمانـة.\n', {format: 'markdown', only: ['tatweel'], maxFindingsPerRule: Infinity})
    expect(paragraph.messages.map((m) => `${m.line}:${m.column} ${m.cause === undefined}`)).toEqual(['1:1000001 true'])
    const list = lintSync('- شاركت الأمانـة *في* [المؤتمر](http://x.org).\n'.repeat(20000), {format: 'markdown', only: ['tatweel'], maxFindingsPerRule: Infinity})
    expect(list.messages.length).toBe(20000)
    expect(list.messages.filter((m) => m.cause !== undefined)).toEqual([])
    expect(`${list.messages[19999]!.line}:${list.messages[19999]!.column}`).toBe('20000:9')
  }, 300000)

  it('a block quote of 20,000 lines, flat or nested `> > >`, is linted, not a stack overflow in the bridge to nlcst', () => {
    const flat = lintSync('> شاركت الأمانـة في المؤتمر.\n'.repeat(20000), {format: 'markdown', only: ['tatweel'], maxFindingsPerRule: Infinity})
    expect(flat.messages.filter((m) => m.cause !== undefined)).toEqual([])
    expect(flat.messages.length).toBe(20000)
    expect(`${flat.messages[19999]!.line}:${flat.messages[19999]!.column}`).toBe('20000:9')
    const nestedText = Array.from({length: 20000}, (_, index) => `${'> '.repeat(1 + (index % 5))}شاركت الأمانـة في المؤتمر.\n`).join('')
    const nested = lintSync(nestedText, {format: 'markdown', only: ['tatweel'], maxFindingsPerRule: Infinity})
    expect(nested.messages.filter((m) => m.cause !== undefined)).toEqual([])
    expect(nested.messages.length).toBe(20000)
    // The last line has 5 markers: `> > > > > ` and a word are 16 columns before it.
    expect(`${nested.messages[19999]!.line}:${nested.messages[19999]!.column}`).toBe('20000:17')
  }, 300000)

  it('a long paragraph and lazy block quote lines parse in time linear in their lines (micromark, patched)', () => {
    // micromark merged a paragraph's text by a splice per line, and looked back over every event of a
    // paragraph for each lazy line: 40,000 such lines took 19 s and about a minute (patches/micromark+4.0.3.patch).
    // Short lines, so the quadratic part is not hidden by the linear one (unpatched, these took 17 and 24
    // times as long for four times the lines; patched, 2.4 to 4.2 times).
    const shapes: [string, (lines: number) => string][] = [
      ['a paragraph', (lines) => 'ب.\n'.repeat(lines)],
      ['lazy lines at varying depths', (lines) => Array.from({length: lines}, (_, index) => `${'>'.repeat(1 + (index % 3))}ب\n`).join('')]
    ]
    const parser = unified().use(remarkParse).use(remarkGfm)
    const time = (text: string) => {
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const started = performance.now()
        parser.parse(text)
        best = Math.min(best, performance.now() - started)
      }
      return best
    }
    time('ب.\n'.repeat(1000))
    for (const [name, make] of shapes) {
      // Four times the lines may take at most eight times as long (quadratic: sixteen; the garbage
      // collector's share grows with the heap), in one of three tries.
      let ratio = Infinity
      for (let attempt = 0; attempt < 3 && ratio > 8; attempt++) ratio = time(make(16000)) / (time(make(4000)) + 20)
      expect(ratio, name).toBeLessThanOrEqual(8)
    }
  }, 300000)

  it('cutting long nodes before the bridge gives the tokens the bridge gives without the cuts', () => {
    const seed = readFileSync(join(root, 'seeds/000_ffe6ca2c3771edd8.txt'), 'utf8').slice(0, 3000)
    const doc = [
      `# ${seed.slice(0, 200)}`,
      seed,
      seed.split('\n').filter(Boolean).map((line) => `- ${line}  *مهم*  [رابط](http://x.org) \`code\``).join('\n'),
      seed.split('\n').filter(Boolean).map((line) => `1. ${line}\n   > ${line}`).join('\n'),
      '| خانة | خانة |\n| --- | --- |\n' + seed.split('\n').filter(Boolean).map((line) => `| ${line} | ${line.slice(0, 20)} |`).join('\n'),
      seed.replace(/ /g, '   '),
      // Text nodes whose value is shorter than their source: block quote markers, lazy lines, escapes, indentation.
      seed.split('\n').filter(Boolean).map((line) => `> ${line}`).join('\n'),
      seed.split('\n').filter(Boolean).map((line, index) => `${'> '.repeat(1 + (index % 4))}${line.replace(/ /, ' \\* ')}`).join('\n'),
      seed.split('\n').filter(Boolean).map((line) => `- ${line}\n  ${line} &amp; ${line}`).join('\n')
    ].join('\n\n')
    const tree = unified().use(remarkParse).use(remarkGfm).parse(doc)
    const place = location(doc)
    const leaves = (nlcst: NlcstNode) => {
      const out: string[] = []
      visit(nlcst, (node) => {
        if ('value' in node) out.push(`${node.type} ${JSON.stringify(node.value)} ${node.position?.start.offset}-${node.position?.end.offset}`)
      })
      return out
    }
    const whole = leaves(toNlcst(tree, new VFile(doc), new ParseArabicBlocks()) as NlcstNode)
    for (const max of [40, 300, 2000]) {
      const cut = splitLargeNodes(tree, (offset) => place.toPoint(offset)!, {max})
      expect(cut).not.toBe(tree)
      expect(leaves(toNlcst(cut, new VFile(doc), new ParseArabicBlocks()) as NlcstNode)).toEqual(whole)
    }
    // The tree given is left as it was.
    expect(leaves(toNlcst(tree, new VFile(doc), new ParseArabicBlocks()) as NlcstNode)).toEqual(whole)
  })
})

describe('HTML with more tokens in one node than a call takes', () => {
  it('a one-megabyte paragraph, in <p> or in a <div>, is linted, not a stack overflow in the bridge to nlcst', () => {
    for (const [open, close] of [['<p>', '</p>'], ['<div>', '</div>'], ['<p><b>', '</b></p>']]) {
      const text = `${open}${'كلمة '.repeat(200000)}الأمانـة.${close}\n`
      const file = lintSync(text, {format: 'html', only: ['tatweel'], maxFindingsPerRule: Infinity})
      expect(file.messages.map((m) => `${m.line}:${m.column} ${m.cause === undefined}`), open).toEqual([`1:${open.length + 1000001} true`])
    }
  }, 300000)

  it('cutting long text nodes before the bridge gives the tokens the bridge gives without the cuts, paragraphs kept whole', () => {
    const seed = readFileSync(join(root, 'seeds/000_ffe6ca2c3771edd8.txt'), 'utf8').slice(0, 3000)
    const lines = seed.split('\n').filter(Boolean)
    const doc = [
      `<h2>${lines[0]}</h2>`,
      `<p>${lines.join(' ')}</p>`,
      // Text whose value is shorter than its source (entities), inline markup, a list, <pre> and text right in a <div>.
      `<p>${lines.join(' &amp; ')} <b>${lines[1]}</b> <a href="x">${lines[2]}</a> ${lines[3]}</p>`,
      `<ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`,
      `<pre>\n${lines.join('\n')}\n</pre>`,
      `<div>${lines.join(' ')}</div>`
    ].join('\n')
    const tree = fromHtml(doc, {fragment: true})
    const place = location(doc)
    const leaves = (nlcst: NlcstNode) => {
      const out: string[] = []
      visit(nlcst, (node) => {
        if ('value' in node) out.push(`${node.type} ${JSON.stringify(node.value)} ${node.position?.start.offset}-${node.position?.end.offset}`)
        else out.push(node.type)
      })
      return out
    }
    const whole = leaves(hastToNlcst(tree as never, new VFile(doc), new ParseArabicBlocks() as never) as NlcstNode)
    for (const max of [40, 300, 2000]) {
      const cut = splitLargeNodes(tree, (offset) => place.toPoint(offset)!, {max, textOnly: true})
      expect(cut).not.toBe(tree)
      expect(leaves(hastToNlcst(cut as never, new VFile(doc), new ParseArabicBlocks() as never) as NlcstNode), String(max)).toEqual(whole)
    }
  })
})
