// The library entry: lint a text or VFile with a set of rules and settings.
import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import retextArabic from '../parser/retext-arabic.ts'
import {registry} from './registry.ts'
import {directRule, INFO_MARK, WARN_MARK, type Rule} from './define-rule.ts'
import {ruleRunner, type RuleStep} from './rule-runner.ts'
import {isBitext, isMarkup, type Format} from './format.ts'
import {bitextModule, loadBitext} from '../bitext/registry.ts'
import {loadMarkup, markupModule} from './markup-registry.ts'
import {oneVoice} from './one-voice.ts'
import {lintSection, sections, SECTION, WHOLE, type Section} from './sections.ts'
import {FindingsLimit, MAX_FINDINGS_PER_RULE} from './findings-limit.ts'
import {withoutStacks} from './without-stacks.ts'
import type {LintSettings, RuleSettings, Severity} from './types.ts'

export interface LintOptions {
  /** Rule id → [severity, options]; rules not named keep their default severity. */
  rules?: RuleSettings | Record<string, Severity | [Severity, Record<string, unknown>?]>
  /** Only these rules (as configured), the rest off. */
  only?: string[]
  settings?: LintSettings
  /** The parser (attacher) for plain text; defaults to Arabic. */
  parser?: Plugin<[], string, Root>
  /**
   * `text` (default), `markdown` or `html`: markup is parsed and only its prose linted;
   * `xliff`, `po`, `tmx`, `tsv`, `csv`: a bilingual file, whose targets are linted and compared with their sources.
   */
  format?: Format
  /** Report control comments that silence nothing (Markdown and HTML). */
  reportUnusedDirectives?: boolean
  /**
   * Keep every rule's message where two rules advise differently on the same
   * words (see one-voice.ts); by default only the more specific rule's stands.
   */
  everyVoice?: boolean
  /**
   * Findings of one rule kept for the file (MAX_FINDINGS_PER_RULE by
   * default; `Infinity` keeps all): the rest are counted in one closing
   * message per rule (see findings-limit.ts).
   */
  maxFindingsPerRule?: number
}

const processors = new Map<string, {processor: Processor<Root>; severities: Map<string, Severity>}>()

/**
 * Normalise user rule settings into [severity, options]: every built-in rule
 * (at its default severity when not named), and the rules of other packs that
 * the settings name.
 */
export function resolveRuleSettings(input: LintOptions['rules'] = {}, only?: string[]): RuleSettings {
  const result: RuleSettings = {}
  const rules = registry.defaultRules()
  for (const id of Object.keys(input)) {
    const rule = registry.get(id)
    if (rule && !rules.includes(rule)) rules.push(rule)
  }
  for (const rule of rules) {
    let entry: [Severity, Record<string, unknown>] = [rule.severity, {}]
    const given = (input as Record<string, unknown>)[rule.id]
    if (typeof given === 'string') entry = [given as Severity, {}]
    else if (Array.isArray(given)) entry = [given[0] as Severity, (given[1] as Record<string, unknown>) ?? {}]
    if (only && !only.includes(rule.id)) entry = ['off', entry[1]]
    result[rule.id] = entry
  }
  return result
}

function getProcessor(settings: RuleSettings, parser: LintOptions['parser'], format: Format) {
  const key = JSON.stringify(settings) + (parser ? parser.name : '') + format
  let cached = processors.get(key)
  if (!cached) {
    const processor = (
      isMarkup(format) ? markupModule().useMarkup(unified() as never, format) : unified().use(parser ?? retextArabic)
    ) as unknown as Processor<Root>
    const severities = new Map<string, Severity>()
    // Rules made by this copy's defineRule run in one transformer per stretch
    // of them (see rule-runner.ts); another's through its own plugin, in its place.
    let steps: RuleStep[] = []
    const flush = () => {
      if (steps.length > 0) processor.use(ruleRunner(steps))
      steps = []
    }
    for (const [id, [severity, options]] of Object.entries(settings)) {
      const rule = registry.get(id) as Rule | undefined
      // Bilingual rules run on a bilingual file's segments (src/bitext/lint.ts), not on a document.
      if (!rule || severity === 'off' || rule.bilingual) continue
      severities.set(id, severity)
      const given = severity === 'info' ? 'warn' : severity
      const direct = directRule(rule)
      if (direct) {
        steps.push({direct, severity: given, options})
      } else {
        flush()
        processor.use(rule.plugin, [given, options])
      }
    }
    flush()
    if (isMarkup(format)) processor.use(markupModule().finishMarkupPlugin)
    processor.freeze()
    cached = {processor, severities}
    processors.set(key, cached)
  }
  return cached
}

