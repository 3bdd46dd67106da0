// Writing a fixed file so that a fix can only win: the file is replaced only
// if it still holds, byte for byte, what was read and linted; otherwise the
// caller is told it changed (and lints it again). The text goes to the file a
// symlink points at; hard links, owner, group and mode are kept.
//
// Two ways to replace a file, both checked under the file's lock (sidecar.ts),
// so two translint runs fixing the same file take turns:
//   - a file with one link that a new file can stand in for (same owner and
//     group): the new text goes to a temporary file in the same folder
//     (flushed to disk), then the check, then a rename over the file. A kill at
//     any moment leaves the old file or the new one, and at worst a temporary
//     file that the next run removes.
//   - otherwise (hard links, a file owned by someone else): the check, then the
//     file is overwritten through its own inode, with a journal of both texts
//     next to it for the next run to finish or report a torn write (journal.ts).
// The check and the replacement run synchronously one after the other: the
// only window left is the few microseconds between them, for a program other
// than translint that writes at that very moment.
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  statSync
} from 'node:fs'
import {fdHolds, overwriteInPlace, writeAll} from './fsio.ts'
import {writeJournal} from './journal.ts'
import type {Snapshot} from './read.ts'
import {acquireLock, inFlight, removeQuietly, sidecarPath} from './sidecar.ts'

export type WriteResult = 'written' | 'changed'

/** The file at `snapshot.path` is still the one that was read, with the same bytes. */
export function unchanged(snapshot: Snapshot): boolean {
  let fd: number
  try {
    // The path still leads to the same file (a symlink was not re-pointed)...
    if (realpathSync(snapshot.path) !== snapshot.target) return false
    fd = openSync(snapshot.target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch {
    return false
  }
  try {
    // ...the same inode (not a file saved over it)...
    const stat = fstatSync(fd, {bigint: true})
    if (stat.dev !== snapshot.dev || stat.ino !== snapshot.ino) return false
    // ...holding the same bytes (a time stamp can stay the same across two quick writes).
    return fdHolds(fd, snapshot.bytes)
  } finally {
    closeSync(fd)
  }
}

function readOnly(snapshot: Snapshot): Error {
  return Object.assign(new Error(`${snapshot.path} is read-only`), {code: 'EACCES'})
}

/**
 * Replace the file read as `snapshot` with `data`, unless it changed since.
 * `beforeCheck` runs just before the check (tests make an edit there).
 */
export function writeFixed(snapshot: Snapshot, data: Uint8Array, beforeCheck?: () => void): WriteResult {
  // A file without write permission is the user's way to say "leave it" (root included).
  if ((snapshot.mode & 0o222) === 0) throw readOnly(snapshot)
  const temp = snapshot.nlink === 1 ? prepareReplacement(snapshot, data) : undefined
  if (temp) return renameOver(snapshot, temp, beforeCheck)
  return overwriteWithJournal(snapshot, data, beforeCheck)
}

/**
 * The new text in a temporary file with the original's mode, owner and group;
 * undefined when those cannot be given to a new file (someone else's file).
 */
function prepareReplacement(snapshot: Snapshot, data: Uint8Array): string | undefined {
  const temp = sidecarPath(snapshot.target, 'tmp')
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600)
  inFlight.add(temp)
  try {
    const stat = fstatSync(fd)
    if (stat.uid !== snapshot.uid || stat.gid !== snapshot.gid) {
      try {
        fchownSync(fd, snapshot.uid, snapshot.gid)
      } catch {
        closeSync(fd)
        removeQuietly(temp)
        return undefined
      }
    }
    // After chown, which clears set-id bits.
    fchmodSync(fd, snapshot.mode)
    writeAll(fd, data)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    removeQuietly(temp)
    throw error
  }
  closeSync(fd)
  return temp
}

function renameOver(snapshot: Snapshot, temp: string, beforeCheck?: () => void): WriteResult {
  let release: (() => void) | undefined
  try {
    release = acquireLock(snapshot.target)
    beforeCheck?.()
    if (!unchanged(snapshot)) return 'changed'
    renameSync(temp, snapshot.target)
    inFlight.delete(temp)
    return 'written'
  } finally {
    release?.()
    if (inFlight.has(temp)) removeQuietly(temp)
  }
}

function overwriteWithJournal(snapshot: Snapshot, data: Uint8Array, beforeCheck?: () => void): WriteResult {
  const journal = writeJournal(snapshot.target, snapshot.bytes, data)
  let release: (() => void) | undefined
  let keepJournal = false
  try {
    release = acquireLock(snapshot.target)
    beforeCheck?.()
    if (!unchanged(snapshot)) return 'changed'
    try {
      overwriteInPlace(snapshot.target, data)
    } catch (error) {
      // Half written (a full disk, an I/O error): put the original back, or keep the journal for the next run.
      try {
        overwriteInPlace(snapshot.target, snapshot.bytes)
      } catch {
        keepJournal = true
        inFlight.delete(journal)
      }
      throw error
    }
    return 'written'
  } finally {
    release?.()
    if (!keepJournal) removeQuietly(journal)
  }
}

/**
 * Write a file of our own (a report, a baseline) atomically: a temporary file
 * in the same folder, then a rename. An existing file keeps its permissions; a
 * read-only one is refused.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const out = openAtomic(path)
  try {
    out.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
  } catch (error) {
    out.abort()
    throw error
  }
  out.commit()
}

export interface AtomicFile {
  write(data: Uint8Array): void
  /** Flush and rename over the destination. */
  commit(): void
  /** Remove the temporary file; the destination is untouched. */
  abort(): void
}

function openDirect(path: string): AtomicFile {
  const fd = openSync(path, 'w')
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
  }
  return {write: (data) => writeAll(fd, data), commit: close, abort: close}
}

/** A file written in pieces (a streamed report) that appears at `path` only when complete. */
export function openAtomic(path: string): AtomicFile {
  let mode: number | undefined
  let special = false
  try {
    const stat = statSync(path)
    mode = stat.mode & 0o7777
    special = stat.isCharacterDevice() || stat.isFIFO() || stat.isSocket()
  } catch {}
  // `-o /dev/null`, `-o /dev/stderr`, a FIFO: written to as they are. A rename would put a regular file in their place.
  if (special) return openDirect(path)
  if (mode !== undefined && (mode & 0o222) === 0) throw Object.assign(new Error(`${path} is read-only`), {code: 'EACCES'})
  let target = path
  try {
    target = realpathSync(path)
  } catch {}
  const temp = sidecarPath(target, 'tmp')
  // A new file gets 0o666 less the umask, as any file the user creates.
  const fd = openSync(temp, 'wx', mode ?? 0o666)
  inFlight.add(temp)
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
  }
  return {
    write: (data) => writeAll(fd, data),
    commit() {
      try {
        if (mode !== undefined) fchmodSync(fd, mode)
        fsyncSync(fd)
        close()
        renameSync(temp, target)
        inFlight.delete(temp)
      } catch (error) {
        close()
        removeQuietly(temp)
        throw error
      }
    },
    abort() {
      close()
      removeQuietly(temp)
    }
  }
}
