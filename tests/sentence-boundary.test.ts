// stray-period and truncated-sentence beyond their pages: the word classes
// they rest on, odd Unicode, page furniture seen in scraped news (written
// anew here), the split between the two rules, and speed.
import {readdirSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {getDocument, hasPredicateWord} from '../src/engine/document.ts'
import retextArabic from '../src/parser/retext-arabic.ts'
import {normalize} from '../src/language/arabic.ts'
import {
  PREPOSITIONS_NEEDING_COMPLEMENT,
  agreesAsAdjective,
  complementKind,
  hasPredicate,
  isAdverbialPhrase,
  isLoneClitic,
  looksLikeVerb,
  openerClass
} from '../src/language/sentence-words.ts'
import {mayHaveTitle} from '../rules/word-order.ts'
import {lintLines, lintRule} from './helpers.ts'

const key = (word: string) => normalize(word)
const stray = (text: string) => lintLines('stray-period', text)
const truncated = (text: string) => lintLines('truncated-sentence', text)

describe('sentence words', () => {
  it('recognises verbs of several shapes and leaves nouns alone', () => {
    for (const verb of ['قال', 'وأكدت', 'فأوضحوا', 'يعمل', 'ستكون', 'تحتفظ', 'نعمل', 'استقبل', 'اجتمعت', 'انطلق', 'كنت', 'قلنا']) {
      expect(looksLikeVerb(key(verb)), verb).toBe(true)
    }
    for (const noun of ['يوم', 'اليمن', 'استقبال', 'اجتماع', 'تنظيم', 'تكنولوجيا', 'منطقة', 'يوليو', 'جامعة']) {
      expect(looksLikeVerb(key(noun)), noun).toBe(false)
    }
  })

  it('tells particles from look-alike words by their hamza', () => {
    expect(complementKind(key('أن'), 'أن')).toBe('clause')
    expect(complementKind(key('ان'), 'ان')).toBe('clause')
    expect(complementKind(key('آن'), 'آن')).toBeUndefined()
    expect(complementKind(key('كأن'), 'كأن')).toBe('clause')
    expect(complementKind(key('كان'), 'كان')).toBeUndefined()
    expect(complementKind(key('وعلى'), 'وعلى')).toBe('noun')
    expect(complementKind(key('التى'), 'التى')).toBe('clause')
    expect(complementKind(key('كافة'), 'كافة')).toBeUndefined()
  })

  it('classifies sentence openers', () => {
    expect(openerClass(key('وقال'))).toBe('connective')
    expect(openerClass(key('كما'))).toBe('connective')
    expect(openerClass(key('أكد'))).toBe('verb')
    expect(openerClass(key('مشيرا'))).toBe('circumstantial')
    expect(openerClass(key('من'))).toBe('preposition')
    expect(openerClass(key('بالتعاون'))).toBe('preposition')
    expect(openerClass(key('جامعة'), 'جامعة')).toBe('noun')
    expect(openerClass(key('رافقه'), 'رافقه')).toBe('verb')
  })

  it('knows adverbial phrases after a preposition', () => {
    expect(isAdverbialPhrase(['جهته'].map(key))).toBe(true)
    expect(isAdverbialPhrase(['هذه', 'الأثناء'].map(key))).toBe(true)
    expect(isAdverbialPhrase(['هذه', 'المشاريع'].map(key))).toBe(false)
  })

  it('reads adjective agreement and predicates', () => {
    expect(agreesAsAdjective(key('البرلمان'), key('الأوروبي'))).toBe(true)
    expect(agreesAsAdjective(key('السلطات'), key('التركية'))).toBe(true)
    expect(agreesAsAdjective(key('البرلمان'), key('أوروبي'))).toBe(false)
    expect(agreesAsAdjective(key('المنظمة'), key('الدولي'))).toBe(false)
    expect(hasPredicate(['الوفدان', 'اتفقا'].map(key))).toBe(true)
    expect(hasPredicate(['جامعة', 'الدول', 'العربية'].map(key))).toBe(false)
    expect(isLoneClitic(key('وال'))).toBe(true)
    expect(isLoneClitic(key('بل'))).toBe(false)
  })

  it("reads a document's clauses for predicates as it reads their words", () => {
    const text = readFileSync(new URL('../seeds/' + readdirSync(new URL('../seeds/', import.meta.url)).find((n) => n.endsWith('.txt'))!, import.meta.url), 'utf8')
    const doc = getDocument(unified().use(retextArabic).parse(text), text)
    let some = 0
    for (const sentence of doc.sentences) {
      const expected = hasPredicate(sentence.words.map((w) => w.key), sentence.words.map((w) => w.value))
      expect(hasPredicateWord(sentence.words), sentence.text).toBe(expected)
      // Asked again, from the words' remembered answers.
      expect(hasPredicateWord(sentence.words), sentence.text).toBe(expected)
      if (expected) some++
    }
    expect(some).toBeGreaterThan(0)
    expect(some).toBeLessThan(doc.sentences.length)
  })
})

describe('odd Unicode', () => {
  it('compares words through harakat and tatweel', () => {
    expect(stray('وتعمل الوزارة على حماية المنطقـة. مَنطقة الساحل بحاجة إلى دعم.\n')).toEqual([
      '1:33-1:34: Unexpected period between `المنطقـة` and its repetition `مَنطقة`, expected one sentence'
    ])
  })

  it('handles CRLF line ends and no-break spaces', () => {
    expect(stray('اختتمت الدورة. . وتسلم المشاركون الشهادات.\r\nوغادر الوفد.\r\n')).toEqual([
      '1:14-1:17: Unexpected repeated period `. .`, expected `.`'
    ])
    expect(stray('اختتمت الدورة.\u00A0.\u00A0وتسلم المشاركون الشهادات.\n')).toHaveLength(1)
    expect(truncated('اجتمع الوزير بالوفد. وناقش الطرفان سبل التعاون في مجال الطاقة\r\nوانتهى اللقاء.\r\n')).toEqual([
      '1:56-1:62: Unexpected end of paragraph after `الطاقة`, expected a final mark or the rest of the sentence'
    ])
  })

  it('reports the Eastern ellipsis character too', () => {
    expect(stray('وناقش المؤتمر قضايا المياه …والطاقة المتجددة.\n')).toEqual([
      '1:28-1:29: Unexpected `…` glued to `والطاقة`, expected a space after it or no mark'
    ])
  })
})

describe('scraped news furniture', () => {
  it('leaves tags, bylines and signature blocks after the last sentence alone', () => {
    const tags = 'وأعلنت الهيئة نتائج المسابقة في حفل أقيم مساء أمس. سمات جوائز مسابقة ثقافة'
    expect(stray(tags)).toEqual([])
    expect(truncated(tags)).toEqual([])
    const byline = 'وأكد التقرير أن المنطقة تحتاج إلى استثمارات كبيرة في السنوات المقبلة. كاتب اقتصادي'
    expect(stray(byline)).toEqual([])
    expect(truncated(byline)).toEqual([])
    const signature = 'وتلقى المواطنون الدعم في موعده.\nالمهندس سالم العتيبي       مدير إدارة الإسكان'
    expect(truncated(signature)).toEqual([])
  })

  it('leaves a sub-heading glued to a paragraph in the middle of a document alone', () => {
    const text = 'وارتفعت أسعار الصرف في الأسواق المحلية. تراجع العملة\nوسجلت العملة أدنى مستوى لها منذ عام.\n'
    expect(stray(text)).toEqual([])
    expect(truncated(text)).toEqual([])
  })

  it('reads an inline label before a colon as its own sentence', () => {
    expect(stray('وأغلقت البورصة على ارتفاع طفيف. حركة السوق: ارتفعت أسهم البنوك.\n')).toEqual([])
  })

  it('leaves headlines split by `..` and wire credits alone', () => {
    const text = 'الحكومة تقر الموازنة.. وخلاف على بند الدعم\nوأقرت الحكومة الموازنة العامة.\nأ ف ب\n'
    expect(stray(text)).toEqual([])
    expect(truncated(text)).toEqual([])
  })

  it('keeps a number that carries its period complete', () => {
    expect(truncated('وبلغ عدد أعضاء المجلس 15.\nوانتخب المجلس رئيسه.\n')).toEqual([])
  })

  it('does not judge a paragraph without Arabic, a table row or a trailing link', () => {
    expect(truncated('وانتهى الاجتماع.\nThe report was published in 2021 and revised twice since')).toEqual([])
    expect(stray('وانتهى الاجتماع.\nThe note says ("to be done.").\n')).toEqual([])
    expect(truncated('وانتهى الاجتماع.\n| 12 | تقرير اللجنة السنوية | https://example.org/a.b |')).toEqual([])
    expect(truncated('وانتهى الاجتماع. للتفاصيل: example.org/report-2021')).toEqual([])
  })
})

describe('edited news stays silent', () => {
  // Nominal and equational sentences, repetition for emphasis, quotes, scores,
  // numbered steps, question-and-answer lines, datelines and a byline.
  const samples = [
    [
      'الرياض - وكالات: أعلنت وزارة المالية أمس نتائج الربع الثاني. الإيرادات ارتفعت بنسبة 12 في المئة مقارنة بالفترة نفسها من العام الماضي.',
      'وأكد البيان أن الوضع المالي مستقر. الوضع الأمني تحت السيطرة أيضا.',
      'وقال المدير التنفيذي للشركة: «نحن راضون عن الأداء. الطريق ما زال طويلا، لكن الخطوات الأولى مشجعة».',
      'انتهت المباراة بالتعادل 1-1. هدف التعادل جاء في الدقيقة الأخيرة.',
      'وصل المنتخب إلى الدوحة فجر اليوم. المدرب: اللاعبون جاهزون للمواجهة.',
      'وفي المقابل، تراجعت أسعار الذهب. الذهب فقد نحو 2% من قيمته خلال الأسبوع.',
      'وتسعى الحكومة إلى خفض البطالة. البطالة بين الشباب مرتفعة منذ سنوات.',
      'ويشمل البرنامج ثلاثة محاور. المحور الأول يتعلق بالتعليم، والثاني بالصحة، والثالث بالنقل.',
      'وتعد المدينة من أقدم مدن المنطقة. تاريخها يمتد إلى آلاف السنين.',
      'وشارك في الندوة عدد من الخبراء. أبرزهم الباحث سعيد المالكي.',
      'وأوضح أن القرار نهائي. لا تراجع عنه.',
      'وأشار إلى أن اللجنة ستجتمع غدا. موعد الاجتماع لم يحدد بعد.',
      'وقالت الممرضة إن المستشفى مكتظ. عشرات المرضى ينتظرون في الممرات.',
      'ويأتي ذلك بعد أسبوع من الاحتجاجات. احتجاجات بدأت في العاصمة وامتدت إلى مدن أخرى.',
      'وأكدت الهيئة التزامها بالشفافية. الشفافية أساس الثقة بين المواطن والمؤسسات.',
      'ولم تعلق السفارة على الحادث. مصادر دبلوماسية قالت إن التحقيق جار.',
      'وتوقع المحللون استمرار الارتفاع. أسعار النفط قد تتجاوز 90 دولارا للبرميل.',
      'ونقلت الوكالة عن شهود عيان قولهم إن الانفجار وقع ظهرا. سيارات الإسعاف هرعت إلى المكان.',
      'وتنطلق البطولة الأسبوع المقبل. ثمانية فرق تتنافس على اللقب.',
      'وختم حديثه بالقول: «المستقبل لنا. الأجيال القادمة ستحكم علينا».',
      'وتمثل الزراعة ركيزة الاقتصاد المحلي. القمح والشعير أهم المحاصيل.',
      'وأعلن الاتحاد عن تغيير موعد المباراة. السبب سوء الأحوال الجوية.',
      'وتبلغ مساحة الحديقة عشرة هكتارات. حديقة تضم أكثر من مئتي نوع من الأشجار.',
      'وسجل المؤشر العام ارتفاعا طفيفا. قطاع المصارف قاد المكاسب.'
    ].join('\n') + '\n',
    [
      'بيان صحفي',
      'عمّان - بترا: أصدرت وزارة الصحة اليوم الأحد بيانا حول الوضع الوبائي.',
      'وجاء في البيان: "سجلت المملكة 120 إصابة جديدة. لا وفيات خلال الساعات الأربع والعشرين الماضية".',
      'س: ما أبرز التحديات؟',
      'ج: التمويل. ثم نقص الكوادر المدربة في المحافظات البعيدة.',
      'وتتضمن الخطة الخطوات التالية: 1. حصر الأسر المحتاجة. 2. توزيع القسائم. 3. متابعة الحالات.',
      'ويعمل المركز من الساعة 8 صباحا حتى 4 مساء. الدخول مجاني.',
      'وقد انطلقت أعمال المؤتمر في 12/3/2023م. وتستمر ثلاثة أيام.',
      'وحضر الحفل كل من: الدكتور علي حسن، والمهندسة سارة خليل، والأستاذ ماجد يوسف.',
      'وأشاد الحضور بالتنظيم. تنظيم وصفوه بأنه الأفضل منذ سنوات.',
      'وفاز الفريق بالمباراة 3-0. ثلاثية نظيفة أعادت الأمل للجماهير.',
      'وتبقى الأسئلة مطروحة. إلى متى سيستمر الوضع؟ ومن سيتحمل الكلفة؟',
      'ويشكو السكان من انقطاع الكهرباء. انقطاع يتكرر يوميا لساعات.',
      'المحرر'
    ].join('\n') + '\n'
  ]
  it.each(samples.map((text, index) => [index, text] as const))('sample %i', (_, text) => {
    // The rules of thumb alone (no corpus statistics) stay silent on every line.
    expect(lintLines('stray-period', text, undefined, {useStats: false})).toEqual([])
    expect(truncated(text)).toEqual([])
  })
  it('the corpus model flags at most six of the 24 constructed nominal sentences, and two of the 13 other lines', () => {
    // Sample 0 opens every line's second sentence with a bare noun, the hardest case
    // for the model: a few lines are flagged (a verb the word classes do not know,
    // such as `هرعت` or `قاد`; an elative with a pronoun such as `أبرزهم`; nouns that
    // edited news seldom puts first, such as `الوضع`, `تاريخها` or `قطاع`). Which ones
    // depends on the fitted model and its threshold for such lines (set where 0.4% of
    // real boundaries inside paragraphs of held-out edited news would be flagged); the
    // model's false findings on real edited text are measured by `npm run eval`.
    expect(stray(samples[0]!).length).toBeLessThanOrEqual(6)
    // Sample 1 has two such lines: `بالتنظيم. تنظيم وصفوه …`, a noun echoed after the
    // period, and `مساء. الدخول مجاني.`, a two-word nominal sentence.
    expect(stray(samples[1]!).length).toBeLessThanOrEqual(2)
  })
})

describe('the split between the two rules', () => {
  it('reports a period after a word that needs a complement with exactly one rule', () => {
    for (const preposition of ['من', 'في', 'على', 'إلى', 'عن', 'حول', 'خلال', 'بين', 'لدى']) {
      expect(normalize(preposition) && PREPOSITIONS_NEEDING_COMPLEMENT.has(normalize(preposition))).toBe(true)
      const continued = `وتحدث الوزير ${preposition}. المشاريع الجديدة في المنطقة.\n`
      expect(lintRule('stray-period', continued), continued).toHaveLength(1)
      expect(lintRule('truncated-sentence', continued), continued).toHaveLength(0)
      const restarted = `وتحدث الوزير ${preposition}. وقال إن المشاريع جاهزة.\n`
      expect(lintRule('stray-period', restarted), restarted).toHaveLength(0)
      expect(lintRule('truncated-sentence', restarted), restarted).toHaveLength(1)
    }
  })
})

describe('robustness', () => {
  it('never throws and keeps every range inside the text on random punctuation soup', () => {
    const pieces = ['من', 'المنطقة', 'منطقة', 'في', 'أن', 'التي', 'وقال', 'ب', 'ال', '.', '..', '...', '…', '،', ' ', ' ', ' ', '\n', '»', '«', '(', ')', '"', '؟', '!', '3.5', 'د.', 'http://a.b/c..d', 'سمات', 'ـ', '\u200C', '\r\n']
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let round = 0; round < 300; round++) {
      let text = ''
      const length = 1 + Math.floor(random() * 40)
      for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)]
      for (const id of ['stray-period', 'truncated-sentence']) {
        for (const message of lintRule(id, text)) {
          const place = message.place as {start: {offset?: number}; end: {offset?: number}}
          expect(place.start.offset!).toBeGreaterThanOrEqual(0)
          expect(place.end.offset!).toBeLessThanOrEqual(text.length)
        }
      }
    }
  })
})

