// Terminology: glossaries in TBX (v2 and v3), CSV and JSON; terms found in
// Arabic with clitics, the article, hamza and tā' marbūṭa variants; forbidden
// variants fixed to the preferred term; a TBX glossary as organisation names.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import './helpers.ts'
import {parseGlossary} from '../src/language/glossary.ts'
import {parseOrganizationFile} from '../src/language/organizations.ts'
import {findTerm} from '../src/language/term-match.ts'
import {lintSync} from '../src/engine/processor.ts'
import {cli, fixture} from './cli-helpers.ts'

const dir = new URL('./fixtures/bitext/glossary/', import.meta.url).pathname
const read = (name: string) => readFileSync(join(dir, name), 'utf8')

describe('glossary files', () => {
  it('read TBX v3 (conceptEntry) and v2 (termEntry) with their administrative status', () => {
    expect(parseGlossary('terms.tbx', read('terms.tbx'))).toEqual([
      {source: 'World Health Organization', target: ['منظمة الصحة العالمية'], forbidden: ['المنظمة العالمية للصحة'], caseSensitive: false, wholeWord: true},
      {source: 'refugee', target: ['لاجئ', 'اللاجئين'], forbidden: [], caseSensitive: false, wholeWord: true}
    ])
    expect(parseGlossary('terms-v2.tbx', read('terms-v2.tbx'))).toEqual([
      {source: 'Security Council', target: ['مجلس الأمن', 'مجلس الامن الدولي'], forbidden: [], caseSensitive: false, wholeWord: true}
    ])
  })
  it('read CSV and JSON', () => {
    expect(parseGlossary('terms.csv', read('terms.csv'))).toEqual([
      {source: 'United Nations', target: ['الأمم المتحدة'], forbidden: ['هيئة الأمم المتحدة', 'منظمة الأمم المتحدة'], caseSensitive: false, wholeWord: true},
      {source: 'API', target: ['واجهة برمجة التطبيقات'], forbidden: [], caseSensitive: true, wholeWord: true}
    ])
    expect(parseGlossary('terms.json', read('terms.json'))[0]).toMatchObject({source: 'ministry', target: ['وزارة']})
  })
  it('name the file and the problem when broken', () => {
    expect(() => parseGlossary('bad.json', '{"terms": [{"target": "x"}]}')).toThrow(/bad\.json: terms\[0\]\.source/)
    expect(() => parseGlossary('bad.csv', 'term,translation\n')).toThrow(/bad\.csv: line 1/)
    expect(() => parseGlossary('bad.tbx', '<tbx><text>')).toThrow(/bad\.tbx: not well-formed TBX/)
  })
  it('give organisation names from TBX', () => {
    expect(parseOrganizationFile('terms.tbx', read('terms.tbx'))[0]).toMatchObject({canonical: 'منظمة الصحة العالمية', variants: ['المنظمة العالمية للصحة'], english: 'World Health Organization'})
  })
})

describe('finding an Arabic term', () => {
  const at = (text: string, term: string) => findTerm(text, term).map((m) => text.slice(m.start, m.end))
  it('with clitics and the article merged after lam', () => {
    expect(at('وللأمم المتحدة دور', 'الأمم المتحدة')).toEqual(['لأمم المتحدة'])
    expect(at('وبالأمم المتحدة', 'الأمم المتحدة')).toEqual(['الأمم المتحدة'])
    expect(at('فالأمم المتحدة', 'الأمم المتحدة')).toEqual(['الأمم المتحدة'])
  })
  it('with any hamza seat, ta marbuta or ha, harakat', () => {
    expect(at('الامم المتحده', 'الأمم المتحدة')).toEqual(['الامم المتحده'])
    expect(at('الأُمَم المُتَّحِدَة', 'الأمم المتحدة')).toEqual(['الأُمَم المُتَّحِدَة'])
  })
  it('not inside another word', () => {
    expect(at('الأممية المتحدة', 'الأمم المتحدة')).toEqual([])
    expect(at('كالأمم', 'الأمم المتحدة')).toEqual([])
  })
})

describe('the terminology rule with a glossary from the config', () => {
  it('reports a missing term and fixes a forbidden variant, keeping the clitics', async () => {
    const cwd = fixture({
      '.linterrc.json': JSON.stringify({terminology: ['glossary/terms.csv', 'glossary/terms.tbx']}),
      'glossary/terms.csv': read('terms.csv'),
      'glossary/terms.tbx': read('terms.tbx'),
      'a.tsv': 'id\tsource\ttarget\n1\tThe United Nations said.\tوقالت وللمنظمة الدولية.\n2\tThe United Nations said.\tوقالت لهيئة الأمم المتحدة إن.\n3\tWHO: World Health Organization.\tالمنظمة العالمية للصحة.\n4\tThe refugees of the United Nations.\tلاجئو الأمم المتحدة.\n'
    })
    const result = await cli(['--format', 'json', '--rule', 'terminology:error', 'a.tsv'], {cwd})
    const messages = (JSON.parse(result.stdout) as {messages: {ruleId: string; segment: string; reason: string; expected: string[] | null}[]}[])[0]!.messages.filter((m) => m.ruleId === 'terminology')
    expect(messages.map((m) => [m.segment, m.reason, m.expected])).toEqual([
      ['1', 'Unexpected target without `الأمم المتحدة`, expected the glossary’s translation of `United Nations`', null],
      ['2', 'Unexpected `هيئة الأمم المتحدة`, expected `الأمم المتحدة` (the glossary’s term for `United Nations`)', ['لأمم المتحدة']],
      ['3', 'Unexpected `المنظمة العالمية للصحة`, expected `منظمة الصحة العالمية` (the glossary’s term for `World Health Organization`)', ['منظمة الصحة العالمية']]
    ])
    await cli(['--fix', '--rule', 'terminology:error', 'a.tsv'], {cwd})
    expect(readFileSync(join(cwd, 'a.tsv'), 'utf8').split('\n')[2]).toBe('2\tThe United Nations said.\tوقالت للأمم المتحدة إن.')
  })

  it('is case-insensitive unless the term says otherwise', () => {
    const terms = [{source: 'API', target: 'واجهة برمجة التطبيقات', caseSensitive: true}]
    const lint = (text: string) => lintSync(text, {format: 'tsv', only: ['terminology'], rules: {terminology: ['warn', {terms}]}}).messages.length
    expect(lint('source\ttarget\nUse the API.\tاستخدم الواجهة.\n')).toBe(1)
    expect(lint('source\ttarget\nthe api of life\tواجهة الحياة.\n')).toBe(0)
  })
})
