// The engine's own findings (directives that silence nothing, findings of a
// rule past the cap of a file, markup too large to lint) in English and Arabic, worded in the language
// of the file's settings (see locale.ts).
import type {VFile} from 'vfile'
import {fillTemplate} from './define-rule.ts'
import {DEFAULT_LOCALE, type Localized, type PlaceholderValue} from './locale.ts'
import type {LintSettings} from './types.ts'

export const DIRECTIVE_TEXT = {
  unusedFileDirective: {
    en: 'Unused `translint-disable-file` directive for `{name}`, expected a finding to disable',
    ar: 'توجيه `translint-disable-file` لـ`{name}` لا يعطّل شيئًا، والمتوقع ملاحظة يعطّلها'
  },
  unusedDirective: {
    en: 'Unused `{name}` directive, expected a finding to silence',
    ar: 'توجيه `{name}` لا يُسكت شيئًا، والمتوقع ملاحظة يُسكتها'
  },
  markdownBlockTooLarge: {
    en: 'Unexpected Markdown block of {size} with no place to cut it at, expected at most {max}: not linted',
    ar: 'كتلة `Markdown` حجمها {size} بلا موضع يُقطع عنده، والمتوقع {max} على الأكثر: لم تُفحص'
  },
  htmlBlockTooLarge: {
    en: 'Unexpected HTML of {size} with no place between two elements to cut it at, expected at most {max}: not linted',
    ar: 'نص `HTML` حجمه {size} بلا موضع بين عنصرين يُقطع عنده، والمتوقع {max} على الأكثر: لم يُفحص'
  },
  moreFindings: {
    en: 'Unexpected {count} more findings of `{rule}` in this file, expected at most {max} of one rule: not shown',
    ar: 'لم تُعرض ملاحظات أخرى لـ`{rule}` في هذا الملف عددها {count}، والمتوقع {max} على الأكثر لكل قاعدة'
  }
} satisfies Record<string, Localized>

/** One of these texts in the language of `file`'s settings. */
export function directiveText(file: VFile, id: keyof typeof DIRECTIVE_TEXT, data: Record<string, PlaceholderValue>): string {
  const locale = (file.data.translintSettings as LintSettings | undefined)?.locale ?? DEFAULT_LOCALE
  return fillTemplate(DIRECTIVE_TEXT[id][locale], data, locale)
}
