// The evaluation's artefact injector (eval/inject.ts): reproducible with a
// seed, spans that point at what was injected, and each kind making what
// eval/taxonomy.md says it makes. The scores themselves are not tested here.
import {describe, expect, it} from 'vitest'
import {injectCorpus, injectDocument, randomFor} from '../eval/inject.ts'
import {KINDS} from '../eval/kinds.ts'

// A synthetic news item written for these tests: a title, a blank line and
// paragraphs that give every kind a place (construct phrases, names with
// `بن`, a relative clause, a known body named several times, quotes…).
const DOC = [
  'وزير الخارجية يبحث التعاون مع منظمة الصحة العالمية',
  '',
  'استقبل وزير الخارجية الأمير فيصل بن سلمان في مكتبه اليوم وفدا من منظمة الصحة العالمية برئاسة المدير الإقليمي للمنظمة. وبحث الجانبان سبل تعزيز التعاون في مجال الرعاية الصحية التي تشمل البرامج الوقائية والخدمات الأساسية.',
  'وأكد الوزير أن المملكة حريصة على دعم جهود المنظمة في مواجهة أزمة اقتصادية حادة تمر بها المنطقة. وأوضح بأنه تم الاتفاق على عقد اجتماعات دورية بين الجانبين خلال العام المقبل.',
  'من جهته قال رئيس الوفد عبد الله بن محمد إن منظمة الصحة العالمية تقدر الدور الذي تقوم به المملكة في دعم البرامج الصحية الدولية. وأضاف أن المنظمة ستواصل العمل مع الحكومة على تطوير الخدمة الصحية في المناطق النائية.',
  'وفي ختام اللقاء أتاح الوزير لهم فرصة زيارة عدد من المستشفيات الحكومية في العاصمة. كما قدم الوفد شكره على حسن الاستقبال والضيافة في العاصمة خلال الزيارة.',
  'وكان البرلمان الأوروبي قد دعا في بيان سابق إلى تعزيز التعاون الدولي في مجال الصحة العامة. وقال "إن التعاون ضروري" في هذه المرحلة الحساسة من عمر المنطقة.',
  'وتأتي هذه الزيارة في إطار الجهود التي تبذلها هيئة الصحة العامة الوطنية لتطوير القطاع الصحي. وتسعى هيئة الصحة العامة الوطنية إلى تحقيق أهداف الخطة الاستراتيجية للقطاع خلال السنوات المقبلة.',
  'وشارك في الاجتماع ممثلون عن الاتحاد الأوروبي والاتحاد الأفريقي ومنظمات أخرى. وأعلن الاتحاد الأوروبي عن تقديم منحة جديدة لدعم القطاع الصحي في المنطقة خلال العام الجاري.'
].join('\n')
const LINES = DOC.split('\n')

/** Inject one artefact of one kind, with a given seed. */
function injectOne(id: string, seed = 1) {
  const kind = KINDS.find((k) => k.id === id)!
  const result = injectDocument('doc.txt', DOC, randomFor(seed, 'doc.txt'), 1, [kind])
  expect(result.injections, `${id} found no place in the test document`).toHaveLength(1)
  const [injection] = result.injections
  return {...result, injection, span: result.text.slice(injection.start, injection.end)}
}

const lineAt = (text: string, offset: number) => text.slice(text.lastIndexOf('\n', offset - 1) + 1, text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset))

