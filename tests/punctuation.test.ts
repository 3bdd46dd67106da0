// The punctuation rules (punctuation-spacing, latin-punctuation,
// detached-conjunction, bracket-balance) beyond their pages: odd Unicode,
// regressions from edited news written in our own words, fixes of the four
// rules together, and a seeded fuzz of the fixes.
import {describe, expect, it} from 'vitest'
import {lintSync} from '../src/engine/processor.ts'
import {applyEdits, fixableEdits} from '../src/fix/apply.ts'
import {leanOf, maskUrls, pairBrackets, surelyAllPaired, urlSpans} from '../src/language/punctuation.ts'
import {fixWith, lintLines} from './helpers.ts'

const IDS = ['punctuation-spacing', 'latin-punctuation', 'detached-conjunction', 'bracket-balance']

function lintAll(text: string) {
  const rules = Object.fromEntries(IDS.map((id) => [id, 'warn' as const]))
  return lintSync(text, {only: IDS, rules}).messages.filter((m) => IDS.includes(String(m.ruleId)))
}

/** Fix with the four rules together until nothing changes; returns the text and the passes used. */
function fixAll(text: string): {text: string; passes: number} {
  let current = text
  for (let pass = 1; pass <= 10; pass++) {
    const edits = fixableEdits(lintAll(current))
    if (edits.length === 0) return {text: current, passes: pass - 1}
    const next = applyEdits(current, edits).text
    if (next === current) return {text: current, passes: pass}
    current = next
  }
  return {text: current, passes: 10}
}

describe('punctuation-spacing', () => {
  it('reports a no-break space or a tab before a mark like a space', () => {
    expect(lintLines('punctuation-spacing', 'قال الوزير\u00A0، وأضاف\t.\n')).toEqual([
      '1:11-1:12: Unexpected space before `،`, expected none',
      '1:19-1:20: Unexpected space before `.`, expected none'
    ])
  })

  it('keeps Windows line breaks out of the spacing', () => {
    const text = 'قال الوزير ، وأضاف.\r\nوشارك المكتب (\r\nفي الاجتماع).\r\n'
    expect(lintLines('punctuation-spacing', text)).toEqual(['1:11-1:12: Unexpected space before `،`, expected none'])
    expect(fixWith('punctuation-spacing', text)).toBe('قال الوزير، وأضاف.\r\nوشارك المكتب (\r\nفي الاجتماع).\r\n')
  })

  it('reports a space before a colon that ends a line (a label such as `ثانياً :`)', () => {
    expect(lintLines('punctuation-spacing', 'ثانياً :\nقرر المجلس ما يلي :\n')).toEqual([
      '1:7-1:8: Unexpected space before `:`, expected none',
      '2:18-2:19: Unexpected space before `:`, expected none'
    ])
  })

  it('leaves straight quotes alone when their neighbours contradict an alternating reading', () => {
    // The first quotation lacks its opening quote: roles after it are guesses.
    const text = 'كتب القارئ إن الوزارة بطيئة في مشاريعها". وجاء في رد "الوزارة" أن "العمل مستمر".\n'
    expect(lintLines('punctuation-spacing', text)).toEqual([])
    expect(lintLines('bracket-balance', text)).toEqual(['1:40-1:41: Unexpected unpaired `"`, expected an opening `"` before it'])
  })

  it('accepts nested straight quotes', () => {
    const text = 'وكتب: "أخيرًا عاد الأطفال إلى المدارس في "موسم الدراسة" الجديد."\n'
    expect(lintLines('punctuation-spacing', text)).toEqual([])
    expect(lintLines('bracket-balance', text)).toEqual([])
  })

  it('leaves an editorial insertion in square brackets glued to its word', () => {
    expect(lintLines('punctuation-spacing', 'وقال في بيان: "[ب]ينما كنا ننتظر، وصل الوفد".\n')).toEqual([])
  })

  it('does not judge spacing around guillemets that do not pair', () => {
    const text = 'رشحه فريق «الوسط « وقام بتأمين الدعم لمشروع «الإصلاح».\n'
    expect(lintLines('punctuation-spacing', text)).toEqual([])
  })

  it('treats a spaced run of periods as one mark', () => {
    expect(lintLines('punctuation-spacing', 'رغم أنه يعتنق (أو كان يعتنق . .) هذا المذهب.\n')).toEqual([])
  })

  it('leaves web addresses alone, including Arabic paths', () => {
    const text = 'المصدر: https://example.com/مقال/الوزير،-السفير،-المدير/ و www.example.org/?a=1,2\n'
    expect(lintLines('punctuation-spacing', text)).toEqual([])
    expect(lintLines('latin-punctuation', text)).toEqual([])
  })

  it('tells an era after a year from an abbreviation', () => {
    expect(lintLines('punctuation-spacing', 'صدر القرار عام 2015م.وقال المتحدث إن أ.د.سامي حضر في 1436هـ.وغادر.\n')).toEqual([
      '1:22-1:22: Unexpected `.وقال`, expected `. وقال`',
      '1:61-1:61: Unexpected `.وغادر.`, expected `. وغادر.`'
    ])
  })

  it('reports a mark glued to a Latin word after an Arabic comma', () => {
    expect(lintLines('punctuation-spacing', 'مثل XML،HTML تستخدم العلامات.\n')).toEqual([
      '1:9-1:9: Unexpected `،HTML`, expected `، HTML`'
    ])
  })
})

