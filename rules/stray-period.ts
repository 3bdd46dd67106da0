import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, hasPredicateWord, lastContentParagraph, type ParagraphInfo, type SentenceInfo, type WordInfo} from '../src/engine/document.ts'
import type {RuleContext} from '../src/engine/types.ts'
import {hasArabic, stripProclitics} from '../src/language/arabic.ts'
import {boundaryModel, isCutAt, strongestReason, type BoundaryCase} from '../src/stats/boundary.ts'
import type {CorpusStats} from '../src/stats/corpus-stats.ts'
import type {TreeModel} from '../src/stats/trees.ts'
import {statsFor} from '../src/stats/load.ts'
import {
  PREPOSITIONS,
  FURNITURE_LABELS,
  LETTER_NAMES,
  RELATIVES,
  ROLE_NOUNS,
  agreesAsAdjective,
  complementKind,
  isAdverbialPhrase,
  isDefinite,
  isEquational,
  isFunctionWord,
  isIndefiniteNoun,
  isLoneClitic,
  isMasculineNisba,
  isParticipleShape,
  isVerbalNoun,
  looksLikeVerb,
  openerClass,
  startsAfresh,
  withoutConjunction
} from '../src/language/sentence-words.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

const SPACE = '[ \\t\\u00A0]'
/**
 * `كلمة. .` / `كلمة . .`: a second period after a sentence's own, not a spaced
 * ellipsis (`. . .`: no period before the pair, with or without spaces, nor after it).
 */
const SPACED_DOUBLE = new RegExp(`(?<!\\.${SPACE}*)\\.${SPACE}+\\.(?!${SPACE}*\\.)`, 'gu')
/** `.) .` / `.» .`: a period inside a closing bracket or quote and another after it. */
const BRACKETED = new RegExp(`(?<![.])\\.([)\\]»”"’']+)${SPACE}*\\.(?!${SPACE}*\\.)`, 'gu')
/** `لمنزله،. إلا` / `قال.، ثم`: a comma and a period side by side. */
const WITH_COMMA = lazyRegExp(() => /(?<![.\p{N}])(?:[،,]\.|\.[،,])(?![.\p{N}])/gu)
/** Runs of dots and ellipsis characters. */
const DOTS = /\.{2,}|…+/gu
/** What any of the four patterns above needs: most lines have none of it. */
const MARKS = /\.[ \t\u00A0)\]»”"’']*\.|[،,]\.|\.[،,]|…/u
const LETTER = lazyRegExp(() => /[\p{L}\p{M}]/u)
const ARABIC_START = /^[\u0621-\u064A]/u
/** From a given index (sticky): whitespace to the end; and the word that starts there. */
const BLANK_REST = /\s*$/uy
const WORD_AT = lazyRegExp(() => /[\p{L}\p{M}\p{N}\u200C\u200D]+/uy)
const ADDRESS = /[/@]|www|:\/\//iu
/** A single period between two sentences, glued to the word or after one space (wire style). */
const SINGLE_PERIOD_GAP = new RegExp(`^${SPACE}?\\.${SPACE}+$`, 'u')

