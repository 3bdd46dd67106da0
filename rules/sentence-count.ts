import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, translated, trimmedRange} from '../src/bitext/compare.ts'
import {normalize} from '../src/language/arabic.ts'
import {LETTER_NAMES} from './data/letter-names.ts'

/** Words before a period that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'mt', 'no', 'vs', 'etc', 'jr', 'sr', 'inc', 'ltd', 'co', 'gen', 'gov', 'sen', 'rep',
  'fig', 'approx', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'col', 'lt', 'sgt', 'capt', 'ft', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'd', 'م', 'د', 'ص.ب', 'ق.م', 'أ.د'
])
/** Latin letters as Arabic spells them (`دي. كي. أريا`), and single letters: initials, not sentences. */
const INITIALS = new Set([...LETTER_NAMES, 'إف', 'إم', 'إس', 'إن', 'إل', 'آر', 'إتش', 'إيه', 'أي'])

/**
 * A sentence ends at `.`, `!`, `?` or `؟` followed by white space and a letter
 * or digit (after any opening quote or bracket), unless the word before is an
 * abbreviation or an initial. An ellipsis (`…`, `...`) is a pause, not an end:
 * quotations run on across it.
 */
const CANDIDATE = /[.!?؟]+["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{L}\p{N}])/gu

export function countSentences(text: string): number {
  const trimmed = text.trim()
  if (!/\p{L}/u.test(trimmed)) return 0
  let count = 1
  for (const match of trimmed.matchAll(CANDIDATE)) {
    const at = match.index!
    if (match[0].startsWith('..') || trimmed[at - 1] === '.') continue
    if (match[0][0] === '.') {
      const word = /([\p{L}\p{M}\p{N}.]+)$/u.exec(trimmed.slice(Math.max(0, at - 12), at))?.[1] ?? ''
      const bare = word.replace(/^\./, '')
      if (ABBREVIATIONS.has(bare.toLowerCase()) || INITIALS.has(bare) || INITIALS.has(normalize(bare))) continue
      // A single letter (an initial), not after a hyphen (`Super-G.` ends a sentence).
      if (/^\p{L}\p{M}*$/u.test(bare) && !/[\p{N}-]/u.test(trimmed[at - 2] ?? '')) continue
    }
    count++
  }
  return count
}

export default defineBilingualRule<{minSentences: number}>({
  id: 'sentence-count',
  description: 'Report a target with more or fewer sentences than its source',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  options: {
    properties: {
      minSentences: {type: 'integer', minimum: 1, description: 'Compare only segments whose source or target has at least this many sentences'}
    },
    defaults: {minSentences: 2}
  },
  messages: {
    fewer: {
      en: 'Unexpected {target} sentence(s) in the target, expected {source} as in the source (a sentence may be missing)',
      ar: 'عدد الجمل في الترجمة {target}، والمتوقع {source} كما في الأصل (قد تكون جملة ناقصة)'
    },
    more: {
      en: 'Unexpected {target} sentences in the target, expected {source} as in the source (a sentence may be added)',
      ar: 'عدد الجمل في الترجمة {target}، والمتوقع {source} كما في الأصل (قد تكون جملة زائدة)'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nDr. Smith arrived. He spoke at 3 p.m. today.\tوصل الدكتور سميث. وتحدث في الساعة 3 مساء اليوم.\n'},
      {text: 'source\ttarget\nWe met. We agreed.\tالتقينا واتفقنا.\n', note: 'Two short sentences joined in one: fewer by one is left alone (MT and translators join sentences).'}
    ],
    invalid: [
      {
        text: 'source\ttarget\nThe price is 500 francs.\tالسعر 500 فرنك. السعر هو 50 فرنكا. ويقع المكتب في المدينة.\n',
        messages: ['2:26-2:84: Unexpected 3 sentences in the target, expected 1 as in the source (a sentence may be added)']
      },
      {
        text: 'source\ttarget\nThe bridge is high. It was built in 2011. It opened in 2017.\tافتتح الجسر في عام 2017.\n',
        messages: ['2:62-2:86: Unexpected 1 sentence(s) in the target, expected 3 as in the source (a sentence may be missing)']
      }
    ]
  },
  checkSegments(bitext, context, options) {
    return (segments) => {
      for (const segment of translated(segments)) {
        const source = countSentences(proseOf(segment.source))
        const target = countSentences(proseOf(segment.target))
        if (source === 0 || target === 0 || Math.max(source, target) < options.minSentences) continue
        // One sentence more or fewer is how translators join and split sentences;
        // an added sentence after a one-sentence source is what MT hallucinates.
        const suspicious = target > source ? target - source >= 2 || source === 1 : source - target >= 2
        if (!suspicious) continue
        const [start, end] = trimmedRange(segment.target.text)
        context.report({messageId: target > source ? 'more' : 'fewer', segment, side: 'target', start, end, data: {source, target}})
      }
    }
  }
})
