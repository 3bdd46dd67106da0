// Reporters as streams: the command line hands each file's result over as soon
// as the file is done, in the order of the file list, and prints what the
// format lets it print at once. `stylish`, `json`, `jsonl` and `github` print
// each file as it comes (memory does not grow with the run); formats that need
// the whole run first (`sarif`'s rule list, `junit`'s totals, `checkstyle`)
// keep only each file's findings (not its text or syntax tree) until the end.
import {VFile} from 'vfile'
import {github} from './github.ts'
import type {Reporter, ReporterOptions} from './index.ts'
import {json, jsonEntry, jsonl} from './json.ts'
import {stylishStream} from './stylish.ts'

export interface ReportStream {
  /** The report's text for one more file ('' when the format prints at the end). */
  add(file: VFile): string
  /** The rest of the report. */
  end(): string
}

/** A file reduced to what a report shows: its path and findings. */
export function compact(file: VFile): VFile {
  const kept = new VFile({path: file.path, cwd: file.cwd})
  kept.messages = file.messages
  return kept
}

/** A whole-report format fed file by file: findings are kept, the report is made at the end. */
export function buffered(reporter: Reporter, options: ReporterOptions): ReportStream {
  const files: VFile[] = []
  return {
    add(file) {
      files.push(compact(file))
      return ''
    },
    end: () => reporter(files, options)
  }
}

function jsonStream(): ReportStream {
  // Byte for byte what `json` prints for the same files.
  let count = 0
  return {
    add: (file) => (count++ === 0 ? '[' : ',') + JSON.stringify(jsonEntry(file)),
    end: () => (count === 0 ? json([]) : ']\n')
  }
}

const streaming: Record<string, (options: ReporterOptions) => ReportStream> = {
  stylish: (options) => stylishStream(options),
  json: () => jsonStream(),
  jsonl: () => ({add: (file) => jsonl([file]), end: () => ''}),
  github: () => ({add: (file) => github([file]), end: () => ''})
}

export function reportStream(format: string, reporter: Reporter, options: ReporterOptions): ReportStream {
  return streaming[format]?.(options) ?? buffered(reporter, options)
}
