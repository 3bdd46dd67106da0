// Counts are stored as one byte each on a logarithmic scale (steps of 10%):
// the rules use ratios and logarithms of counts, never exact values, and a
// byte a count keeps the tables small enough to ship and load in milliseconds.
const STEP = Math.log(1.1)

export function quantize(count: number): number {
  if (count <= 0) return 0
  return Math.min(255, 1 + Math.round(Math.log(count) / STEP))
}

const DECODED = Float64Array.from({length: 256}, (_, q) => (q === 0 ? 0 : Math.exp((q - 1) * STEP)))

export function dequantize(byte: number): number {
  return DECODED[byte]!
}
