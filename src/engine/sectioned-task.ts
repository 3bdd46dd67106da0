// A long plain-text file linted by this thread and a worker thread at once.
// Such a file is linted in independent sections (see sections.ts: each with
// its own context lines, its findings only those that start inside it), so
// its sections may be linted anywhere: the pool hands out batches of them
// from its queue, to a worker (which is sent only the batch's share of the
// text, not the file) and to this thread, and the findings of each section
// are taken here in file order as the batches come back. What depends on the
// order (the cap of a rule's findings, one voice per span, the closing
// messages, the file-level directive) is done here, by the same code as in
// one thread (SectionedText, planFile), so the result is the one-thread
// result, message for message.
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {formatOf} from './format.ts'
import {planFile} from './lint-file.ts'
import {processorFor, SectionedText} from './processor.ts'
import {lintSection, SECTION, WHOLE, type Section} from './sections.ts'
import {deserializeMessages, failedResult, serializeMessage, takeErrors, type InternalError, type SerializedMessage, type Task, type TaskResult} from './task.ts'
import type {LintSettings} from './types.ts'
import {withoutStacks} from './without-stacks.ts'

/**
 * Code units of sections in a batch: 16 sections, about 450 KB of Arabic,
 * some 0.2 s of linting. Small enough that the two threads finish the file
 * within a batch of each other, large enough that a batch's message and the
 * merge cost nothing that shows.
 */
const BATCH = 16 * SECTION

/** A batch of a file's sections as a worker is sent it: plain data, with only its share of the text. */
export interface SectionBatch {
  path: string
  cwd?: string
  rules: Task['rules']
  settings: Task['settings']
  /** What the rules read from the file besides its text (see planFile and lintSync). */
  data: {disabledRules?: string[]; reportUnusedDirectives: boolean}
  plugins?: Task['plugins']
  /** The file's code units from `offset` on, as far as the batch's last context reaches. */
  text: string
  offset: number
  sections: Section[]
  /** The index of the batch's first section among the file's, and how many the file has. */
  first: number
  count: number
}

/** Whether the pool may spread `task` over threads: a plain-text file linted in sections, and not fixed (fixing lints again and again). */
export function spreadable(task: Task): boolean {
  return task.fix === undefined && task.value.length > WHOLE && formatOf(task.path) === 'text'
}

/** Lint a batch of sections (in a worker thread): each section's findings, as plain data, not yet settled. */
export function lintBatch(batch: SectionBatch): SerializedMessage[][] {
  const {processor} = processorFor({rules: batch.rules, format: 'text'})
  const file = new VFile({path: batch.path, cwd: batch.cwd})
  file.data = {...batch.data, translintSettings: batch.settings}
  return withoutStacks(() =>
    batch.sections.map((section, index) =>
      lintSection(processor, file, batch.text, batch.offset, section, batch.first + index, batch.count).map((message) => serializeMessage(message, true))
    )
  )
}

/**
 * One spreadable task: its batches, linted here or by a worker in any order,
 * taken in file order; `result` settles when the last is taken (or on the
 * first failure, as runTask fails a document).
 */
export class SectionedTask {
  /** Each batch's sections: [from, to) among the file's. */
  readonly batches: {from: number; to: number}[] = []
  readonly result: Promise<TaskResult>
  private resolve!: (result: TaskResult) => void
  private run?: SectionedText
  private after?: (file: VFile) => VFile
  /** Batches done but not yet taken (one before them is still out). */
  private readonly waiting = new Map<number, VFileMessage[][]>()
  private next = 0
  private settled = false

  constructor(
    private readonly task: Task,
    settings: LintSettings = task.settings
  ) {
    this.result = new Promise((resolve) => (this.resolve = resolve))
    try {
      const {file, options, after} = planFile({
        path: task.path,
        value: task.value,
        rules: task.rules,
        settings,
        cwd: task.cwd,
        reportUnusedDirectives: task.reportUnusedDirectives
      })
      this.run = new SectionedText(file, options)
      this.after = after
      const all = this.run.sections
      for (let from = 0; from < all.length; ) {
        let to = from + 1
        while (to < all.length && all[to]!.end - all[from]!.start <= BATCH) to++
        this.batches.push({from, to})
        from = to
      }
    } catch (error) {
      this.fail(error)
    }
  }

  /** Lint batch `index` in this thread. */
  here(index: number): void {
    if (this.settled) return
    try {
      const {from, to} = this.batches[index]!
      this.done(index, this.run!.lint(from, to))
    } catch (error) {
      this.fail(error)
    }
  }

  /** Batch `index` as a worker is sent it. */
  batch(index: number): SectionBatch {
    const run = this.run!
    const {from, to} = this.batches[index]!
    const sections = run.sections.slice(from, to)
    let start = Infinity
    let end = 0
    for (const section of sections) {
      start = Math.min(start, section.from)
      end = Math.max(end, section.to)
    }
    const data = run.file.data
    return {
      path: this.task.path,
      cwd: this.task.cwd,
      rules: this.task.rules,
      settings: this.task.settings,
      data: {
        ...(data.disabledRules ? {disabledRules: data.disabledRules as string[]} : {}),
        reportUnusedDirectives: Boolean(data.reportUnusedDirectives)
      },
      plugins: this.task.plugins,
      text: run.text.slice(start, end),
      offset: start,
      sections,
      first: from,
      count: run.sections.length
    }
  }

  /** A worker's findings for batch `index`. */
  answer(index: number, found: SerializedMessage[][]): void {
    if (this.settled) return
    try {
      // Rebuilt as messages of the section's own file would be: the same path, so the same names.
      const scratch = new VFile({path: this.task.path, cwd: this.task.cwd})
      this.done(
        index,
        found.map((messages) => deserializeMessages(scratch, messages))
      )
    } catch (error) {
      this.fail(error)
    }
  }

  /** The document could not be linted (a worker stopped, the parser threw): its result is that error, as runTask's. */
  fail(error: unknown): void {
    if (this.settled) return
    this.settled = true
    this.resolve(failedResult(this.task, error instanceof Error ? error.message : String(error)))
  }

  private done(index: number, found: VFileMessage[][]): void {
    this.waiting.set(index, found)
    const run = this.run!
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++)
      for (const messages of ready) run.take(messages)
    }
    if (this.next < this.batches.length) return
    const errors = new Map<string, InternalError>()
    const file = takeErrors(this.after!(run.finish()), errors)
    this.settled = true
    this.resolve({fixed: undefined, file, errors: [...errors.values()]})
  }
}
