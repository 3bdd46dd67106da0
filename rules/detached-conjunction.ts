import {defineRule} from '../src/engine/define-rule.ts'
import {getDocument, type WordInfo} from '../src/engine/document.ts'
import {normalize} from '../src/language/arabic.ts'
import {isArabicLetter, isDigit, isSpace, letterCount} from '../src/language/punctuation.ts'

/** `و` alone, with or without a short vowel. */
const WAW = /^و[\u064B-\u0652]*$/u
const WAW_CODE = 0x0648
/** A single letter (with marks): a list label such as `أ` `ب` or `هـ`. */
const SINGLE_LETTER = /^[\u0621-\u064A][\u064B-\u0652\u0640]*\.?$/u
/**
 * Nouns after which `و` is the letter itself, naming a clause or an item:
 * `الفقرة و`, `البند و من المادة 3`.
 */
const LABEL_NOUNS = new Set(
  ['الفقرة', 'فقرة', 'الفقرتين', 'البند', 'بند', 'البندين', 'الحرف', 'حرف', 'الخانة', 'خانة', 'النقطة', 'المرفق', 'الملحق', 'الجدول', 'الشكل'].map(normalize)
)

export default defineRule({
  id: 'detached-conjunction',
  description: 'Disallow the conjunction `و` written apart from the word it joins',
  severity: 'warn',
  fixable: true,
  category: 'typography',
  options: {
    properties: {
      beforeNumbers: {
        type: 'boolean',
        description: 'Also join `و` to a number written in digits (`و 18` → `و18`).'
      }
    },
    defaults: {beforeNumbers: false}
  },
  messages: {
    detached: {
      en: 'Unexpected space in `{phrase}`, expected `{joined}`',
      ar: 'واو عطف منفصلة عمّا بعدها في `{phrase}`، والصواب `{joined}`'
    }
  },
  examples: {
    valid: [
      {text: 'التقى الوزير والسفير ووفدًا من الخبراء، وبحثوا سبل التعاون.\n'},
      {
        text: 'شاركت 12 دولة و 18 منظمة، وتحدث ممثلو Google و Microsoft في الجلسة.\n',
        note: 'Before a number in digits or a Latin word `و` may stand apart (see the option `beforeNumbers`).'
      },
      {
        text: 'تنص الفقرة و من المادة الثالثة على ذلك، وتشمل البنود أ و ب و ج.\n',
        note: 'The letter `و` naming a clause, or standing in a list of letters, is not the conjunction.'
      },
      {text: 'أ - الصحة\nب - التعليم\nو - النقل\n', note: 'A list label keeps its space.'},
      {text: 'وافق المجلس على منح الجائزة لـ«الهلال» و«النصر» و (الاتحاد).\n', note: '`و` before a bracket or a quote is left alone.'}
    ],
    invalid: [
      {
        text: 'استقبل الوزير سفير اليابان و السفير الكوري، و أكد أهمية التعاون.\n',
        messages: [
          "1:29-1:30: Unexpected space in `و السفير`, expected `والسفير`",
          "1:46-1:47: Unexpected space in `و أكد`, expected `وأكد`"
        ],
        output: 'استقبل الوزير سفير اليابان والسفير الكوري، وأكد أهمية التعاون.\n'
      },
      {
        text: 'و في الختام شكر الحضور.\n',
        note: 'At the start of a line too.',
        messages: ['1:2-1:3: Unexpected space in `و في`, expected `وفي`'],
        output: 'وفي الختام شكر الحضور.\n'
      },
      {
        text: 'شاركت 12 دولة و 18 منظمة.\n',
        options: {beforeNumbers: true},
        messages: ['1:16-1:17: Unexpected space in `و 18`, expected `و18`'],
        output: 'شاركت 12 دولة و18 منظمة.\n'
      }
    ]
  },
  check(tree, context, options) {
    const doc = getDocument(tree, context.text)
    const text = context.text
    for (const sentence of doc.sentences) {
      const words = sentence.words
      for (let k = 0; k < words.length - 1; k++) {
        const waw = words[k]
        // A word's value is its text: its first letter is read there, without loading the value.
        if (text.charCodeAt(waw.start) !== WAW_CODE || waw.value.length > 3 || !WAW.test(waw.value)) continue
        const next = words[k + 1]
        // Only spaces between `و` and the next word.
        if (next.start <= waw.end) continue
        let spaces = true
        for (let i = waw.end; i < next.start && spaces; i++) spaces = isSpace(text[i])
        if (!spaces) continue
        if (!joinable(next, options.beforeNumbers)) continue
        if (isLetterName(words, k, text)) continue
        const gap = text.slice(waw.end, next.start)
        context.report({
          messageId: 'detached',
          start: waw.end,
          end: next.start,
          expected: [''],
          data: {phrase: `${waw.value}${gap}${next.value}`, joined: `${waw.value}${next.value}`}
        })
      }
    }
  }
})

/** The word after `و` can take it: an Arabic word of two letters or more, or digits when allowed. */
function joinable(next: WordInfo, beforeNumbers: boolean): boolean {
  const first = next.value[0]
  if (isDigit(first)) return beforeNumbers
  if (!isArabicLetter(first)) return false
  return !SINGLE_LETTER.test(next.value) && letterCount(next.value, 0, next.value.length) >= 2
}

/** Whether `words[k]` (a bare `و`) is the letter itself: a clause name, an item in a list of letters, or a line's label. */
function isLetterName(words: WordInfo[], k: number, text: string): boolean {
  const before = k > 0 ? words[k - 1] : undefined
  if (before) {
    if (LABEL_NOUNS.has(before.key)) return true
    // `أ و ب`: between single letters.
    if (SINGLE_LETTER.test(before.value) && before.value !== 'و') return true
  }
  // A line label `و - …` never reaches here (the dash is not a space); a bare
  // `و` at the start of a line after lines labelled with single letters is one.
  const waw = words[k]
  if (k === 0 && waw.sentence.index === waw.sentence.paragraph.sentences[0].index) {
    return previousLineIsLabelled(text, waw.sentence.paragraph.start)
  }
  return false
}

/** Whether the last non-blank line before `offset` starts with a single-letter label (`هـ -`, `د)`, `ج.`). */
function previousLineIsLabelled(text: string, offset: number): boolean {
  let end = offset
  // Walk back over the line break(s) and blank lines.
  while (end > 0 && /\s/.test(text[end - 1])) end--
  if (end === 0) return false
  let start = end
  while (start > 0 && text[start - 1] !== '\n') start--
  const line = text.slice(start, end).trimStart()
  return /^[\u0621-\u064A]\u0640?\s*[-–)).:]/u.test(line)
}