describe('latin-punctuation', () => {
  it('leaves HTML character references alone', () => {
    expect(lintLines('latin-punctuation', 'تدين &#39;بيونجيانج&#39; بسبب &quot;الانفجار&quot;\n')).toEqual([])
  })

  it('keeps Latin marks on a mostly Latin line unless both neighbours are Arabic', () => {
    expect(lintLines('latin-punctuation', 'Sections (سياسي/عام), `spa` = Saudi Press Agency, and more.\n')).toEqual([])
    expect(lintLines('latin-punctuation', 'The words الصحة,التعليم appear in the list.\n')).toEqual([
      '1:16-1:17: Unexpected `,`, expected `،`'
    ])
  })
})

describe('detached-conjunction', () => {
  it('leaves a line label `و` after lines labelled with single letters', () => {
    expect(lintLines('detached-conjunction', 'هـ - تطوير المناهج\nو  تدريب المعلمين\n')).toEqual([])
  })

  it('reports `و` with a short vowel', () => {
    expect(lintLines('detached-conjunction', 'جاء الوزير وَ السفير.\n')).toEqual([
      '1:14-1:15: Unexpected space in `وَ السفير`, expected `وَالسفير`'
    ])
  })
})

describe('bracket-balance', () => {
  it('pairs a quotation over several lines, and reopened lines', () => {
    const text = 'وقال: «بدأنا قبل عامين.\n«واليوم نرى «النتائج» في المدن.\nوسنواصل العمل».\n'
    expect(lintLines('bracket-balance', text)).toEqual([])
  })

  it('reports a quotation left open for more than 8 lines', () => {
    const lines = ['وقال: «بدأنا قبل عامين.', ...Array.from({length: 9}, (_, i) => `سطر رقم ${i + 1}.`), 'وسنواصل العمل».']
    expect(lintLines('bracket-balance', lines.join('\n') + '\n')).toEqual([
      '1:7-1:8: Unexpected unpaired `«`, expected a closing `»` in the same paragraph',
      '11:14-11:15: Unexpected unpaired `»`, expected an opening `«` before it'
    ])
  })

  it('does not pair a bracket inside a web address with one outside', () => {
    const text = 'انظر (المصدر: https://example.org/wiki/Page_(x) اليوم).\n'
    expect(lintLines('bracket-balance', text)).toEqual([])
    expect(maskUrls(text, urlSpans(text)).length).toBe(text.length)
  })

  it('reports a closing bracket typed for an opening one once', () => {
    expect(lintLines('bracket-balance', 'وقال إن روسيا هي القوة الأساسية (في سوريا( والخطر قائم.\n')).toEqual([
      '1:42-1:43: Unexpected `(` closing a bracket, expected `)`'
    ])
  })

  it('pairs each kind on its own', () => {
    const roles = pairBrackets('«أ (ب» ج)').map((b) => `${b.char}${b.partner === -1 ? '!' : ''}`)
    expect(roles).toEqual(['«', '(', '»', ')'])
  })

  it('says a line surely pairs every bracket only when pairing finds no bracket without a partner', () => {
    // The counting shortcut of bracket-balance must agree with pairing wherever it answers.
    expect(surelyAllPaired('عقد المجلس (في دورته [المؤجلة]) اجتماعًا بعنوان «الأمن» وقال: "نحن مستعدون".')).toBe(true)
    expect(surelyAllPaired('لا أقواس هنا، ولا علامات تنصيص.')).toBe(true)
    expect(surelyAllPaired('قال (الوزير إن')).toBe(false)
    expect(surelyAllPaired('”كلمة” أخرى')).toBe(false)
    expect(surelyAllPaired('انظر (https://example.org/a(b)) الآن')).toBe(false)
    let seed = 7031
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const pieces = ['كلمة', 'word', ' ', ' ', '،', ':', '(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '"', '"', ':)', ';-(', '=]', 'www.x.org', 'http://a.b/(c)', '-', '\u00a0']
    let sure = 0
    for (let round = 0; round < 20000; round++) {
      let text = ''
      const length = 1 + Math.floor(random() * 12)
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)]
      if (!surelyAllPaired(text)) continue
      sure++
      const unpaired = pairBrackets(maskUrls(text)).filter((b) => b.partner === -1)
      expect(unpaired, JSON.stringify(text)).toEqual([])
    }
    expect(sure).toBeGreaterThan(1000)
  })

  it('leaves unpaired only brackets whose neighbours lean neither way, or lean against a role they have for sure', () => {
    // punctuation-spacing pairs a line only for a bracket whose neighbours lean neither way:
    // a certain bracket never has neighbours that lean against its role.
    let seed = 9127
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const pieces = ['كلمة', ' ', ' ', '،', '.', ':', '(', ')', '«', '»', '“', '”', '"', '"', '[', ']', '\n']
    for (let round = 0; round < 20000; round++) {
      let text = ''
      const length = 1 + Math.floor(random() * 12)
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)]
      for (const b of pairBrackets(text)) {
        if (b.partner === -1 || !b.certain) continue
        expect(leanOf(text, b.index), JSON.stringify(text)).not.toBe(b.role === 'open' ? -1 : 1)
      }
    }
  })
})

