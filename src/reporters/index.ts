import type {VFile} from 'vfile'
import {json} from './json.ts'
import {stylish} from './stylish.ts'

export interface ReporterOptions {
  quiet?: boolean
  color?: boolean
  cwd?: string
}

export type Reporter = (files: VFile[], options: ReporterOptions) => string

export const reporters: Record<string, Reporter> = {
  stylish,
  json: (files) => json(files)
}