export default defineRule({
  id: 'stray-period',
  description: 'Disallow repeated periods, glued ellipses and periods that cut a sentence in two',
  severity: 'error',
  fixable: true,
  category: 'artefact',
  messages: {
    repeated: {
      en: 'Unexpected repeated period `{actual}`, expected `{expected}`',
      ar: 'نقطة مكررة `{actual}`، والصواب `{expected}`'
    },
    comma: {
      en: 'Unexpected `{actual}`, expected a period or a comma, not both',
      ar: '`{actual}`، والصواب نقطة أو فاصلة لا كلتاهما'
    },
    glued: {
      en: 'Unexpected `{actual}` glued to `{word}`, expected a space after it or no mark',
      ar: '`{actual}` ملتصقة بـ`{word}`، والصواب مسافة بعدها أو حذف العلامة'
    },
    repeat: {
      en: 'Unexpected period between `{before}` and its repetition `{after}`, expected one sentence',
      ar: 'نقطة بين `{before}` وتكرارها `{after}`، والصواب جملة واحدة'
    },
    complement: {
      en: 'Unexpected period after `{before}`, expected its complement in the same sentence',
      ar: 'نقطة بعد `{before}`، والصواب أن تأتي تتمتها في الجملة نفسها'
    },
    fragment: {
      en: 'Unexpected period before `{after}`, expected one sentence: `{after}` does not open a new one',
      ar: 'نقطة قبل `{after}`، والصواب جملة واحدة؛ إذ لا تبدأ `{after}` جملة جديدة'
    },
    pair: {
      en: 'Unexpected period between `{before}` and `{after}`, expected one sentence: the two words go together in edited text',
      ar: 'نقطة بين `{before}` و`{after}`، والصواب جملة واحدة؛ فالكلمتان متلازمتان في النصوص المحرَّرة'
    },
    end: {
      en: 'Unexpected period after `{before}`, expected one sentence: `{before}` seldom ends a sentence in edited text',
      ar: 'نقطة بعد `{before}`، والصواب جملة واحدة؛ فقلّما تنتهي الجملة بـ`{before}` في النصوص المحرَّرة'
    },
    start: {
      en: 'Unexpected period before `{after}`, expected one sentence: `{after}` seldom opens a sentence in edited text',
      ar: 'نقطة قبل `{after}`، والصواب جملة واحدة؛ فقلّما تبدأ الجملة بـ`{after}` في النصوص المحرَّرة'
    }
  },
  examples: {
    valid: [
      {text: 'استقبل الوزير وفد المنظمة. وأكد الجانبان أهمية التعاون.\n'},
      {
        text: 'استقبل د. سامي الخطيب الوفد في ص.ب. 1200 يوم 12.5.2021 وبلغت النسبة 3.5 بالمئة.\n',
        note: 'Abbreviations, dates and decimals are not sentence ends.'
      },
      {
        text: 'وقال مدير مكتب بي. بي. سي. في المدينة إن جورج دبليو. بوش زارها مرتين.\n',
        note: 'Initials spelt out in Arabic letters.'
      },
      {text: 'التفاصيل في الرابط https://example.org/docs..v2 على موقع الهيئة.\n', note: 'Addresses are left alone.'},
      {
        text: 'الوزير يبحث التعاون.. ولقاء مرتقب مع المنظمة\n',
        note: '`..` between the two halves of a headline is a common news separator.'
      },
      {
        text: 'وصل الوفد إلى العاصمة..\n',
        note: 'A `..` glued to the last word is a suspension mark, common in news.'
      },
      {
        text: 'تحدث الوزير عن الإصلاحات والموازنة والرقابة ...إلخ.\n...وفي الختام شكر الحضور.\n',
        note: 'An ellipsis before `إلخ`, or opening a line, is a convention.'
      },
      {text: 'وانتظر الحاضرون . . . ثم بدأ الحفل.\n', note: 'A spaced ellipsis is not a doubled period.'},
      {
        text: 'عقد المجلس جلسته الأولى. من جهته، رحب الرئيس بالأعضاء الجدد. في هذه الأثناء، وصل الوفد الثاني.\n',
        note: 'A preposition that heads an adverbial phrase (`من جهته`, `في هذه الأثناء`) opens a sentence.'
      },
      {
        text: 'انتهت الجولة الأولى. في الجولة الثانية تقدم الفريق المضيف.\n',
        note: 'A fronted phrase followed by its verb opens a sentence.'
      },
      {
        text: 'انتهت الجولة الأولى من المفاوضات. الوفدان اتفقا على اللقاء مجددا.\n',
        note: 'A nominal sentence opens with its subject and goes on to its verb.'
      },
      {text: 'زار الوفد المعرض الدولي للكتاب. كتاب واحد لفت انتباه الجميع.\n'},
      {
        text: 'وقال الوزير إن الخطة جاهزة. مشيرا إلى أن التمويل مضمون.\n',
        note: 'A circumstantial participle (`مشيرا`, `مؤكدا`) often heads a sentence in news.'
      },
      {
        text: 'شارك الفريق في البطولة القارية ونال المركز الثاني.\nمحلل رياضي\n',
        note: 'A byline on its own line is not a sentence.'
      },
      {
        text: 'وأنهت اللجنة أعمالها في موعدها. سمات: انتخابات برلمان\n',
        note: 'Tags and other page furniture are not a continuation.'
      }
    ],
    invalid: [
      {
        text: 'اختتمت الدورة التدريبية. . وتسلم المشاركون الشهادات.\n',
        messages: ['1:24-1:27: Unexpected repeated period `. .`, expected `.`'],
        output: 'اختتمت الدورة التدريبية. وتسلم المشاركون الشهادات.\n'
      },
      {
        text: 'تقرير اللجنة السنوية ..\n',
        messages: ['1:22-1:24: Unexpected repeated period `..`, expected `.`'],
        output: 'تقرير اللجنة السنوية .\n',
        note: 'A `..` standing apart at the end of a line is a doubled period.'
      },
      {
        text: 'شارك في اللقاء ممثلون عن الوزارات (الصحة والتعليم.) .\n',
        messages: ['1:50-1:54: Unexpected repeated period `.) .`, expected `).`'],
        output: 'شارك في اللقاء ممثلون عن الوزارات (الصحة والتعليم).\n'
      },
      {
        text: 'وقال المتحدث: «لن نتراجع.» . ثم غادر القاعة.\n',
        messages: ['1:25-1:29: Unexpected repeated period `.» .`, expected `».`'],
        output: 'وقال المتحدث: «لن نتراجع». ثم غادر القاعة.\n'
      },
      {
        text: 'وغادر الوفد قبل نهاية الجلسة،. ثم عاد في المساء.\n',
        messages: ['1:29-1:31: Unexpected `،.`, expected a period or a comma, not both'],
        note: 'A comma and a period side by side: which one was meant is a choice (two suggestions, no fix).'
      },
      {
        text: 'ناقش المؤتمر قضايا المياه ...والطاقة المتجددة في المنطقة.\n',
        messages: ['1:27-1:30: Unexpected `...` glued to `والطاقة`, expected a space after it or no mark'],
        note: 'An ellipsis glued to the next word: delete it or add a space (suggestions, not a fix).'
      },
      {
        text: 'بحضور رئيس البعثة ..الوفد يصل إلى المدينة\n',
        messages: ['1:19-1:21: Unexpected `..` glued to `الوفد`, expected a space after it or no mark']
      },
      {
        text: 'وتعمل الحكومة على تعزيز أمن الحدود. الحدود الشمالية والجنوبية بحاجة إلى دعم إضافي.\n',
        messages: ['1:35-1:36: Unexpected period between `الحدود` and its repetition `الحدود`, expected one sentence'],
        note: 'The word before the period comes back after it. The period cuts a sentence (suggestions: delete it or write `،`).'
      },
      {
        text: 'وأعلنت الوزارة عن خطة جديدة تهدف إلى. تحسين الخدمات الصحية في الأرياف.\n',
        messages: ['1:37-1:38: Unexpected period after `إلى`, expected its complement in the same sentence'],
        note: 'A preposition before the period, its complement after it.'
      },
      {
        text: 'وأكد الوزير حرص بلاده على الاستفادة القصوى. من هذه التجارب الرائدة.\n',
        messages: ['1:43-1:44: Unexpected period before `من`, expected one sentence: `من` does not open a new one'],
        note: 'A verbless fragment that starts with a preposition continues the phrase before it.'
      },
      {
        text: 'ووقع الاتفاق ممثلو وزارة الصحة ووزارة التعليم والمنظمة. اتحاد الجامعات الإقليمي وثلاث مؤسسات بحثية، ويغطي الاتفاق خمس سنوات.\n',
        messages: ['1:55-1:56: Unexpected period before `اتحاد`, expected one sentence: `اتحاد` does not open a new one'],
        note: 'The list before the period is still open and the fragment after it has no verb of its own.'
      },
      {
        text: 'وعقد الاجتماع في مقر البرلمان. الأوروبي بحضور عدد من النواب.\n',
        messages: ['1:30-1:31: Unexpected period before `الأوروبي`, expected one sentence: `الأوروبي` does not open a new one'],
        note: 'An adjective that agrees with the word before the period.'
      },
      {
        text: 'وناقش الوزير المشاريع. التي تنفذها الوزارة في الجنوب.\n',
        messages: ['1:22-1:23: Unexpected period before `التي`, expected one sentence: `التي` does not open a new one'],
        note: 'A relative pronoun needs the noun before the period.'
      },
      {
        text: 'وفي ختام الزيارة التقى. رئيس الوزراء بأعضاء الوفد.\n',
        messages: ['1:23-1:24: Unexpected period before `رئيس`, expected one sentence: `رئيس` does not open a new one'],
        note: 'A verb before the period, its subject after it.'
      },
      {
        text: 'وحدد المجلس موعد. انطلاق الحملة الوطنية للتطعيم.\n',
        messages: ['1:17-1:18: Unexpected period before `انطلاق`, expected one sentence: `انطلاق` does not open a new one'],
        note: 'A noun in the construct state before the period.'
      },
      {
        text: 'وأكد رئيس. الوزراء أن الحكومة ماضية في خطتها.\n',
        messages: ['1:10-1:11: Unexpected period between `رئيس` and `الوزراء`, expected one sentence: the two words go together in edited text'],
        note: 'Corpus evidence: `رئيس الوزراء` is a fixed pair in edited news, and `رئيس` hardly ever ends a sentence there.'
      },
      {
        text: 'وقال عبد. الله الحربي إن الاتفاق نهائي.\n',
        messages: ['1:9-1:10: Unexpected period between `عبد` and `الله`, expected one sentence: the two words go together in edited text'],
        note: 'A name split in two.'
      },
      {
        text: 'وتتعرض البلاد لأزمة. اقتصادية حادة منذ عامين.\n',
        messages: ['1:20-1:21: Unexpected period before `اقتصادية`, expected one sentence: `اقتصادية` does not open a new one'],
        note: 'An indefinite adjective cannot open a sentence.'
      },
      {
        text: 'ناقش الاجتماع سبل التعاون في مجالات الطاقة والنقل. شبكات الربط الكهربائي بين البلدين',
        messages: ['1:50-1:51: Unexpected period before `شبكات`, expected one sentence: `شبكات` does not open a new one'],
        note: 'A verbless fragment after the last period of a document, with no final mark.'
      }
    ]
  },
  check(tree, context) {
    const doc = getDocument(tree, context.text)
    const text = context.text
    const lastContent = lastContentParagraph(doc)
    // The corpus model, loaded when a period first needs it.
    let judged: Judge | null | undefined
    const judge = (): Judge | undefined => {
      if (judged === undefined) {
        const stats = statsFor(context.settings)
        const model = stats && boundaryModel(stats)
        judged = stats && model ? {stats, model} : null
      }
      return judged ?? undefined
    }
    for (const paragraph of doc.paragraphs) {
      // Arabic prose only: a line in another language follows its own conventions.
      if (paragraph.sentences.length === 0 || !hasArabic(paragraph.text)) continue
      checkMarks(paragraph, context)
      for (const candidate of periodCandidates(text, paragraph, paragraph === lastContent)) {
        const found = decide(text, candidate, judge)
        if (found) {
          context.report({
            messageId: found,
            start: candidate.period,
            end: candidate.period + 1,
            data: {before: candidate.before.value, after: candidate.after.value},
            expected: ['', '،']
          })
        }
      }
    }
  }
})