describe('the four rules together', () => {
  const messy = [
    'أكد الوزير ، في كلمته أمام المؤتمر ( الدولي ) , أهمية التعاون .وقال :"إن الخطة جاهزة " و أضاف أن الوفود (اليونسكو، -اليونيسف) وصلت?',
    'و في الختام شكر الحضور,وتمنى للجميع التوفيق...والنجاح!',
    'قال المدير "الأمر سهل" و "المهمة واضحة" ، ثم غادر .'
  ].join('\n')

  it('fix everything fixable in a few passes, once and for all', () => {
    const {text, passes} = fixAll(messy)
    expect(passes).toBeLessThanOrEqual(3)
    expect(text).toBe(
      [
        'أكد الوزير، في كلمته أمام المؤتمر (الدولي)، أهمية التعاون. وقال: "إن الخطة جاهزة" وأضاف أن الوفود (اليونسكو، اليونيسف) وصلت؟',
        'وفي الختام شكر الحضور، وتمنى للجميع التوفيق... والنجاح!',
        'قال المدير "الأمر سهل" و "المهمة واضحة"، ثم غادر.'
      ].join('\n')
    )
    expect(fixableEdits(lintAll(text))).toEqual([])
    expect(lintAll(text).map((m) => m.ruleId)).toEqual([])
  })

  it('fixes by changing only the bytes at fault', () => {
    const before = 'قال،وأضاف و السيد ( الوزير ) ,\n'
    const edits = fixableEdits(lintAll(before))
    for (const edit of edits) expect(edit.end - edit.start).toBeLessThanOrEqual(1)
  })

  it('fuzz: fixes converge, are idempotent and keep the brackets', () => {
    // A small seeded generator: Arabic words, digits, marks, brackets and quotes.
    let seed = 20240611
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]
    const pieces = ['الوزير', 'و', 'السفير', 'قال', 'في', '3.5', '12:30', '2022', 'أ.د.', ' ', ' ', ' ', '  ', '،', '؛', ':', '.', '...', '؟', '!', ',', ';', '?', '(', ')', '«', '»', '"', '-', 'Reuters', '1,5', '[', ']']
    for (let round = 0; round < 300; round++) {
      let text = ''
      const length = 5 + Math.floor(random() * 25)
      for (let k = 0; k < length; k++) text += pick(pieces)
      const {text: fixed, passes} = fixAll(text)
      expect(passes, JSON.stringify(text)).toBeLessThan(10)
      expect(fixableEdits(lintAll(fixed)), JSON.stringify(text)).toEqual([])
      // Fixes never add or remove a bracket or a quote, nor add to the unpaired
      // ones (a space may turn `؟و)` into the list label `؟ و)`, one fewer).
      const brackets = (s: string) => s.replace(/[^()[\]«»"]/g, '')
      expect(brackets(fixed)).toBe(brackets(text))
      const unpaired = (s: string) => lintLines('bracket-balance', s).length
      expect(unpaired(fixed), JSON.stringify(text)).toBeLessThanOrEqual(unpaired(text))
    }
  })
})
