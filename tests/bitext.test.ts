// Bilingual files: every format parses into segments placed in the file, the
// document rules' findings land on the right characters of the original file,
// fixes change nothing outside the targets they fix, and bad input is a clear
// error for that file only.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {SaxesParser} from 'saxes'
import {po as gettextPo} from 'gettext-parser'
import {describe, expect, it} from 'vitest'
import './helpers.ts'
import {VFile} from 'vfile'
import {parseBitext} from '../src/bitext/lint.ts'
import {formatOf, isBitext} from '../src/engine/format.ts'
import {lintSync} from '../src/engine/processor.ts'
import {runTask} from '../src/engine/task.ts'
import {resolveRuleSettings} from '../src/engine/processor.ts'
import {json} from '../src/reporters/json.ts'
import {sarif} from '../src/reporters/sarif.ts'
import {github} from '../src/reporters/github.ts'
import {stylish} from '../src/reporters/stylish.ts'
import type {BitextFormat} from '../src/bitext/segment.ts'
import {cli, fixture} from './cli-helpers.ts'

const dir = new URL('./fixtures/bitext/', import.meta.url).pathname
const read = (name: string) => readFileSync(join(dir, name), 'utf8')
const FILES = ['ui.xlf', 'ui2.xlf', 'ui.po', 'memory.tmx', 'pairs.csv']

function lintPath(name: string, value = read(name)) {
  const format = formatOf(name)
  return lintSync(new VFile({path: name, value}), {format})
}

/** The file with the content of every target removed: what a fix must leave as it was. */
function skeleton(name: string, value: string): string {
  const bitext = parseBitext(formatOf(name) as BitextFormat, value)
  let out = ''
  let from = 0
  for (const segment of bitext.segments) {
    if (!segment.target) continue
    out += value.slice(from, segment.target.rawStart) + '\u0000'
    from = segment.target.rawEnd
  }
  return out + value.slice(from)
}

