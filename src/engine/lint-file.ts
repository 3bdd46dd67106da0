// Lint one document as the CLI and the language server see it: the format
// follows the file's extension, and a plain-text file may open with
// `# translint-disable-file [rule-id ...]` to turn rules off for the file.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatOf} from './format.ts'
import {oneVoice} from './one-voice.ts'
import {lintSync, type LintOptions} from './processor.ts'
import type {LintSettings, RuleSettings} from './types.ts'
import {directiveText} from './directive-texts.ts'

export interface FileInput {
  /** Path shown in reports (relative or absolute). */
  path: string
  value: string
  rules: RuleSettings
  settings: LintSettings
  cwd?: string
  /** Report directives that disabled nothing. */
  reportUnusedDirectives?: boolean
  /** Keep every rule's message where rules advise differently on the same words (see one-voice.ts). */
  everyVoice?: boolean
  /** Findings of one rule kept (see findings-limit.ts). */
  maxFindingsPerRule?: number
}

export const DIRECTIVE_SOURCE = 'translint'
const FILE_DIRECTIVE = /^#[ \t]*translint-disable-file\b[ \t]*([^\r\n]*)/

function startLine(message: VFileMessage): number {
  const place = message.place
  return (place && 'start' in place ? place.start.line : place?.line) ?? 0
}

export function lintFile(input: FileInput): VFile {
  const {file, options, after} = planFile(input)
  return after(lintSync(file, options))
}

/**
 * What lintFile does, in three parts: the file to lint, the options to lint
 * it with (as lintSync takes them), and what is done to the linted file (the
 * file-level directive applied). The pool lints a long plain-text file's
 * sections in two threads between the two (see sectioned-task.ts).
 */
export function planFile(input: FileInput): {file: VFile; options: LintOptions; after: (file: VFile) => VFile} {
  const file = new VFile({path: input.path, value: input.value, cwd: input.cwd})
  const format = formatOf(input.path)
  const directive = format === 'text' ? FILE_DIRECTIVE.exec(input.value) : null
  // The rules it turns off still run (for unused-directive reports); a rule
  // that leaves facts for others (org-name-consistency's names) reads this and leaves none.
  if (directive) file.data.disabledRules = directiveNames(directive)
  // A rule the file turns off must not silence another rule's message: the
  // directive applies first, then one voice per span.
  const options: LintOptions = {
    rules: input.rules,
    settings: input.settings,
    format,
    reportUnusedDirectives: input.reportUnusedDirectives,
    everyVoice: Boolean(directive) || input.everyVoice,
    maxFindingsPerRule: input.maxFindingsPerRule
  }
  const after = (linted: VFile): VFile => {
    if (!directive) return linted
    applyFileDirective(linted, directive, Boolean(input.reportUnusedDirectives))
    if (!input.everyVoice) linted.messages = oneVoice(linted.messages, input.value).kept
    return linted
  }
  return {file, options, after}
}

/** The rules a directive names; none names every rule. */
function directiveNames(directive: RegExpExecArray): string[] {
  return directive[1].split(/[\s,]+/).filter(Boolean)
}

function applyFileDirective(file: VFile, directive: RegExpExecArray, reportUnused: boolean): void {
  const names = directiveNames(directive)
  const used = new Set<string>()
  file.messages = file.messages.filter((message) => {
    // The directive line is not prose.
    if (startLine(message) === 1) return false
    const id = message.ruleId ?? ''
    if (names.length === 0 || names.includes(id)) {
      used.add(id)
      return false
    }
    return true
  })
  if (!reportUnused) return
  const unused = names.length === 0 ? (used.size === 0 ? ['all rules'] : []) : names.filter((name) => !used.has(name))
  for (const name of unused) {
    const start = directive[0].indexOf(name === 'all rules' ? 'translint-disable-file' : name)
    const message = file.message(directiveText(file, 'unusedFileDirective', {name: name === 'all rules' ? {en: name, ar: 'كل القواعد'} : name}), {
      place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + 1 + (name === 'all rules' ? 22 : name.length), offset: start + (name === 'all rules' ? 22 : name.length)}},
      ruleId: 'unused-directive',
      source: DIRECTIVE_SOURCE
    })
    message.fatal = true
  }
}