// What each kind must have made, read off the injected text (eval/taxonomy.md).
const CHECKS: Record<string, (r: ReturnType<typeof injectOne>) => void> = {
  'period-doubled': ({span}) => expect(span).toMatch(/^(\. \.|\s?\.\.|،\.| \. \.)$/),
  'ellipsis-glued': ({text, injection, span}) => {
    expect(span).toMatch(/^(\.\.\.|\.\.|…)$/)
    expect(text[injection.start - 1]).toBe(' ')
    expect(text[injection.end]).toMatch(/\p{L}/u)
  },
  'word-doubled': ({span}) => {
    const [a, b] = span.split(' ')
    expect(a).toBe(b)
  },
  'word-doubled-with-and': ({span}) => {
    const [a, b] = span.split(' ')
    expect(b).toBe(`و${a}`)
  },
  'phrase-repeated': ({span}) => {
    const words = span.split(' ')
    expect(words.length === 4 || words.length === 6).toBe(true)
    expect(words.slice(0, words.length / 2)).toEqual(words.slice(words.length / 2))
  },
  'phrase-repeated-with-and': ({span}) => {
    const [a, b, c, d] = span.split(' ')
    expect([c, d]).toEqual([`و${a}`, b])
  },
  'line-repeated': ({text, injection, span}) => {
    expect(LINES).toContain(span)
    expect(text.slice(injection.start - span.length - 1, injection.start - 1)).toBe(span)
  },
  'title-repeated': ({text, span}) => {
    expect(span).toBe(LINES[0])
    expect(text.split('\n').filter((l) => l === LINES[0])).toHaveLength(2)
  },
  'sentence-repeated': ({text, injection, span}) => {
    expect(text.slice(injection.start - span.length - 1, injection.start - 1)).toBe(span)
    expect(span).toMatch(/\.$/)
  },
  'paragraph-repeated-later': ({text, span}) => {
    expect(LINES).toContain(span)
    expect(text.split('\n').filter((l) => l === span)).toHaveLength(2)
  },
  'echo-across-period': ({span}) => {
    const [echo, next] = span.split(' ')
    expect(echo).toBe(`ال${next}.`)
  },
  'sentence-end-echo': ({text, injection, span}) => {
    expect(span.startsWith('. ')).toBe(true)
    const phrase = span.slice(2)
    expect(text.slice(injection.start - phrase.length, injection.start)).toBe(phrase)
  },
  'document-cut': ({text, original, injection}) => {
    expect(text.length).toBeLessThan(original.length)
    expect(injection.end).toBe(text.length)
    expect(text).not.toMatch(/[.!?؟]\s*$/)
    expect(original.startsWith(text.replace(/\s\S+$/, ''))).toBe(true)
  },
  'paragraph-cut': ({text, injection}) => {
    const line = lineAt(text, injection.start)
    expect(line).not.toMatch(/[.!?؟]\s*$/)
    expect(text.slice(injection.end, injection.end + 1)).toBe('\n')
  },
  'sentence-cut-at-particle': ({span}) => expect(span).toMatch(/^(في|من|إلى|على|عن|مع|بين|خلال|حول|عبر|نحو|ضد|لدى|منذ|حتى|أمام|بعد|قبل|عند|دون|ضمن)\.$/),
  'phrase-cut': ({text, injection, span}) => {
    expect(span).toMatch(/^\p{L}+\.$/u)
    expect(text[injection.end]).toBe(' ')
  },
  'latin-word': ({span}) => expect(span).toMatch(/^[a-z]+$/),
  'latin-glued': ({span}) => expect(span).toMatch(/^[\u0621-\u064A]+[a-z]+$/),
  'latin-after-naming-noun': ({text, injection, span}) => {
    expect(span).toMatch(/^[a-z]+$/)
    expect(text.slice(0, injection.start - 1).split(' ').at(-1)).toMatch(/^(ال|وال|بال|لل)(خدمة|شركة|منصة|مبادرة|برنامج|مشروع|مركز|حملة|موقع|تطبيق|نظام|جهاز)$/)
  },
  'latin-phrase': ({span}) => expect(span).toMatch(/^[a-z-]+( [a-z-]+)+$/),
  'latin-furniture-line': ({text, injection, span}) => {
    expect(span).toMatch(/[A-Za-z]/)
    expect(lineAt(text, injection.start)).toBe(span)
  },
  'arabic-furniture-line': ({text, injection, span}) => {
    expect(span).toMatch(/[\u0621-\u064A]/)
    expect(lineAt(text, injection.start)).toBe(span)
  },
  'persian-letters': ({span}) => expect(span).toMatch(/[کی]/),
  'html-entity': ({span}) => expect(span).toMatch(/^&[#a-z0-9;&]+;$/),
  'foreign-script-word': ({span}) => expect(span).toMatch(/^[\p{Script=Cyrillic}\p{Script=Greek}]+$/u),
  'org-word-swapped': ({text, span, injection}) => {
    expect(injection.removed).not.toBe(span)
    expect(injection.removed.split(' ').filter((w, i) => w !== span.split(' ')[i])).toHaveLength(1)
    expect(text).toContain('منظمة الصحة العالمية')
  },
  'org-respelled': ({text, span}) => {
    expect(span).toMatch(/الأوربي/)
    expect(text).toContain('الاتحاد الأوروبي')
  },
  'org-old-name': ({text, span}) => {
    expect(span).toMatch(/المجموعة الأوروبية/)
    expect(text).toContain('الاتحاد الأوروبي')
  },
  'org-unlisted-swapped': ({text, span}) => {
    expect(span).toMatch(/العمومية|القومية/)
    expect(text).toContain('هيئة الصحة العامة الوطنية')
  }
}
const PERIOD_KINDS = ['period-construct', 'period-name', 'period-verb-object', 'period-adjective', 'period-preposition-pronoun', 'period-random', 'period-before-conjunct']

describe('eval injector', () => {
  it('has a check here for every kind', () => {
    expect(KINDS.map((k) => k.id).sort()).toEqual([...Object.keys(CHECKS), ...PERIOD_KINDS].sort())
  })

  it.each(Object.keys(CHECKS))('%s makes what the taxonomy says', (id) => {
    for (const seed of [1, 2, 3]) CHECKS[id](injectOne(id, seed))
  })

  it.each(PERIOD_KINDS)('%s puts a period between two words of one sentence', (id) => {
    for (const seed of [1, 2, 3]) {
      const {text, original, injection, span} = injectOne(id, seed)
      expect(span.trim()).toBe('.')
      // `word. word`, or `word . word` as wire copy spaces its periods.
      const left = text.slice(0, injection.start)
      expect(left).toMatch(/\p{L}$/u)
      expect(text.slice(injection.end, injection.end + 2)).toMatch(/^ \p{L}$/u)
      // The original had only a space there: the text before and after is unchanged.
      expect(original.slice(0, left.length + 1)).toBe(left + ' ')
      expect(original.slice(left.length + 1)).toBe(text.slice(injection.end + 1))
    }
  })

  it('each kind shapes its period by the words around it', () => {
    const words = (id: string) => {
      const {text, injection} = injectOne(id)
      const before = text.slice(0, injection.start).trimEnd().split(' ').at(-1)!
      const after = text.slice(injection.end + 1).split(' ')[0]
      return [before, after]
    }
    expect(words('period-name')).toSatisfy(([b, a]: string[]) => a === 'بن' || b === 'عبد')
    expect(words('period-preposition-pronoun')[1]).toMatch(/^(ل|ب|عن|من|في|علي|إلي|مع)(ه|ها|هم)$/)
    expect(words('period-adjective')[1]).toMatch(/ي(ة)?$/)
    expect(words('period-before-conjunct')[1]).toMatch(/^وال/)
    expect(words('period-construct')[1]).toMatch(/^ال/)
  })

  it('records spans inside the injected text and leaves the rest of the text as it was', () => {
    const [doc] = injectCorpus([{name: 'doc.txt', text: DOC}], {seed: 7, perDoc: 3})
    expect(doc.injections.length).toBeGreaterThanOrEqual(2)
    let previous = -1
    for (const injection of doc.injections) {
      expect(injection.start).toBeGreaterThan(previous)
      expect(injection.end).toBeLessThanOrEqual(doc.text.length)
      expect(injection.end).toBeGreaterThanOrEqual(injection.start)
      previous = injection.end
    }
    // Offsets of the original that no artefact touched still point at the same character.
    const untouched = [...DOC.matchAll(/\p{L}+/gu)].map((m) => m.index).filter((o) => doc.injections.every((i) => Math.abs(doc.toInjected(o) - i.start) > 200))
    expect(untouched.length).toBeGreaterThan(10)
    for (const o of untouched) expect(doc.text.slice(doc.toInjected(o), doc.toInjected(o) + 5)).toBe(DOC.slice(o, o + 5))
  })

  it('keeps artefacts of one document on lines apart', () => {
    const [doc] = injectCorpus([{name: 'doc.txt', text: DOC}], {seed: 3, perDoc: 5})
    const lines = doc.injections.map((i) => doc.text.slice(0, i.start).split('\n').length)
    for (let k = 1; k < lines.length; k++) expect(lines[k]).toBeGreaterThan(lines[k - 1])
  })

  it('gives each round its own copy and keeps the first round as a single round makes it', () => {
    const docs = [{name: 'a.txt', text: DOC}]
    const single = injectCorpus(docs, {seed: 4, perDoc: 2})
    const three = injectCorpus(docs, {seed: 4, perDoc: 2, rounds: 3})
    expect(three.map((d) => d.round)).toEqual([0, 1, 2])
    expect(three[0].text).toBe(single[0].text)
    expect(new Set(three.map((d) => d.text)).size).toBe(3)
    for (const d of three) expect(d.original).toBe(DOC)
  })

  it('is reproducible with a seed and changes with it', () => {
    const docs = [
      {name: 'a.txt', text: DOC},
      {name: 'b.txt', text: DOC.replace('الخارجية', 'الداخلية')}
    ]
    const once = injectCorpus(docs, {seed: 5, perDoc: 3})
    const again = injectCorpus(docs, {seed: 5, perDoc: 3})
    expect(again.map((d) => [d.text, d.injections])).toEqual(once.map((d) => [d.text, d.injections]))
    const other = injectCorpus(docs, {seed: 6, perDoc: 3})
    expect(other.map((d) => d.text)).not.toEqual(once.map((d) => d.text))
  })
})
