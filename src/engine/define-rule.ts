// defineRule: the one way to write a rule. It wraps unified-lint-rule, stamps
// `ruleId`, `source` and `url` on every message, fills message templates and
// turns offsets into full positions.
import type {Root} from 'nlcst'
import {lintRule} from 'unified-lint-rule'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {DEFAULT_LOCALE, inLocale, type Locale, type PlaceholderValue} from './locale.ts'
import type {LintSettings, Report, RuleContext, RuleDefinition} from './types.ts'

export const SOURCE = 'translint'
export const DOCS_BASE = 'https://github.com/translint/translint/blob/main/rules/'

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}

export interface Rule<Options extends Record<string, unknown> = Record<string, unknown>>
  extends RuleDefinition<Options> {
  url: string
  /** The unified plugin: `.use(rule.plugin, [severity, options])`. */
  plugin: Plugin<[unknown?], Root>
  /**
   * A bilingual rule's check: it compares the segments of a bilingual file
   * (XLIFF, PO, TMX, TSV, CSV) with their sources instead of reading a
   * document (see src/bitext/define-bilingual-rule.ts); such a rule has no plugin work.
   * Called once per file, it returns the check of the file's segments, window by window.
   */
  bilingual?: (bitext: never, context: never, options: unknown) => ((segments: never) => void) | undefined
}

/** Marks messages reported at a lower severity than the rule's. */
export const INFO_MARK = Symbol.for('translint.info')
/** Marks messages reported at most as warnings (an `error` rule gives a warning). */
export const WARN_MARK = Symbol.for('translint.warn')
/** Marks messages whose `expected` values are suggestions only, never a fix. */
export const SUGGEST_MARK = Symbol.for('translint.suggest')
/** Marks messages kept wherever they stand in Markdown and HTML, prose or not (`Report.anywhere`). */
export const ANYWHERE_MARK = Symbol.for('translint.anywhere')
/**
 * On a message: the id of the template it was made from (`tatweel`, `line`).
 * Code that tells messages of one rule apart reads this, never the wording,
 * which depends on the locale.
 */
export const MESSAGE_ID = Symbol.for('translint.messageId')

/** The message id a rule's message was made from (see MESSAGE_ID). */
export function messageIdOf(message: object): string | undefined {
  return (message as Record<symbol, string | undefined>)[MESSAGE_ID]
}

/**
 * Time spent in each rule's check, when the `TIMING` environment variable is
 * set (as in ESLint): the CLI prints the table on standard error.
 */
export const timings: Map<string, number> | undefined =
  typeof process !== 'undefined' && process.env.TIMING ? new Map() : undefined

/** Templates split once into text and `{key}` parts: text at even indexes, keys at odd ones. */
const templates = new Map<string, string[]>()

function templateParts(template: string): string[] {
  let parts = templates.get(template)
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/)
    templates.set(template, parts)
  }
  return parts
}

/** Fill a template's `{placeholders}`; a value given in both languages is taken in `locale`. */
export function fillTemplate(template: string, data: Record<string, PlaceholderValue> = {}, locale: Locale = DEFAULT_LOCALE): string {
  const parts = templateParts(template)
  let result = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!
    const value = data[key]
    result += (value === undefined ? `{${key}}` : typeof value === 'object' ? value[locale] : String(value)) + parts[i + 1]!
  }
  return result
}

/**
 * On a rule made by this module's defineRule: its check with its options
 * merged and timed, as its plugin runs it, and the origin the plugin stamps
 * (see rule-runner.ts). A rule made by another copy of translint has none.
 */
const DIRECT = Symbol('translint.direct')

export interface DirectRule {
  run: (tree: Root, file: VFile, given: Record<string, unknown> | undefined) => void
  /** `translint:<id>` and the rule's page, as given to unified-lint-rule. */
  origin: string
  url: string
}

/** A rule's direct form, when it was made by this module's defineRule. */
export function directRule(rule: Rule): DirectRule | undefined {
  return (rule as unknown as Record<symbol, DirectRule | undefined>)[DIRECT]
}

