import {defineRule} from '../src/engine/define-rule.ts'
import {arabicCount} from '../src/engine/locale.ts'
import {getDocument} from '../src/engine/document.ts'
import {isArabicLetterCode, normalize, isWhiteSpaceCode} from '../src/language/arabic.ts'
import {core, keyOf, phraseKey, wordCount} from './data/boilerplate-key.ts'
import {
  FURNITURE,
  LEADS,
  LEAD_PHRASES,
  SEPARATED_PHRASES,
  FURNITURE_FIRST_WORDS,
  SEPARATED_FIRST_WORDS,
  INSIDE,
  LEAD_FIRST_WORDS,
  INSIDE_FIRST_WORDS,
  FURNITURE_WORDS,
  SEPARATED_WORDS,
  SHARE,
  SHARE_OR_FILLER,
  CALLS,
  CHANNELS,
  APPS,
  DOWNLOADS,
  NAV,
  BYLINES,
  WEEKDAY,
  MONTH,
  MONTH_PART,
  STAMP,
  STAMP_LABEL,
  STRUCTURE,
  PARTICLE,
  WIRE,
  ZONE,
  YA_NOUN,
  ARABIC_FIRST,
  INSIDE_OPENINGS,
  CALL_OPENINGS,
  CHANNEL_OPENINGS,
  APP_OPENINGS,
  DOWNLOAD_OPENINGS,
  LETTER_PLACES,
  INSIDE_PREFIXES,
  CALL_PREFIXES,
  CHANNEL_PREFIXES,
  APP_PREFIXES,
  DOWNLOAD_PREFIXES,
  STAMP_OPENERS,
  STAMP_LABEL_FIRSTS
} from './data/boilerplate-keys.precomputed.ts'
import {lazyRegExp} from '../src/language/lazy-regexp.ts'

