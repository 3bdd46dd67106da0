// Boosted decision trees for a yes/no decision: the sum of the trees' leaves
// is a log-odds. Fitted when statistics are built (scripts/stats-models.ts)
// and stored as plain numbers in the statistics file's header. They weigh the
// corpus evidence better than a linear model where one piece of evidence only
// counts given another (a preposition opening a sentence is normal after a
// complete sentence, suspect after a fragment).

export interface TreeModel {
  kind: 'trees'
  features: string[]
  /** Shrinkage applied to every leaf. */
  rate: number
  /**
   * Each tree as a flat list of nodes: a split is `[feature, threshold, left,
   * right]` (child indexes; `x[feature] <= threshold` goes left), a leaf `[-1, value]`.
   */
  trees: number[][][]
  /** Probability at or above which a rule reports. */
  threshold: number
  /** A higher bar, for when a rule's own reading points the other way. */
  strictThreshold: number
  /** Another bar for a special place a rule names (the ending model: a document's last paragraph). */
  lastThreshold?: number
}

export function treeProbability(model: Pick<TreeModel, 'rate' | 'trees'>, x: ArrayLike<number>): number {
  const {roots, feature, value, left, right} = laidOut.get(model) ?? layOut(model)
  let z = 0
  for (let tree = 0; tree < roots.length; tree++) {
    let node = roots[tree]!
    while (feature[node]! >= 0) node = x[feature[node]!]! <= value[node]! ? left[node]! : right[node]!
    z += value[node]!
  }
  return 1 / (1 + Math.exp(-model.rate * z))
}

/**
 * Whether treeProbability(model, x) >= threshold, walking only the trees that can still
 * change the answer: once the sum so far, with the most (or the least) that the trees left
 * can add, stays on one side of the threshold, the rest are not walked. The rules ask only
 * this, of every period and of every paragraph without a final mark, and most are far from
 * their threshold (a third of the walks saved over news: see the test of this function).
 */
export function treeReaches(model: Pick<TreeModel, 'rate' | 'trees'>, x: ArrayLike<number>, threshold: number): boolean {
  if (!(threshold > 0 && threshold < 1)) return treeProbability(model, x) >= threshold
  const {roots, feature, value, left, right, mostAfter, leastAfter} = laidOut.get(model) ?? layOut(model)
  // The sum at which the probability is the threshold, and a margin far above the rounding
  // of the sums, so that the answer is the one treeProbability gives.
  const bar = Math.log(threshold / (1 - threshold)) / model.rate
  const margin = 1e-6
  let z = 0
  for (let tree = 0; tree < roots.length; tree++) {
    let node = roots[tree]!
    while (feature[node]! >= 0) node = x[feature[node]!]! <= value[node]! ? left[node]! : right[node]!
    z += value[node]!
    if (z + mostAfter[tree]! < bar - margin) return false
    if (z + leastAfter[tree]! > bar + margin) return true
  }
  return 1 / (1 + Math.exp(-model.rate * z)) >= threshold
}

/**
 * A model's trees, every node of every tree in one set of typed arrays (a
 * node's feature, or -1 for a leaf; its threshold, or a leaf's value; its
 * children): the model is asked about every period of every document, and
 * walking nested arrays of boxed numbers was most of its cost. Laid out at
 * first use: a fitted model is not changed.
 */
interface LaidOut {
  /** Where each tree's first node is. */
  roots: Int32Array
  feature: Int32Array
  value: Float64Array
  left: Int32Array
  right: Int32Array
  /** After each tree, the sum of the largest (smallest) leaf of every later tree: see treeReaches. */
  mostAfter: Float64Array
  leastAfter: Float64Array
}

const laidOut = new WeakMap<object, LaidOut>()