export function defineRule<Options extends Record<string, unknown>>(definition: RuleDefinition<Options>): Rule<Options> {
  // A pack's rule gives the address of its own page; a built-in rule's is in rules/.
  const url = definition.url ?? ruleUrl(definition.id)
  // The options a check gets: the defaults under the configured ones, merged
  // once per configuration object (the same for every file of a run) and frozen.
  const defaults = Object.freeze({...(definition.options?.defaults ?? {})}) as Options
  const merged = new WeakMap<object, Options>()
  const optionsFor = (given: Partial<Options> | undefined): Options => {
    if (given === undefined || given === null) return defaults
    if (typeof given !== 'object') return {...defaults} as Options
    let options = merged.get(given)
    if (options === undefined) merged.set(given, (options = Object.freeze({...defaults, ...given}) as Options))
    return options
  }
  const run = (tree: Root, file: VFile, given: Partial<Options> | undefined): void => {
    const options = optionsFor(given)
    if (timings) {
      const started = performance.now()
      definition.check(tree, new Context(definition, file, url), options)
      timings.set(definition.id, (timings.get(definition.id) ?? 0) + performance.now() - started)
    } else {
      definition.check(tree, new Context(definition, file, url), options)
    }
  }
  const origin = `${SOURCE}:${definition.id}`
  const plugin = lintRule<Root, Partial<Options>>({origin, url}, run) as unknown as Plugin<[unknown?], Root>
  const rule: Rule<Options> = {...definition, url, plugin}
  ;(rule as unknown as Record<symbol, DirectRule>)[DIRECT] = {run: run as DirectRule['run'], origin, url}
  return rule
}


// One offset ↔ line/column index per file, shared by every rule that reports
// (building it scans the whole text).
const LOCATION = Symbol.for('translint.location')

type Location = ReturnType<typeof location>

function locationOf(file: VFile): Location {
  const holder = file as unknown as Record<symbol, Location | undefined>
  let place = holder[LOCATION]
  if (!place) holder[LOCATION] = place = location(file)
  return place
}

/**
 * Report the positions of `file` as positions in a larger text in which its
 * text starts at `offset`, on line `line` and column `column` (a section of a
 * long file, see sections.ts): lines and offsets move, and the columns of the
 * section's first line.
 */
export function placeWithin(file: VFile, offset: number, line: number, column: number): void {
  const own = location(file)
  const place: Location = {
    toPoint(at) {
      const point = own.toPoint(at)
      return point && {line: point.line + line - 1, column: point.line === 1 ? point.column + column - 1 : point.column, offset: at! + offset}
    },
    toOffset(point) {
      if (!point || typeof point.line !== 'number' || typeof point.column !== 'number') return undefined
      const first = point.line === line
      const at = own.toOffset({line: point.line - line + 1, column: first ? point.column - column + 1 : point.column})
      return at === undefined ? undefined : at + offset
    }
  }
  ;(file as unknown as Record<symbol, Location>)[LOCATION] = place
}

/**
 * What a rule's check gets. A class rather than an object with a closure per
 * file: `report` is then one function for every file, which the JIT can keep
 * inlined in each rule instead of dropping its optimised code when the next
 * file brings a new closure.
 */
class Context implements RuleContext {
  readonly text: string
  readonly settings: LintSettings
  private readonly locale: Locale
  constructor(
    private readonly definition: RuleDefinition<any>,
    readonly file: VFile,
    private readonly url: string
  ) {
    // Markdown and HTML: the file with its code masked (see markup.ts), same offsets.
    this.text = (file.data.translintText as string | undefined) ?? String(file.value)
    this.settings = (file.data.translintSettings ?? {}) as LintSettings
    this.locale = this.settings.locale ?? DEFAULT_LOCALE
  }

  report(report: Report): void {
    const definition = this.definition
    const file = this.file
    const template = definition.messages[report.messageId]
    if (template === undefined) throw new Error(`${definition.id}: unknown message id \`${report.messageId}\``)
    const place = locationOf(file)
    const actual = report.actual ?? this.text.slice(report.start, report.end)
    const reason = fillTemplate(inLocale(template, this.locale), {actual, expected: report.expected?.[0] ?? '', ...report.data}, this.locale)
    const start = place.toPoint(report.start)
    const end = place.toPoint(report.end)
    if (!start || !end) throw new Error(`${definition.id}: offset out of range (${report.start}-${report.end})`)
    const message = file.message(reason, {place: {start, end}, ruleId: definition.id, source: SOURCE})
    message.url = this.url
    message.actual = actual
    if (report.expected) message.expected = report.expected
    // Every mark on every message, true or false: all reported messages keep one
    // shape, so the code that sorts and prints them stays monomorphic.
    const marks = message as unknown as Record<symbol, boolean>
    marks[INFO_MARK] = report.severity === 'info'
    marks[WARN_MARK] = report.severity === 'warn'
    marks[SUGGEST_MARK] = report.suggest === true
    marks[ANYWHERE_MARK] = report.anywhere === true
    ;(message as unknown as Record<symbol, string>)[MESSAGE_ID] = report.messageId
  }

  lineOf(offset: number): number {
    const point = locationOf(this.file).toPoint(offset)
    if (!point) throw new Error(`${this.definition.id}: offset out of range (${offset})`)
    return point.line
  }
}
