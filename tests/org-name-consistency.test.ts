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
import {lintSync} from '../src/engine/processor.ts'
import {claimOver, type NameClaim} from '../src/language/name-claims.ts'
import {rules} from '../rules/index.ts'

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
        'Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة` as the document names it elsewhere',
        ['الهيئة العربية للطاقة المتجددة']
      ],
      [
        '3:73-105',
        'Unexpected `المنظمة العربية للصناعة والتعدين` for Arab Industrial Development, Standardization and Mining Organization (AIDMO), expected `المنظمة العربية للتنمية الصناعية والتعدين` as the document names it elsewhere',
        ['المنظمة العربية للتنمية الصناعية والتعدين']
      ],
      [
        '4:8-57',
        'Unexpected `المنظمة العربية الدولية للتنمية الصناعية والتعدين` for Arab Industrial Development, Standardization and Mining Organization (AIDMO), expected `المنظمة العربية للتنمية الصناعية والتعدين` as the document names it elsewhere (`الدولية` added)',
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
      '4:8-4:57: Unexpected `المنظمة العربية الدولية للتنمية الصناعية والتعدين`, expected `المنظمة العربية للتنمية الصناعية والتعدين` as elsewhere in the document (`الدولية` added)'
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
    const text = 'قالت هيئة الطاقة المتجددة العربية إن الاتحاد الأوربي يمول المشروع، وأكد الاتحاد الأوروبي ذلك.\n'
    expect(lines(text)).toEqual([
      '1:6: Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`',
      '1:38: Unexpected `الاتحاد الأوربي` for European Union (EU), expected `الاتحاد الأوروبي` as the document names it elsewhere'
    ])
    expect(lines(text, {builtIn: false})).toEqual([
      '1:6: Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`',
      // No list, no spelling to keep: the later of two names written once each.
      '1:73: Unexpected `الاتحاد الأوروبي`, expected `الاتحاد الأوربي` as elsewhere in the document (`الأوروبي` in place of `الأوربي`)'
    ])
  })

  it('reports a wrong form of a user\'s list alone (the house style), a built-in one only beside the body\'s name', () => {
    const text = 'قالت هيئة الطاقة المتجددة العربية إن الاتحاد الأوربي يمول المشروع.\n'
    expect(lines(text)).toEqual([
      '1:6: Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`'
    ])
    expect(lines(text, {pairedOnly: false})).toEqual([
      '1:6: Unexpected `هيئة الطاقة المتجددة العربية` for Arab Renewable Energy Authority (AREA), expected `الهيئة العربية للطاقة المتجددة`',
      '1:38: Unexpected `الاتحاد الأوربي` for European Union (EU), expected `الاتحاد الأوروبي`'
    ])
  })
})

describe('org-name-consistency: fixes and suggestions', () => {
  it('fixes a listed wrong form but never a near-miss', () => {
    const text = 'قالت منظمة الصحة العالمية والاتحاد الأوروبي إن الوباء ينحسر.\nأصدرت منظمة الصحة الدولية تقريرا، ورحب الاتحاد الأوربي به.\n'
    const messages = lintRule(id, text)
    expect(messages).toHaveLength(2)
    expect(fixableEdits(messages).map((e) => e.text)).toEqual(['الاتحاد الأوروبي'])
    expect(fixWith(id, text)).toBe(text.replace('الاتحاد الأوربي', 'الاتحاد الأوروبي'))
  })

  it('fixes to the accepted form spelled like the wrong one', () => {
    const text = 'أعلنت المنظمة الدولية للشرطة الجنائية اعتقال المتهم.\nوحضر ممثل عن الانتربول.\n'
    expect(fixWith(id, text)).toBe(text.replace('الانتربول', 'الإنتربول'))
  })

  it('keeps the clitics of the first word in the fix', () => {
    const text = 'وللأممالمتحدة دور كبير، وبالاتحاد الأوربي ثقة، وفي الاتحاد الأوروبي أمل.\n'
    expect(fixWith(id, text)).toBe('وللأمم المتحدة دور كبير، وبالاتحاد الأوروبي ثقة، وفي الاتحاد الأوروبي أمل.\n')
  })

  it('keeps an indefinite one-word name indefinite', () => {
    const text = 'أعلن الإنتربول اعتقال المتهم، وقال انتربول إن التحقيق مستمر.\n'
    expect(lintRule(id, text).map((m) => m.expected)).toEqual([['إنتربول']])
  })
})

