import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {translated, trimmedRange} from '../src/bitext/compare.ts'
import {findMangled, maskCodes} from '../src/bitext/placeholders.ts'
import type {Code} from '../src/bitext/segment.ts'

/**
 * ICU selectors (`one {`, `other {`) and the braces that close them are not
 * compared: Arabic has six plural categories where English has two.
 */
function compared(code: Code): boolean {
  // Annotations (`<mrk>`, XLIFF 2 `<sm/>` `<em/>`) mark up a segment for tools, not the text's codes.
  if (code.kind === 'tag') return !/^\/?(?:\w+:)?(?:mrk|sm|em)\b/.test(code.key)
  // `%%` is a percent sign, which an Arabic target may write as `٪`.
  return !(/^[\w=]+\{$/.test(code.key) || /^\}+$/.test(code.key) || code.key === '%%')
}

/** A strftime field that printf does not have (`%H`, `%M`, `%Y`, `%b`…; not `%d`, `%e`, `%a`, `%p`, which printf has too). */
const STRFTIME = /%[-_0^#]?[HMSYmjBbyZPklUWVCDTRr](?![a-z])/

function countKeys(codes: Code[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const code of codes) if (compared(code)) counts.set(code.key, (counts.get(code.key) ?? 0) + 1)
  return counts
}

export default defineBilingualRule({
  id: 'placeholder-mismatch',
  description: 'Require the placeholders and inline tags of the source in the target, unmangled',
  severity: 'error',
  fixable: true,
  category: 'artefact',
  messages: {
    mangled: {
      en: 'Unexpected `{actual}`, expected the placeholder `{expected}`',
      ar: '`{actual}`، والصواب العنصر النائب `{expected}`'
    },
    missing: {
      en: 'Unexpected target without `{code}`, expected every placeholder and tag of the source',
      ar: '`{code}` غائب عن الترجمة، والمتوقع أن ترد فيها كل العناصر النائبة والوسوم التي في الأصل'
    },
    extra: {
      en: 'Unexpected `{actual}`, expected only the placeholders and tags of the source',
      ar: '`{actual}` ليس في الأصل، والمتوقع ألا ترد إلا العناصر النائبة والوسوم التي في الأصل'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nDelete %d files from %s?\tهل تريد حذف %d من الملفات من %s؟\n'},
      {text: 'source\ttarget\nHello {name}, you have {0} messages.\tمرحبا {name}، لديك {0} رسائل.\n'},
      {text: 'source\ttarget\n%d %% done\t%Id ٪ منجز\n', note: '`%%` is a percent sign: the Arabic `٪` says it.'},
      {text: 'source\ttarget\nError on line %d: %s\tخطأ في السطر %Id: %s\n', note: '`%Id` is `%d` written with the locale\'s digits (glibc), as Arabic translations do.'},
      {text: 'source\ttarget\n%a %b %e %H:%M:%S %Y\t%A %e %B %l:%M:%S %Y\n', note: 'A date format: its fields are the translator\'s to reorder and replace.'},
      {
        text: 'source\ttarget\n{count, plural, one {# file} other {# files}}\t{count, plural, zero {لا ملفات} one {ملف واحد} two {ملفان} few {# ملفات} other {# ملف}}\n',
        note: 'ICU plural selectors differ by language; the argument must stay.'
      }
    ],
    invalid: [
      {
        text: 'source\ttarget\nDelete %s now?\tحذف ٪ s الآن؟\n',
        messages: ['2:20-2:23: Unexpected `٪ s`, expected the placeholder `%s`'],
        output: 'source\ttarget\nDelete %s now?\tحذف %s الآن؟\n',
        note: 'Machine translation turns `%s` into the Arabic percent sign and a space.'
      },
      {
        text: 'source\ttarget\nPage %1 of %2\tالصفحة % 1 من %2\n',
        messages: ['2:22-2:25: Unexpected `% 1`, expected the placeholder `%1`'],
        output: 'source\ttarget\nPage %1 of %2\tالصفحة %1 من %2\n'
      },
      {
        text: 'source\ttarget\nWelcome, {0}!\tمرحبا، { 0 }!\n',
        messages: ['2:22-2:27: Unexpected `{ 0 }`, expected the placeholder `{0}`'],
        output: 'source\ttarget\nWelcome, {0}!\tمرحبا، {0}!\n'
      },
      {
        text: 'source\ttarget\nSaved %d files to %s.\tتم حفظ الملفات في %s.\n',
        messages: ['2:23-2:44: Unexpected target without `%d`, expected every placeholder and tag of the source']
      },
      {
        text: 'source\ttarget\nClick <b>here</b>.\tانقر <b>هنا</b><br>.\n',
        messages: ['2:35-2:39: Unexpected `<br>`, expected only the placeholders and tags of the source']
      }
    ]
  },
  checkSegments(bitext, context) {
    // Placeholders some form of a PO plural entry has: another form may say the number by the noun.
    const inGroup = new Map<string, Set<string>>()
    return (segments) => {
      for (const segment of translated(segments)) {
        if (!segment.plural) continue
        let keys = inGroup.get(segment.plural.group)
        if (!keys) inGroup.set(segment.plural.group, (keys = new Set()))
        for (const code of segment.target.codes) keys.add(code.key)
      }
      for (const segment of translated(segments)) {
        // A date format (`%a %b %e %H:%M`): translators reorder and replace its fields for their locale.
        if (STRFTIME.test(segment.source.text)) continue
        const source = countKeys(segment.source.codes)
        const target = countKeys(segment.target.codes)
        if (source.size === 0 && target.size === 0 && !/[%٪{]/.test(segment.target.text)) continue
        // How many of each placeholder the target still lacks.
        const lacking = new Map<string, number>()
        for (const [key, count] of source) if (count > (target.get(key) ?? 0)) lacking.set(key, count - (target.get(key) ?? 0))
        // Mangled forms stand for lacking placeholders: report them with the fix.
        const prose = maskCodes(segment.target)
        for (const mangled of findMangled(prose)) {
          const sourceCode = segment.source.codes.find((code) => code.key === mangled.canonical)
          const left = lacking.get(mangled.canonical) ?? 0
          if (!sourceCode || left === 0) continue
          lacking.set(mangled.canonical, left - 1)
          context.report({
            messageId: 'mangled',
            segment,
            side: 'target',
            start: mangled.start,
            end: mangled.end,
            expected: [sourceCode.raw],
            // The spaces and letters of a mangled placeholder are not prose to space or script-check.
            replaces: ['punctuation-spacing', 'mixed-script', 'whitespace', 'latin-punctuation']
          })
        }
        const [start, end] = trimmedRange(segment.target.text)
        for (const [key, left] of lacking) {
          if (segment.plural && inGroup.get(segment.plural.group)?.has(key)) continue
          const raw = segment.source.codes.find((code) => code.key === key)!.raw
          for (let i = 0; i < left; i++) context.report({messageId: 'missing', segment, side: 'target', start, end, data: {code: raw}})
        }
        const seen = new Map<string, number>()
        for (const code of segment.target.codes) {
          if (!compared(code)) continue
          const count = (seen.get(code.key) ?? 0) + 1
          seen.set(code.key, count)
          if (count > (source.get(code.key) ?? 0)) {
            context.report({messageId: 'extra', segment, side: 'target', start: code.start, end: code.end, actual: code.raw})
          }
        }
      }
    }
  }
})