describe('word-order', () => {
  it('finds a title wherever a word can start, and skips words that merely end in د or م', () => {
    for (const text of ['د. أكد', 'قال د. بدر', '(د. بدر)', 'في 90 د. وسجل', 'وقال أ.د. محمود', 'ا.د. محمود', 'سطر\nم. سامي', '«م. سامي»']) {
      expect(mayHaveTitle(text), text).toBe(true)
    }
    for (const text of ['', '.', 'قال السيد.', 'الدم. وقال', 'على التقدم.', 'محمد. ثم', 'ذلك عام 2024.']) {
      expect(mayHaveTitle(text), text).toBe(false)
    }
  })

  it('reports a title left before a verb at the start of a line, after a bracket or a quote', () => {
    expect(lintLines('word-order', 'د. أكد بدر أهمية التعاون.\n(م. شدد سامي على المتابعة).\n')).toEqual([
      '1:1-1:7: Unexpected verb `أكد` after the title `د.`, expected the name the title belongs to',
      '2:2-2:8: Unexpected verb `شدد` after the title `م.`, expected the name the title belongs to'
    ])
  })
})

describe('speed', () => {
  it('lints a long, clean document quickly and silently', () => {
    const paragraph =
      'وأكد الوزير خلال اللقاء أهمية التعاون بين البلدين في مجالات الطاقة والنقل والتعليم. كما بحث الجانبان سبل تطوير العلاقات الثنائية، ومن جهته رحب السفير بالزيارة. وقال إن المرحلة المقبلة تتطلب جهودا مشتركة.\n'
    const text = paragraph.repeat(2000)
    const started = performance.now()
    expect(lintRule('stray-period', text)).toEqual([])
    expect(lintRule('truncated-sentence', text)).toEqual([])
    // About 400 KB: a few hundred milliseconds at most, parsing included.
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
