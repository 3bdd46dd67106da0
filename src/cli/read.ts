// Reading a document: through a symlink to its target, only a regular file,
// within the size limit, UTF-8 only. What was read is kept as a snapshot (the
// exact bytes and which inode they came from) when the file is to be fixed, so
// the write can check the file is still what was linted.
import {closeSync, constants, fstatSync, openSync, realpathSync} from 'node:fs'
import {basename, join} from 'node:path'
import {InputError} from './files.ts'
import {formatBytes, LimitError, MAX_DOCUMENT_BYTES, readFdLimited} from './limits.ts'
import {say} from './texts.ts'

export interface Snapshot {
  /** The path the file was named or found by (shown in messages). */
  path: string
  /** The file itself: `path` with every symlink resolved. A fix writes here, so a symlink stays a symlink. */
  target: string
  /** Exactly the bytes that were read. */
  bytes: Buffer
  /** Size and modification time before the read (`--cache-strategy metadata`: a later change shows as another time). */
  size: number
  mtimeNs: bigint
  /** Status change time before the read: set by the system on every write, never by a program (`--cache`). */
  ctimeNs: bigint
  /** When the read started (milliseconds since 1970): `--cache` trusts a file's status only if it was older than that. */
  readAtMs: number
  dev: bigint
  ino: bigint
  nlink: number
  uid: number
  gid: number
  mode: number
}

export interface Document {
  text: string
  /** The text started with a UTF-8 byte-order mark (not part of `text`). */
  bom: boolean
  snapshot: Snapshot
}

export function decodeUtf8(buffer: Uint8Array, path: string): string {
  if (buffer.includes(0)) throw new InputError(path, say('binary'))
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(buffer)
  } catch {
    throw new InputError(path, say('notUtf8'))
  }
}

/** Split off a byte-order mark and decode. */
export function decodeDocument(bytes: Uint8Array, path: string): {text: string; bom: boolean} {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  return {text: decodeUtf8(bom ? bytes.subarray(3) : bytes, path), bom}
}

function cannotRead(path: string, error: unknown): InputError {
  return new InputError(path, say('cannotRead', {code: (error as NodeJS.ErrnoException).code ?? String(error)}))
}

/**
 * Open the file at `path` through every symlink: its target (every symlink
 * resolved) and a descriptor. `realFolder`, when given, is the path's folder
 * with every symlink resolved, known already (a folder of many files is
 * resolved once, not once a file: that cost a run over 100 MB of news 2.7% of
 * its main thread); the file is then opened only if it is no symlink itself.
 */
function openTarget(path: string, realFolder: string | undefined): {target: string; fd: number} {
  if (realFolder !== undefined) {
    const target = join(realFolder, basename(path))
    try {
      return {target, fd: openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW)}
    } catch (error) {
      // A symlink now (ELOOP), or gone: resolved the long way, which says why it cannot be read.
      if ((error as NodeJS.ErrnoException).code !== 'ELOOP' && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  const target = realpathSync(path)
  // O_NONBLOCK: a FIFO must not block the run before it can be refused.
  return {target, fd: openSync(target, constants.O_RDONLY | constants.O_NONBLOCK)}
}

/** Read a document. `shown` is the path for messages; `realFolder` its folder, every symlink resolved, when known. */
export function readDocument(path: string, shown: string = path, realFolder?: string): Document {
  let target: string
  let fd: number
  try {
    ;({target, fd} = openTarget(path, realFolder))
  } catch (error) {
    throw cannotRead(shown, error)
  }
  try {
    const readAtMs = Date.now()
    const stat = fstatSync(fd, {bigint: true})
    if (!stat.isFile()) throw new InputError(shown, say('notRegular'))
    if (stat.size > BigInt(MAX_DOCUMENT_BYTES)) throw new InputError(shown, say('tooLarge', {size: formatBytes(MAX_DOCUMENT_BYTES)}))
    let bytes: Buffer
    try {
      bytes = readFdLimited(fd, shown, MAX_DOCUMENT_BYTES, 'file', Number(stat.size))
    } catch (error) {
      if (error instanceof LimitError && error.code) throw cannotRead(shown, {code: error.code})
      throw new InputError(shown, say('tooLarge', {size: formatBytes(MAX_DOCUMENT_BYTES)}))
    }
    const {text, bom} = decodeDocument(bytes, shown)
    return {
      text,
      bom,
      snapshot: {
        path,
        target,
        bytes,
        size: Number(stat.size),
        mtimeNs: stat.mtimeNs,
        ctimeNs: stat.ctimeNs,
        readAtMs,
        dev: stat.dev,
        ino: stat.ino,
        nlink: Number(stat.nlink),
        uid: Number(stat.uid),
        gid: Number(stat.gid),
        mode: Number(stat.mode) & 0o7777
      }
    }
  } finally {
    closeSync(fd)
  }
}
