// `--format html`: one self-contained page (its style and script inline, no
// request to the network, no external font) that opens from a CI artefact.
// Each document is shown right to left with its findings marked in place
// (html-highlight.ts); the side list by rule and by severity, the filters and
// the tooltips are built by the page's script (html-page.ts) from the JSON
// embedded in each document's section. The report is written a document at a
// time as each is linted: only the totals of the footer are kept, so memory
// does not grow with the run.
//
// Everything that comes from a document (its text, its name, the words quoted
// in a message) is escaped; the page also carries a Content-Security-Policy
// that lets only its own script and style run (by their hashes), so markup
// that escaped escaping still could not run a script.
import {escapeAttribute, escapeText} from 'entities/escape'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isFix} from '../fix/apply.ts'
import {severityOf} from '../engine/processor.ts'
import {findingsIn} from '../engine/findings-limit.ts'
import {highlight, type Span} from './html-highlight.ts'
import {PAGE_SCRIPT, PAGE_STYLE} from './html-page.ts'
import {HTML_TEXT, type Counts, type HtmlWords} from './html-text.ts'
import {DEFAULT_LOCALE, type Locale} from '../engine/locale.ts'
import {messageToJson} from './json.ts'
import type {ReportStream} from './stream.ts'

/** What the page's script knows of a finding (embedded as JSON in its document's section). */
export interface PageFinding {
  /** `<file index>-<message index>`: the `data-f` of its marks. */
  id: string
  rule: string | null
  severity: 'error' | 'warning' | 'info'
  reason: string
  line: number | null
  column: number | null
  /** Whether it is marked in the text (it has offsets within the text). */
  placed: boolean
  /** The fix `--fix` applies: the reported text and what replaces it. */
  fix: {before: string; after: string} | null
  /** Several possible replacements (or one that is only a suggestion). */
  suggestions: string[] | null
  url: string | null
  segment?: string
}

const hash = (text: string) => `'sha256-${process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('base64')}'`
// Only the page's own script and style run; no request leaves the page (default-src 'none').
// Made with the first page, not when the command line starts (hashing loads node:crypto).
let policy: string | undefined
const contentPolicy = () =>
  (policy ??= `default-src 'none'; script-src ${hash(PAGE_SCRIPT)}; style-src ${hash(PAGE_STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`)

/** JSON inside a `<script>` element: `<` written as `\u003c` so no text can close the element. */
function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
}

/** A language tag (BCP 47 shape) or undefined: a declared tag is used only when it is one. */
function tag(value: string | undefined): string | undefined {
  return value && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(value) ? value.replace(/_/g, '-') : undefined
}

/**
 * The language a document declares for its text (an HTML `lang`, an XLIFF
 * target language, a PO `Language:` header, a Markdown front matter `lang:`),
 * else Arabic: the language translint lints. Only the file's start is read.
 */