/** Repeated periods and glued ellipses: character patterns inside one paragraph. */
function checkMarks(paragraph: ParagraphInfo, context: RuleContext): void {
  const value = paragraph.text
  if (!MARKS.test(value)) return
  const base = paragraph.start
  let inAddress = addressTest(value)
  for (const match of value.matchAll(SPACED_DOUBLE)) {
    if (inAddress(match.index)) continue
    context.report({messageId: 'repeated', start: base + match.index, end: base + match.index + match[0].length, expected: ['.']})
  }
  inAddress = addressTest(value)
  for (const match of value.matchAll(BRACKETED)) {
    if (inAddress(match.index)) continue
    context.report({messageId: 'repeated', start: base + match.index, end: base + match.index + match[0].length, expected: [match[1] + '.']})
  }
  inAddress = addressTest(value)
  for (const match of value.matchAll(WITH_COMMA())) {
    if (inAddress(match.index)) continue
    context.report({messageId: 'comma', start: base + match.index, end: base + match.index + 2, expected: ['.', '،']})
  }
  inAddress = addressTest(value)
  for (const match of value.matchAll(DOTS)) {
    const run = match[0]
    const start = match.index
    const end = start + run.length
    if (inAddress(start)) continue
    const before = start === 0 ? ' ' : value[start - 1]
    if (end < value.length && LETTER().test(value[end]!)) {
      // Detached from the word before and glued to the next one (`للأسلحة ...وتعظيم`,
      // `خوري ..الفريق`): a mark moved into the sentence. A mark glued on both sides is a
      // spacing slip, and one that opens the line (`...وفي الختام`) is a convention.
      if (start === 0 || !/\s/u.test(before)) continue
      WORD_AT().lastIndex = end
      const word = WORD_AT().exec(value)![0]
      const key = withoutConjunction(stripProclitics(word))
      if (/^(?:الخ|إلخ)$/u.test(word) || FURNITURE_LABELS.has(key) || FURNITURE_LABELS.has(word)) continue
      context.report({messageId: 'glued', start: base + start, end: base + end, data: {word}, expected: ['', run + ' ']})
    } else if (run === '..' && /\s/u.test(before) && restIsBlank(value, end)) {
      // A detached `..` closing the line: a doubled period.
      context.report({messageId: 'repeated', start: base + start, end: base + end, expected: ['.']})
    }
  }
}

