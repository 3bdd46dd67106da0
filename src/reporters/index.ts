import type {VFile} from 'vfile'
import type {Locale} from '../engine/locale.ts'
import {checkstyle} from './checkstyle.ts'
import {compact} from './compact.ts'
import {github} from './github.ts'
import {html} from './html.ts'
import {json, jsonl} from './json.ts'
import {junit} from './junit.ts'
import {sarif} from './sarif.ts'
import {stylish} from './stylish.ts'

export interface ReporterOptions {
  quiet?: boolean
  color?: boolean
  cwd?: string
  /** Width of the terminal, for the formats that fit their lines to it. */
  columns?: number
  /** The language of the reporter's own words (the messages come worded already). */
  locale?: Locale
}

export type Reporter = (files: VFile[], options: ReporterOptions) => string

export const reporters: Record<string, Reporter> = {
  stylish,
  compact: (files, options) => compact(files, options),
  json: (files) => json(files),
  jsonl: (files) => jsonl(files),
  sarif: (files) => sarif(files),
  github: (files) => github(files),
  checkstyle: (files) => checkstyle(files),
  junit: (files) => junit(files),
  html: (files, options) => html(files, options)
}
