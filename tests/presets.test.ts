import '../src/builtin.ts' // the built-in rules, handed to the engine
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import arabic from '../rules/index.ts'
import {preset} from '../src/config/presets.ts'
import {passRate} from './pass-rate.ts'

const clean = join(import.meta.dirname, '../../shared/corpus/clean')

describe('presets', () => {
  it('every built-in rule is in `all`; `recommended` names only rules of the pack', () => {
    const ids = new Set(arabic.rules.map((r) => r.id))
    expect(Object.keys(preset('translint:all', [arabic])!).sort()).toEqual([...ids].sort())
    for (const config of Object.values(arabic.configs)) for (const id of Object.keys(config.rules)) expect(ids).toContain(id)
  })

  it('typography and orthography share no rule with recommended: a gate and a house style are separate choices', () => {
    const recommended = Object.keys(arabic.configs.recommended.rules)
    for (const name of ['typography', 'orthography']) {
      for (const id of Object.keys(arabic.configs[name].rules)) expect(recommended).not.toContain(id)
    }
  })

  // The figure quoted in the README: professionally edited news passes the CI gate.
  it.skipIf(!existsSync(clean))('translint:recommended passes at least 90% of professionally edited news with --max-warnings 0', async () => {
    const {articles, passed} = await passRate(clean, 'translint:recommended')
    expect(articles).toBe(300)
    expect(passed / articles).toBeGreaterThanOrEqual(0.9)
    // Every rule on fails most of them: the gate's rate comes from the presets, not from a quiet corpus.
    const all = await passRate(clean, 'translint:all')
    expect(all.passed / all.articles).toBeLessThan(0.5)
  }, 240_000)
})
