// The documents the editor has open, kept in step with its open, change and
// close notifications. Every notification is checked first: one without a
// URI, with a text that is not a string, a version that is not a number or a
// range that is not one is ignored (and said in the log), never applied, so a
// broken or hostile client cannot make the server throw or corrupt a document.
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {TextDocumentContentChangeEvent} from 'vscode-languageserver-textdocument'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isUri(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 8192
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

function isPosition(value: unknown): boolean {
  return isObject(value) && isCount(value.line) && isCount(value.character)
}

function isChange(value: unknown): value is TextDocumentContentChangeEvent {
  if (!isObject(value) || typeof value.text !== 'string') return false
  if (value.range === undefined) return true
  return isObject(value.range) && isPosition(value.range.start) && isPosition(value.range.end)
}

/** The `textDocument.uri` of a notification's parameters, when it has a usable one. */
export function documentUri(params: unknown): string | undefined {
  if (!isObject(params) || !isObject(params.textDocument)) return undefined
  const uri = params.textDocument.uri
  return isUri(uri) ? uri : undefined
}

export class DocumentStore {
  private readonly documents = new Map<string, TextDocument>()

  constructor(private readonly log: (problem: string) => void) {}

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri)
  }

  all(): TextDocument[] {
    return [...this.documents.values()]
  }

  /** `textDocument/didOpen`: the opened document, or undefined when the notification was ignored. */
  open(params: unknown): TextDocument | undefined {
    const item = isObject(params) ? params.textDocument : undefined
    if (!isObject(item) || !isUri(item.uri) || typeof item.text !== 'string') {
      this.log('textDocument/didOpen ignored: it needs a textDocument with a uri and a text')
      return undefined
    }
    const languageId = typeof item.languageId === 'string' ? item.languageId : ''
    const version = isVersion(item.version) ? item.version : 0
    const document = TextDocument.create(item.uri, languageId, version, item.text)
    this.documents.set(item.uri, document)
    return document
  }

  /** `textDocument/didChange`: the changed document, or undefined when there was nothing to change. */
  change(params: unknown): TextDocument | undefined {
    const uri = documentUri(params)
    const changes = isObject(params) ? params.contentChanges : undefined
    const version = isObject(params) && isObject(params.textDocument) ? params.textDocument.version : undefined
    if (!uri || !Array.isArray(changes) || !changes.every(isChange) || !isVersion(version)) {
      this.log('textDocument/didChange ignored: it needs a textDocument with a uri and a version, and a list of changes with a text and a valid range')
      return undefined
    }
    const document = this.documents.get(uri)
    if (!document || changes.length === 0) return undefined
    TextDocument.update(document, changes, version)
    return document
  }

  /** `textDocument/didClose`: the closed document, if it was open. */
  close(params: unknown): TextDocument | undefined {
    const uri = documentUri(params)
    const document = uri === undefined ? undefined : this.documents.get(uri)
    if (uri !== undefined) this.documents.delete(uri)
    return document
  }
}
