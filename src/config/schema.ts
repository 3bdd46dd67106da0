// The JSON schema of `.linterrc.json`, generated from the rules' option schemas.
// `npm run build` writes it to schema/linterrc.schema.json for editors.
import type {Rule} from '../engine/define-rule.ts'
import {LOCALES} from '../engine/locale.ts'

export const SEVERITIES = ['off', 'info', 'warn', 'error'] as const

export function buildSchema(rules: Rule<any>[]): Record<string, unknown> {
  // Each rule's entry and the rules object are definitions, referenced from
  // `rules` and from every override: one copy of each in the schema, and one
  // function each in the validator generated from it (see scripts/build.mjs),
  // so a config is checked by compiling only the code for what it names.
  const definitions: Record<string, unknown> = {}
  const ruleProperties: Record<string, unknown> = {}
  for (const rule of rules) {
    const severity = {enum: [...SEVERITIES], description: `${rule.description} (default: ${rule.severity})`}
    const options = {
      type: 'object',
      additionalProperties: false,
      properties: rule.options?.properties ?? {}
    }
    definitions[`rule-${rule.id}`] = {
      description: rule.description,
      oneOf: [
        severity,
        {type: 'array', items: [severity, options], minItems: 1, maxItems: 2, additionalItems: false}
      ]
    }
    ruleProperties[rule.id] = {$ref: `#/definitions/rule-${rule.id}`}
  }
  definitions.rules = {
    type: 'object',
    additionalProperties: false,
    properties: ruleProperties,
    // A plugin's rule (`pack/rule`): its options are checked against its pack's schema when the config is loaded.
    patternProperties: {'/': {description: "A rule of a pack named under `plugins`", oneOf: [{enum: [...SEVERITIES]}, {type: 'array', minItems: 1, maxItems: 2}]}}
  }
  const rulesObject = {$ref: '#/definitions/rules'}
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/translint/translint/blob/main/schema/linterrc.schema.json',
    title: 'translint configuration (.linterrc.json)',
    definitions,
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      root: {type: 'boolean', description: 'Stop looking for configuration in parent folders.'},
      extends: {
        description: 'Presets (`translint:default`, `translint:recommended`, `translint:typography`, `translint:orthography`, `translint:all`, or a plugin\'s `name:preset`) and paths to other config files; later ones win.',
        oneOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}]
      },
      plugins: {
        type: 'array',
        items: {type: 'string'},
        description:
          'Rule packs: paths to modules (relative to this file) or package names (resolved from this folder). Their rules and presets (`name:preset`) can then be used here.'
      },
      rules: rulesObject,
      ignore: {type: 'array', items: {type: 'string'}, description: 'Globs of files not to lint, relative to this file.'},
      extensions: {
        type: 'array',
        items: {type: 'string', pattern: '^[^./\\\\]+$'},
        description: 'File extensions linted when a folder is given (default: txt, md).'
      },
      terminology: {
        type: 'array',
        items: {type: 'string'},
        description: 'Glossary files (TBX, CSV or JSON) for the `terminology` rule, relative to this file.'
      },
      organizations: {
        type: 'array',
        items: {type: 'string'},
        description: 'Extra organisation-name files (JSON, CSV, or a TBX glossary), relative to this file.'
      },
      words: {
        type: 'array',
        items: {type: 'string'},
        description: 'Extra correct words for the lexicon, or paths to word-list files (one word a line).'
      },
      stats: {
        oneOf: [{type: 'boolean', const: false}, {type: 'array', items: {type: 'string'}}],
        description:
          'Corpus statistics files built from your own edited documents (`translint stats build`), relative to this file, added to the shipped counts; `false` turns corpus statistics off (rules decide by their rules of thumb alone).'
      },
      locale: {
        enum: [...LOCALES],
        description:
          'The language of the messages: `ar` (Arabic) or `en` (English). `--locale` overrides it; without either, the environment decides (`LC_ALL`, `LC_MESSAGES`, `LANG`: `ar…` gives Arabic), else English.'
      },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {files: {type: 'array', items: {type: 'string'}}, rules: rulesObject}
        }
      }
    }
  }
}
