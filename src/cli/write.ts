// Atomic writes: a temporary file in the same folder, then a rename, keeping
// the original file's permissions. A crash never leaves a half-written file.
import {chmodSync, closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let mode: number | undefined
  try {
    mode = statSync(path).mode & 0o7777
  } catch {}
  if (mode !== undefined && (mode & 0o222) === 0) {
    throw Object.assign(new Error(`${path} is read-only`), {code: 'EACCES'})
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', mode ?? 0o644)
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    let written = 0
    while (written < buffer.length) written += writeSync(fd, buffer, written)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    if (mode !== undefined) chmodSync(temp, mode)
    renameSync(temp, path)
  } catch (error) {
    if (fd !== undefined) closeSync(fd)
    try {
      unlinkSync(temp)
    } catch {}
    throw error
  }
}
