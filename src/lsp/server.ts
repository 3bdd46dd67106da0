// The language server: diagnostics on open and on change (debounced), code
// actions that apply a fix or disable a rule for the file, and a reload when
// a `.linterrc.json` changes. Speaks LSP over stdio (`translint --lsp`).
//
// It is built to outlast its input: the byte stream is checked before the
// JSON-RPC reader sees it (framing.ts), notifications are checked before they
// change a document (documents.ts), any URI is accepted (uri.ts), documents
// are linted one at a time on a worker thread within a size and a time budget
// (lint-worker.ts), so requests are answered meanwhile, and no error in a
// handler ends the process.
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type Message,
  type MessageReader
} from 'vscode-languageserver/node.js'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {clearConfigCache, configFor, ConfigError, emptyConfig, rulesForFile} from '../config/load.ts'
import * as markup from '../engine/markup.ts'
import {registerMarkup} from '../engine/markup-registry.ts'
import * as bitext from '../bitext/lint.ts'
import {registerBitext} from '../bitext/registry.ts'
import {clearSettingsCache, settingsFor} from '../engine/settings.ts'
import type {SerializedMessage} from '../engine/task.ts'
import {VERSION} from '../cli/version.ts'
import '../builtin.ts'
import {registry} from '../engine/registry.ts'
import {disableDirective} from './directives.ts'
import {DocumentStore, documentUri} from './documents.ts'
import {FramingGuard} from './framing.ts'
import {BudgetExceeded, LintWorker} from './lint-worker.ts'
import {placeOf} from './uri.ts'
import {fillTemplate} from '../engine/define-rule.ts'
import {DEFAULT_LOCALE, isLocale, localeFromEnvironment, type Locale, type Localized} from '../engine/locale.ts'
import {setTextLocale} from '../cli/texts.ts'
import {TEXTS} from '../reporters/stylish.ts'

// An editor lints Markdown and HTML as well as text: load their support with the server.
registerMarkup(markup)
registerBitext(bitext)

export const DEBOUNCE_MS = 200
/**
 * Documents longer than this (in UTF-16 code units, what editors count) are
 * linted up to the last line break before it, with a notice saying so: about
 * a fifth of a second of linting.
 */
export const MAX_LINTED_CHARACTERS = 1_000_000
/** A lint that takes longer than this is stopped, and a notice says so. */
export const LINT_BUDGET_MS = 10_000

/** Limits a client may lower or raise with `initializationOptions`. */
interface Limits {
  maxCharacters: number
  budgetMs: number
}

interface DiagnosticData {
  expected: string[] | null
  fixable: boolean
  /** The language the diagnostic was worded in: its quick fixes are named in it too. */
  locale?: Locale
}

// The names of the quick fixes, in each language.
const ACTION_TEXT = {
  remove: {en: 'Remove `{text}` ({rule})', ar: 'احذف `{text}` ({rule})'},
  replace: {en: 'Replace with `{value}` ({rule})', ar: 'استبدل به `{value}` ({rule})'},
  disable: {en: 'Disable {rule} for this file', ar: 'عطّل القاعدة `{rule}` في هذا الملف'}
} satisfies Record<string, Localized>

function actionTitle(id: keyof typeof ACTION_TEXT, locale: unknown, data: Record<string, string>): string {
  const chosen = isLocale(locale) ? locale : DEFAULT_LOCALE
  return fillTemplate(ACTION_TEXT[id][chosen], data, chosen)
}

/** Set by `shutdown`: the exit code when the client then closes the input is 0, as the protocol asks. */
let shutDown = false

/**
 * The `processId` of an `initialize` request is the client's: vscode-languageserver
 * exits when that process is gone. A value that names no live process (a
 * negative or fractional number, a process that does not exist) would end the
 * server a few seconds later: it is dropped, and the server runs until its
 * input ends.
 */
function checkedInitialize(message: Message): Message {
  const request = message as {method?: unknown; params?: {processId?: unknown}}
  if (request.method !== 'initialize' || typeof request.params !== 'object' || request.params === null) return message
  const pid = request.params.processId
  if (pid === null || pid === undefined) return message
  let alive = false
  if (typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0)
      alive = true
    } catch (error) {
      // EPERM: the process exists and belongs to someone else.
      alive = (error as NodeJS.ErrnoException).code === 'EPERM'
    }
  }
  return alive ? message : ({...message, params: {...request.params, processId: null}} as Message)
}

/** The server's connection over stdio: standard input well framed (framing.ts), `initialize` checked. */
function stdioConnection(): Connection {
  const input = process.stdin.pipe(new FramingGuard())
  const stream = new StreamMessageReader(input)
  const reader: MessageReader = {
    onError: stream.onError,
    onClose: stream.onClose,
    onPartialMessage: stream.onPartialMessage,
    listen: (callback) => stream.listen((message) => callback(checkedInitialize(message))),
    dispose: () => stream.dispose()
  }
  // As vscode-languageserver does for a stream: the client closing the input ends the server.
  const end = () => process.exit(shutDown ? 0 : 1)
  input.on('end', end)
  process.stdin.on('close', end)
  return createConnection(reader, new StreamMessageWriter(process.stdout))
}

function positiveNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback
}

/** Whether a finding carries a fix (as `isFix` in fix/apply.ts): a fixable rule, one expected value, not a suggestion. */
function isFixMessage(message: SerializedMessage): boolean {
  const fixable = message.ruleId !== null && registry.get(message.ruleId)?.fixable === true
  return fixable && message.expected !== null && message.expected.length === 1 && !message.suggest
}

function toDiagnostic(message: SerializedMessage, locale: Locale): Diagnostic {
  const start = message.start
  const end = message.end ?? start
  const data: DiagnosticData = {expected: message.expected, fixable: isFixMessage(message), locale}
  return {
    range: {
      start: {line: Math.max(0, (start?.line ?? 1) - 1), character: Math.max(0, (start?.column ?? 1) - 1)},
      end: {line: Math.max(0, (end?.line ?? 1) - 1), character: Math.max(0, (end?.column ?? 1) - 1)}
    },
    severity: message.fatal === true ? DiagnosticSeverity.Error : message.fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    code: message.ruleId ?? undefined,
    codeDescription: message.url ? {href: message.url} : undefined,
    source: 'translint',
    // A bilingual file's findings name their segment, as every report does.
    message: message.segment === undefined ? message.reason : `${message.reason} ${TEXTS[locale].segment(message.segment)}`,
    data
  }
}

/** A diagnostic about the lint itself (not a finding), at a line of the document. */
function notice(message: string, line: number, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  const start = {line, character: 0}
  return {range: {start, end: start}, severity, source: 'translint', message}
}

