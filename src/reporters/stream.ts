// Reporters as streams: the command line hands each file's result over as soon
// as the file is done, in the order of the file list, and prints what the
// format lets it print at once. `stylish`, `json`, `jsonl`, `github` and
// `checkstyle` print each file as it comes (memory does not grow with the
// run); `sarif` (its rule list comes first) and `junit` (its totals come
// first) keep only each file's findings, not its text or syntax tree, and
// print their report piece by piece at the end. `html` prints each file's
// section (its text with the findings marked) as it comes and its lists at
// the end, built in the browser from what the sections carry.
import {VFile} from 'vfile'
import {CHECKSTYLE_HEAD, CHECKSTYLE_TAIL, checkstyleFile} from './checkstyle.ts'
import {github} from './github.ts'
import {htmlStream} from './html.ts'
import type {Reporter, ReporterOptions} from './index.ts'
import {json, jsonEntry, jsonl} from './json.ts'
import {junitChunks} from './junit.ts'
import {compact as compactFormat} from './compact.ts'
import {sarifChunks} from './sarif.ts'
import {stylishStream} from './stylish.ts'

export interface ReportStream {
  /** The report's text for one more file ('' when the format prints at the end); `text` is the file's text, for the formats that quote it. */
  add(file: VFile, text?: string): string
  /** The rest of the report, in pieces (to be written one after the other). */
  end(): Iterable<string>
}

/** A file reduced to what a report shows: its path and findings. */
export function compact(file: VFile): VFile {
  const kept = new VFile({path: file.path, cwd: file.cwd})
  kept.messages = file.messages
  return kept
}

/** A whole-run format fed file by file: findings are kept, the report is made at the end. */
export function buffered(report: (files: VFile[]) => Iterable<string>): ReportStream {
  const files: VFile[] = []
  return {
    add(file) {
      files.push(compact(file))
      return ''
    },
    end: () => report(files)
  }
}

function jsonStream(): ReportStream {
  // Byte for byte what `json` prints for the same files.
  let count = 0
  return {
    add: (file) => (count++ === 0 ? '[' : ',') + JSON.stringify(jsonEntry(file)),
    end: () => [count === 0 ? json([]) : ']\n']
  }
}

function checkstyleStream(): ReportStream {
  let started = false
  const head = () => (started ? '' : ((started = true), CHECKSTYLE_HEAD))
  return {
    add: (file) => head() + checkstyleFile(file),
    end: () => [head() + CHECKSTYLE_TAIL]
  }
}

const streaming: Record<string, (options: ReporterOptions) => ReportStream> = {
  stylish: (options) => stylishStream(options),
  compact: (options) => ({add: (file) => compactFormat([file], options), end: () => []}),
  json: () => jsonStream(),
  jsonl: () => ({add: (file) => jsonl([file]), end: () => []}),
  github: () => ({add: (file) => github([file]), end: () => []}),
  checkstyle: () => checkstyleStream(),
  sarif: () => buffered(sarifChunks),
  junit: () => buffered(junitChunks),
  html: (options) => htmlStream(options.locale)
}

export function reportStream(format: string, reporter: Reporter, options: ReporterOptions): ReportStream {
  return streaming[format]?.(options) ?? buffered((files) => [reporter(files, options)])
}
