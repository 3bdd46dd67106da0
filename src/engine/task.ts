// One unit of work for the CLI, the library and worker threads alike: lint a
// document, or fix it and lint the result. Tasks and results are plain data so
// they cross a worker boundary.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {registry} from './registry.ts'
import {fixText} from '../fix/fix.ts'
import {ANYWHERE_MARK, INFO_MARK, MESSAGE_ID, SUGGEST_MARK, WARN_MARK} from './define-rule.ts'
import {lintFile} from './lint-file.ts'
import {hiddenBy, markHidden} from './findings-limit.ts'
import type {LintSettings, RuleSettings} from './types.ts'
import {withoutStacks} from './without-stacks.ts'

export interface Task {
  /** Path shown in reports. */
  path: string
  value: string
  rules: RuleSettings
  settings: Pick<LintSettings, 'extraOrganizations' | 'words' | 'glossary' | 'statsFiles' | 'useStats' | 'locale'>
  cwd?: string
  reportUnusedDirectives?: boolean
  /** Fix before linting; only rules of these kinds / with these ids when given. */
  fix?: {types?: string[]; rules?: string[]}
  /** The module files of the rule packs the config names: a worker thread imports them before it lints. */
  plugins?: {file: string; specifier: string}[]
}

/**
 * A rule or the parser failed on this document: a bug to report, never a
 * finding. `ruleId` is null when the parser (or the markup pipeline) failed.
 */
export interface InternalError {
  ruleId: string | null
  message: string
}

export interface TaskResult {
  /** The fixed text, when the task fixes (never set when a rule or the parser failed). */
  fixed?: string
  /** The task was to fix, but these rules had more findings than are fixed at once: not fixed. */
  tooManyToFix?: string[]
  file: VFile
  /** What failed on this document; its findings are then incomplete. */
  errors: InternalError[]
}

/**
 * Move the messages that are errors thrown by a rule (unified-lint-rule turns
 * a throw into a message with the error as its `cause` and no position) out of
 * the findings and into `errors`.
 */
export function takeErrors(file: VFile, errors: Map<string, InternalError>): VFile {
  if (!file.messages.some((m) => m.cause !== undefined)) return file
  file.messages = file.messages.filter((m) => {
    if (m.cause === undefined) return true
    const error = {ruleId: m.ruleId ?? null, message: m.reason}
    errors.set(`${error.ruleId}\0${error.message}`, error)
    return false
  })
  return file
}

/** The result of a document that could not be linted at all. */
export function failedResult(task: Task, message: string, ruleId: string | null = null): TaskResult {
  return {file: new VFile({path: task.path, value: task.value, cwd: task.cwd}), errors: [{ruleId, message}]}
}

/** Which rules' fixes `--fix` applies: only rules of these kinds / with these ids when given. */
export function fixAllowed({types, rules}: NonNullable<Task['fix']>): (ruleId: string) => boolean {
  return (ruleId) => (!types || types.includes(registry.get(ruleId)?.category ?? '')) && (!rules || rules.length === 0 || rules.includes(ruleId))
}

/**
 * Findings of one rule that --fix takes on at once. Every lint of a fix keeps
 * all findings up to this many (the fixer must see every finding to tell one
 * its edits created, see fix/fix.ts); a document with more of one rule is not
 * fixed, and said so, rather than fixed on findings that were cut.
 */
export const FIX_MAX_FINDINGS_PER_RULE = 10_000

/** Thrown out of a fix's lint: these rules had more findings than FIX_MAX_FINDINGS_PER_RULE. */
class TooManyToFix extends Error {
  constructor(readonly rules: string[]) {
    super(`more than ${FIX_MAX_FINDINGS_PER_RULE} findings of ${rules.join(', ')}`)
  }
}

/**
 * Lint a document (fixing it first when asked). Whatever a rule or the parser
 * throws stays inside this document: it becomes the result's `errors`, and a
 * document with errors is not fixed.
 */
export function runTask(task: Task, settings: LintSettings = task.settings): TaskResult {
  const errors = new Map<string, InternalError>()
  try {
    let value = task.value
    let fixed: string | undefined
    let tooManyToFix: string[] | undefined
    if (task.fix) {
      const allow = fixAllowed(task.fix)
      // Every rule's voice: the fixer picks the fixes that stand, and tells a finding a fix created from one left unheard.
      const lint = (text: string) => {
        const file = lintFile({path: task.path, value: text, rules: task.rules, settings, everyVoice: true, maxFindingsPerRule: FIX_MAX_FINDINGS_PER_RULE})
        const cut = takeErrors(file, errors).messages.filter((m) => hiddenBy(m) > 0)
        if (cut.length > 0) throw new TooManyToFix([...new Set(cut.map((m) => m.ruleId!))])
        return file.messages.filter((m) => m.ruleId !== 'unused-directive')
      }
      try {
        fixed = fixText(value, lint, allow).text
      } catch (error) {
        if (!(error instanceof TooManyToFix)) throw error
        tooManyToFix = error.rules
      }
      // A failing rule saw only part of the text: its fixes are not to be trusted.
      if (errors.size > 0 || fixed === undefined) fixed = undefined
      else value = fixed
    }
    const file = takeErrors(
      lintFile({path: task.path, value, rules: task.rules, settings, cwd: task.cwd, reportUnusedDirectives: task.reportUnusedDirectives}),
      errors
    )
    if (errors.size > 0) fixed = undefined
    return {fixed, file, errors: [...errors.values()], ...(tooManyToFix ? {tooManyToFix} : {})}
  } catch (error) {
    return failedResult(task, error instanceof Error ? error.message : String(error))
  }
}

