// Expand the command line's paths: files as given, folders recursively (by
// extension), globs through tinyglobby. Missing paths are errors, not crashes.
import {existsSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string
  ) {
    super(`${path}: ${detail}`)
    this.name = 'InputError'
  }
}

export interface FoundFile {
  path: string
  /** Named on the command line (not found in a folder or by a glob). */
  explicit: boolean
}

const SKIP = ['**/node_modules/**', '**/.git/**']

export async function expandPaths(
  paths: string[],
  cwd: string,
  extensionsFor: (dir: string) => Promise<string[]>
): Promise<{found: FoundFile[]; errors: InputError[]}> {
  const found: FoundFile[] = []
  const errors: InputError[] = []
  const seen = new Set<string>()
  const add = (path: string, explicit: boolean) => {
    if (!seen.has(path)) {
      seen.add(path)
      found.push({path, explicit})
    }
  }
  for (const given of paths) {
    const absolute = resolve(cwd, given)
    if (existsSync(absolute)) {
      const stat = statSync(absolute)
      if (stat.isDirectory()) {
        const extensions = await extensionsFor(absolute)
        const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`
        const files = await glob(pattern, {cwd: absolute, absolute: true, ignore: SKIP, dot: false})
        files.sort()
        for (const file of files) add(file, false)
      } else {
        add(absolute, true)
      }
      continue
    }
    if (isDynamicPattern(given)) {
      const files = await glob(given, {cwd, absolute: true, ignore: SKIP})
      if (files.length === 0) errors.push(new InputError(given, 'no files match this pattern'))
      files.sort()
      for (const file of files) add(file, false)
      continue
    }
    errors.push(new InputError(absolute, 'no such file or folder'))
  }
  return {found, errors}
}
