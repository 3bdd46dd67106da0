// Markdown and HTML support is loaded on demand (outside the library entry):
// a module graph of its own shows the three ways in.
import {describe, expect, it} from 'vitest'
import '../src/builtin.ts' // the built-in rules, handed to the engine
import {lint, lintSync} from '../src/engine/processor.ts'

describe('Markdown and HTML support, loaded on demand', () => {
  it('is not there until loaded: lintSync says so instead of failing later', () => {
    expect(() => lintSync('# عنوان الأمانـة\n', {format: 'markdown', only: ['tatweel']})).toThrow(/not loaded.*loadMarkup/)
    // Plain text never needs it.
    expect(lintSync('الأمانـة\n', {only: ['tatweel']}).messages).toHaveLength(1)
  })

  it('is loaded by lint (async), after which lintSync works too', async () => {
    expect((await lint('# عنوان الأمانـة\n', {format: 'markdown', only: ['tatweel']})).messages).toHaveLength(1)
    expect(lintSync('<p>الأمانـة</p>\n', {format: 'html', only: ['tatweel']}).messages).toHaveLength(1)
  })

  it('comes with the library entry', async () => {
    const library = await import('../src/index.ts')
    expect(library.lintSync('الأمانـة *نص*\n', {format: 'markdown', only: ['tatweel']}).messages).toHaveLength(1)
    expect(typeof library.loadMarkup).toBe('function')
  })
})
