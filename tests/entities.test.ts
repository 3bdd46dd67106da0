import '../src/builtin.ts' // the built-in rules, handed to the engine
import {describe, expect, it} from 'vitest'
import {alignDecoded} from '../src/engine/entities.ts'

describe('alignDecoded', () => {
  it('maps each decoded position to its source offset, references to their start', () => {
    expect([...alignDecoded('أ &amp; ب', 'أ & ب')!]).toEqual([0, 1, 2, 7, 8, 9])
    expect([...alignDecoded('&#1575;&#x644;', 'ال')!]).toEqual([0, 7, 14])
    expect([...alignDecoded('a&nbsp;b', 'a\u00A0b')!]).toEqual([0, 1, 7, 8])
  })

  it('follows the HTML decoder on references without a semicolon and on unknown ones', () => {
    expect([...alignDecoded('a &amp b', 'a & b')!]).toEqual([0, 1, 2, 6, 7, 8])
    expect([...alignDecoded('&foo; x', '&foo; x')!]).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect([...alignDecoded('AT&T', 'AT&T')!]).toEqual([0, 1, 2, 3, 4])
    // A legacy name without its semicolon, then text.
    expect([...alignDecoded('&notit;', '\u00ACit;')!]).toEqual([0, 4, 5, 6, 7])
  })

  it('maps CRLF and CR line ends to one line feed', () => {
    expect([...alignDecoded('a\r\nb\rc', 'a\nb\nc')!]).toEqual([0, 1, 3, 4, 5, 6])
  })

  it('gives up when the value is not the source decoded', () => {
    expect(alignDecoded('abc', 'abd')).toBeUndefined()
    expect(alignDecoded('abc', 'ab')).toBeUndefined()
    expect(alignDecoded('a\u0000b', 'a\uFFFDb')).toBeUndefined()
  })

  it('in Markdown, skips what the parser drops: continuation indentation, block quote markers, escape backslashes', () => {
    expect([...alignDecoded('ab\n  cd', 'ab\ncd', true)!]).toEqual([0, 1, 2, 5, 6, 7])
    expect([...alignDecoded('ab\n> cd', 'ab\ncd', true)!]).toEqual([0, 1, 2, 5, 6, 7])
    expect([...alignDecoded('a \\* b', 'a * b', true)!]).toEqual([0, 1, 3, 4, 5, 6])
    // Not in HTML, and not in the middle of a line.
    expect(alignDecoded('ab\n  cd', 'ab\ncd')).toBeUndefined()
    expect(alignDecoded('ab  cd', 'abcd', true)).toBeUndefined()
  })
})