describe('bilingual formats', () => {
  it('are recognised by extension', () => {
    expect(['a.xlf', 'a.xliff', 'a.po', 'a.tmx', 'a.tsv', 'a.csv'].map(formatOf)).toEqual(['xliff', 'xliff', 'po', 'tmx', 'tsv', 'csv'])
    expect(isBitext(formatOf('a.txt'))).toBe(false)
  })

  it('parse into segments with ids, sources and decoded targets', () => {
    const xliff = parseBitext('xliff', read('ui.xlf'))
    expect(xliff.sourceLanguage).toBe('en')
    expect(xliff.targetLanguage).toBe('ar')
    expect(xliff.segments.map((s) => s.id)).toEqual(['welcome', 'delete', 'terms', 'agency', 'cdata', 'save', 'pending'])
    expect(xliff.segments[0]!.target!.text).toBe('مرحبا بك في \uE000لوحة التحكم\uE000 !')
    expect(xliff.segments[0]!.target!.codes.map((c) => c.key)).toEqual(['g id=1', '/g'])
    expect(xliff.segments[2]!.source.text).toBe('Terms & conditions apply to 25 countries.')
    expect(xliff.segments[4]!.target!.text).toBe('استخدم <b> للخط العريض .')
    expect(xliff.segments[6]!.target).toBeUndefined()

    const xliff2 = parseBitext('xliff', read('ui2.xlf'))
    expect(xliff2.segments.map((s) => s.id)).toEqual(['greeting/s1', 'greeting/s2', 'count'])
    expect(xliff2.targetLanguage).toBe('ar')

    const po = parseBitext('po', read('ui.po'))
    expect(po.segments.map((s) => s.id)).toEqual([
      'Delete %s files?',
      'menu|Save "all"',
      'Open',
      ...[0, 1, 2, 3, 4, 5].map((i) => `One file[${i}]`),
      'Not yet'
    ])
    expect(po.segments[1]!.target!.text).toBe('حفظ "الكل" الى الملف.')
    expect(po.segments.at(-1)!.target).toBeUndefined()

    const tmx = parseBitext('tmx', read('memory.tmx'))
    expect(tmx.segments.map((s) => [s.id, s.target!.codes.length])).toEqual([['1', 2], ['2', 0]])

    const csv = parseBitext('csv', read('pairs.csv'))
    expect(csv.segments.map((s) => [s.id, s.source.text, s.target!.text, s.note])).toEqual([
      ['1', 'Hello, "world"', 'مرحبا ، "عالم"', 'quoted'],
      ['2', 'The price is 3.5 dollars.', 'السعر ٣٫٥ دولار.', ''],
      ['3', 'Delete it?', 'احذفه .', '']
    ])
  })

  it.each(FILES)('%s: every finding with a fix points at the characters it names', (name) => {
    const value = read(name)
    const file = lintPath(name, value)
    expect(file.messages.length).toBeGreaterThan(0)
    for (const message of file.messages) {
      const place = message.place as {start: {offset: number; line: number; column: number}; end: {offset: number}}
      expect(message.segment, message.reason).toBeTypeOf('string')
      // Line and column agree with the offset in the original file.
      const before = value.slice(0, place.start.offset)
      expect(place.start.line).toBe(before.split('\n').length)
      expect(place.start.column).toBe(before.length - before.lastIndexOf('\n'))
      if (message.expected?.length === 1 && message.ruleId !== 'end-punctuation' && message.actual) {
        expect(value.slice(place.start.offset, place.end.offset), message.reason).toBe(message.actual)
      }
    }
  })

  it.each(FILES)('%s: --fix changes only targets, and the file stays readable', (name) => {
    const value = read(name)
    const {fixed} = runTask({path: name, value, rules: resolveRuleSettings({}), settings: {}, fix: {}})
    expect(fixed).toBeDefined()
    expect(fixed).not.toBe(value)
    expect(skeleton(name, fixed!)).toBe(skeleton(name, value))
    const before = parseBitext(formatOf(name) as BitextFormat, value)
    const after = parseBitext(formatOf(name) as BitextFormat, fixed!)
    expect(after.segments.map((s) => [s.id, s.source.text])).toEqual(before.segments.map((s) => [s.id, s.source.text]))
    if (name.endsWith('.xlf') || name.endsWith('.tmx')) {
      // Well-formed XML with the same elements and attributes in the same order.
      const elements = (text: string) => {
        const list: string[] = []
        const parser = new SaxesParser()
        parser.on('opentag', (tag) => list.push(`${tag.name} ${JSON.stringify(tag.attributes)}`))
        parser.on('error', (error) => {
          throw error
        })
        parser.write(text).close()
        return list
      }
      expect(elements(fixed!)).toEqual(elements(value))
    }
    if (name.endsWith('.po')) {
      const parsed = gettextPo.parse(fixed!)
      expect(Object.keys(parsed.translations[''] ?? {})).toEqual(Object.keys(gettextPo.parse(value).translations[''] ?? {}))
    }
  })

  it('fixes what the file holds as written, escaped for its format', () => {
    const fix = (name: string) => runTask({path: name, value: read(name), rules: resolveRuleSettings({}), settings: {}, fix: {}}).fixed!
    const xliff = fix('ui.xlf')
    expect(xliff).toContain('<target>مرحبا بك في <g id="1">لوحة التحكم</g>!</target>')
    expect(xliff).toContain('<target>هل تريد حذف %s من الملفات؟</target>')
    expect(xliff).toContain('<target>تنطبق الشروط &amp; الأحكام على 52 دولة.</target>')
    expect(xliff).toContain('<target><![CDATA[استخدم <b> للخط العريض.]]></target>')
    const po = fix('ui.po')
    expect(po).toContain('msgstr "هل تريد حذف %s من الملفات؟"')
    expect(po).toContain('"حفظ \\"الكل\\" "\n"إلى الملف"')
    expect(fix('ui2.xlf')).toContain('<target>مرحبا بعودتك، {0}.</target>')
    expect(fix('pairs.csv')).toBe('id,source,target,note\n1,"Hello, ""world""","مرحبا، ""عالم""",quoted\n2,The price is 3.5 dollars.,السعر ٣٫٥ دولار.,\n3,Delete it?,احذفه؟,\n')
  })

  it('reads a target linted as a paragraph: no truncation finding where the source has no final mark either', () => {
    const text = 'source\ttarget\nSave as\tحفظ باسم\nThe committee will meet on\tستجتمع اللجنة في\n'
    const file = lintSync(text, {format: 'tsv', only: ['truncated-sentence']})
    expect(file.messages.map((m) => m.segment)).toEqual([])
  })

  it('never lints the source column as Arabic', () => {
    const file = lintSync('source\ttarget\nالوكالـة  قالت\tThe agency said.\n', {format: 'tsv', only: ['tatweel', 'whitespace']})
    expect(file.messages).toEqual([])
  })
})

