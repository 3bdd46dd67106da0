// What a bilingual rule's check gets: the file, the settings, and a report
// that places a finding on a segment's source or target text in the file as
// written (and keeps a fix only where the file holds that text unescaped).
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {fillTemplate, INFO_MARK, MESSAGE_ID, SOURCE, SUGGEST_MARK, WARN_MARK} from '../engine/define-rule.ts'
import {DEFAULT_LOCALE, inLocale, type MessageTemplate, type PlaceholderValue} from '../engine/locale.ts'
import type {LintSettings} from '../engine/types.ts'
import {rawRange, type BitextInfo, type Segment} from './segment.ts'

export interface BilingualReport {
  messageId: string
  segment: Segment
  /** Which text the range is in; `target` falls back to the source when the segment has no target. */
  side: 'source' | 'target'
  /** Range in that text (decoded offsets). */
  start: number
  end: number
  data?: Record<string, PlaceholderValue>
  actual?: string
  expected?: string[]
  suggest?: boolean
  severity?: 'info' | 'warn'
  /**
   * Document rules whose findings inside this range this finding replaces
   * (a copied Latin word is `untranslated-words`' finding, not also `mixed-script`'s).
   */
  replaces?: string[]
}

/** On a message: the rule ids whose findings inside its range it replaces. */
export const REPLACES = Symbol.for('translint.replaces')

export interface BilingualContext {
  readonly file: VFile
  readonly bitext: BitextInfo
  readonly settings: LintSettings
  report(report: BilingualReport): void
}

type Place = ReturnType<typeof location>

/** Stamp a message the way define-rule's reports are stamped (every mark set, one shape). */
export function stampMessage(message: VFileMessage, marks: {info: boolean; warn: boolean; suggest: boolean}): void {
  const held = message as unknown as Record<symbol, boolean>
  held[INFO_MARK] = marks.info
  held[WARN_MARK] = marks.warn
  held[SUGGEST_MARK] = marks.suggest
}

export function createBilingualContext(
  rule: {id: string; url: string; messages: Record<string, MessageTemplate>},
  file: VFile,
  bitext: BitextInfo,
  settings: LintSettings,
  place: Place,
  /** The engine's cap on a rule's findings (findings-limit.ts): a finding it does not keep is counted, not kept. */
  keep: (message: VFileMessage) => boolean = () => true
): BilingualContext {
  const locale = settings.locale ?? DEFAULT_LOCALE
  return {
    file,
    bitext,
    settings,
    report(report) {
      const template = rule.messages[report.messageId]
      if (template === undefined) throw new Error(`${rule.id}: unknown message id \`${report.messageId}\``)
      const text = report.side === 'target' && report.segment.target ? report.segment.target : report.segment.source
      const actual = report.actual ?? text.text.slice(report.start, report.end)
      const range = rawRange(text, report.start, report.end)
      const reason = fillTemplate(inLocale(template, locale), {actual, expected: report.expected?.[0] ?? '', ...report.data}, locale)
      const start = place.toPoint(range.start)
      const end = place.toPoint(range.end)
      if (!start || !end) throw new Error(`${rule.id}: offset out of range (${range.start}-${range.end})`)
      const message = file.message(reason, {place: {start, end}, ruleId: rule.id, source: SOURCE})
      message.url = `${rule.url}`
      message.actual = actual
      let suggest = report.suggest === true
      if (report.expected) {
        // A fix is written into the file only where the range is the text as
        // written and the format can hold it; otherwise it is a suggestion.
        const written = range.exact ? report.expected.map((value) => bitext.escape(value, range.start)) : undefined
        if (written && written.every((value) => value !== undefined)) message.expected = written as string[]
        else {
          message.expected = report.expected
          suggest = true
        }
      }
      message.segment = report.segment.id
      ;(message as unknown as Record<symbol, string>)[MESSAGE_ID] = report.messageId
      if (report.replaces) (message as unknown as Record<symbol, string[]>)[REPLACES] = report.replaces
      stampMessage(message, {info: report.severity === 'info', warn: report.severity === 'warn', suggest})
      // file.message added it last.
      if (!keep(message)) file.messages.pop()
    }
  }
}
