// An example rule pack for translint: one rule, `house-style/preferred-terms`,
// that replaces the phrases a newsroom has ruled out with the ones it uses,
// and a preset, `house-style:recommended`, that switches it on.
//
// A pack is a module exporting {name, rules, configs}. A rule is a plain
// definition (as here) or the result of `defineRule` from translint; either
// way translint checks it when the config that names the pack is loaded.

/** Letters and marks: a phrase matches only as whole words. */
const LETTER = /[\p{L}\p{M}]/u

const preferredTerms = {
  id: 'house-style/preferred-terms',
  description: "Use the newsroom's term where it has ruled another out",
  severity: 'warn',
  fixable: true,
  category: 'style',
  url: 'https://github.com/translint/translint/tree/main/examples/plugin-house-style#readme',
  options: {
    properties: {
      terms: {
        type: 'object',
        additionalProperties: {type: 'string'},
        description: 'Phrase ruled out → the phrase to use instead.'
      }
    },
    defaults: {terms: {'بالرغم من': 'على الرغم من', 'فيما بعد': 'لاحقًا'}}
  },
  messages: {
    term: {
      en: 'Unexpected `{actual}`, expected `{expected}` (house style)',
      ar: 'لم يُتوقَّع `{actual}`، والمتوقَّع `{expected}` (أسلوب الدار)'
    }
  },
  check(tree, context, options) {
    const text = context.text
    for (const [ruled, preferred] of Object.entries(options.terms)) {
      if (ruled === '') continue
      for (let at = text.indexOf(ruled); at !== -1; at = text.indexOf(ruled, at + ruled.length)) {
        const end = at + ruled.length
        // Whole words only: `فيما بعدها` is not `فيما بعد`.
        if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue
        context.report({messageId: 'term', start: at, end, expected: [preferred]})
      }
    }
  }
}

export default {
  name: 'house-style',
  rules: [preferredTerms],
  configs: {
    recommended: {
      description: "The newsroom's terms",
      rules: {'house-style/preferred-terms': 'warn'}
    }
  }
}
