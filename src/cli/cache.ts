// `--cache`: the findings of each file kept from one run to the next, so a run
// over files that have not changed lints none of them (as ESLint's
// `.eslintcache`).
//
// An entry is found by the file's absolute path and holds the SHA-256 of the
// file's bytes, its size, modification and status change times and inode, the
// key of what else the result depends on (cache-key.ts) and the findings. It is
// used when the key is the same and the file is: by its bytes (`--cache-strategy
// content`, the default) or by its size, modification time and inode
// (`metadata`: unchanged files are not even read; a file whose metadata changed
// is read and its hash compared before it is linted again).
//
// With `content`, a file is not read either when its status is the one its
// entry's bytes were read under, status change time included (the system sets
// it on every write, and no program can set it back), and that status was
// already SETTLE_MS old when the bytes were read. That is git's rule for its
// index: a write in the same tick of the file system's clock as the status
// seen could leave the status as it was, so a status that recent proves
// nothing and the file is read and hashed, as it is when its status changed.
// Reading and hashing each file was over half of a cached run of 37,526 files. With `--fix`, an entry is used only when it holds no finding
// that `--fix` would apply, so a fixable file is always fixed; a fixed file's
// entry is of its new bytes.
//
// The file is one line of header and one line per file (its path as JSON, a
// tab, the rest as JSON), so a lookup parses only the entry it needs. It is
// written anew by each run, entry by entry as the files are done, to a
// temporary file renamed over the old one at the end: a killed run leaves the
// previous cache. A cache that cannot be read or parsed is ignored with a
// notice, and replaced. Bounded: at most MAX_CACHE_BYTES; the entries of this
// run come first, then those of files not seen this run that still exist.
import {existsSync, mkdirSync, readFileSync, statSync, type BigIntStats} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fixableEdits} from '../fix/apply.ts'
import {deserializeResult, fixAllowed, serializeResult, type SerializedMessage, type TaskResult} from '../engine/task.ts'
import {ConfigKeys, engineKey, sha256} from './cache-key.ts'
import type {ResolvedConfig} from '../config/load.ts'
import type {Locale} from '../engine/locale.ts'
import type {RuleSettings} from '../engine/types.ts'
import type {Snapshot} from './read.ts'
import {openAtomic, type AtomicFile} from './write.ts'

export const CACHE_NAME = '.translintcache'
/** The cache file is never larger than this; a larger one is not read. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024
const FORMAT = 1
/** Entries are written in chunks of about this size. */
const CHUNK = 256 * 1024
const NEWLINE = Buffer.from('\n')
/** A status this much older than the read of a file's bytes is trusted to stand for them (`content`); more than FAT's 2-second clock. */
export const SETTLE_MS = 3000

export type CacheStrategy = 'content' | 'metadata'

export interface CacheOptions {
  /** `--cache-location`: a file, or a folder (existing, or given with a trailing slash). */
  location?: string
  strategy?: CacheStrategy
  cwd: string
  /** The run fixes (`--fix`, `--fix-dry-run`): only these kinds / rules when given. */
  fix?: {types?: string[]; rules?: string[]}
  /** `--report-unused-disable-directives` (it changes the findings). */
  reportUnusedDirectives?: boolean
  /** Said on standard error (a cache that could not be read or written). */
  notice: (text: string) => void
}

/** What the file was when it was read (or, with `metadata`, looked at). */
export interface FileState {
  size: number
  mtimeNs: bigint
  ino: bigint
}

interface Entry {
  /** SHA-256 of the file's bytes. */
  h: string
  /** Size, modification time (ns), inode: undefined when unknown (a file just fixed). */
  s?: number
  m?: string
  i?: string
  /** Status change time (ns); `a` is 1 when it was SETTLE_MS older than the read of the bytes hashed in `h`. */
  c?: string
  a?: 1
  /** The config key. */
  k: string
  r: {messages: SerializedMessage[]; segments?: unknown}
}

/** Where the cache file is: ESLint's rule, a folder gets a file named after the working directory. */
export function cacheFile(location: string | undefined, cwd: string): string {
  if (location === undefined) return resolve(cwd, CACHE_NAME)
  const path = resolve(cwd, location)
  let folder = /[\\/]$/.test(location)
  if (!folder) {
    try {
      folder = statSync(path).isDirectory()
    } catch {}
  }
  return folder ? join(path, `${CACHE_NAME}_${sha256(resolve(cwd)).slice(0, 16)}`) : path
}

export class ResultCache {
  readonly path: string
  readonly strategy: CacheStrategy
  /**
   * Entries of the previous run not yet seen in this one: path → its whole
   * line as read, bytes (with its line break). An entry kept as it was is
   * written back as those bytes, never decoded; one that is used is decoded
   * and parsed then (see `entry`).
   */
  private readonly previous = new Map<string, Buffer>()
  private out?: AtomicFile
  private pending: Buffer[] = []
  private pendingBytes = 0
  private written = 0
  private full = false
  private damaged = false
  private readonly keys: ConfigKeys

