// The files `--fix` puts next to a file while it writes it — a temporary copy,
// a journal, a lock — and how a later run tells its own from a dead run's.
//
//   .<name>.translint-<pid>-<random>.tmp      the new text, renamed over the file
//   .<name>.translint-<pid>-<random>.journal  old and new text, while a file is overwritten in place
//   .<name>.translint-<pid>-<random>.aside    the file itself, moved aside for the microseconds it takes
//                                             to link the new text in its place (write.ts)
//   .<name>.translint.lock                    held by one translint process (its pid inside) while it
//                                             checks a file is unchanged and replaces it
//
// Names start with a dot, so folder scans never lint them. A sidecar whose
// process is gone is stale: the next run that fixes files in that folder
// removes it (a journal is first used to finish or report the write it was
// protecting: see journal.ts; a file moved aside is put back if nothing took
// its place).
import {closeSync, lstatSync, openSync, readFileSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

export type SidecarKind = 'tmp' | 'journal' | 'aside'

/** The sidecars this process has created and not yet removed (cleaned up on SIGINT/SIGTERM). */
export const inFlight = new Set<string>()

const SIDECAR = /^\.([\s\S]+)\.translint-(\d+)-([0-9a-f]+)\.(tmp|journal|aside)$/
const LOCK = /^\.([\s\S]+)\.translint\.lock$/

const STEM_BYTES = 180

/** A file name too long to carry a suffix (names are at most 255 bytes) is replaced by its hash. */
function stem(name: string): string {
  return Buffer.byteLength(name) <= STEM_BYTES ? name : `h${process.getBuiltinModule('node:crypto').createHash('sha256').update(name).digest('hex').slice(0, 24)}`
}

/** Whether a sidecar of this file carries the file's own name (needed to put a file moved aside back). */
export function namesItsFile(target: string): boolean {
  return Buffer.byteLength(basename(target)) <= STEM_BYTES
}

export function sidecarPath(target: string, kind: SidecarKind): string {
  return join(dirname(target), `.${stem(basename(target))}.translint-${process.pid}-${process.getBuiltinModule('node:crypto').randomBytes(6).toString('hex')}.${kind}`)
}

export function lockPath(target: string): string {
  return join(dirname(target), `.${stem(basename(target))}.translint.lock`)
}

export type Sidecar = {kind: SidecarKind; pid: number; name: string} | {kind: 'lock'}

/** What a folder entry is, if it is one of our sidecars. */
export function parseSidecar(name: string): Sidecar | undefined {
  const match = SIDECAR.exec(name)
  if (match) return {kind: match[4] as SidecarKind, pid: Number(match[2]), name: match[1]!}
  if (LOCK.test(name)) return {kind: 'lock'}
  return undefined
}

export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, it belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A temporary file or journal left by a process that is gone (or by this one, and no longer in use). */
export function isStale(path: string, pid: number): boolean {
  if (pid === process.pid) return !inFlight.has(path)
  return !processAlive(pid)
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path)
  } catch {}
  inFlight.delete(path)
}

/** Remove every sidecar this process still has (an interrupted run). Journals and files moved aside stay: they are the way back. */
export function removeInFlight(): void {
  for (const path of inFlight) if (!path.endsWith('.journal') && !path.endsWith('.aside')) removeQuietly(path)
}

// A lock is held for the time of a compare and a rename (microseconds to a few
// milliseconds). One older than this belongs to a process that was stopped
// while it held it, or to a pid that has since been reused.
const LOCK_STALE_MS = 30_000
const LOCK_WAIT_MS = 10_000
// A holder writes its pid in the same breath as it creates the lock, so a lock
// still empty after this long was left by a process killed between the two
// (seen in `tests/kill.test.ts`): waiting the full LOCK_WAIT_MS for it would
// leave the file unfixed.
const EMPTY_LOCK_STALE_MS = 1_000

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** Remove a lock whose holder is gone. True when the lock is gone (removed here or by its holder). */
export function removeStaleLock(path: string): boolean {
  let before
  let pid: number
  try {
    before = lstatSync(path)
    pid = Number(readFileSync(path, 'latin1').trim() || NaN)
  } catch {
    return true
  }
  const age = Date.now() - before.mtimeMs
  const young = age < (Number.isNaN(pid) ? EMPTY_LOCK_STALE_MS : LOCK_STALE_MS)
  if (young && (Number.isNaN(pid) || processAlive(pid)) && pid !== process.pid) return false
  if (pid === process.pid && inFlight.has(path)) return false
  try {
    // The same lock file still (not one another process created since we looked).
    if (lstatSync(path).ino !== before.ino) return false
    unlinkSync(path)
  } catch {}
  return true
}

/**
 * Take the lock of a file (waiting while another live translint holds it);
 * returns the function that releases it. Translint processes that fix the
 * same file therefore check and replace it one at a time.
 */
export function acquireLock(target: string): () => void {
  const path = lockPath(target)
  const deadline = Date.now() + LOCK_WAIT_MS
  for (;;) {
    let fd: number | undefined
    try {
      fd = openSync(path, 'wx', 0o600)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    if (fd !== undefined) {
      inFlight.add(path)
      try {
        writeSync(fd, String(process.pid))
      } finally {
        closeSync(fd)
      }
      return () => removeQuietly(path)
    }
    if (removeStaleLock(path)) continue
    if (Date.now() > deadline) throw Object.assign(new Error(`${target}: another process holds ${path}`), {code: 'ELOCKED'})
    sleep(2)
  }
}
