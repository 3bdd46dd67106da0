// How much translint reads, and reading that never goes past it. Every input
// that a user (or a hostile path in a config file) can point at — a document,
// standard input, a config file, a word or organisation list — is read through
// these helpers, so `/dev/zero`, a FIFO or a 200 MB pipe is refused with a
// message instead of being read until the process runs out of memory.
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'
import type {Readable} from 'node:stream'

const MiB = 1024 * 1024

/** A document (file or standard input). The parser is linear; this only keeps a run from exhausting memory. */
export const MAX_DOCUMENT_BYTES = 128 * MiB
/** A `.linterrc.json` (and each file it extends). */
export const MAX_CONFIG_BYTES = 1 * MiB
/** A word list or organisation file named by a config. */
export const MAX_LIST_BYTES = 64 * MiB
/** How deep `extends` may nest, and how many config files one config may pull in. */
export const MAX_EXTENDS_DEPTH = 16
export const MAX_CONFIG_FILES = 64

export function formatBytes(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${Math.round(bytes / 1024)} KiB`
}

/** A file that cannot be read within the rules above; `detail` is the message after the path. */
export class LimitError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
    readonly code?: string
  ) {
    super(`${path}: ${detail}`)
    this.name = 'LimitError'
  }
}

/**
 * Read a regular file, at most `maxBytes`. Anything else (a folder, a device
 * such as /dev/zero, a FIFO, a socket) is refused before a byte is read; a file
 * that grows past the limit while it is read (or a /proc file whose size says
 * 0) is refused too. `what` names the input in the message ("config file").
 */
export function readRegularFile(path: string, maxBytes: number, what: string): Buffer {
  const {fd, size} = openRegularFile(path, maxBytes, what)
  try {
    return readFdLimited(fd, path, maxBytes, what, size)
  } finally {
    closeSync(fd)
  }
}

/**
 * Whether `readRegularFile` would accept the file, without reading it: throws
 * the same LimitError. Lets a config report every list it cannot read at once,
 * before any is read.
 */
export function checkRegularFile(path: string, maxBytes: number, what: string): void {
  closeSync(openRegularFile(path, maxBytes, what).fd)
}

/** Open a file that is regular and no larger than `maxBytes`, or throw the LimitError that says why not. */
function openRegularFile(path: string, maxBytes: number, what: string): {fd: number; size: number} {
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer before we can refuse it.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new LimitError(path, `cannot read the ${what} (${code})`, code)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new LimitError(path, `the ${what} is not a regular file`)
    if (stat.size > maxBytes) throw new LimitError(path, `the ${what} is larger than ${formatBytes(maxBytes)}; not read`)
    return {fd, size: stat.size}
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/** Read an open file to its end, refusing it once it passes `maxBytes`. */
export function readFdLimited(fd: number, path: string, maxBytes: number, what: string, sizeHint = 0): Buffer {
  // One buffer the size the file says it has (plus a byte to see it grew); more only if it did.
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes, sizeHint) + 1)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw new LimitError(path, `the ${what} is larger than ${formatBytes(maxBytes)}; not read`)
      const next = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(64 * 1024, length * 2)))
      buffer.copy(next, 0, 0, length)
      buffer = next
    }
    let read: number
    try {
      read = readSync(fd, buffer, length, buffer.length - length, null)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error)
      if (code === 'EAGAIN') continue
      throw new LimitError(path, `cannot read the ${what} (${code})`, code)
    }
    if (read === 0) break
    length += read
  }
  if (length > maxBytes) throw new LimitError(path, `the ${what} is larger than ${formatBytes(maxBytes)}; not read`)
  return buffer.subarray(0, length)
}

/** Read a stream (standard input) to its end, giving up as soon as it passes `maxBytes`. */
export async function readStreamLimited(stream: Readable, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    length += bytes.length
    if (length > maxBytes) {
      stream.destroy()
      throw new LimitError(name, `is larger than ${formatBytes(maxBytes)}; not linted`)
    }
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, length)
}
