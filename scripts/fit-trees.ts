/**
 * Gradient-boosted regression trees on the log loss, with splits chosen among
 * quantile cuts of each input: the learner eval/story-model-study.ts sets
 * against the story model's logistic regression. Not used by the product
 * (see ARCHITECTURE.md, *Decisions*: tried three times, dropped).
 */

/** A regression tree: a leaf's value, or [input, cut, the tree for input ≤ cut, the tree for input > cut]. */
export type TreeNode = number | [feature: number, cut: number, low: TreeNode, high: TreeNode];

/** Boosted trees: the log-odds are `base + rate × Σ leaves`. */
export interface BoostedTrees {
  base: number;
  rate: number;
  trees: TreeNode[];
}

export function treesLogit(m: BoostedTrees, features: ArrayLike<number>): number {
  let z = m.base;
  for (let node of m.trees) {
    while (typeof node !== 'number') node = features[node[0]] <= node[1] ? node[2] : node[3];
    z += m.rate * node;
  }
  return z;
}

export interface TreeOptions {
  rounds: number;
  depth: number;
  /** Shrinkage of each tree's leaves. */
  rate: number;
  /** The fewest samples a leaf may hold. */
  minLeaf: number;
  /** Quantile cuts tried per input. */
  bins: number;
}

export const TREE_OPTIONS: TreeOptions = { rounds: 100, depth: 3, rate: 0.1, minLeaf: 200, bins: 32 };

export function fitTrees(samples: ReadonlyArray<{ x: ArrayLike<number>; y: number }>, o: TreeOptions = TREE_OPTIONS): BoostedTrees {
  const n = samples.length;
  const d = samples[0]?.x.length ?? 0;
  const cuts: number[][] = [];
  for (let j = 0; j < d; j++) {
    const values = Array.from(new Set(samples.map((s) => s.x[j]))).sort((a, b) => a - b);
    const c: number[] = [];
    if (values.length <= o.bins) for (let k = 0; k + 1 < values.length; k++) c.push((values[k] + values[k + 1]) / 2);
    else for (let k = 1; k < o.bins; k++) c.push(values[Math.floor((k * values.length) / o.bins)]);
    cuts.push(Array.from(new Set(c)));
  }
  // Each sample's bin per input: bin k holds the values in (cut k-1, cut k].
  const bins = samples.map((s) =>
    Uint8Array.from({ length: d }, (_, j) => {
      let k = 0;
      while (k < cuts[j].length && s.x[j] > cuts[j][k]) k++;
      return k;
    }),
  );
  const positives = samples.reduce((sum, s) => sum + s.y, 0);
  const base = Math.log(Math.max(positives, 1) / Math.max(n - positives, 1));
  const logit = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: TreeNode[] = [];

  const build = (members: number[], depth: number): TreeNode => {
    let g = 0;
    let h = 0;
    for (const i of members) {
      g += grad[i];
      h += hess[i];
    }
    const leaf = -g / (h + 1);
    if (depth === 0 || members.length < 2 * o.minLeaf) return leaf;
    let best = { gain: 0, feature: -1, cut: -1 };
    for (let j = 0; j < d; j++) {
      const nb = cuts[j].length + 1;
      const gs = new Float64Array(nb);
      const hs = new Float64Array(nb);
      const cs = new Uint32Array(nb);
      for (const i of members) {
        const b = bins[i][j];
        gs[b] += grad[i];
        hs[b] += hess[i];
        cs[b]++;
      }
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let k = 0; k + 1 < nb; k++) {
        gl += gs[k];
        hl += hs[k];
        cl += cs[k];
        if (cl < o.minLeaf || members.length - cl < o.minLeaf) continue;
        const gain = (gl * gl) / (hl + 1) + (g - gl) ** 2 / (h - hl + 1) - (g * g) / (h + 1);
        if (gain > best.gain) best = { gain, feature: j, cut: k };
      }
    }
    if (best.feature < 0) return leaf;
    const left: number[] = [];
    const right: number[] = [];
    for (const i of members) (bins[i][best.feature] <= best.cut ? left : right).push(i);
    return [best.feature, cuts[best.feature][best.cut], build(left, depth - 1), build(right, depth - 1)];
  };

  const all = Array.from({ length: n }, (_, i) => i);
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-logit[i]));
      grad[i] = p - samples[i].y;
      hess[i] = Math.max(p * (1 - p), 1e-6);
    }
    const tree = build(all, o.depth);
    trees.push(tree);
    const one: BoostedTrees = { base: 0, rate: o.rate, trees: [tree] };
    for (let i = 0; i < n; i++) logit[i] += treesLogit(one, samples[i].x);
  }
  return { base, rate: o.rate, trees };
}
