import {defineBilingualRule} from '../src/bitext/define-bilingual-rule.ts'
import {LINKS, MAYBE_LINK, translated, trimLink, trimmedRange} from '../src/bitext/compare.ts'
import {maskCodes} from '../src/bitext/placeholders.ts'

function linksOf(text: string): {value: string; start: number}[] {
  return [...text.matchAll(LINKS)].map((match) => ({value: trimLink(match[0]), start: match.index!}))
}

const isTag = (value: string) => value.startsWith('#') || value.startsWith('@')

export default defineBilingualRule({
  id: 'url-mismatch',
  description: 'Require the URLs, e-mail addresses, hashtags and mentions of the source in the target, unchanged',
  severity: 'warn',
  fixable: false,
  category: 'artefact',
  messages: {
    missing: {
      en: 'Unexpected target without `{link}`, expected it as in the source',
      ar: 'الرابط `{link}` غائب عن الترجمة، والمتوقع أن يرد فيها كما في الأصل'
    },
    changed: {
      en: 'Unexpected `{actual}`, expected `{expected}` as in the source',
      ar: '`{actual}`، والصواب `{expected}` كما في الأصل'
    },
    extra: {
      en: 'Unexpected `{actual}`, expected only the links of the source',
      ar: '`{actual}` ليس في الأصل، والمتوقع ألا ترد إلا روابط الأصل'
    }
  },
  examples: {
    valid: [
      {text: 'source\ttarget\nWrite to info@example.org or see https://example.org/help.\tاكتب إلى info@example.org أو راجع https://example.org/help.\n'},
      {text: 'source\ttarget\nFollow #WorldHealthDay.\tتابعوا #يوم_الصحة_العالمي.\n', note: 'A hashtag may be translated: only the count is compared.'}
    ],
    invalid: [
      {
        text: 'source\ttarget\nSee https://example.org/help for details.\tراجع https://example.org/مساعدة للتفاصيل.\n',
        messages: ['2:48-2:74: Unexpected `https://example.org/مساعدة`, expected `https://example.org/help` as in the source']
      },
      {
        text: 'source\ttarget\nContact press@un.org today.\tاتصلوا بنا اليوم.\n',
        messages: ['2:29-2:46: Unexpected target without `press@un.org`, expected it as in the source']
      }
    ]
  },
  checkSegments(bitext, context) {
    return (segments) => {
      for (const segment of translated(segments)) {
        if (!MAYBE_LINK.test(segment.source.text) && !MAYBE_LINK.test(segment.target.text)) continue
        const source = linksOf(maskCodes(segment.source))
        const target = linksOf(maskCodes(segment.target))
        if (source.length === 0 && target.length === 0) continue
        const unmatched = target.filter((link) => !isTag(link.value))
        const missing: string[] = []
        for (const link of source.filter((l) => !isTag(l.value))) {
          const index = unmatched.findIndex((t) => t.value === link.value)
          if (index >= 0) unmatched.splice(index, 1)
          else missing.push(link.value)
        }
        // A changed link: one missing, one the source does not have.
        while (missing.length > 0 && unmatched.length > 0) {
          const wrong = unmatched.shift()!
          context.report({messageId: 'changed', segment, side: 'target', start: wrong.start, end: wrong.start + wrong.value.length, expected: [missing.shift()!], suggest: true})
        }
        const [start, end] = trimmedRange(segment.target.text)
        for (const link of missing) context.report({messageId: 'missing', segment, side: 'target', start, end, data: {link}})
        for (const link of unmatched) context.report({messageId: 'extra', segment, side: 'target', start: link.start, end: link.start + link.value.length})
        // Hashtags and mentions may be translated; one of the source's gone is reported.
        const sourceTags = source.filter((l) => isTag(l.value))
        const targetTags = target.filter((l) => isTag(l.value))
        for (const tag of sourceTags.slice(targetTags.length)) {
          if (!targetTags.some((t) => t.value === tag.value)) context.report({messageId: 'missing', segment, side: 'target', start, end, data: {link: tag.value}})
        }
      }
    }
  }
})
