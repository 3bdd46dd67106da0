// The language server against a broken or hostile client: malformed framing,
// notifications without what they need, URIs no file system can open, huge
// documents, and a stream of random JSON-RPC. After each, it must still
// answer and lint.
import {spawn, type ChildProcess} from 'node:child_process'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {StreamMessageReader} from 'vscode-jsonrpc/node.js'
import type {Diagnostic, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'

const root = new URL('..', import.meta.url).pathname
let server: ChildProcess | undefined

afterEach(() => {
  server?.kill()
  server = undefined
})

interface Reply {
  id?: number | string | null
  result?: unknown
  error?: {code: number; message: string}
  method?: string
  params?: unknown
}

/** A server process driven with raw bytes, and every message it sends back. */
function start() {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/run.ts'), '--lsp'], {cwd: root, stdio: ['pipe', 'pipe', 'pipe']})
  server = child
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  // A client gone mid-write is not what these tests look at.
  child.stdin!.on('error', () => {})
  const received: Reply[] = []
  const waiters: (() => void)[] = []
  new StreamMessageReader(child.stdout!).listen((message) => {
    received.push(message as Reply)
    for (const waiter of waiters.splice(0)) waiter()
  })
  let exited: number | null | undefined
  child.on('exit', (code) => (exited = code))
  const raw = (bytes: string | Buffer) => child.stdin!.write(bytes)
  const send = (message: unknown) => {
    const body = Buffer.from(JSON.stringify(message), 'utf8')
    raw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]))
  }
  async function until<T>(find: () => T | undefined, what: string, ms = 20000): Promise<T> {
    const deadline = Date.now() + ms
    for (;;) {
      const found = find()
      if (found !== undefined) return found
      if (exited !== undefined) throw new Error(`the server exited (${exited}) waiting for ${what}; stderr: ${stderr.slice(-2000)}`)
      if (Date.now() > deadline) throw new Error(`no ${what}; stderr: ${stderr.slice(-2000)}`)
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 200)
      })
    }
  }
  let nextId = 1000
  const request = async (method: string, params: unknown, ms?: number): Promise<Reply> => {
    const id = nextId++
    send({jsonrpc: '2.0', id, method, params})
    return until(() => received.find((m) => m.id === id), `a reply to ${method}`, ms)
  }
  const diagnostics = (uri: string, test: (d: Diagnostic[]) => boolean = () => true, ms?: number) =>
    until(
      () =>
        received.find(
          (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === uri && test((m.params as PublishDiagnosticsParams).diagnostics)
        )?.params as PublishDiagnosticsParams | undefined,
      `diagnostics for ${uri}`,
      ms
    )
  const initialize = (initializationOptions?: unknown) =>
    request('initialize', {processId: null, rootUri: null, capabilities: {}, initializationOptions}).then((reply) => {
      send({jsonrpc: '2.0', method: 'initialized', params: {}})
      return reply
    })
  const open = (uri: string, text: string, languageId = 'plaintext') =>
    send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri, languageId, version: 1, text}}})
  return {raw, send, request, diagnostics, initialize, open, received, stderr: () => stderr, exited: () => exited}
}

// A finding of the default preset (a doubled word), to see that a document was linted.
const FINDING = 'شاركت الأمانة العامة في في المؤتمر.\n'
const hasFinding = (d: Diagnostic[]) => d.some((x) => x.code === 'duplicated-phrase')

