// What the tests of sectioned Markdown and HTML check of the findings a
// sectioned lint places in the whole file.
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {expect} from 'vitest'

/** A finding as compared with the whole file's: rule, offsets, message. */
export const describeMessage = (message: VFileMessage) =>
  `${message.ruleId} ${message.place && 'start' in message.place ? `${message.place.start.offset}-${message.place.end.offset}` : ''} ${message.reason}`

/** Every finding's line, column and offset agree with `text`, it reads what it reports, and none is kept twice. */
export function expectPlacedInFile(text: string, messages: VFileMessage[]): void {
  const place = location(text)
  for (const message of messages) {
    const {start, end} = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
    expect(place.toPoint(start.offset)).toEqual(start)
    expect(place.toPoint(end.offset)).toEqual(end)
    expect(message.line).toBe(start.line)
    expect(text.slice(start.offset, end.offset)).toBe(message.actual ?? text.slice(start.offset, end.offset))
  }
  const described = messages.map(describeMessage)
  expect(new Set(described).size).toBe(described.length)
}
