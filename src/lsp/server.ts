// The language server: diagnostics on open and on change (debounced), code
// actions that apply a fix or disable a rule for the file, and a reload when
// a `.linterrc.json` changes. Speaks LSP over stdio (`translint --lsp`).
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult
} from 'vscode-languageserver/node.js'
import {clearConfigCache, configFor, ConfigError, rulesForFile} from '../config/load.ts'
import {lintFile} from '../engine/lint-file.ts'
import * as markup from '../engine/markup.ts'
import {registerMarkup} from '../engine/markup-registry.ts'
import * as bitext from '../bitext/lint.ts'
import {registerBitext} from '../bitext/registry.ts'
import {clearSettingsCache, settingsFor} from '../engine/settings.ts'
import {severityOf} from '../engine/processor.ts'
import {isFix} from '../fix/apply.ts'
import {VERSION} from '../cli/version.ts'
import {disableDirective} from './directives.ts'

// An editor lints Markdown and HTML as well as text: load their support with the server.
registerMarkup(markup)
registerBitext(bitext)

export const DEBOUNCE_MS = 200

interface DiagnosticData {
  expected: string[] | null
  fixable: boolean
}

function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri
}

export function startServer(connection: Connection = createConnection(process.stdin, process.stdout)): Connection {
  const documents = new TextDocuments(TextDocument)
  const timers = new Map<string, NodeJS.Timeout>()
  let canWatch = false

  connection.onInitialize((params): InitializeResult => {
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
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
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: [{globPattern: '**/.linterrc.json'}]})
    }
  })

  async function validate(document: TextDocument): Promise<void> {
    const path = pathOf(document.uri)
    let diagnostics: Diagnostic[] = []
    try {
      const config = await configFor(path)
      const file = lintFile({path, value: document.getText(), rules: rulesForFile(config, path), settings: settingsFor(config)})
      diagnostics = file.messages.map((message) => {
        const place = message.place
        const start = place && 'start' in place ? place.start : place
        const end = place && 'end' in place ? place.end : start
        const severity = severityOf(message)
        const data: DiagnosticData = {expected: message.expected ?? null, fixable: isFix(message)}
        return {
          range: {
            start: {line: (start?.line ?? 1) - 1, character: (start?.column ?? 1) - 1},
            end: {line: (end?.line ?? 1) - 1, character: (end?.column ?? 1) - 1}
          },
          severity: severity === 'error' ? DiagnosticSeverity.Error : severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
          code: message.ruleId ?? undefined,
          codeDescription: message.url ? {href: message.url} : undefined,
          source: 'translint',
          // A bilingual file's findings name their segment, as every report does.
          message: message.segment === undefined ? message.reason : `${message.reason} (segment ${message.segment})`,
          data
        }
      })
    } catch (error) {
      const detail = error instanceof ConfigError ? error.message : `internal error: ${(error as Error).message}`
      connection.window.showErrorMessage(`translint: ${detail}`)
      diagnostics = [
        {
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
          severity: DiagnosticSeverity.Error,
          source: 'translint',
          message: detail
        }
      ]
    }
    await connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics})
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        const current = documents.get(document.uri)
        if (current) void validate(current)
      }, delay)
    )
  }

  function reloadAll(): void {
    clearConfigCache()
    clearSettingsCache()
    for (const document of documents.all()) schedule(document, 0)
  }

  documents.onDidOpen((event) => schedule(event.document, 0))
  documents.onDidChangeContent((event) => {
    if (event.document.uri.endsWith('/.linterrc.json')) reloadAll()
    else schedule(event.document, DEBOUNCE_MS)
  })
  documents.onDidSave((event) => {
    if (event.document.uri.endsWith('/.linterrc.json')) reloadAll()
  })
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri))
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
  })
  connection.onDidChangeWatchedFiles(() => reloadAll())

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const actions: CodeAction[] = []
    const disabled = new Set<string>()
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'translint' || typeof diagnostic.code !== 'string') continue
      const data = diagnostic.data as DiagnosticData | undefined
      const expected = data?.expected ?? []
      expected.forEach((replacement, index) => {
        const fix = data?.fixable && expected.length === 1
        actions.push({
          title: replacement === '' ? `Remove \`${document.getText(diagnostic.range)}\` (${diagnostic.code})` : `Replace with \`${replacement}\` (${diagnostic.code})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix && index === 0,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
        })
      })
      const edit = disabled.has(diagnostic.code) ? undefined : disableDirective(pathOf(document.uri), document.getText(), diagnostic.code)
      if (edit) {
        disabled.add(diagnostic.code)
        actions.push({
          title: `Disable ${diagnostic.code} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: {changes: {[document.uri]: [edit]}}
        })
      }
    }
    return actions
  })

  documents.listen(connection)
  connection.listen()
  return connection
}
