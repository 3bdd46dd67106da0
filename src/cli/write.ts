// Writing a fixed file so that a fix can only win: the file is replaced only
// if it still holds, byte for byte, what was read and linted; otherwise the
// caller is told it changed (and leaves it as it is). The text goes to the file
// a symlink points at; hard links, owner, group and mode are kept.
//
// Two ways to replace a file, both checked under the file's lock (sidecar.ts),
// so two translint runs fixing the same file take turns:
//   - a file with one link that a new file can stand in for (same owner and
//     group): the new text goes to a temporary file in the same folder
//     (flushed to disk) and is swapped in (see `swapIn`). A kill at any moment
//     leaves the old file or the new one, and at worst a sidecar that the next
//     run removes or puts back.
//   - otherwise (hard links, a file owned by someone else): the check, then the
//     file is overwritten through its own inode, with a journal of both texts
//     next to it for the next run to finish or report a torn write (journal.ts).
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync
} from 'node:fs'
import {fdHolds, overwriteInPlace, writeAll} from './fsio.ts'
import {writeJournal} from './journal.ts'
import type {Snapshot} from './read.ts'
import {acquireLock, inFlight, namesItsFile, removeQuietly, sidecarPath} from './sidecar.ts'

export type WriteResult = 'written' | 'changed'

/** The file at `snapshot.path` is still the one that was read, with the same bytes. */
export function unchanged(snapshot: Snapshot): boolean {
  try {
    // The path still leads to the same file (a symlink was not re-pointed)...
    if (realpathSync(snapshot.path) !== snapshot.target) return false
  } catch {
    return false
  }
  return holdsSnapshot(snapshot.target, snapshot)
}

/** The file at `path` (not followed if a symlink) is the inode that was read, holding the bytes that were read. */
function holdsSnapshot(path: string, snapshot: Snapshot): boolean {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch {
    return false
  }
  try {
    // The same inode (not a file saved over it)...
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

/** Test hooks: moments of a write at which another program can act. */
export interface WriteMoments {
  /** Just before the check that the file is unchanged. */
  beforeCheck?: () => void
  /** Between that check and the replacement. */
  afterCheck?: () => void
  /** While the file is moved aside and nothing is at its path yet. */
  whileAside?: () => void
}

/**
 * Replace the file read as `snapshot` with `data`, unless it changed since.
 * `moments` lets tests make an edit at a given moment of the write.
 */
export function writeFixed(snapshot: Snapshot, data: Uint8Array, moments: WriteMoments = {}): WriteResult {
  // A file without write permission is the user's way to say "leave it" (root included).
  if ((snapshot.mode & 0o222) === 0) throw readOnly(snapshot)
  const temp = snapshot.nlink === 1 ? prepareReplacement(snapshot, data) : undefined
  if (temp) return replaceWith(snapshot, temp, moments)
  return overwriteWithJournal(snapshot, data, moments)
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

function replaceWith(snapshot: Snapshot, temp: string, moments: WriteMoments): WriteResult {
  let release: (() => void) | undefined
  try {
    release = acquireLock(snapshot.target)
    moments.beforeCheck?.()
    if (!unchanged(snapshot)) return 'changed'
    moments.afterCheck?.()
    if (!namesItsFile(snapshot.target)) {
      // Too long a name for a sidecar that says where to put it back: a plain rename.
      renameSync(temp, snapshot.target)
      inFlight.delete(temp)
      return 'written'
    }
    return swapIn(snapshot, temp, moments)
  } finally {
    release?.()
    if (inFlight.has(temp)) removeQuietly(temp)
  }
}

/**
 * Put the temporary file in the place of the file that was read, so that a
 * save by another program at any moment is never overwritten. A rename over
 * the file could not tell: a save landing between the check and the rename
 * would be replaced. Instead:
 *   1. the file is renamed aside (a sidecar): from then on nothing at its path;
 *   2. the new text is hard-linked at the path, which fails if a file appeared
 *      there meanwhile (a save by rename, or an editor that created the file
 *      anew): that file is the user's and stays;
 *   3. the file moved aside is checked again: a program that wrote into it in
 *      place since the first check (it had it open) is given its file back.
 * Only then is the old file removed. A kill between 1 and 2 leaves the file
 * aside for the next run to put back (journal.ts `cleanFolder`).
 */
function swapIn(snapshot: Snapshot, temp: string, moments: WriteMoments): WriteResult {
  const target = snapshot.target
  const aside = sidecarPath(target, 'aside')
  renameSync(target, aside)
  inFlight.add(aside)
  try {
    moments.whileAside?.()
    try {
      linkSync(temp, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        // Saved at its path meanwhile: what was moved aside is older than that save.
        removeQuietly(aside)
        return 'changed'
      }
      // A file system without hard links: a plain rename, with its window of a few microseconds.
      renameSync(temp, target)
      inFlight.delete(temp)
      removeQuietly(aside)
      return 'written'
    }
    if (!holdsSnapshot(aside, snapshot)) {
      // Written in place (or saved over) between the check and step 1: that text is the user's.
      const ours = lstatSync(temp).ino
      if (lstatSync(target).ino === ours) renameSync(aside, target)
      else removeQuietly(aside)
      inFlight.delete(aside)
      return 'changed'
    }
    removeQuietly(aside)
    return 'written'
  } catch (error) {
    // An I/O error midway: the file that was read goes back where it was, if its place is free.
    if (inFlight.has(aside)) {
      try {
        linkSync(aside, target)
        removeQuietly(aside)
      } catch {}
    }
    throw error
  }
}

function overwriteWithJournal(snapshot: Snapshot, data: Uint8Array, moments: WriteMoments): WriteResult {
  const journal = writeJournal(snapshot.target, snapshot.bytes, data)
  let release: (() => void) | undefined
  let keepJournal = false
  try {
    release = acquireLock(snapshot.target)
    moments.beforeCheck?.()
    if (!unchanged(snapshot)) return 'changed'
    moments.afterCheck?.()
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

/**
 * A file written in pieces (a streamed report) that appears at `path` only
 * when complete. `durable: false` skips flushing it to disk before it is put
 * in place: for a file that can be lost at no cost (the cache, which a crash
 * may leave empty, and an empty or damaged cache is read as none).
 */
export function openAtomic(path: string, {durable = true}: {durable?: boolean} = {}): AtomicFile {
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
        if (durable) fsyncSync(fd)
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
