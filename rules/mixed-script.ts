import {defineRule} from '../src/engine/define-rule.ts'
import type {Localized} from '../src/engine/locale.ts'
import {getDocument, type ParagraphInfo, type WordInfo} from '../src/engine/document.ts'
import type {RuleContext} from '../src/engine/types.ts'
import {isArabicLetterCode, normalize} from '../src/language/arabic.ts'
import {isEnglishWord} from '../src/language/english.ts'
import {
  arabicFromLookalikes,
  arabicShare,
  countForeignBySpan,
  countScripts,
  findCharacterReferences,
  findForeignGroups,
  findLinkSpans,
  firstForeignScript,
  hasArabicShare,
  hasForeignLetter,
  isAcronym,
  isCapitalized,
  isClockTime,
  isCode,
  isLatinClock,
  isLowercase,
  isMixedCase,
  isNumber,
  isRomanNumeral,
  isTimeLabel,
  isUnit,
  isVowellessAbbreviation,
  LOOKALIKE_RE,
  NAME_PARTICLES,
  PERSIAN_URDU_RE,
  type ForeignScript,
  type ScriptCounts,
  type Span
} from '../src/language/scripts.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

interface Options extends Record<string, unknown> {
  allow: string[]
  minArabicShare: number
}

/** Nouns (and a few verbs) that introduce a name, which may then be written in its own script. */
const NAMING_WORDS = new Set(
  (
    'شركة شركات موقع مواقع منصة منصات تطبيق تطبيقات برنامج برامج برمجية علامة ماركة طراز طرازات موديل فئة ' +
    'سيارة سيارات طائرة طائرات مقاتلة مقاتلات صاروخ صواريخ مروحية دبابة سفينة غواصة جهاز أجهزة هاتف هواتف حاسوب ' +
    'نظام أنظمة خدمة منتج منتجات متجر فندق مطعم طيران مجموعة بنك مصرف صحيفة جريدة مجلة قناة شبكة إذاعة ' +
    'وكالة مؤسسة منظمة جمعية حملة مبادرة مشروع عملية مناورة مناورات لعبة فيلم مسلسل أغنية ألبوم كتاب رواية ' +
    'مسرحية حساب وسم هاشتاغ هاشتاج كلمة عبارة مصطلح شعار رمز كود اسم لقب عنوان يسمى تسمى مسمى المسمى يدعى ' +
    'تدعى لغة ملف صيغة امتداد معيار بروتوكول تقنية فيروس سلالة متحور عقار دواء لقاح مركب مادة مبيد عملة ' +
    'نسخة إصدار اختصار اختصارا الإنجليزية بالإنجليزية الإنكليزية إنجليزية لاتينية'
  )
    .split(' ')
    .map((word) => normalize(word))
)

const CLITIC_FORMS = [/^[وف]/u, /^[وف]?[بلك]/u, /^[وف]?[بلك]?ال/u, /^[وف]?لل/u]

function isNamingWord(value: string): boolean {
  const key = normalize(value)
  if (NAMING_WORDS.has(key)) return true
  for (const clitics of CLITIC_FORMS) {
    const rest = key.replace(clitics, '')
    if (rest !== key && rest.length >= 2 && NAMING_WORDS.has(rest)) return true
  }
  return false
}

/** Proclitics that may be joined to a word in another script: `لـCNN`, `وiPhone`, `بالـGPS`. */
const PROCLITIC_CHAIN = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/u
const TIME_WORDS = new Set(['توقيت', 'بتوقيت', 'وبتوقيت', 'التوقيت', 'الساعة', 'الساعه'].map((w) => normalize(w)))

interface Token {
  start: number
  /** Where the written word starts (before a joined proclitic). */
  chunkStart: number
  end: number
  value: string
  arabic: boolean
  script: ForeignScript | undefined
  skipped: boolean
  /** Position in the line's token list. */
  index: number
}

