// English → Arabic length ratio, derived by scripts/length-ratio.ts from
// FLORES-200 devtest (1012 English sentences and their human Arabic
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
  'en-ar': {centre: -0.1379, a: 0.007186, b: 1.381, pairs: 1012}
}