  constructor(private readonly options: CacheOptions) {
    this.path = cacheFile(options.location, options.cwd)
    this.strategy = options.strategy ?? 'content'
    this.keys = new ConfigKeys(Boolean(options.reportUnusedDirectives))
    // A device, FIFO or folder at the cache's place (`--cache-location /dev/null`) is neither read nor replaced.
    if (!regularOrMissing(this.path)) {
      options.notice(`${this.path}: not a regular file; no cache is read or written`)
      return
    }
    this.load()
    try {
      mkdirSync(dirname(this.path), {recursive: true})
      // Not flushed to disk before it is put in place: a cache a crash leaves empty is read as none.
      this.out = openAtomic(this.path, {durable: false})
    } catch (error) {
      options.notice(`${this.path}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run lints every file again`)
    }
    this.header()
  }

  /** The key of what a file's result depends on besides its bytes (cache-key.ts). */
  keyFor(config: ResolvedConfig, rules: RuleSettings, locale: Locale): string {
    return this.keys.keyFor(config, rules, locale)
  }

  private load(): void {
    let bytes: Buffer
    try {
      const stat = statSync(this.path)
      if (stat.size > MAX_CACHE_BYTES) return this.ignore(`larger than ${MAX_CACHE_BYTES / 1048576} MiB`)
      bytes = readFileSync(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      return this.ignore(`cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
    // An empty file (made by `touch`, or by a run stopped before it wrote anything) is no cache, not a damaged one.
    if (bytes.length === 0) return
    // Read as bytes: lines end at a line feed, a path ends at a tab (JSON writes neither raw within a value).
    const firstBreak = bytes.indexOf(0x0a)
    let header: {translintCache?: unknown; engine?: unknown}
    try {
      header = JSON.parse(bytes.toString('utf8', 0, firstBreak === -1 ? bytes.length : firstBreak))
    } catch {
      return this.ignore('not a translint cache')
    }
    if (typeof header !== 'object' || header === null || header.translintCache !== FORMAT) return this.ignore('not a translint cache')
    // Another version or build of translint: every entry is stale.
    if (header.engine !== engineKey()) return
    let start = firstBreak + 1
    while (firstBreak !== -1 && start < bytes.length) {
      let end = bytes.indexOf(0x0a, start)
      if (end === -1) end = bytes.length
      const tab = bytes.indexOf(0x09, start)
      if (end > start) {
        let path: unknown
        try {
          path = tab === -1 || tab > end ? undefined : JSON.parse(bytes.toString('utf8', start, tab))
        } catch {}
        if (typeof path !== 'string') {
          this.previous.clear()
          return this.ignore('a damaged entry')
        }
        // The line with its line break (one is added to a last line without it).
        this.previous.set(path, end < bytes.length ? bytes.subarray(start, end + 1) : Buffer.concat([bytes.subarray(start, end), NEWLINE]))
      }
      start = end + 1
    }
  }

  private ignore(why: string): void {
    this.options.notice(`${this.path}: ${why}; the cache is ignored (every file is linted) and written anew`)
  }

  private header(): void {
    this.emit(JSON.stringify({translintCache: FORMAT, engine: engineKey(), strategy: this.strategy}) + '\n')
  }

  /** Write a line (text, or bytes as read). */
  private emit(line: string | Buffer): boolean {
    if (!this.out) return false
    const data = typeof line === 'string' ? Buffer.from(line, 'utf8') : line
    if (this.written + data.length > MAX_CACHE_BYTES) {
      this.full = true
      return false
    }
    this.written += data.length
    this.pending.push(data)
    this.pendingBytes += data.length
    if (this.pendingBytes >= CHUNK) this.flush()
    return true
  }

  private flush(): void {
    if (!this.out || this.pending.length === 0) return
    const data = Buffer.concat(this.pending, this.pendingBytes)
    this.pending = []
    this.pendingBytes = 0
    try {
      this.out.write(data)
    } catch (error) {
      this.options.notice(`${this.path}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run lints every file again`)
      this.out.abort()
      this.out = undefined
    }
  }

  private entry(path: string): Entry | undefined {
    const line = this.previous.get(path)
    if (line === undefined) return undefined
    try {
      const entry = JSON.parse(line.toString('utf8', line.indexOf(0x09) + 1, line.length - 1)) as Entry
      if (typeof entry.h === 'string' && typeof entry.k === 'string' && Array.isArray(entry.r?.messages)) return entry
    } catch {}
    this.previous.delete(path)
    if (!this.damaged) this.options.notice(`${this.path}: a damaged entry (for ${path}); that file is linted again`)
    this.damaged = true
    return undefined
  }

  /** The entry's findings as a result, or undefined when they cannot stand for this run. */
  private result(entry: Entry, shown: string, text: string): TaskResult | undefined {
    let result: TaskResult
    try {
      result = deserializeResult({path: shown, value: text, cwd: this.options.cwd} as never, {messages: entry.r.messages, segments: entry.r.segments, errors: []})
    } catch {
      return undefined
    }
    // With --fix, a file with a fix to apply is linted (and fixed) again.
    if (this.options.fix && fixableEdits(result.file.messages, fixAllowed(this.options.fix)).length > 0) return undefined
    return result
  }

  /** An entry that stands as it is: its line is copied as read, bytes, not parsed and written again (most of a cached run's entries). */
  private keepAsItWas(path: string): void {
    const line = this.previous.get(path)
    this.previous.delete(path)
    if (line !== undefined) this.emit(line)
  }

  private keep(path: string, entry: Entry): void {
    const {r, ...rest} = entry
    // Findings last: the line starts with what a reader of the file looks for.
    this.emit(`${JSON.stringify(path)}\t${JSON.stringify({...rest, r})}\n`)
  }

  /**
   * The cached result of a file whose status says it is unchanged, without
   * reading it. `metadata`: its size, modification time and inode are those of
   * its entry. `content`: its status change time too, and the entry's bytes
   * were read when that status was already settled (see the top of this file).
   */
  byStatus(path: string, key: string, shown: string, found?: BigIntStats): {result: TaskResult; size: number} | undefined {
    const entry = this.entry(path)
    if (!entry || entry.k !== key || entry.m === undefined) return undefined
    const byContent = this.strategy === 'content'
    if (byContent && (entry.c === undefined || entry.a !== 1)) return undefined
    // The status seen when the file was found, else a look now.
    let stat = found
    try {
      stat ??= statSync(path, {bigint: true})
    } catch {
      return undefined
    }
    if (Number(stat.size) !== entry.s || String(stat.mtimeNs) !== entry.m || String(stat.ino) !== entry.i) return undefined
    if (byContent && String(stat.ctimeNs) !== entry.c) return undefined
    const result = this.result(entry, shown, '')
    if (!result) return undefined
    this.keepAsItWas(path)
    return {result, size: Number(stat.size)}
  }

  /** The cached result of a file just read, when its bytes are those of its entry. */
  byContent(path: string, key: string, shown: string, text: string, snapshot: Snapshot): TaskResult | undefined {
    const entry = this.entry(path)
    if (!entry || entry.k !== key) return undefined
    const hash = sha256(snapshot.bytes)
    if (hash !== entry.h) return undefined
    const result = this.result(entry, shown, text)
    if (!result) return undefined
    // The file is as it was: its entry is kept, with the status it has now.
    const now = state(snapshot)
    if (now.s === entry.s && now.m === entry.m && now.i === entry.i && now.c === entry.c && now.a === entry.a) this.keepAsItWas(path)
    else {
      this.previous.delete(path)
      this.keep(path, {...entry, ...now})
    }
    return result
  }

  /**
   * Record a file's findings: of `bytes` as read (`snapshot`) or as written by
   * `--fix` (no snapshot: its metadata is taken when it is next read). A result
   * with an internal error is never kept, so the error is said again.
   */
  store(path: string, key: string, result: TaskResult, bytes: Uint8Array, snapshot?: Snapshot): void {
    this.previous.delete(path)
    if (result.errors.length > 0) return
    const {messages, segments} = serializeResult({file: result.file, errors: []})
    this.keep(path, {h: sha256(bytes), ...(snapshot ? state(snapshot) : {}), k: key, r: segments === undefined ? {messages} : {messages, segments}})
  }

  /** A file seen in this run whose findings are not to be kept (unreadable, not fixed, a dry run). */
  forget(path: string): void {
    this.previous.delete(path)
  }

  /** Put the new cache in place: this run's entries, then those of other files that still exist. */
  finish(): void {
    for (const [path, line] of this.previous) {
      if (this.full) break
      if (existsSync(path)) this.emit(line)
    }
    this.previous.clear()
    this.flush()
    if (!this.out) return
    try {
      this.out.commit()
    } catch (error) {
      this.options.notice(`${this.path}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the next run lints every file again`)
    }
    this.out = undefined
  }

  /** The run stopped: the previous cache stays as it was. */
  abort(): void {
    this.out?.abort()
    this.out = undefined
  }
}

function regularOrMissing(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return true
  }
}

/** The status a file was read under (`a` always present, so that it replaces an entry's). */
function state(snapshot: Snapshot): Pick<Entry, 's' | 'm' | 'i' | 'c' | 'a'> {
  const settled = snapshot.readAtMs - Number(snapshot.ctimeNs / 1_000_000n) >= SETTLE_MS
  return {s: snapshot.size, m: String(snapshot.mtimeNs), i: String(snapshot.ino), c: String(snapshot.ctimeNs), a: settled ? 1 : undefined}
}
