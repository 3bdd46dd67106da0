// org-name-consistency beyond its page: users' organisation files through a
// real .linterrc.json and the CLI, the file parser, odd Unicode, and
// regressions for names in edited news that are different bodies (written
// here in our own words).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseOrganizationFile} from '../src/language/organizations.ts'
import {fixableEdits} from '../src/fix/apply.ts'
import {cli, fixture} from './cli-helpers.ts'
import {fixWith, lintLines, lintRule} from './helpers.ts'

const id = 'org-name-consistency'

const bodiesJson = JSON.stringify({
  bodies: [
    {
      id: 'area',
      english: 'Arab Renewable Energy Authority',
      acronym: 'AREA',
      canonical: 'الهيئة العربية للطاقة المتجددة',
      variants: ['هيئة الطاقة المتجددة العربية']
    }
  ]
})

const bodiesCsv = [
  'canonical,accepted,variants,acronym,english,id',
  'المنظمة العربية للتنمية الصناعية والتعدين,منظمة التعدين العربية|المنظمة العربية للتعدين,"المنظمة العربية للصناعة والتعدين",AIDMO,"Arab Industrial Development, Standardization and Mining Organization",aidmo',
  ''
].join('\r\n')

const document = [
  'وقعت الوزارة اتفاقية مع الهيئة العربية للطاقة المتجددة لبناء محطة شمسية.',
  'وقالت هيئة الطاقة المتجددة العربية إن المشروع يبدأ العام المقبل.',
  'وشاركت المنظمة العربية للتنمية الصناعية والتعدين في الاجتماع، كما أرسلت المنظمة العربية للصناعة والتعدين وفدا.',
  'وأصدرت المنظمة العربية الدولية للتنمية الصناعية والتعدين تقريرها السنوي.',
  ''
].join('\n')

describe('org-name-consistency with users\' organisation files', () => {
  const config = JSON.stringify({extends: [], rules: {[id]: 'warn'}, organizations: ['data/bodies.json', 'data/bodies.csv']})

  it('reads a JSON and a CSV file named in .linterrc.json, through the CLI', async () => {
    const dir = fixture({'.linterrc.json': config, 'data/bodies.json': bodiesJson, 'data/bodies.csv': bodiesCsv, 'doc.txt': document})
    const {code, stdout, stderr} = await cli(['--format', 'json', 'doc.txt'], {cwd: dir})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const messages = JSON.parse(stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === id)
    expect(messages.map((m: {line: number; column: number; endColumn: number; reason: string; expected: string[]}) => [`${m.line}:${m.column}-${m.endColumn}`, m.reason, m.expected])).toEqual([
      [
        '2:7-35',
        'Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`',
        ['الهيئة العربية للطاقة المتجددة']
      ],
      [
        '3:73-105',
        'Unexpected `المنظمة العربية للصناعة والتعدين` for Arab Industrial Development, Standardization and Mining Organization (AIDMO), expected `المنظمة العربية للتنمية الصناعية والتعدين`',
        ['المنظمة العربية للتنمية الصناعية والتعدين']
      ],
      [
        '4:8-57',
        'Unexpected `المنظمة العربية الدولية للتنمية الصناعية والتعدين`, a near-miss of Arab Industrial Development, Standardization and Mining Organization (AIDMO), expected `المنظمة العربية للتنمية الصناعية والتعدين`',
        ['المنظمة العربية للتنمية الصناعية والتعدين', 'منظمة التعدين العربية', 'المنظمة العربية للتعدين']
      ]
    ])
  })

  it('fixes the listed wrong forms with --fix and leaves the near-miss as a suggestion', async () => {
    const dir = fixture({'.linterrc.json': config, 'data/bodies.json': bodiesJson, 'data/bodies.csv': bodiesCsv, 'doc.txt': document})
    await cli(['--fix', 'doc.txt'], {cwd: dir})
    const fixed = readFileSync(join(dir, 'doc.txt'), 'utf8')
    expect(fixed.split('\n')[1]).toBe('وقالت الهيئة العربية للطاقة المتجددة إن المشروع يبدأ العام المقبل.')
    expect(fixed.split('\n')[2]).toBe('وشاركت المنظمة العربية للتنمية الصناعية والتعدين في الاجتماع، كما أرسلت المنظمة العربية للتنمية الصناعية والتعدين وفدا.')
    expect(fixed.split('\n')[3]).toBe(document.split('\n')[3])
  })

  it('reports a broken organisation file as a configuration error (exit 2)', async () => {
    const dir = fixture({
      '.linterrc.json': JSON.stringify({organizations: ['bodies.csv']}),
      'bodies.csv': 'name,acronym\nالهيئة,X\n',
      'doc.txt': document
    })
    const {code, stderr} = await cli(['doc.txt'], {cwd: dir})
    expect(code).toBe(2)
    expect(stderr).toMatch(/organizations/)
    expect(stderr).toMatch(/canonical/)
  })

  it('without the files, compares the names in the document with each other', () => {
    // The bodies are not built in: the listed wrong forms go unnoticed, and
    // the name with a light word more is reported against the other one.
    expect(lintLines(id, document)).toEqual([
      '4:8-4:57: Unexpected `المنظمة العربية الدولية للتنمية الصناعية والتعدين`, expected `المنظمة العربية للتنمية الصناعية والتعدين` as elsewhere in the document'
    ])
  })
})