/**
 * Whether the whitespace-delimited token at an index is a URL, a path or an
 * address. The test remembers the last token: the matches of one pattern come
 * in order, and a long token of many marks is then read once, not once per mark.
 */
function addressTest(value: string): (index: number) => boolean {
  let from = 0
  let to = -1
  let answer = false
  return (index) => {
    if (index >= from && index < to) return answer
    from = index
    while (from > 0 && !/\s/u.test(value[from - 1])) from--
    to = index
    while (to < value.length && !/\s/u.test(value[to])) to++
    answer = ADDRESS.test(value.slice(from, to))
    return answer
  }
}

/** Whether nothing but whitespace follows `index` (read from there, not copied). */
function restIsBlank(value: string, index: number): boolean {
  BLANK_REST.lastIndex = index
  return BLANK_REST.test(value)
}

type CutMessage = 'repeat' | 'complement' | 'fragment' | 'pair' | 'end' | 'start'

/**
 * What the rules of thumb make of a period: a cut (with the message that
 * says why), a sure sentence boundary (a new sentence plainly starts, or a
 * question or byline stands alone: the corpus model is not asked), a likely
 * one (the words after it read as a sentence of their own: the model weighs
 * that), or no opinion.
 */
export type Verdict = CutMessage | 'sure' | 'likely' | undefined