const DIGIT = '0-9\u0660-\u0669\u06F0-\u06F9'
const BULLET_CHARS = '•▪▫◦‣●○■□◆◇►▶·∙*\\-–—'
const BULLET_ONLY = new RegExp(`^[${BULLET_CHARS}\\s]+$`, 'u')
const LEADING_BULLETS = new RegExp(`^[${BULLET_CHARS}]+\\s*`, 'u')
/** A horizontal rule (`-----`, `=====`): a plain-text separator, not furniture. */
const RULE_LINE = /^([-=_*~.])\1{2,}$/u
/** A time (`19:00`, `٢٨: ٠٥`, `+02:00`), a date (`3/5/2018`, `2018-03-03`) or a bare number. */
const TIME = new RegExp(`^[+]?[${DIGIT}]{1,2}:[${DIGIT}]{2}(?::[${DIGIT}]{2})?$`, 'u')
const DATE = new RegExp(`^[${DIGIT}]{1,4}[/.\\-][${DIGIT}]{1,2}[/.\\-][${DIGIT}]{1,4}$`, 'u')
const NUMBER = new RegExp(`^[${DIGIT}]{1,4}(?:هـ|ه|م|ص)?$`, 'u')
const HAS_LETTER_OR_DIGIT = lazyRegExp(() => /[\p{L}\p{N}]/u)
const TERMINAL = /[.!;:…؛،,]["'»”’)\]]*$/u
const QUESTION = /[?؟]["'»”’)\]]*$/u
const LIST_MARKER = new RegExp(`^(?:[${BULLET_CHARS}]|[${DIGIT}]+\\s*[-.)–]|[(][${DIGIT}]+[)])`, 'u')
const SEPARATOR_AFTER = /^\s*(?:[:/|>»\-–—…]|\.\.)/u
const LATIN_WORD = /^[a-z]+$/u
/** Direction marks and joiners, which may wrap a stamp. */
const MARKS = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]/gu
const HAS_MARK = /[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069]/u
/** Lines with more tokens than this are running text: only their opening is examined. */
const LONG_LINE = 40
// A call to the reader with a site channel (`تابعونا على تويتر`, `اشترك في النشرة البريدية`) on a
// line this short is furniture wherever it stands: none of the 235,000 lines of the 31,196 edited
// ANT articles, nor any line of the clean, MT or error corpora, is one. Longer lines are judged
// only in the first or last three lines, where sites put their promos.
const SHORT_PROMO_WORDS = 8
/** …and a line with more characters than this is long without counting; its first OPENING tokens are kept. */
const LONG_CHARS = 400
const OPENING = 8
/** The end of a line, where its final mark is. */
const tail = (raw: string): string => raw.slice(-12)
const INNER_COMMA = /[،,]\s*\S/u

/** Whether a token is Arabic letters only: its own core, and its key is `normalize` of it (no case to lower). */
function isArabicLetters(token: string): boolean {
  if (token.length === 0) return false
  for (let i = 0; i < token.length; i++) if (!isArabicLetterCode(token.charCodeAt(i))) return false
  return true
}

/**
 * Token → key of its core, `null` when it has none. A plain Arabic word (most
 * tokens) is keyed on the spot, which costs less than a lookup in a table of
 * tens of thousands of words; other tokens are keyed once and remembered.
 */
const TOKEN_KEYS = new Map<string, string | null>()
const TOKEN_KEYS_MAX = 20_000
export function tokenKey(token: string): string | undefined {
  if (isArabicLetters(token)) return normalize(token)
  let key = TOKEN_KEYS.get(token)
  if (key === undefined) {
    const part = core(token)
    key = part ? keyOf(part) : null
    if (TOKEN_KEYS.size >= TOKEN_KEYS_MAX) TOKEN_KEYS.clear()
    TOKEN_KEYS.set(token, key)
  }
  return key ?? undefined
}

/** Which keys a token may have for a set: the first letters (`openings`) and first three letters (`prefixes`) of the set's keys. */
interface Openings {
  first: Uint8Array
  three: Set<number>
}
const INSIDE_OPENS: Openings = {first: INSIDE_OPENINGS, three: INSIDE_PREFIXES}
const CALL_OPENS: Openings = {first: CALL_OPENINGS, three: CALL_PREFIXES}
const CHANNEL_OPENS: Openings = {first: CHANNEL_OPENINGS, three: CHANNEL_PREFIXES}
const APP_OPENS: Openings = {first: APP_OPENINGS, three: APP_PREFIXES}
const DOWNLOAD_OPENS: Openings = {first: DOWNLOAD_OPENINGS, three: DOWNLOAD_PREFIXES}

/** The place in ء–ي of the letter `normalize` writes for `text[at]`, or -1 (not a letter of ء–ي, or tatweel). */
function letterPlace(text: string, at: number): number {
  const place = text.charCodeAt(at) - ARABIC_FIRST
  if (!(place >= 0 && place < LETTER_PLACES.length)) return -1
  const normalized = LETTER_PLACES[place]
  return normalized === 255 ? -1 : normalized
}

/**
 * Whether the token text[from, to) may have a key of the set `opens` is made
 * from, read from its first letters without keying it: most tokens open with
 * no letter, or no three letters, that a key of the set opens with.
 */
export function mayBeIn(text: string, from: number, to: number, opens: Openings): boolean {
  const first = text.charCodeAt(from) - ARABIC_FIRST
  if (!(first >= 0 && first < opens.first.length)) return true
  if (opens.first[first] === 0) return false
  if (to - from < 3) return true
  const a = letterPlace(text, from)
  const b = letterPlace(text, from + 1)
  const c = letterPlace(text, from + 2)
  if (a < 0 || b < 0 || c < 0) return true
  return opens.three.has((a << 12) | (b << 6) | c)
}

/**
 * The keys of a line's tokens that have letters or digits, computed only as
 * far as they are read: most lines are running text, judged by their opening.
 * The tokens are text[bounds[2k], bounds[2k + 1]) for k below `count`.
 */
class TokenKeys {
  private readonly list: string[] = []
  private next = 0
  private joined: string | undefined
  constructor(
    private readonly text: string,
    private readonly bounds: readonly number[],
    private readonly count: number
  ) {}

  /** The keys of these tokens (a line's tokens after its bullets). */
  static of(values: readonly string[]): TokenKeys {
    const bounds: number[] = []
    let at = 0
    for (const value of values) {
      bounds.push(at, at + value.length)
      at += value.length + 1
    }
    return new TokenKeys(values.join(' '), bounds, values.length)
  }

  private valueAt(index: number): string {
    return this.text.slice(this.bounds[2 * index], this.bounds[2 * index + 1])
  }

  /** The key at `index`, or undefined past the last one. */
  at(index: number): string | undefined {
    while (this.list.length <= index && this.next < this.count) {
      const key = tokenKey(this.valueAt(this.next++))
      if (key !== undefined) this.list.push(key)
    }
    return this.list[index]
  }

  /** All the keys. */
  get all(): string[] {
    this.at(Number.POSITIVE_INFINITY)
    return this.list
  }

  /** The keys joined by one space. */
  get key(): string {
    return (this.joined ??= this.all.join(' '))
  }

  /** The first `count` keys joined by one space. */
  head(count: number): string {
    let value = this.at(0) ?? ''
    for (let index = 1; index < count && this.at(index) !== undefined; index++) value += ' ' + this.list[index]
    return value
  }

  /** Whether there are more than `count` keys. */
  exceeds(count: number): boolean {
    return this.at(count) !== undefined
  }

  /**
   * Whether a key is in `set`, without keying the tokens whose first letters
   * no key of the set opens with (see `mayBeIn`).
   */
  someIn(set: Set<string>, opens: Openings): boolean {
    if (this.next >= this.count) {
      for (const key of this.list) if (set.has(key)) return true
      return false
    }
    const {text, bounds} = this
    for (let index = 0; index < this.count; index++) {
      const from = bounds[2 * index]
      const to = bounds[2 * index + 1]
      if (!mayBeIn(text, from, to, opens)) continue
      const key = tokenKey(text.slice(from, to))
      if (key !== undefined && set.has(key)) return true
    }
    return false
  }

  some(test: (key: string) => boolean): boolean {
    for (let index = 0; this.at(index) !== undefined; index++) if (test(this.list[index])) return true
    return false
  }

  every(test: (key: string) => boolean): boolean {
    for (let index = 0; this.at(index) !== undefined; index++) if (!test(this.list[index])) return false
    return true
  }
}

interface Line {
  start: number
  end: number
  /** The line without surrounding whitespace. */
  raw: string
  /** Whitespace-separated tokens (at most LONG_LINE + 1): start and end offsets in `raw`, in pairs. */
  bounds: number[]
  /** Keys of the tokens that have letters or digits (of the first LONG_LINE tokens). */
  keys: TokenKeys
  /** Words (tokens with a letter), counted up to LONG_LINE + 1. */
  words: number
  index: number
}

const tokenCount = (line: Line): number => line.bounds.length / 2
const tokenValue = (line: Line, index: number): string => line.raw.slice(line.bounds[2 * index], line.bounds[2 * index + 1])

type Kind = 'furniture' | 'lead' | 'wire' | 'done'

export default defineRule({
  id: 'boilerplate',
  description: 'Disallow scraped page furniture: bullets, stamps, share and read-more links, repeated bylines, pasted headlines',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  options: {
    properties: {
      allowWireFooters: {
        type: 'boolean',
        description: 'Allow the conventions of wire copy: `// انتهى //` and `// يتبع //` lines and the closing time stamp with a zone mark (`14:21 ت م`).'
      },
      phrases: {
        type: 'array',
        items: {type: 'string'},
        description: 'More lines that are furniture when they stand alone (a site\'s own labels).'
      },
      minHeadlineRun: {
        type: 'integer',
        minimum: 0,
        description: 'How many headline-like lines in a row, between body paragraphs, count as pasted headlines (`0` turns the check off).'
      }
    },
    defaults: {allowWireFooters: true, phrases: [] as string[], minHeadlineRun: 2}
  },
  messages: {
    bullet: {
      en: 'Unexpected bullet-only line `{actual}`, remove it',
      ar: 'سطر ليس فيه إلا علامة تعداد `{actual}`، فاحذفه'
    },
    stamp: {
      en: 'Unexpected lone date or time `{actual}`, remove it',
      ar: 'تاريخ أو وقت منفرد `{actual}`، فاحذفه'
    },
    furniture: {
      en: 'Unexpected page furniture `{actual}`, remove it',
      ar: 'بقايا من واجهة الصفحة `{actual}`، فاحذفها'
    },
    siteName: {
      en: 'Unexpected site name `{actual}` in the title, remove it',
      ar: 'اسم الموقع `{actual}` في العنوان، فاحذفه'
    },
    byline: {
      en: 'Unexpected site byline `{actual}` in the body, remove it',
      ar: 'توقيع الموقع `{actual}` في متن النص، فاحذفه'
    },
    repeatedByline: {
      en: 'Unexpected repeated byline `{actual}`, remove the copy',
      ar: 'توقيع مكرر `{actual}`، فاحذف النسخة المكررة'
    },
    headlines: {
      en: 'Unexpected pasted headlines `{actual}` ({count}), remove the links or captions',
      ar: 'عناوين ملصقة `{actual}` ({count})، فاحذف الروابط أو التعليقات'
    }
  },
  examples: {
    valid: [
      {text: 'استقبل وزير الخارجية اليوم وفدا من الأمم المتحدة.\nوبحث الجانبان سبل تعزيز التعاون المشترك.\n'},
      {
        text: 'وزير الداخلية يبحث التعاون الأمني مع وفد أممي\n\nبحث وزير الداخلية مع وفد من الأمم المتحدة في مقر الوزارة سبل تعزيز التعاون في مكافحة الإرهاب والجريمة المنظمة.\nالوزير يؤكد أهمية تبادل الخبرات\nآفاق التعاون\nواتفق الجانبان على عقد اجتماع دوري لمتابعة تنفيذ البرامج المشتركة وتقييم ما تحقق منها خلال العام.\n',
        note: 'Headings are structure: one headline-like line alone, and a short sub-heading (two to four words) that introduces the next paragraph, are not a run of pasted headlines.'
      },
      {
        text: 'وناقش المؤتمر على مدى ثلاثة أيام سبل تعزيز التعاون بين الأجهزة الأمنية في الدول الأعضاء، وأوصى بما يلي:\nالمجلس يدعو إلى تبادل المعلومات بين الأجهزة المعنية\nالأمين العام يتابع تنفيذ برامج التدريب المشتركة\nالأمانة العامة تشرف على إنشاء قاعدة بيانات إقليمية\nوختمت الجلسة بكلمة للأمين العام شكر فيها الدول المشاركة على جهودها في إنجاح أعمال المؤتمر.\n',
        note: 'Lines after a line ending in a colon are a list, not pasted headlines.'
      },
      {
        text: ' جدة 3 رمضان 1439 هـ الموافق 18 مايو 2018 م واس\n وقعت المملكة اتفاقية للتعاون في مجال النقل البحري.\n // انتهى //\n 11:05 ت م\n',
        note: 'Wire copy: a dateline with a place is not a lone date, and the `// انتهى //` footer and the zone-marked time stamp are allowed by default.'
      },
      {
        text: 'بلغت الصادرات 3.5 مليار دولار في 2017.\n-----\nيذكر أن الاتفاقية وقعت في 12/4/2016.\n',
        note: 'A horizontal rule of dashes is a separator; a date inside a sentence is text.'
      },
      {
        text: 'للمزيد من المعلومات يرجى التواصل مع إدارة العلاقات العامة في الوزارة.\n',
        note: '`للمزيد` starts a sentence here: a lead-in counts only when a separator follows it.'
      },
      {
        text: 'بحث الوزير مع نظيره في مقر الوزارة سبل تعزيز التعاون الثنائي في مجالات الاقتصاد والتعليم والثقافة.\nوزير الخارجية يلتقي سفير اليابان\nوزير الداخلية يستقبل وفدا أمنيا\nواتفق الجانبان في ختام اللقاء على مواصلة التشاور وتبادل الزيارات بين المسؤولين في البلدين.\n',
        options: {minHeadlineRun: 0}
      }
    ],
    invalid: [
      {
        text: 'أعلنت الوزارة خطة جديدة لدعم المزارعين.\nوقال الوزير إن الخطة تشمل قروضا ميسرة.\nوأضاف أن التنفيذ يبدأ الشهر المقبل.\nشارك هذا المقال\nوأوضح أن الخطة تغطي جميع المحافظات.\nتابعونا على تويتر\nوأشار إلى أن التمويل مضمون.\nوختم بأن الوزارة ستتابع التنفيذ.\nوكان المزارعون قد طالبوا بالدعم.\n',
        note: 'A share bar spelled with what it shares and a call to follow the site, between two paragraphs of the article: short lines like these are furniture wherever they stand.',
        messages: [
          '4:1-4:16: Unexpected page furniture `شارك هذا المقال`, remove it',
          '6:1-6:18: Unexpected page furniture `تابعونا على تويتر`, remove it'
        ]
      },
      {
        text: 'الموقع الإخباري - الحكومة تقر خطة جديدة للنقل العام\n  •  ١٤:٣٠\n  • الأحد , ٧ أبريل ٢٠١٩\nEnglish version\n\nمحرر الموقع الإخباري\n\nأقرت الحكومة خطة جديدة لتطوير النقل العام في العاصمة.\n',
        note: 'The header block of a scraped page: the site name in the title and its byline, bulleted stamps, a language switch.',
        messages: [
          '1:1-1:16: Unexpected site name `الموقع الإخباري` in the title, remove it',
          '2:3-2:11: Unexpected lone date or time `•  ١٤:٣٠`, remove it',
          '3:3-3:25: Unexpected lone date or time `• الأحد , ٧ أبريل ٢٠١٩`, remove it',
          '4:1-4:16: Unexpected page furniture `English version`, remove it',
          '6:1-6:21: Unexpected site byline `محرر الموقع الإخباري` in the body, remove it'
        ]
      },
      {
        text: 'وقعت الوزارة مذكرة تفاهم مع المنظمة.\n•\n١٠:٤٥ ص\nالثلاثاء 12 مارس 2019\nآخر تحديث: 12/03/2019 10:45\n',
        messages: [
          '2:1-2:2: Unexpected bullet-only line `•`, remove it',
          '3:1-3:8: Unexpected lone date or time `١٠:٤٥ ص`, remove it',
          '4:1-4:22: Unexpected lone date or time `الثلاثاء 12 مارس 2019`, remove it',
          '5:1-5:28: Unexpected lone date or time `آخر تحديث: 12/03/2019 10:45`, remove it'
        ]
      },
      {
        text: 'ودعا البيان إلى وقف فوري لإطلاق النار.\nاقرأ أيضاً: الأمم المتحدة تحذر من تفاقم الأزمة الإنسانية\nقد يهمك.. مجلس الأمن يعقد جلسة طارئة\nشارك فيسبوك تويتر واتساب\nطباعة\nأرسل لصديق\nجميع الحقوق محفوظة © 2019\n',
        note: 'Read-more lead-ins, a share bar, print and send buttons, the copyright line.',
        messages: [
          '2:1-2:57: Unexpected page furniture `اقرأ أيضاً: الأمم المتحدة تحذر من تفاقم الأزمة الإنسانية`, remove it',
          '3:1-3:37: Unexpected page furniture `قد يهمك.. مجلس الأمن يعقد جلسة طارئة`, remove it',
          '4:1-4:25: Unexpected page furniture `شارك فيسبوك تويتر واتساب`, remove it',
          '5:1-5:6: Unexpected page furniture `طباعة`, remove it',
          '6:1-6:11: Unexpected page furniture `أرسل لصديق`, remove it',
          '7:1-7:26: Unexpected page furniture `جميع الحقوق محفوظة © 2019`, remove it'
        ]
      },
      {
        text: 'أكد الوزير خلال اللقاء أهمية التنسيق المستمر بين الجانبين في المرحلة المقبلة لمواجهة التحديات المشتركة.\nوزير الخارجية يلتقي سفير اليابان لبحث التعاون الاقتصادي\nوزير الداخلية يستقبل وفدا أمنيا من الاتحاد الأوروبي\nمؤتمر دولي في القاهرة حول مكافحة الاتجار بالبشر\nنتائج اللقاء\nواتفق الجانبان في ختام اللقاء على مواصلة التشاور وتبادل الزيارات بين المسؤولين في البلدين خلال العام المقبل.\n',
        note: 'Headlines of other articles pasted between paragraphs: several in a row, each naming actors, most with a verb. `نتائج اللقاء` is a real sub-heading (short, introduces the next paragraph).',
        messages: [
          '2:1-4:48: Unexpected pasted headlines `وزير الخارجية يلتقي سفير اليابان لبحث التعاون الاقتصادي` (3 lines), remove the links or captions'
        ]
      },
      {
        text: 'بقلم: سامي الأحمد\nتشهد المنطقة تحولات اقتصادية كبيرة في السنوات الأخيرة.\nوتسعى الحكومات إلى تنويع مصادر الدخل.\nبقلم: سامي الأحمد\nيمكنكم متابعة آخر الأخبار عبر تطبيقنا على الهواتف الذكية\n',
        note: 'The byline repeated at the end, and a promo addressed to the reader.',
        messages: [
          '4:1-4:18: Unexpected repeated byline `بقلم: سامي الأحمد`, remove the copy',
          '5:1-5:57: Unexpected page furniture `يمكنكم متابعة آخر الأخبار عبر تطبيقنا على الهواتف الذكية`, remove it'
        ]
      },
      {
        text: ' الرياض 5 شعبان 1440 هـ الموافق 10 أبريل 2019 م واس\n وافق مجلس الوزراء على نظام جديد للاستثمار.\n // انتهى //\n 18:12 ت م\n',
        options: {allowWireFooters: false},
        note: 'With `allowWireFooters: false`, wire footers are reported too.',
        messages: [
          '3:2-3:13: Unexpected page furniture `// انتهى //`, remove it',
          '4:2-4:11: Unexpected lone date or time `18:12 ت م`, remove it'
        ]
      },
      {
        text: 'Next Previous القاهرة – الوكالة\nأعلنت الوزارة اليوم عن برنامج جديد لدعم الشركات الناشئة في مجالات التقنية والطاقة المتجددة والزراعة الحديثة.\n\nمقالات أخرى للكاتب\nالذكاء الاصطناعي يغير سوق العمل في المنطقة\n',
        note: 'Navigation words opening a dateline (only they are reported), and a read-more block: the lead-in and the headline under it.',
        messages: [
          '1:1-1:14: Unexpected page furniture `Next Previous`, remove it',
          '4:1-4:19: Unexpected page furniture `مقالات أخرى للكاتب`, remove it',
          '5:1-5:43: Unexpected pasted headlines `الذكاء الاصطناعي يغير سوق العمل في المنطقة` (1 line), remove the links or captions'
        ]
      },
      {
        text: 'نشرت الصحيفة تقريرا مفصلا عن الأزمة.\nتابعوا صفحتنا\n',
        options: {phrases: ['تابعوا صفحتنا']},
        messages: ['2:1-2:14: Unexpected page furniture `تابعوا صفحتنا`, remove it']
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    const text = context.text
    const extra = new Set((options.phrases ?? []).map(phraseKey))
    const extraWords = wordCount(extra)
    const lines: Line[] = []
    for (const paragraph of doc.paragraphs) {
      const line = toLine(text, paragraph.start, paragraph.end, lines.length)
      if (line) lines.push(line)
    }
    if (lines.length === 0) return
    const kinds = new Array<Kind | undefined>(lines.length).fill(undefined)
    const report = (messageId: string, line: Line, data?: Record<string, string | number>) => {
      kinds[line.index] = kinds[line.index] ?? 'done'
      context.report({messageId, start: line.start, end: line.end, data})
    }

    // Line by line: bullets, stamps, wire markers, furniture phrases.
    for (const line of lines) {
      const rest = line.raw.replace(LEADING_BULLETS, '')
      const restKeys = rest === line.raw ? line.keys : TokenKeys.of(rest.split(/\s+/u, LONG_LINE))
      if (BULLET_ONLY.test(line.raw)) {
        if (!RULE_LINE.test(line.raw.replace(/\s+/gu, '')) || line.raw.length === 1) report('bullet', line)
        continue
      }
      if (isWireMarker(restKeys, rest)) {
        kinds[line.index] = 'wire'
        if (!options.allowWireFooters) report('furniture', line)
        continue
      }
      const stamp = stampKind(rest, restKeys.at(0))
      if (stamp) {
        if (stamp === 'wire' && options.allowWireFooters) kinds[line.index] = 'wire'
        else report('stamp', line)
        continue
      }
      const nearEdge = line.index < 3 || line.index >= lines.length - 3
      const nav = navPrefix(line)
      if (nav) {
        context.report({messageId: 'furniture', start: line.start, end: nav})
        continue
      }
      const kind = furnitureKind(line, rest, restKeys, extra, extraWords, nearEdge)
      if (kind) {
        report('furniture', line)
        kinds[line.index] = kind
      }
    }

    // The site name: a short segment of the title, split off by a dash or a
    // bar, that shows up again in a short line of the body (its byline).
    const title = lines[0]
    for (const segment of titleSegments(title)) {
      const found = lines.filter(
        (line) =>
          line.index > 0 &&
          kinds[line.index] === undefined &&
          isShort(line, 6) &&
          !line.keys.exceeds(segment.words + 2) &&
          ` ${line.keys.key} `.includes(` ${segment.key} `)
      )
      if (found.length === 0) continue
      context.report({messageId: 'siteName', start: segment.start, end: segment.end})
      for (const line of found) report('byline', line)
    }

    // A byline repeated further down (not right after itself: that is a
    // duplicated line, another rule's business).
    const seen = new Map<string, Line>()
    for (const line of lines) {
      if (kinds[line.index] !== undefined || !isShort(line, 6) || !BYLINES.has(line.keys.at(0) ?? '')) continue
      const first = seen.get(line.keys.key)
      if (!first) seen.set(line.keys.key, line)
      else if (line.index - first.index > 1) report('repeatedByline', line)
    }

    if (options.minHeadlineRun > 0) findHeadlineRuns(lines, kinds, options.minHeadlineRun, (first, last, count) => {
      context.report({
        messageId: 'headlines',
        start: first.start,
        end: last.end,
        actual: first.raw,
        data: {
          count: {
            en: count === 1 ? '1 line' : `${count} lines`,
            ar: arabicCount(count, {one: 'سطر واحد', two: 'سطران', plural: 'أسطر', accusative: 'سطرًا', singular: 'سطر'})
          }
        }
      })
    })
  }
})

function toLine(text: string, start: number, end: number, index: number): Line | undefined {
  let from = start
  while (from < end && isWhiteSpaceCode(text.charCodeAt(from))) from++
  let to = end
  while (to > from && isWhiteSpaceCode(text.charCodeAt(to - 1))) to--
  if (from === to) return undefined
  const raw = text.slice(from, to)
  // Tokens and the word count of a short line; a long line (running text) is
  // only examined up to LONG_LINE tokens, for its opening.
  const bounds: number[] = []
  let words = 0
  // A line this long has more than LONG_LINE words in any text worth the name.
  const limit = raw.length > LONG_CHARS ? OPENING : LONG_LINE + 1
  // Split at plain spaces, jumping from one to the next; that is right when
  // the part read has no other whitespace (a long line's opening is checked
  // on its own), otherwise split again character by character.
  let at = 0
  while (at < raw.length) {
    while (raw.charCodeAt(at) === 0x20) at++
    let end = raw.indexOf(' ', at)
    if (end === -1) end = raw.length
    bounds.push(at, end)
    if (hasLetter(raw, at, end)) words++
    if (bounds.length >= 2 * limit) break
    at = end
  }
  const read = bounds[bounds.length - 1]
  if (OTHER_SPACE.test(read === raw.length ? raw : raw.slice(0, read))) {
    bounds.length = 0
    words = 0
    at = 0
    while (at < raw.length) {
      while (at < raw.length && isWhiteSpaceCode(raw.charCodeAt(at))) at++
      if (at === raw.length) break
      const tokenStart = at
      while (at < raw.length && !isWhiteSpaceCode(raw.charCodeAt(at))) at++
      bounds.push(tokenStart, at)
      if (hasLetter(raw, tokenStart, at)) words++
      if (bounds.length >= 2 * limit) break
    }
  }
  const count = bounds.length / 2
  if (limit === OPENING && count === OPENING) words = LONG_LINE + 1
  // The token that reached the limit is counted as a word but not keyed.
  const keys = new TokenKeys(raw, bounds, count === limit ? limit - 1 : count)
  return {start: from, end: from + raw.length, raw, bounds, keys, words, index}
}

/** Whitespace other than the plain space. */
const OTHER_SPACE = /[^\S ]/


const LETTER = lazyRegExp(() => /\p{L}/u)
/** Whether `raw[start, end)` has a letter: ASCII and Arabic letters by code, other characters by `\p{L}`. */
function hasLetter(raw: string, start: number, end: number): boolean {
  let other = false
  for (let i = start; i < end; i++) {
    const code = raw.charCodeAt(i)
    if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true
    if (code >= 0x80) other = true
  }
  return other && LETTER().test(raw.slice(start, end))
}

/** The end offset of a run of two or more navigation words opening a line (`Next Previous …`). */
function navPrefix(line: Line): number | undefined {
  // The first key is the first token's when that token has one; otherwise the loop below stops at once.
  if (!NAV.has(line.keys.at(0) ?? '')) return undefined
  const tokens = tokenCount(line)
  let count = 0
  while (count < tokens && NAV.has(tokenKey(tokenValue(line, count)) ?? '')) count++
  if (count < 2 || count === tokens) return undefined
  return line.start + line.bounds[2 * count - 1]
}

/** Whether a line is only a wire end or continuation marker (`// انتهى //`). */
function isWireMarker(keys: TokenKeys, raw: string): boolean {
  return WIRE.has(keys.at(0) ?? '') && !keys.exceeds(1) && /[/\-*=]/u.test(raw)
}

/**
 * Whether a line is only a date or time stamp; `wire` when it carries a wire
 * zone mark (`ت م`). A stamp has a time, a full numeric date, or a month or
 * weekday name with a number, and nothing but stamp words besides.
 */
function stampKind(rest: string, firstKey: string | undefined): 'stamp' | 'wire' | undefined {
  // Most lines are too long for a stamp, even without their marks: with no
  // mark in its first 161 characters, a line keeps more than 160.
  if (rest.length > 160 && !HAS_MARK.test(rest.slice(0, 161))) return undefined
  if (opensWithOtherWord(rest, firstKey)) return undefined
  rest = rest.replace(MARKS, '')
  if (!rest || rest.length > 160 || !/[\p{N}]/u.test(rest)) return undefined
  const normalized = keyOf(rest)
  for (const label of STAMP_LABEL) {
    const after = afterWords(normalized, label.words)
    if (after !== undefined) {
      rest = after
      break
    }
  }
  const parts = rest
    .replace(/(\d|[\u0660-\u0669\u06F0-\u06F9])\s*:\s*(?=[\d\u0660-\u0669\u06F0-\u06F9])/gu, '$1:')
    .split(/[\s,،|/]+|\s[-–—]\s/u)
    .filter(Boolean)
  let time = false
  let date = false
  let named = false
  let number = false
  let zone = false
  let relative = false
  if (parts.length > 14) return undefined
  for (const part of parts) {
    if (!HAS_LETTER_OR_DIGIT().test(part)) continue
    const value = part.replace(/^[(\[«"'“]+|[)\]»"'”.:،,]+$/gu, '')
    if (!value) continue
    if (TIME.test(value)) time = true
    else if (DATE.test(value)) date = true
    else if (NUMBER.test(value)) number = true
    else {
      const key = keyOf(value)
      if (WEEKDAY.has(key) || MONTH.has(key)) named = true
      else if (ZONE.has(key)) zone = true
      else if (key === 'منذ') relative = true
      else if (!STAMP.has(key) && !MONTH_PART.has(key)) return undefined
    }
  }
  if (!(time || date || ((named || relative) && number))) return undefined
  return zone && time ? 'wire' : 'stamp'
}

/**
 * Whether a line opens with a plain word that no stamp opens with: letters of
 * ء–ي and the Arabic block up to white space or the end (`firstKey`, the key
 * of the line's first token, is then its key), neither a stamp word nor one a
 * stamp's label may start. Such a line is no stamp (its first part ends
 * `stampKind`'s loop), and most lines with a number open so: this says it
 * before the line is keyed and split.
 */
function opensWithOtherWord(rest: string, firstKey: string | undefined): boolean {
  const code = rest.charCodeAt(0)
  if (!((code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a))) return false
  let end = 1
  while (end < rest.length && isArabicLetterCode(rest.charCodeAt(end))) end++
  if (end < rest.length && !isWhiteSpaceCode(rest.charCodeAt(end))) return false
  if (firstKey === undefined || STAMP_OPENERS.has(firstKey)) return false
  // A label opens the line's key, maybe glued to the next word (`آخرتحديث`).
  for (const word of STAMP_LABEL_FIRSTS) if (firstKey.startsWith(word)) return false
  return true
}

function furnitureKind(
  line: Line,
  rest: string,
  keys: TokenKeys,
  extra: Set<string>,
  extraWords: number,
  nearEdge: boolean
): Kind | undefined {
  // No key, or one empty key: nothing to match.
  const first = keys.at(0)
  if (first === undefined || (first === '' && !keys.exceeds(1))) return undefined
  const long = line.words > LONG_LINE
  // A line with more keys than the longest phrase has cannot be one.
  // The whole key starts with the first key (keys have no spaces).
  if (
    !long &&
    (FURNITURE_FIRST_WORDS.has(first) || extra.size > 0) &&
    !keys.exceeds(Math.max(FURNITURE_WORDS, extraWords))
  ) {
    const key = keys.key
    if (FURNITURE.has(key) || extra.has(key)) return LEADS.includes(key) ? 'lead' : 'furniture'
  }
  // A share bar: share words, and the prepositions and nouns its buttons are spelled with
  // (no edited line is made only of these).
  if (!long && SHARE.has(first) && keys.exceeds(1) && keys.every((k) => SHARE_OR_FILLER.has(k))) return 'furniture'
  let normalized: string | undefined
  if (LEAD_FIRST_WORDS.has(first)) {
    const key = keys.key
    normalized = keyOf(rest.slice(0, 80))
    for (const lead of LEAD_PHRASES) {
      if (key === lead.key || key.startsWith(lead.key + ' ')) {
        if (startsWithWords(normalized, lead.words)) return 'lead'
      }
    }
  }
  // The opening keys hold any separated lead-in the whole key starts with,
  // and the first key starts with its first word.
  if (SEPARATED_FIRST_WORDS.some((word) => first.startsWith(word))) {
    const head = keys.head(SEPARATED_WORDS)
    for (const lead of SEPARATED_PHRASES) {
      if (!head.startsWith(lead.key)) continue
      normalized ??= keyOf(rest.slice(0, 80))
      const after = afterWords(normalized, lead.words)
      if (after !== undefined && SEPARATOR_AFTER.test(after)) return 'lead'
    }
  }
  if (line.words <= 20) {
    if (rest.includes('©')) return 'furniture'
    if (keys.someIn(INSIDE_FIRST_WORDS, INSIDE_OPENS)) {
      const padded = ` ${keys.key} `
      for (const phrase of INSIDE) if (padded.includes(` ${phrase} `)) return 'furniture'
    }
  }
  if ((line.words <= SHORT_PROMO_WORDS || (nearEdge && line.words <= 30)) && keys.someIn(CALLS, CALL_OPENS)) {
    if (
      keys.someIn(CHANNELS, CHANNEL_OPENS) ||
      (keys.someIn(APPS, APP_OPENS) && keys.someIn(DOWNLOADS, DOWNLOAD_OPENS))
    )
      return 'furniture'
  }
  return undefined
}

const PUNCTUATION_OR_SYMBOL = lazyRegExp(() => /[\p{P}\p{S}]/gu)
const STARTS_WITH_LETTER = lazyRegExp(() => /^[\p{L}\p{M}]/u)

/** The text after the given words at the start of `value`, or undefined. */
function afterWords(value: string, words: readonly string[]): string | undefined {
  let index = 0
  for (const word of words) {
    const at = value.indexOf(word, index)
    if (at === -1 || (at > index && value.slice(index, at).trim().replace(PUNCTUATION_OR_SYMBOL(), '') !== '')) return undefined
    index = at + word.length
  }
  if (STARTS_WITH_LETTER().test(value.slice(index))) return undefined
  return value.slice(index)
}

function startsWithWords(value: string, words: readonly string[]): boolean {
  return afterWords(value, words) !== undefined
}

function isShort(line: Line, max: number): boolean {
  return line.words > 0 && line.words <= max && !TERMINAL.test(tail(line.raw))
}

interface Segment {
  key: string
  words: number
  start: number
  end: number
}

// Starts only where a run of spaces starts (the lookbehind), so a long run of
// spaces is not scanned again from each of its characters.
const TITLE_SEPARATOR = /(?<!\s)\s+[-–—|]\s+/gu

/** First and last segments of a title split by ` - ` or ` | `, when short. */
function titleSegments(title: Line): Segment[] {
  const pieces: Segment[] = []
  let from = 0
  TITLE_SEPARATOR.lastIndex = 0
  for (let match = TITLE_SEPARATOR.exec(title.raw); match; match = TITLE_SEPARATOR.exec(title.raw)) {
    pieces.push({key: '', words: 0, start: from, end: match.index})
    from = match.index + match[0].length
  }
  if (pieces.length === 0) return []
  pieces.push({key: '', words: 0, start: from, end: title.raw.length})
  const total = title.words
  const result: Segment[] = []
  for (const piece of [pieces[0], pieces[pieces.length - 1]]) {
    const value = title.raw.slice(piece.start, piece.end)
    const key = phraseKey(value)
    const words = key ? key.split(' ').length : 0
    if (words === 0 || words > 4 || total - words < 3) continue
    result.push({key, words, start: title.start + piece.start, end: title.start + piece.end})
  }
  return result
}

// Pasted headlines ------------------------------------------------------------

/** A line that could be a headline: no final mark (a question is allowed), not a list item. */
function headingish(line: Line): boolean {
  if (line.words === 0 || line.words > 20 || LIST_MARKER.test(line.raw) || INNER_COMMA.test(line.raw)) return false
  const first = line.keys.at(0) ?? ''
  if (STRUCTURE.has(first) || PARTICLE.has(first)) return false
  if (QUESTION.test(tail(line.raw))) return line.words <= 15
  return !TERMINAL.test(tail(line.raw))
}

/** A paragraph of running text. */
function isBody(line: Line): boolean {
  return line.words > 20 || (line.words >= 6 && TERMINAL.test(tail(line.raw)))
}

/** What makes a line read as a news headline rather than a label or a list item. */
function headlineEvidence(line: Line): boolean {
  const raw = line.raw
  if (QUESTION.test(tail(raw))) return true
  if (/\.\./u.test(raw)) return true
  if (/[«»"“”]/u.test(raw)) return true
  const colon = raw.indexOf(':')
  if (colon > 0 && colon < raw.length - 1 && raw.slice(0, colon).split(/\s+/u).length <= 4) return true
  return line.keys.some(isImperfectVerb)
}

/** An imperfect verb of the third person (`يلتقي`, `ويقر`): the verb of an SVO headline. */
function isImperfectVerb(key: string): boolean {
  let word = key
  if (word.length > 4 && (word.startsWith('و') || word.startsWith('ف'))) word = word.slice(1)
  if (!word.startsWith('ي') || word.length < 3 || word.length > 8) return false
  if (LATIN_WORD.test(word) || YA_NOUN.has(word)) return false
  return !word.startsWith('يا')
}

function findHeadlineRuns(
  lines: Line[],
  kinds: Array<Kind | undefined>,
  minRun: number,
  onRun: (first: Line, last: Line, count: number) => void
): void {
  // Where sentences do not end in a mark (one segment a line, subtitles,
  // help text), a line without one says nothing: leave such documents alone.
  const long = lines.filter((l) => l.words >= 15)
  const marked = long.filter((l) => TERMINAL.test(tail(l.raw)) || QUESTION.test(tail(l.raw))).length
  if (long.length === 0 || marked < long.length * 0.6) return
  let seenBody = false
  let i = 0
  while (i < lines.length) {
    const line = lines[i]
    const kind = kinds[i]
    if (kind === undefined && isBody(line)) seenBody = true
    const afterLead = kind === 'lead' && i + 1 < lines.length && kinds[i + 1] === undefined
    if (!(afterLead || (kind === undefined && seenBody && i > 0 && headingish(line) && isBody(lines[i - 1])))) {
      i++
      continue
    }
    const begin = afterLead ? i + 1 : i
    if (!afterLead && /:["'»”)\]]*$/u.test(lines[i - 1].raw)) {
      i++
      continue
    }
    let end = begin
    while (end < lines.length && kinds[end] === undefined && headingish(lines[end])) end++
    let run = lines.slice(begin, end)
    const next = lines[end]
    if (run.length > 0 && (next === undefined || isBody(next) || kinds[end] !== undefined)) {
      // A short last line that opens the next paragraph is a sub-heading.
      const last = run[run.length - 1]
      if (next && isBody(next) && last.words <= 4) run = run.slice(0, -1)
      const needed = afterLead ? 1 : minRun
      const evidence = run.filter(headlineEvidence).length
      if (
        run.length >= needed &&
        run.every((l) => l.words >= 3) &&
        evidence >= Math.max(1, Math.ceil(run.length / 2))
      ) {
        onRun(run[0], run[run.length - 1], run.length)
        for (const l of run) kinds[l.index] = 'done'
      }
    }
    i = Math.max(end, i + 1)
  }
}
