import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {translated, trimmedRange} from '../src/bitext/compare.ts'
import {digest} from '../src/bitext/digest.ts'
import {maskCodes} from '../src/bitext/placeholders.ts'
import {targetKey} from './inconsistent-translation.ts'

/** Sources that differ only in case, spacing or punctuation are one source. */
function looseSource(text: string): string {
  return text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim()
}

export default defineBilingualRule({
  id: 'same-target',
  description: 'Report one translation given to different sources within a file',
  severity: 'warn',
  fixable: false,
  category: 'style',
  messages: {
    shared: {
      en: 'Unexpected translation shared with segment `{other}` whose source is `{source}`, expected a translation of this source',
      ar: 'ترجمة مشتركة مع المقطع `{other}` الذي أصله `{source}`، والمتوقع ترجمة لهذا الأصل'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nSave\tحفظ\nSave!\tحفظ\n', note: 'Sources that differ only in punctuation or case may share a translation.'},
      {text: 'source\ttarget\nApr\tأبريل\nApril\tأبريل\n', note: 'So may a word and its abbreviation: Arabic has no short month names.'}
    ],
    invalid: [
      {
        text: 'id\tsource\ttarget\n1\tOpen file\tفتح ملف\n2\tOpen folder\tفتح ملف\n',
        messages: ['3:15-3:22: Unexpected translation shared with segment `1` whose source is `Open file`, expected a translation of this source']
      }
    ]
  },
  checkSegments(bitext, context) {
    // Per target (a digest of its key: a file's worth of targets is not kept), its first source: as compared, and as a message shows it.
    const first = new Map<string, {id: string; source: string; shown: string; group?: string}>()
    return (segments) => {
      for (const segment of translated(segments)) {
        const target = targetKey(maskCodes(segment.target))
        if (!/\p{L}/u.test(target)) continue
        const source = looseSource(maskCodes(segment.source))
        const key = digest(target)
        const seen = first.get(key)
        if (!seen) {
          first.set(key, {id: segment.id, source, shown: segment.source.text.trim(), group: segment.plural?.group})
          continue
        }
        if (seen.source === source || (segment.plural && seen.group === segment.plural.group)) continue
        // An abbreviation and its word (`Apr`, `April`): Arabic has no short month names.
        if (source.startsWith(seen.source) || seen.source.startsWith(source)) continue
        const [start, end] = trimmedRange(segment.target.text)
        context.report({messageId: 'shared', segment, side: 'target', start, end, data: {other: seen.id, source: seen.shown}})
      }
    }
  }
})