describe('parseOrganizationFile', () => {
  it('reads JSON as {bodies} or as an array, with references', () => {
    const one = parseOrganizationFile('a.json', bodiesJson)
    expect(one).toHaveLength(1)
    expect(one[0]).toMatchObject({id: 'area', acronym: 'AREA', accepted: [], variants: ['هيئة الطاقة المتجددة العربية']})
    const array = parseOrganizationFile('b.json', '\uFEFF' + JSON.stringify([{canonical: 'مجلس الشورى', references: ['المجلس']}]))
    expect(array[0]).toMatchObject({id: 'مجلس الشورى', canonical: 'مجلس الشورى', references: ['المجلس']})
  })

  it('reads CSV with quoted cells, `|` lists, CRLF and an optional references column', () => {
    const [body] = parseOrganizationFile('c.csv', bodiesCsv)
    expect(body.accepted).toEqual(['منظمة التعدين العربية', 'المنظمة العربية للتعدين'])
    expect(body.english).toBe('Arab Industrial Development, Standardization and Mining Organization')
    expect(body.references).toEqual([])
    const [withRefs] = parseOrganizationFile('d.csv', 'canonical,references\nمجلس الشورى,المجلس|مجلس الشورى\n')
    expect(withRefs.references).toEqual(['المجلس', 'مجلس الشورى'])
  })

  it('names the file and the place of a bad entry', () => {
    expect(() => parseOrganizationFile('e.json', '{"bodies": [{"accepted": []}]}')).toThrow(/e\.json: bodies\[0\]\.canonical/)
    expect(() => parseOrganizationFile('f.json', '{"bodies": [{"canonical": "x", "variants": "y"}]}')).toThrow(/variants: expected an array/)
    expect(() => parseOrganizationFile('g.csv', 'canonical\n""\n')).toThrow(/g\.csv: line 2/)
  })
})

describe('org-name-consistency with settings and options', () => {
  const extra = parseOrganizationFile('a.json', bodiesJson)
  const lines = (text: string, options?: Record<string, unknown>) =>
    lintRule(id, text, options, {extraOrganizations: extra, cache: new Map()}).map((m) => `${m.line}:${m.column}: ${m.reason}`)

  it('uses users\' bodies beside the built-in ones, and alone with builtIn: false', () => {
    const text = 'قالت هيئة الطاقة المتجددة العربية إن الاتحاد الأوربي يمول المشروع.\n'
    expect(lines(text)).toEqual([
      '1:6: Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`',
      '1:38: Unexpected `الاتحاد الأوربي` for European Union (EU), expected `الاتحاد الأوروبي`'
    ])
    expect(lines(text, {builtIn: false})).toEqual([
      '1:6: Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`'
    ])
  })
})

describe('org-name-consistency: fixes and suggestions', () => {
  it('fixes a listed wrong form but never a near-miss', () => {
    const text = 'أصدرت منظمة الصحة الدولية تقريرا، ورحب الاتحاد الأوربي به.\n'
    const messages = lintRule(id, text)
    expect(messages).toHaveLength(2)
    expect(fixableEdits(messages).map((e) => e.text)).toEqual(['الاتحاد الأوروبي'])
    expect(fixWith(id, text)).toBe('أصدرت منظمة الصحة الدولية تقريرا، ورحب الاتحاد الأوروبي به.\n')
  })

  it('fixes to the accepted form spelled like the wrong one', () => {
    expect(fixWith(id, 'وحضر ممثل عن الانتربول.\n')).toBe('وحضر ممثل عن الإنتربول.\n')
  })

  it('keeps the clitics of the first word in the fix', () => {
    expect(fixWith(id, 'وللأممالمتحدة دور كبير، وبالاتحاد الأوربي ثقة.\n')).toBe('وللأمم المتحدة دور كبير، وبالاتحاد الأوروبي ثقة.\n')
  })
})