function layOut(model: Pick<TreeModel, 'trees'>): LaidOut {
  const size = model.trees.reduce((sum, tree) => sum + tree.length, 0)
  const result: LaidOut = {
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(size),
    value: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
    mostAfter: new Float64Array(model.trees.length),
    leastAfter: new Float64Array(model.trees.length)
  }
  let at = 0
  model.trees.forEach((tree, t) => {
    result.roots[t] = at
    tree.forEach((node, n) => {
      const split = node[0]! >= 0
      result.feature[at + n] = split ? node[0]! : -1
      result.value[at + n] = node[1]!
      result.left[at + n] = split ? at + node[2]! : -1
      result.right[at + n] = split ? at + node[3]! : -1
    })
    at += tree.length
  })
  for (let t = model.trees.length - 2; t >= 0; t--) {
    const leaves = model.trees[t + 1]!.filter((node) => node[0]! < 0).map((node) => node[1]!)
    result.mostAfter[t] = result.mostAfter[t + 1]! + Math.max(...leaves)
    result.leastAfter[t] = result.leastAfter[t + 1]! + Math.min(...leaves)
  }
  laidOut.set(model, result)
  return result
}

export interface FitOptions {
  trees?: number
  depth?: number
  rate?: number
  /** Candidate thresholds per feature (quantiles of the examples). */
  bins?: number
  /** Least examples in a node that is split further. */
  minNode?: number
}

/** Fit boosted trees (logistic loss, second-order steps) to labels y ∈ {0, 1}. */
export function fitTrees(xs: Float64Array[], ys: Uint8Array, options: FitOptions = {}): Omit<TreeModel, 'features' | 'threshold' | 'strictThreshold'> {
  const count = options.trees ?? 150
  const depth = options.depth ?? 3
  const rate = options.rate ?? 0.2
  const binCount = options.bins ?? 32
  const minNode = options.minNode ?? 40
  const n = xs.length
  const d = xs[0]!.length
  // Thresholds: quantiles of each feature; every example's bin per feature.
  const cuts: number[][] = []
  for (let f = 0; f < d; f++) {
    const values = xs.map((x) => x[f]!).sort((a, b) => a - b)
    const chosen = new Set<number>()
    for (let q = 1; q < binCount; q++) chosen.add(values[Math.floor((q * values.length) / binCount)]!)
    cuts.push([...chosen].sort((a, b) => a - b))
  }
  const bin = xs.map((x) =>
    Uint8Array.from({length: d}, (_, f) => {
      const c = cuts[f]!
      let k = 0
      while (k < c.length && x[f]! > c[k]!) k++
      return k
    })
  )
  const score = new Float64Array(n)
  const trees: number[][][] = []
  const g = new Float64Array(n)
  const h = new Float64Array(n)
  for (let t = 0; t < count; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!))
      g[i] = p - ys[i]!
      h[i] = p * (1 - p)
    }
    const nodes: number[][] = []
    const grow = (members: number[], level: number): number => {
      const at = nodes.length
      nodes.push([])
      let G = 0
      let H = 0
      for (const i of members) {
        G += g[i]!
        H += h[i]!
      }
      const leaf = [-1, -G / (H + 1)]
      if (level === 0 || members.length < minNode) return (nodes[at] = leaf), at
      let best = 0
      let bestFeature = -1
      let bestBin = 0
      const base = (G * G) / (H + 1)
      for (let f = 0; f < d; f++) {
        const width = cuts[f]!.length + 1
        const hg = new Float64Array(width)
        const hh = new Float64Array(width)
        for (const i of members) {
          const k = bin[i]![f]!
          hg[k] += g[i]!
          hh[k] += h[i]!
        }
        let GL = 0
        let HL = 0
        for (let k = 0; k < width - 1; k++) {
          GL += hg[k]!
          HL += hh[k]!
          const gain = (GL * GL) / (HL + 1) + ((G - GL) * (G - GL)) / (H - HL + 1) - base
          if (gain > best) {
            best = gain
            bestFeature = f
            bestBin = k
          }
        }
      }
      if (bestFeature < 0) return (nodes[at] = leaf), at
      const left = members.filter((i) => bin[i]![bestFeature]! <= bestBin)
      const right = members.filter((i) => bin[i]![bestFeature]! > bestBin)
      const l = grow(left, level - 1)
      const r = grow(right, level - 1)
      nodes[at] = [bestFeature, cuts[bestFeature]![bestBin]!, l, r]
      return at
    }
    grow(Array.from({length: n}, (_, i) => i), depth)
    trees.push(nodes)
    for (let i = 0; i < n; i++) {
      let node = nodes[0]!
      while (node[0]! >= 0) node = nodes[xs[i]![node[0]!]! <= node[1]! ? node[2]! : node[3]!]!
      score[i] += rate * node[1]!
    }
  }
  return {kind: 'trees', rate, trees}
}