describe('language server hardening', () => {
  it('didOpen without a uri is ignored, and the server goes on', async () => {
    const lsp = start()
    expect((await lsp.initialize()).result).toBeTruthy()
    lsp.send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {languageId: 'plaintext', version: 1, text: FINDING}}})
    lsp.send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {}})
    lsp.send({jsonrpc: '2.0', method: 'textDocument/didChange', params: {textDocument: {uri: 'file:///x.txt'}, contentChanges: [{range: {start: {line: -1}}, text: 1}]}})
    lsp.open('file:///tmp/after.txt', FINDING)
    await lsp.diagnostics('file:///tmp/after.txt', hasFinding)
    expect(lsp.exited()).toBeUndefined()
  }, 60000)

  it('file URIs with a host or an encoded slash, and other schemes, are linted without a config lookup', async () => {
    const lsp = start()
    await lsp.initialize()
    const uris = ['file://host/share/x.txt', 'file:///tmp/a%2Fb.txt', 'untitled:Untitled-1', 'vscode-notebook-cell:/x.ipynb#cell1', 'not a uri at all']
    for (const uri of uris) lsp.open(uri, FINDING)
    for (const uri of uris) {
      const params = await lsp.diagnostics(uri, hasFinding)
      expect(params.diagnostics.find((d) => d.code === 'duplicated-phrase')!.range.start).toEqual({line: 0, character: 21})
    }
    // An untitled Markdown buffer is read as Markdown: code is not prose.
    lsp.open('untitled:Untitled-2', 'شاركت الأمانة `في في` الكود.\n', 'markdown')
    expect((await lsp.diagnostics('untitled:Untitled-2')).diagnostics.filter((d) => d.code === 'duplicated-phrase')).toEqual([])
    expect(lsp.exited()).toBeUndefined()
  }, 60000)

  it('Content-Length: -5 and other broken framing do not wedge the reader', async () => {
    const lsp = start()
    await lsp.initialize()
    lsp.raw('Content-Length: -5\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}')
    lsp.raw('Content-Length: abc\r\n\r\n')
    lsp.raw('no headers at all\r\n\r\n')
    lsp.raw('Content-Type: application/json\r\n\r\n{}')
    lsp.raw('Content-Length: 3\r\nContent-Length: 4\r\n\r\n{}{}')
    lsp.raw('Content-Length: 9\r\n\r\nnot json!')
    lsp.raw('Content-Length: 99999999999\r\n\r\n{}')
    // The oversized message is skipped once its bytes have come; a new connection shows the rest.
    const second = start()
    await second.initialize()
    second.raw('Content-Length: -5\r\n\r\n{"x":1}')
    second.raw('Content-Length: 12\r\n\r\n{"broken": ')
    second.raw(`${'x'.repeat(20000)}\r\n\r\n`)
    const reply = await second.request('shutdown', null)
    expect(reply.error).toBeUndefined()
    expect(second.stderr()).toMatch(/malformed message header skipped: Content-Length is not a whole number of bytes/)
    expect(lsp.exited()).toBeUndefined()
  }, 60000)

  it('a large document is linted in part with a notice, and requests are answered while it is linted', async () => {
    const lsp = start()
    // The default limit (a million characters): the lint of this document still takes a while.
    await lsp.initialize({lintBudgetMs: 150_000})
    const line = 'وقال المتحدث إن الاجتماع انتهى دون اتفاق على الخطوات المقبلة في المنطقة.\n'
    const big = line.repeat(Math.ceil(1_500_000 / line.length))
    lsp.open('file:///tmp/big.txt', big)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const answered = await lsp.request('textDocument/codeAction', {textDocument: {uri: 'file:///tmp/other.txt'}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})
    expect(answered.result).toEqual([])
    // The request came back before the big document's diagnostics.
    expect(lsp.received.some((m) => m.method === 'textDocument/publishDiagnostics')).toBe(false)
    const published = await lsp.diagnostics('file:///tmp/big.txt', () => true, 120000)
    const notices = published.diagnostics.filter((d) => !d.code)
    expect(notices.map((d) => d.message)).toEqual([expect.stringMatching(/^translint: this document has 1\.5 million characters; only its first \d+ lines \(1\.0 million characters\) are linted$/)])
    const notice = notices[0]!
    expect(notice.severity).toBe(3)
  }, 180000)

  it('a lint past its time budget is stopped with a notice, and the next document is linted', async () => {
    const lsp = start()
    await lsp.initialize({lintBudgetMs: 1})
    lsp.open('file:///tmp/slow.txt', FINDING.repeat(2000))
    const stopped = await lsp.diagnostics('file:///tmp/slow.txt')
    expect(stopped.diagnostics).toEqual([expect.objectContaining({message: 'translint: linting took longer than 0.001 s and was stopped', severity: 3})])
    // With a budget again (a new initialize), a small document is linted by a fresh worker.
    await lsp.initialize({lintBudgetMs: 60000})
    lsp.open('file:///tmp/small.txt', FINDING)
    await lsp.diagnostics('file:///tmp/small.txt', hasFinding)
  }, 60000)

  it('survives random and malformed JSON-RPC and still answers initialize and lints', async () => {
    const lsp = start()
    await lsp.initialize()
    const methods = [
      'initialize', 'initialized', 'shutdown', 'textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave',
      'textDocument/codeAction', 'workspace/didChangeWatchedFiles', '$/cancelRequest', '$/setTrace', 'textDocument/hover', 'no/such/method', ''
    ]
    const uri = fc.oneof(fc.constantFrom('file:///tmp/f.txt', 'file:///tmp/f.md', 'file://host/x.txt', 'file:///a%2Fb', 'untitled:1', '', '%%%'), fc.string(), fc.constant(undefined))
    const position = fc.record({line: fc.oneof(fc.integer({min: -3, max: 5}), fc.double(), fc.string()), character: fc.oneof(fc.integer({min: -3, max: 50}), fc.constant(null))})
    const params = fc.oneof(
      fc.record({textDocument: fc.record({uri, languageId: fc.constantFrom('plaintext', 'markdown', 'html', 7), version: fc.oneof(fc.integer(), fc.string()), text: fc.oneof(fc.string(), fc.constant(FINDING), fc.integer())})}, {requiredKeys: []}),
      fc.record({textDocument: fc.record({uri, version: fc.integer()}), contentChanges: fc.array(fc.record({range: fc.record({start: position, end: position}), text: fc.oneof(fc.string(), fc.constant(null))}, {requiredKeys: ['text']}))}, {requiredKeys: []}),
      fc.record({textDocument: fc.record({uri}), range: fc.anything(), context: fc.record({diagnostics: fc.array(fc.anything())})}, {requiredKeys: []}),
      fc.record({processId: fc.constant(null), capabilities: fc.anything(), initializationOptions: fc.anything()}, {requiredKeys: []}),
      fc.anything()
    )
    const message = fc.oneof(
      fc.record({jsonrpc: fc.constantFrom('2.0', '1.0', 2), id: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.anything()), method: fc.oneof(fc.constantFrom(...methods), fc.anything()), params}, {requiredKeys: []}),
      fc.anything()
    )
    // The raw stream: framed messages, some with bodies that are not JSON, and some broken frames.
    const frame = fc.oneof(
      {weight: 6, arbitrary: message.map((m) => JSON.stringify(m) ?? 'undefined')},
      {weight: 1, arbitrary: fc.string({unit: 'binary'})},
      {weight: 1, arbitrary: fc.constantFrom('{', '[1,2', '\u0000', '"\\ud800"', 'null', '[]', '{"jsonrpc":"2.0","id":{},"method":"initialize"}')}
    )
    const broken = fc.constantFrom('Content-Length: -5\r\n\r\n', 'Content-Length: x\r\n\r\n', '\r\n\r\n', 'Content-Length: 1e3\r\n\r\n', 'garbage without end')
    let sent = 0
    fc.assert(
      fc.property(fc.array(fc.oneof({weight: 8, arbitrary: frame.map((body) => ({body}))}, {weight: 1, arbitrary: broken.map((bytes) => ({bytes}))}), {minLength: 1, maxLength: 20}), (batch) => {
        for (const item of batch) {
          if ('bytes' in item) lsp.raw(item.bytes)
          else {
            // Never `exit`: a client may end the server, that is not a crash.
            if (item.body.includes('"exit"')) continue
            const body = Buffer.from(item.body, 'utf8')
            lsp.raw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]))
            sent++
          }
        }
      }),
      {seed: 20261207, numRuns: 150}
    )
    expect(sent).toBeGreaterThan(500)
    // A broken frame may have left a partial header: a blank message resynchronises.
    lsp.raw('\r\n\r\n')
    const reply = await lsp.initialize()
    expect(reply.result).toMatchObject({serverInfo: {name: 'translint'}})
    lsp.open('file:///tmp/final.txt', FINDING)
    await lsp.diagnostics('file:///tmp/final.txt', hasFinding)
    expect(lsp.exited()).toBeUndefined()
  }, 120000)
})
