// A minimal VS Code client for the translint language server.
const {workspace} = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

function activate() {
  const command = workspace.getConfiguration('translint').get('path') || 'translint-language-server'
  client = new LanguageClient(
    'translint',
    'translint',
    {command, transport: TransportKind.stdio},
    {
      documentSelector: [
        ...['plaintext', 'markdown', 'html'].map((language) => ({scheme: 'file', language})),
        // Bilingual files, whatever language mode an extension gives them (xml, po, csv…).
        {scheme: 'file', pattern: '**/*.{xlf,xliff,po,pot,tmx,tsv,csv}'}
      ],
      synchronize: {fileEvents: workspace.createFileSystemWatcher('**/.linterrc.json')}
    }
  )
  return client.start()
}

function deactivate() {
  return client ? client.stop() : undefined
}

module.exports = {activate, deactivate}
