// Library API: lint a text or VFile without the CLI.
// The built-in rules are handed to the engine first.
import './builtin.ts'
import * as markup from './engine/markup.ts'
import {registerMarkup} from './engine/markup-registry.ts'
import * as bitext from './bitext/lint.ts'
import {registerBitext} from './bitext/registry.ts'

// The library keeps `lintSync` working on Markdown and HTML: their support is
// loaded with it (the command line loads it only when it meets such a file).
registerMarkup(markup)
// And bilingual files (XLIFF, PO, TMX, TSV, CSV), loaded on demand by the command line.
registerBitext(bitext)
export {loadBitext} from './bitext/registry.ts'
export {loadMarkup} from './engine/markup-registry.ts'
export {lint, lintSync, resolveRuleSettings, type LintOptions} from './engine/processor.ts'
export {defineRule, type Rule} from './engine/define-rule.ts'
export type {RuleDefinition, RuleContext, Severity, LintSettings} from './engine/types.ts'
export {rules} from '../rules/index.ts'
export {default as retextArabic, ParseArabic} from './parser/retext-arabic.ts'
export {configFor, loadConfigFile, findConfigFile, ConfigError} from './config/load.ts'
export {json as formatJson} from './reporters/json.ts'
export {stylish as formatStylish} from './reporters/stylish.ts'
import {buildSchema} from './config/schema.ts'
import {registry} from './engine/registry.ts'
/** The JSON schema of `.linterrc.json` for the built-in rules (a plugin's rules are checked when its config is loaded). */
export const configSchema = (): Record<string, unknown> => buildSchema(registry.defaultRules())
export {registry} from './engine/registry.ts'
export type {RulePack, PackConfig, RuleEntry} from './engine/pack.ts'
export {runTasks, plannedJobs, createPool, type Pool, type RunOptions} from './engine/pool.ts'
export {runTask, type Task, type TaskResult} from './engine/task.ts'
export {lintFile, type FileInput} from './engine/lint-file.ts'
