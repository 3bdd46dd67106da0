// The language server's input, checked before vscode-jsonrpc reads it. The
// base protocol frames each message with headers (`Content-Length: N`, a
// blank line) and N bytes of JSON. vscode-jsonrpc trusts the length: a
// negative one (`Content-Length: -5`) corrupts its buffer and every later
// message is lost; a huge one makes it buffer without end. This stream passes
// on only well-framed messages, each with a plain `Content-Length` header, and
// skips the rest (said on standard error, which editors show in the server's
// log), going on at the next `Content-Length` header.
import {Transform, type TransformCallback} from 'node:stream'

/** Messages larger than this are skipped: their bytes are read and dropped, never buffered. */
export const MAX_MESSAGE_BYTES = 128 * 1024 * 1024
/** A header block longer than this is not one. */
const MAX_HEADER_BYTES = 8 * 1024
const HEADER_END = Buffer.from('\r\n\r\n')
const HEADER_NAME = 'content-length'
const COLON = 0x3a
const DIGITS = /^[0-9]{1,15}$/

export class FramingGuard extends Transform {
  /** Input not passed on yet, in the order it came (a long body arrives in many chunks: copied once, when whole). */
  private chunks: Buffer[] = []
  private size = 0
  /** Body bytes still expected for the current message, or -1 while reading headers. */
  private bodyLength = -1
  /** Whether the current body is dropped rather than passed on (too large). */
  private skipping = false

  constructor(private readonly report: (problem: string) => void = (problem) => process.stderr.write(`translint: language server: ${problem}\n`)) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (chunk.length > 0) {
      this.chunks.push(chunk)
      this.size += chunk.length
    }
    try {
      this.drain()
    } catch (error) {
      // Nothing here should throw; if something does, drop what is buffered rather than stop reading.
      this.report(`input dropped (${(error as Error).message})`)
      this.chunks = []
      this.size = 0
      this.bodyLength = -1
      this.skipping = false
    }
    done()
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength >= 0) {
        if (this.skipping) {
          const dropped = Math.min(this.bodyLength, this.size)
          this.consume(dropped)
          this.bodyLength -= dropped
          if (this.bodyLength > 0) return
          this.skipping = false
        } else {
          if (this.size < this.bodyLength) return
          const body = this.consume(this.bodyLength)
          this.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'))
          this.push(body)
        }
        this.bodyLength = -1
        continue
      }
      if (this.size === 0) return
      const head = this.merged()
      const end = head.indexOf(HEADER_END)
      if (end === -1 || end > MAX_HEADER_BYTES) {
        if (end === -1 && head.length <= MAX_HEADER_BYTES) return
        // A header that starts more than the limit before the end found (or
        // before the end of the input, when none is) cannot be one.
        const limit = end === -1 ? head.length : end
        this.resync(head, `no end of headers within ${MAX_HEADER_BYTES} bytes`, Math.max(1, limit - MAX_HEADER_BYTES))
        continue
      }
      const length = contentLength(head.subarray(0, end).toString('latin1'))
      if (typeof length === 'string') {
        this.resync(head, length, end + HEADER_END.length)
        continue
      }
      this.consume(end + HEADER_END.length)
      this.bodyLength = length
      if (length > MAX_MESSAGE_BYTES) {
        this.report(`message of ${length} bytes skipped (the limit is ${MAX_MESSAGE_BYTES})`)
        this.skipping = true
      }
    }
  }

  /** All buffered input as one buffer (while reading headers it is small). */
  private merged(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)]
    return this.chunks[0]!
  }

  /** Remove and return the first `count` bytes. */
  private consume(count: number): Buffer {
    const first = this.chunks[0]
    if (count === 0 || first === undefined) return Buffer.alloc(0)
    this.size -= count
    if (first.length >= count) {
      if (first.length === count) this.chunks.shift()
      else this.chunks[0] = first.subarray(count)
      return first.subarray(0, count)
    }
    const out = Buffer.allocUnsafe(count)
    let filled = 0
    while (filled < count) {
      const chunk = this.chunks[0]!
      const part = Math.min(chunk.length, count - filled)
      chunk.copy(out, filled, 0, part)
      filled += part
      if (part === chunk.length) this.chunks.shift()
      else this.chunks[0] = chunk.subarray(part)
    }
    return out
  }

  /**
   * Drop input up to the next `Content-Length` header at or after `from` (or
   * all but what may be the start of one), and say why.
   */
  private resync(head: Buffer, problem: string, from: number): void {
    this.report(`malformed message header skipped: ${problem}`)
    const next = nextHeaderName(head, from)
    this.consume(next === -1 ? Math.max(Math.min(from, head.length), head.length - HEADER_NAME.length) : next)
  }
}

/** Where the next `Content-Length:` (any case) starts at or after `from`, or -1. */
function nextHeaderName(buffer: Buffer, from: number): number {
  for (let colon = buffer.indexOf(COLON, from + HEADER_NAME.length); colon !== -1; colon = buffer.indexOf(COLON, colon + 1)) {
    if (buffer.toString('latin1', colon - HEADER_NAME.length, colon).toLowerCase() === HEADER_NAME) return colon - HEADER_NAME.length
  }
  return -1
}

/** The message length a header block gives, or what is wrong with it. */
function contentLength(block: string): number | string {
  let length: number | undefined
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) return 'a header line without a name and a colon'
    if (line.slice(0, colon).trim().toLowerCase() !== HEADER_NAME) continue
    const value = line.slice(colon + 1).trim()
    if (!DIGITS.test(value)) return `Content-Length is not a whole number of bytes`
    if (length !== undefined && Number(value) !== length) return 'two different Content-Length headers'
    length = Number(value)
  }
  return length ?? 'no Content-Length header'
}