// The same rules object is usually passed for every file of a run: remember
// its processor by identity instead of serialising the settings per file.
const byIdentity = new WeakMap<object, Map<string, ReturnType<typeof getProcessor>>>()

/** The frozen processor for these options, and the severity of each rule it runs. */
export function processorFor(options: LintOptions) {
  const format = options.format ?? 'text'
  const key = `${format}\0${options.parser?.name ?? ''}\0${options.only?.join(',') ?? '*'}`
  const owner = options.rules
  const known = owner ? byIdentity.get(owner)?.get(key) : undefined
  if (known) return known
  const result = getProcessor(resolveRuleSettings(options.rules, options.only), options.parser, format)
  if (owner) {
    let map = byIdentity.get(owner)
    if (!map) byIdentity.set(owner, (map = new Map()))
    map.set(key, result)
  }
  return result
}

/** Lint synchronously; returns the VFile with its messages sorted by place. */
export function lintSync(input: string | VFile, options: LintOptions = {}): VFile {
  const file = typeof input === 'string' ? new VFile({value: input}) : input
  const limit = new FindingsLimit(options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE)
  // A bilingual file: its targets are linted as a document, its segments by the bilingual rules.
  if (options.format && isBitext(options.format)) {
    // Findings are capped as they are placed (the targets', chunk by chunk) or reported (the bilingual rules').
    const linted = bitextModule().lintBitext(file, options, options.format, (message) => limit.keep(message))
    const severities = new Map<string, Severity>()
    for (const [id, [severity]] of Object.entries(resolveRuleSettings(options.rules, options.only))) if (severity !== 'off') severities.set(id, severity)
    return withLimit(withOneVoice(linted, options), limit, (message) => settleSeverity(message, severities))
  }
  // A long plain-text file is linted a section at a time (see sections.ts).
  const format = options.format ?? 'text'
  if (format === 'text' && String(file).length > WHOLE) {
    const run = new SectionedText(file, options)
    for (let index = 0; index < run.sections.length; index++) run.take(run.lint(index, index + 1)[0]!)
    return run.finish()
  }
  const {processor, severities} = prepare(file, options)
  const settle = (message: VFileMessage) => settleSeverity(message, severities)
  // So is a long Markdown or HTML file (see markup-sections.ts), cut between blocks.
  const text = format === 'markdown' || format === 'html' ? String(file) : ''
  const sectioned = (format === 'markdown' || format === 'html') && isLargeMarkup(text)
  const tree = sectioned ? undefined : processor.parse(file)
  withoutStacks(() => {
    if (tree) processor.runSync(tree, file)
    else {
      const take = (messages: VFileMessage[]) => takeSection(messages, options, text, limit)
      if (format === 'markdown') markupModule().lintMarkdownInSections(processor, file, text, MARKUP_SECTION, take)
      else markupModule().lintHtmlInSections(processor, file, text, MARKUP_SECTION, take)
    }
  })
  return finish(file, options, limit, settle)
}

/** The frozen processor for `options`, with what the rules read from the file set on it. */
function prepare(file: VFile, options: LintOptions) {
  file.data.translintSettings = options.settings ?? {}
  file.data.reportUnusedDirectives = Boolean(options.reportUnusedDirectives)
  return processorFor(options)
}

/**
 * The findings of the next section of a file linted in sections, to keep:
 * one voice per span first (again over the whole file at the end), so a
 * finding another rule's silences is not counted; then the cap, which counts
 * what is past it as it comes, so what is kept never grows past it.
 */
function takeSection(messages: VFileMessage[], options: LintOptions, text: string, limit: FindingsLimit): VFileMessage[] {
  return limit.filter((options.everyVoice ? messages : oneVoice(messages, text).kept).sort(compareMessages))
}

/** The file's findings settled and sorted, one voice per span, the cap's closing messages added. */
function finish(file: VFile, options: LintOptions, limit: FindingsLimit, settle: (message: VFileMessage) => void): VFile {
  for (const message of file.messages) settle(message)
  file.messages.sort(compareMessages)
  return withLimit(withOneVoice(file, options), limit, settle)
}

