import {compareNumbers, sourceNumbers, targetNumbers} from '../src/bitext/numbers.ts'
import {inScriptOf, proseOf, translated, trimmedRange} from '../src/bitext/compare.ts'
import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {findMangled} from '../src/bitext/placeholders.ts'

export default defineBilingualRule({
  id: 'number-mismatch',
  description: 'Require the numbers of the source in the target, in any digit script, order or form',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  messages: {
    mismatch: {
      en: 'Unexpected `{actual}`, expected `{expected}` as in the source',
      ar: '`{actual}`، والصواب `{expected}` كما في الأصل'
    },
    missing: {
      en: 'Unexpected target without `{number}`, expected the number of the source',
      ar: 'العدد `{number}` غائب عن الترجمة، والمتوقع أن ترد فيها أعداد الأصل'
    },
    extra: {
      en: 'Unexpected `{actual}`, expected only numbers of the source',
      ar: 'العدد `{actual}` ليس في الأصل، والمتوقع ألا ترد إلا أعداد الأصل'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nThe budget grew by 3.5% to 2,500 dollars in 2023.\tارتفعت الميزانية بنسبة ٣٫٥٪ إلى ٢٬٥٠٠ دولار في عام ٢٠٢٣.\n', note: 'Digit scripts and Arabic separators are the same number: `3.5` = `٣٫٥`, `2,500` = `٢٬٥٠٠`.'},
      {text: 'source\ttarget\nThey met on July 4 and on 16 September.\tالتقوا في الرابع من يوليو وفي السادس عشر من سبتمبر.\n', note: 'A number written in words matches the digits of the source.'},
      {text: 'source\ttarget\nAbout 2 million people live in 1,400 villages.\tيعيش نحو مليوني شخص في 1400 قرية.\n', note: 'Scale words and the dual: `2 million` = `مليوني`.'},
      {text: 'source\ttarget\nIt happened in the 1960s, in the 16th century style.\tحدث ذلك في الستينيات، على طراز القرن السادس عشر.\n', note: 'Decades and ordinals are usually written out.'}
    ],
    invalid: [
      {
        text: 'source\ttarget\nThe meeting was held on 25 March.\tعقد الاجتماع في 52 مارس.\n',
        messages: ['2:51-2:53: Unexpected `52`, expected `25` as in the source']
      },
      {
        text: 'source\ttarget\nThe bridge is 15 meters high. It opened in 2017.\tافتتح الجسر في عام ٢٠١٧.\n',
        messages: ['2:50-2:74: Unexpected target without `15`, expected the number of the source']
      },
      {
        text: 'source\ttarget\nThe price is ~500 francs.\tالسعر ٥٠٠ فرنك. السعر هو ٥٠ فرنكا.\n',
        messages: ['2:52-2:54: Unexpected `٥٠`, expected only numbers of the source'],
        note: 'A sentence the source does not have, with its own number.'
      }
    ]
  },
  checkSegments(bitext, context) {
    return (segments) => {
      for (const segment of translated(segments)) {
        const sourceProse = proseOf(segment.source)
        const hasDigits = /[0-9٠-٩۰-۹]/
        if (!hasDigits.test(sourceProse) && !hasDigits.test(segment.target.text)) continue
        // Digits inside a mangled placeholder (`{ 0 }`, `% 1`) are `placeholder-mismatch`'s finding.
        let prose = proseOf(segment.target)
        if (segment.source.codes.length > 0) {
          for (const mangled of findMangled(prose)) prose = prose.slice(0, mangled.start) + ' '.repeat(mangled.end - mangled.start) + prose.slice(mangled.end)
        }
        // Digits against digits first: when they match, as they mostly do, numbers in words need not be read.
        let {missing, extra, unmatched} = compareNumbers(sourceNumbers(sourceProse, false), targetNumbers(prose, false))
        if (extra.length > 0 || unmatched > 0) ({missing, extra} = compareNumbers(sourceNumbers(sourceProse), targetNumbers(prose)))
        if (missing.length === extra.length) {
          missing.forEach((number, i) => {
            const wrong = extra[i]!
            context.report({
              messageId: 'mismatch',
              segment,
              side: 'target',
              start: wrong.start,
              end: wrong.end,
              expected: [inScriptOf(number.raw.replace(/[^0-9.,]/g, ''), wrong.raw)],
              suggest: true
            })
          })
          continue
        }
        const [start, end] = trimmedRange(segment.target.text)
        for (const number of missing) context.report({messageId: 'missing', segment, side: 'target', start, end, data: {number: number.raw}})
        for (const number of extra) context.report({messageId: 'extra', segment, side: 'target', start: number.start, end: number.end})
      }
    }
  }
})
