import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, targetIsArabic, translated} from '../src/bitext/compare.ts'
import {hasArabic} from '../src/language/arabic.ts'

/** A Latin-script word: letters, inner apostrophes and hyphens. */
const LATIN_WORD = /\p{Script=Latin}(?:[\p{Script=Latin}\p{N}'’-]*[\p{Script=Latin}\p{N}])?/gu

export default defineBilingualRule<{allow: string[]; ignoreCapitalized: boolean}>({
  id: 'untranslated-words',
  description: 'Disallow Latin words of the source left untranslated in an Arabic target',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  options: {
    properties: {
      allow: {type: 'array', items: {type: 'string'}, description: 'Words that stay in Latin letters (product names, units)'},
      ignoreCapitalized: {type: 'boolean', description: 'Let capitalised words (names) stay in Latin letters'}
    },
    defaults: {allow: [], ignoreCapitalized: false}
  },
  messages: {
    copied: {
      en: 'Unexpected `{actual}` left in Latin letters from the source, expected it translated or transliterated',
      ar: '`{actual}` بقيت بحروف لاتينية كما في الأصل، والمتوقع ترجمتها أو كتابتها بحروف عربية'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nThe WHO report on COVID-19.\tتقرير WHO عن COVID-19.\n', note: 'Acronyms and codes (all capitals, or with digits) often stay as they are.'},
      {text: 'source\ttarget\nThe ZMapp serum worked.\tنجح مصل ZMapp.\n', note: 'So do brand and product names written with a capital inside (`iPhone`, `ZMapp`).'},
      {text: 'source\ttarget\nError in waitpid() and eject_with_operation\tخطأ في waitpid()‎ و eject_with_operation\n', note: 'And identifiers (`waitpid()`, `eject_with_operation`): code.'},
      {text: 'source\ttarget\nDownload the app from GitHub.\tنزّل التطبيق من GitHub.\n', options: {allow: ['GitHub']}}
    ],
    invalid: [
      {
        text: 'source\ttarget\nThe bridge spans the Oyapock River.\tيمتد الجسر فوق نهر Oyapock.\n',
        messages: ['2:56-2:63: Unexpected `Oyapock` left in Latin letters from the source, expected it translated or transliterated']
      },
      {
        text: 'source\ttarget\nShe plays in a rugby sevens team.\tتلعب في فريق rugby sevens.\n',
        messages: ['2:48-2:60: Unexpected `rugby sevens` left in Latin letters from the source, expected it translated or transliterated']
      }
    ]
  },
  checkSegments(bitext, context, options) {
    if (!targetIsArabic(bitext)) return
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()))
    return (segments) => {
      for (const segment of translated(segments)) {
        const target = proseOf(segment.target)
        // A target with no Arabic at all is `untranslated`'s finding.
        if (!hasArabic(target) || !/\p{Script=Latin}/u.test(target)) continue
        const sourceWords = new Set<string>()
        for (const match of proseOf(segment.source).matchAll(LATIN_WORD)) sourceWords.add(match[0].toLowerCase())
        let run: [number, number] | undefined
        const flush = () => {
          if (run) context.report({messageId: 'copied', segment, side: 'target', start: run[0], end: run[1], replaces: ['mixed-script']})
          run = undefined
        }
        let last = 0
        for (const match of target.matchAll(LATIN_WORD)) {
          const word = match[0]
          const start = match.index!
          // Part of an identifier (`eject_with_operation`, `waitpid()`): code, not words to translate.
          const identifier = /[_\p{N}]/u.test(target[start - 1] ?? '') || /^(?:_|\s*\()/u.test(target.slice(start + word.length, start + word.length + 2))
          const copied =
            word.length >= 2 &&
            !identifier &&
            sourceWords.has(word.toLowerCase()) &&
            !allowed.has(word.toLowerCase()) &&
            !/\p{N}/u.test(word) &&
            word !== word.toUpperCase() &&
            // A capital inside a word marks a brand or product name (`iPhone`, `ZMapp`, `TogiNet`).
            !/.\p{Lu}/u.test(word) &&
            !(options.ignoreCapitalized && /^\p{Lu}/u.test(word))
          // Copied words separated only by spaces or hyphens are one finding.
          if (copied && run && /^[\s'’-]*$/u.test(target.slice(last, start))) run[1] = start + word.length
          else {
            flush()
            if (copied) run = [start, start + word.length]
          }
          last = start + word.length
        }
        flush()
      }
    }
  }
})