describe('bad bilingual input', () => {
  it.each([
    ['broken.xlf', '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source></body></file></xliff>', /Cannot read the file as XLIFF: not well-formed XML: .*1:\d+/],
    ['notxliff.xlf', '<root/>', /Cannot read the file as XLIFF: not an XLIFF file/],
    ['broken.po', 'msgid "a\nmsgstr "b"\n', /Cannot read the file as PO: /],
    ['noheader.tsv', 'one\ttwo\n', /Cannot read the file as TSV: line 1: expected a header row naming a `source` and a `target` column/],
    ['broken.csv', 'source,target\n"a,b\n', /Cannot read the file as CSV: not valid CSV/]
  ])('%s is one fatal message naming the problem', (name, value, pattern) => {
    const file = lintPath(name, value)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.reason).toMatch(pattern)
    expect(file.messages[0]!.fatal).toBe(true)
  })

  it('does not stop the run: the other files are linted', async () => {
    const cwd = fixture({'bad.xlf': '<xliff', 'good.tsv': 'source\ttarget\nHello\tمرحبا  بك\n'})
    const result = await cli(['--format', 'json', '--rule', 'whitespace:warn', 'bad.xlf', 'good.tsv'], {cwd})
    expect(result.code).toBe(1)
    const files = JSON.parse(result.stdout) as {path: string; messages: {ruleId: string}[]}[]
    expect(files.map((f) => [f.path, f.messages.map((m) => m.ruleId)])).toEqual([
      ['bad.xlf', ['parse-error']],
      ['good.tsv', ['whitespace']]
    ])
  })
})

describe('segment ids in reports', () => {
  const file = lintPath('ui.xlf')
  it('json has a segment field per message', () => {
    const report = JSON.parse(json([file])) as {messages: {segment?: string; ruleId: string}[]}[]
    expect(report[0]!.messages.find((m) => m.ruleId === 'tatweel')!.segment).toBe('agency')
  })
  it('sarif has a logical location and a property', () => {
    const log = JSON.parse(sarif([file]))
    const result = log.runs[0].results.find((r: {ruleId: string}) => r.ruleId === 'tatweel')
    expect(result.locations[0].logicalLocations).toEqual([{name: 'agency', kind: 'element'}])
    expect(result.properties).toEqual({segment: 'agency'})
  })
  it('github and stylish name the segment in the message', () => {
    expect(github([file])).toMatch(/translint\(tatweel\)::Unexpected tatweel in `الوكالـة`, expected `الوكالة` \(segment agency\)/)
    expect(stylish([file])).toMatch(/\(segment agency\)/)
  })
})

