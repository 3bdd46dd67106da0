import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, isHeadingLike, type ParagraphInfo, type SentenceInfo, type WordInfo} from '../src/engine/document.ts'
import {
  CONTINUATIONS,
  DOUBLED_NAMES,
  NEVER_DOUBLED,
  isFunctionWord,
  isIdiomaticDoubling,
  isNumberWord
} from '../src/language/idioms.ts'

// Only Arabic letters and marks (no digits, no Latin, no joined punctuation).
const ARABIC_WORD = /^[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF\u200C\u200D]+$/u
// The gap between two sentences that a single period closes (quotes and brackets allowed).
const PERIOD_GAP = /^["'»”)\]]*\.["'«“(\[]*\s+["'«“(\[]*$/u
const SPACE = /^[ \t\u00A0]+$/u
// A key that starts with the article, maybe after a conjunction or preposition.
const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/u
const WAW = 0x0648
const FA = 0x0641
/** `غير`, which negates the adjective after it (`غير الحكومية`). */
const NEGATING = 'غير'

/** How far back the repeated part of a fragment may sit in the sentence before. */
const TAIL_WORDS = 10
/** Shorter sentences may repeat on purpose (`شكرا لكم. شكرا لكم.`). */
const MIN_SENTENCE_WORDS = 4
/** Lines of at least this many words are compared with every earlier line. */
const LONG_PARAGRAPH = 12

interface Options extends Record<string, unknown> {
  maxFragmentWords: number
  allowRepeatedTitle: boolean
}

const ARTICLES = ['وبال', 'وكال', 'فبال', 'فال', 'وال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال']

/**
 * A normalised word without its proclitics: a conjunction, a preposition and
 * the article (`وبالمنطقة`, `للمنطقة`, `منطقة` → `منطقه`), the ending kept, so
 * `المواطنين` and `المواطنات` stay different words.
 */
function bareKey(key: string): string {
  for (const article of ARTICLES) {
    if (key.startsWith(article) && key.length - article.length >= 2) return key.slice(article.length)
  }
  let w = key
  if (w.length > 3 && (w.startsWith('و') || w.startsWith('ف'))) w = w.slice(1)
  if (w.length > 4 && (w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ك'))) w = w.slice(1)
  return w
}

function isConjunction(code: number): boolean {
  return code === WAW || code === FA
}

/** Whether the key opens with a conjunction `و`/`ف` that leaves a word (`وتعزيز`, not `وقت`). */
function hasConjunction(key: string): boolean {
  return key.length > 3 && isConjunction(key.charCodeAt(0))
}

/** Whether `key` is `base` or `base` after a conjunction (`وتعزيز` for `تعزيز`). */
function sameOrConjoined(key: string, base: string): boolean {
  return key === base || (hasConjunction(key) && key.length === base.length + 1 && key.endsWith(base))
}

/**
 * Length, first and last code unit of key.slice(from), ten bits each (the
 * last in the low bits): equal strings have equal prints, never negative.
 */
function fingerprint(key: string, from: number): number {
  const length = key.length - from
  if (length <= 0) return 0
  return ((length & 0x3ff) << 20) | ((key.charCodeAt(from) & 0x3ff) << 10) | (key.charCodeAt(key.length - 1) & 0x3ff)
}

/** Whether two runs of words have the same keys. */
function sameWords(a: WordInfo[], b: WordInfo[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if (a[k].key !== b[k].key) return false
  return true
}

/** Whether words[a, a + count) and words[b, b + count) have the same keys. */
function sameKeys(words: WordInfo[], a: number, b: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (words[a + k].key !== words[b + k].key) return false
  return true
}

function excerpt(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/u)
  return parts.length <= words ? parts.join(' ') : parts.slice(0, words).join(' ') + ' …'
}

function trimmedRange(paragraph: ParagraphInfo): [number, number] {
  const text = paragraph.text
  const start = paragraph.start + (text.length - text.trimStart().length)
  const end = paragraph.start + text.trimEnd().length
  return [start, end]
}

export default defineRule<Options>({
  id: 'duplicated-phrase',
  description: 'Disallow words, phrases and lines repeated by accident',
  severity: 'error',
  fixable: true,
  category: 'artefact',
  recommended: true,
  options: {
    properties: {
      maxFragmentWords: {
        type: 'integer',
        minimum: 0,
        description: 'Longest sentence (in words) checked for repeating the end of the sentence before it; 0 turns that check off.'
      },
      allowRepeatedTitle: {
        type: 'boolean',
        description: 'Allow the first line (the title) to be repeated as the next line.'
      }
    },
    defaults: {maxFragmentWords: 8, allowRepeatedTitle: true}
  },
  messages: {
    word: 'Unexpected repeated word in `{actual}`, expected `{expected}`',
    coordinated: 'Unexpected `{actual}`, the same word is joined to itself, keep one or name the second thing',
    phrase: 'Unexpected repeated phrase `{actual}`, expected it once',
    period: 'Unexpected `{actual}` repeated across a period, expected it once',
    fragment: 'Unexpected `{actual}` repeating `{first}` of the sentence before, expected it once',
    sentence: 'Unexpected repeated sentence `{excerpt}`, expected it once',
    line: 'Unexpected repeated line `{excerpt}`, expected it once',
    paragraph: 'Unexpected repeated paragraph `{excerpt}`, already on line {line}'
  },
  examples: {
    valid: [
      {
        text: 'وقدم الصندوق الدعم الفني للدول العربية والدول الأفريقية، وللمنظمات الإقليمية والمنظمات الدولية.\n',
        note: 'Parallel phrases that share a word but name different things.'
      },
      {
        text: 'وشاركت الهيئات الحكومية والهيئات الحكومية المستقلة في إعداد التقرير.\n',
        note: 'The second copy narrowed by one more adjective is another group.'
      },
      {
        text: 'تحسن الوضع شيئا فشيئا، وعاد السكان إلى قراهم يوما بعد يوم ومرة بعد مرة.\n',
        note: 'Idioms that repeat a word on purpose.'
      },
      {text: 'عمل الفريقان جنبا إلى جنب، والتقى الوزيران وجها لوجه، وتقدمت المفاوضات رويدا رويدا.\n'},
      {
        text: 'راجعت اللجنة النص حرفًا حرفًا وخطوة خطوة، والنتائج جيدة جدا جدا.\n',
        note:
          'Distributive doubling, and emphatic doubling of an adverb (التوكيد اللفظي), are grammatical Arabic: left alone. A style rule, not this one, may frown on `جدا جدا`.'
      },
      {
        text: 'ويزداد الإقبال أكثر فأكثر، ويصل المزيد والمزيد من الزوار، وهناك الكثير والكثير مما ينتظرهم.\n',
        note: 'An elative or a word of quantity coordinated with itself intensifies.'
      },
      {
        text: 'فرق كبير بين التخطيط وبين التنفيذ، وفي المدن وفي القرى، ومن الشرق ومن الغرب.\n',
        note: 'Repeated function words are not repeated phrases.'
      },
      {text: 'وحضر اللقاء الدكتور محمد محمد حسين والمهندس أحمد أحمد سليم.\n', note: 'A doubled given name is part of a real name.'},
      {
        text: 'ويعزز الاتفاق التنسيق بين المكتب ومكتب الأمم المتحدة الإنمائي في المنطقة.\n',
        note: 'A defined word coordinated with the head of another name (`مكتب الأمم المتحدة`) names two things.'
      },
      {text: 'بلغ عدد المشاركين 40 40 في الدورة الأولى، وتابعها ألف ألف مشاهد، وملايين وملايين على الشبكة.\n', note: 'Numbers are not checked.'},
      {text: 'وصل صاحب السمو الملكي ولي ولي العهد إلى العاصمة.\n', note: '`ولي ولي العهد` (deputy crown prince) is a title.'},
      {
        text: 'وتناولت القمة العلاقات الخليجية الخليجية والحوار اللبناني اللبناني.\n',
        note: 'A doubled nisba adjective names relations inside one group.'
      },
      {
        text: 'وتبنى حزب «بي كا كا» الهجوم، ووصلت السفينة «يو إس إس» إلى الميناء، وزار الوفد جزيرة بورا بورا.\n',
        note: 'Acronym letters read out, and foreign names that double.'
      },
      {text: 'وقع الزلزال شمال شمال شرق المدينة، وشعر به السكان شمال وشمال غرب البلاد.\n', note: 'Compass points.'},
      {
        text: 'الموقف الرسمي هو هو لم يتغير، والمنطقة منطقة عسكرية مغلقة.\n',
        note: 'A definite subject with the same word as its predicate is a nominal sentence.'
      },
      {
        text: 'واتهمت الحكومة جماعات مسلحة في دارفور. دارفور تشهد اشتباكات منذ أشهر. وناقش المجلس الاتفاق. فالاتفاق ينص على وقف النار.\n',
        note: 'A name said again after a period, or a sentence opening with a conjunction, resumes the topic on purpose.'
      },
      {
        text: 'انتهى عهد الشعار القديم للشركة. يعيش الشعار الجديد.\n',
        note: 'A short sentence that takes up words of the one before without being a piece of it.'
      },
      {
        text: 'ناقش المجلس خطة تطوير التعليم في المحافظة. وأقر المجلس خطة تطوير التعليم بعد نقاش طويل امتد ساعات.\n',
        note: 'A full sentence may take up the words of the sentence before it.'
      },
      {text: 'شكرا لكم. شكرا لكم.\n', note: 'Sentences shorter than four words may repeat.'},
      {
        text: 'افتتاح معرض الكتاب في الرياض\n\nافتتاح معرض الكتاب في الرياض\nافتتح وزير الثقافة معرض الكتاب في الرياض أمس.\n',
        note: 'The title repeated as the next line (common in scraped pages) is allowed by default.'
      },
      {
        text: 'افتتاح معرض الكتاب في الرياض\nافتتاح معرض الكتاب في الرياض. وشارك في المعرض مئات الناشرين.\n',
        note: 'A title repeated as the first sentence of the body is not a repeated line.'
      }
    ],
    invalid: [
      {
        text: 'وقدم الخبراء الدعم في تطوير تطوير الخطط الوطنية.\n',
        messages: ['1:23-1:34: Unexpected repeated word in `تطوير تطوير`, expected `تطوير`'],
        output: 'وقدم الخبراء الدعم في تطوير الخطط الوطنية.\n'
      },
      {
        text: 'وأشار إلى أن الموازنة الموازنة المخصصة للمشروع كافية.\n',
        messages: ['1:14-1:31: Unexpected repeated word in `الموازنة الموازنة`, expected `الموازنة`'],
        output: 'وأشار إلى أن الموازنة المخصصة للمشروع كافية.\n'
      },
      {
        text: 'وناقش الاجتماع في في المستجدات، وتم تم الاتفاق على خطة العمل.\n',
        messages: [
          '1:16-1:21: Unexpected repeated word in `في في`, expected `في`',
          '1:33-1:39: Unexpected repeated word in `وتم تم`, expected `وتم`'
        ],
        output: 'وناقش الاجتماع في المستجدات، وتم الاتفاق على خطة العمل.\n',
        note: 'A doubled preposition or auxiliary is never grammatical.'
      },
      {
        text: 'وجرى الاتفاق على تطويرِ تطويرِ العلاقات.\n',
        messages: ['1:18-1:31: Unexpected repeated word in `تطويرِ تطويرِ`, expected `تطويرِ`'],
        output: 'وجرى الاتفاق على تطويرِ العلاقات.\n',
        note: 'Words are compared without their harakat.'
      },
      {
        text: 'وتعهدت الوزارة بتطوير وتطوير البرامج التدريبية، وبدعم التدريب والتدريب في المعاهد.\n',
        messages: [
          '1:16-1:29: Unexpected `بتطوير وتطوير`, the same word is joined to itself, keep one or name the second thing',
          '1:55-1:71: Unexpected `التدريب والتدريب`, the same word is joined to itself, keep one or name the second thing'
        ],
        note: 'A word coordinated with itself usually stands for two different source words (`development and elaboration`): no automatic fix.'
      },
      {
        text: 'استقبل الوزير رئيس البعثة رئيس البعثة في مكتبه، ودعا إلى تعزيز التعاون وتعزيز التعاون بين البلدين.\n',
        messages: [
          '1:27-1:38: Unexpected repeated phrase `رئيس البعثة`, expected it once',
          '1:72-1:86: Unexpected repeated phrase `وتعزيز التعاون`, expected it once'
        ]
      },
      {
        text: 'وتعمل الحكومة على تعزيز أمن المنطقة. منطقة الخليج ومحيطها.\n',
        messages: ['1:38-1:43: Unexpected `منطقة` repeated across a period, expected it once'],
        note: 'The same word, defined before the period and bare after it: the period cut a phrase.'
      },
      {
        text: 'وبحث الطرفان سبل مواجهة الأزمة المالية. الأزمة المالية التي تمر بها المنطقة.\n',
        messages: ['1:41-1:55: Unexpected `الأزمة المالية` repeated across a period, expected it once']
      },
      {
        text: 'وأكد الوزير حرص بلاده على تحقيق أعلى عائد. من هذه الاستثمارات لتحقيق العائد.\n',
        messages: [
          '1:63-1:76: Unexpected `لتحقيق العائد` repeating `تحقيق أعلى عائد` of the sentence before, expected it once'
        ],
        note: 'A short fragment, opening with a preposition after a period, that says again what the sentence before ended with.'
      },
      {
        text: 'وأعلنت الوزارة بدء التسجيل في البرنامج الأسبوع المقبل. وأعلنت الوزارة بدء التسجيل في البرنامج الأسبوع المقبل. ويستمر التسجيل شهرا.\n',
        messages: [
          '1:56-1:110: Unexpected repeated sentence `وأعلنت الوزارة بدء التسجيل في البرنامج الأسبوع المقبل.`, expected it once'
        ]
      },
      {
        text: 'ودعا المجلس إلى تسريع تنفيذ المشاريع المتأخرة.\nودعا المجلس إلى تسريع تنفيذ المشاريع المتأخرة. وطالب بتقارير شهرية.\n',
        messages: [
          '2:1-2:47: Unexpected repeated sentence `ودعا المجلس إلى تسريع تنفيذ المشاريع المتأخرة.`, expected it once'
        ],
        note: 'The last sentence of a paragraph said again at the start of the next.'
      },
      {
        text: 'الوزير يستقبل سفير اليابان\n\nالسفير الياباني يقدم أوراق اعتماده\nالسفير الياباني يقدم أوراق اعتماده\n',
        messages: ['4:1-4:35: Unexpected repeated line `السفير الياباني يقدم أوراق اعتماده`, expected it once']
      },
      {
        text: 'افتتاح معرض الكتاب\nافتتاح معرض الكتاب\n',
        options: {allowRepeatedTitle: false},
        messages: ['2:1-2:19: Unexpected repeated line `افتتاح معرض الكتاب`, expected it once']
      },
      {
        text:
          'وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع المقبل ويستمر شهرا كاملا.\n' +
          'ودعت الهيئة الراغبين إلى زيارة موقعها.\n' +
          'وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع المقبل ويستمر شهرا كاملا.\n',
        messages: [
          '3:1-3:76: Unexpected repeated paragraph `وأعلنت الهيئة أن التسجيل في البرنامج يبدأ الأسبوع …`, already on line 1'
        ],
        note: 'A paragraph of twelve words or more said again anywhere in the document.'
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    const text = context.text
    const all = doc.words
    // Per-word facts, computed on first use (most words never need them).
    const bares: (string | undefined)[] = new Array(all.length)
    // 0: not computed yet, else the class plus one.
    const classes: number[] = new Array(all.length).fill(0)
    const reported: number[] = new Array(all.length).fill(0)
    // Cheap fingerprints of each key and of its tail after a leading
    // conjunction (-1 without one): keys that differ in them cannot be equal.
    const prints: number[] = new Array(all.length)
    const tails: number[] = new Array(all.length)
    for (let k = 0; k < all.length; k++) {
      const key = all[k].key
      prints[k] = fingerprint(key, 0)
      tails[k] = isConjunction(key.charCodeAt(0)) ? fingerprint(key, 1) : -1
    }

    function bare(word: WordInfo): string {
      let value = bares[word.index]
      if (value === undefined) {
        value = isArabic(word) ? bareKey(word.key) : word.key
        bares[word.index] = value
      }
      return value
    }

    // 1: Arabic word, 2: and a content word.
    function wordClass(word: WordInfo): number {
      const known = classes[word.index]
      if (known !== 0) return known - 1
      let value = 0
      if (ARABIC_WORD.test(word.value)) {
        const b = bareKey(word.key)
        value = b.length >= 3 && !isFunctionWord(word.key) && !isFunctionWord(b) && !isNumberWord(word.key) ? 2 : 1
      }
      classes[word.index] = value + 1
      return value
    }

    const isArabic = (word: WordInfo): boolean => wordClass(word) > 0
    const isContent = (word: WordInfo): boolean => wordClass(word) === 2
    const isDefinite = (word: WordInfo): boolean =>
      isArabic(word) && DEFINITE.test(word.key) && word.key !== bare(word)

    // Lines and paragraphs, compared word by word on their keys. A
    // paragraph's words are a run of the document's word list.
    let previous: {paragraph: ParagraphInfo; from: number; count: number} | undefined
    let first: ParagraphInfo | undefined
    // Long paragraphs by their first word's key.
    const long = new Map<string, {paragraph: ParagraphInfo; from: number; count: number}[]>()
    for (const paragraph of doc.paragraphs) {
      let count = 0
      let from = 0
      for (const sentence of paragraph.sentences) {
        if (count === 0 && sentence.words.length > 0) from = sentence.words[0].index
        count += sentence.words.length
      }
      if (count === 0) continue
      first ??= paragraph
      const heading = isHeadingLike(paragraph)
      let found = false
      if (
        previous &&
        previous.count === count &&
        sameKeys(all, previous.from, from, count) &&
        count >= 2 &&
        paragraph.sentences.some((s) => s.words.some(isContent))
      ) {
        const titleCopy = options.allowRepeatedTitle && previous.paragraph === first && isHeadingLike(previous.paragraph)
        if (!titleCopy) {
          const [start, end] = trimmedRange(paragraph)
          context.report({messageId: 'line', start, end, data: {excerpt: excerpt(text.slice(start, end))}})
          found = true
        }
      } else if (count >= LONG_PARAGRAPH && !heading) {
        const lead = all[from].key
        const candidates = long.get(lead)
        const earlier = candidates?.find((other) => other.count === count && sameKeys(all, other.from, from, count))
        if (earlier) {
          const [start, end] = trimmedRange(paragraph)
          context.report({
            messageId: 'paragraph',
            start,
            end,
            data: {excerpt: excerpt(text.slice(start, end)), line: earlier.paragraph.line}
          })
          found = true
        } else if (candidates) {
          candidates.push({paragraph, from, count})
        } else {
          long.set(lead, [{paragraph, from, count}])
        }
      }
      if (found) for (let k = from; k < from + count; k++) reported[k] = 1
      previous = {paragraph, from, count}
    }

    // Sentences said twice in one paragraph, or again right after a paragraph break.
    let lastSentence: WordInfo[] | undefined
    for (const paragraph of doc.paragraphs) {
      if (paragraph.sentences.length === 0) continue
      // Sentences so far by their first word's key.
      const seen = new Map<string, WordInfo[][]>()
      let last: WordInfo[] | undefined
      for (let position = 0; position < paragraph.sentences.length; position++) {
        const sentence = paragraph.sentences[position]
        const words = sentence.words
        if (words.length === 0 || reported[words[0].index]) continue
        const lead = words[0].key
        const candidates = seen.get(lead)
        const known = candidates !== undefined && candidates.some((other) => sameWords(other, words))
        const earlier = known || (position === 0 && lastSentence !== undefined && sameWords(lastSentence, words))
        if (earlier && words.length >= MIN_SENTENCE_WORDS && words.filter(isContent).length >= 2) {
          const start = words[0].start
          const end = sentence.start + sentence.text.trimEnd().length
          context.report({messageId: 'sentence', start, end, data: {excerpt: excerpt(text.slice(start, end))}})
          for (const word of words) reported[word.index] = 1
          continue
        }
        if (!candidates) seen.set(lead, [words])
        else if (!known) candidates.push(words)
        last = words
      }
      lastSentence = isHeadingLike(paragraph) ? undefined : last
    }

    for (const paragraph of doc.paragraphs) {
      let before: SentenceInfo | undefined
      for (const sentence of paragraph.sentences) {
        const words = sentence.words
        if (words.length > 0 && !reported[words[0].index]) {
          checkAdjacent(words)
          if (before && before.words.length > 0) checkBoundary(before.words, words)
        }
        before = sentence
      }
    }

    /** A word or phrase said twice in a row inside a sentence. */
    function checkAdjacent(words: WordInfo[]): void {
      // A sentence's words are a run of the document's: words[i] is all[base + i].
      const base = words[0].index
      for (let i = 0; i + 1 < words.length; i++) {
        const pa = prints[base + i]
        // Phrases first (longest first), so `رئيس البعثة رئيس البعثة` is one finding.
        let phrase = 0
        for (let n = Math.min(6, (words.length - i) >> 1); n >= 2; n--) {
          const c = base + i + n
          if ((prints[c] === pa || tails[c] === pa) && sameOrConjoined(words[i + n].key, words[i].key) && samePhrase(words, i, n)) {
            phrase = n
            break
          }
        }
        if (phrase) {
          context.report({messageId: 'phrase', start: words[i + phrase].start, end: words[i + 2 * phrase - 1].end})
          i += 2 * phrase - 1
          continue
        }
        const pb = prints[base + i + 1]
        const same = pa === pb || tails[base + i] === pb
        // The second word opens with a conjunction and ends as the first does.
        const joined = tails[base + i + 1] !== -1 && (pa & 0x3ff) === (pb & 0x3ff)
        if (!same && !joined) continue
        const a = words[i]
        const b = words[i + 1]
        const ka = a.key
        const kb = b.key
        if (same && (ka === kb || (ka.length === kb.length + 1 && ka.endsWith(kb) && isConjunction(ka.charCodeAt(0))))) {
          // `تطوير تطوير`, and `وتم تم` (the second copy lost the conjunction).
          if (!isArabic(a) || !spaceBetween(a, b) || !doubledByMistake(b)) continue
          context.report({messageId: 'word', start: a.start, end: b.end, expected: [a.value]})
          i++
        } else if (
          joined &&
          (kb.charCodeAt(0) === WAW || kb.charCodeAt(0) === FA) &&
          kb.charCodeAt(kb.length - 1) === ka.charCodeAt(ka.length - 1) &&
          isContent(a) &&
          isArabic(b) &&
          bare(b) === bare(a) &&
          spaceBetween(a, b)
        ) {
          // `تطوير وتطوير`, `بتطوير وتطوير`: a word coordinated with itself.
          if (!coordinatedByMistake(a, b, words[i + 2])) continue
          context.report({messageId: 'coordinated', start: a.start, end: b.end})
          i++
        }
      }
    }

    function spaceBetween(a: WordInfo, b: WordInfo): boolean {
      return SPACE.test(text.slice(a.end, b.start))
    }

    /**
     * Whether words[i..i+n) are said again right after as words[i+n..i+2n),
     * the second copy maybe joined by `و` (`تعزيز التعاون وتعزيز التعاون`).
     */
    function samePhrase(words: WordInfo[], i: number, n: number): boolean {
      let content = 0
      for (let k = 0; k < n; k++) {
        const a = words[i + k]
        const b = words[i + n + k]
        if (!(a.key === b.key || (k === 0 && sameOrConjoined(b.key, a.key))) || !isArabic(a)) return false
        if (isContent(a)) content++
      }
      if (content < 2) return false
      // Only spaces between the two copies: `X Y، X Y` may be deliberate.
      if (!spaceBetween(words[i + n - 1], words[i + n])) return false
      if (words[i + n].key !== words[i].key) {
        // `المنظمات الدولية والمنظمات الدولية غير الحكومية`: a defined copy
        // narrowed by one more defined (or negated) adjective names another thing.
        const last = words[i + 2 * n - 1]
        const after = words[i + 2 * n]
        if (after && isDefinite(last) && (isDefinite(after) || after.key === NEGATING) && spaceBetween(last, after)) return false
      }
      return true
    }

    function doubledByMistake(a: WordInfo): boolean {
      const key = a.key
      if (isNumberWord(key) || isNumberWord(bare(a))) return false
      if (DOUBLED_NAMES.has(key)) return false
      if (isFunctionWord(key)) return NEVER_DOUBLED.has(key)
      return !isIdiomaticDoubling(key, key, a.value)
    }

    function coordinatedByMistake(a: WordInfo, b: WordInfo, after: WordInfo | undefined): boolean {
      if (isNumberWord(bare(a)) || DOUBLED_NAMES.has(bare(a)) || DOUBLED_NAMES.has(a.key)) return false
      // `الشعيرات والشعيرات الفرعية`: the second, defined like the first, is
      // narrowed by a defined adjective: two different things.
      if (after && isDefinite(a) && isDefinite(b) && (isDefinite(after) || after.key === NEGATING) && spaceBetween(b, after)) return false
      // `المكتب ومكتب الأمم المتحدة`: the second heads a construct of its own
      // (no article, a defined word after it): another body, not a repeat.
      if (after && isDefinite(a) && !isDefinite(b) && isDefinite(after) && spaceBetween(b, after)) return false
      return !isIdiomaticDoubling(a.key, b.key, a.value)
    }

    /** The end of one sentence said again at the start of the next, or in a short fragment after it. */
    function checkBoundary(prev: WordInfo[], next: WordInfo[]): void {
      const gap = text.slice(prev[prev.length - 1].end, next[0].start)
      if (!PERIOD_GAP.test(gap)) return

      // `المنطقة. منطقة الساحل`: the last words again, right after the
      // period, opening the new sentence without a conjunction: the period
      // cut a phrase whose head came out twice. Two content words count
      // (`الأزمة الاقتصادية. الأزمة الاقتصادية`); one word only when it
      // changed form, defined before and bare after. A name said again
      // (`في إيران. إيران ترد`) or a sentence that opens with a conjunction
      // (`الاتفاق. فاتفاق فيينا`) resumes the topic on purpose.
      const opensBare = isArabic(next[0]) && next[0].key === bare(next[0])
      if (isArabic(next[0]) && !hasConjunction(next[0].key)) {
        for (let k = Math.min(4, prev.length, next.length); k >= 1; k--) {
          let same = true
          let content = 0
          let long = false
          for (let m = 0; m < k && same; m++) {
            const a = prev[prev.length - k + m]
            const b = next[m]
            same = isArabic(a) && isArabic(b) && bare(a) === bare(b)
            if (same && isContent(a)) {
              content++
              if (bare(a).length >= 4) long = true
            }
          }
          if (!same) continue
          const head = prev[prev.length - k]
          if (content >= 2 || (k === 1 && long && opensBare && head.key !== bare(head))) {
            context.report({messageId: 'period', start: next[0].start, end: next[k - 1].end})
            return
          }
        }
      }

      // `لتحقيق أقصى استفادة. من هذه المشاريع لتحقيق الاستفادة.`: a short
      // fragment, opening with a word that continues a phrase (a preposition,
      // a relative), that repeats two content words of the sentence before.
      if (next.length > options.maxFragmentWords || !CONTINUATIONS.has(next[0].key)) return
      const tail = prev.slice(-TAIL_WORDS)
      for (let i = 0; i < next.length; i++) {
        const t1 = next[i]
        if (!isContent(t1)) continue
        for (let j = i + 1; j < next.length && j - i <= 2; j++) {
          const t2 = next[j]
          if (!isContent(t2) || t1.stem === t2.stem) continue
          const match = findPair(tail, t1.stem, t2.stem)
          if (match) {
            context.report({
              messageId: 'fragment',
              start: t1.start,
              end: t2.end,
              data: {first: text.slice(match[0].start, match[1].end)}
            })
            return
          }
        }
      }
    }

    /** Two content words with these stems, in this order, at most two words apart. */
    function findPair(words: WordInfo[], first: string, second: string): [WordInfo, WordInfo] | undefined {
      for (let i = 0; i < words.length; i++) {
        if (!isContent(words[i]) || words[i].stem !== first) continue
        for (let j = i + 1; j < words.length && j - i <= 3; j++) {
          if (isContent(words[j]) && words[j].stem === second) return [words[i], words[j]]
        }
      }
      return undefined
    }
  }
})