// Patterns of the token tests, built once at load (a literal in a function is a new object per call).
const JOINING_MARK = /[-'’.&_/+:]/gu
const WORD_START = lazyRegExp(() => /^[\p{L}\p{M}\p{N}\u0640]/u)
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D5]/u
const ENDS_WITH_COLON = /:\s*$/u
const SPACE_OR_DEGREE = /^\s*°?$/u
const NAME_JOINER = /[-/&]/u
const ARABIC_PREFIX = /^[\u0600-\u06FF\u0640]+/u
const TATWEEL_OR_HARAKA = /[\u0640\u064B-\u065F\u0670]/gu
const SPACE_OR_JOINING_DASH = /^\s+$|^\s*[-–&+]\s*$/u
const PERIOD_AND_SPACE = /^\.\s+$/u
const ZONE_OFFSET_START = /^(?:GMT|UTC)[+\-−]/u
const BLANK = /^\s*$/u
const SIGN = /[+\-−]/u
const SPACES = /^\s+$/u
const ARTICLE = /^(?:[وف]?[بكل]?ال|[وف]?لل)../u
const TOKEN_RE = lazyRegExp(() => /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]+(?:[-'’.&_/+][\p{L}\p{M}\p{N}\u0640]+|:\p{N}+)*/gu)

/**
 * Split a token where joining punctuation separates two scripts (`Broadcom.شركة`
 * is two words and a missing space). Only the code units on either side of
 * each mark are read (a token may be a whole long line of `a-b-c…`).
 */
function* pieces(value: string, start: number): Generator<[string, number]> {
  let from = 0
  for (const match of value.matchAll(JOINING_MARK)) {
    const at = match.index
    // The last code unit of the piece so far, and the first of the word after the mark.
    const before = at > from ? value[at - 1]! : ''
    const after = WORD_START().test(value.slice(at + 1, at + 3)) ? value[at + 1]! : ''
    const leftArabic = ARABIC_LETTER.test(before)
    const rightArabic = ARABIC_LETTER.test(after)
    const leftForeign = hasForeignLetter(before)
    const rightForeign = hasForeignLetter(after)
    if ((leftArabic && rightForeign) || (leftForeign && rightArabic)) {
      yield [value.slice(from, at), start + from]
      from = at + 1
    }
  }
  yield [value.slice(from), start + from]
}

/** Joining punctuation inside a token, where `pieces` may split it. */
const JOINER = /[-'’.&_/+:]/u

function tokenize(text: string, skip: Span[]): Token[] {
  const tokens: Token[] = []
  // Tokens come in order: a token overlaps a skipped span when the spans that
  // start before its end reach past its start, so one pass over the spans
  // sorted by start answers for all tokens (testing every span for every
  // token was quadratic on a line of many links or glosses).
  const spans = [...skip].sort((a, b) => a.start - b.start)
  let next = 0
  let reach = -1
  const add = (value: string, start: number) => {
    const end = start + value.length
    let arabic = false
    for (let i = 0; i < value.length && !arabic; i++) arabic = isArabicLetterCode(value.charCodeAt(i))
    while (next < spans.length && spans[next]!.start < end) reach = Math.max(reach, spans[next++]!.end)
    // `value` first: a literal that starts with `start` shares its hidden class
    // with the parser's positions (see LineSpan in scripts.ts).
    tokens.push({
      value,
      start,
      chunkStart: start,
      end,
      arabic,
      script: firstForeignScript(value),
      skipped: reach > start,
      index: tokens.length
    })
  }
  TOKEN_RE().lastIndex = 0
  for (const match of text.matchAll(TOKEN_RE())) {
    if (!JOINER.test(match[0])) add(match[0], match.index)
    else for (const [value, start] of pieces(match[0], match.index)) add(value, start)
  }
  return tokens
}

type AllowTest = (value: string) => boolean
const allowCache = new WeakMap<string[], AllowTest>()

/** Plain entries match a word or phrase exactly, ignoring case; `/…/` entries are regular expressions matching all of it. */
function compileAllow(entries: string[]): AllowTest {
  const cached = allowCache.get(entries)
  if (cached) return cached
  const plain = new Set<string>()
  const patterns: RegExp[] = []
  for (const entry of entries) {
    const regex = /^\/(.+)\/([a-z]*)$/su.exec(entry)
    if (regex) patterns.push(new RegExp(`^(?:${regex[1]})$`, regex[2]!.includes('u') ? regex[2] : `${regex[2]}u`))
    else plain.add(entry.toLowerCase())
  }
  const test: AllowTest = (value) => plain.has(value.toLowerCase()) || patterns.some((re) => re.test(value))
  allowCache.set(entries, test)
  return test
}

/** Shorten a long line for the message text. */
function shorten(value: string, max = 48): string {
  if (value.length <= max) return value
  const cut = value.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** Whether a word is one an Arabic sentence uses with the article (to tell Arabic from Persian/Urdu). */
function hasArticle(key: string): boolean {
  return ARTICLE.test(key)
}

/** A script's name in messages: an adjective of "line", "word" or "letters" / of `بالخط`. */
const SCRIPT_NAMES: Record<ForeignScript, Localized> = {
  Latin: {en: 'Latin', ar: 'اللاتيني'},
  Greek: {en: 'Greek', ar: 'اليوناني'},
  Cyrillic: {en: 'Cyrillic', ar: 'السيريلي'},
  Hebrew: {en: 'Hebrew', ar: 'العبري'},
  Armenian: {en: 'Armenian', ar: 'الأرمني'},
  Georgian: {en: 'Georgian', ar: 'الجورجي'},
  Devanagari: {en: 'Devanagari', ar: 'الديفناغاري'},
  CJK: {en: 'CJK', ar: 'الصيني أو الياباني أو الكوري'},
  foreign: {en: 'foreign', ar: 'الأجنبي'}
}

export default defineRule<Options>({
  id: 'mixed-script',
  description: 'Disallow Latin (or other foreign-script) words and Persian/Urdu letters in Arabic text',
  severity: 'warn',
  fixable: true,
  category: 'artefact',
  options: {
    properties: {
      allow: {
        type: 'array',
        items: {type: 'string'},
        description: 'Words or phrases accepted in another script (brand names, titles); `/…/` for a regular expression.'
      },
      minArabicShare: {
        type: 'number',
        minimum: 0,
        maximum: 1,
        description: 'Share of Arabic letters among all letters from which a document counts as Arabic.'
      }
    },
    defaults: {allow: [], minArabicShare: 0.6}
  },
  messages: {
    line: {
      en: 'Unexpected {script} line `{actual}` in an Arabic document, translate or remove it',
      ar: 'سطر بالخط {script} `{actual}` في مستند عربي، فترجمه أو احذفه'
    },
    word: {
      en: 'Unexpected {script} `{actual}` in Arabic text, translate or transliterate it',
      ar: 'كلمة بالخط {script} `{actual}` في نص عربي، فترجمها أو اكتبها بحروف عربية'
    },
    english: {
      en: 'Unexpected `{actual}` after `{noun}`, translate it: `{word}` is an ordinary English word, not a name',
      ar: '`{actual}` بعد `{noun}`، فترجمها؛ إذ `{word}` كلمة إنجليزية عادية وليست اسم علم'
    },
    time: {
      en: 'Unexpected Latin time label `{actual}` in Arabic text, expected an Arabic one (`ص`, `م`, `بتوقيت …`)',
      ar: 'رمز وقت لاتيني `{actual}` في نص عربي، والصواب رمز عربي (`ص`، `م`، `بتوقيت …`)'
    },
    joined: {
      en: 'Unexpected {script} and Arabic letters in one word `{actual}`, separate or translate them',
      ar: 'حروف بالخط {script} وحروف عربية في كلمة واحدة `{actual}`، فافصل بينها أو ترجمها'
    },
    reference: {
      en: 'Unexpected character reference `{actual}` in Arabic text{count}, expected the character it stands for',
      ar: 'مرجع حرفي `{actual}` في نص عربي{count}، والصواب المحرف الذي يدل عليه'
    },
    lookalike: {
      en: 'Unexpected Persian/Urdu letter in `{actual}`, expected `{expected}`',
      ar: 'حرف فارسي أو أردي في `{actual}`، والصواب `{expected}`'
    },
    lookalikeAmbiguous: {
      en: 'Unexpected Persian/Urdu letter in `{actual}`, expected `{expected}` or `{other}`',
      ar: 'حرف فارسي أو أردي في `{actual}`، والصواب `{expected}` أو `{other}`'
    },
    persianLine: {
      en: 'Unexpected Persian/Urdu line `{actual}` in an Arabic document, translate or remove it',
      ar: 'سطر فارسي أو أردي `{actual}` في مستند عربي، فترجمه أو احذفه'
    }
  },
  examples: {
    valid: [
      {
        text: 'وقّع مكتب الأمم المتحدة المعني بالمخدرات والجريمة (UNODC) اتفاقاً مع منظمة الصحة العالمية (World Health Organization).\n',
        note: 'A name or acronym in brackets after its Arabic name is a gloss.'
      },
      {
        text: 'وقال المتحدث لـCNN إن الطائرات من طراز F-16 وSu-35 حلقت فوق المنطقة، وإن حلف الناتو NATO يتابع الوضع.\n',
        note: 'Acronyms, model numbers and a proclitic joined to a Latin name (`لـCNN`, `وSu-35`) are normal in edited news.'
      },
      {
        text: 'أطلقت شركة Apple هاتف iPhone الجديد، وتبلغ سعته 256 GB ووزنه 180 g، ويعمل بتردد 5 GHz.\n',
        note: 'Brand and product names, and units after a number.'
      },
      {
        text: 'للاستفسار راسلوا info@example.org أو زوروا https://example.org/ar وتابعوا الحساب @UN_News والوسم #COP28.\n',
        note: 'E-mail addresses, links, handles and hashtags.'
      },
      {
        text: 'ويحتوي الغاز على CO2 وH2O بنسبة 4%، وارتفعت الحرارة إلى 45 °C.\n',
        note: 'Chemical formulas and symbols.'
      },
      {
        text: 'وأثنت مديرة منظمة الشفافية الدولية Transparency International على القرار، وكتبت على منصة X أن "the fight goes on".\n',
        note: 'A capitalised name after its Arabic translation, a one-letter platform name, and an English quotation in quotes.'
      },
      {
        text: 'ويشار إلى الصندوق باسمه الإنجليزي:\nThe Arab Fund for Economic Development\nومقره في الكويت.\n',
        note: 'A line in English introduced by a colon on the line before is a quotation.'
      },
      {
        text: 'Press release\nThe meeting was held in Geneva and the delegates agreed on a work plan for the next year.\nوزير الخارجية\n',
        note: 'A document that is mostly in another script is not an Arabic document: nothing is reported.'
      },
      {
        text: 'وتعاقدت الوزارة مع شركة bluewave لتطوير خدمة smartpay الجديدة، وسافر الوفد على طيران flynas.\n',
        note: 'A lower-case name right after the noun that introduces it (`شركة`, `خدمة`, `طيران`): not an English word.'
      },
      {
        text: 'وشارك في الحرب العالمية II أكثر من 70 دولة، ونالت الشركة شهادة ISO 9001، وتختبر الجامعة نظام GPT-4o.\n',
        note: 'Roman numerals, standards and model names with digits.'
      },
      {
        text: 'وتسمح الدالة بإظهار العناصر n الأولى من القائمة، وقيمة α فيها ثابتة.\n',
        note: 'A single letter (a variable, a label) is not a word.'
      },
      {
        text: 'وتحدث الوزير عن مشروع greenline الجديد.\n',
        options: {allow: ['greenline']},
        note: 'Words the user accepts.'
      }
    ],
    invalid: [
      {
        text: 'الأخبار المحلية\nEnglish version\nافتتح الوزير المعرض الدولي للكتاب.\n',
        messages: ['2:1-2:16: Unexpected Latin line `English version` in an Arabic document, translate or remove it'],
        note: 'Site furniture: one report for the whole line.'
      },
      {
        text: 'نشر في ١٠:٤٥ م +03:00 AST\nافتتح الوزير المعرض الدولي للكتاب في الرياض.\n',
        messages: [
          '1:23-1:26: Unexpected Latin time label `AST` in Arabic text, expected an Arabic one (`ص`, `م`, `بتوقيت …`)'
        ]
      },
      {
        text: 'وأكدت الوزارة أن الـlockdown سينتهي قريباً، وأن الإجراءات ستكون more flexible من قبل.\n',
        messages: [
          '1:21-1:29: Unexpected Latin `lockdown` in Arabic text, translate or transliterate it',
          '1:65-1:78: Unexpected Latin `more flexible` in Arabic text, translate or transliterate it'
        ],
        note: 'Words machine translation left in English.'
      },
      {
        text: 'وقال المتحدث: We will not accept this، ثم غادر المؤتمر الصحفي.\n',
        messages: ['1:15-1:38: Unexpected Latin `We will not accept this` in Arabic text, translate or transliterate it'],
        note: 'An English phrase is reported once; in quotation marks it would be a quotation and allowed.'
      },
      {
        text: 'وبدأت الجلسة في 9:30 am واستمرت حتى الظهر.\n',
        messages: ['1:22-1:24: Unexpected Latin time label `am` in Arabic text, expected an Arabic one (`ص`, `م`, `بتوقيت …`)']
      },
      {
        text: 'وعثر المحققون على الصندوق الأسود يوم вторник الماضي.\n',
        messages: ['1:38-1:45: Unexpected Cyrillic `вторник` in Arabic text, translate or transliterate it'],
        note: 'Other scripts too: a word a translation system left in Russian.'
      },
      {
        text: 'وتركز الخطة على دعم ريادة الأعمالEntrepreneurship في المنطقة.\n',
        messages: [
          '1:27-1:50: Unexpected Latin and Arabic letters in one word `الأعمالEntrepreneurship`, separate or translate them'
        ]
      },
      {
        text: 'وأعلنت الوزارة أن الخدمة ستتاح online مطلع الشهر المقبل.\n',
        messages: ['1:32-1:38: Unexpected Latin `online` in Arabic text, translate or transliterate it'],
        note: 'A lower-case word with no noun that introduces it as a name.'
      },
      {
        text: 'وأكدت الوزارة أن الخدمة delivery متاحة، وأن المنصة platform آمنة.\n',
        messages: [
          '1:25-1:33: Unexpected `delivery` after `الخدمة`, translate it: `delivery` is an ordinary English word, not a name',
          '1:52-1:60: Unexpected `platform` after `المنصة`, translate it: `platform` is an ordinary English word, not a name'
        ],
        note: 'After a noun that introduces names, an ordinary English word (in the US English word list of `@cspell/dict-en_us`) is still a word left untranslated.'
      },
      {
        text: 'وقال الوزير إن &quot;الأمن&quot; أولوية.\n',
        messages: [
          '1:16-1:22: Unexpected character reference `&quot;` in Arabic text (2 in this line), expected the character it stands for'
        ]
      },
      {
        text: 'وشارك في المؤتمر ممثلون عن الحکومة والمنظمات الدولیة.\n',
        messages: [
          '1:28-1:35: Unexpected Persian/Urdu letter in `الحکومة`, expected `الحكومة`',
          '1:46-1:53: Unexpected Persian/Urdu letter in `الدولیة`, expected `الدولية`'
        ],
        output: 'وشارك في المؤتمر ممثلون عن الحكومة والمنظمات الدولية.\n',
        note: '`ک` is always `ك`, and `ی` inside a word is always `ي`: fixed.'
      },
      {
        text: 'ووصل الوفد إلی العاصمة بعد لقاء مع وزیر الخارجیہ.\n',
        messages: [
          '1:12-1:15: Unexpected Persian/Urdu letter in `إلی`, expected `إلي` or `إلى`',
          '1:36-1:40: Unexpected Persian/Urdu letter in `وزیر`, expected `وزير`',
          '1:41-1:49: Unexpected Persian/Urdu letter in `الخارجیہ`, expected `الخارجيه` or `الخارجية`'
        ],
        output: 'ووصل الوفد إلی العاصمة بعد لقاء مع وزير الخارجیہ.\n',
        note: 'At the end of a word `ی` may be `ي` or `ى`, and `ہ` may be `ه` or `ة`: both are suggested, nothing is fixed.'
      },
      {
        text: 'وألقى السفير كلمة قصيرة.\nاین سفر برای ما خیلی مهم است و امیدواریم نتیجه بدهد\nثم غادر القاعة.\n',
        messages: ['2:1-2:52: Unexpected Persian/Urdu line `این سفر برای ما خیلی مهم است و امیدواریم نتیجه…` in an Arabic document, translate or remove it'],
        note: 'A whole line in Persian is reported once, not word by word.'
      }
    ]
  },
  check(tree, context, options) {
    const text = context.text
    const doc = getDocument(tree, text)
    // The foreign letters of each line, then the document's share of Arabic.
    const foreignCounts = countForeignBySpan(text, doc.paragraphs)
    let foreign = 0
    for (const count of foreignCounts) foreign += count
    if (!hasArabicShare(text, doc.paragraphs, foreign, options.minArabicShare)) return
    const persian = PERSIAN_URDU_RE.test(text)
    if (persian && isPersianOrUrdu(doc.words)) return

    const allow = compileAllow(options.allow)
    for (const paragraph of doc.paragraphs) {
      if (persian && PERSIAN_URDU_RE.test(paragraph.text)) checkLookalikes(paragraph, doc.paragraphs, context, allow)
      if (foreignCounts[paragraph.index]! > 0 || paragraph.text.includes('&')) {
        checkForeign(paragraph, countScripts(text, paragraph.start, paragraph.end), doc.paragraphs, context, allow)
      }
    }
  }
})

const ARABIC_WORD = /[\u0621-\u064A\u0671-\u06D5]/u
// Module-level: the bundler turns a `\p{…}` literal into a `new RegExp` where it stands.
const LETTER = lazyRegExp(() => /\p{L}/u)
const ONE_OR_TWO_DIGITS = lazyRegExp(() => /^\p{N}{1,2}$/u)

/** Arabic uses the article on a good share of its words; Persian and Urdu do not, and use their own letters. */
function isPersianOrUrdu(words: readonly WordInfo[]): boolean {
  let arabicWords = 0
  let withArticle = 0
  let marked = 0
  for (const word of words) {
    if (!ARABIC_WORD.test(word.value)) continue
    arabicWords++
    if (hasArticle(word.key)) withArticle++
    if (PERSIAN_URDU_RE.test(word.value)) marked++
  }
  return arabicWords >= 10 && withArticle < arabicWords * 0.08 && marked > arabicWords * 0.25
}

function checkLookalikes(paragraph: ParagraphInfo, paragraphs: ParagraphInfo[], context: RuleContext, allow: AllowTest) {
  const words = paragraph.sentences.flatMap((sentence) => sentence.words).filter((w) => ARABIC_WORD.test(w.value))
  const marked = words.filter((w) => PERSIAN_URDU_RE.test(w.value))
  const withArticle = words.filter((w) => hasArticle(w.key)).length
  if (marked.length >= 4 && marked.length * 10 >= words.length * 3 && withArticle * 10 < words.length) {
    const actual = paragraph.text.trimEnd()
    if (allow(actual) || isIntroduced(paragraph, paragraphs)) return
    context.report({
      messageId: 'persianLine',
      start: paragraph.start,
      end: paragraph.start + actual.length,
      data: {actual: shorten(actual)}
    })
    return
  }
  for (const word of marked) {
    if (!LOOKALIKE_RE.test(word.value) || allow(word.value)) continue
    const fix = arabicFromLookalikes(word.value)
    if (!fix) continue
    if (fix.options.length === 1) {
      context.report({messageId: 'lookalike', start: word.start, end: word.end, expected: fix.options})
    } else {
      context.report({
        messageId: 'lookalikeAmbiguous',
        start: word.start,
        end: word.end,
        expected: fix.options,
        data: {other: fix.options[1]!}
      })
    }
  }
}

/** A line announced by a colon at the end of the line before: a quotation given in its own language. */
function isIntroduced(paragraph: ParagraphInfo, paragraphs: ParagraphInfo[]): boolean {
  const previous = paragraph.index > 0 ? paragraphs[paragraph.index - 1] : undefined
  return previous !== undefined && previous.line === paragraph.line - 1 && ENDS_WITH_COLON.test(previous.text)
}

/** A foreign-script token that is fine anywhere: acronym, code, brand spelling, numeral, abbreviation, unit. */
function isSafeToken(token: Token, previous: Token | undefined, text: string, allow: AllowTest): boolean {
  const value = token.value
  if (allow(value)) return true
  if (isUnit(value)) {
    // After a number, or glued to one (`25°C`).
    const before = text.slice(previous ? previous.end : 0, token.start)
    if (previous && !previous.arabic && !previous.script && isNumber(previous.value) && SPACE_OR_DEGREE.test(before)) return true
  }
  if (token.script === 'Latin' || token.script === 'Greek' || token.script === 'Cyrillic') {
    // One letter: a variable, a label, a grade, a platform (`n`, `X`, `α`).
    if ([...value].length === 1) return true
    if (token.script === 'Latin') {
      if (isAcronym(value) || isCode(value) || isMixedCase(value) || isRomanNumeral(value) || isVowellessAbbreviation(value)) return true
    }
  }
  return false
}

/** Capitalised words (with lower-case particles) make a name: `Equality Now`, `Bank of England`. */
function isNameRun(tokens: Token[]): boolean {
  const parts = tokens.flatMap((t) => t.value.split(NAME_JOINER)).filter((p) => LETTER().test(p))
  if (parts.length === 0) return false
  const first = parts.find((p) => !NAME_PARTICLES.has(p.toLowerCase()))
  if (!first || !(isCapitalized(first) || isMixedCase(first) || isCode(first))) return false
  let lower = 0
  for (const part of parts) if (isLowercase(part) && !NAME_PARTICLES.has(part) && !isCode(part)) lower++
  return lower * 2 <= parts.length
}

function checkForeign(
  paragraph: ParagraphInfo,
  local: ScriptCounts,
  paragraphs: ParagraphInfo[],
  context: RuleContext,
  allow: AllowTest
) {
  const text = paragraph.text
  const base = paragraph.start
  const references = findCharacterReferences(text)
  if (references.length > 0) {
    // Escaped markup is one fault of the whole line: report the first reference.
    const first = references[0]!
    const count = references.length > 1 ? {en: ` (${references.length} in this line)`, ar: ` (${references.length} في هذا السطر)`} : ''
    context.report({messageId: 'reference', start: base + first.start, end: base + first.end, data: {count}})
  }
  const skip = [...references, ...findLinkSpans(text), ...findForeignGroups(text)]
  const tokens = tokenize(text, skip)

  // A line mostly in another script.
  const arabicTokens = tokens.filter((t) => t.arabic).length
  const foreignTokens = tokens.filter((t) => t.script && !t.arabic && !t.skipped).length
  if (arabicShare(local) < 0.5 && foreignTokens >= arabicTokens * 2) {
    const wordy = tokens.filter(
      (t, i) => !t.skipped && t.script && !t.arabic && !isSafeToken(t, tokens[i - 1], text, allow) && !isTimeLabel(t.value)
    )
    if (wordy.length > 0) {
      const actual = text.trimEnd()
      if (!isIntroduced(paragraph, paragraphs) && !allow(actual) && !wordy.every((t) => allow(t.value))) {
        context.report({
          messageId: 'line',
          start: base,
          end: base + actual.length,
          data: {actual: shorten(actual), script: SCRIPT_NAMES[wordy[0]!.script!]}
        })
      }
      return
    }
  }
  if (local.arabic === 0) return

  let run: Token[] = []
  let runIndex = -1
  const flush = () => {
    if (run.length > 0) judgeRun(run, runIndex, tokens, text, base, context, allow)
    run = []
    runIndex = -1
  }

  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!
    if (token.skipped) {
      flush()
      continue
    }
    if (token.arabic && token.script) {
      // Arabic and foreign letters in one token: only proclitics may be joined (`لـCNN`).
      const prefix = ARABIC_PREFIX.exec(token.value)?.[0] ?? ''
      const rest = token.value.slice(prefix.length)
      const bare = prefix.replace(TATWEEL_OR_HARAKA, '')
      const restArabic = [...rest].some((ch) => isArabicLetterCode(ch.charCodeAt(0)))
      if (prefix && !restArabic && PROCLITIC_CHAIN.test(bare)) {
        flush()
        token = {...token, start: token.start + prefix.length, value: rest, arabic: false}
        tokens[i] = token
      } else {
        flush()
        if (!allow(token.value)) {
          context.report({
            messageId: 'joined',
            start: base + token.start,
            end: base + token.end,
            data: {script: SCRIPT_NAMES[token.script]}
          })
        }
        continue
      }
    }
    if (token.arabic) {
      flush()
      continue
    }
    const previous = tokens[i - 1]
    if (!token.script) {
      // A number: it may sit inside a name (`Stc 635031 Mobily`), never start one.
      if (run.length > 0 && SPACES.test(text.slice(run[run.length - 1]!.end, token.start))) run.push(token)
      else flush()
      continue
    }
    if (isLatinClock(token.value) || (isTimeLabel(token.value) && nextToTime(tokens, i, text))) {
      flush()
      if (!allow(token.value)) context.report({messageId: 'time', start: base + token.start, end: base + token.end})
      continue
    }
    if (run.length > 0 && joins(run, token, text) && previous) run.push(token)
    else {
      flush()
      run = [token]
      runIndex = i
    }
  }
  flush()
}

/** Whether a token continues the run before it (same script, only a space, dash or initial's period between). */
function joins(run: Token[], token: Token, text: string): boolean {
  const last = run[run.length - 1]!
  const script = run[0]!.script
  if (token.script !== script) return false
  const between = text.slice(last.end, token.start)
  if (SPACE_OR_JOINING_DASH.test(between)) return true
  if (PERIOD_AND_SPACE.test(between)) return [...last.value].length === 1 || isAcronym(last.value)
  return false
}

/** A time-zone or AM/PM label right after a time, a number or the word `توقيت`. */
function nextToTime(tokens: Token[], index: number, text: string): boolean {
  if (ZONE_OFFSET_START.test(tokens[index]!.value)) return true
  const previous = tokens[index - 1]
  if (!previous) return false
  const between = text.slice(previous.end, tokens[index]!.start)
  if (!BLANK.test(between)) return false
  const before = text.slice(Math.max(0, previous.start - 1), previous.start)
  if (isClockTime((SIGN.test(before) ? before : '') + previous.value)) return true
  if (!previous.script && ONE_OR_TWO_DIGITS().test(previous.value)) return true
  return previous.arabic && TIME_WORDS.has(normalize(previous.value))
}

function judgeRun(
  run: Token[],
  runIndex: number,
  tokens: Token[],
  text: string,
  base: number,
  context: RuleContext,
  allow: AllowTest
) {
  // Numbers trail off a run.
  while (run.length > 0 && !run[run.length - 1]!.script) run.pop()
  if (run.length === 0) return
  const start = run[0]!.start
  const end = run[run.length - 1]!.end
  const actual = text.slice(start, end)
  const script = run[0]!.script!
  if (allow(actual)) return
  const letters = run.filter((t) => t.script)
  const safe = letters.every((t) => isSafeToken(t, tokens[t.index - 1], text, allow))
  if (safe) return

  const report = (messageId: string) =>
    context.report({messageId, start: base + start, end: base + end, data: {script: SCRIPT_NAMES[script]}})

  if (script !== 'Latin') {
    report('word')
    return
  }
  if (isNameRun(letters)) return
  const before = tokens[runIndex - 1]
  if (before && before.arabic && SPACES.test(text.slice(before.end, run[0]!.chunkStart)) && isNamingWord(before.value)) {
    // A name after the noun that introduces it (`طيران flynas`, `شركة bluewave`),
    // not an English word left untranslated after it (`الخدمة delivery`).
    const english = ordinaryEnglishPart(letters)
    if (english === undefined) return
    context.report({messageId: 'english', start: base + start, end: base + end, data: {noun: before.value, word: english}})
    return
  }
  report('word')
}

/**
 * The first lower-case word of a run that is an ordinary English word
 * (`delivery`, not `flynas` or `whatsapp`; a compound only when all its parts
 * are, so `careem-pay` is a name), read from the English word list only when
 * a run follows a naming noun.
 */
function ordinaryEnglishPart(tokens: Token[]): string | undefined {
  for (const token of tokens) {
    const parts = token.value.split(NAME_JOINER).filter((part) => part.length > 0)
    const words = parts.filter((part) => !NAME_PARTICLES.has(part))
    if (words.length === 0 || !words.every((part) => part.length > 1 && isLowercase(part) && isEnglishWord(part))) continue
    return token.value
  }
  return undefined
}