/**
 * A plain-text file over WHOLE code units, linted a section at a time (see
 * sections.ts): the sections may be linted anywhere, in any order (a
 * section's findings depend only on its text and context, and on the rules and
 * settings), but are taken in file order, each as it comes, so the cap and one
 * voice per span see them as in one pass through the file. lintSync lints
 * every section here; the pool lints some in a worker thread
 * (sectioned-task.ts), for the same findings.
 */
export class SectionedText {
  readonly processor: Processor<Root>
  readonly text: string
  readonly sections: Section[]
  private readonly limit: FindingsLimit
  private readonly settle: (message: VFileMessage) => void

  constructor(
    readonly file: VFile,
    private readonly options: LintOptions
  ) {
    const {processor, severities} = prepare(file, options)
    this.processor = processor
    this.settle = (message) => settleSeverity(message, severities)
    this.limit = new FindingsLimit(options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE)
    this.text = String(file)
    this.sections = sections(this.text)
  }

  /** Lint sections [from, to) in this thread: the findings of each, in the order the rules made them. */
  lint(from: number, to: number): VFileMessage[][] {
    return withoutStacks(() => {
      const found: VFileMessage[][] = []
      for (let index = from; index < to; index++) found.push(lintSection(this.processor, this.file, this.text, 0, this.sections[index]!, index, this.sections.length))
      return found
    })
  }

  /** Keep the findings of the next section (see takeSection). */
  take(messages: VFileMessage[]): void {
    for (const message of takeSection(messages, this.options, this.text, this.limit)) this.file.messages.push(message)
  }

  /** The file, as lintSync returns it, once every section is taken. */
  finish(): VFile {
    return finish(this.file, this.options, this.limit, this.settle)
  }
}

/**
 * Markdown and HTML up to this many bytes are linted whole, as before
 * sections were made for them (so their findings did not change); a longer
 * file in sections (see markup-sections.ts). Whole, markup takes about 160 MB
 * of memory per MB of text (a list or paragraphs of news: 4 MiB took 720 MB,
 * 10 MB 1.6-1.7 GB, 40 MB passed the V8 heap limit and ended the run).
 */
export const MAX_MARKUP_BYTES = 4 * 1024 * 1024

function isLargeMarkup(text: string): boolean {
  // UTF-8 takes at most three bytes a UTF-16 code unit: most files need no count.
  return text.length * 3 > MAX_MARKUP_BYTES && Buffer.byteLength(text, 'utf8') > MAX_MARKUP_BYTES
}

/**
 * Code units of Markdown or HTML linted at once in a longer file: as plain
 * text's (SECTION, sections.ts), a section ending at a cut point past it.
 */
const MARKUP_SECTION = SECTION

/** Give a message the severity of its rule, as the rule's marks on it allow. */
function settleSeverity(message: VFileMessage, severities: Map<string, Severity>): void {
  const severity = message.ruleId ? severities.get(message.ruleId) : undefined
  if (!severity) return
  const marks = message as unknown as Record<symbol, boolean>
  if (severity === 'info' || marks[INFO_MARK]) message.fatal = undefined
  else message.fatal = severity === 'error' && !marks[WARN_MARK]
}

/** Keep the first findings of each rule (those kept as they came stay), and close with the count of the rest. */
function withLimit(file: VFile, limit: FindingsLimit, settle: (message: VFileMessage) => void): VFile {
  file.messages = limit.filter(file.messages)
  if (!limit.exceeded) return file
  file.messages.push(...limit.notices(file, settle))
  file.messages.sort(compareMessages)
  return file
}

/** Leave only the more specific rule's message where two rules advise on the same words. */
function withOneVoice(file: VFile, options: LintOptions): VFile {
  if (!options.everyVoice) file.messages = oneVoice(file.messages, String(file.value)).kept
  return file
}

/** Lint a text or VFile; resolves to the VFile with its messages. */
export async function lint(input: string | VFile, options: LintOptions = {}): Promise<VFile> {
  if (isMarkup(options.format ?? 'text')) await loadMarkup()
  if (isBitext(options.format ?? 'text')) await loadBitext()
  return lintSync(input, options)
}

export function compareMessages(a: VFileMessage, b: VFileMessage): number {
  const ap = a.place && 'start' in a.place ? a.place.start : a.place
  const bp = b.place && 'start' in b.place ? b.place.start : b.place
  return (
    (ap?.line ?? 0) - (bp?.line ?? 0) ||
    (ap?.column ?? 0) - (bp?.column ?? 0) ||
    String(a.ruleId).localeCompare(String(b.ruleId)) ||
    a.reason.localeCompare(b.reason)
  )
}

export function severityOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}