/** A single period between two Arabic words of a paragraph. */
export interface PeriodCandidate {
  period: number
  previous: SentenceInfo
  next: SentenceInfo
  before: WordInfo
  after: WordInfo
  verdict: Verdict
  /** Inside a quotation or reported speech (see QuoteScanner). */
  quoted: boolean
}

interface Judge {
  stats: CorpusStats
  model: TreeModel
}

/**
 * The periods of a paragraph that may cut a sentence in two, with what the
 * rules of thumb make of each. Shared with the build of the corpus model
 * (scripts/stats-models.ts), which learns from the same candidates.
 */
export function periodCandidates(text: string, paragraph: ParagraphInfo, inLastParagraph: boolean): PeriodCandidate[] {
  const found: PeriodCandidate[] = []
  const quotes = new QuoteScanner(text, paragraph.start)
  for (let index = 1; index < paragraph.sentences.length; index++) {
    const previous = paragraph.sentences[index - 1]
    const next = paragraph.sentences[index]
    if (previous.words.length === 0 || next.words.length === 0) continue
    const before = previous.words[previous.words.length - 1]
    const after = next.words[0]
    const gap = text.slice(before.end, after.start)
    if (!SINGLE_PERIOD_GAP.test(gap)) continue
    if (!ARABIC_START.test(before.key) || !ARABIC_START.test(after.key)) continue
    if (isInitials(text, previous, next)) continue
    const verdict = ruleOfThumb(text, paragraph, index, inLastParagraph, before, after)
    const period = before.end + gap.indexOf('.')
    found.push({period, previous, next, before, after, verdict, quoted: quotes.quotedAt(period)})
  }
  return found
}

/**
 * Whether a period cuts a sentence. The rules of thumb's cuts stand, except in
 * quoted or reported speech (short sentences are the norm there), where the
 * corpus model must agree; where they have no answer, the model decides, and
 * where they read a sentence of its own after the period, it must be surer.
 * Without statistics, the rules of thumb decide alone.
 */