describe('the command line', () => {
  it('lints bilingual files in folders when their extensions are listed', async () => {
    const cwd = fixture({
      '.linterrc.json': JSON.stringify({extensions: ['txt', 'xlf', 'po']}),
      'a/ui.xlf': read('ui.xlf'),
      'a/ui.po': read('ui.po'),
      'a/skip.tmx': read('memory.tmx')
    })
    const result = await cli(['--format', 'json', 'a'], {cwd})
    expect((JSON.parse(result.stdout) as {path: string}[]).map((f) => f.path)).toEqual(['a/ui.po', 'a/ui.xlf'])
  })

  it('fixes an XLIFF file in place', async () => {
    const cwd = fixture({'ui.xlf': read('ui.xlf')})
    await cli(['--fix', '--rule', 'tatweel:warn', 'ui.xlf'], {cwd})
    const fixed = readFileSync(join(cwd, 'ui.xlf'), 'utf8')
    expect(fixed).toContain('<target>قالت الوكالة انها ستتحرك.</target>')
    expect(skeleton('ui.xlf', fixed)).toBe(skeleton('ui.xlf', read('ui.xlf')))
  })
})

describe('bilingual support, loaded on demand', () => {
  it('keeps the readers out of a plain-text run and is loaded by the command line when it meets such a file', async () => {
    const registry = await import('../src/bitext/registry.ts')
    expect(typeof registry.loadBitext).toBe('function')
    const cwd = fixture({'a.tsv': 'source\ttarget\nHello\tمرحبا  بك\n'})
    const result = await cli(['--format', 'json', '--rule', 'whitespace:warn', 'a.tsv'], {cwd})
    expect((JSON.parse(result.stdout) as {messages: {ruleId: string}[]}[])[0]!.messages.map((m) => m.ruleId)).toEqual(['whitespace'])
  })
})

describe('segment ids in the XML reports', () => {
  const file = lintPath('ui.xlf')
  it('checkstyle and junit name the segment', async () => {
    const {checkstyle} = await import('../src/reporters/checkstyle.ts')
    const {junit} = await import('../src/reporters/junit.ts')
    expect(checkstyle([file])).toMatch(/message="Unexpected tatweel in `الوكالـة`, expected `الوكالة` \(segment agency\)"/)
    expect(junit([file])).toMatch(/expected `الوكالة` \[segment agency\] \(tatweel\)/)
  })
})

describe('a TBX glossary as organisation names', () => {
  it('gives org-name-consistency its variants to report', async () => {
    const cwd = fixture({
      '.linterrc.json': JSON.stringify({organizations: ['orgs.tbx']}),
      'orgs.tbx': readFileSync(new URL('./fixtures/bitext/glossary/terms.tbx', import.meta.url), 'utf8'),
      'doc.txt': 'أصدرت المنظمة العالمية للصحة تقريرا عن الوباء.\n'
    })
    const result = await cli(['--format', 'json', 'doc.txt'], {cwd})
    const messages = (JSON.parse(result.stdout) as {messages: {ruleId: string; expected: string[] | null}[]}[])[0]!.messages
    expect(messages.filter((m) => m.ruleId === 'org-name-consistency').map((m) => m.expected)).toEqual([['منظمة الصحة العالمية']])
  })
})

describe('XLIFF details', () => {
  it('skips units marked translate="no" and does not compare <mrk> annotations', () => {
    const value = [
      '<xliff version="1.2"><file source-language="en" target-language="ar" datatype="plaintext" original="x"><body>',
      '<trans-unit id="brand" translate="no"><source>Acme Cloud Suite</source><target>Acme Cloud Suite</target></trans-unit>',
      '<trans-unit id="seg"><source>Open the file.</source><target><mrk mtype="seg" mid="1">افتح الملف.</mrk></target></trans-unit>',
      '</body></file></xliff>'
    ].join('\n')
    const bitext = parseBitext('xliff', value)
    expect(bitext.segments.map((s) => s.id)).toEqual(['seg'])
    const file = lintSync(new VFile({path: 'a.xlf', value}), {format: 'xliff', only: ['placeholder-mismatch', 'untranslated']})
    expect(file.messages).toEqual([])
  })
})
