import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {Term} from '../language/glossary.ts'
import type {Organization} from '../language/organizations.ts'
import type {Locale, MessageTemplate, PlaceholderValue} from './locale.ts'

export type Severity = 'off' | 'info' | 'warn' | 'error'

/** A JSON schema fragment (draft-07 subset used by ajv). */
export type JsonSchema = {[key: string]: unknown}

export interface InvalidExample {
  /** The text to lint. */
  text: string
  /** Exact `line:col-line:col: reason` lines this rule reports. */
  messages: string[]
  /** The text after `--fix` (fixable rules). */
  output?: string
  /** Options for this example. */
  options?: Record<string, unknown>
  /** Why this example matters (shown on the rule page). */
  note?: string
}

export interface ValidExample {
  text: string
  options?: Record<string, unknown>
  note?: string
}

/** What a rule gets besides the tree. */
export interface RuleContext {
  /** The file being linted (a section of it, when a long plain-text file is linted in sections). */
  readonly file: VFile
  /** The text being linted: the whole file, or the section (offsets count from its start). */
  readonly text: string
  /** Shared, per-run settings (organisation data, user word lists). */
  readonly settings: LintSettings
  /**
   * Report a problem on the original text between two offsets.
   * `data` fills `{placeholders}` in the message template.
   */
  report(report: Report): void
  /**
   * The 1-based line of an offset in the file: a paragraph's own line may
   * count from the start of a section when a long file is linted in sections.
   */
  lineOf(offset: number): number
}

export interface Report {
  messageId: string
  /** Start offset in the file (UTF-16 code units). */
  start: number
  /** End offset (exclusive). */
  end: number
  data?: Record<string, PlaceholderValue>
  /** The text that is wrong (defaults to the text in the range). */
  actual?: string
  /** Replacements: one for a fix, several for suggestions, `[]` for none. */
  expected?: string[]
  /** Offer `expected` as suggestions only: `--fix` never applies them, even a single one. */
  suggest?: boolean
  /**
   * Severity for this one report, at most the configured one: `info` always
   * gives info; `warn` turns an `error` into a warning (and leaves `warn` and
   * `info` as they are).
   */
  severity?: 'info' | 'warn'
  /**
   * In Markdown and HTML, report it wherever it stands in the source (code,
   * markup), not only in prose: for characters that are a hazard anywhere,
   * such as the bidi controls of "Trojan Source". `actual` must then be given,
   * since the text rules read has code masked.
   */
  anywhere?: boolean
}

export interface RuleDefinition<Options extends Record<string, unknown> = Record<string, unknown>> {
  id: string
  description: string
  /** The rule's page (a pack's rule gives its own; a built-in rule's is rules/<id>.md). */
  url?: string
  severity: Severity
  /** Whether `--fix` applies this rule's single `expected` value. */
  fixable: boolean
  /** Which issue family: `artefact` (MT/scraping artefacts) or `typography`. */
  category: 'artefact' | 'typography' | 'orthography' | 'style'
  options?: {
    /** JSON schema of each option, keyed by option name. */
    properties: Record<string, JsonSchema>
    defaults: Options
  }
  /**
   * Message templates by id, each in English and Arabic (`{en, ar}`), with the
   * same `{placeholders}` in both; a plain string serves every locale.
   */
  messages: Record<string, MessageTemplate>
  examples: {valid: ValidExample[]; invalid: InvalidExample[]}
  check(tree: Root, context: RuleContext, options: Options): void
}

export interface LintSettings {
  /** Organisation bodies from the user's files (added to the built-in data). */
  extraOrganizations?: Organization[]
  /** Extra words for the lexicon. */
  words?: string[]
  /** Glossary terms from the `terminology` files (the `terminology` rule). */
  glossary?: Term[]
  /** The user's corpus statistics files (`stats` in .linterrc.json), added to the shipped counts. */
  statsFiles?: string[]
  /** `false` turns corpus statistics off (`"stats": false`): rules decide by their rules of thumb alone. */
  useStats?: boolean
  /** The language of the messages (English when not given). */
  locale?: Locale
  /** Free-form per-run cache rules may use (e.g. a loaded lexicon). */
  cache?: Map<string, unknown>
}

/** Rule id → [severity, options]. */
export type RuleSettings = Record<string, [Severity, Record<string, unknown>]>
