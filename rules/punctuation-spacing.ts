import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, type ParagraphInfo} from '../src/engine/document.ts'
import type {Report} from '../src/engine/types.ts'
import {isArabicLetterCode} from '../src/language/arabic.ts'
import {ARABIC_LETTER, codesOf, SPACE} from '../src/language/code-classes.ts'
import {
  type Bracket,
  charCodes,
  DOMAIN_ENDINGS,
  SPACING_MARKS,
  hasClosingDash,
  isArabicLetter,
  isArabicMark,
  isDigit,
  isDottedName,
  isEmoticonBracket,
  isEntityEnd,
  isLatinLetter,
  isLetter,
  letterCount,
  isSpace,
  isSpaceCode,
  leanOf,
  mayHaveUrl,
  paragraphBrackets,
  skipSpacesBackward,
  skipSpacesForward,
  urlSpans,
  wordEndAfter
} from '../src/language/punctuation.ts'

// Characters the check looks at; everything else is skipped in one regex step.
const CANDIDATE = /[،؛:.؟!,;?…()[\]{}«»“”"-]/g
const HAS_BRACKET = /[()[\]{}«»“”"]/
/** Marks that may stand in a cluster: only the last one needs the space after. */
const CLUSTER = new Set(['؟', '!', '?', '؛', '،'])
// The same sets by character code, for the loop over every mark of a paragraph.
const SPACING_CODES = charCodes(SPACING_MARKS)
const CLUSTER_CODES = charCodes(CLUSTER)

export default defineRule({
  id: 'punctuation-spacing',
  description: 'Enforce Arabic spacing around punctuation marks, brackets and quotes',
  severity: 'warn',
  fixable: true,
  category: 'typography',
  messages: {
    spaceBefore: {
      en: 'Unexpected space before `{mark}`, expected none',
      ar: 'مسافة قبل `{mark}`، والصواب حذفها'
    },
    spaceAfter: {
      en: 'Unexpected space after `{mark}`, expected none',
      ar: 'مسافة بعد `{mark}`، والصواب حذفها'
    },
    missingSpace: {
      en: 'Unexpected `{glued}`, expected `{spaced}`',
      ar: '`{glued}`، والصواب `{spaced}`'
    },
    strayHyphen: {
      en: 'Unexpected stray `-` before `{word}`, expected none',
      ar: 'شَرطة `-` شاردة قبل `{word}`، والصواب حذفها'
    },
    strayHyphenSpace: {
      en: 'Unexpected stray `-` before `{word}`, expected a space',
      ar: 'شَرطة `-` شاردة قبل `{word}`، والصواب مسافة مكانها'
    }
  },
  examples: {
    valid: [
      {text: 'قال الوزير: إن التعاون مستمر، وإن النتائج مشجعة؛ فهل من مزيد؟ نعم!\n'},
      {
        text: 'ارتفع المؤشر 3.5 في المئة عند الساعة 12:30 يوم 23/5/2022، وبلغ 1,250 نقطة، وانتهت المباراة 2 : 1.\n',
        note: 'Decimals, times, dates, thousands and scores keep their marks between digits.'
      },
      {
        text: 'استقبل أ.د. سامي الخبير، ونشر موقع العربية.نت وقناة ان.تي.في الخبر على www.example.org اليوم.\n',
        note: 'Abbreviations, dotted names and addresses are not sentence ends.'
      },
      {text: 'عقد المجلس (في دورته الثالثة) اجتماعًا بعنوان «الأمن المائي»، وقال الرئيس: "نحن مستعدون".\n'},
      {
        text: 'وتحدث عن الصحة والتعليم والنقل... وغيرها، ثم قال: ... والبقية معروفة.\n...وفي الختام شكر الحضور.\n',
        note: 'An ellipsis may stand apart, or open a line; elsewhere it needs a space before the next word.'
      },
      {
        text: 'خلال الفترة 2022-2024، وتراوحت الحرارة بين -3 و5 درجات، ثم قال -وهو يبتسم- إن الجو لطيف.\n',
        note: 'A hyphen before a number, inside a range, or in a pair of dashes is not stray.'
      },
      {text: 'ترك المشاركون الخانة ( ) فارغة :)\n', note: 'An empty placeholder and an emoticon are left alone.'}
    ],
    invalid: [
      {
        text: 'أكد الوزير ، في كلمته ، أهمية التعاون .\n',
        messages: [
          '1:11-1:12: Unexpected space before `،`, expected none',
          '1:22-1:23: Unexpected space before `،`, expected none',
          '1:38-1:39: Unexpected space before `.`, expected none'
        ],
        output: 'أكد الوزير، في كلمته، أهمية التعاون.\n'
      },
      {
        text: 'رحب الوزير بالوفد،وأكد أهمية الزيارة.وعقد الجانبان جلسة مباحثات؟نعم!\n',
        messages: [
          '1:19-1:19: Unexpected `،وأكد`, expected `، وأكد`',
          '1:38-1:38: Unexpected `.وعقد`, expected `. وعقد`',
          '1:65-1:65: Unexpected `؟نعم!`, expected `؟ نعم!`'
        ],
        output: 'رحب الوزير بالوفد، وأكد أهمية الزيارة. وعقد الجانبان جلسة مباحثات؟ نعم!\n'
      },
      {
        text: 'شارك المكتب ( ممثلا بمديره ) في الاجتماع، وقدم ورقة بعنوان « الأمن الإقليمي ».\n',
        messages: [
          '1:14-1:15: Unexpected space after `(`, expected none',
          '1:27-1:28: Unexpected space before `)`, expected none',
          '1:61-1:62: Unexpected space after `«`, expected none',
          '1:76-1:77: Unexpected space before `»`, expected none'
        ],
        output: 'شارك المكتب (ممثلا بمديره) في الاجتماع، وقدم ورقة بعنوان «الأمن الإقليمي».\n'
      },
      {
        text: 'وقالت المديرة :"إن المشروع يسير وفق الخطة " وأضافت أن التمويل متوفر.\n',
        note: 'Straight quotes are paired within the paragraph: the first opens, the second closes.',
        messages: [
          '1:14-1:15: Unexpected space before `:`, expected none',
          '1:16-1:16: Unexpected `:"إن`, expected `: "إن`',
          '1:42-1:43: Unexpected space before `"`, expected none'
        ],
        output: 'وقالت المديرة: "إن المشروع يسير وفق الخطة" وأضافت أن التمويل متوفر.\n'
      },
      {
        text: 'اختتم الاجتماع أعماله .وصدر بيان ختامي في شهر أغسطس (آب)الماضي.\n',
        messages: [
          '1:22-1:23: Unexpected space before `.`, expected none',
          '1:24-1:24: Unexpected `.وصدر`, expected `. وصدر`',
          '1:57-1:57: Unexpected `)الماضي.`, expected `) الماضي.`'
        ],
        output: 'اختتم الاجتماع أعماله. وصدر بيان ختامي في شهر أغسطس (آب) الماضي.\n'
      },
      {
        text: 'وشاركت منظمات عدة (اليونسكو، -اليونيسف، الفاو)، ومنها أيضا: الصحة،-التعليم.\n',
        note: 'A hyphen glued to the next item of a list is removed; where it was the only separator it becomes a space.',
        messages: [
          '1:30-1:31: Unexpected stray `-` before `اليونيسف`, expected none',
          '1:67-1:68: Unexpected stray `-` before `التعليم`, expected a space'
        ],
        output: 'وشاركت منظمات عدة (اليونسكو، اليونيسف، الفاو)، ومنها أيضا: الصحة، التعليم.\n'
      },
      {
        text: 'وصل الوفد يوم الأحد , ٥ مايو، وتحدث عن الصحة والتعليم...والنقل ...والإسكان.\n',
        note: 'The Latin comma is also reported by `latin-punctuation`. An ellipsis glued to the words on both sides wants a space after it; one with a space before it and glued to the next word has moved into the sentence, which `stray-period` reports.',
        messages: ['1:20-1:21: Unexpected space before `,`, expected none', '1:57-1:57: Unexpected `...والنقل`, expected `... والنقل`'],
        output: 'وصل الوفد يوم الأحد, ٥ مايو، وتحدث عن الصحة والتعليم... والنقل ...والإسكان.\n'
      }
    ]
  },
  check(tree, context) {
    const doc = getDocument(tree, context.text)
    const report = (r: Report) => context.report(r)
    for (const paragraph of doc.paragraphs) {
      if (mayNeedCheck(paragraph)) checkParagraph(paragraph, report)
    }
  }
})

// What a candidate character is, for the cheap test of a whole line: one bit per kind.
const LATIN_SIDE = 1 // `, ; ? ! : .`: space after only before an Arabic letter or an opening bracket
const ARABIC_SIDE = 2 // `، ؛ ؟`: space after before any letter, digit or opening bracket
const BRACKET = 4
const HYPHEN = 8
const ELLIPSIS = 16
/** Kinds that a space before them makes worth a check. */
const SPACE_BEFORE_KINDS = LATIN_SIDE | ARABIC_SIDE
/** The characters of CANDIDATE by kind (0: not one). */
const CANDIDATE_KIND = new Uint8Array(0x10000)
for (const ch of ',;?!:.') CANDIDATE_KIND[ch.charCodeAt(0)] = LATIN_SIDE
for (const ch of '،؛؟') CANDIDATE_KIND[ch.charCodeAt(0)] = ARABIC_SIDE
for (const ch of '()[]{}«»“”"') CANDIDATE_KIND[ch.charCodeAt(0)] = BRACKET
CANDIDATE_KIND[0x2d] = HYPHEN
CANDIDATE_KIND[0x2026] = ELLIPSIS
/**
 * For each character, the kinds of mark it makes worth a check when it comes
 * right after one (a line's end reads as `\n`): for `. , ; ? ! :` an Arabic
 * letter, a bracket, `.` or `…`; for `، ؛ ؟` anything but a space and ASCII
 * signs that are not brackets; for `-` an Arabic letter; after `…` anything.
 * One look-up decides every kind the same way, so the filter's optimised code
 * meets no branch it has not seen (each such branch, first taken after the
 * filter was compiled, threw its code away: 5 compilations over a run).
 */
const CHECK_AFTER = new Uint8Array(0x10000).fill(ARABIC_SIDE | ELLIPSIS)
for (const code of codesOf(SPACE)) CHECK_AFTER[code]! &= ~ARABIC_SIDE
for (let code = 0; code < 0x80; code++) {
  const isAsciiLetterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (!isAsciiLetterOrDigit) CHECK_AFTER[code]! &= ~ARABIC_SIDE
}
for (const code of codesOf(ARABIC_LETTER)) CHECK_AFTER[code]! |= LATIN_SIDE | HYPHEN
for (const ch of '()[]{}«»“”".…') CHECK_AFTER[ch.charCodeAt(0)]! |= LATIN_SIDE | ARABIC_SIDE

/**
 * Whether a line has a mark that `checkParagraph` might report. Most lines
 * have none: marks glued to the word before with a space, the line's end or
 * Latin text after; hyphens not before an Arabic letter; brackets and quotes
 * not paired for sure, or paired with no space inside and no Arabic letter
 * glued after a closing one.
 */
function mayNeedCheck(paragraph: ParagraphInfo): boolean {
  const text = paragraph.text
  let urls: boolean | undefined
  // Every line is read here, so by code: running CANDIDATE from mark to mark cost more (a call per mark).
  for (let i = 0; i < text.length; i++) {
    const kind = CANDIDATE_KIND[text.charCodeAt(i)]!
    if (kind === 0) continue
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x0a
    if ((CHECK_AFTER[next]! & kind) !== 0) return true
    const spaceBefore = i > 0 && isSpaceCode(text.charCodeAt(i - 1))
    if ((kind & SPACE_BEFORE_KINDS) !== 0 && spaceBefore) return true
    if (kind !== BRACKET) continue
    // Pairing makes a bracket certain only where its neighbours do not lean
    // against its role (leanOf), and one they lean either way has no space
    // inside it and no letter glued after it closes: only a bracket they
    // lean neither way is paired (most are not: ` (كلمة) `, ` «كلمة»،`).
    // Pairing reads the line with its web addresses masked, so a line that
    // may have one is paired as before.
    if (leanOf(text, i) !== 0) {
      if (urls === undefined) urls = mayHaveUrl(text)
      if (!urls) continue
    }
    if (pairedBracketNeedsCheck(paragraph, i, spaceBefore)) return true
  }
  return false
}

/** The bracket at index `i` of a line's brackets (in order), found by halving: a line may have thousands. */
function bracketAt(brackets: readonly Bracket[], i: number): Bracket | undefined {
  let low = 0
  let high = brackets.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const index = brackets[middle]!.index
    if (index === i) return brackets[middle]
    if (index < i) low = middle + 1
    else high = middle - 1
  }
  return undefined
}

/** Whether the bracket at `i`, paired for sure, has a space inside it or an Arabic letter glued after it closes. */
function pairedBracketNeedsCheck(paragraph: ParagraphInfo, i: number, spaceBefore: boolean): boolean {
  const text = paragraph.text
  const bracket = bracketAt(paragraphBrackets(paragraph), i)
  if (bracket === undefined || bracket.partner === -1 || !bracket.certain) return false
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1
  return bracket.role === 'open' ? next !== -1 && isSpaceCode(next) : spaceBefore || (next !== -1 && isArabicLetterCode(next))
}

function checkParagraph(paragraph: ParagraphInfo, report: (r: Report) => void): void {
  const text = paragraph.text
  const base = paragraph.start
  const urls = urlSpans(text)
  const matched = new Map<number, Bracket>()
  if (HAS_BRACKET.test(text)) {
    for (const bracket of paragraphBrackets(paragraph)) if (bracket.partner !== -1 && bracket.certain) matched.set(bracket.index, bracket)
  }
  const isOpener = (i: number) => matched.get(i)?.role === 'open'
  const isCloser = (i: number) => matched.get(i)?.role === 'close'
  /** Start offsets of whitespace runs already reported (one report per run). */
  const done = new Set<number>()

  const reportRun = (start: number, end: number, messageId: 'spaceBefore' | 'spaceAfter', mark: string) => {
    if (done.has(start)) return
    done.add(start)
    report({messageId, start: base + start, end: base + end, expected: [''], data: {mark}})
  }
  const reportMissing = (markStart: number, at: number) => {
    let end = at
    while (end < text.length && !isSpace(text[end]) && text[end] !== '\r' && end - at < 24) end++
    const glued = text.slice(markStart, end)
    const spaced = text.slice(markStart, at) + ' ' + text.slice(at, end)
    report({messageId: 'missingSpace', start: base + at, end: base + at, expected: [' '], data: {glued, spaced}})
  }
  /** A space run before `i` that follows something on the line: its start, or -1. */
  const runBefore = (i: number) => {
    const j = skipSpacesBackward(text, i - 1)
    return j < i - 1 && j >= 0 ? j + 1 : -1
  }

  let url = 0
  CANDIDATE.lastIndex = 0
  // `test` moves lastIndex past the mark without building a match array.
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex - 1
    const ch = text[i]
    while (url < urls.length && urls[url][1] <= i) url++
    if (url < urls.length && urls[url][0] <= i) {
      CANDIDATE.lastIndex = urls[url][1]
      continue
    }

    if (ch === '-') {
      checkHyphen(i)
      continue
    }

    const bracket = matched.get(i)
    if (bracket) {
      if (bracket.role === 'open') {
        const k = skipSpacesForward(text, i + 1)
        if (k > i + 1 && k < text.length && k !== bracket.partner) reportRun(i + 1, k, 'spaceAfter', ch)
      } else {
        const start = runBefore(i)
        if (start !== -1 && start - 1 !== bracket.partner) reportRun(start, i, 'spaceBefore', ch)
        if (isArabicLetter(text[i + 1]) && !insideWord(bracket)) reportMissing(i, i + 1)
      }
      continue
    }

    if (ch === '…' || (ch === '.' && text[i + 1] === '.')) {
      // An ellipsis: free before, a space after when a word follows, unless it
      // opens the line or a bracket (`« ...وقال`).
      let end = i + 1
      while (text[end] === '.' || text[end] === '…') end++
      const j = skipSpacesBackward(text, i - 1)
      const before = text[j]
      // With a space before it, an ellipsis glued to the next word has moved
      // into the sentence: `stray-period` reports that one (once, not twice).
      if (j === i - 1 && isArabicLetter(text[end]) && (isLetter(before) || isDigit(before) || isArabicMark(before) || isCloser(j))) reportMissing(i, end)
      CANDIDATE.lastIndex = end
      continue
    }

    const code = text.charCodeAt(i)
    if (!SPACING_CODES.has(code)) continue
    if (ch === ';' && isEntityEnd(text, i)) continue
    if ((ch === ':' || ch === ';') && (isEmoticonBracket(text, i + 1) || (text[i + 1] === '-' && isEmoticonBracket(text, i + 2)))) continue

    // Reads past either end of the paragraph are spelt out: optimised code meets no out-of-bounds read.
    const next = i + 1 < text.length ? text[i + 1] : undefined
    const prev = i > 0 ? text[i - 1] : undefined

    // No space before the mark.
    const start = runBefore(i)
    if (start !== -1 && !SPACING_MARKS.has(text[start - 1]) && text[start - 1] !== '…' && !spaceBeforeAllowed(i)) {
      reportRun(start, i, 'spaceBefore', ch)
    }

    // One space after it when a word follows.
    if (CLUSTER_CODES.has(code) && i + 1 < text.length && CLUSTER_CODES.has(text.charCodeAt(i + 1))) continue
    if (needsSpaceAfter(i, ch, prev, next, start !== -1)) reportMissing(i, i + 1)
  }

  /** `[ب]ينما`, `(s)he`: an editorial insertion or a single letter inside a word. */
  function insideWord(closer: Bracket): boolean {
    if (closer.kind === '[') return true
    return closer.kind === '(' && letterCount(text, closer.partner + 1, closer.index) <= 1 && closer.index - closer.partner <= 3
  }

  function spaceBeforeAllowed(i: number): boolean {
    const ch = text[i]
    const next = text[i + 1]
    if (ch === '.') {
      // A spaced ellipsis `. . .` is one mark.
      if (text[skipSpacesForward(text, i + 1)] === '.') return true
      // `.NET`, ` .5`, `العربية .نت`: the period starts the next token.
      if (isLatinLetter(next) || isDigit(next)) return true
      if (isArabicLetter(next) && DOMAIN_ENDINGS.has(text.slice(i + 1, wordEndAfter(text, i + 1)))) return true
    }
    if (ch === ':') {
      // Scores and times written with spaces: `2 : 1`.
      const before = text[skipSpacesBackward(text, i - 1)]
      if (isDigit(before) && isDigit(text[skipSpacesForward(text, i + 1)])) return true
    }
    return false
  }

  function needsSpaceAfter(i: number, ch: string, prev: string | undefined, next: string | undefined, spaceBefore: boolean): boolean {
    if (next === undefined) return false
    const arabicBefore = isArabicLetter(prev) || isArabicMark(prev) || isCloser(i - 1)
    switch (ch) {
      case '،':
      case '؛':
        if (isDigit(prev) && isDigit(next)) return false
        return isLetter(next) || isDigit(next) || isOpener(i + 1)
      case '؟':
        return isLetter(next) || isDigit(next) || isOpener(i + 1)
      case '!':
      case ',':
      case ';':
      case '?':
        return isArabicLetter(next) || (isOpener(i + 1) && arabicBefore)
      case ':':
        return isArabicLetter(next) || (isOpener(i + 1) && (arabicBefore || spaceBefore))
      case '.': {
        if (!(arabicBefore || isDigit(prev) || spaceBefore)) return false
        if (isArabicLetter(next)) return !isDottedName(text, i)
        return isOpener(i + 1) && arabicBefore
      }
      default:
        return false
    }
  }

  function checkHyphen(i: number): void {
    if (!isArabicLetter(text[i + 1])) return
    const j = skipSpacesBackward(text, i - 1)
    if (j < 0) return
    const spaced = j < i - 1
    const afterSeparator = text[j] === '،' || text[j] === '؛' || text[j] === ','
    const afterOpener = !spaced && isOpener(j)
    if (!afterSeparator && !afterOpener) return
    if (hasClosingDash(text, i)) return
    const word = text.slice(i + 1, wordEndAfter(text, i + 1))
    const removeOnly = spaced || afterOpener
    report({
      messageId: removeOnly ? 'strayHyphen' : 'strayHyphenSpace',
      start: base + i,
      end: base + i + 1,
      expected: [removeOnly ? '' : ' '],
      data: {word}
    })
  }
}