describe('org-name-consistency: odd Unicode', () => {
  it('reads names with harakat, tatweel and a joiner inside words', () => {
    expect(lintLines(id, 'أعلنت الأُمَم المتَّحدة وصول القافلة، ورحبت منظمة الصـحة العالمية بذلك.\n')).toEqual([])
    expect(lintLines(id, 'ورحب الاتحـاد الأوربـي بالقرار، وأيده الاتحاد الأوروبي.\n')).toEqual([
      '1:6-1:23: Unexpected `الاتحـاد الأوربـي` for European Union (EU), expected `الاتحاد الأوروبي` as the document names it elsewhere'
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

describe('org-name-consistency: names near a known body', () => {
  const named = 'أعلنت منظمة الصحة العالمية خطة جديدة.\n'

  it('finds a changed word whatever clitics the mention carries', () => {
    // The finding starts where the name does; its suggestion keeps what comes before it.
    for (const mention of ['منظمة الصحة الدولية', 'ومنظمة الصحة الدولية', 'بمنظمة الصحة الدولية', 'لمنظمة الصحة الدولية', 'وبمنظمة الصحة الدولية']) {
      const reported = lintRule(id, `${named}وأشاد الوزير ${mention} في كلمته.\n`)
      expect(reported.map((m) => [m.actual, m.expected?.[0]])).toEqual([['منظمة الصحة الدولية', 'منظمة الصحة العالمية']])
    }
    // `لل` is `ل` and the article: `للمنظمة الدولية للمهاجرين` is `المنظمة الدولية للهجرة` with a word changed.
    const text = 'رحبت المنظمة الدولية للهجرة بالقرار، ووصل الدعم للمنظمة الدولية للمهاجرين أمس.\n'
    expect(lintRule(id, text).map((m) => [m.actual, m.expected])).toEqual([['للمنظمة الدولية للمهاجرين', ['للمنظمة الدولية للهجرة']]])
  })

  it('tells another body one word away from a known body', () => {
    const silent = [
      // Neither a synonym nor another spelling of the body's word.
      'رحبت منظمة الصحة العالمية بالقرار، وقالت منظمة التجارة العالمية إن الاتفاق جاهز.\n',
      'عقد مجلس الأمن جلسة، وعقد مجلس الأمة جلسة أخرى.\n',
      'قالت وزارة الخارجية إن السفير استدعي، وقالت وزارة الداخلية إن الحدود مغلقة.\n',
      // A head before a proper name of the body is a part of it (the MSF office).
      'قالت منظمة أطباء بلا حدود إن المستشفى قصف، وقال مكتب أطباء بلا حدود في المدينة إن العمل توقف.\n',
      // A programme is not an agency.
      'أقرت الحكومة برنامج الطاقة الذرية، وتعاونت مع الوكالة الدولية للطاقة الذرية.\n',
      // An indefinite name is a description (`a European body`).
      'رحبت المفوضية الأوروبية بالقرار، وقالت هيئة أوروبية إن التمويل جاهز.\n',
      // More of a name after a near-miss: another body whose name holds the same words.
      'رحبت وكالة الطاقة الدولية بالخطة، وقالت الوكالة الدولية للطاقة المتجددة إن الاستثمار يزيد.\n',
      // `The World Bank for Reconstruction` is another bank.
      'وافق البنك الدولي على القرض، وقدم البنك العالمي للإنشاء والتعمير ضمانات.\n'
    ]
    for (const text of silent) expect(lintLines(id, text)).toEqual([])
  })

  it('reports a short name with one light word changed, when the chain ends or goes on with no name', () => {
    expect(lintRule(id, 'وافق البنك الدولي على القرض، وقال نائب رئيس البنك العالمي لمنطقة الشرق الأوسط إن المشروع مهم.\n').map((m) => m.actual)).toEqual([
      'البنك العالمي'
    ])
  })

  it('reports a word dropped from inside a name only when the name keeps its article', () => {
    const text = 'قالت المفوضية السامية لحقوق الإنسان إن التقرير جاهز، وقالت مفوضية حقوق الإنسان في البلاد إنها ستتعاون.\n'
    expect(lintLines(id, text)).toEqual([])
  })
})

describe('org-name-consistency: former names', () => {
  it('reports a former name beside the current one, never alone', () => {
    expect(lintRule(id, 'دعت منظمة المؤتمر الإسلامي إلى قمة طارئة.\n')).toEqual([])
    const text = 'دعت منظمة التعاون الإسلامي إلى قمة، وقالت منظمة المؤتمر الإسلامي إن القمة ستعقد في إسطنبول.\n'
    const [message] = lintRule(id, text)
    expect(message.reason).toBe(
      'Unexpected `منظمة المؤتمر الإسلامي`, a former name of Organisation of Islamic Cooperation (OIC), expected `منظمة التعاون الإسلامي` as the document names it elsewhere'
    )
    // A suggestion: the text may speak of the past in a way no word shows.
    expect(fixableEdits([message])).toEqual([])
    expect(lintRule(id, 'دعت منظمة المؤتمر الإسلامي إلى قمة طارئة.\n', {pairedOnly: false}).map((m) => m.reason)).toEqual([
      'Unexpected `منظمة المؤتمر الإسلامي`, a former name of Organisation of Islamic Cooperation (OIC), expected `منظمة التعاون الإسلامي`'
    ])
  })

  it('keeps a former name used of the past or in a title', () => {
    const silent = [
      'قال الاتحاد الأفريقي إن القمة ستعقد.\nوفي عام ١٩٩٠ توسطت منظمة الوحدة الأفريقية في النزاع.\n',
      'قال الاتحاد الأفريقي إن القمة ستعقد.\nوكانت منظمة الوحدة الأفريقية سابقا قد توسطت في النزاع.\n',
      'قال الاتحاد الأفريقي إن القمة ستعقد.\nوفي عام 1956 تغير اسم اللجنة الدولية للشرطة الجنائية، وقالت المنظمة الدولية للشرطة الجنائية إن ذلك تم.\n',
      'منظمة الوحدة الأفريقية: ستون عاما\nقال الاتحاد الأفريقي إن القمة ستعقد.\n'
    ]
    for (const text of silent) expect(lintLines(id, text)).toEqual([])
    // A year after the rename, or a word of the past far from the name, does not excuse it.
    const text = 'قال الاتحاد الأوروبي إن الدعم مستمر.\nوفي عام 2018 عرضت المجموعة الأوروبية تمويلا على وزير سابق في الحكومة.\n'
    expect(lintRule(id, text).map((m) => m.actual)).toEqual(['المجموعة الأوروبية'])
  })

  it('does not read a former name in a longer name', () => {
    const text = 'قال الاتحاد الأوروبي إن الدعم مستمر.\nولعب المنتخب في المجموعة الأوروبية الثانية، وأعلنت المجموعة الأوروبية للصناعات الجوية أرباحها.\n'
    expect(lintLines(id, text)).toEqual([])
  })
})

describe('org-name-consistency: one voice with spelling-consistency', () => {
  const both = (text: string, rules: Record<string, 'warn' | 'off'> = {}) =>
    lintSync(text, {
      only: ['org-name-consistency', 'spelling-consistency'],
      rules: {'org-name-consistency': 'warn', 'spelling-consistency': 'warn', ...rules}
    }).messages.map((m) => [m.ruleId, m.actual, m.expected?.[0]])

  it('leaves a body\'s name to org-name-consistency, whose advice is the body\'s spelling', () => {
    // Spelled `الأوربي` twice and `الأوروبي` once: the document's majority is
    // the EU's wrong form, so spelling-consistency alone would advise `الأوربي`.
    const text = 'وقعت الحكومة اتفاقا مع الاتحاد الأوربي.\nوقال سفير الاتحاد الأوربي إن الدعم سيستمر، ورحب الاتحاد الأوروبي بذلك.\n'
    expect(both(text, {'org-name-consistency': 'off'})).toEqual([['spelling-consistency', 'الأوروبي', 'الأوربي']])
    expect(both(text)).toEqual([
      ['org-name-consistency', 'الاتحاد الأوربي', 'الاتحاد الأوروبي'],
      ['org-name-consistency', 'الاتحاد الأوربي', 'الاتحاد الأوروبي']
    ])
  })

  it('still compares the words outside names, with the names written right counted', () => {
    const text = 'أكد الاتحاد الأوروبي والبرلمان الأوروبي دعمهما، وقال المفوض الأوربي إن الخطة جاهزة.\n'
    expect(both(text)).toEqual([['spelling-consistency', 'الأوربي', 'الأوروبي']])
  })

  it('runs org-name-consistency before spelling-consistency, which reads what it left', () => {
    const ids = rules.map((rule) => rule.id)
    expect(ids.indexOf('org-name-consistency')).toBeLessThan(ids.indexOf('spelling-consistency'))
  })
})

describe('claimOver', () => {
  const claims: NameClaim[] = [
    {start: 10, end: 20, kind: 'model'},
    {start: 30, end: 45, kind: 'reported'}
  ]
  it('finds the claim a word overlaps, none between claims', () => {
    expect(claimOver(claims, 12, 16)?.kind).toBe('model')
    expect(claimOver(claims, 8, 12)?.kind).toBe('model')
    expect(claimOver(claims, 40, 50)?.kind).toBe('reported')
    expect(claimOver(claims, 20, 30)).toBeUndefined()
    expect(claimOver(claims, 0, 10)).toBeUndefined()
    expect(claimOver([], 0, 10)).toBeUndefined()
  })
})

describe('parseOrganizationFile: former names', () => {
  it('reads `former` and `renamed` from JSON and CSV', () => {
    const [json] = parseOrganizationFile('a.json', JSON.stringify([{canonical: 'هيئة الطاقة', former: ['لجنة الطاقة'], renamed: 2015}]))
    expect(json).toMatchObject({former: ['لجنة الطاقة'], renamed: 2015})
    const [csv] = parseOrganizationFile('b.csv', 'canonical,former,renamed\nهيئة الطاقة,لجنة الطاقة|مجلس الطاقة,2015\n')
    expect(csv).toMatchObject({former: ['لجنة الطاقة', 'مجلس الطاقة'], renamed: 2015})
  })

  it('names the file and the place of a bad year', () => {
    expect(() => parseOrganizationFile('c.json', '[{"canonical": "x", "renamed": "soon"}]')).toThrow(/c\.json: bodies\[0\]\.renamed: expected a year/)
    expect(() => parseOrganizationFile('d.csv', 'canonical,renamed\nx,15\n')).toThrow(/d\.csv: line 2: renamed: expected a year/)
  })

  it('reports a user\'s former name beside the current one', () => {
    const extra = parseOrganizationFile('a.json', JSON.stringify([{canonical: 'هيئة الطاقة المتجددة', former: ['لجنة الطاقة البديلة'], renamed: 2015}]))
    const text = 'أعلنت هيئة الطاقة المتجددة خطتها، وقالت لجنة الطاقة البديلة إن التنفيذ يبدأ غدا.\n'
    expect(lintRule(id, text, undefined, {extraOrganizations: extra, cache: new Map()}).map((m) => m.reason)).toEqual([
      'Unexpected `لجنة الطاقة البديلة`, a former name of هيئة الطاقة المتجددة, expected `هيئة الطاقة المتجددة` as the document names it elsewhere'
    ])
  })
})

describe('org-name-consistency: spellings of a known name', () => {
  it('fixes a hamza on another seat in a name the document writes right elsewhere', () => {
    const text = 'أعلنت مفوضية الأمم المتحدة لشؤون اللاجئين خطة، وقالت مفوضية الأمم المتحدة لشئون اللاجئين إن التمويل ناقص.\n'
    expect(fixWith(id, text)).toBe(text.replace('لشئون', 'لشؤون'))
  })

  it('leaves a hamza left out of a common word to the hamza rule', () => {
    expect(lintLines(id, 'قالت منظمة التعاون الإسلامي إن القمة تعقد غدا، ودعت منظمة التعاون الاسلامي الأعضاء.\n')).toEqual([])
  })

  it('reports two accepted spellings of one word mixed, at info', () => {
    const text = 'قالت وكالة المخابرات المركزية الأمريكية إن التقرير سري، وأكدت وكالة المخابرات المركزية الأميركية ذلك.\n'
    const messages = lintRule(id, text)
    expect(messages.map((m) => [m.actual, m.fatal])).toEqual([['وكالة المخابرات المركزية الأميركية', undefined]])
  })
})
