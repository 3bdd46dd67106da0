// Derive the English→Arabic length-ratio model of `length-ratio` from FLORES-200
// devtest (English sources and human Arabic references, CC BY-SA 4.0), in
// ../shared/corpus/bitext/raw/flores200. Writes rules/data/length-ratio.ts.
//
// The model: r = ln((target characters + 1) / (source characters + 1)) has a
// centre m (the median) and a spread that shrinks as the source grows (short
// strings vary more): E[(r - m)²] ≈ a + b / source characters, fitted by least
// squares on the 98% of pairs nearest the centre (the rest may be errors).
import {readFileSync, writeFileSync} from 'node:fs'

const dir = new URL('../../shared/corpus/bitext/raw/flores200/', import.meta.url)
const english = readFileSync(new URL('eng_Latn.devtest', dir), 'utf8').split('\n')
const arabic = readFileSync(new URL('arb_Arab.devtest', dir), 'utf8').split('\n')
const pairs: {length: number; r: number}[] = []
for (let i = 0; i < english.length; i++) {
  const s = english[i]!.trim()
  const t = (arabic[i] ?? '').trim()
  if (!s || !t) continue
  pairs.push({length: s.length, r: Math.log((t.length + 1) / (s.length + 1))})
}
const sorted = pairs.map((p) => p.r).sort((a, b) => a - b)
const centre = sorted[Math.floor(sorted.length / 2)]!
const residuals = pairs.map((p) => ({x: 1 / p.length, y: (p.r - centre) ** 2})).sort((a, b) => a.y - b.y)
const kept = residuals.slice(0, Math.floor(residuals.length * 0.98))
// Least squares y = a + b x.
const n = kept.length
const mx = kept.reduce((s, p) => s + p.x, 0) / n
const my = kept.reduce((s, p) => s + p.y, 0) / n
const b = kept.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / kept.reduce((s, p) => s + (p.x - mx) ** 2, 0)
const a = my - b * mx
const round = (v: number) => Number(v.toPrecision(4))
const out = `// English → Arabic length ratio, derived by scripts/length-ratio.ts from
// FLORES-200 devtest (${pairs.length} English sentences and their human Arabic
// translations; NLLB Team et al., CC BY-SA 4.0; see tests/fixtures/bitext/ATTRIBUTION.md).
// r = ln((target characters + 1) / (source characters + 1)); its centre, and its
// variance as a + b / (source characters).
export interface RatioModel {
  centre: number
  a: number
  b: number
  /** How many pairs it was derived from. */
  pairs: number
}

export const LENGTH_RATIO: Record<string, RatioModel> = {
  'en-ar': {centre: ${round(centre)}, a: ${round(a)}, b: ${round(b)}, pairs: ${pairs.length}}
}
`
writeFileSync(new URL('../rules/data/length-ratio.ts', import.meta.url), out)
console.log(out)
