import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {quote, translated, trimmedRange} from '../src/bitext/compare.ts'
import {digest} from '../src/bitext/digest.ts'
import {maskCodes} from '../src/bitext/placeholders.ts'
import {HARAKAT} from '../src/language/arabic.ts'

/** Sources compared as written, less case and spacing. */
export function sourceKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Targets compared without harakat, tatweel, direction marks and spacing differences. */
export function targetKey(text: string): string {
  return text.replace(HARAKAT, '').replace(/[\u0640\u200E\u200F\u061C]/g, '').replace(/\s+/g, ' ').trim()
}

export default defineBilingualRule({
  id: 'inconsistent-translation',
  description: 'Require one translation of a source repeated within a file',
  severity: 'warn',
  fixable: false,
  category: 'style',
  messages: {
    different: {
      en: 'Unexpected translation `{actual}` of a source translated `{expected}` in segment `{other}`, expected one translation',
      ar: 'الترجمة `{actual}` لأصلٍ تُرجم `{expected}` في المقطع `{other}`، والمتوقع ترجمة واحدة'
    }
  },
  examples: {
    valid: [{text: 'source\ttarget\nSave\tحفظ\nSave\tحِفظ\n', note: 'Harakat and tatweel do not make two translations.'}],
    invalid: [
      {
        text: 'id\tsource\ttarget\n1\tSave\tحفظ\n2\tOpen\tفتح\n3\tSave\tاحفظ\n',
        messages: ['4:8-4:12: Unexpected translation `احفظ` of a source translated `حفظ` in segment `1`, expected one translation']
      }
    ]
  },
  checkSegments(bitext, context) {
    // Per source, its first translation: the key it is compared by and the quotation a message gives of it.
    // Sources and targets are compared by digests of their keys: a file's worth of texts is not kept.
    const first = new Map<string, {id: string; key: string; quoted: string; group?: string}>()
    return (segments) => {
      for (const segment of translated(segments)) {
        const source = digest(sourceKey(maskCodes(segment.source)))
        const target = digest(targetKey(maskCodes(segment.target)))
        const seen = first.get(source)
        if (!seen) {
          first.set(source, {id: segment.id, key: target, quoted: quote(segment.target.text), group: segment.plural?.group})
          continue
        }
        // The forms of one plural entry translate one source differently on purpose.
        if (seen.key === target || (segment.plural && seen.group === segment.plural.group)) continue
        const [start, end] = trimmedRange(segment.target.text)
        context.report({
          messageId: 'different',
          segment,
          side: 'target',
          start,
          end,
          actual: quote(segment.target.text),
          expected: [seen.quoted],
          suggest: true,
          data: {other: seen.id}
        })
      }
    }
  }
})
