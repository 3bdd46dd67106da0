import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, translated, trimmedRange} from '../src/bitext/compare.ts'
import type {Term} from '../src/language/glossary.ts'
import {findTerm, hasSourceTerm, textWords} from '../src/language/term-match.ts'

/** The preferred term written in place of a match, after the clitics the match keeps. */
function replacement(preferred: string, match: {prefix: string; merged: boolean}): string {
  // After the preposition `ل` the article loses its alef: `ل` + `الأمم` = `للأمم`.
  return (match.merged || match.prefix.endsWith('ل')) && preferred.startsWith('ال') ? `ل${preferred.slice(2)}` : preferred
}

interface InlineTerm {
  source: string
  target: string | string[]
  forbidden?: string[]
  caseSensitive?: boolean
  wholeWord?: boolean
}

const UN: InlineTerm[] = [{source: 'United Nations', target: 'الأمم المتحدة', forbidden: ['هيئة الأمم المتحدة', 'منظمة الأمم المتحدة']}]

/** Terms given in the rule's options, in the glossary files' shape. */
function inlineTerms(terms: InlineTerm[]): Term[] {
  return terms.map((t) => ({
    source: t.source,
    target: typeof t.target === 'string' ? [t.target] : t.target,
    forbidden: t.forbidden ?? [],
    caseSensitive: t.caseSensitive ?? false,
    wholeWord: t.wholeWord ?? true
  }))
}

export default defineBilingualRule<{terms: InlineTerm[]}>({
  id: 'terminology',
  description: 'Require the glossary’s translation of each source term, and none of its forbidden variants',
  severity: 'warn',
  fixable: true,
  category: 'style',
  options: {
    properties: {
      terms: {
        type: 'array',
        description: 'Terms given here rather than in a `terminology` file',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['source', 'target'],
          properties: {
            source: {type: 'string'},
            target: {oneOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}, minItems: 1}]},
            forbidden: {type: 'array', items: {type: 'string'}},
            caseSensitive: {type: 'boolean'},
            wholeWord: {type: 'boolean'}
          }
        }
      }
    },
    defaults: {terms: []}
  },
  messages: {
    missing: {
      en: 'Unexpected target without `{term}`, expected the glossary’s translation of `{source}`',
      ar: '`{term}` غائب عن الترجمة، والمتوقع ترجمة المسرد لـ`{source}`'
    },
    forbidden: {
      en: 'Unexpected `{actual}`, expected `{preferred}` (the glossary’s term for `{source}`)',
      ar: '`{actual}`، والصواب `{preferred}` (مصطلح المسرد لـ`{source}`)'
    }
  },
  examples: {
    valid: [
      {
        text: 'source\ttarget\nAid from the United Nations arrived.\tوصلت مساعدات من الأمم المتحدة.\nThe United Nations and its agencies.\tوللأمم المتحدة وكالاتها.\n',
        options: {terms: UN},
        note: 'With the glossary `United Nations` → `الأمم المتحدة`: found with clitics and the article merged (`وللأمم`), with any hamza seat.'
      }
    ],
    invalid: [
      {
        text: 'source\ttarget\nAid from the United Nations arrived.\tوصلت مساعدات من المنظمة الدولية.\n',
        options: {terms: UN},
        messages: ['2:38-2:70: Unexpected target without `الأمم المتحدة`, expected the glossary’s translation of `United Nations`']
      },
      {
        text: 'source\ttarget\nThe United Nations said.\tوقالت هيئة الأمم المتحدة.\n',
        options: {terms: UN},
        messages: ['2:32-2:50: Unexpected `هيئة الأمم المتحدة`, expected `الأمم المتحدة` (the glossary’s term for `United Nations`)'],
        output: 'source\ttarget\nThe United Nations said.\tوقالت الأمم المتحدة.\n',
        note: 'A forbidden variant, with the preferred term as its fix.'
      }
    ]
  },
  checkSegments(bitext, context, options) {
    const glossary = [...(context.settings.glossary ?? []), ...inlineTerms(options.terms)]
    if (glossary.length === 0) return
    return (segments) => {
      for (const segment of translated(segments)) {
        const source = proseOf(segment.source)
        const target = proseOf(segment.target)
        const words = textWords(target)
        const reported: [number, number][] = []
        for (const term of glossary) {
          for (const variant of term.forbidden) {
            for (const match of findTerm(target, variant, words)) {
              reported.push([match.start, match.end])
              context.report({
                messageId: 'forbidden',
                segment,
                side: 'target',
                start: match.start,
                end: match.end,
                expected: [replacement(term.target[0]!, match)],
                data: {source: term.source, preferred: term.target[0]!}
              })
            }
          }
        }
        for (const term of glossary) {
          if (!hasSourceTerm(source, term.source, term.caseSensitive, term.wholeWord)) continue
          const present = term.target.some((form) => findTerm(target, form, words).length > 0)
          // A forbidden variant already reported says what is wrong.
          const variantFound = term.forbidden.some((form) => findTerm(target, form, words).length > 0)
          if (present || variantFound) continue
          const [start, end] = trimmedRange(segment.target.text)
          context.report({messageId: 'missing', segment, side: 'target', start, end, data: {term: term.target[0]!, source: term.source}})
        }
      }
    }
  }
})

export type {Term}