describe('org-name-consistency: odd Unicode', () => {
  it('reads names with harakat, tatweel and a joiner inside words', () => {
    expect(lintLines(id, 'أعلنت الأُمَم المتَّحدة وصول القافلة، ورحبت منظمة الصـحة العالمية بذلك.\n')).toEqual([])
    expect(lintLines(id, 'ورحب الاتحـاد الأوربـي بالقرار.\n')).toEqual([
      '1:6-1:23: Unexpected `الاتحـاد الأوربـي` for European Union (EU), expected `الاتحاد الأوروبي`'
    ])
    expect(lintLines(id, 'ورحب الاتحاد\u200C الأوروبي بالقرار.\n')).toEqual([])
  })

  it('does not join names across punctuation or lines', () => {
    expect(lintLines(id, 'التقى ممثلو منظمة الصحة، الدولية منها والمحلية.\n')).toEqual([])
    expect(lintLines(id, 'تحدث مدير مكتب الأمم المتحدة\nالمعني بالمخدرات والجريمة\n')).toEqual([])
  })
})

describe('org-name-consistency: different bodies in edited news', () => {
  const silent = [
    // A national commission is not the UN office for human rights.
    'أعلنت مفوضية حقوق الإنسان في البلاد أن آلاف النازحين بلا مأوى، وطالبت مفوضية الأمم المتحدة السامية لحقوق الإنسان بالتحقيق.\n',
    // An atomic energy programme is not the IAEA.
    'أقرت الحكومة السياسة الوطنية لبرنامج الطاقة الذرية، وتعاونت مع الوكالة الدولية للطاقة الذرية.\n',
    // A club's general assembly and the general assembly.
    'اجتمعت جمعية النادي العمومية، ثم أقرت الجمعية العمومية الميزانية.\n',
    // A description of an agreement is not a name.
    'وصف الوزير الاتفاق المؤقت المبرم بأنه خطأ، وقال إن الاتفاق المبرم لا يكفي.\n',
    // A board of trustees is not the Security Council.
    'اجتمع مجلس الأمناء صباحا، وعقد مجلس الأمن جلسته مساء.\n',
    // Two councils of one union.
    'عقد المجلس الأوروبي قمته، وأقر المجلس الوزاري الأوروبي الخطة، ودعا مجلس الاتحاد الأوروبي إلى الحوار.\n',
    // A sanctions committee of a council and the council's committee.
    'ناقشت لجنة العقوبات التابعة لمجلس الأمن القائمة، وقالت اللجنة التابعة لمجلس الأمن إنها ستنظر فيها.\n',
    // An official news agency described two ways.
    'نقلت وكالة الأنباء السعودية الخبر، وأكدت وكالة الأنباء الرسمية السعودية التفاصيل.\n',
    // A hamza slip in a common word of an unlisted name is the hamza rule's.
    'أعلنت وزارة الشؤون الإسلامية خطتها، وقالت وزارة الشؤون الاسلامية إن المساجد جاهزة.\n',
    // A title shortens names.
    'برنامج الطاقة النووية يحصل على الضوء الأخضر\nوافق المجلس على برنامج الطاقة الذرية للأغراض السلمية.\n',
    // The European Commission after the UN refugee agency's back-reference.
    'رحبت المفوضية بالقرار، ورحبت المفوضية الأوروبية بالخطوة، وقالت المفوضية الأوروبية إن التمويل جاهز.\n'
  ]
  it.each(silent.map((text, i) => [i, text] as const))('stays silent on case %i', (_, text) => {
    expect(lintLines(id, text)).toEqual([])
  })
})

describe('org-name-consistency: speed', () => {
  it('lints a long document quickly', () => {
    const paragraph =
      'وقعت الحكومة مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة اتفاقا، وأشاد مجلس الوزراء ووزارة الخارجية بدور المكتب، وقال الاتحاد الأوروبي إن الدعم مستمر.\n'
    const text = paragraph.repeat(3000)
    const start = performance.now()
    expect(lintLines(id, text)).toEqual([])
    expect(performance.now() - start).toBeLessThan(15000)
  })
})
