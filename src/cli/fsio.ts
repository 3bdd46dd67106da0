// Small synchronous file operations the safe write and its recovery share:
// write a whole buffer, compare an open file with bytes, overwrite a file in
// place. Synchronous on purpose: a check and the write that depends on it run
// with nothing else of this process in between (a signal handler included).
import {closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync} from 'node:fs'

export function writeAll(fd: number, data: Uint8Array, position: number | null = null): void {
  let written = 0
  while (written < data.length) {
    written += writeSync(fd, data, written, data.length - written, position === null ? null : position + written)
  }
}

const CHUNK = 1024 * 1024

/** Whether an open file holds exactly `bytes` (read from the start, in chunks: no second copy of a large file). */
export function fdHolds(fd: number, bytes: Uint8Array): boolean {
  if (fstatSync(fd).size !== bytes.length) return false
  const chunk = Buffer.allocUnsafe(Math.min(CHUNK, bytes.length + 1))
  let offset = 0
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, offset)
    if (read === 0) return offset === bytes.length
    if (offset + read > bytes.length) return false
    if (Buffer.from(bytes.buffer, bytes.byteOffset + offset, read).compare(chunk, 0, read) !== 0) return false
    offset += read
  }
}

/**
 * Replace a file's content through its existing inode (keeping its hard links,
 * owner, group, mode and extended attributes): write from the start, cut the
 * rest, flush to disk. Not atomic: the caller keeps a journal while it runs.
 */
export function overwriteInPlace(path: string, data: Uint8Array): void {
  // O_NOFOLLOW: the caller resolved symlinks; a symlink swapped in since is not followed.
  const fd = openSync(path, constants.O_WRONLY | constants.O_NOFOLLOW)
  try {
    writeAll(fd, data, 0)
    ftruncateSync(fd, data.length)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