function decide(text: string, candidate: PeriodCandidate, judge: () => Judge | undefined): CutMessage | undefined {
  const verdict = candidate.verdict
  if (verdict === 'sure') return
  const cut = verdict !== undefined && verdict !== 'likely'
  const found = judge()
  if (!found) return cut ? verdict : undefined
  const evidence = boundaryCase(text, candidate)
  if (cut && !evidence.quoted) return verdict
  const threshold = verdict === 'likely' ? found.model.strictThreshold : found.model.threshold
  if (!isCutAt(found.stats, found.model, evidence, threshold)) return
  // The rules of thumb's own message says best why, where they have one.
  return cut ? verdict : strongestReason(found.stats, evidence)
}

/** The evidence about a period, for the corpus model. */
export function boundaryCase(text: string, candidate: PeriodCandidate): BoundaryCase {
  const a = candidate.previous.words
  const b = candidate.next.words
  const before = candidate.before
  const after = candidate.after
  const earlier = a.length > 1 && /^\s+$/u.test(text.slice(a[a.length - 2]!.end, before.start)) ? a[a.length - 2]!.key : undefined
  const later = b.length > 1 && /^\s+$/u.test(text.slice(after.end, b[1]!.start)) ? b[1]!.key : undefined
  return {
    before: before.key,
    beforeValue: before.value,
    after: after.key,
    afterValue: after.value,
    earlier,
    later,
    previousWords: a.length,
    nextWords: b.length,
    previousHasPredicate: hasPredicateWord(a),
    nextHasPredicate: hasPredicateWord(b),
    ruleOfThumb:
      candidate.verdict === 'likely' ? 'sentence' : candidate.verdict === 'complement' ? 'complement' : candidate.verdict === undefined ? undefined : 'fragment',
    quoted: candidate.quoted
  }
}

/**
 * Whether a quotation opened earlier in the paragraph is still open at a
 * place, or a colon earlier in it introduced what follows (reported speech:
 * `وقال: لن أنضم …`). Asked at places in increasing order, it reads each
 * character of the paragraph once.
 */
class QuoteScanner {
  private at: number
  private guillemets = 0
  private straight = 0
  private colon = false
  constructor(
    private readonly text: string,
    from: number
  ) {
    this.at = from
  }

  quotedAt(offset: number): boolean {
    for (; this.at < offset; this.at++) {
      const code = this.text.charCodeAt(this.at)
      if (code === 0xab || code === 0x201c) this.guillemets++ // « “
      else if ((code === 0xbb || code === 0x201d) && this.guillemets > 0) this.guillemets-- // » ”
      else if (code === 0x22) this.straight++ // "
      else if (code === 0x3a) this.colon = true // :
    }
    return this.guillemets > 0 || this.straight % 2 === 1 || this.colon
  }
}

