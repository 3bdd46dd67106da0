// Loading corpus statistics: the shipped file (counts from edited news, under
// data/stats/) and the user's own files, read lazily the first time a rule
// asks and cached per process by the list of files.
import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {LintSettings} from '../engine/types.ts'
import {CorpusStats} from './corpus-stats.ts'
import {decodeStats, StatsFormatError} from './format.ts'

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

/** Read one statistics file, with a clear error for anything that is not one. */
export function readStatsFile(path: string) {
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new StatsLoadError(path, 'is not a regular file')
    size = stat.size
  } catch (error) {
    if (error instanceof StatsLoadError) throw error
    throw new StatsLoadError(path, `cannot read the statistics file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  if (size > MAX_STATS_BYTES) throw new StatsLoadError(path, `is larger than ${MAX_STATS_BYTES / 1048576} MiB; not a statistics file`)
  try {
    return decodeStats(new Uint8Array(readFileSync(path)))
  } catch (error) {
    if (error instanceof StatsFormatError) throw new StatsLoadError(path, error.message)
    throw new StatsLoadError(path, `cannot read the statistics file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
}

const loaded = new Map<string, CorpusStats | null>()
let loadMs = 0

/**
 * The statistics for a run: the shipped file plus the user's (`settings.statsFiles`).
 * Undefined when no statistics file can be found (a rule then falls back to
 * its rules of thumb).
 */
export function statsFor(settings: LintSettings | undefined): CorpusStats | undefined {
  const user = settings?.statsFiles ?? []
  const key = user.join('\0')
  let stats = loaded.get(key)
  if (stats === undefined) {
    const started = performance.now()
    const shipped = shippedStatsPath()
    const paths = [...(shipped ? [shipped] : []), ...user]
    stats = paths.length === 0 ? null : new CorpusStats(paths.map((path) => readStatsFile(path)))
    loaded.set(key, stats)
    loadMs += performance.now() - started
  }
  return stats ?? undefined
}

/** Milliseconds spent loading statistics in this process (for the benchmark). */
export function statsLoadMs(): number {
  return loadMs
}
