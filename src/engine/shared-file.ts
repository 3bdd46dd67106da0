// A file read whole into a SharedArrayBuffer, so every thread of the process
// can use the same bytes (the pool hands the buffer to each worker it starts)
// instead of each reading its own copy: the word list and the shipped corpus
// statistics.
import {closeSync, fstatSync, openSync, readSync} from 'node:fs'

/** The file's bytes in shared memory; `shortError` is thrown if it ends before its size (it changed as it was read). */
export function readFileShared(path: string, shortError: () => Error): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size))
    for (let done = 0; done < bytes.length; ) {
      const read = readSync(fd, bytes, done, bytes.length - done, done)
      if (read === 0) throw shortError()
      done += read
    }
    return bytes
  } finally {
    closeSync(fd)
  }
}