/** The rules of thumb: words that cannot end or open a sentence, fragments without a verb. */
function ruleOfThumb(text: string, paragraph: ParagraphInfo, index: number, inLastParagraph: boolean, before: WordInfo, after: WordInfo): Verdict {
  const next = paragraph.sentences[index]
  const kind = openerClass(after.key, after.value)
  const cut = (message: CutMessage): Verdict => message

  // The word before the period needs a complement: unless a new sentence
  // clearly starts (a conjunction, or a verb where a noun was due), the
  // complement is what follows. When one starts, the sentence before is cut
  // short: truncated-sentence reports it.
  const wanted = isLoneClitic(before.key) ? undefined : complementKind(before.key, before.value)
  if (wanted) {
    return startsAfresh(wanted, after.key, after.value) ? 'sure' : cut('complement')
  }
  if (kind === 'connective' || kind === 'verb' || kind === 'circumstantial') return 'likely'
  // A relative pronoun needs its noun (`المخاطر. التي …`).
  if (RELATIVES.has(after.key) && !isFunctionWord(before.key)) return cut('fragment')
  // An exclamation or a question stands alone (`بالتأكيد!`).
  if (/[!?؟]/u.test(text.slice(next.words[next.words.length - 1].end, next.end))) return 'sure'
  const isLast = index === paragraph.sentences.length - 1
  if (kind === 'preposition') {
    if (isAdverbialPhrase(next.words.slice(1, 3).map((w) => w.key))) return 'likely'
    if (!hasPredicateWord(next.words) || (looksLikeVerb(before.key, before.value) && !hasPredicateWord(firstClause(text, next)))) return cut('fragment')
    // A fronted phrase and then its own verb (`في الجولة الثانية تقدم الفريق`), after a
    // sentence with a verb of its own: a new sentence. A verb with `و` (`في مجال الطاقة
    // وأكد …`) starts another clause instead.
    const previous = paragraph.sentences[index - 1].words
    if (frontedPhraseVerb(next.words) && hasPredicateWord(previous)) return 'sure'
    return 'likely'
  }
  if (kind !== 'noun') return
  const clauseWords = firstClause(text, next)
  const clause = clauseWords.map((w) => w.key)
  // A masculine adjective of the word before the period (`البرلمان. الأوروبي`).
  if (isDefinite(after.key) && isMasculineNisba(after.key) && agreesAsAdjective(before.key, after.key)) return cut('fragment')
  // From here on, a noun followed by its own verb, or a definite subject with
  // an indefinite predicate (`الشفافية أساس الثقة`), opens a nominal sentence.
  if (hasPredicateWord(clauseWords) || isEquational(clause)) return 'likely'
  // A short label before a colon (`حركة السوق: …`) opens its own sentence.
  if (clause.length <= 4 && clause.length < next.words.length && /:/u.test(text.slice(next.words[clause.length - 1].end, next.words[clause.length].start))) return 'sure'
  if (sameWord(before, after)) return cut('repeat')
  // A verb before the period and its subject or object after it.
  if (looksLikeVerb(before.key, before.value)) return cut('fragment')
  // A byline or page furniture (`محلل سياسي`, `سمات …`) is not a continuation.
  if (ROLE_NOUNS.has(after.key) || FURNITURE_LABELS.has(after.key)) return 'sure'
  // The list before the period is still open (`… والجريمة. جامعة الدول …`).
  if (/^و(?:ال|لل|بال)/u.test(before.key)) return cut('fragment')
  // A feminine adjective of the word before the period (`السلطات. التركية`).
  if (agreesAsAdjective(before.key, after.key)) return cut('fragment')
  // A noun in the construct state before the period (`موعد. انطلاق …`, `تطوير. البنية …`).
  if (
    isIndefiniteNoun(before.key) &&
    !isParticipleShape(before.key) &&
    (isIndefiniteNoun(after.key) || (isDefinite(after.key) && isVerbalNoun(before.key)))
  ) {
    return cut('fragment')
  }
  // A verbless fragment ends the document with no final mark.
  if (isLast && inLastParagraph && next.words.length <= 8 && !hasPredicateWord(next.words)) {
    const tail = text.slice(next.words[next.words.length - 1].end, paragraph.end)
    if (!/[.!?؟…]/u.test(tail)) return cut('fragment')
  }
  return
}

/** Whether a sentence opening with a preposition has a verb without `و`/`ف` among its next few words. */
function frontedPhraseVerb(words: readonly WordInfo[]): boolean {
  for (let index = 2; index < Math.min(words.length, 5); index++) {
    const word = words[index]
    if (looksLikeVerb(word.key, word.value) && withoutConjunction(word.key) === word.key && !PREPOSITIONS.has(word.key)) return true
  }
  return false
}

/**
 * The words of a sentence up to its first comma, semicolon or colon (`[،,؛;:]` between two
 * words, read by code: a gap cut out and tested at each word of a long sentence cost more).
 */
function firstClause(text: string, sentence: SentenceInfo): WordInfo[] {
  const words = sentence.words
  for (let index = 1; index < words.length; index++) {
    for (let at = words[index - 1].end; at < words[index].start; at++) {
      const code = text.charCodeAt(at)
      if (code === 0x60c || code === 0x2c || code === 0x61b || code === 0x3b || code === 0x3a) return words.slice(0, index)
    }
  }
  return words
}

/** `المنطقة` / `منطقة`: one word with or without its clitics. */
function sameWord(a: WordInfo, b: WordInfo): boolean {
  const x = stripProclitics(a.value)
  return x.length >= 3 && x === stripProclitics(b.value)
}

/** `بي. إن. سبورت`: initials spelled out with periods. */
function isInitials(text: string, previous: SentenceInfo, next: SentenceInfo): boolean {
  const before = previous.words[previous.words.length - 1]
  const after = next.words[0]
  if (LETTER_NAMES.has(before.key)) return true
  if (after.key.length <= 2 && text.charAt(after.end) === '.') return true
  if (before.key.length <= 2) {
    const earlier = previous.words[previous.words.length - 2]
    if (!earlier || text.slice(earlier.end, before.start).includes('.')) return true
  }
  return false
}
