// What a start no longer computes. Modules of data made from data (`*.precomputed.ts`) are written into dist/ as
// their values by the build (scripts/precompute.mjs): what a start reads there
// must be what the module computes from source.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a build script, plain JavaScript
import {literal, precomputedSource} from '../scripts/precompute.mjs'

const root = new URL('..', import.meta.url).pathname
const evaluate = (expression: string): unknown => new Function(`return ${expression}`)()

function precomputedModules(dir: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(join(root, dir), {withFileTypes: true})) {
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...precomputedModules(join(dir, entry.name)))
    else if (entry.name.endsWith('.precomputed.ts')) found.push(join(dir, entry.name))
  }
  return found
}

describe('values written as literals', () => {
  it('makes the same values again, frozen where they were', () => {
    const value = {
      text: 'مكتب "x"\n',
      count: 3.5,
      flags: [true, false, null],
      set: new Set(['أ', 'ب']),
      map: new Map<string, unknown>([['k', [1, 2]]]),
      table: new Uint8Array([0, 1, 255]),
      frozen: Object.freeze(['a'])
    }
    const again = evaluate(literal(value, 'value')) as typeof value
    expect(again).toEqual(value)
    expect(again.set).toBeInstanceOf(Set)
    expect(again.map).toBeInstanceOf(Map)
    expect(again.table).toBeInstanceOf(Uint8Array)
    expect(Object.isFrozen(again.frozen)).toBe(true)
    expect(Object.isFrozen(again.flags)).toBe(false)
  })

  it('refuses what is not data, and an object reached twice (it would become two)', () => {
    expect(() => literal({f: () => 1}, 'x')).toThrow('x.f: a function is not data')
    expect(() => literal(new Date(0), 'x')).toThrow('not data')
    expect(() => literal(Number.NaN, 'x')).toThrow('cannot be written')
    const shared = ['a']
    expect(() => literal({one: shared, two: shared}, 'x')).toThrow('reached twice')
  })
})

describe('every *.precomputed.ts module', () => {
  const modules = [...precomputedModules('rules'), ...precomputedModules('src')]

  it('is found (the boilerplate key sets and the built-in names\' words at least)', () => {
    expect(modules).toContain('rules/data/boilerplate-keys.precomputed.ts')
    expect(modules).toContain('rules/data/organization-words.precomputed.ts')
  })

  it.each(modules)('%s: the values the build writes are those the module computes', async (path) => {
    const source: string = await precomputedSource(join(root, path))
    const fromSource = await import(join(root, path))
    const written = evaluate(`(() => {${source.replace(/^export const /gm, 'exports.')}; return exports})()`.replace('(() => {', '(() => {const exports = {};'))
    expect(Object.keys(written as object).sort()).toEqual(Object.keys(fromSource).sort())
    for (const name of Object.keys(fromSource)) expect((written as Record<string, unknown>)[name], name).toEqual(fromSource[name])
  }, 60000)

  it('is in the built command line as its values, not as the code that computes them', () => {
    const script = readdirSync(join(root, 'dist')).find((name) => /^cli-[0-9a-f]{12}\.cjs$/.test(name))!
    const text = readFileSync(join(root, 'dist', script), 'latin1')
    expect(text).toContain('FURNITURE=new Set(["english version",')
    expect(text).not.toMatch(/\bkeySet\(/)
    expect(text).toMatch(/BUILT_IN_WORDS=new Map\(\[\["/)
    expect(text).not.toMatch(/\bbuiltInWords\(/)
  })
})

describe('a regular expression made when first used', () => {
  it('is made once, on the first call, and is the same object after (a global one keeps its lastIndex)', async () => {
    const {lazyRegExp} = await import('../src/language/lazy-regexp.ts')
    let made = 0
    const letters = lazyRegExp(() => {
      made++
      return /\p{L}+/gu
    })
    expect(made).toBe(0)
    expect(letters().exec('12 أبجد')?.[0]).toBe('أبجد')
    expect(letters().lastIndex).toBe(7)
    expect(letters()).toBe(letters())
    expect(made).toBe(1)
  })
})
