// Hands the built-in Arabic rules (rules/index.ts) to the engine. The entry
// points import this module (the library, the command line, worker threads,
// the language server), and so do the scripts and tests that use the engine's
// modules directly; the engine itself imports no rule.
import arabic from '../rules/index.ts'
import {registry} from './engine/registry.ts'

registry.use(arabic)

export {arabic}
