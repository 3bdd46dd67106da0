import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument} from '../src/engine/document.ts'
import {
  LATIN_TO_ARABIC,
  isArabicDigit,
  isArabicLetter,
  isArabicMark,
  isDigit,
  isEmoticonBracket,
  isEntityEnd,
  isLatinLetter,
  isSpace,
  urlSpans
} from '../src/language/punctuation.ts'

const CANDIDATE = /[,;?]/g
/** The same class without a position to keep: whether a text has a candidate at all. */
const QUICK = new RegExp(CANDIDATE.source)
/** Closing brackets and quotes stepped over when looking for the word before. */
const WRAPPERS = new Set(['(', ')', '[', ']', '{', '}', '«', '»', '“', '”', '"', "'"])

export default defineRule({
  id: 'latin-punctuation',
  description: 'Prefer the Arabic comma, semicolon and question mark after Arabic words',
  severity: 'warn',
  fixable: true,
  category: 'typography',
  messages: {
    latin: {
      en: 'Unexpected `{actual}`, expected `{expected}`',
      ar: 'علامة ترقيم لاتينية `{actual}`، والصواب `{expected}`'
    }
  },
  examples: {
    valid: [
      {text: 'وصل الوفد يوم الأحد، ٥ مايو؛ فهل بدأت المحادثات؟\n'},
      {
        text: 'بلغ النمو 1,5 في المئة، وبلغت الصادرات 12,000 طن، والنسبة ٣,٥.\n',
        note: 'Between digits a Latin comma is a decimal or thousands separator.'
      },
      {
        text: 'نقل الموقع عن الصحيفة: "Peace, not war; is it possible?" ثم زار https://example.org/?id=5 اليوم ;)\n',
        note: 'Latin text, web addresses and emoticons (`;)`) keep their marks.'
      },
      {text: 'كتبت الصحيفة &quot;السلام&quot; في عنوانها.\n', note: 'The `;` of an HTML character reference is not a semicolon.'}
    ],
    invalid: [
      {
        text: 'وصل الوفد يوم الأحد , ٥ مايو; فهل بدأت المحادثات?\n',
        messages: [
          '1:21-1:22: Unexpected `,`, expected `،`',
          '1:29-1:30: Unexpected `;`, expected `؛`',
          '1:49-1:50: Unexpected `?`, expected `؟`'
        ],
        output: 'وصل الوفد يوم الأحد ، ٥ مايو؛ فهل بدأت المحادثات؟\n'
      },
      {
        text: 'شاركت منظمة (WHO), ووزارة الصحة في عام 2020, والتقى الوفد بمدير Reuters, وقال إن الزيارة ناجحة.\n',
        note: 'A Latin word, a number or a bracket before the mark does not make it Latin when an Arabic word follows.',
        messages: [
          '1:18-1:19: Unexpected `,`, expected `،`',
          '1:44-1:45: Unexpected `,`, expected `،`',
          '1:72-1:73: Unexpected `,`, expected `،`'
        ],
        output: 'شاركت منظمة (WHO)، ووزارة الصحة في عام 2020، والتقى الوفد بمدير Reuters، وقال إن الزيارة ناجحة.\n'
      },
      {
        text: 'الصحة,التعليم,النقل\n',
        note: 'The missing spaces after the marks are reported by `punctuation-spacing`.',
        messages: ['1:6-1:7: Unexpected `,`, expected `،`', '1:14-1:15: Unexpected `,`, expected `،`'],
        output: 'الصحة،التعليم،النقل\n'
      }
    ]
  },
  check(tree, context) {
    // Most documents have no Latin mark at all.
    if (!QUICK.test(context.text)) return
    const doc = getDocument(tree, context.text)
    for (const paragraph of doc.paragraphs) {
      const text = paragraph.text
      if (!QUICK.test(text)) continue
      const urls = urlSpans(text)
      // In a mostly Latin line, a mark belongs to the Latin text unless Arabic stands on both sides.
      const latinLine = mostlyLatin(text)
      CANDIDATE.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = CANDIDATE.exec(text))) {
        const i = match.index
        const ch = text[i]
        if (urls.some(([start, end]) => start <= i && i < end)) continue
        if (ch === ';' && (isEntityEnd(text, i) || isEmoticonBracket(text, i + 1) || (text[i + 1] === '-' && isEmoticonBracket(text, i + 2)))) continue
        // `1,5`, `٣,٥`: a separator inside a number.
        if (isDigit(text[i - 1]) && isDigit(text[i + 1])) continue
        const before = arabicBefore(text, i)
        const after = arabicAfter(text, i)
        if (latinLine ? !(before && after) : !(before || after)) continue
        // `?!` `??`: each mark is replaced on its own.
        const start = paragraph.start + i
        context.report({messageId: 'latin', start, end: start + 1, expected: [LATIN_TO_ARABIC[ch]]})
      }
    }
  }
})

/** Whether the word before the mark (over spaces and closing brackets or quotes) is Arabic. */
function arabicBefore(text: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && (isSpace(text[j]) || WRAPPERS.has(text[j]))) j--
  return isArabicLetter(text[j]) || isArabicMark(text[j]) || isArabicDigit(text[j])
}

/**
 * Whether an Arabic word follows the mark, over spaces only: a mark that ends a
 * Latin quotation (`possible?" ثم`) stays Latin.
 */
function arabicAfter(text: string, i: number): boolean {
  let j = i + 1
  while (j < text.length && isSpace(text[j])) j++
  return isArabicLetter(text[j]) || isArabicDigit(text[j])
}

/**
 * Characters that may be Latin letters: ASCII letters and everything from
 * U+00C0 on outside the Arabic block and general punctuation.
 */
const MAYBE_LATIN = /[A-Za-z\u00C0-\u05FF\u0700-\u1FFF\u2070-\uFFFF]/

function mostlyLatin(text: string): boolean {
  // Most lines have no Latin letter at all: one native scan says so.
  if (!MAYBE_LATIN.test(text)) return false
  let arabic = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (isArabicLetter(ch)) arabic++
    else if (isLatinLetter(ch)) latin++
  }
  return latin > arabic
}
