/**
 * A study, not part of the product or the tests: would another learner make
 * a better story model from the same evidence? Fits the logistic model as
 * `npm run calibrate` does, and gradient-boosted trees (300 of depth 4), on
 * the tuning half of a dump of every candidate pair, chooses each one's
 * threshold as calibrate does (at most 4% of the left-out tuning lookups shown
 * anything, and not below 0.5), and reports each on both halves of gva-dev,
 * dated and with the dates taken away: recall@k, the share shown right and
 * false related, for direct matches only (no chapters, no copies of related
 * reports: lower than `npm run eval:related`, but the same for both).
 *
 *   npx tsx scripts/calibrate.ts --dump /tmp/dump.jsonl      (about a minute)
 *   npx tsx eval/story-model-study.ts /tmp/dump.jsonl        (about ten minutes)
 *
 * What it found (2026-12-02, see ARCHITECTURE.md, *Decisions*): trees did
 * better on dated pairs and worse on undated ones, and judged the seeds'
 * undated rewrite (003 against 002) unrelated, so the logistic model stays.
 */
import { readFileSync } from 'node:fs';
import { fitLogistic } from '../scripts/fit-logistic';

const dumpFile = process.argv[2];
if (!dumpFile) {
  console.log('usage: npx tsx eval/story-model-study.ts <dump.jsonl from scripts/calibrate.ts --dump>');
  process.exit(1);
}
type Cand = { id: string; x: number[]; y: number };
type L = { corpus: string; q: string; half: string; leftOut: boolean; others: number; cands: Cand[] };
const lookups: L[] = readFileSync(dumpFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const tune = lookups.filter((l) => l.half === 'tune');
const D = tune[0]?.cands[0]?.x.length ?? 0;
const train = tune.flatMap((l) => l.cands);
console.log(lookups.length, 'lookups', train.length, 'tune pairs', D, 'features');

/** The logistic model as `npm run calibrate` fits it. */
function logistic(samples: Cand[]) {
  const { weights, bias } = fitLogistic(samples);
  return (x: number[]) => 1 / (1 + Math.exp(-weights.reduce((t, w, j) => t + w * x[j], bias)));
}

// Gradient boosted trees, logloss, exact greedy splits on quantile bins.
function boosted(samples: Cand[], rounds = 150, depth = 3, lr = 0.1, minLeaf = 20, bins = 32) {
  const n = samples.length;
  const cuts: number[][] = [];
  for (let j = 0; j < D; j++) {
    const vals = Array.from(new Set(samples.map((s) => s.x[j]))).sort((a, b) => a - b);
    const c: number[] = [];
    if (vals.length <= bins) for (let k = 0; k < vals.length - 1; k++) c.push((vals[k] + vals[k + 1]) / 2);
    else for (let k = 1; k < bins; k++) c.push(vals[Math.floor((k * vals.length) / bins)]);
    cuts.push(Array.from(new Set(c)));
  }
  const bin = samples.map((s) => Uint8Array.from(s.x, (v, j) => { let k = 0; while (k < cuts[j].length && v > cuts[j][k]) k++; return k; }));
  const F = new Float64Array(n);
  const p0 = samples.reduce((a, s) => a + s.y, 0) / n; const base = Math.log(p0 / (1 - p0)); F.fill(base);
  type Node = { leaf: number } | { f: number; t: number; l: Node; r: Node };
  const trees: Node[] = [];
  for (let r = 0; r < rounds; r++) {
    const gr = new Float64Array(n), h = new Float64Array(n);
    for (let i = 0; i < n; i++) { const p = 1 / (1 + Math.exp(-F[i])); gr[i] = p - samples[i].y; h[i] = Math.max(p * (1 - p), 1e-6); }
    const build = (idx: number[], dep: number): Node => {
      let G = 0, H = 0; for (const i of idx) { G += gr[i]; H += h[i]; }
      const leafVal = -G / (H + 1);
      if (dep === 0 || idx.length < 2 * minLeaf) return { leaf: leafVal };
      let best = { gain: 0, f: -1, k: -1 };
      for (let j = 0; j < D; j++) {
        const nb = cuts[j].length + 1; const gs = new Float64Array(nb), hs = new Float64Array(nb), cs = new Uint32Array(nb);
        for (const i of idx) { const b = bin[i][j]; gs[b] += gr[i]; hs[b] += h[i]; cs[b]++; }
        let gl = 0, hl = 0, cl = 0;
        for (let k = 0; k < nb - 1; k++) {
          gl += gs[k]; hl += hs[k]; cl += cs[k];
          const cr = idx.length - cl; if (cl < minLeaf || cr < minLeaf) continue;
          const gain = gl * gl / (hl + 1) + (G - gl) ** 2 / (H - hl + 1) - G * G / (H + 1);
          if (gain > best.gain) best = { gain, f: j, k };
        }
      }
      if (best.f < 0) return { leaf: leafVal };
      const L: number[] = [], R: number[] = [];
      for (const i of idx) (bin[i][best.f] <= best.k ? L : R).push(i);
      return { f: best.f, t: cuts[best.f][best.k], l: build(L, dep - 1), r: build(R, dep - 1) };
    };
    const tree = build([...Array(n).keys()], depth);
    trees.push(tree);
    const val = (nd: Node, x: number[]): number => ('leaf' in nd ? nd.leaf : val(x[nd.f] <= nd.t ? nd.l : nd.r, x));
    for (let i = 0; i < n; i++) F[i] += lr * val(tree, samples[i].x);
  }
  const val = (nd: Node, x: number[]): number => ('leaf' in nd ? nd.leaf : val(x[nd.f] <= nd.t ? nd.l : nd.r, x));
  return (x: number[]) => { let t = base; for (const tr of trees) t += lr * val(tr, x); return 1 / (1 + Math.exp(-t)); };
}

function evaluate(name: string, score: (x: number[]) => number, corpus = 'gva') {
  const best = (l: L) => Math.max(0, ...l.cands.map((c) => score(c.x)));
  const lo = tune.filter((l) => l.leftOut && l.corpus !== 'x').map(best).sort((a, b) => b - a);
  const thr = Math.max(0.5, (lo[Math.floor(lo.length * 0.04)] ?? 0) + 1e-6);
  for (const half of ['tune', 'test']) {
    const ls = lookups.filter((l) => l.half === half && l.corpus === corpus);
    let rs = 0, rn = 0, shown = 0, right = 0, lout = 0, loutShown = 0;
    for (const l of ls) {
      const list = l.cands.map((c) => ({ c, p: score(c.x) })).filter((o) => o.p >= thr).sort((a, b) => b.p - a.p);
      if (l.leftOut) { lout++; if (list.length) loutShown++; continue; }
      shown += list.length; right += list.filter((o) => o.c.y).length;
      if (l.others > 0) { const k = Math.min(5, l.others); rs += list.slice(0, k).filter((o) => o.c.y).length / k; rn++; }
    }
    console.log(`${name.padEnd(28)} ${corpus} ${half}: thr ${thr.toFixed(3)} recall@k ${(rs / rn).toFixed(3)} right ${(right / shown).toFixed(3)} false ${(loutShown / lout).toFixed(3)} (${loutShown}/${lout})`);
  }
}
const t0 = performance.now();
const lg = logistic(train); evaluate('logistic', lg); evaluate('logistic', lg, 'gva-undated');
console.log('logistic', ((performance.now() - t0) / 1000).toFixed(0), 's');
for (const [rounds, depth] of [[300, 4]]) {
  const t1 = performance.now();
  const m = boosted(train, rounds, depth);
  console.log('trees', rounds, depth, ((performance.now() - t1) / 1000).toFixed(0), 's');
  evaluate(`trees ${rounds}x${depth}`, m);
  evaluate(`trees ${rounds}x${depth}`, m, 'gva-undated');
}
