// Loading corpus statistics: the shipped file (counts from edited news, under
// data/stats/) and the user's own files, read lazily the first time a rule
// asks and cached per process by the list of files.
import {closeSync, existsSync, fstatSync, openSync, readSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LintSettings} from '../engine/types.ts'
import {readFileShared} from '../engine/shared-file.ts'
import {nowMs} from '../engine/clock.ts'
import {CorpusStats} from './corpus-stats.ts'
import {openStats, StatsFormatError, type DecodedStats} from './format.ts'

export const SHIPPED_STATS = 'ar-news.tlstats'
/** A statistics file larger than this is refused rather than read. */
export const MAX_STATS_BYTES = 256 * 1024 * 1024

/** Where the shipped file may be, from this module in src/stats/ or in a dist/ bundle. */
function shippedCandidates(): string[] {
  const here = dirname(fileURLToPath(import.meta.url))
  return [
    join(here, '..', 'data', 'stats', SHIPPED_STATS), // dist/index.js, dist/cli.js
    join(here, '..', '..', 'data', 'stats', SHIPPED_STATS) // src/stats/load.ts, dist/chunks/*.js
  ]
}

export function shippedStatsPath(): string | undefined {
  return shippedCandidates().find((path) => existsSync(path))
}

export class StatsLoadError extends Error {
  constructor(
    readonly path: string,
    problem: string
  ) {
    super(`${path}: ${problem}`)
  }
}

/**
 * Open one statistics file: its header now (a clear error for anything that
 * is not a statistics file), each table when a rule first needs it.
 */
export function readStatsFile(path: string): DecodedStats {
  let fd: number
  let size: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    throw new StatsLoadError(path, `cannot read the statistics file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new StatsLoadError(path, 'is not a regular file')
    size = stat.size
    if (size > MAX_STATS_BYTES) throw new StatsLoadError(path, `is larger than ${MAX_STATS_BYTES / 1048576} MiB; not a statistics file`)
  } catch (error) {
    closeSync(fd)
    throw error
  }
  const readAt = (offset: number, length: number): Uint8Array => {
    // The file stays open for the tables read later; a failed read is the file's fault.
    const bytes = new Uint8Array(length)
    let done = 0
    while (done < length) {
      const n = readSync(fd, bytes, done, length - done, offset + done)
      if (n === 0) throw new StatsLoadError(path, 'truncated statistics file')
      done += n
    }
    return bytes
  }
  try {
    return openStats(size, readAt)
  } catch (error) {
    closeSync(fd)
    if (error instanceof StatsFormatError) throw new StatsLoadError(path, error.message)
    throw error
  }
}

// The shipped file's bytes, in memory once for every thread when the pool runs worker threads
// (sharedStats, useSharedStats): each thread reading its own copy cost about 9 MB a thread. A run in one
// thread reads only the tables its rules ask for (readStatsFile).
const sharedShipped: {bytes?: Uint8Array} = {}

/** The shipped statistics file's bytes for worker threads (read now if not yet), or undefined without the file. */
export function sharedStats(): SharedArrayBuffer | undefined {
  if (!sharedShipped.bytes) {
    const path = shippedStatsPath()
    if (!path) return undefined
    sharedShipped.bytes = readFileShared(path, () => new StatsLoadError(path, 'truncated statistics file'))
  }
  return sharedShipped.bytes.buffer as SharedArrayBuffer
}

/** In a worker thread: the shipped file's bytes another thread read (sharedStats). */
export function useSharedStats(buffer: SharedArrayBuffer): void {
  sharedShipped.bytes ??= new Uint8Array(buffer)
}

/** The shipped file from the shared bytes: its tables are views on them, not copies. */
function openShared(path: string, bytes: Uint8Array): DecodedStats {
  try {
    return openStats(bytes.length, (offset, length) => {
      if (offset + length > bytes.length) throw new StatsLoadError(path, 'truncated statistics file')
      return bytes.subarray(offset, offset + length)
    })
  } catch (error) {
    if (error instanceof StatsFormatError) throw new StatsLoadError(path, error.message)
    throw error
  }
}

const loaded = new Map<string, CorpusStats | null>()
let loadMs = 0

/**
 * The statistics for a run: the shipped file plus the user's (`settings.statsFiles`).
 * Undefined when turned off (`stats: false`) or when no statistics file can be
 * found: a rule then decides by its rules of thumb alone.
 */
export function statsFor(settings: LintSettings | undefined): CorpusStats | undefined {
  if (settings?.useStats === false) return undefined
  const user = settings?.statsFiles ?? []
  const key = user.join('\0')
  let stats = loaded.get(key)
  if (stats === undefined) {
    const started = nowMs()
    const shipped = shippedStatsPath()
    const sources = [
      ...(shipped ? [sharedShipped.bytes ? openShared(shipped, sharedShipped.bytes) : readStatsFile(shipped)] : []),
      ...user.map((path) => readStatsFile(path))
    ]
    stats = sources.length === 0 ? null : new CorpusStats(sources)
    loaded.set(key, stats)
    loadMs += nowMs() - started
  }
  return stats ?? undefined
}

/** Milliseconds spent loading statistics in this process (for the benchmark). */
export function statsLoadMs(): number {
  return loadMs
}
