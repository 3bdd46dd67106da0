// The words of the html report (`--format html`), in one place, in each
// language (`--locale`): the page's own (headings, filters, notes, counts) and
// those its script shows (side list, tooltips), which the page carries as JSON
// for the script to read.
import {arabicCount, type Locale} from '../engine/locale.ts'

type Severity = 'error' | 'warning' | 'info'
export type Counts = Record<Severity, number>

/** What the page's script shows, in the page as JSON (`#tl-words`). */
export interface ScriptWords {
  severity: Record<Severity, string>
  byRule: string
  bySeverity: string
  /** `2 files, 7 findings`: worked out when the page is written. */
  summary: string
  /** After the summary when filters hide findings: `{n}` is the number shown. */
  shown: string
  nothing: string
  fix: string
  suggestions: string
  /** From before to after, pointing the way the page reads: → in English, ← in a right-to-left page. */
  arrow: string
  /** Names of the white space a fix adds or removes. */
  spaces: Record<string, string>
}

export interface HtmlWords {
  lang: string
  dir: 'ltr' | 'rtl'
  title: string
  filters: string
  severityLegend: string
  rule: string
  allRules: string
  file: string
  allFiles: string
  findings: string
  noScript: string
  notRead: string
  nothingLinted: string
  suggestionsLine: string
  arrow: string
  severity: Record<Severity, string>
  /** `1 error, 2 warnings` / `خطأ واحد، تحذيران`; when there are none, `no findings`. */
  counts: (counts: Counts) => string
  /** The footer: `2 files: …`. */
  totals: (files: number, counts: string) => string
  script: (files: number, findings: number) => ScriptWords
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const ARABIC = {
  error: {one: 'خطأ واحد', two: 'خطآن', plural: 'أخطاء', accusative: 'خطأً', singular: 'خطأ'},
  warning: {one: 'تحذير واحد', two: 'تحذيران', plural: 'تحذيرات', accusative: 'تحذيرًا', singular: 'تحذير'},
  info: {one: 'معلومة واحدة', two: 'معلومتان', plural: 'معلومات', accusative: 'معلومة', singular: 'معلومة'},
  file: {one: 'ملف واحد', two: 'ملفان', plural: 'ملفات', accusative: 'ملفًا', singular: 'ملف'},
  finding: {one: 'ملاحظة واحدة', two: 'ملاحظتان', plural: 'ملاحظات', accusative: 'ملاحظة', singular: 'ملاحظة'}
}

export const HTML_TEXT: Record<Locale, HtmlWords> = {
  en: {
    lang: 'en',
    dir: 'ltr',
    title: 'translint report',
    filters: 'Filters',
    severityLegend: 'Severity',
    rule: 'Rule',
    allRules: 'all rules',
    file: 'File',
    allFiles: 'all files',
    findings: 'Findings',
    noScript:
      "The lists by rule and by severity and the filters need JavaScript; the findings are marked in the text, with their fixes in the marks' titles.",
    notRead: 'The text of this file was not read in this run (its findings came from the cache by metadata): its findings are listed without it.',
    nothingLinted: 'No file was linted.',
    suggestionsLine: 'suggestions: ',
    arrow: '→',
    severity: {error: 'error', warning: 'warning', info: 'info'},
    counts: (counts) =>
      counts.error + counts.warning + counts.info === 0
        ? 'no findings'
        : (['error', 'warning', 'info'] as const)
            .filter((s) => counts[s] > 0)
            .map((s) => plural(counts[s], s, s + 's'))
            .join(', '),
    totals: (files, counts) => `${plural(files, 'file', 'files')}: ${counts}`,
    script: (files, findings) => ({
      severity: {error: 'error', warning: 'warning', info: 'info'},
      byRule: 'By rule',
      bySeverity: 'By severity',
      summary: `${plural(files, 'file', 'files')}, ${plural(findings, 'finding', 'findings')}`,
      shown: ' ({n} shown)',
      nothing: 'nothing',
      fix: 'Fix: ',
      suggestions: 'Suggestions: ',
      arrow: '→',
      spaces: {' ': 'space', '\n': 'line break', '\t': 'tab', '\u00a0': 'no-break space'}
    })
  },
  ar: {
    lang: 'ar',
    dir: 'rtl',
    title: 'تقرير translint',
    filters: 'التصفية',
    severityLegend: 'الخطورة',
    rule: 'القاعدة',
    allRules: 'كل القواعد',
    file: 'الملف',
    allFiles: 'كل الملفات',
    findings: 'الملاحظات',
    noScript: 'تحتاج القوائم حسب القاعدة والخطورة وأدوات التصفية إلى JavaScript؛ والملاحظات معلَّمة في النص، وإصلاحاتها في عناوين العلامات.',
    notRead: 'لم يُقرأ نص هذا الملف في هذا التشغيل (جاءت ملاحظاته من ذاكرة التخزين المؤقت حسب بيانات الملف)، فسُردت ملاحظاته دونه.',
    nothingLinted: 'لم يُفحص أي ملف.',
    suggestionsLine: 'اقتراحات: ',
    arrow: '←',
    severity: {error: 'خطأ', warning: 'تحذير', info: 'معلومة'},
    counts: (counts) =>
      counts.error + counts.warning + counts.info === 0
        ? 'لا ملاحظات'
        : (['error', 'warning', 'info'] as const)
            .filter((s) => counts[s] > 0)
            .map((s) => arabicCount(counts[s], ARABIC[s]))
            .join('، '),
    totals: (files, counts) => `${arabicCount(files, ARABIC.file)}: ${counts}`,
    script: (files, findings) => ({
      severity: {error: 'خطأ', warning: 'تحذير', info: 'معلومة'},
      byRule: 'حسب القاعدة',
      bySeverity: 'حسب الخطورة',
      summary: `${arabicCount(files, ARABIC.file)}، ${findings === 0 ? 'لا ملاحظات' : arabicCount(findings, ARABIC.finding)}`,
      shown: ' (المعروض منها {n})',
      nothing: 'لا شيء',
      fix: 'الإصلاح: ',
      suggestions: 'الاقتراحات: ',
      arrow: '←',
      spaces: {' ': 'مسافة', '\n': 'فاصل أسطر', '\t': 'مسافة جدولة', '\u00a0': 'مسافة غير فاصلة'}
    })
  }
}
