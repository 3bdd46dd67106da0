import {defineRule} from '../src/engine/define-rule.ts'
import {CODE_MASK} from '../src/engine/format.ts'
import {hasArabic} from '../src/language/arabic.ts'
import {getLexicon} from '../src/language/lexicon.ts'
import {paragraphBrackets} from '../src/language/punctuation.ts'
import {Col, type CorpusStats} from '../src/stats/corpus-stats.ts'
import {endingModel, isTruncatedAt, type EndingCase} from '../src/stats/ending.ts'
import {statsFor} from '../src/stats/load.ts'
import type {TreeModel} from '../src/stats/trees.ts'
import {endsWithFinalMark, getDocument, hasPredicateWord, isHeadingLike, lastContentParagraph, type DocumentModel, type ParagraphInfo, type SentenceInfo, type WordInfo} from '../src/engine/document.ts'
import {
  FURNITURE_LABELS,
  LETTER_NAMES,
  ROLE_NOUNS,
  complementKind,
  isLoneClitic,
  startsAfresh,
  withoutConjunction
} from '../src/language/sentence-words.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

/** A sentence's own end: one period (not `..`), `!`, `?`, `؟`, `۔`. */
const END_MARK = lazyRegExp(() => /^[^\p{L}\p{N}]*?(?<!\.)(?:\.|[!?؟۔]+)(?!\.)/u)
/** A paragraph that closes a quotation or a bracket has ended on purpose. */
const CLOSING = /["'»”’)\]]\s*$/u
/** A paragraph that stops on a comma or a semicolon stops mid-sentence. */
const OPEN_END = /[،,؛;]\s*$/u
/** What goes on after a word with a colon or a number (a list, a figure): the sentence does not end there. */
const GOES_ON = /^\s*[:\p{N}]/u
/** A row of a plain-text table. */
const TABLE_ROW = /^\s*\||\|\s*$/u
/** Fragments this short, without a verb, are headings glued to a paragraph. */
const HEADING_WORDS = 6
/** Fewer uses than this in the edited corpus, and no lexicon entry: a piece of a word. */
const FRAGMENT_COUNT = 30
/** A word of Arabic letters only (no digits, Latin or marks). */
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/u

export default defineRule({
  id: 'truncated-sentence',
  description: 'Disallow sentences and paragraphs that stop before they are complete',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  messages: {
    complement: {
      en: 'Unexpected end of sentence after `{actual}`, expected the complement it needs',
      ar: 'انتهت الجملة بعد `{actual}`، والمتوقع التتمة التي تحتاج إليها'
    },
    cut: {
      en: 'Unexpected end of paragraph after `{actual}`, expected the rest of the word',
      ar: 'انتهت الفقرة بعد `{actual}`، والمتوقع بقية الكلمة'
    },
    document: {
      en: 'Unexpected end of document after `{actual}`, expected a final mark or the rest of the sentence',
      ar: 'انتهى المستند بعد `{actual}`، والمتوقع علامة ختام أو بقية الجملة'
    },
    paragraph: {
      en: 'Unexpected end of paragraph after `{actual}`, expected a final mark or the rest of the sentence',
      ar: 'انتهت الفقرة بعد `{actual}`، والمتوقع علامة ختام أو بقية الجملة'
    },
    unlikely: {
      en: 'Unexpected end of paragraph after `{actual}`, expected the rest of the sentence: `{actual}` seldom ends a sentence or a heading in edited text',
      ar: 'انتهت الفقرة بعد `{actual}`، والمتوقع بقية الجملة؛ فقلّما تنتهي جملة أو عنوان بـ`{actual}` في النصوص المحرَّرة'
    }
  },
  examples: {
    valid: [
      {text: 'افتتح الوزير المعرض الدولي للكتاب. وتجول في الأجنحة.\n'},
      {
        text: 'الوزير يفتتح المعرض الدولي للكتاب\nافتتح الوزير صباح اليوم المعرض الدولي للكتاب.\n',
        note: 'A title or a sub-heading on its own line needs no final mark.'
      },
      {
        text: 'عقدت اللجنة اجتماعها الثاني (عن بعد).\n',
        note: 'A sentence that ends in a bracket and a period is complete.'
      },
      {
        text: 'وقال المتحدث: «سنواصل العمل مع جميع الشركاء»\n',
        note: 'A paragraph that ends by closing a quotation has ended on purpose.'
      },
      {
        text: 'وأضاف أن الخطة تشمل المراحل التالية:\nالمرحلة الأولى تبدأ في الربيع.\n',
        note: 'A colon introduces what follows.'
      },
      {
        text: 'وشملت الحملة مدن المنطقة كافة. ولم تكتمل الإحصاءات بعد. وأنجز الفريق المهمتين في آن.\n',
        note: '`كافة`, `بعد` and `في آن` may close a sentence.'
      },
      {
        text: 'وأكد أن الوضع لم يعد كما كان.\n',
        note: '`كان` is the verb, not the particle `كأن`.'
      },
      {
        text: 'نشرت الوزارة تقريرها السنوي. التوزيع الجغرافي\nتوزعت المشاريع على خمس محافظات.\n',
        note: 'A short verbless fragment in the middle of a document is a sub-heading that lost its line break.'
      },
      {
        text: 'انتهى الاجتماع بتوقيع مذكرة تفاهم. وسوم: تعاون صحة تعليم\n',
        note: 'Page furniture (tags, bylines, signatures) is not a sentence.'
      },
      {
        text: 'وانتهت المباراة بالتعادل.\nأ ف ب\n',
        note: 'An agency credit in initials: `ب` is a letter, not a cut word.'
      },
      {
        text: 'وقالت الشبكة في بيان نقلته وكالة بي. بي. سي. إن البث سيستأنف.\n',
        note: 'Initials are not sentence ends.'
      }
    ],
    invalid: [
      {
        text: 'وصل الوفد إلى العاصمة صباح اليوم.\nأما رئيس الوفد (في نهاية الخمسينات\n',
        messages: ['2:26-2:35: Unexpected end of document after `الخمسينات`, expected a final mark or the rest of the sentence'],
        note: 'The document stops with a bracket still open: it was cut inside it.'
      },
      {
        text: 'وصل الوفد إلى العاصمة صباح اليوم.\nودعا الوزير إلى تحرك فوري من المجتمع الدولي لمساعدة ليب\n',
        messages: ['2:53-2:56: Unexpected end of paragraph after `ليب`, expected the rest of the word'],
        note: 'A document cut at a fixed length stops inside a word: `ليب` is not in the lexicon, and edited text hardly writes it.'
      },
      {
        text: 'اجتمع الوزير بممثلي الشركات. وناقش الطرفان سبل التعاون في مجالات الطاقة المتجددة وتحلية المياه',
        messages: ['1:89-1:95: Unexpected end of paragraph after `المياه`, expected a final mark or the rest of the sentence'],
        note: 'The last sentence of a paragraph of full sentences has no end: the text was cut.'
      },
      {
        text: 'وصل الوفد إلى العاصمة صباح اليوم.\nوعقد الوفد فور وصوله اجتماعا موسعا مع ممثلي الوزارات المعنية لبحث الترتيبات النهائية الخاصة بالمؤتمر الذي تستضيفه المدينة في الخريف المقبل بمشاركة دولية واسعة\n',
        messages: ['2:154-2:159: Unexpected end of document after `واسعة`, expected a final mark or the rest of the sentence'],
        note: 'The document stops inside its last sentence.'
      },
      {
        text: 'وأكدت الوزارة حرصها على.\n',
        messages: ['1:21-1:24: Unexpected end of sentence after `على`, expected the complement it needs']
      },
      {
        text: 'وأعلن المجلس أن. وقال رئيسه إن القرار نهائي.\n',
        messages: ['1:14-1:16: Unexpected end of sentence after `أن`, expected the complement it needs'],
        note: 'A new sentence starts after `أن`: its clause was lost.'
      },
      {
        text: 'وتشمل الخطة تأهيل المدارس التي\n',
        messages: ['1:27-1:31: Unexpected end of sentence after `التي`, expected the complement it needs']
      },
      {
        text: 'وقدم المشاركون توصيات إلى بعض.\n',
        messages: ['1:27-1:30: Unexpected end of sentence after `بعض`, expected the complement it needs']
      },
      {
        text: 'وتستمر أعمال الصيانة حتى نهاية الشهر وفق جدول زمني تعلنه الهيئة ب\nوتتواصل الأعمال في المواقع الأخرى.\n',
        messages: ['1:65-1:66: Unexpected end of paragraph after `ب`, expected the rest of the word'],
        note: 'A lone clitic: the last word was cut after its first letter.'
      },
      {
        text: 'افتتح الوزير المعرض الدولي للكتاب بحضور عدد من المسؤولين.\nوأكد أن الوزارة تعمل مع الشركاء بغية\n',
        messages: [
          '2:33-2:37: Unexpected end of paragraph after `بغية`, expected the rest of the sentence: `بغية` seldom ends a sentence or a heading in edited text'
        ],
        note: 'Corpus evidence: in edited news `بغية` is always followed by what it aims at; a paragraph that stops on it was cut.'
      },
      {
        text: 'افتتح الوزير المعرض الدولي للكتاب بحضور عدد من المسؤولين.\nوتعمل الوزارة على تطوير المدارس وتوفير\nوتجول الوزير في أجنحة المعرض.\n',
        messages: [
          '2:33-2:39: Unexpected end of paragraph after `وتوفير`, expected the rest of the sentence: `وتوفير` seldom ends a sentence or a heading in edited text'
        ]
      },
      {
        text: 'وتوزعت المساعدات على الأسر المحتاجة، وشملت الغذاء والدواء،\n',
        messages: ['1:51-1:58: Unexpected end of document after `والدواء`, expected a final mark or the rest of the sentence'],
        note: 'A document that stops on a comma.'
      }
    ]
  },
  check(tree, context) {
    const doc = getDocument(tree, context.text)
    const text = context.text
    const last = lastContentParagraph(doc)
    let placed: Map<ParagraphInfo, Position> | undefined
    /**
     * Whether edited text ends sentences with a word now and then (with statistics; never without):
     * at least five endings and three in a thousand of its uses, so that a handful of quoted
     * speech endings (`لديّ.`) does not excuse a preposition.
     */
    const endsSentences = (key: string): boolean => {
      const judge = judgeOf()
      if (!judge) return false
      const row = judge.stats.wordRow(key)
      const ends = row[Col.SentenceEnd]! + row[Col.ParagraphEnd]!
      return ends >= 5 && ends >= 0.003 * row[Col.Count]!
    }
    /** A word of Arabic letters that neither the lexicon nor edited text knows (with statistics; never without). */
    const isFragment = (word: WordInfo): boolean => {
      if (!ARABIC_LETTERS.test(word.value)) return false
      const judge = judgeOf()
      if (!judge || judge.stats.wordRow(word.key)[Col.Count]! >= FRAGMENT_COUNT) return false
      return !getLexicon(context.settings).has(word.value)
    }
    // How many prose paragraphs end with a final mark, counted once: whether the
    // document's other paragraphs use final marks is then one subtraction.
    let marked: number | undefined
    const usesFinalMarks = (except: ParagraphInfo): boolean => {
      marked ??= doc.paragraphs.filter(endsWithMark).length
      return marked - (endsWithMark(except) ? 1 : 0) > 0
    }
    // The ending model, loaded when a paragraph first needs it.
    let judged: {stats: CorpusStats; model: TreeModel} | null | undefined
    const judgeOf = () => {
      if (judged === undefined) {
        const stats = statsFor(context.settings)
        const model = stats && endingModel(stats)
        judged = stats && model ? {stats, model} : null
      }
      return judged ?? undefined
    }
    for (const paragraph of doc.paragraphs) {
      const sentences = paragraph.sentences.filter((sentence) => sentence.words.length > 0)
      // Arabic prose only: a line in another language is judged by its own conventions.
      if (sentences.length === 0 || !hasArabic(paragraph.text)) continue
      // Sentences that stop on a word that needs a complement.
      for (let index = 0; index < sentences.length; index++) {
        const sentence = sentences[index]
        const word = sentence.words[sentence.words.length - 1]
        // Only a lone clitic or a word that needs a complement is reported here: for the
        // other words (nearly all) the text after them is not cut out and read.
        const clitic = isLoneClitic(word.key)
        const wanted = clitic ? undefined : complementKind(word.key, word.value)
        if (!clitic && !wanted) continue
        const isLastSentence = index === sentences.length - 1
        const tail = ownMark(word) + text.slice(word.end, isLastSentence ? paragraph.end : sentences[index + 1].start)
        const ended = END_MARK().test(tail)
        if (!ended && !isLastSentence) continue
        // Markdown or HTML: code after the word is more of the paragraph.
        if (tail.includes(CODE_MASK)) continue
        if (!ended && GOES_ON.test(tail)) continue
        if (clitic) {
          if (isLastSentence && !ended && !afterInitial(sentence)) {
            context.report({messageId: 'cut', start: word.start, end: word.end})
          }
          continue
        }
        if (!wanted || isInitials(text, sentence, word)) continue
        // A question may end on what would need a complement (`من يقاتل من؟`).
        if (/[?؟]/u.test(tail)) continue
        // Edited text ends sentences with this word now and then (`أثر`, `فعلي`, `طوال`, the name `علي`).
        if (endsSentences(word.key)) continue
        if (!isLastSentence) {
          const after = sentences[index + 1].words[0]
          // What follows completes the phrase: the period is stray, not the sentence short.
          if (!startsAfresh(wanted, after.key, after.value)) continue
        }
        context.report({messageId: 'complement', start: word.start, end: word.end})
      }
      // A paragraph of full sentences whose last one has no end.
      const final = sentences[sentences.length - 1]
      const word = final.words[final.words.length - 1]
      // A table row, or a last sentence with no Arabic word (a link, a code), is not prose.
      if ((paragraph.text.includes('|') && TABLE_ROW.test(paragraph.text)) || !final.words.some((w) => hasArabic(w.value))) continue
      if (complementKind(word.key, word.value) || isLoneClitic(word.key)) continue
      const rest = ownMark(word) + text.slice(word.end, paragraph.end)
      if (OPEN_END.test(rest)) {
        // Mid-document, the sentence usually goes on at the next line.
        if (paragraph === last) context.report({messageId: 'document', start: word.start, end: word.end})
        continue
      }
      if (endsWithFinalMark(rest) || CLOSING.test(rest)) continue
      // A document cut at a fixed length stops inside a word (`لمساعدة ليب`, `في منط`): its last
      // word is not in the lexicon and edited text hardly writes it (fewer than FRAGMENT_COUNT times
      // in 7.7 million words). Of the 99 documents of the shared corpora whose last line stops
      // without a mark, none ends on such a word.
      if (paragraph === last && usesFinalMarks(paragraph) && isFragment(word) && (final.words.length >= HEADING_WORDS || sentences.length > 1)) {
        context.report({messageId: 'cut', start: word.start, end: word.end})
        continue
      }
      // A document that stops with a quotation or a bracket still open (`إن "الولايات المتحدة`,
      // `(في نهاية الخمسينات`) stops inside it: an edited paragraph closes what it opens.
      if (paragraph === last && usesFinalMarks(paragraph) && paragraphBrackets(paragraph).some((b) => b.role === 'open' && b.partner === -1)) {
        context.report({messageId: 'document', start: word.start, end: word.end})
        continue
      }
      if (hasFullSentenceBefore(text, sentences)) {
        if (!isTrailer(final, paragraph !== last)) {
          context.report({messageId: 'paragraph', start: word.start, end: word.end})
          continue
        }
      } else if (
        paragraph === last &&
        !isHeadingLike(paragraph) &&
        !isTrailer(final, false) &&
        !isTrailer(sentences[0], false) &&
        usesFinalMarks(paragraph)
      ) {
        // The document stops inside its last sentence.
        context.report({messageId: 'document', start: word.start, end: word.end})
        continue
      }
      // No rule of thumb: ask how edited text ends its paragraphs and headings.
      if (isTrailer(final, false) || !usesFinalMarks(paragraph)) continue
      const judge = judgeOf()
      // Of what endsOpen asks, the tests above leave only this (most paragraphs that get
      // here are titles, one a document, so it is not asked again from the start).
      if (!judge || !proseEnd(rest)) continue
      placed ??= positions(doc)
      const where = placed.get(paragraph)!
      const bar = where.last ? (judge.model.lastThreshold ?? judge.model.threshold) : judge.model.threshold
      if (isTruncatedAt(judge.stats, judge.model, endingCase(text, paragraph, where), bar)) {
        context.report({messageId: 'unlikely', start: word.start, end: word.end})
      }
    }
  }
})

/** Whether what follows a paragraph's last word may end prose: no code in it (Markdown, HTML), no colon or number after the word. */
function proseEnd(rest: string): boolean {
  return !rest.includes(CODE_MASK) && !GOES_ON.test(rest)
}

/** Whether a paragraph may be judged by the ending model: prose that stops without a final mark, no rule of thumb applying. */
export function endsOpen(text: string, paragraph: ParagraphInfo): boolean {
  const sentences = paragraph.sentences.filter((sentence) => sentence.words.length > 0)
  if (sentences.length === 0 || !hasArabic(paragraph.text)) return false
  const final = sentences[sentences.length - 1]
  const word = final.words[final.words.length - 1]
  if ((paragraph.text.includes('|') && TABLE_ROW.test(paragraph.text)) || !final.words.some((w) => hasArabic(w.value))) return false
  if (complementKind(word.key, word.value) || isLoneClitic(word.key)) return false
  const rest = ownMark(word) + text.slice(word.end, paragraph.end)
  if (!proseEnd(rest)) return false
  return !OPEN_END.test(rest) && !endsWithFinalMark(rest) && !CLOSING.test(rest)
}

/** The evidence about a paragraph that stops without a final mark, for the ending model. */
export function endingCase(text: string, paragraph: ParagraphInfo, where: Position): EndingCase {
  // The paragraph's words are counted and read sentence by sentence, not copied into one list.
  let final: SentenceInfo | undefined
  let first: WordInfo | undefined
  let words = 0
  let hasPredicate = false
  for (const sentence of paragraph.sentences) {
    if (sentence.words.length === 0) continue
    final = sentence
    first ??= sentence.words[0]
    words += sentence.words.length
    hasPredicate ||= hasPredicateWord(sentence.words)
  }
  const last = final!.words[final!.words.length - 1]!
  const before = final!.words[final!.words.length - 2]
  const previous = before && /^\s+$/u.test(text.slice(before.end, last.start)) ? before.key : undefined
  return {
    last: last.key,
    previous,
    words,
    hasPredicate,
    hasClauseBreak: /[،,؛;:]/u.test(paragraph.text),
    opensWithConjunction: withoutConjunction(first!.key) !== first!.key,
    first: where.first,
    lastInDocument: where.last,
    previousMarked: where.previousMarked,
    nextMarked: where.nextMarked,
    arabic: /^[\u0621-\u064A]+$/u.test(last.key)
  }
}

/** Where a paragraph stands among the document's paragraphs with words. */
export interface Position {
  first: boolean
  last: boolean
  previousMarked: boolean
  nextMarked: boolean
}

/** Where each paragraph with words stands (one pass over the document). */
export function positions(doc: DocumentModel): Map<ParagraphInfo, Position> {
  const content = doc.paragraphs.filter((p) => p.sentences.some((s) => s.words.length > 0))
  const marked = content.map((p) => endsWithFinalMark(p.text))
  return new Map(
    content.map((paragraph, index) => [
      paragraph,
      {first: index === 0, last: index === content.length - 1, previousMarked: marked[index - 1] === true, nextMarked: marked[index + 1] === true}
    ])
  )
}

/** Whether a prose paragraph (not heading-like) ends with a final mark. */
function endsWithMark(paragraph: ParagraphInfo): boolean {
  return !isHeadingLike(paragraph) && endsWithFinalMark(paragraph.text)
}

/** Whether a sentence before the last one ends with its own mark (not `..`). */
function hasFullSentenceBefore(text: string, sentences: SentenceInfo[]): boolean {
  for (let index = 0; index < sentences.length - 1; index++) {
    const sentence = sentences[index]
    const word = sentence.words[sentence.words.length - 1]
    if (sentence.words.length >= 3 && END_MARK().test(text.slice(word.end, sentences[index + 1].start))) return true
  }
  return false
}

/**
 * A last fragment that is not a sentence: page furniture (tags, "read
 * more"), a byline, or a short verbless sub-heading that lost its line
 * break (only in the middle of a document: a heading never closes one).
 */
function isTrailer(sentence: SentenceInfo, followed: boolean): boolean {
  // Words laid out with runs of spaces are a signature block or a table, not prose. (Such a
  // run has three spaces or a no-break space: most sentences are ruled out by two searches
  // for a string, far cheaper than trying the pattern at each of their characters.)
  const text = sentence.text
  if ((text.includes('   ') || text.includes('\u00A0')) && /\S[ \u00A0]{3,}\S/u.test(text)) return true
  const first = sentence.words[0]
  const key = withoutConjunction(first.key)
  if (FURNITURE_LABELS.has(first.key) || FURNITURE_LABELS.has(key) || ROLE_NOUNS.has(first.key)) return true
  if (!followed) return false
  // Two or three words read as a heading even with a verb-like word (`تراجع العملة`).
  return sentence.words.length <= 3 || (sentence.words.length <= HEADING_WORDS && !hasPredicateWord(sentence.words))
}

/** A number word may carry the period that follows it (`15.`). */
function ownMark(word: WordInfo): string {
  const last = word.value.charCodeAt(word.value.length - 1)
  return last === 0x2e || last === 0x21 || last === 0x3f || last === 0x61f ? word.value.slice(-1) : '' // . ! ? ؟
}

/** `أ ف ب`: a single letter after another single letter is an initial, not a cut word. */
function afterInitial(sentence: SentenceInfo): boolean {
  const earlier = sentence.words[sentence.words.length - 2]
  return earlier !== undefined && earlier.key.length === 1
}

/** `بي. إن.`: initials spelled out with periods are not sentence ends. */
function isInitials(text: string, sentence: SentenceInfo, word: WordInfo): boolean {
  if (LETTER_NAMES.has(word.key)) return true
  if (word.key.length > 2) return false
  const earlier = sentence.words[sentence.words.length - 2]
  return !earlier || text.slice(earlier.end, word.start).includes('.') || /^\.\s?[\u0621-\u064A]{1,3}\./u.test(text.slice(word.end, word.end + 7))
}
