import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, translated, trimmedRange} from '../src/bitext/compare.ts'

/**
 * Sentence ends: `.`, `!`, `?`, `؟`, `…` followed by white space and the next
 * sentence's first letter (a capital in Latin script, any Arabic letter),
 * not after an abbreviation or an initial (`Dr.`, `U.S.`, `J.`), nor in a number.
 */
const LATIN_END = /(?<!\b(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|St|Mt|No|vs|etc|Jr|Sr|Inc|Ltd|Co|Gen|Gov|Sen|Rep|Fig|approx|e\.g|i\.e|a\.m|p\.m|U\.S|U\.K))[.!?…]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu
const ARABIC_END = /(?<!(?:^|\s)[\u0621-\u064A])[.!?؟…]+["'»”’)\]]*\s+(?=["'«“(\[]?[\u0621-\u064A\p{N}])/gu

export function countSentences(text: string, arabic: boolean): number {
  const trimmed = text.trim()
  if (!/\p{L}/u.test(trimmed)) return 0
  return 1 + (trimmed.match(arabic ? ARABIC_END : LATIN_END)?.length ?? 0)
}

export default defineBilingualRule<{minSentences: number}>({
  id: 'sentence-count',
  description: 'Report a target with more or fewer sentences than its source',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  recommended: true,
  options: {
    properties: {
      minSentences: {type: 'integer', minimum: 1, description: 'Compare only segments whose source or target has at least this many sentences'}
    },
    defaults: {minSentences: 2}
  },
  messages: {
    fewer: 'Unexpected {target} sentence(s) in the target, expected {source} as in the source (a sentence may be missing)',
    more: 'Unexpected {target} sentences in the target, expected {source} as in the source (a sentence may be added)'
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
    for (const segment of translated(bitext)) {
      const source = countSentences(proseOf(segment.source), false)
      const target = countSentences(proseOf(segment.target), true)
      if (source === 0 || target === 0 || Math.max(source, target) < options.minSentences) continue
      // One sentence more or fewer is how translators join and split sentences;
      // an added sentence after a one-sentence source is what MT hallucinates.
      const suspicious = target > source ? target - source >= 2 || source === 1 : source - target >= 2
      if (!suspicious) continue
      const [start, end] = trimmedRange(segment.target.text)
      context.report({messageId: target > source ? 'more' : 'fewer', segment, side: 'target', start, end, data: {source, target}})
    }
  }
})
