// `--format sarif`: SARIF 2.1.0 for code-scanning services. Rules carry their
// help URI; results carry regions in UTF-16 code units and fixes when safe.
import type {VFile} from 'vfile'
import type {Rule} from '../engine/define-rule.ts'
import {registry} from '../engine/registry.ts'
import {isFix} from '../fix/apply.ts'
import {VERSION} from '../cli/version.ts'
import {messageToJson} from './json.ts'

const LEVEL = {error: 'error', warning: 'warning', info: 'note'} as const

function uri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/')
}

export function sarif(files: VFile[]): string {
  return [...sarifChunks(files)].join('')
}

/**
 * The SARIF log in pieces, one result at a time: a run with many findings is
 * written out without building the whole log (or its text) in memory.
 */
export function* sarifChunks(files: VFile[]): Generator<string> {
  const used = new Set<string>()
  for (const file of files) for (const message of file.messages) if (message.ruleId) used.add(message.ruleId)
  const rules = registry.rules.filter((rule) => used.has(rule.id))
  const index = new Map(rules.map((rule, i) => [rule.id, i]))
  // The log with no results, cut where they go; each result is indented as JSON.stringify would nest it.
  const text = JSON.stringify(log(rules), null, 2) + '\n'
  const cut = text.lastIndexOf('"results": []') + '"results": ['.length
  yield text.slice(0, cut)
  let count = 0
  for (const result of results(files, index)) yield `${count++ === 0 ? '' : ','}\n        ${JSON.stringify(result, null, 2).replace(/\n/g, '\n        ')}`
  yield (count > 0 ? '\n      ' : '') + text.slice(cut)
}

function* results(files: VFile[], index: Map<string, number>): Generator<Record<string, unknown>> {
  for (const file of files) {
    for (const message of file.messages) {
      const m = messageToJson(message)
      const fix = isFix(message)
      const region =
        m.line === null
          ? undefined
          : {
              startLine: m.line,
              startColumn: m.column ?? 1,
              endLine: m.endLine ?? m.line,
              endColumn: m.endColumn ?? m.column ?? 1,
              ...(m.offset !== null && m.endOffset !== null ? {charOffset: m.offset, charLength: m.endOffset - m.offset} : {})
            }
      const location = {
        physicalLocation: {artifactLocation: {uri: uri(file.path), uriBaseId: '%SRCROOT%'}, ...(region ? {region} : {})},
        // A bilingual file's segment id (XLIFF id, PO msgid, TMX tuid, TSV row).
        ...(m.segment === undefined ? {} : {logicalLocations: [{name: m.segment, kind: 'element'}]})
      }
      yield {
        ruleId: m.ruleId ?? 'translint',
        ...(m.ruleId && index.has(m.ruleId) ? {ruleIndex: index.get(m.ruleId)} : {}),
        level: LEVEL[m.severity],
        message: {text: m.reason},
        ...(m.segment === undefined ? {} : {properties: {segment: m.segment}}),
        locations: [location],
        ...(fix && m.expected && region
          ? {
              fixes: [
                {
                  description: {text: `Replace with \`${m.expected[0]}\``},
                  artifactChanges: [
                    {
                      artifactLocation: {uri: uri(file.path), uriBaseId: '%SRCROOT%'},
                      replacements: [{deletedRegion: region, insertedContent: {text: m.expected[0]}}]
                    }
                  ]
                }
              ]
            }
          : {})
      }
    }
  }
}

function log(rules: Rule<any>[]) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'translint',
            version: VERSION,
            informationUri: 'https://github.com/translint/translint',
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: {text: rule.description},
              helpUri: rule.url,
              help: {text: `${rule.description}. See ${rule.url}`},
              defaultConfiguration: {level: rule.severity === 'error' ? 'error' : rule.severity === 'info' ? 'note' : rule.severity === 'off' ? 'none' : 'warning'},
              properties: {category: rule.category, fixable: rule.fixable}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {uri: './'}},
        results: []
      }
    ]
  }
}