export function documentLanguage(text: string): string {
  const head = text.slice(0, 4096)
  return (
    tag(/<html\b[^>]*?\blang\s*=\s*["']?([^"'\s>]+)/i.exec(head)?.[1]) ??
    tag(/\b(?:target-language|trgLang)\s*=\s*["']([^"']+)/.exec(head)?.[1]) ??
    tag(/^"Language:\s*([^\\"\s]+)/m.exec(head)?.[1]) ??
    tag(/^---\r?\n(?:.*\r?\n)*?lang(?:uage)?:\s*["']?([^"'\s]+)/.exec(head)?.[1]) ??
    'ar'
  )
}

function pageFinding(message: VFileMessage, id: string, text: string, placed: boolean): PageFinding {
  const m = messageToJson(message)
  const fix = isFix(message) && m.expected ? {before: placed ? text.slice(m.offset!, m.endOffset!) : (m.actual ?? ''), after: m.expected[0]} : null
  return {
    id,
    rule: m.ruleId,
    severity: m.severity,
    reason: m.reason,
    line: m.line,
    column: m.column,
    placed,
    fix,
    suggestions: !fix && m.expected && m.expected.length > 0 ? m.expected : null,
    url: m.url,
    ...(m.segment === undefined ? {} : {segment: m.segment})
  }
}

/** A finding's fix or suggestions as one line: what the tooltip says without the script. */
function fixLine(finding: PageFinding, words: HtmlWords): string {
  const shown = (value: string) => (value === '' ? '∅' : value)
  if (finding.fix) return `${shown(finding.fix.before)} ${words.arrow} ${shown(finding.fix.after)}`
  if (finding.suggestions) return `${words.suggestionsLine}${finding.suggestions.map(shown).join(' · ')}`
  return ''
}

function title(finding: PageFinding, words: HtmlWords): string {
  const fix = fixLine(finding, words)
  return `${finding.rule ?? 'translint'} (${words.severity[finding.severity]}): ${finding.reason}${fix ? `\n${fix}` : ''}`
}

/** One document's section: its name, its text with the findings marked, its findings as JSON. */
export function documentSection(file: VFile, index: number, words: HtmlWords = HTML_TEXT[DEFAULT_LOCALE]): string {
  const text = file.value === undefined ? '' : String(file.value)
  const findings: PageFinding[] = []
  const spans: Span[] = []
  file.messages.forEach((message, i) => {
    const {offset, endOffset} = messageToJson(message)
    const placed = offset !== null && endOffset !== null && offset >= 0 && offset <= endOffset && endOffset <= text.length
    const finding = pageFinding(message, `${index}-${i}`, text, placed)
    findings.push(finding)
    if (!placed) return
    const kind = offset === endOffset ? ' tl-insert' : ''
    spans.push({
      id: finding.id,
      start: offset!,
      end: endOffset!,
      attributes: `class="tl-${finding.severity}${kind}" data-rule="${escapeAttribute(finding.rule ?? '')}" data-sev="${finding.severity}" title="${escapeAttribute(title(finding, words))}"`
    })
  })
  const unplaced = findings.filter((finding) => !finding.placed)
  const missingText = text === '' && file.messages.some((message) => messageToJson(message).offset !== null)
  const lang = documentLanguage(text)
  const data = {path: file.path, lang, findings}
  return [
    `<section class="tl-doc" id="tl-file-${index}" data-file="${index}">`,
    `<h2 class="tl-path"><bdi>${escapeText(file.path)}</bdi> <span class="tl-count">${words.counts(countsOf(findings))}</span></h2>`,
    missingText ? `<p class="tl-note">${escapeText(words.notRead)}</p>` : '',
    unplaced.length > 0
      ? `<ul class="tl-unplaced">${unplaced.map((finding) => `<li data-f="${escapeAttribute(finding.id)}" class="tl-${finding.severity}" dir="auto">${finding.line === null ? '' : `${finding.line}:${finding.column} `}${escapeText(title(finding, words))}</li>`).join('')}</ul>`
      : '',
    // plaintext: each paragraph takes the direction of its first strong letter (a Latin paragraph reads left to right).
    `<div class="tl-text" dir="rtl" lang="${escapeAttribute(lang)}">${highlight(text, spans)}</div>`,
    `<script type="application/json" class="tl-data">${embedJson(data)}</script>`,
    '</section>\n'
  ].join('')
}

function countsOf(findings: PageFinding[]): Counts {
  const counts = {error: 0, warning: 0, info: 0}
  for (const finding of findings) counts[finding.severity]++
  return counts
}

function head(words: HtmlWords): string {
  return [
  '<!doctype html>',
  `<html lang="${words.lang}" dir="${words.dir}"><head><meta charset="utf-8">`,
  `<meta http-equiv="Content-Security-Policy" content="${contentPolicy()}">`,
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<meta name="generator" content="translint">',
  `<title>${escapeText(words.title)}</title>`,
  `<style>${PAGE_STYLE}</style>`,
  '</head><body>',
  `<header class="tl-top"><h1>${escapeText(words.title)}</h1><p id="tl-summary"></p>`,
  `<form id="tl-filters" class="tl-filters" aria-label="${escapeAttribute(words.filters)}">`,
  `<fieldset><legend>${escapeText(words.severityLegend)}</legend>`,
  ...(['error', 'warning', 'info'] as const).map(
    (s) => `<label class="tl-${s}-label"><input type="checkbox" name="severity" value="${s}" checked> ${escapeText(words.severity[s])}</label>`
  ),
  '</fieldset>',
  `<label>${escapeText(words.rule)} <select id="tl-rule"><option value="">${escapeText(words.allRules)}</option></select></label>`,
  `<label>${escapeText(words.file)} <select id="tl-file"><option value="">${escapeText(words.allFiles)}</option></select></label>`,
  '</form></header>',
  '<div class="tl-layout"><main id="tl-docs">\n'
].join('')
}

function tail(totals: Counts & {files: number}, words: HtmlWords): string {
  const summary = words.totals(totals.files, words.counts(totals))
  const findings = totals.error + totals.warning + totals.info
  return [
    totals.files === 0 ? `<p class="tl-note">${escapeText(words.nothingLinted)}</p>` : '',
    '</main>',
    `<aside id="tl-side" aria-label="${escapeAttribute(words.findings)}"><noscript>${escapeText(words.noScript)}</noscript></aside>`,
    '</div>',
    `<footer class="tl-foot" id="tl-totals">${escapeText(summary)}</footer>`,
    `<div id="tl-tip" role="tooltip" hidden></div>`,
    // The words the page's script shows, read by it as data (never run).
    `<script type="application/json" id="tl-words">${embedJson(words.script(totals.files, findings))}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body></html>\n'
  ].join('')
}

/** The report written document by document; only the totals are kept. */
export function htmlStream(locale: Locale = DEFAULT_LOCALE): ReportStream {
  const words = HTML_TEXT[locale]
  const totals = {files: 0, error: 0, warning: 0, info: 0}
  return {
    add(file) {
      for (const message of file.messages) totals[severityOf(message)] += findingsIn(message)
      return (totals.files === 0 ? head(words) : '') + documentSection(file, totals.files++, words)
    },
    end: () => [(totals.files === 0 ? head(words) : '') + tail(totals, words)]
  }
}

export function html(files: VFile[], options: {locale?: Locale} = {}): string {
  const stream = htmlStream(options.locale)
  return files.map((file) => stream.add(file)).join('') + [...stream.end()].join('')
}
