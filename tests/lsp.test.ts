// The language server as a separate process, driven by a real LSP client over stdio.
import {spawn, type ChildProcess} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit
} from 'vscode-languageserver-protocol/node.js'
import {StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node.js'
import {fixture} from './cli-helpers.ts'

const root = new URL('..', import.meta.url).pathname
let server: ChildProcess | undefined

afterEach(() => {
  server?.kill()
  server = undefined
})

function start(env: NodeJS.ProcessEnv = process.env) {
  // The server finds configs from document paths; it runs from the project so `--import tsx` resolves.
  server = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/run.ts'), '--lsp'], {cwd: root, stdio: ['pipe', 'pipe', 'inherit'], env})
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!))
  const published: PublishDiagnosticsParams[] = []
  const waiters: (() => void)[] = []
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of waiters.splice(0)) waiter()
  })
  connection.onRequest(RegistrationRequest.type, () => undefined)
  connection.listen()
  /** The next diagnostics published for `uri` that satisfy `test`. */
  async function diagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const deadline = Date.now() + 15000
    for (;;) {
      const found = published.find((p) => p.uri === uri && test(p.diagnostics))
      if (found) {
        published.splice(0, published.indexOf(found) + 1)
        return found.diagnostics
      }
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}`)
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 500)
      })
    }
  }
  return {connection, diagnostics}
}

function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n')
  const offset = (p: {line: number; character: number}) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character
  return text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end))
}

async function initialize(connection: ProtocolConnection, dir: string) {
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}},
    workspaceFolders: null
  })
  await connection.sendNotification(InitializedNotification.type, {})
  return result
}

describe('translint --lsp', () => {
  it('publishes diagnostics, offers a fix and a disable action, and reloads its config', async () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({rules: {tatweel: 'error'}}), 'doc.txt': ''})
    const {connection, diagnostics} = start()
    const init = await initialize(connection, dir)
    expect(init.capabilities.codeActionProvider).toBeTruthy()
    expect(init.serverInfo?.name).toBe('translint')

    const uri = pathToFileURL(join(dir, 'doc.txt')).href
    let text = 'شاركت الأمانـة في المؤتمر.\n'
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const first = await diagnostics(uri, (d) => d.some((x) => x.code === 'tatweel'))
    const tatweel = first.find((d) => d.code === 'tatweel')!
    expect(tatweel).toMatchObject({
      range: {start: {line: 0, character: 6}, end: {line: 0, character: 14}},
      severity: 1,
      source: 'translint',
      message: 'Unexpected tatweel in `الأمانـة`, expected `الأمانة`',
      codeDescription: {href: expect.stringMatching(/rules\/tatweel\.md$/)}
    })

    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: tatweel.range,
      context: {diagnostics: [tatweel]}
    })) as {title: string; isPreferred?: boolean; edit: {changes: Record<string, TextEdit[]>}}[]
    expect(actions.map((a) => a.title)).toEqual(['Replace with `الأمانة` (tatweel)', 'Disable tatweel for this file'])
    expect(actions[0].isPreferred).toBe(true)

    // Apply the fix: the diagnostic goes away.
    text = apply(text, actions[0].edit.changes[uri][0])
    expect(text).toBe('شاركت الأمانة في المؤتمر.\n')
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text}]})
    expect((await diagnostics(uri)).filter((d) => d.code === 'tatweel')).toEqual([])

    // Disabling the rule for the file silences it.
    text = 'شاركت الأمانـة في المؤتمر.\n'
    text = apply(text, actions[1].edit.changes[uri][0])
    expect(text.split('\n')[0]).toBe('# translint-disable-file tatweel')
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 3}, contentChanges: [{text}]})
    expect(await diagnostics(uri)).toEqual([])

    // The config changes on disk: the server reloads it and re-lints.
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 4}, contentChanges: [{text: 'شاركت الأمانـة في المؤتمر.\n'}]})
    await diagnostics(uri, (d) => d.some((x) => x.code === 'tatweel' && x.severity === 1))
    writeFileSync(join(dir, '.linterrc.json'), JSON.stringify({rules: {tatweel: 'warn'}}))
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(join(dir, '.linterrc.json')).href, type: FileChangeType.Changed}]})
    const reloaded = await diagnostics(uri, (d) => d.some((x) => x.code === 'tatweel' && x.severity === 2))
    expect(reloaded.find((d) => d.code === 'tatweel')!.severity).toBe(2)

    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  }, 40000)

  it('runs the rules of a pack the config names, and offers their fixes', async () => {
    // The example pack, by path from the config (the server's lint worker imports it too).
    const example = join(root, 'examples/plugin-house-style/index.js')
    const dir = fixture({'.linterrc.json': JSON.stringify({plugins: [example], extends: ['translint:recommended', 'house-style:recommended']}), 'doc.txt': ''})
    const {connection, diagnostics} = start()
    await initialize(connection, dir)
    const uri = pathToFileURL(join(dir, 'doc.txt')).href
    const text = 'وقال الوزير بالرغم من الصعوبات إن العمل مستمر.\n'
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    const found = await diagnostics(uri, (d) => d.some((x) => x.code === 'house-style/preferred-terms'))
    const finding = found.find((d) => d.code === 'house-style/preferred-terms')!
    expect(finding).toMatchObject({
      range: {start: {line: 0, character: 12}, end: {line: 0, character: 21}},
      severity: 2,
      source: 'translint',
      message: 'Unexpected `بالرغم من`, expected `على الرغم من` (house style)'
    })
    const actions = (await connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: finding.range, context: {diagnostics: [finding]}})) as {
      title: string
      edit?: {changes: Record<string, TextEdit[]>}
    }[]
    const fix = actions.find((a) => a.edit)!
    expect(fix.title).toBe('Replace with `على الرغم من` (house-style/preferred-terms)')
    expect(apply(text, fix.edit!.changes[uri]![0]!)).toBe('وقال الوزير على الرغم من الصعوبات إن العمل مستمر.\n')
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  }, 40000)

  it('words its diagnostics in the language of the config (`locale`)', async () => {
    const dir = fixture({'.linterrc.json': JSON.stringify({locale: 'ar', rules: {tatweel: 'warn'}}), 'doc.txt': ''})
    const {connection, diagnostics} = start()
    await initialize(connection, dir)
    const uri = pathToFileURL(join(dir, 'doc.txt')).href
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'plaintext', version: 1, text: 'شاركت الأمانـة في المؤتمر.\n'}
    })
    const found = await diagnostics(uri, (d) => d.some((x) => x.code === 'tatweel'))
    expect(found.find((d) => d.code === 'tatweel')!.message).toBe('تطويل (كشيدة) في `الأمانـة`، والصواب `الأمانة`')
    // Its quick fixes are named in Arabic too.
    const tatweel = found.find((d) => d.code === 'tatweel')!
    const actions = (await connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: tatweel.range, context: {diagnostics: [tatweel]}})) as {title: string}[]
    expect(actions.map((a) => a.title)).toEqual(['استبدل به `الأمانة` (tatweel)', 'عطّل القاعدة `tatweel` في هذا الملف'])
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  }, 40000)

  it('words its diagnostics and configuration errors in the language of the environment (LC_ALL=ar_EG.UTF-8)', async () => {
    const dir = fixture({'good/.linterrc.json': JSON.stringify({rules: {tatweel: 'warn'}}), 'good/doc.txt': '', 'bad/.linterrc.json': JSON.stringify({rules: {'stray-perod': 'error'}}), 'bad/doc.txt': ''})
    const {connection, diagnostics} = start({...process.env, LC_ALL: 'ar_EG.UTF-8'})
    await initialize(connection, dir)
    const text = 'شاركت الأمانـة في المؤتمر.\n'
    const good = pathToFileURL(join(dir, 'good/doc.txt')).href
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: good, languageId: 'plaintext', version: 1, text}})
    const found = await diagnostics(good, (d) => d.some((x) => x.code === 'tatweel'))
    expect(found.find((d) => d.code === 'tatweel')!.message).toBe('تطويل (كشيدة) في `الأمانـة`، والصواب `الأمانة`')
    const bad = pathToFileURL(join(dir, 'bad/doc.txt')).href
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: bad, languageId: 'plaintext', version: 1, text}})
    const problem = await diagnostics(bad, (d) => d.length > 0)
    expect(problem[0]!.message).toContain('rules.stray-perod: قاعدة غير معروفة، هل تقصد `stray-period`؟')
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  }, 40000)

  it('lints an open XLIFF file: targets only, with the segment id, and no file directive to offer', async () => {
    const dir = fixture({'ui.xlf': '', '.linterrc.json': JSON.stringify({extends: ['translint:recommended', 'translint:typography']})})
    const {connection, diagnostics} = start()
    await initialize(connection, dir)
    const uri = pathToFileURL(join(dir, 'ui.xlf')).href
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="ar" datatype="plaintext" original="x"><body>',
      '<trans-unit id="agency"><source>The agency met.</source><target>اجتمعت الوكالـة.</target></trans-unit>',
      '</body></file></xliff>',
      ''
    ].join('\n')
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'xml', version: 1, text}})
    const found = await diagnostics(uri, (d) => d.some((x) => x.code === 'tatweel'))
    expect(found.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message])).toEqual([
      ['tatweel', 2, 71, 'Unexpected tatweel in `الوكالـة`, expected `الوكالة` (segment agency)']
    ])
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: found[0]!.range,
      context: {diagnostics: [found[0]!]}
    })) as {title: string}[]
    expect(actions.map((a) => a.title)).toEqual(['Replace with `الوكالة` (tatweel)'])
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    connection.dispose()
  }, 40000)
})
