// The journal of an in-place write, and what a later run does with the
// sidecars of a process that died: its journals, temporary files, locks and
// files moved aside (cleanFolder).
//
// A file with several hard links (or whose owner a new file could not keep)
// is overwritten through its own inode, which is not atomic: a kill in the
// middle leaves the first k bytes of the new text followed by the rest of the
// old one. So before it starts, the writer saves both texts in a journal next
// to the file (flushed to disk), and removes it when done. A run that finds a
// journal of a dead process knows every state the file can be in:
//   - the old text or the new text: the write did not start or finished; the journal goes;
//   - new[0, k) + old[k, …): torn; the new text is written again, then the journal goes;
//   - anything else: the file was edited after the crash; it is left alone, the
//     journal stays and the run says where the old text is (exit 2).
import {closeSync, fsyncSync, linkSync, openSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {overwriteInPlace, writeAll} from './fsio.ts'
import {MAX_DOCUMENT_BYTES, readRegularFile} from './limits.ts'
import {acquireLock, inFlight, isStale, parseSidecar, removeQuietly, removeStaleLock, sidecarPath} from './sidecar.ts'

const MAGIC = 'translint-journal'

interface Journal {
  /** The file's name in the journal's folder. */
  name: string
  original: Buffer
  fixed: Buffer
}

/** Save both texts next to `target`, flushed to disk; returns the journal's path. */
export function writeJournal(target: string, original: Uint8Array, fixed: Uint8Array): string {
  const path = sidecarPath(target, 'journal')
  const header = Buffer.from(JSON.stringify({[MAGIC]: 1, name: basename(target), original: original.length, fixed: fixed.length}) + '\n')
  // Only its owner may read it: it holds the document's text.
  const fd = openSync(path, 'wx', 0o600)
  inFlight.add(path)
  try {
    writeAll(fd, header)
    writeAll(fd, original)
    writeAll(fd, fixed)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    removeQuietly(path)
    throw error
  }
  closeSync(fd)
  return path
}

/** A complete journal, or undefined when it was cut short (then the file itself was never touched). */
function readJournal(path: string): Journal | undefined {
  let data: Buffer
  try {
    data = readRegularFile(path, 2 * MAX_DOCUMENT_BYTES + 4096, 'journal')
  } catch {
    return undefined
  }
  const end = data.indexOf(0x0a)
  if (end === -1) return undefined
  try {
    const header = JSON.parse(data.subarray(0, end).toString('utf8')) as Record<string, unknown>
    const {name, original, fixed} = header
    if (header[MAGIC] !== 1 || typeof name !== 'string' || name.includes('/') || typeof original !== 'number' || typeof fixed !== 'number') return undefined
    if (data.length !== end + 1 + original + fixed) return undefined
    return {name, original: data.subarray(end + 1, end + 1 + original), fixed: data.subarray(end + 1 + original)}
  } catch {
    return undefined
  }
}

export type JournalState = 'original' | 'fixed' | 'torn' | 'edited'

/** Which of the states an interrupted in-place write can leave `current` is in. */
export function journalState(current: Uint8Array, original: Uint8Array, fixed: Uint8Array): JournalState {
  const now = Buffer.from(current.buffer, current.byteOffset, current.length)
  if (now.equals(original)) return 'original'
  if (now.equals(fixed)) return 'fixed'
  // Torn after k bytes: now = fixed[0, k) + original[k, …), so its length is max(k, original length).
  if (now.length < original.length) return 'edited'
  let prefix = 0
  const limit = Math.min(now.length, fixed.length)
  while (prefix < limit && now[prefix] === fixed[prefix]) prefix++
  if (now.length > original.length) return prefix === now.length ? 'torn' : 'edited'
  // Same length as the original: some k ≤ prefix with now[k, …) = original[k, …).
  let suffixStart = now.length
  while (suffixStart > 0 && now[suffixStart - 1] === original[suffixStart - 1]) suffixStart--
  return suffixStart <= prefix ? 'torn' : 'edited'
}

export interface FolderCleanup {
  /** Lines for standard error. */
  notices: string[]
  /** Whether a notice calls for exit 2 (a journal left for the user). */
  failed: boolean
  /** Files (real paths) with a journal left for the user: not to be fixed in this run. */
  blocked: Set<string>
}

/**
 * Before fixing files in `dir`: remove the temporary files and locks of dead
 * runs, and settle their journals. `show` turns a real path into the path
 * shown in messages.
 */
export function cleanFolder(dir: string, show: (path: string) => string = (p) => p): FolderCleanup {
  const result: FolderCleanup = {notices: [], failed: false, blocked: new Set()}
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return result
  }
  for (const name of names) {
    const sidecar = parseSidecar(name)
    if (!sidecar) continue
    const path = join(dir, name)
    if (sidecar.kind === 'lock') {
      removeStaleLock(path)
    } else if (isStale(path, sidecar.pid)) {
      if (sidecar.kind === 'tmp') removeQuietly(path)
      else if (sidecar.kind === 'aside') putBack(dir, path, sidecar.name, show, result)
      else settleJournal(dir, path, show, result)
    }
  }
  return result
}

/**
 * A file a dead run had moved aside to link its fixed text in place (write.ts
 * `swapIn`). If nothing is at its path, the run died between the two steps:
 * the file goes back, unfixed. If something is, that is the fixed text or a
 * later save, and the file aside is the text from before: removed.
 */
function putBack(dir: string, path: string, name: string, show: (path: string) => string, result: FolderCleanup): void {
  const target = join(dir, name)
  try {
    // link, not rename: it fails instead of replacing a file that appeared at the path.
    linkSync(path, target)
    result.notices.push(`${show(target)}: put back where it was; a run that was fixing it had been interrupted (not fixed)`)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      result.failed = true
      result.notices.push(`${show(target)}: a run that was fixing this file was interrupted, and its text is in ${show(path)}; cannot put it back (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
      return
    }
  }
  removeQuietly(path)
}

function settleJournal(dir: string, path: string, show: (path: string) => string, result: FolderCleanup): void {
  const journal = readJournal(path)
  // Cut short: the in-place write starts only once the journal is complete on disk.
  if (!journal) return removeQuietly(path)
  const target = join(dir, journal.name)
  let release: (() => void) | undefined
  try {
    release = acquireLock(target)
    let current: Buffer
    try {
      current = readRegularFile(target, MAX_DOCUMENT_BYTES * 2, 'file')
    } catch (error) {
      // Deleted (or replaced by something that is not a file) since: the user's choice.
      if ((error as {code?: string}).code === 'ENOENT') return removeQuietly(path)
      throw error
    }
    const state = journalState(current, journal.original, journal.fixed)
    if (state === 'torn') {
      overwriteInPlace(target, journal.fixed)
      result.notices.push(`${show(target)}: finished a fix that an interrupted run had left half written`)
    }
    if (state !== 'edited') return removeQuietly(path)
    result.failed = true
    result.blocked.add(target)
    result.notices.push(
      `${show(target)}: a run that was fixing this file was interrupted, and the file has changed since; ` +
        `it is left as it is, not fixed, and its text from before that fix is kept in ${show(path)} ` +
        `(after the first line): compare, then delete that file`
    )
  } catch (error) {
    result.failed = true
    result.blocked.add(target)
    result.notices.push(`${show(target)}: cannot settle the journal ${show(path)} of an interrupted fix (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); not fixed`)
  } finally {
    release?.()
  }
}
