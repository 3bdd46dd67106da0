import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {proseOf, quote, targetIsArabic, trimmedRange} from '../src/bitext/compare.ts'
import {hasArabic} from '../src/language/arabic.ts'
import type {Segment} from '../src/bitext/segment.ts'

/** Words of at least two letters: a source of only numbers, codes or one letter is not text to translate. */
const WORDS = /\p{L}{2,}/u

function key(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()
}

export default defineBilingualRule<{allow: string[]; reportMissing: boolean}>({
  id: 'untranslated',
  description: 'Disallow segments left untranslated: no target, a target that copies the source, or a target with no Arabic',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  options: {
    properties: {
      allow: {type: 'array', items: {type: 'string'}, description: 'Sources that stay as they are in the target (brand names, codes)'},
      reportMissing: {type: 'boolean', description: 'Report segments that have no target at all (an untranslated XLIFF unit, an empty msgstr)'}
    },
    defaults: {allow: [], reportMissing: true}
  },
  messages: {
    missing: {
      en: 'Unexpected untranslated segment `{actual}`, expected a translation',
      ar: 'مقطع غير مترجم `{actual}`، والمتوقع ترجمته'
    },
    copy: {
      en: 'Unexpected target identical to the source, expected a translation',
      ar: 'الترجمة مطابقة للأصل، والمتوقع ترجمته'
    },
    foreign: {
      en: 'Unexpected target without Arabic `{actual}`, expected an Arabic translation',
      ar: 'ترجمة بلا حروف عربية `{actual}`، والمتوقع ترجمة عربية'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nSave the file.\tاحفظ الملف.\nNASA\tNASA\nPostscript\tPostscript\n', note: 'A source that is only an acronym, a code, a number or a single word (a key or font name) may stay as it is.'},
      {text: 'source\ttarget\niPhone\tiPhone\n', options: {allow: ['iPhone']}, note: 'Names listed in `allow` stay as they are.'}
    ],
    invalid: [
      {
        text: 'source\ttarget\nThe committee met today.\tThe committee met today.\n',
        messages: ['2:26-2:50: Unexpected target identical to the source, expected a translation']
      },
      {
        text: 'source\ttarget\nOpen the settings.\t\n',
        messages: ['2:1-2:19: Unexpected untranslated segment `Open the settings.`, expected a translation']
      },
      {
        text: 'source\ttarget\nThe committee met today.\tLe comité s’est réuni aujourd’hui.\n',
        messages: ['2:26-2:60: Unexpected target without Arabic `Le comité s’est réuni aujourd’hui.`, expected an Arabic translation']
      }
    ]
  },
  checkSegments(bitext, context, options) {
    const allowed = new Set(options.allow.map(key))
    const arabic = targetIsArabic(bitext)
    // Is the source text to translate (words beyond acronyms, codes and numbers), and not allowed as it is?
    // A single word copied (`Delete`, `Postscript`, a key name, an identifier such as `KP_Begin` or
    // `default:mm`) is as often a choice as a slip: two words (not acronyms) are text to translate.
    const needsTranslation = (segment: Segment) =>
      proseOf(segment.source).split(/\s+/).filter((token) => /\p{L}{2}/u.test(token) && token !== token.toUpperCase()).length >= 2 &&
      !allowed.has(key(segment.source.text))
    return (segments) => {
      for (const segment of segments) {
        // The cheap tests first: most targets are Arabic and differ from their source.
        if (segment.target && arabic && hasArabic(segment.target.text) && !hasArabic(segment.source.text)) continue
        if (!needsTranslation(segment)) continue
        if (!segment.target) {
          if (!options.reportMissing) continue
          const [start, end] = trimmedRange(segment.source.text)
          context.report({messageId: 'missing', segment, side: 'source', start, end, actual: quote(segment.source.text, 60)})
          continue
        }
        const [start, end] = trimmedRange(segment.target.text)
        if (key(segment.target.text) === key(segment.source.text)) {
          // The Latin words of a copied or foreign target are this finding, not also `mixed-script`'s.
          context.report({messageId: 'copy', segment, side: 'target', start, end, replaces: ['mixed-script', 'latin-punctuation']})
        } else if (arabic && !hasArabic(segment.target.text) && WORDS.test(proseOf(segment.target))) {
          context.report({messageId: 'foreign', segment, side: 'target', start, end, actual: quote(segment.target.text, 60), replaces: ['mixed-script', 'latin-punctuation']})
        }
      }
    }
  }
})
