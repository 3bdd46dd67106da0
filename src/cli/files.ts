// Expand the command line's paths into the files to lint, one at a time (a
// folder of a million files is never listed in memory): files as given,
// folders recursively (by extension), globs. Folder scans stay inside the
// folder: a symlink to a folder is not followed unless asked
// (`--follow-symlinks`, with loop detection); a symlink to a file is linted
// (and a fix writes its target). A file reached twice — by two arguments, a
// symlink and its target, two hard links — is linted once, under the first path.
import {statSync, type BigIntStats} from 'node:fs'
import {basename, dirname, join, relative, resolve} from 'node:path'
import picomatch from 'picomatch'
import {parseSidecar} from './sidecar.ts'
import {say} from './texts.ts'

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
  /** Size in bytes when found (to plan the work; the read checks again). */
  size: number
  /** Its status when found (none: not there, a broken symlink): `--cache` takes an unchanged file's findings without another look. */
  status?: BigIntStats
  /** Found in a folder as a file, not a symlink: its real folder is that of the folder it was found in. */
  direct?: boolean
}

export interface ExpandOptions {
  cwd: string
  /** The extensions linted in a folder (from the config that applies there). */
  extensionsFor: (dir: string) => Promise<string[]>
  followSymlinks?: boolean
  /** A glob that matches nothing is an error (the default; `--no-error-on-unmatched-pattern`). */
  errorOnUnmatched?: boolean
}

/** Folders never searched (besides every name starting with a dot). */
const SKIP = new Set(['node_modules'])

interface Entry {
  name: string
  path: string
  /** What the entry is, symlinks followed (undefined: a broken symlink). */
  stats: BigIntStats | undefined
  symlink: boolean
}

/**
 * A path's status, symlinks followed (undefined when there is none to see).
 * Synchronous: a few microseconds each, where a promise's round trip through
 * the thread pool cost several times that, for every file of a folder.
 */
function statusOf(path: string): BigIntStats | undefined {
  try {
    return statSync(path, {bigint: true, throwIfNoEntry: false})
  } catch {
    return undefined
  }
}

// node:fs/promises is loaded when a folder is read, not at start: with the streams and readline
// interface it brings, it is about 1-2 ms of a cold start that lints one named file.
const fsPromises = () => process.getBuiltinModule('node:fs/promises')

/** Entries of a folder in the order of their full paths (a folder sorts as `name/`). */
async function entries(dir: string): Promise<Entry[]> {
  const list: Entry[] = []
  let handle
  try {
    handle = await fsPromises().opendir(dir)
  } catch {
    return list
  }
  for await (const dirent of handle) {
    if (dirent.name.startsWith('.') || SKIP.has(dirent.name)) continue
    const path = join(dir, dirent.name)
    list.push({name: dirent.name, path, stats: statusOf(path), symlink: dirent.isSymbolicLink()})
  }
  const key = (entry: Entry) => (entry.stats?.isDirectory() ? `${entry.name}/` : entry.name)
  return list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

interface Walk {
  /** Which files to yield, by their path relative to the walk's root. */
  accept: (relativePath: string) => boolean
  /** Folders deeper than this are not entered (a glob without `**`). */
  maxDepth: number
  follow: boolean
  /** Folders already walked (device:inode), so a symlink loop or a second link is walked once. */
  visited: Set<string>
}

async function* walk(root: string, dir: string, depth: number, options: Walk): AsyncGenerator<{path: string; stats: BigIntStats | undefined; symlink: boolean}> {
  for (const entry of await entries(dir)) {
    if (entry.stats?.isDirectory()) {
      if (entry.symlink && !options.follow) continue
      if (depth + 1 > options.maxDepth) continue
      const key = `${entry.stats.dev}:${entry.stats.ino}`
      if (options.visited.has(key)) continue
      options.visited.add(key)
      yield* walk(root, entry.path, depth + 1, options)
    } else if (!entry.stats || entry.stats.isFile()) {
      // A broken symlink is yielded: reading it reports it.
      if (options.accept(relative(root, entry.path))) yield {path: entry.path, stats: entry.stats, symlink: entry.symlink}
    }
  }
}

function extensionMatcher(extensions: string[]): (path: string) => boolean {
  const suffixes = extensions.map((e) => `.${e}`)
  return (path) => suffixes.some((suffix) => path.endsWith(suffix))
}

/**
 * The files to lint, in order, each once; a path that matches nothing is
 * yielded as an InputError (the run goes on with the others).
 */
export async function* expandPaths(paths: string[], options: ExpandOptions): AsyncGenerator<FoundFile | InputError> {
  const seen = new Set<string>()
  const visited = new Set<string>()
  const follow = Boolean(options.followSymlinks)
  function* once(path: string, stats: BigIntStats | undefined, explicit: boolean, direct = false): Generator<FoundFile> {
    if (stats) {
      const key = `${stats.dev}:${stats.ino}`
      if (seen.has(key)) return
      seen.add(key)
    }
    yield {path, explicit, size: Number(stats?.size ?? 0), status: stats, direct}
  }
  for (const given of paths) {
    const absolute = resolve(options.cwd, given)
    const stats = statusOf(absolute)
    if (stats?.isDirectory()) {
      const key = `${stats.dev}:${stats.ino}`
      if (visited.has(key)) continue
      visited.add(key)
      const accept = extensionMatcher(await options.extensionsFor(absolute))
      for await (const file of walk(absolute, absolute, 0, {accept, maxDepth: Infinity, follow, visited})) yield* once(file.path, file.stats, false, !file.symlink)
      continue
    }
    if (stats) {
      // A file (or a device, a FIFO: reading it says it is not a regular file).
      yield* once(absolute, stats, true)
      continue
    }
    // tinyglobby (and the folder walker it brings) only for what is neither a file nor a folder.
    const {isDynamicPattern} = await import('tinyglobby')
    if (isDynamicPattern(given)) {
      let matched = false
      for await (const file of globFiles(given, options.cwd, follow, visited)) {
        matched = true
        yield* once(file.path, file.stats, false, !file.symlink)
      }
      if (!matched && options.errorOnUnmatched !== false) yield new InputError(given, say('noMatch'))
      continue
    }
    // Moved aside by a `--fix` that was killed: the folder's cleanup puts it back before it is read.
    if (await movedAside(absolute)) {
      yield {path: absolute, explicit: true, size: 0}
      continue
    }
    yield new InputError(absolute, say('noSuchPath'))
  }
}

/** Whether a run fixing `path` moved it aside (write.ts `swapIn`) and left it there. */
async function movedAside(path: string): Promise<boolean> {
  try {
    for (const name of await fsPromises().readdir(dirname(path))) {
      const sidecar = parseSidecar(name)
      if (sidecar?.kind === 'aside' && sidecar.name === basename(path)) return true
    }
  } catch {}
  return false
}

async function* globFiles(pattern: string, cwd: string, follow: boolean, visited: Set<string>): AsyncGenerator<{path: string; stats: BigIntStats | undefined; symlink: boolean}> {
  const {base, glob} = picomatch.scan(pattern.split('\\').join('/'))
  const root = resolve(cwd, base || '.')
  const match = picomatch(glob, {dot: false})
  const maxDepth = glob.includes('**') ? Infinity : glob.split('/').length - 1
  // A glob walks its own folders: `visited` is for loops within it, not shared with other arguments.
  yield* walk(root, root, 0, {accept: (path) => match(path.split('\\').join('/')), maxDepth, follow, visited: new Set(visited)})
}
