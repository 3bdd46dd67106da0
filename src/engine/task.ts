// One unit of work for the CLI, the library and worker threads alike: lint a
// document, or fix it and lint the result. Tasks and results are plain data so
// they cross a worker boundary.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ruleById} from '../../rules/index.ts'
import {fixText} from '../fix/fix.ts'
import {SUGGEST_MARK} from './define-rule.ts'
import {lintFile} from './lint-file.ts'
import type {LintSettings, RuleSettings} from './types.ts'

export interface Task {
  /** Path shown in reports. */
  path: string
  value: string
  rules: RuleSettings
  settings: Pick<LintSettings, 'extraOrganizations' | 'words' | 'glossary'>
  cwd?: string
  reportUnusedDirectives?: boolean
  /** Fix before linting; only rules of these kinds / with these ids when given. */
  fix?: {types?: string[]; rules?: string[]}
}

export interface TaskResult {
  /** The fixed text, when the task fixes. */
  fixed?: string
  file: VFile
}

export function runTask(task: Task, settings: LintSettings = task.settings): TaskResult {
  let value = task.value
  let fixed: string | undefined
  if (task.fix) {
    const {types, rules} = task.fix
    const allow = (ruleId: string) =>
      (!types || types.includes(ruleById.get(ruleId)?.category ?? '')) && (!rules || rules.length === 0 || rules.includes(ruleId))
    const lint = (text: string) =>
      lintFile({path: task.path, value: text, rules: task.rules, settings}).messages.filter((m) => m.ruleId !== 'unused-directive')
    fixed = fixText(value, lint, allow).text
    value = fixed
  }
  const file = lintFile({path: task.path, value, rules: task.rules, settings, cwd: task.cwd, reportUnusedDirectives: task.reportUnusedDirectives})
  return {fixed, file}
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
}

export interface SerializedResult {
  fixed?: string
  messages: SerializedMessage[]
}

type Marked = Record<symbol, boolean>

export function serializeResult(result: TaskResult): SerializedResult {
  return {
    fixed: result.fixed,
    messages: result.file.messages.map((m) => {
      const place = m.place
      const start = place && 'start' in place ? place.start : (place ?? null)
      const end = place && 'end' in place ? place.end : null
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
        suggest: Boolean((m as unknown as Marked)[SUGGEST_MARK]),
        ...(m.segment === undefined ? {} : {segment: m.segment})
      }
    })
  }
}

export function deserializeResult(task: Task, data: SerializedResult): TaskResult {
  const file = new VFile({path: task.path, value: data.fixed ?? task.value, cwd: task.cwd})
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const m of data.messages) {
      const place = m.start && m.end ? {start: m.start, end: m.end} : (m.start ?? undefined)
      const message: VFileMessage = file.message(m.reason, {place, ruleId: m.ruleId ?? undefined, source: m.source ?? undefined})
      message.fatal = m.fatal ?? undefined
      if (m.actual !== null) message.actual = m.actual
      if (m.expected !== null) message.expected = m.expected
      if (m.url !== null) message.url = m.url
      if (m.suggest) (message as unknown as Marked)[SUGGEST_MARK] = true
      if (m.segment !== undefined) message.segment = m.segment
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  return {fixed: data.fixed, file}
}