/** The part of a document that is linted: all of it, or up to the last line break before the limit. */
function lintedPart(text: string, limit: number): string {
  if (text.length <= limit) return text
  const lastBreak = text.lastIndexOf('\n', limit - 1)
  let end = lastBreak > 0 ? lastBreak + 1 : limit
  // Never between the halves of a surrogate pair.
  if (end === limit && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--
  return text.slice(0, end)
}

function megabytes(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} million characters`
}

export function startServer(connection: Connection = stdioConnection()): Connection {
  // Its own texts (configuration errors) in the language of the environment, as the command line's.
  setTextLocale(localeFromEnvironment())
  const log = (text: string) => {
    try {
      connection.console.warn(`translint: ${text}`)
    } catch {
      process.stderr.write(`translint: ${text}\n`)
    }
  }
  // A long-running server outlives a bug in one handler: the error goes to
  // the log, and the server goes on with the next message.
  process.on('uncaughtException', (error) => log(`internal error: ${error?.stack ?? String(error)}`))
  process.on('unhandledRejection', (error) => log(`internal error: ${(error as Error)?.stack ?? String(error)}`))

  const documents = new DocumentStore(log)
  const worker = new LintWorker()
  const timers = new Map<string, NodeJS.Timeout>()
  /** Documents waiting for a lint, in order; one is linted at a time. */
  const waiting = new Set<string>()
  let linting = false
  let canWatch = false
  let limits: Limits = {maxCharacters: MAX_LINTED_CHARACTERS, budgetMs: LINT_BUDGET_MS}

  connection.onInitialize((params): InitializeResult => {
    canWatch = Boolean(params?.capabilities?.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    const options = (params?.initializationOptions ?? {}) as Record<string, unknown>
    limits = {
      maxCharacters: positiveNumber(options.maxCharacters, MAX_LINTED_CHARACTERS),
      budgetMs: positiveNumber(options.lintBudgetMs, LINT_BUDGET_MS)
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]}
      },
      serverInfo: {name: 'translint', version: VERSION}
    }
  })

  connection.onInitialized(() => {
    if (canWatch) {
      connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: '**/.linterrc.json'}]}).catch((error) => log(`cannot watch configs: ${error}`))
    }
  })

  /** Lint one document as it is now and publish what was found. */
  async function validate(document: TextDocument): Promise<void> {
    const version = document.version
    const text = document.getText()
    const place = placeOf(document.uri, document.languageId)
    const part = lintedPart(text, limits.maxCharacters)
    let diagnostics: Diagnostic[]
    try {
      const config = place.path === undefined ? emptyConfig() : await configFor(place.path)
      const settings = settingsFor(config)
      const result = await worker.lint(
        {
          path: place.name,
          value: part,
          rules: rulesForFile(config, place.path ?? place.name),
          settings: {extraOrganizations: settings.extraOrganizations, words: settings.words, locale: settings.locale},
          plugins: config.plugins.map(({file, specifier}) => ({file, specifier}))
        },
        limits.budgetMs
      )
      diagnostics = result.messages.map((message) => toDiagnostic(message, settings.locale ?? DEFAULT_LOCALE))
      if (part.length < text.length) {
        const lines = part.split('\n').length - (part.endsWith('\n') ? 1 : 0)
        diagnostics.push(
          notice(
            `translint: this document has ${megabytes(text.length)}; only its first ${lines} lines (${megabytes(part.length)}) are linted`,
            lines
          )
        )
      }
    } catch (error) {
      const detail =
        error instanceof ConfigError || error instanceof BudgetExceeded ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`
      if (!(error instanceof BudgetExceeded)) connection.window.showErrorMessage(`translint: ${detail}`)
      diagnostics = [notice(`translint: ${detail}`, 0, error instanceof BudgetExceeded ? DiagnosticSeverity.Information : DiagnosticSeverity.Error)]
    }
    // A document closed or changed meanwhile: its next lint (if any) publishes.
    const current = documents.get(document.uri)
    if (current !== document || current.version !== version) return
    await connection.sendDiagnostics({uri: document.uri, version, diagnostics})
  }

  /** Lint the waiting documents one after the other. */
  async function lintWaiting(): Promise<void> {
    if (linting) return
    linting = true
    try {
      for (const uri of waiting) {
        waiting.delete(uri)
        const document = documents.get(uri)
        if (!document) continue
        try {
          await validate(document)
        } catch (error) {
          log(`cannot publish diagnostics for ${uri}: ${(error as Error)?.message ?? String(error)}`)
        }
      }
    } finally {
      linting = false
    }
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri))
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri)
        // Linted again at its turn if it is waiting already.
        waiting.delete(uri)
        waiting.add(uri)
        void lintWaiting()
      }, delay)
    )
  }

  function reloadAll(): void {
    clearConfigCache()
    clearSettingsCache()
    for (const document of documents.all()) schedule(document.uri, 0)
  }

  const isConfig = (uri: string) => uri.endsWith('/.linterrc.json')

  connection.onDidOpenTextDocument((params) => {
    const document = documents.open(params)
    if (document) schedule(document.uri, 0)
  })
  connection.onDidChangeTextDocument((params) => {
    const document = documents.change(params)
    if (!document) return
    if (isConfig(document.uri)) reloadAll()
    else schedule(document.uri, DEBOUNCE_MS)
  })
  connection.onDidSaveTextDocument((params) => {
    const uri = documentUri(params)
    if (uri !== undefined && isConfig(uri)) reloadAll()
  })
  connection.onDidCloseTextDocument((params) => {
    const document = documents.close(params)
    if (!document) return
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    waiting.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []}).catch((error) => log(`cannot clear diagnostics: ${error}`))
  })
  connection.onDidChangeWatchedFiles(() => reloadAll())

  connection.onCodeAction((params) => {
    const uri = documentUri(params)
    const document = uri === undefined ? undefined : documents.get(uri)
    const diagnostics = (params as {context?: {diagnostics?: unknown}})?.context?.diagnostics
    if (!document || !Array.isArray(diagnostics)) return []
    const actions: CodeAction[] = []
    const disabled = new Set<string>()
    for (const diagnostic of diagnostics as Diagnostic[]) {
      if (typeof diagnostic !== 'object' || diagnostic === null) continue
      if (diagnostic.source !== 'translint' || typeof diagnostic.code !== 'string' || !isRange(diagnostic.range)) continue
      const data = diagnostic.data as DiagnosticData | undefined
      const expected = Array.isArray(data?.expected) ? data.expected.filter((value): value is string => typeof value === 'string') : []
      expected.forEach((replacement, index) => {
        const fix = data?.fixable === true && expected.length === 1
        actions.push({
          title:
            replacement === ''
              ? actionTitle('remove', data?.locale, {text: document.getText(diagnostic.range), rule: String(diagnostic.code)})
              : actionTitle('replace', data?.locale, {value: replacement, rule: String(diagnostic.code)}),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix && index === 0,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
        })
      })
      const edit = disabled.has(diagnostic.code) ? undefined : disableDirective(placeOf(document.uri, document.languageId).name, document.getText(), diagnostic.code)
      if (edit) {
        disabled.add(diagnostic.code)
        actions.push({
          title: actionTitle('disable', data?.locale, {rule: String(diagnostic.code)}),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {changes: {[document.uri]: [edit]}}
        })
      }
    }
    return actions
  })

  connection.onShutdown(() => {
    shutDown = true
    worker.stop()
  })
  connection.listen()
  return connection
}

function isPoint(value: unknown): boolean {
  const point = value as {line?: unknown; character?: unknown} | null
  return typeof point === 'object' && point !== null && Number.isSafeInteger(point.line) && Number.isSafeInteger(point.character)
}

function isRange(value: unknown): value is Diagnostic['range'] {
  const range = value as {start?: unknown; end?: unknown} | null
  return typeof range === 'object' && range !== null && isPoint(range.start) && isPoint(range.end)
}