export interface SerializedMessage {
  reason: string
  ruleId: string | null
  source: string | null
  fatal: boolean | null
  start: {line: number; column: number; offset?: number} | null
  end: {line: number; column: number; offset?: number} | null
  actual: string | null
  expected: string[] | null
  url: string | null
  suggest: boolean
  segment?: string
  /** A closing message: how many findings of its rule it stands for (see findings-limit.ts). */
  hidden?: number
  /**
   * The marks a rule put on a message whose severity is not settled yet (a
   * section linted in a worker thread, see sectioned-task.ts): lintSync
   * settles it, caps it by them, and `cause` makes it an error of the run.
   */
  unsettled?: {info: boolean; warn: boolean; anywhere: boolean; messageId?: string; cause: boolean}
}

export interface SerializedResult {
  fixed?: string
  tooManyToFix?: string[]
  messages: SerializedMessage[]
  errors: InternalError[]
  /** A bilingual file's segments (id and line), for reports that list every one. */
  segments?: unknown
}

type Marked = Record<symbol, boolean>

export function serializeResult(result: TaskResult): SerializedResult {
  return {
    fixed: result.fixed,
    ...(result.tooManyToFix ? {tooManyToFix: result.tooManyToFix} : {}),
    errors: result.errors,
    segments: result.file.data.bitextSegments,
    messages: result.file.messages.map((m) => serializeMessage(m))
  }
}

/** A message as plain data; `unsettled` keeps the marks lintSync reads before it settles severities. */
export function serializeMessage(m: VFileMessage, unsettled = false): SerializedMessage {
  const place = m.place
  const start = place && 'start' in place ? place.start : (place ?? null)
  const end = place && 'end' in place ? place.end : null
  const marks = m as unknown as Marked
  return {
    reason: m.reason,
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    fatal: m.fatal ?? null,
    start: start ? {line: start.line, column: start.column, offset: start.offset} : null,
    end: end ? {line: end.line, column: end.column, offset: end.offset} : null,
    actual: m.actual ?? null,
    expected: m.expected ?? null,
    url: m.url ?? null,
    suggest: Boolean(marks[SUGGEST_MARK]),
    ...(m.segment === undefined ? {} : {segment: m.segment}),
    ...(hiddenBy(m) > 0 ? {hidden: hiddenBy(m)} : {}),
    ...(unsettled
      ? {
          unsettled: {
            info: Boolean(marks[INFO_MARK]),
            warn: Boolean(marks[WARN_MARK]),
            anywhere: Boolean(marks[ANYWHERE_MARK]),
            messageId: (m as unknown as Record<symbol, string | undefined>)[MESSAGE_ID],
            cause: m.cause !== undefined
          }
        }
      : {})
  }
}

/** Messages rebuilt from plain data as messages of `file` (added to its messages). */
export function deserializeMessages(file: VFile, messages: SerializedMessage[]): VFileMessage[] {
  return withoutStacks(() => {
    const rebuilt: VFileMessage[] = []
    for (const m of messages) {
      const place = m.start && m.end ? {start: m.start, end: m.end} : (m.start ?? undefined)
      const message: VFileMessage = file.message(m.reason, {place, ruleId: m.ruleId ?? undefined, source: m.source ?? undefined})
      message.fatal = m.fatal ?? undefined
      if (m.actual !== null) message.actual = m.actual
      if (m.expected !== null) message.expected = m.expected
      if (m.url !== null) message.url = m.url
      const marks = message as unknown as Marked
      if (m.suggest) marks[SUGGEST_MARK] = true
      if (m.segment !== undefined) message.segment = m.segment
      if (m.hidden !== undefined) markHidden(message, m.hidden)
      if (m.unsettled) {
        // As defineRule leaves them: every mark, true or false, so messages keep one shape.
        marks[INFO_MARK] = m.unsettled.info
        marks[WARN_MARK] = m.unsettled.warn
        marks[SUGGEST_MARK] = m.suggest
        marks[ANYWHERE_MARK] = m.unsettled.anywhere
        if (m.unsettled.messageId !== undefined) (message as unknown as Record<symbol, string>)[MESSAGE_ID] = m.unsettled.messageId
        if (m.unsettled.cause) message.cause = new Error(m.reason)
      }
      rebuilt.push(message)
    }
    return rebuilt
  })
}

export function deserializeResult(task: Task, data: SerializedResult): TaskResult {
  const file = new VFile({path: task.path, value: data.fixed ?? task.value, cwd: task.cwd})
  if (data.segments !== undefined) file.data.bitextSegments = data.segments
  deserializeMessages(file, data.messages)
  return {fixed: data.fixed, file, errors: data.errors ?? [], ...(data.tooManyToFix ? {tooManyToFix: data.tooManyToFix} : {})}
}
