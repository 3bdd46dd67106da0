// Logistic regression: the models that weigh corpus evidence (a handful of
// features each) are fitted with Newton's method and an L2 penalty, and stored
// as plain weights in the statistics file.

export interface LogisticModel {
  features: string[]
  /** One weight a feature, then the intercept. */
  weights: number[]
  /** Probability at or above which a rule reports. */
  threshold: number
  /** A higher bar, for when a rule's own reading points the other way. */
  strictThreshold?: number
}

export function predict(weights: readonly number[], x: ArrayLike<number>): number {
  let z = weights[weights.length - 1]!
  for (let i = 0; i < x.length; i++) z += weights[i]! * x[i]!
  return 1 / (1 + Math.exp(-z))
}

/** Fit weights (and an intercept, last) for labels y ∈ {0, 1}. */
export function fitLogistic(xs: Float64Array[], ys: Uint8Array, l2 = 1e-3, iterations = 30): number[] {
  const d = xs[0]!.length + 1
  const w = new Float64Array(d)
  const n = xs.length
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Float64Array(d)
    const hessian = Array.from({length: d}, () => new Float64Array(d))
    for (let i = 0; i < n; i++) {
      const x = xs[i]!
      const p = predict(w as unknown as number[], x)
      const residual = p - ys[i]!
      const weight = Math.max(p * (1 - p), 1e-9)
      for (let a = 0; a < d; a++) {
        const xa = a === d - 1 ? 1 : x[a]!
        gradient[a] += residual * xa
        for (let b = 0; b <= a; b++) hessian[a]![b] += weight * xa * (b === d - 1 ? 1 : x[b]!)
      }
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) hessian[b]![a] = hessian[a]![b]!
    for (let a = 0; a < d; a++) {
      gradient[a] = gradient[a]! / n + (a === d - 1 ? 0 : l2 * w[a]!)
      for (let b = 0; b < d; b++) hessian[a]![b] = hessian[a]![b]! / n + (a === b && a !== d - 1 ? l2 : 0)
    }
    const step = solve(hessian, gradient)
    let change = 0
    for (let a = 0; a < d; a++) {
      w[a] -= step[a]!
      change = Math.max(change, Math.abs(step[a]!))
    }
    if (change < 1e-7) break
  }
  return Array.from(w)
}

/** Solve A x = b (A symmetric positive definite) by Gaussian elimination with pivoting. */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length
  const m = a.map((row, i) => Float64Array.from([...row, b[i]!]))
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row
    ;[m[col], m[pivot]] = [m[pivot]!, m[col]!]
    const p = m[col]![col]! || 1e-12
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / p
      for (let k = col; k <= n; k++) m[row]![k] -= factor * m[col]![k]!
    }
  }
  const x = new Float64Array(n)
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!
    x[row] = sum / (m[row]![row]! || 1e-12)
  }
  return x
}
