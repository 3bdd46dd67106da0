// `--format stylish`: vfile-reporter, with Arabic snippets kept readable in
// terminals by wrapping them in first-strong isolates.
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF][^`]*/g

export interface StylishOptions {
  quiet?: boolean
  color?: boolean
}

export function stylish(files: VFile[], options: StylishOptions = {}): string {
  for (const file of files) {
    for (const message of file.messages) {
      // Isolate Arabic runs so a terminal does not reorder the surrounding line.
      message.message = message.reason.replace(ARABIC_RUN, (run) => `\u2068${run}\u2069`)
      // A bilingual file's findings name their segment.
      if (message.segment !== undefined) message.message += ` (segment ${message.segment})`
    }
  }
  const out = reporter(files, {quiet: options.quiet, color: options.color, verbose: false})
  for (const file of files) for (const message of file.messages) message.message = message.reason
  return out ? out + '\n' : ''
}
